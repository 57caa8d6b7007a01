// Internal to text/. The declension rules for personal names, as data (name_rules.cpp): for each
// name part an ordered list of ending rules, first match wins, in the manner of the MIT-licensed
// petrovich-rules but written for this project.
#pragma once
#include "engine/text/grammar.h"
#include "engine/text/names.h"

#include <array>
#include <span>
#include <string_view>

namespace nastavdoc::text::detail {

enum class RuleGender : std::uint8_t { Any, Male, Female };

/// One rule: a word whose lower-case form ends with `ending` (or equals it, when `whole`) takes
/// the endings `mods` for gen, dat, acc, ins, pre ("." unchanged, '-' drops a letter).
struct NameRule {
    RuleGender gender;
    std::string_view ending;
    std::array<std::string_view, 5> mods;
    bool whole = false;
};

std::span<const NameRule> name_rules(NamePart part);

/// Finds the rule for a lower-case word; nullptr when none applies (the word stays as it is).
const NameRule* find_name_rule(NamePart part, Gender gender, std::string_view lower_word);

/// Gender implied by a lower-case first name, from the lists of names that break the
/// ending rule (Никита is male, Любовь female) and then by the ending; Unknown when unsure.
Gender first_name_gender(std::string_view lower_first);

/// True for a frequent Russian first name (lower case); used to tell «Дмитрий Колесник» from
/// «Колесник Дмитрий».
bool is_common_first_name(std::string_view lower_word);

}  // namespace nastavdoc::text::detail
