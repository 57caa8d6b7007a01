#include "engine/dataset/value.h"

namespace nastavdoc::dataset {

std::string_view kind_name(Kind kind) {
    switch (kind) {
        case Kind::Null:
            return "null";
        case Kind::Bool:
            return "boolean";
        case Kind::Number:
            return "number";
        case Kind::String:
            return "string";
        case Kind::Array:
            return "array";
        case Kind::Object:
            return "object";
    }
    return "value";
}

const Value* Value::find(std::string_view key) const {
    if (kind != Kind::Object) {
        return nullptr;
    }
    for (const auto& member : members) {
        if (member.key == key) {
            return &member.value;
        }
    }
    return nullptr;
}

std::string_view Value::string_or_empty(std::string_view key) const {
    const Value* value = find(key);
    return value != nullptr && value->is_string() ? std::string_view(value->text)
                                                  : std::string_view();
}

void append_path_key(std::string& path, std::string_view key) {
    bool plain = !key.empty() && key.size() <= 64;
    for (const char c : key) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        plain = plain && ok;
    }
    if (plain) {
        path += '.';
        path += key;
        return;
    }
    path += "['";
    std::size_t shown = 0;
    for (const char c : key) {
        if (++shown > 64) {
            path += "...";
            break;
        }
        if (c == '\'' || c == '\\') {
            path += '\\';
        }
        path += (static_cast<unsigned char>(c) < 0x20) ? '?' : c;
    }
    path += "']";
}

void append_path_index(std::string& path, std::size_t index) {
    path += '[';
    path += std::to_string(index);
    path += ']';
}

}  // namespace nastavdoc::dataset
