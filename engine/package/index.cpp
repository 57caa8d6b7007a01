#include "engine/package/index.h"

#include <charconv>

namespace nastavdoc::package {

namespace {

std::string number(std::uintmax_t value) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

// Sizes as people read them; whole kilobytes are precise enough to compare packages.
std::string human_size(std::uintmax_t bytes) {
    if (bytes < 1024)
        return number(bytes) + " B";
    return number((bytes + 512) / 1024) + " KB";
}

// A table cell must not contain '|' or a line break.
std::string cell(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == '|') {
            out += "\\|";
        } else if (c == '\n' || c == '\r') {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

std::string json_string(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (byte < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[byte >> 4];
            out += kHex[byte & 15];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

}  // namespace

std::string index_markdown(const IndexHeader& header, const std::vector<PackageFile>& files) {
    std::uintmax_t total = 0;
    for (const auto& file : files)
        total += file.bytes;
    std::string out = "# " + cell(header.organization) + "\n\n";
    out += "Пакет документов программы наставничества из `" + cell(header.dataset) + "`";
    out += header.published ? ", версия для сайта (персональные данные исключены).\n\n" : ".\n\n";
    out += "Файлов: " + number(files.size()) + ", " + human_size(total) + ".";
    if (header.failed > 0)
        out += " Не удалось сформировать документов: " + number(header.failed) + ".";
    out += "\n\n| Файл | Документ | Формат | Этап | Размер |\n|---|---|---|---|---|\n";
    for (const auto& file : files) {
        std::string path;
        for (const char c : file.path)
            path += c == ' ' ? std::string("%20") : std::string(1, c);
        out += "| [" + cell(file.path) + "](" + path + ") | " + cell(file.document) + " | " +
               file.format + " | " + cell(file.stage) + " | " + human_size(file.bytes) + " |\n";
    }
    return out;
}

std::string index_json(const IndexHeader& header, const std::vector<PackageFile>& files) {
    std::string out = "{\n";
    out += "  \"organization\": " + json_string(header.organization) + ",\n";
    out += "  \"dataset\": " + json_string(header.dataset) + ",\n";
    out += std::string("  \"published\": ") + (header.published ? "true" : "false") + ",\n";
    out += "  \"failed\": " + number(header.failed) + ",\n";
    out += "  \"files\": [";
    for (std::size_t i = 0; i < files.size(); ++i) {
        const PackageFile& file = files[i];
        out += i == 0 ? "\n" : ",\n";
        out += "    {\"path\": " + json_string(file.path) +
               ", \"template\": " + json_string(file.template_name) +
               ", \"document\": " + json_string(file.document) +
               ", \"format\": " + json_string(file.format) +
               ", \"stage\": " + json_string(file.stage) + ", \"bytes\": " + number(file.bytes) +
               ", \"published\": " + (file.published ? "true" : "false") + "}";
    }
    out += files.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

}  // namespace nastavdoc::package
