#include "engine/dataset/requisites.h"

#include <algorithm>
#include <cstdint>

namespace nastavdoc::dataset {

namespace {

bool all_digits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int check_digit(std::string_view digits, const int* weights, std::size_t count) {
    int sum = 0;
    for (std::size_t i = 0; i < count; ++i)
        sum += (digits[i] - '0') * weights[i];
    return sum % 11 % 10;
}

std::uint64_t remainder_of(std::string_view digits, std::uint64_t divisor) {
    std::uint64_t remainder = 0;
    for (const char c : digits)
        remainder = (remainder * 10 + static_cast<std::uint64_t>(c - '0')) % divisor;
    return remainder;
}

}  // namespace

bool is_valid_inn(std::string_view inn) {
    if (!all_digits(inn))
        return false;
    if (inn.size() == 10) {
        static constexpr int kWeights[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        return check_digit(inn, kWeights, 9) == inn[9] - '0';
    }
    if (inn.size() == 12) {
        static constexpr int kFirst[] = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
        static constexpr int kSecond[] = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
        return check_digit(inn, kFirst, 10) == inn[10] - '0' &&
               check_digit(inn, kSecond, 11) == inn[11] - '0';
    }
    return false;
}

bool is_valid_ogrn(std::string_view ogrn) {
    if (!all_digits(ogrn))
        return false;
    if (ogrn.size() == 13) {
        return remainder_of(ogrn.substr(0, 12), 11) % 10 ==
               static_cast<std::uint64_t>(ogrn[12] - '0');
    }
    if (ogrn.size() == 15) {
        return remainder_of(ogrn.substr(0, 14), 13) % 10 ==
               static_cast<std::uint64_t>(ogrn[14] - '0');
    }
    return false;
}

bool is_valid_kpp(std::string_view kpp) {
    if (kpp.size() != 9)
        return false;
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const auto digit_or_capital = [&](char c) { return digit(c) || (c >= 'A' && c <= 'Z'); };
    return std::all_of(kpp.begin(), kpp.begin() + 4, digit) && digit_or_capital(kpp[4]) &&
           digit_or_capital(kpp[5]) && std::all_of(kpp.begin() + 6, kpp.end(), digit);
}

}  // namespace nastavdoc::dataset
