// Internal to dataset/. A JSON Schema (draft 2020-12) validator for the keywords data/schema.json
// uses: type, properties, required, additionalProperties, items, enum, const, pattern,
// minLength, maxLength, minimum, maximum, minItems, maxItems, uniqueItems, $ref (local $defs),
// oneOf, anyOf, allOf. Other keywords are refused when the schema is compiled.
#pragma once
#include "engine/base/diagnostics.h"
#include "engine/dataset/value.h"

#include <functional>
#include <memory>
#include <string_view>

namespace nastavdoc::dataset {

class Schema {
public:
    /// Compiles schema text; throws nastavdoc::Error (code "schema.invalid") when the schema
    /// itself is broken or uses a keyword this validator does not implement.
    static std::unique_ptr<Schema> compile(std::string_view schema_json, std::string_view name);
    ~Schema();

    /// Reports every violation; `span_of` turns a byte offset of the instance into a location.
    void validate(const Value& instance, const std::function<SourceSpan(std::uint32_t)>& span_of,
                  Diagnostics& diagnostics) const;

    struct Impl;

private:
    explicit Schema(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

/// The dataset schema compiled once per process.
const Schema& dataset_schema();

/// Edit distance, for "did you mean" hints (counts bytes; good enough for ASCII keys and ids).
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace nastavdoc::dataset
