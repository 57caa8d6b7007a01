// Russian alphabetical order (ICU collation, tailored so that ё is its own letter after е).
// In: UTF-8 strings. Out: an order, or bytes that sort in that order.
#pragma once
#include <string>
#include <string_view>

namespace nastavdoc::text {

/// <0, 0 or >0 as `a` sorts before, with or after `b` (Ежов < Елкин < Ёжиков < Ёлкин < Жуков).
int compare(std::string_view a, std::string_view b);

/// Bytes whose plain byte comparison agrees with `compare`.
std::string sort_key(std::string_view text);

}  // namespace nastavdoc::text
