#include "engine/render/xlsx/sheet_name.h"

#include "engine/base/utf8.h"

namespace nastavdoc::render::xlsx {

namespace {

std::size_t utf16_units(char32_t c) {
    return c > 0xFFFF ? 2 : 1;
}

}  // namespace

std::string clean_sheet_name(std::string_view title, std::size_t max_units) {
    std::string name;
    std::size_t units = 0;
    bool pending_space = false;
    std::size_t pos = 0;
    while (pos < title.size()) {
        char32_t c = 0;
        const std::size_t used = utf8::decode(title, pos, c);
        pos += used == 0 ? 1 : used;
        if (used == 0 || c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '*' || c == '?')
            continue;
        if (c == '/' || c == '\\')
            c = '-';
        if (c == ':')
            c = '.';
        if (c == '[')
            c = '(';
        if (c == ']')
            c = ')';
        if (c == ' ' || c == 0xA0 || c == '\t') {
            pending_space = !name.empty();
            continue;
        }
        if (c == '\'' && name.empty())
            continue;
        const std::size_t needed = utf16_units(c) + (pending_space ? 1 : 0);
        if (units + needed > max_units)
            break;
        if (pending_space)
            name += ' ';
        pending_space = false;
        utf8::append(name, c);
        units += needed;
    }
    while (!name.empty() && (name.back() == '\'' || name.back() == ' '))
        name.pop_back();
    return name;
}

std::string fold_case(std::string_view name) {
    std::string folded;
    std::size_t pos = 0;
    while (pos < name.size()) {
        char32_t c = 0;
        const std::size_t used = utf8::decode(name, pos, c);
        if (used == 0) {
            folded += name[pos++];
            continue;
        }
        pos += used;
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        if (c >= 0x0410 && c <= 0x042F)
            c += 0x20;  // А..Я
        if (c >= 0x0400 && c <= 0x040F)
            c += 0x50;  // Ѐ..Џ, Ё among them
        utf8::append(folded, c);
    }
    return folded;
}

bool SheetNamer::is_taken(const std::string& name) const {
    // "History" is reserved by Excel for the change log.
    return taken_.count(fold_case(name)) > 0 || fold_case(name) == "history";
}

void SheetNamer::reserve(std::string_view name) {
    taken_.insert(fold_case(name));
}

std::string SheetNamer::unique(std::string_view title) {
    ++count_;
    std::string base = clean_sheet_name(title);
    if (base.empty())
        base = "Лист " + std::to_string(count_);
    std::string name = base;
    for (int n = 2; is_taken(name); ++n) {
        const std::string suffix = " (" + std::to_string(n) + ")";
        name = clean_sheet_name(base, kMaxSheetNameUnits - suffix.size()) + suffix;
    }
    taken_.insert(fold_case(name));
    return name;
}

}  // namespace nastavdoc::render::xlsx
