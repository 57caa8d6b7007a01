// Numbers in Russian: plural agreement, numbers in words (ICU RBNF) and grouped digits.
// In: an integer or a value. Out: «3 наставника», «двадцать одна», «1 234,5».
// The locale is always ru-RU, never the process locale.
#pragma once
#include "engine/text/grammar.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace nastavdoc::text {

/// CLDR plural categories of Russian integers: 1, 21 One; 2–4, 22 Few; 0, 5–20, 11–14 Many.
enum class Plural : std::uint8_t { One, Few, Many };

Plural plural_category(long long n);

/// The form of a known domain noun (given in the nominative singular, any capitalisation) that
/// agrees with n: plural_noun(5, "наставник") == "наставников". An unknown noun comes back
/// unchanged.
std::string plural_noun(long long n, std::string_view noun);

/// Any noun, given its three forms (1 one, 2 few, 5 many).
std::string plural_noun(long long n, std::string_view one, std::string_view few,
                        std::string_view many);

/// The number, U+00A0, and the agreeing noun: «3 наставника».
std::string with_count(long long n, std::string_view noun);

enum class NumberGender : std::uint8_t { Masculine, Feminine, Neuter };

/// A cardinal number in words: spell_number(21, Feminine) == "двадцать одна",
/// spell_number(287, Feminine, Case::Gen) == "двухсот восьмидесяти семи".
std::string spell_number(long long n, NumberGender g = NumberGender::Masculine, Case c = Case::Nom);

/// Digits grouped by U+00A0 with a decimal comma and exactly `decimals` digits after it
/// (rounded half up): format_number(1234.5, 1) == "1 234,5".
std::string format_number(double value, int decimals = 0);

}  // namespace nastavdoc::text
