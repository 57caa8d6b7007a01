// Internal to package/. How a template is called over a dataset: the values of its variable
// (person, pair or order IDs) and the file name each call gets.
#pragma once
#include "engine/dataset/dataset.h"

#include <string>
#include <vector>

namespace nastavdoc::package {

/// One rendering of a template: `variable=id` (none when variable is empty), the part of the
/// file name that tells it from the others, and whom or what it is for, for the index.
struct Call {
    std::string variable;  // "person", "pair", "order", "doc" or empty
    std::string id;
    std::string file_stem;  // «Kolesnik_D_V», «No_471_p_2021-10-15»; empty for a single call
    std::string label;      // «Колесник Д.В.», «№ 471/п от 2021-10-15»
};

/// The calls of an `each` template: mentors, mentees, minors, adults (persons) or pairs,
/// in the order of the dataset, each person once. Without `file_names` (one combined PDF)
/// file_stem stays empty: making them loads a transliterator (~20 ms) that nothing would use.
std::vector<Call> calls_for_each(const dataset::Dataset& data, const std::string& each,
                                 bool file_names = true);

/// One call per order (`order`) or other document (`doc`) of `catalog_id` («ORD-04»,
/// «PRT-01»), in the order of the dataset.
std::vector<Call> calls_for_catalog(const dataset::Dataset& data, const std::string& catalog_id);

/// Whether a person takes part as a minor: the is_minor flag, else having legal representatives
/// (the same test the templates make).
bool is_minor(const dataset::Value& person);

/// «Колесник Д.В.» from a person's fields.
std::string surname_initials(const dataset::Value& person);

}  // namespace nastavdoc::package
