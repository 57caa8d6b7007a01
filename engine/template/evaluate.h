// Internal to template/. Evaluates expressions against the dataset and the template's variables:
// paths over the JSON tree (an ID string dereferences to its entity; a mentor or mentee also
// shows its person's fields), literals, comparisons, and/or/not and the filters of filters.cpp.
#pragma once
#include "engine/base/diagnostics.h"
#include "engine/dataset/dataset.h"
#include "engine/model/inline.h"
#include "engine/template/profile.h"
#include "engine/template/runtime_value.h"
#include "engine/template/syntax.h"
#include "engine/template/template.h"
#include "engine/text/grammar.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace nastavdoc::tmpl {

/// How far a template may go before expansion stops with `template.limit`.
struct Limits {
    int max_depth = 64;                        // nested elements and includes
    std::int64_t max_iterations = 100000;      // loop bodies over the whole run
    std::int64_t max_output_bytes = 64 << 20;  // text put into the model
    std::int64_t max_nodes = 1000000;          // blocks and runs put into the model
};

class Evaluator {
public:
    /// `lookups` (of this dataset) are shared with other expansions; nullptr: made here.
    Evaluator(const dataset::Dataset& data, Diagnostics& diagnostics,
              SharedLookups* lookups = nullptr);

    /// Variables: the innermost scope wins; the root scope holds the dataset's top-level names.
    void push_scope() { scopes_.emplace_back(); }
    void pop_scope() { scopes_.pop_back(); }
    void set(const std::string& name, RValue value) { scopes_.back()[name] = std::move(value); }
    /// A `--set key=value`: an ID of the dataset becomes its entity, a number a number.
    void set_from_text(const std::string& name, const std::string& text);

    /// Evaluates; an unknown field is an error unless `lenient` (conditions, `default`), when it
    /// is null. Errors are reported once and give null.
    RValue evaluate(const Expr& expr, bool lenient = false);

    bool is_true(const RValue& value) const;
    /// The text a value prints as; objects print their natural name (a person's full name, a
    /// position's nominative, an organization's short name). Type errors are reported at `span`.
    std::string to_text(const RValue& value, const SourceSpan& span);
    /// Appends a value as inline content: RichText keeps its bold, italics, breaks and persons.
    void append_inlines(const RValue& value, model::Inlines& out, const model::CharStyle& style,
                        const SourceSpan& span);
    /// True for a RichText array (paragraphs, lists, or inline pieces) of the dataset.
    static bool is_rich_text(const dataset::Value& value);

    /// The dataset's value as a runtime value: IDs dereference, scalars become literals.
    RValue from_node(const dataset::Value& value) const;
    const dataset::Entity* entity_of(const RValue& value) const;
    /// The person behind a person, mentor, mentee or person ID; nullptr otherwise.
    const dataset::Value* person_of(const RValue& value) const;
    /// Items of a list or of an array of the dataset; nullopt for anything else.
    std::optional<RList> as_list(const RValue& value) const;
    /// A member by name, falling through from a mentor or mentee to its person.
    std::optional<RValue> member(const RValue& base, std::string_view key) const;
    std::vector<std::string> member_names(const RValue& base) const;

    bool equal(const RValue& a, const RValue& b) const;
    /// A text two values share whenever equal() holds for them (not conversely): the key of the
    /// list indexes below. nullopt for a value equal to nothing (a list or a map).
    std::optional<std::string> match_key(const RValue& value) const;

    /// Positions of a list's items by the match_key of their `key` (each member of it when
    /// `members`): `where('mentor', m)` and `having('mentees', m)` run once per row of a register,
    /// so a shared template list is indexed once per run and a list of the dataset once per
    /// SharedLookups (once per merge).
    struct ListIndex {
        std::shared_ptr<const RList> keep_alive;  // the template list, so its address stays unique
        std::unordered_map<std::string, std::vector<std::uint32_t>> positions;
    };
    using ListIndexKey = std::tuple<const void*, bool, std::string>;
    /// The indexes of the dataset's lists (`of_dataset`, shared) or of the template's (this run).
    std::map<ListIndexKey, ListIndex>& list_indexes(bool of_dataset = true);
    /// <0, 0, >0 for ordering (numbers by value, text in Russian alphabetical order).
    int compare(const RValue& a, const RValue& b, const SourceSpan& span);

    /// A person's name in a case and format, stored forms (name_cases) winning.
    std::string person_name(const dataset::Value& person, text::Case c, std::string_view format);
    /// A person's or a position's position in a case; stored cases win.
    std::string position_text(const RValue& value, text::Case c, bool use_short,
                              const SourceSpan& span);

    Diagnostics& diagnostics() { return diagnostics_; }
    const dataset::Dataset& data() const { return data_; }
    void error(std::string code, std::string message, const SourceSpan& span,
               std::vector<std::string> hints = {});

    /// Counts one loop iteration; false (after one diagnostic) once the limit is passed.
    bool count_iteration(const SourceSpan& span);
    Limits limits;

private:
    RValue evaluate_path(const Expr& expr, bool lenient);
    RValue apply_filter(const Expr& expr, bool lenient);
    bool is_rich_text_object_key(const RValue& value) const;
    void append_rich_inline(const dataset::Value& value, model::Inlines& out,
                            const model::CharStyle& style, const SourceSpan& span, int depth);

    const dataset::Dataset& data_;
    Diagnostics& diagnostics_;
    std::vector<std::unordered_map<std::string, RValue>> scopes_;
    std::unique_ptr<SharedLookups> own_lookups_;  // when none were given
    SharedLookups::Tables& shared_;
    std::map<ListIndexKey, ListIndex> list_indexes_;  // of the template's lists
    std::int64_t iterations_ = 0;
    bool iteration_limit_reported_ = false;
};

struct SharedLookups::Tables {
    std::unordered_map<const dataset::Value*, const dataset::Entity*> entities_by_node;
    std::map<Evaluator::ListIndexKey, Evaluator::ListIndex> list_indexes;  // of dataset lists
    // Profiles read from their files, by folder, name and the dataset's profile, with the
    // diagnostics of reading them.
    std::map<std::tuple<std::string, std::string, const dataset::Value*>,
             std::pair<Profile, std::vector<Diagnostic>>>
        profiles;
};

/// The largest first number of a list (template `start=`, RichText "start").
constexpr int kMaxListStart = 100000;

/// A number of the dataset as an int within [low, high] (NaN gives low): the schema bounds few
/// numbers from above, and converting a double past int's range is undefined behaviour.
inline int clamp_to_int(double value, int low, int high) {
    if (!(value >= low)) {
        return low;
    }
    return value >= high ? high : static_cast<int>(value);
}

/// Parses a case name for a filter argument ("nom" … "pre"); nullopt when unknown.
std::optional<text::Case> parse_case_argument(std::string_view name);

/// The statistics filters of filters_stats.cpp (answers, tally, avg, at_least, share, percent,
/// round, range); nullopt when `expr` names none of them.
std::optional<RValue> apply_stats_filter(Evaluator& evaluator, const Expr& expr, bool lenient);

}  // namespace nastavdoc::tmpl
