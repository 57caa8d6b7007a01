#include "engine/render/xlsx/workbook.h"

#include "engine/base/diagnostics.h"
#include "engine/render/xlsx/cell_value.h"

#include <tuple>

namespace nastavdoc::render::xlsx {

namespace {

// Without a creation time libxlsxwriter writes "now" into docProps/core.xml; 1980-01-01 is the
// date its zip entries carry, so an undated document is still reproducible.
constexpr std::time_t kUndatedCreation = 315532800;

std::uint8_t horizontal(model::Align align) {
    switch (align) {
        case model::Align::Left:
            return LXW_ALIGN_LEFT;
        case model::Align::Center:
            return LXW_ALIGN_CENTER;
        case model::Align::Right:
            return LXW_ALIGN_RIGHT;
        case model::Align::Justify:
            return LXW_ALIGN_JUSTIFY;
    }
    return LXW_ALIGN_LEFT;
}

std::uint8_t vertical(model::VAlign align) {
    switch (align) {
        case model::VAlign::Top:
            return LXW_ALIGN_VERTICAL_TOP;
        case model::VAlign::Center:
            return LXW_ALIGN_VERTICAL_CENTER;
        case model::VAlign::Bottom:
            return LXW_ALIGN_VERTICAL_BOTTOM;
    }
    return LXW_ALIGN_VERTICAL_TOP;
}

char* text_or_null(const std::string& text) {
    return text.empty() ? nullptr : const_cast<char*>(text.c_str());
}

}  // namespace

std::string percent_format(int decimals) {
    std::string format = "0";
    if (decimals > 0) {
        format += '.' + std::string(static_cast<std::size_t>(decimals), '0');
    }
    return format + "%";
}

bool CellStyle::operator<(const CellStyle& other) const {
    return std::tie(role, kind, decimals, align, valign, border, size_pt) <
           std::tie(other.role, other.kind, other.decimals, other.align, other.valign, other.border,
                    other.size_pt);
}

Workbook::Workbook(const std::filesystem::path& file, const std::filesystem::path& output,
                   bool constant_memory, const model::StyleSheet& styles)
    : output_(output), constant_memory_(constant_memory), font_family_(styles.font_family) {
    lxw_workbook_options options{};
    options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
    workbook_ = workbook_new_opt(file.c_str(), &options);
    if (workbook_ == nullptr)
        fail("libxlsxwriter cannot create the workbook");
}

Workbook::~Workbook() {
    if (workbook_ != nullptr)
        lxw_workbook_free(workbook_);
}

void Workbook::check(lxw_error error, const std::string& what) const {
    if (error != LXW_NO_ERROR)
        fail(what + ": " + lxw_strerror(error));
}

void Workbook::fail(const std::string& message) const {
    throw_environment_error("xlsx.write", "cannot write '" + output_.string() + "': " + message,
                            output_.string());
}

lxw_worksheet* Workbook::add_worksheet(const std::string& name) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, name.c_str());
    if (sheet == nullptr)
        fail("libxlsxwriter refused the sheet name '" + name + "'");
    return sheet;
}

lxw_format* Workbook::format(const CellStyle& style) {
    if (const auto found = formats_.find(style); found != formats_.end())
        return found->second;
    lxw_format* format = workbook_add_format(workbook_);
    if (!font_family_.empty())
        format_set_font_name(format, font_family_.c_str());
    format_set_font_size(format, style.size_pt);
    format_set_align(format, horizontal(style.align));
    format_set_align(format, vertical(style.valign));
    switch (style.role) {
        case CellRole::Title:
        case CellRole::Caption:
            format_set_bold(format);
            break;
        case CellRole::Text:
            break;
        case CellRole::Header:
            format_set_bold(format);
            format_set_text_wrap(format);
            format_set_bg_color(format, 0xF2F2F2);
            break;
        case CellRole::Body:
            format_set_text_wrap(format);
            break;
    }
    if (style.border)
        format_set_border(format, LXW_BORDER_THIN);
    if (style.kind == CellStyle::Kind::Date)
        format_set_num_format(format, "dd.mm.yyyy");
    if (style.kind == CellStyle::Kind::Percent) {
        format_set_num_format(format, percent_format(style.decimals).c_str());
    }
    // Text cells get the Text number format (@), so what a user types there later (a phone,
    // an ИНН with its leading zero) stays text too.
    if (style.kind == CellStyle::Kind::Text && style.role == CellRole::Body) {
        format_set_num_format(format, "@");
    }
    formats_.emplace(style, format);
    return format;
}

void Workbook::set_properties(const model::Metadata& metadata) {
    lxw_doc_properties properties{};
    properties.title = text_or_null(metadata.title);
    properties.subject = text_or_null(metadata.subject);
    properties.author = text_or_null(metadata.author);
    properties.company = text_or_null(metadata.author);
    properties.keywords = text_or_null(metadata.keywords);
    const auto created = parse_iso_date(metadata.created);
    properties.created = created ? static_cast<std::time_t>(unix_time(*created)) : kUndatedCreation;
    check(workbook_set_properties(workbook_, &properties), "document properties");
}

void Workbook::close() {
    lxw_workbook* workbook = workbook_;
    workbook_ = nullptr;
    check(workbook_close(workbook), "closing the workbook");
}

}  // namespace nastavdoc::render::xlsx
