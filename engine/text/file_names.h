// Safe file names from Russian text: ASCII letters, digits, '_' and '-' only.
#pragma once
#include <string>
#include <string_view>

namespace nastavdoc::text {

/// «Колесник Д.В.» -> «Kolesnik_D_V», «Приказ № 287/п» -> «Prikaz_No_287_p»; runs of anything
/// else become one '_', none at the ends; never empty ("file" when nothing is left).
std::string safe_file_name(std::string_view text);

}  // namespace nastavdoc::text
