// Russian upper and lower case (ICU with the locale ru, never the process locale).
#pragma once
#include <string>
#include <string_view>

namespace nastavdoc::text {

/// «Приказ» -> «ПРИКАЗ», «ёлка» -> «ЁЛКА».
std::string upper(std::string_view text);
std::string lower(std::string_view text);

}  // namespace nastavdoc::text
