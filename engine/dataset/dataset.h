// Dataset: loads one organization's JSON file into a value tree with locations, validates it
// against data/schema.json (built into the program) and the domain rules of docs/dataset.md.
// In: a file path. Out: a Dataset and diagnostics `file:line:col: error[code]: message (at
// $.path)`. Never writes files; never stops at the first problem of a file that parses.
#pragma once
#include "engine/base/diagnostics.h"
#include "engine/base/line_index.h"
#include "engine/dataset/value.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace nastavdoc::dataset {

/// What an ID names; the prefix before ':' tells it in well-formed data.
enum class EntityKind : std::uint8_t {
    Person,
    Position,
    Form,
    Mentor,
    Mentee,
    Pair,
    Meeting,
    Consent,
    Order,
    Act,
    Survey,
    Response,
    Indicator,
    Document,
    Roadmap,
    Organization
};
std::string_view entity_name(EntityKind kind);  // "person", "position", ...

struct Entity {
    EntityKind kind;
    const Value* value;
    std::string_view collection;  // the top-level key: "people", ..., "organization"
    std::uint32_t index = 0;      // its place in that array
};

class Dataset {
public:
    Dataset(std::string file, std::string text);
    Dataset(const Dataset&) = delete;
    Dataset& operator=(const Dataset&) = delete;

    const std::string& file() const { return lines_.file(); }
    const Value& root() const { return root_; }
    /// The size of the file's text in bytes.
    std::size_t size_bytes() const { return text_->size(); }
    SourceSpan span_of(const Value& value) const { return lines_.span_at(value.offset); }
    SourceSpan span_at(std::uint32_t offset) const { return lines_.span_at(offset); }

    /// The entity's JSON path: "$.people[3]", "$.organization".
    std::string path_of(const Entity& entity) const;

    /// The entity with this ID, or nullptr.
    const Entity* find(std::string_view id) const;
    /// By ID; the keys view the tree.
    const std::unordered_map<std::string_view, Entity>& entities() const { return entities_; }

private:
    friend std::unique_ptr<Dataset> parse_dataset(std::string, std::string, Diagnostics&);
    friend void index_entities(Dataset&, Diagnostics*);
    std::unique_ptr<std::string> text_;
    LineIndex lines_;
    ValueArena arena_;
    Value root_;
    std::unordered_map<std::string_view, Entity> entities_;
};

/// Parses JSON text named `file`. Returns nullptr when the text is not JSON (diagnostics say why).
std::unique_ptr<Dataset> parse_dataset(std::string file, std::string text,
                                       Diagnostics& diagnostics);

/// Reads and parses a dataset file. Throws nastavdoc::Error when the file cannot be read.
std::unique_ptr<Dataset> load_dataset(const std::filesystem::path& path, Diagnostics& diagnostics);

/// Validates against data/schema.json (compiled into the program).
void validate_schema(const Dataset& dataset, Diagnostics& diagnostics);

/// Checks the domain rules: references, unique IDs, pairs, minors and their representatives,
/// consents, order numbers, dates, requisite checksums, roadmap numbering.
void check_rules(const Dataset& dataset, Diagnostics& diagnostics);

/// Schema and rules together; a rule problem at a path the schema already refused is dropped.
void check_dataset(const Dataset& dataset, Diagnostics& diagnostics);

/// load + check_dataset: what `nastavdoc check` runs.
std::unique_ptr<Dataset> load_and_check(const std::filesystem::path& path,
                                        Diagnostics& diagnostics);

}  // namespace nastavdoc::dataset
