// Reading a .docx back in the tests: unzip with libzip, normalise XML with pugixml.
#pragma once
#include <pugixml.hpp>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>
#include <zip.h>

namespace nastavdoc::testing {

struct ZipEntry {
    std::string name;
    std::string bytes;
};

/// What the local file headers of a zip say: DOS time and date, length of extra fields.
struct LocalHeader {
    unsigned time = 0, date = 0, extra_length = 0;
};

inline std::vector<LocalHeader> local_headers(const std::string& bytes) {
    const auto u16 = [&](std::size_t at) {
        return static_cast<unsigned>(static_cast<unsigned char>(bytes[at])) |
               static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 1])) << 8;
    };
    const auto u32 = [&](std::size_t at) { return u16(at) | u16(at + 2) << 16; };
    std::vector<LocalHeader> headers;
    std::size_t at = 0;
    while (at + 30 <= bytes.size() && bytes.compare(at, 4, "PK\x03\x04") == 0) {
        LocalHeader header{u16(at + 10), u16(at + 12), u16(at + 28)};
        headers.push_back(header);
        at += 30 + u16(at + 26) + header.extra_length + u32(at + 18);
    }
    return headers;
}

/// Every entry of a zip held in memory, in archive order.
inline std::vector<ZipEntry> unzip(const std::string& archive_bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source =
        zip_source_buffer_create(archive_bytes.data(), archive_bytes.size(), 0, &error);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (archive == nullptr) {
        zip_source_free(source);
        throw std::runtime_error("not a zip archive");
    }
    std::vector<ZipEntry> entries;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t stat;
        zip_stat_index(archive, index, 0, &stat);
        ZipEntry entry;
        entry.name = stat.name;
        entry.bytes.resize(stat.size);
        zip_file_t* file = zip_fopen_index(archive, index, 0);
        zip_fread(file, entry.bytes.data(), stat.size);
        zip_fclose(file);
        entries.push_back(std::move(entry));
    }
    zip_close(archive);
    return entries;
}

inline std::map<std::string, std::string> unzip_parts(const std::string& archive_bytes) {
    std::map<std::string, std::string> parts;
    for (auto& entry : unzip(archive_bytes))
        parts[entry.name] = std::move(entry.bytes);
    return parts;
}

inline void sort_attributes(pugi::xml_node node) {
    std::vector<std::pair<std::string, std::string>> attributes;
    for (const auto& attribute : node.attributes()) {
        attributes.emplace_back(attribute.name(), attribute.value());
    }
    std::sort(attributes.begin(), attributes.end());
    while (node.first_attribute())
        node.remove_attribute(node.first_attribute());
    for (const auto& [name, value] : attributes) {
        node.append_attribute(name.c_str()).set_value(value.c_str());
    }
    for (pugi::xml_node child : node.children())
        sort_attributes(child);
}

/// Parses, sorts attributes and re-indents, so goldens diff line by line.
inline std::string normalise_xml(const std::string& xml_text) {
    pugi::xml_document xml;
    const pugi::xml_parse_result result = xml.load_buffer(
        xml_text.data(), xml_text.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!result)
        return "<!-- not well-formed: " + std::string(result.description()) + " -->\n";
    for (pugi::xml_node child : xml.children())
        sort_attributes(child);
    struct Writer : pugi::xml_writer {
        std::string out;
        void write(const void* data, size_t size) override {
            out.append(static_cast<const char*>(data), size);
        }
    } writer;
    xml.save(writer, "  ", pugi::format_indent, pugi::encoding_utf8);
    return writer.out;
}

/// The part as a pugixml document, for XPath checks.
inline pugi::xml_document parse_part(const std::map<std::string, std::string>& parts,
                                     const std::string& name) {
    pugi::xml_document xml;
    const auto found = parts.find(name);
    if (found != parts.end())
        xml.load_buffer(found->second.data(), found->second.size());
    return xml;
}

}  // namespace nastavdoc::testing
