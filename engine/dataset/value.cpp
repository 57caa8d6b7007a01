#include "engine/dataset/value.h"

#include <algorithm>
#include <cstring>

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

void* ValueArena::allocate(std::size_t bytes, std::size_t alignment) {
    const auto misaligned = reinterpret_cast<std::uintptr_t>(next_) % alignment;
    std::size_t pad = misaligned == 0 ? 0 : alignment - misaligned;
    if (next_ == nullptr || pad + bytes > left_) {
        // Blocks grow with the tree (64 KB up to 4 MB) so a small file stays small and a large
        // one takes few allocations; an oversized request gets a block of its own size.
        const std::size_t grown =
            std::min<std::size_t>(std::size_t{64} << 10 << std::min<std::size_t>(blocks_.size(), 6),
                                  std::size_t{4} << 20);
        const std::size_t size = std::max(grown, bytes + alignment);
        blocks_.push_back(std::unique_ptr<std::byte[]>(new std::byte[size]));  // not zeroed
        next_ = blocks_.back().get();
        left_ = size;
        const auto off = reinterpret_cast<std::uintptr_t>(next_) % alignment;
        pad = off == 0 ? 0 : alignment - off;
    }
    std::byte* at = next_ + pad;
    next_ = at + bytes;
    left_ -= pad + bytes;
    used_ += pad + bytes;
    return at;
}

std::string_view ValueArena::copy(std::string_view text) {
    if (text.empty())
        return {};
    char* at = static_cast<char*>(allocate(text.size(), 1));
    std::memcpy(at, text.data(), text.size());
    return {at, text.size()};
}

std::string_view Value::string_or_empty(std::string_view key) const {
    const Value* value = find(key);
    return value != nullptr && value->is_string() ? value->text : std::string_view();
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
