// Reads template XML with pugixml (the only file of template/ that sees it), keeps line:column of
// every element, attribute and expression, checks the vocabulary and inlines <include>.
#include "engine/base/files.h"
#include "engine/base/line_index.h"
#include "engine/base/utf8.h"
#include "engine/template/expression.h"
#include "engine/template/suggest.h"
#include "engine/template/template.h"
#include "engine/template/vocabulary.h"

#include <pugixml.hpp>

#include <algorithm>
#include <system_error>

namespace nastavdoc::tmpl {

namespace {

constexpr int kMaxIncludeDepth = 16;

namespace fs = std::filesystem;

/// One template file's text, kept alive while its nodes are built.
struct SourceFile {
    std::string text;
    LineIndex lines;
    SourceFile(std::string file, std::string contents)
        : text(std::move(contents)), lines(std::move(file), text) {}
};

bool is_inside(const fs::path& path, const fs::path& folder) {
    std::error_code error;
    const fs::path canonical_folder = fs::weakly_canonical(folder, error);
    if (error)
        return false;
    const fs::path canonical_path = fs::weakly_canonical(path, error);
    if (error)
        return false;
    auto folder_it = canonical_folder.begin();
    auto path_it = canonical_path.begin();
    for (; folder_it != canonical_folder.end(); ++folder_it, ++path_it) {
        if (folder_it->empty())
            continue;  // a trailing separator
        if (path_it == canonical_path.end() || *path_it != *folder_it)
            return false;
    }
    return true;
}

/// Finds the attributes of the start tag that begins at `offset` (its name): byte offsets of
/// each attribute name and of its value's first character.
struct RawAttribute {
    std::string name;
    std::size_t name_offset = 0;
    std::size_t value_offset = 0;
};
std::vector<RawAttribute> scan_attributes(std::string_view text, std::size_t offset) {
    std::vector<RawAttribute> found;
    std::size_t pos = offset;
    while (pos < text.size() && text[pos] != ' ' && text[pos] != '\t' && text[pos] != '\n' &&
           text[pos] != '\r' && text[pos] != '>' && text[pos] != '/') {
        ++pos;
    }
    while (pos < text.size() && text[pos] != '>') {
        const char c = text[pos];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/') {
            ++pos;
            continue;
        }
        RawAttribute attribute;
        attribute.name_offset = pos;
        while (pos < text.size() && text[pos] != '=' && text[pos] != ' ' && text[pos] != '>' &&
               text[pos] != '\n' && text[pos] != '\t') {
            attribute.name += text[pos++];
        }
        while (pos < text.size() && text[pos] != '"' && text[pos] != '\'' && text[pos] != '>')
            ++pos;
        if (pos >= text.size() || text[pos] == '>')
            break;
        const char quote = text[pos++];
        attribute.value_offset = pos;
        while (pos < text.size() && text[pos] != quote)
            ++pos;
        ++pos;
        found.push_back(std::move(attribute));
    }
    return found;
}

class TemplateParser {
public:
    TemplateParser(const std::vector<fs::path>& folders, Diagnostics& diagnostics)
        : folders_(folders), diagnostics_(diagnostics) {}

    /// Parses one file whose root must be `root_name`; nullopt when it cannot be.
    std::optional<Node> parse_file(const fs::path& path, std::string_view root_name,
                                   const SourceSpan& included_at) {
        std::string contents;
        try {
            contents = read_file(path);
        } catch (const Error& error) {
            if (included_at.line == 0)
                throw;
            diagnostics_.error("template.include", "cannot read '" + path.string() + "'",
                               included_at);
            return std::nullopt;
        }
        files_.push_back(std::make_unique<SourceFile>(path.string(), std::move(contents)));
        SourceFile& source = *files_.back();
        // pugixml takes any bytes; the model, DOCX and PDF need text, so say where it breaks.
        if (const std::size_t bad = utf8::find_invalid(source.text); bad != std::string::npos) {
            diagnostics_.error("template.encoding", "the template is not valid UTF-8",
                               source.lines.span_at(bad));
            return std::nullopt;
        }
        pugi::xml_document document;
        const pugi::xml_parse_result result =
            document.load_buffer(source.text.data(), source.text.size(),
                                 pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
        if (!result) {
            diagnostics_.error("template.xml", std::string("invalid XML: ") + result.description(),
                               source.lines.span_at(static_cast<std::size_t>(
                                   std::max<std::ptrdiff_t>(0, result.offset))));
            return std::nullopt;
        }
        const pugi::xml_node root = document.document_element();
        if (root.name() != root_name) {
            diagnostics_.error("template.root",
                               "the root element must be <" + std::string(root_name) + ">, not <" +
                                   root.name() + ">",
                               span_of(source, root));
            return std::nullopt;
        }
        stack_.push_back(fs::weakly_canonical(path));
        Node node = convert(source, root, path, 0);
        stack_.pop_back();
        return node;
    }

private:
    SourceSpan span_of(const SourceFile& source, const pugi::xml_node& node) const {
        const std::ptrdiff_t offset = node.offset_debug();
        if (offset < 0)
            return {source.lines.file(), 0, 0};
        // offset_debug points at an element's name; the '<' before it is where a reader looks.
        const std::size_t at = static_cast<std::size_t>(offset);
        return source.lines.span_at(node.type() == pugi::node_element && at > 0 ? at - 1 : at);
    }

    Node convert(SourceFile& source, const pugi::xml_node& element, const fs::path& path,
                 int depth) {
        Node node;
        node.name = element.name();
        node.span = span_of(source, element);
        if (depth > 200) {
            diagnostics_.error("template.limit", "elements nested more than 200 deep", node.span);
            return node;
        }
        const ElementSpec* spec = find_element(node.name);
        if (spec == nullptr) {
            std::vector<std::string> names;
            for (const auto& known : element_specs())
                names.emplace_back(known.name);
            std::vector<std::string> hints;
            add_suggestion(hints, node.name, names);
            Diagnostic diagnostic{Severity::Error,
                                  "template.unknown-element",
                                  "unknown element <" + node.name + ">",
                                  node.span,
                                  {},
                                  hints};
            diagnostics_.add(std::move(diagnostic));
        }
        const std::ptrdiff_t element_offset = element.offset_debug();
        const std::vector<RawAttribute> raw =
            element_offset >= 0
                ? scan_attributes(source.text, static_cast<std::size_t>(element_offset))
                : std::vector<RawAttribute>{};
        for (const pugi::xml_attribute& attribute : element.attributes()) {
            convert_attribute(source, node, spec, attribute, raw);
        }
        for (const pugi::xml_node& child : element.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                Node text;
                text.span = span_of(source, child);
                const std::ptrdiff_t offset = child.offset_debug();
                text.text = parse_interpolated(child.value(),
                                               offset < 0 ? 0 : static_cast<std::size_t>(offset),
                                               source.lines, diagnostics_);
                node.children.push_back(std::move(text));
            } else if (child.type() == pugi::node_element) {
                Node converted = convert(source, child, path, depth + 1);
                if (converted.name == "include")
                    resolve_include(converted, path);
                node.children.push_back(std::move(converted));
            }
        }
        return node;
    }

    void convert_attribute(SourceFile& source, Node& node, const ElementSpec* spec,
                           const pugi::xml_attribute& attribute,
                           const std::vector<RawAttribute>& raw) {
        Attribute converted;
        converted.name = attribute.name();
        converted.raw = attribute.value();
        std::size_t value_offset = 0;
        converted.span = node.span;
        for (const auto& candidate : raw) {
            if (candidate.name == converted.name) {
                converted.span = source.lines.span_at(candidate.name_offset);
                value_offset = candidate.value_offset;
            }
        }
        if (converted.name == "if") {
            node.condition =
                parse_expression(converted.raw, value_offset, source.lines, diagnostics_);
            return;
        }
        if (converted.name == "for") {
            parse_loop(source, node, converted, value_offset);
            return;
        }
        if (spec != nullptr && std::find(spec->attributes.begin(), spec->attributes.end(),
                                         converted.name) == spec->attributes.end()) {
            std::vector<std::string> names = {"for", "if"};
            for (const auto name : spec->attributes)
                names.emplace_back(name);
            std::vector<std::string> hints;
            add_suggestion(hints, converted.name, names);
            if (hints.empty()) {
                std::string list;
                for (const auto& name : names)
                    list += (list.empty() ? "" : ", ") + name;
                hints.push_back("<" + node.name + "> takes " + list);
            }
            Diagnostic diagnostic{
                Severity::Error,
                "template.unknown-attribute",
                "unknown attribute '" + converted.name + "' on <" + node.name + ">",
                converted.span,
                {},
                hints};
            diagnostics_.add(std::move(diagnostic));
            return;
        }
        if (is_expression_attribute(node.name, converted.name)) {
            converted.expr =
                parse_expression(converted.raw, value_offset, source.lines, diagnostics_);
        } else {
            converted.value =
                parse_interpolated(converted.raw, value_offset, source.lines, diagnostics_);
        }
        node.attributes.push_back(std::move(converted));
    }

    void parse_loop(SourceFile& source, Node& node, const Attribute& attribute,
                    std::size_t value_offset) {
        // for="x in expr": a name, the word `in`, an expression.
        const std::string& raw = attribute.raw;
        std::size_t pos = raw.find_first_not_of(' ');
        const std::size_t name_end = raw.find(' ', pos == std::string::npos ? 0 : pos);
        const std::size_t in_at = raw.find(" in ", pos == std::string::npos ? 0 : pos);
        if (pos == std::string::npos || name_end == std::string::npos || in_at != name_end) {
            diagnostics_.error("template.syntax", "for= must read 'name in expression'",
                               attribute.span);
            return;
        }
        node.loop_variable = raw.substr(pos, name_end - pos);
        node.loop_collection =
            parse_expression(std::string_view(raw).substr(in_at + 4), value_offset + in_at + 4,
                             source.lines, diagnostics_);
    }

    void resolve_include(Node& include, const fs::path& from) {
        const Attribute* src = include.find_attribute("src");
        if (src == nullptr || src->raw.empty()) {
            diagnostics_.error("template.include", "<include> needs src=\"blocks/….xml\"",
                               include.span);
            return;
        }
        if (src->raw.find("{{") != std::string::npos) {
            diagnostics_.error("template.include", "src= of <include> must be a fixed path",
                               src->span);
            return;
        }
        const fs::path relative(src->raw);
        std::vector<fs::path> allowed = {from.parent_path()};
        allowed.insert(allowed.end(), folders_.begin(), folders_.end());
        fs::path resolved;
        bool escapes = relative.is_absolute();
        for (const auto& folder : allowed) {
            const fs::path candidate = (folder / relative).lexically_normal();
            const bool inside = std::any_of(allowed.begin(), allowed.end(),
                                            [&](const auto& f) { return is_inside(candidate, f); });
            if (!inside) {
                escapes = true;
                continue;
            }
            std::error_code error;
            if (fs::is_regular_file(candidate, error)) {
                resolved = candidate;
                break;
            }
        }
        if (resolved.empty()) {
            if (escapes) {
                report_error(diagnostics_, "template.include",
                             "'" + src->raw + "' is outside the template folders", src->span,
                             {"a template may include only files beside it or in templates/"});
            } else {
                diagnostics_.error("template.include", "no template file '" + src->raw + "'",
                                   src->span);
            }
            return;
        }
        const fs::path canonical = fs::weakly_canonical(resolved);
        if (std::find(stack_.begin(), stack_.end(), canonical) != stack_.end()) {
            diagnostics_.error("template.include", "'" + src->raw + "' includes itself", src->span);
            return;
        }
        if (static_cast<int>(stack_.size()) >= kMaxIncludeDepth) {
            diagnostics_.error(
                "template.limit",
                "includes nested more than " + std::to_string(kMaxIncludeDepth) + " deep",
                src->span);
            return;
        }
        std::optional<Node> fragment = parse_file(resolved, "fragment", src->span);
        if (fragment)
            include.children = std::move(fragment->children);
    }

    const std::vector<fs::path>& folders_;
    Diagnostics& diagnostics_;
    std::vector<std::unique_ptr<SourceFile>> files_;
    std::vector<fs::path> stack_;
};

std::vector<std::string> split_words(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : text) {
        if (c == ' ' || c == ',') {
            if (!word.empty())
                words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    return words;
}

}  // namespace

std::unique_ptr<Template> parse_template(const std::filesystem::path& file,
                                         const std::vector<std::filesystem::path>& folders,
                                         Diagnostics& diagnostics) {
    TemplateParser parser(folders, diagnostics);
    std::optional<Node> root = parser.parse_file(file, "document", {});
    if (!root)
        return nullptr;
    auto result = std::make_unique<Template>();
    result->file = file;
    if (const Attribute* kind = root->find_attribute("kind"))
        result->kind = kind->raw;
    if (const Attribute* title = root->find_attribute("title"))
        result->title = title->raw;
    if (const Attribute* formats = root->find_attribute("formats")) {
        result->formats = split_words(formats->raw);
        for (const auto& format : result->formats) {
            if (format != "docx" && format != "xlsx" && format != "pdf") {
                diagnostics.error("template.attribute-value",
                                  "'" + format + "' is not a format (docx, xlsx, pdf)",
                                  formats->span);
            }
        }
    }
    if (const Attribute* each = root->find_attribute("each")) {
        result->each = each->raw;
        if (each->raw != "mentors" && each->raw != "mentees" && each->raw != "minors" &&
            each->raw != "adults" && each->raw != "pairs") {
            diagnostics.error(
                "template.attribute-value",
                "'" + each->raw + "' is not one of mentors, mentees, minors, adults, pairs",
                each->span);
        }
    }
    result->root = std::move(*root);
    return result;
}

std::vector<TemplateInfo> list_templates(const std::filesystem::path& folder,
                                         Diagnostics& diagnostics) {
    std::vector<TemplateInfo> found;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".xml")
            continue;
        pugi::xml_document document;
        const std::string contents = read_file(entry.path());
        if (!document.load_buffer(contents.data(), contents.size())) {
            diagnostics.error("template.xml", "invalid XML", {entry.path().string(), 1, 1});
            continue;
        }
        const pugi::xml_node root = document.document_element();
        if (std::string_view(root.name()) != "document")
            continue;
        TemplateInfo info;
        info.name = entry.path().stem().string();
        info.path = entry.path();
        info.kind = root.attribute("kind").value();
        // `label` names the template in lists when its title is an expression.
        info.title = root.attribute("label") ? root.attribute("label").value()
                                             : root.attribute("title").value();
        info.formats = split_words(root.attribute("formats").value());
        info.each = root.attribute("each").value();
        if (info.formats.empty())
            info.formats = {"docx", "xlsx", "pdf"};
        found.push_back(std::move(info));
    }
    if (error) {
        throw_environment_error("io.read", "cannot list templates: " + error.message(),
                                folder.string());
    }
    std::sort(found.begin(), found.end(),
              [](const TemplateInfo& a, const TemplateInfo& b) { return a.name < b.name; });
    return found;
}

}  // namespace nastavdoc::tmpl
