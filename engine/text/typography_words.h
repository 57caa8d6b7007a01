// Internal to text/. The word lists of the typography pass (documents.md B.2, B.5), kept as data
// in typography_words.cpp so a typographer can review them without reading the rules.
// Every function takes a word already folded to lower case.
#pragma once
#include <cstdint>
#include <string_view>

namespace nastavdoc::text::detail {

/// Short prepositions, conjunctions and the negation: bound to the next word (в␣школе).
bool binds_to_next_word(std::string_view lower);
/// Particles bound to the previous word (если␣бы).
bool binds_to_previous_word(std::string_view lower);
/// Abbreviations with a period bound to the name or number after them (г.␣Керчь, п.␣10).
bool is_abbreviation_before_name(std::string_view lower);
/// Second letters of т.␣е., т.␣д., т.␣п., т.␣к., т.␣ч.
bool completes_t_abbreviation(std::string_view lower);
/// Units and abbreviations bound to the number before them (2021␣г., 100␣руб., 36␣ч).
bool is_unit_after_number(std::string_view lower);
/// Units that may be typed glued to a number and get a no-break space (2021г. -> 2021␣г.).
bool is_glued_unit(std::string_view lower);
/// The six lists above, as bits of the answer of short_word_lists.
enum ShortWordList : std::uint8_t {
    kBindsToNextWord = 1 << 0,
    kBindsToPreviousWord = 1 << 1,
    kAbbreviationBeforeName = 1 << 2,
    kCompletesTAbbreviation = 1 << 3,
    kUnitAfterNumber = 1 << 4,
    kGluedUnit = 1 << 5,
};
/// Which of the six lists above hold `lower`: one lookup for all of them, the typesetter asks
/// them together for every short word.
std::uint8_t short_word_lists(std::string_view lower);

/// Month names in any case (сентябрь, сентября, сентябре …).
bool is_month_name(std::string_view lower);
/// Month names in the genitive (28␣мая␣2021␣г.).
bool is_month_genitive(std::string_view lower);
/// Roles that name a form of mentorship in the nominative (documents.md C.4): педагог, студент,
/// ученик … — «педагог – студент» keeps its spaced en dash even without quotes.
bool is_relation_word(std::string_view lower);
/// Words that refer to a numbered part: приложение, пункт, статья, этап … (приложение␣1).
bool is_reference_word(std::string_view lower);
/// Registration codes whose digits are never touched (ИНН, КПП, ОГРН …); takes the word as is.
bool is_code_word(std::string_view word);
/// A word that looks like an adjective or a participle (учебный, последних, обучающихся).
bool looks_like_adjective(std::string_view lower);

}  // namespace nastavdoc::text::detail
