// Check digits of Russian organization requisites (ФНС rules).
#pragma once
#include <string_view>

namespace nastavdoc::dataset {

/// ИНН of a legal entity: 10 digits; the 10th is (sum of digits 1..9 × 2,4,10,3,5,9,4,6,8) mod 11
/// mod 10. A 12-digit ИНН (individual entrepreneur) has two check digits and is accepted too.
bool is_valid_inn(std::string_view inn);
/// ОГРН: 13 digits; the 13th is (the first 12 as a number mod 11) mod 10. ОГРНИП: 15 digits,
/// mod 13.
bool is_valid_ogrn(std::string_view ogrn);
/// КПП: 4 digits, 2 digits or capital Latin letters, 3 digits.
bool is_valid_kpp(std::string_view kpp);

}  // namespace nastavdoc::dataset
