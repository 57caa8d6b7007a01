// Grammatical vocabulary shared by the text rules: the six cases and a person's gender.
// Pure data; no locale, no library types.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace nastavdoc::text {

/// The six Russian cases, in the school order (именительный … предложный).
enum class Case : std::uint8_t { Nom, Gen, Dat, Acc, Ins, Pre };

inline constexpr int kCaseCount = 6;

/// Parses "nom" "gen" "dat" "acc" "ins" "pre" (also "abl", "loc" and the Russian "им" "род" "дат"
/// "вин" "тв" "пр"); nullopt for anything else.
std::optional<Case> parse_case(std::string_view name);

/// The short English name of a case: "nom", "gen", …
std::string_view case_name(Case c);

enum class Gender : std::uint8_t { Unknown, Male, Female };

}  // namespace nastavdoc::text
