// Personal names (ФИО): parsing in either order, gender, initials and declension into six cases.
// In: a name as people write it. Out: the parts, or the name in another case or format.
// Never reads the process locale; the rules are data in name_rules.cpp.
#pragma once
#include "engine/text/grammar.h"

#include <optional>
#include <string>
#include <string_view>

namespace nastavdoc::text {

/// A name split into its parts. An initial is kept with its period ("Д."). Parts may be empty.
struct PersonName {
    std::string last, first, middle;
    Gender gender = Gender::Unknown;
};

/// Splits «Колесник Дмитрий Викторович», «Дмитрий Викторович Колесник», «Колесник Д.В.»,
/// «Д.В. Колесник» (spaces, no-break spaces or none between initials). nullopt when empty or
/// when it has more than four words.
std::optional<PersonName> parse_name(std::string_view fio);

/// The gender from the patronymic, then the first name, then the surname's ending;
/// `name.gender` itself when it is set.
Gender infer_gender(const PersonName& name);

/// Every part declined into case `c`; the gender is inferred when Unknown (a surname that gives
/// no hint is declined as a man's, as forms in orders usually are).
PersonName decline_name(const PersonName& name, Case c);

/// The same, with the forms stored in the dataset for case `c` (documents.md D.3.3): every
/// non-empty part of `stored` wins over the rules.
PersonName decline_name(const PersonName& name, Case c, const PersonName& stored);

/// The name part a word is, for decline_name_part.
enum class NamePart : std::uint8_t { Last, First, Middle };

/// Declines one word of a name (a double surname part by part); `gender` must be known for
/// surnames that differ by gender (Колесник).
std::string decline_name_part(std::string_view word, NamePart part, Gender gender, Case c);

/// Declines a name as it is written, keeping its order, its initials and its spacing:
/// «Колесник Дмитрий Викторович» -> «Колесника Дмитрия Викторовича», «Д.В. Колесник» ->
/// «Д.В. Колесника». nullopt when the text is not a name.
std::optional<std::string> decline_written_name(std::string_view fio, Case c,
                                                Gender gender = Gender::Unknown);

enum class NameFormat : std::uint8_t { Full, SurnameInitials, InitialsSurname };

/// «Колесник Дмитрий Викторович» / «Колесник Д.В.» / «Д.В. Колесник», with U+00A0 between the
/// initials and the surname. Full falls back to initials when only initials are known.
std::string format_name(const PersonName& name, NameFormat format);

/// True for a word written as a proper name: a capital letter followed by small ones
/// («Колесник», «Ивано-Франковск» not excluded); false for «УВР», «д.», «колледж».
bool is_proper_name(std::string_view word);

}  // namespace nastavdoc::text
