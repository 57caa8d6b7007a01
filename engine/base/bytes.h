// Appending a value's bytes to a string: cache keys made of the exact fields that decide a
// result (layout's paragraph cache, the PDF writer's shared lines).
#pragma once
#include <cstring>
#include <string>
#include <type_traits>

namespace nastavdoc {

/// Appends the object representation of `value` (trivially copyable) to `out`.
template <typename T>
void append_bytes(std::string& out, const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

}  // namespace nastavdoc
