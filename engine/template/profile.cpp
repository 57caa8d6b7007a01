#include "engine/template/profile.h"

#include "engine/base/files.h"
#include "engine/dataset/dataset.h"

namespace nastavdoc::tmpl {

namespace {

constexpr std::pair<std::string_view, model::Role> kRoles[] = {
    {"Body", model::Role::Body},
    {"Heading", model::Role::Heading},
    {"DocumentType", model::Role::DocumentType},
    {"Title", model::Role::Title},
    {"SectionHeading", model::Role::SectionHeading},
    {"Enact", model::Role::Enact},
    {"ListItem", model::Role::ListItem},
    {"TableText", model::Role::TableText},
    {"TableHeader", model::Role::TableHeader},
    {"Requisite", model::Role::Requisite},
    {"Small", model::Role::Small},
};

class ProfileReader {
public:
    ProfileReader(const dataset::Dataset& file, Diagnostics& diagnostics)
        : file_(file), diagnostics_(diagnostics) {}

    void number(const dataset::Value& object, std::string_view key, double& out) {
        const dataset::Value* value = object.find(key);
        if (value == nullptr)
            return;
        if (!value->is_number()) {
            diagnostics_.error("profile.type", "'" + std::string(key) + "' must be a number",
                               file_.span_of(*value));
            return;
        }
        out = value->number;
    }
    void boolean(const dataset::Value& object, std::string_view key, bool& out) {
        const dataset::Value* value = object.find(key);
        if (value == nullptr)
            return;
        if (!value->is_bool()) {
            diagnostics_.error("profile.type", "'" + std::string(key) + "' must be true or false",
                               file_.span_of(*value));
            return;
        }
        out = value->boolean;
    }
    void margins(const dataset::Value& object, std::string_view key, model::PageSetup& page) {
        const dataset::Value* value = object.find(key);
        if (value == nullptr)
            return;
        number(*value, "top", page.margin_top_mm);
        number(*value, "right", page.margin_right_mm);
        number(*value, "bottom", page.margin_bottom_mm);
        number(*value, "left", page.margin_left_mm);
    }
    void style(const dataset::Value& object, model::ParagraphStyle& out) {
        number(object, "size_pt", out.size_pt);
        boolean(object, "bold", out.bold);
        boolean(object, "italic", out.italic);
        boolean(object, "caps", out.caps);
        number(object, "first_line_indent_mm", out.first_line_indent_mm);
        number(object, "left_indent_mm", out.left_indent_mm);
        number(object, "space_before_pt", out.space_before_pt);
        number(object, "space_after_pt", out.space_after_pt);
        number(object, "line_spacing", out.line_spacing);
        boolean(object, "hyphenate", out.hyphenate);
        boolean(object, "keep_with_next", out.keep_with_next);
        if (const dataset::Value* align = object.find("align")) {
            const std::string_view a = align->text;
            if (a == "left") {
                out.align = model::Align::Left;
            } else if (a == "center") {
                out.align = model::Align::Center;
            } else if (a == "right") {
                out.align = model::Align::Right;
            } else if (a == "justify") {
                out.align = model::Align::Justify;
            } else {
                diagnostics_.error("profile.value", "align must be left, center, right or justify",
                                   file_.span_of(*align));
            }
        }
        for (const auto& member : object.members) {
            static constexpr std::string_view kKnown[] = {"size_pt",
                                                          "bold",
                                                          "italic",
                                                          "caps",
                                                          "first_line_indent_mm",
                                                          "left_indent_mm",
                                                          "space_before_pt",
                                                          "space_after_pt",
                                                          "line_spacing",
                                                          "hyphenate",
                                                          "keep_with_next",
                                                          "align"};
            bool known = false;
            for (const auto k : kKnown)
                known = known || member.key == k;
            if (!known) {
                diagnostics_.error("profile.unknown-field",
                                   "unknown style property '" + std::string(member.key) + "'",
                                   file_.span_at(member.key_offset));
            }
        }
    }

private:
    const dataset::Dataset& file_;
    Diagnostics& diagnostics_;
};

}  // namespace

std::string choose_profile(std::string_view document_date, std::string_view dataset_gost) {
    if (dataset_gost == "2025")
        return "gost2025";
    if (dataset_gost == "2016")
        return "gost2016";
    // ISO dates compare as text; ГОСТ Р 7.0.97-2025 came into force on 18.08.2025.
    if (document_date.size() >= 10 && document_date.substr(0, 10) >= "2025-08-18") {
        return "gost2025";
    }
    return "gost2016";
}

Profile load_profile(const std::filesystem::path& folder, const std::string& name,
                     const dataset::Value* dataset_profile, Diagnostics& diagnostics) {
    Profile profile;
    profile.name = name;
    const std::filesystem::path path = folder / (name + ".json");
    std::string text = read_file(path);
    const auto file = dataset::parse_dataset(path.string(), std::move(text), diagnostics);
    if (!file)
        return profile;
    ProfileReader reader(*file, diagnostics);
    const dataset::Value& root = file->root();
    if (const dataset::Value* page = root.find("page")) {
        reader.number(*page, "width_mm", profile.portrait.width_mm);
        reader.number(*page, "height_mm", profile.portrait.height_mm);
        reader.number(*page, "header_distance_mm", profile.portrait.header_distance_mm);
        reader.margins(*page, "margins_mm", profile.portrait);
    }
    profile.landscape = profile.portrait;
    profile.landscape.orientation = model::Orientation::Landscape;
    std::swap(profile.landscape.width_mm, profile.landscape.height_mm);
    reader.margins(root, "landscape_margins_mm", profile.landscape);
    if (const dataset::Value* font = root.find("font"); font && font->is_string()) {
        profile.styles.font_family = font->text;
    }
    reader.number(root, "grif_width_mm", profile.grif_width_mm);
    reader.boolean(root, "attachment_number_sign", profile.attachment_number_sign);
    if (const dataset::Value* date = root.find("requisite_date"); date && date->is_string()) {
        profile.requisite_date = date->text;
    }
    if (const dataset::Value* roles = root.find("roles")) {
        for (const auto& member : roles->members) {
            bool known = false;
            for (const auto& [role_name, role] : kRoles) {
                if (member.key == role_name) {
                    reader.style(member.value, profile.styles[role]);
                    known = true;
                }
            }
            if (!known) {
                diagnostics.error("profile.unknown-field",
                                  "unknown role '" + std::string(member.key) + "'",
                                  file->span_at(member.key_offset));
            }
        }
    }
    // The dataset's own profile (docs/dataset.md, profile) overrides the file.
    if (dataset_profile != nullptr && dataset_profile->is_object()) {
        if (const auto font = dataset_profile->string_or_empty("font"); !font.empty()) {
            profile.styles.font_family = std::string(font);
        }
        if (const dataset::Value* size = dataset_profile->find("size_pt");
            size && size->is_number()) {
            profile.styles[model::Role::Body].size_pt = size->number;
            profile.styles[model::Role::ListItem].size_pt = size->number;
            profile.styles[model::Role::Enact].size_pt = size->number;
        }
        if (const dataset::Value* margins = dataset_profile->find("margins_mm")) {
            auto apply = [&](std::string_view key, double& out) {
                if (const dataset::Value* v = margins->find(key); v && v->is_number()) {
                    out = v->number;
                }
            };
            apply("top", profile.portrait.margin_top_mm);
            apply("right", profile.portrait.margin_right_mm);
            apply("bottom", profile.portrait.margin_bottom_mm);
            apply("left", profile.portrait.margin_left_mm);
        }
        if (const dataset::Value* sign = dataset_profile->find("attachment_number_sign");
            sign && sign->is_bool()) {
            profile.attachment_number_sign = sign->boolean;
        }
        if (const dataset::Value* hyphenation = dataset_profile->find("hyphenation")) {
            if (const dataset::Value* body = hyphenation->find("body"); body && body->is_bool()) {
                profile.styles[model::Role::Body].hyphenate = body->boolean;
                profile.styles[model::Role::ListItem].hyphenate = body->boolean;
            }
            if (const dataset::Value* tables = hyphenation->find("tables");
                tables && tables->is_bool()) {
                profile.styles[model::Role::TableText].hyphenate = tables->boolean;
            }
        }
    }
    return profile;
}

}  // namespace nastavdoc::tmpl
