// Block elements: the dispatch from element name to model node, lists, sections and attachments.
#include "engine/template/expander.h"
#include "engine/template/suggest.h"

#include <sstream>

namespace nastavdoc::tmpl {

namespace {

// A profile read once per merge: the file and the dataset's profile are the same for every
// document. Its diagnostics (a broken profile file) are given again to each document.
Profile shared_profile(SharedLookups::Tables& tables, const std::filesystem::path& folder,
                       const std::string& name, const dataset::Value* dataset_profile,
                       Diagnostics& diagnostics) {
    auto key = std::make_tuple(folder.string(), name, dataset_profile);
    auto found = tables.profiles.find(key);
    if (found == tables.profiles.end()) {
        Diagnostics problems;
        Profile profile = load_profile(folder, name, dataset_profile, problems);
        found = tables.profiles
                    .emplace(std::move(key), std::make_pair(std::move(profile), problems.items()))
                    .first;
    }
    for (const Diagnostic& problem : found->second.second)
        diagnostics.add(problem);
    return found->second.first;
}

// Bounds of whole-number attributes: a document never needs more, and beyond them a typo would
// make millions of lines.
constexpr int kMaxBlankLines = 200;

std::vector<double> parse_numbers(const std::string& text, bool& ok) {
    std::vector<double> numbers;
    std::string token;
    ok = true;
    std::istringstream in(text);
    in.imbue(std::locale::classic());
    while (in >> token) {
        try {
            std::size_t used = 0;
            numbers.push_back(std::stod(token, &used));
            ok = ok && used == token.size();
        } catch (const std::exception&) {
            ok = false;
        }
    }
    return numbers;
}

}  // namespace

void Expander::define_variable(const Node& node) {
    const std::string name = node.find_attribute("name") ? node.find_attribute("name")->raw : "";
    const Attribute* value = node.find_attribute("value");
    if (name.empty() || value == nullptr) {
        report_error(diagnostics_, "template.attribute-value",
                     "<let> needs name= and value=", node.span,
                     {"<let name=\"curator\" value=\"program.curator\"/>"});
        return;
    }
    eval_.set(name, value->expr ? eval_.evaluate(*value->expr) : RValue{});
}

model::PageSetup Expander::page_from(const Node& node, const model::PageSetup& base) {
    model::PageSetup page = base;
    if (has(node, "size")) {
        const std::string size = attr_text(node, "size");
        double width = 0, height = 0;
        if (size == "A4") {
            width = 210, height = 297;
        } else if (size == "A5") {
            width = 148, height = 210;
        } else if (size == "A3") {
            width = 297, height = 420;
        } else {
            diagnostics_.error("template.attribute-value",
                               "size= is A4, A5 or A3, not '" + size + "'",
                               attr_span(node, "size"));
        }
        if (width > 0) {
            const bool landscape = page.orientation == model::Orientation::Landscape;
            page.width_mm = landscape ? height : width;
            page.height_mm = landscape ? width : height;
        }
    }
    if (has(node, "orientation")) {
        const std::string orientation = attr_text(node, "orientation");
        if (orientation == "landscape" && page.orientation == model::Orientation::Portrait) {
            // Landscape inside a portrait document: bound along the top (documents.md A.2).
            const double width = page.width_mm, height = page.height_mm;
            page = profile_.landscape;
            page.width_mm = std::max(width, height);
            page.height_mm = std::min(width, height);
        } else if (orientation == "portrait" && page.orientation == model::Orientation::Landscape) {
            const double width = page.width_mm, height = page.height_mm;
            page = profile_.portrait;
            page.width_mm = std::min(width, height);
            page.height_mm = std::max(width, height);
        } else if (orientation != "landscape" && orientation != "portrait") {
            diagnostics_.error("template.attribute-value",
                               "orientation= is portrait or landscape, not '" + orientation + "'",
                               attr_span(node, "orientation"));
        }
    }
    if (has(node, "margins")) {
        bool ok = false;
        const std::vector<double> margins = parse_numbers(attr_text(node, "margins"), ok);
        if (!ok || margins.size() != 4) {
            diagnostics_.error("template.attribute-value",
                               "margins= takes four numbers in mm: top right bottom left",
                               attr_span(node, "margins"));
        } else {
            page.margin_top_mm = margins[0];
            page.margin_right_mm = margins[1];
            page.margin_bottom_mm = margins[2];
            page.margin_left_mm = margins[3];
        }
    }
    return page;
}

model::Section& Expander::current_section() {
    if (document_.sections.empty() || needs_new_section_) {
        model::Section section;
        section.page = default_page_;
        section.span = tmpl_.root.span;
        document_.sections.push_back(std::move(section));
        needs_new_section_ = false;
    }
    return document_.sections.back();
}

void Expander::start_section(const Node& node, bool is_attachment) {
    model::Section section;
    section.page = page_from(node, default_page_);
    section.is_attachment = is_attachment;
    section.span = node.span;
    document_.sections.push_back(std::move(section));
    needs_new_section_ = false;
}

void Expander::expand_block(const Node& node, model::Blocks& out) {
    const std::string& name = node.name;
    // Top-level blocks go to whichever section is current when they are made.
    const bool top = &out == &top_sink_;
    auto push = [&](model::Block block) {
        if (!count_output(0, node.span))
            return;
        (top ? current_section().blocks : out).push_back(std::move(block));
    };
    if (name == "p") {
        push(make_paragraph(node, paragraph_role_));
    } else if (name == "heading") {
        push(make_paragraph(node, model::Role::Heading));
    } else if (name == "ol" || name == "ul") {
        model::List list;
        list.span = node.span;
        if (name == "ul") {
            list.format = model::ListFormat::Bullet;
            if (has(node, "marker"))
                list.marker = attr_text(node, "marker");
        } else {
            const std::string format = attr_text(node, "format", "1.");
            if (format == "1.") {
                list.format = model::ListFormat::Decimal;
            } else if (format == "1)") {
                list.format = model::ListFormat::DecimalParen;
            } else if (format == "а)" || format == "a)") {
                list.format = model::ListFormat::CyrillicParen;
            } else {
                diagnostics_.error("template.attribute-value",
                                   "format= of <ol> is '1.', '1)' or 'а)', not '" + format + "'",
                                   attr_span(node, "format"));
            }
            if (auto start = attr_int(node, "start", 0, kMaxListStart))
                list.start = *start;
        }
        for (const Node& child : node.children) {
            if (child.is_text()) {
                bool stray = false;
                for (const auto& piece : child.text.pieces) {
                    stray = stray || piece.expr ||
                            piece.literal.find_first_not_of(" \t\r\n") != std::string::npos;
                }
                if (stray) {
                    diagnostics_.error("template.misplaced", "text in a list must stand in <li>",
                                       child.span);
                }
                continue;
            }
            if (child.name == "let") {
                each_instance(child, [&] { define_variable(child); });
                continue;
            }
            if (child.name != "li" && child.name != "include") {
                diagnostics_.error("template.misplaced",
                                   "<" + child.name + "> cannot stand in a list; use <li>",
                                   child.span);
                continue;
            }
            auto add_item = [&](const Node& li) {
                each_instance(li, [&] {
                    model::ListItem item;
                    expand_mixed(li.children, item.blocks, list.role);
                    list.items.push_back(std::move(item));
                });
            };
            if (child.name == "li") {
                add_item(child);
            } else {
                for (const Node& li : child.children) {
                    if (!li.is_text() && li.name == "li")
                        add_item(li);
                }
            }
        }
        push(std::move(list));
    } else if (name == "table") {
        push(make_table(node));
    } else if (name == "chart") {
        push(make_chart(node));
    } else if (name == "rich") {
        expand_rich(node, out);
    } else if (name == "rich-blocks") {
        expand_rich_blocks(node, out);
    } else if (name == "roadmap-table") {
        push(make_roadmap_table(node));
    } else if (name == "page-break") {
        push(model::PageBreak{node.span});
    } else if (name == "space") {
        const double lines = attr_number(node, "lines").value_or(has(node, "pt") ? 0 : 1);
        const double pt = attr_number(node, "pt").value_or(0) +
                          lines * document_.styles[model::Role::Body].size_pt;
        push(model::Spacer{pt, node.span});
    } else if (name == "let") {
        define_variable(node);
    } else if (name == "include" || name == "fragment") {
        expand_blocks(node.children, out);
    } else if (name == "letterhead") {
        push(make_letterhead(node));
    } else if (name == "requisites") {
        push(make_requisites(node));
    } else if (name == "approval" || name == "agreement") {
        model::GrifRow row;
        row.span = node.span;
        row.grifs.push_back(name == "approval" ? make_approval(node) : make_agreement(node));
        push(std::move(row));
    } else if (name == "grifs") {
        model::GrifRow row;
        row.span = node.span;
        for (const Node& child : node.children) {
            if (child.is_text())
                continue;
            if (child.name != "approval" && child.name != "agreement") {
                diagnostics_.error(
                    "template.misplaced",
                    "<grifs> holds <approval> and <agreement>, not <" + child.name + ">",
                    child.span);
                continue;
            }
            each_instance(child, [&] {
                row.grifs.push_back(child.name == "approval" ? make_approval(child)
                                                             : make_agreement(child));
            });
        }
        push(std::move(row));
    } else if (name == "signature") {
        push(make_signature(node));
    } else if (name == "executor") {
        push(make_executor(node));
    } else if (name == "blank" && has(node, "lines")) {
        push(model::BlankLines{attr_int(node, "lines", 0, kMaxBlankLines).value_or(1), node.span});
    } else if (name == "b" || name == "i" || name == "u" || name == "nobr" || name == "span" ||
               name == "br" || name == "checkbox" || name == "blank") {
        model::Paragraph paragraph;
        paragraph.span = node.span;
        expand_inline_node(node, paragraph.content, {}, false);
        push(std::move(paragraph));
    } else if (name == "section" || name == "attachment") {
        if (!top || in_section_) {
            diagnostics_.error("template.misplaced",
                               "<" + name + "> must stand at the top of the document", node.span);
            return;
        }
        in_section_ = true;
        start_section(node, name == "attachment");
        if (name == "attachment") {
            ++attachment_count_;
            RValue order = has(node, "order") ? attr_value(node, "order") : RValue{};
            if (!has(node, "order")) {
                Expr path;
                path.kind = Expr::Kind::Path;
                path.path = {"order"};
                path.span = node.span;
                order = eval_.evaluate(path, true);
            }
            const std::string header = attr_text(node, "header", "prilozhenie");
            model::GrifRow row;
            row.span = node.span;
            if (header == "prilozhenie" || header == "both") {
                row.grifs.push_back(make_attachment_header(node, order));
            }
            if (header == "utverzhdeno" || header == "both") {
                row.grifs.push_back(
                    make_approved_by_order(node, order, attr_text(node, "type-word")));
            }
            if (header != "prilozhenie" && header != "utverzhdeno" && header != "both") {
                diagnostics_.error(
                    "template.attribute-value",
                    "header= is prilozhenie, utverzhdeno or both, not '" + header + "'",
                    attr_span(node, "header"));
            }
            // Two headers stack in the right-hand corner, one under the other.
            for (auto& grif : row.grifs) {
                model::GrifRow single;
                single.span = node.span;
                single.grifs.push_back(std::move(grif));
                current_section().blocks.push_back(std::move(single));
            }
        }
        expand_blocks(node.children, top_sink_);
        in_section_ = false;
        needs_new_section_ = true;
    } else if (name == "page") {
        if (!top) {
            diagnostics_.error("template.misplaced", "<page> must stand at the top of <document>",
                               node.span);
            return;
        }
        default_page_ = page_from(node, default_page_);
        current_section().page = default_page_;
    } else if (name == "style") {
        const std::string role_name = attr_text(node, "role");
        bool known = false;
        static constexpr std::pair<std::string_view, model::Role> kRoles[] = {
            {"body", model::Role::Body},
            {"heading", model::Role::Heading},
            {"type", model::Role::DocumentType},
            {"title", model::Role::Title},
            {"section", model::Role::SectionHeading},
            {"enact", model::Role::Enact},
            {"item", model::Role::ListItem},
            {"table", model::Role::TableText},
            {"table-header", model::Role::TableHeader},
            {"requisite", model::Role::Requisite},
            {"small", model::Role::Small}};
        for (const auto& [key, role] : kRoles) {
            if (key != role_name)
                continue;
            known = true;
            model::ParagraphStyle& style = document_.styles[role];
            if (auto v = attr_number(node, "size"))
                style.size_pt = *v;
            if (auto v = attr_bool(node, "bold"))
                style.bold = *v;
            if (auto v = attr_bool(node, "italic"))
                style.italic = *v;
            if (auto v = attr_bool(node, "caps"))
                style.caps = *v;
            if (auto v = attr_bool(node, "hyphenate"))
                style.hyphenate = *v;
            if (auto v = attr_number(node, "indent"))
                style.first_line_indent_mm = *v;
            if (auto v = attr_number(node, "left-indent"))
                style.left_indent_mm = *v;
            if (auto v = attr_number(node, "space-before"))
                style.space_before_pt = *v;
            if (auto v = attr_number(node, "space-after"))
                style.space_after_pt = *v;
            if (auto v = attr_number(node, "line-spacing"))
                style.line_spacing = *v;
            if (has(node, "align")) {
                const std::string align = attr_text(node, "align");
                if (align == "left")
                    style.align = model::Align::Left;
                else if (align == "center")
                    style.align = model::Align::Center;
                else if (align == "right")
                    style.align = model::Align::Right;
                else if (align == "justify")
                    style.align = model::Align::Justify;
                else
                    diagnostics_.error("template.attribute-value",
                                       "align= is left, center, right or justify",
                                       attr_span(node, "align"));
            }
        }
        if (has(node, "font"))
            document_.styles.font_family = attr_text(node, "font");
        if (!known && !role_name.empty()) {
            report_error(diagnostics_, "template.attribute-value",
                         "no paragraph style '" + role_name + "'", attr_span(node, "role"),
                         {"styles: body, heading, type, title, section, enact, item, table, "
                          "table-header, requisite, small"});
        }
    } else if (name == "li" || name == "tr" || name == "td" || name == "th" || name == "col" ||
               name == "line" || name == "document") {
        diagnostics_.error("template.misplaced", "<" + name + "> cannot stand here", node.span);
    }
    // Unknown elements were reported by the parser.
}

model::Document Expander::run() {
    const Node& root = tmpl_.root;
    document_.kind = tmpl_.kind;
    document_.span = root.span;
    const std::string date = attr_text(root, "date");
    const dataset::Value* dataset_profile = data_.root().find("profile");
    std::string profile_name = attr_text(root, "profile");
    if (profile_name.empty() || profile_name == "auto") {
        profile_name = choose_profile(
            date, dataset_profile ? dataset_profile->string_or_empty("gost") : std::string_view{});
    } else if (profile_name != "gost2016" && profile_name != "gost2025") {
        diagnostics_.error("template.attribute-value",
                           "profile= is gost2016, gost2025 or auto, not '" + profile_name + "'",
                           attr_span(root, "profile"));
        profile_name = "gost2016";
    }
    profile_ =
        options_.lookups == nullptr
            ? load_profile(options_.profiles_folder, profile_name, dataset_profile, diagnostics_)
            : shared_profile(options_.lookups->tables(), options_.profiles_folder, profile_name,
                             dataset_profile, diagnostics_);
    document_.profile = profile_.name;
    document_.styles = profile_.styles;
    default_page_ = profile_.portrait;
    document_.metadata.title = attr_text(root, "title");
    document_.metadata.subject = tmpl_.kind;
    document_.metadata.created = date;
    document_.metadata.catalog = attr_text(root, "catalog");
    document_.metadata.published = options_.publish;
    if (const dataset::Value* org = data_.root().find("organization")) {
        document_.metadata.author = std::string(org->string_or_empty("short_name"));
    }
    if (auto numbers = attr_bool(root, "page-numbers"))
        document_.page_numbers = *numbers;
    current_section();
    expand_blocks(root.children, top_sink_);
    // A section opened lazily after the last attachment but left empty is dropped.
    while (document_.sections.size() > 1 && document_.sections.back().blocks.empty() &&
           !document_.sections.back().is_attachment) {
        document_.sections.pop_back();
    }
    return std::move(document_);
}

model::Document expand_template(const Template& tmpl, const dataset::Dataset& data,
                                const ExpandOptions& options, Diagnostics& diagnostics) {
    return Expander(tmpl, data, options, diagnostics).run();
}

}  // namespace nastavdoc::tmpl
