// UTF-8 helpers shared by every reader: validation, decoding, character counting.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace nastavdoc::utf8 {

/// Decodes one code point at `pos`; returns the number of bytes used, or 0 when the bytes there
/// are not well-formed UTF-8 (overlong forms, surrogates and values past U+10FFFF included).
std::size_t decode(std::string_view text, std::size_t pos, char32_t& code_point);

/// Byte offset of the first ill-formed sequence, or npos when the text is valid UTF-8.
std::size_t find_invalid(std::string_view text);

/// Appends the UTF-8 encoding of a code point (which must be a valid scalar value).
void append(std::string& out, char32_t code_point);

/// Number of code points in valid UTF-8 text (continuation bytes are not counted).
std::size_t count_chars(std::string_view text);

}  // namespace nastavdoc::utf8
