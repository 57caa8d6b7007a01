#include "engine/dataset/schema.h"

#include "engine/base/concat.h"
#include "engine/base/line_index.h"
#include "engine/base/utf8.h"
#include "engine/dataset/dataset.h"
#include "engine/dataset/json_parse.h"
#include "engine/dataset/pattern.h"
#include "engine/dataset/schema_text.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <unordered_map>

namespace nastavdoc::dataset {

namespace {

enum TypeBit : std::uint8_t {
    kNull = 1,
    kBoolean = 2,
    kInteger = 4,
    kNumber = 8,
    kString = 16,
    kArray = 32,
    kObject = 64,
};

std::uint8_t type_bit(std::string_view name) {
    if (name == "null")
        return kNull;
    if (name == "boolean")
        return kBoolean;
    if (name == "integer")
        return kInteger;
    if (name == "number")
        return kNumber | kInteger;
    if (name == "string")
        return kString;
    if (name == "array")
        return kArray;
    if (name == "object")
        return kObject;
    return 0;
}

std::uint8_t bit_of(const Value& value) {
    switch (value.kind) {
        case Kind::Null:
            return kNull;
        case Kind::Bool:
            return kBoolean;
        case Kind::Number:
            return (value.is_integer || value.number == std::floor(value.number)) ? kInteger
                                                                                  : kNumber;
        case Kind::String:
            return kString;
        case Kind::Array:
            return kArray;
        case Kind::Object:
            return kObject;
    }
    return 0;
}

std::string describe_types(std::uint8_t types) {
    std::vector<std::string> names;
    if (types & kObject)
        names.emplace_back("an object");
    if (types & kArray)
        names.emplace_back("an array");
    if (types & kString)
        names.emplace_back("a string");
    if (types & kNumber) {
        names.emplace_back("a number");
    } else if (types & kInteger) {
        names.emplace_back("an integer");
    }
    if (types & kBoolean)
        names.emplace_back("true or false");
    if (types & kNull)
        names.emplace_back("null");
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += i + 1 == names.size() ? " or " : ", ";
        out += names[i];
    }
    return out;
}

std::string describe_value(const Value& value) {
    switch (value.kind) {
        case Kind::Null:
            return "null";
        case Kind::Bool:
            return value.boolean ? "true" : "false";
        case Kind::Number:
            return concat({"the number ", value.text});
        case Kind::String:
            return "a string";
        case Kind::Array:
            return "an array";
        case Kind::Object:
            return "an object";
    }
    return "a value";
}

std::string quote_short(std::string_view text) {
    std::string out = "'";
    std::size_t chars = 0;
    for (const char c : text) {
        const bool starts_char = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (starts_char && ++chars > 40) {
            out += "...";
            break;
        }
        out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
    return out + "'";
}

bool values_equal(const Value& a, const Value& b) {
    if (a.kind != b.kind) {
        return false;
    }
    switch (a.kind) {
        case Kind::Null:
            return true;
        case Kind::Bool:
            return a.boolean == b.boolean;
        case Kind::Number:
            return a.number == b.number;
        case Kind::String:
            return a.text == b.text;
        case Kind::Array:
            return a.items.size() == b.items.size() &&
                   std::equal(a.items.begin(), a.items.end(), b.items.begin(), values_equal);
        case Kind::Object:
            if (a.members.size() != b.members.size())
                return false;
            for (const auto& member : a.members) {
                const Value* other = b.find(member.key);
                if (other == nullptr || !values_equal(member.value, *other))
                    return false;
            }
            return true;
    }
    return false;
}

}  // namespace

struct Schema::Impl {
    struct Node {
        std::uint8_t types = 0;                                // 0: any type
        std::unordered_map<std::string_view, int> properties;  // key -> slot in property_names
        std::vector<std::string_view> property_names;          // in schema order
        std::vector<int> property_children;                    // parallel to property_names
        std::vector<std::string_view> required;
        std::vector<int> required_slots;  // each required key's place in property_names, or -1
        bool additional_allowed = true;
        int additional = -1;
        int items = -1;
        std::vector<const Value*> enum_values;
        const Value* const_value = nullptr;
        std::optional<Pattern> pattern;
        std::string pattern_text;
        std::optional<std::size_t> min_length, max_length, min_items, max_items;
        std::optional<double> minimum, maximum;
        bool unique_items = false;
        std::vector<int> one_of, any_of, all_of;
        int ref = -1;
        std::string ref_name;
        std::string title;
        bool always_false = false;
    };

    std::string name;
    std::string text;
    std::unique_ptr<LineIndex> lines;
    ValueArena arena;  // holds root's children
    Value root;
    std::vector<Node> nodes;
    std::map<std::string_view, int> defs;

    [[noreturn]] void invalid(const Value& at, const std::string& message) const {
        Diagnostic diagnostic;
        diagnostic.code = "schema.invalid";
        diagnostic.message = message;
        diagnostic.span = lines->span_at(at.offset);
        throw Error(std::move(diagnostic));
    }

    std::size_t count(const Value& schema, std::string_view key) const {
        const Value* value = schema.find(key);
        if (value == nullptr)
            return 0;
        if (!value->is_number() || value->number < 0)
            invalid(*value, std::string(key) + " must be >= 0");
        return static_cast<std::size_t>(value->number);
    }

    int compile(const Value& schema) {
        const int index = static_cast<int>(nodes.size());
        nodes.emplace_back();
        if (schema.is_bool()) {
            nodes[index].always_false = !schema.boolean;
            return index;
        }
        if (!schema.is_object())
            invalid(schema, "a schema must be an object or a boolean");
        Node node;
        for (const auto& member : schema.members) {
            const std::string_view key = member.key;
            const Value& value = member.value;
            if (key == "type") {
                if (value.is_string()) {
                    node.types = type_bit(value.text);
                } else if (value.is_array()) {
                    for (const auto& item : value.items)
                        node.types |= type_bit(item.text);
                }
                if (node.types == 0)
                    invalid(value, "unknown type");
            } else if (key == "properties") {
                for (const auto& property : value.members) {
                    const int child = compile(property.value);
                    const auto slot = static_cast<int>(node.property_names.size());
                    if (node.properties.emplace(property.key, slot).second) {
                        node.property_names.push_back(property.key);
                        node.property_children.push_back(child);
                    }
                }
            } else if (key == "required") {
                for (const auto& item : value.items)
                    node.required.push_back(item.text);
            } else if (key == "additionalProperties") {
                if (value.is_bool()) {
                    node.additional_allowed = value.boolean;
                } else {
                    node.additional = compile(value);
                }
            } else if (key == "items") {
                node.items = compile(value);
            } else if (key == "enum") {
                for (const auto& item : value.items)
                    node.enum_values.push_back(&item);
            } else if (key == "const") {
                node.const_value = &value;
            } else if (key == "pattern") {
                node.pattern_text = value.text;
                try {
                    node.pattern.emplace(value.text);
                } catch (const std::regex_error&) {
                    invalid(value, "the pattern is not a regular expression std::regex accepts");
                }
            } else if (key == "minLength") {
                node.min_length = count(schema, key);
            } else if (key == "maxLength") {
                node.max_length = count(schema, key);
            } else if (key == "minItems") {
                node.min_items = count(schema, key);
            } else if (key == "maxItems") {
                node.max_items = count(schema, key);
            } else if (key == "minimum") {
                node.minimum = value.number;
            } else if (key == "maximum") {
                node.maximum = value.number;
            } else if (key == "uniqueItems") {
                node.unique_items = value.boolean;
            } else if (key == "oneOf" || key == "anyOf" || key == "allOf") {
                std::vector<int> branches;
                for (const auto& item : value.items)
                    branches.push_back(compile(item));
                (key == "oneOf"   ? node.one_of
                 : key == "anyOf" ? node.any_of
                                  : node.all_of) = std::move(branches);
            } else if (key == "$ref") {
                constexpr std::string_view prefix = "#/$defs/";
                if (value.text.compare(0, prefix.size(), prefix) != 0) {
                    invalid(value, "only local references '#/$defs/Name' are supported");
                }
                node.ref_name = value.text.substr(prefix.size());
            } else if (key == "title") {
                node.title = value.text;
            } else if (key == "$defs") {
                for (const auto& def : value.members)
                    defs[def.key] = compile(def.value);
            } else if (key != "$schema" && key != "$id" && key != "description" &&
                       key != "$comment" && key != "examples" && key != "default") {
                invalid(value, "keyword '" + std::string(key) +
                                   "' is not supported by nastavdoc's validator");
            }
        }
        nodes[index] = std::move(node);
        return index;
    }

    void resolve_refs() {
        for (auto& node : nodes) {
            for (const std::string_view key : node.required) {
                const auto it = node.properties.find(key);
                node.required_slots.push_back(it == node.properties.end() ? -1 : it->second);
            }
            if (node.ref_name.empty())
                continue;
            const auto it = defs.find(node.ref_name);
            if (it == defs.end()) {
                Diagnostic diagnostic;
                diagnostic.code = "schema.invalid";
                diagnostic.message = "unknown $ref '#/$defs/" + node.ref_name + "'";
                throw Error(std::move(diagnostic));
            }
            node.ref = it->second;
        }
    }

    // One step of the JSON path to the value being checked: a key or an index. The path is
    // spelled out only when a problem is reported, since most values have none.
    struct PathStep {
        std::string_view key;
        std::size_t index = 0;
    };

    struct Context {
        const std::function<SourceSpan(std::uint32_t)>& span_of;
        std::vector<PathStep> path;
    };

    static std::string path_text(const Context& context) {
        std::string path = "$";
        for (const PathStep& step : context.path) {
            if (step.key.data() != nullptr) {
                append_path_key(path, step.key);
            } else {
                append_path_index(path, step.index);
            }
        }
        return path;
    }

    // Finds a title for messages: the node's own, or its reference's.
    const std::string& title_of(const Node& node) const {
        if (!node.title.empty() || node.ref < 0)
            return node.title;
        return title_of(nodes[node.ref]);
    }

    static std::vector<std::string> hints_for(std::string_view key, const Node& node) {
        std::string best;
        std::size_t best_distance = std::string::npos;
        for (const auto& name : node.property_names) {
            const std::size_t distance = edit_distance(key, name);
            if (distance < best_distance) {
                best_distance = distance;
                best = name;
            }
        }
        if (!best.empty() && best_distance <= std::max<std::size_t>(2, key.size() / 3)) {
            return {"did you mean '" + best + "'?"};
        }
        return {};
    }

    void report(Diagnostics& out, Context& context, std::uint32_t offset, std::string code,
                std::string message, std::vector<std::string> hints = {}) const {
        Diagnostic diagnostic;
        diagnostic.code = std::move(code);
        diagnostic.message = std::move(message);
        diagnostic.span = context.span_of(offset);
        diagnostic.path = path_text(context);
        diagnostic.hints = std::move(hints);
        out.add(std::move(diagnostic));
    }

    // How badly a value misses a branch, before counting errors: a wrong type or a missing
    // required key at the top means the value was probably meant for another branch.
    int distance_to_branch(int index, const Value& value) const {
        const Node* node = &nodes[index];
        while (node->ref >= 0 && node->types == 0 && node->properties.empty()) {
            node = &nodes[node->ref];
        }
        if (node->types != 0 && (node->types & bit_of(value)) == 0)
            return 4;
        if (node->const_value && !values_equal(*node->const_value, value))
            return 3;
        int missing = 0;
        if (value.is_object()) {
            for (const auto& key : node->required) {
                if (value.find(key) == nullptr)
                    ++missing;
            }
            if (!node->additional_allowed && node->additional < 0) {
                for (const auto& member : value.members) {
                    if (!node->properties.count(member.key))
                        ++missing;
                }
            }
        }
        return missing > 0 ? 2 : 0;
    }

    void validate_alternatives(const Node& node, const Value& value, Context& context,
                               Diagnostics& out) const {
        const bool one_of = !node.one_of.empty();
        const std::vector<int>& branches = one_of ? node.one_of : node.any_of;
        int matched = 0;
        int best = -1;
        int best_score = 0;
        Diagnostics best_errors;
        for (const int branch : branches) {
            Diagnostics trial(64);
            validate(branch, value, context, trial);
            if (trial.error_count() == 0) {
                ++matched;
                if (!one_of)
                    return;
                continue;
            }
            const int score = distance_to_branch(branch, value) * 1000 +
                              static_cast<int>(std::min<std::size_t>(trial.error_count(), 999));
            if (best < 0 || score < best_score) {
                best = branch;
                best_score = score;
                best_errors = std::move(trial);
            }
        }
        if (matched == 1 || (!one_of && matched > 0))
            return;
        if (matched > 1) {
            report(out, context, value.offset, "schema.ambiguous",
                   "the value matches more than one of the allowed forms");
            return;
        }
        if (best_score >= 4000) {
            std::uint8_t types = 0;
            for (const int branch : branches) {
                const Node* target = &nodes[branch];
                while (target->types == 0 && target->ref >= 0)
                    target = &nodes[target->ref];
                types |= target->types;
            }
            const std::string& title = title_of(node);
            report(out, context, value.offset, "schema.type",
                   "expected " + (title.empty() ? describe_types(types) : title) + ", found " +
                       describe_value(value));
            return;
        }
        for (const auto& diagnostic : best_errors.items())
            out.add(diagnostic);
    }

    void validate(int index, const Value& value, Context& context, Diagnostics& out) const {
        const Node& node = nodes[index];
        if (node.always_false) {
            report(out, context, value.offset, "schema.not-allowed", "no value is allowed here");
            return;
        }
        if (node.ref >= 0)
            validate(node.ref, value, context, out);
        if (node.types != 0 && (node.types & bit_of(value)) == 0) {
            const std::string& title = title_of(node);
            report(out, context, value.offset, "schema.type",
                   "expected " + (title.empty() ? describe_types(node.types) : title) + ", found " +
                       describe_value(value));
            return;
        }
        if (node.const_value && !values_equal(*node.const_value, value)) {
            report(
                out, context, value.offset, "schema.const",
                "expected " + (node.const_value->is_string() ? quote_short(node.const_value->text)
                                                             : describe_value(*node.const_value)));
        }
        if (!node.enum_values.empty()) {
            const bool found = std::any_of(node.enum_values.begin(), node.enum_values.end(),
                                           [&](const Value* v) { return values_equal(*v, value); });
            if (!found) {
                std::string allowed;
                for (std::size_t i = 0; i < node.enum_values.size() && i < 12; ++i) {
                    if (i > 0)
                        allowed += ", ";
                    const Value& option = *node.enum_values[i];
                    allowed += option.is_string() ? concat({"'", option.text, "'"})
                                                  : std::string(option.text);
                }
                if (node.enum_values.size() > 12)
                    allowed += ", ...";
                report(out, context, value.offset, "schema.enum",
                       (value.is_string() ? quote_short(value.text) : describe_value(value)) +
                           " is not one of " + allowed);
            }
        }
        switch (value.kind) {
            case Kind::String:
                validate_string(node, value, context, out);
                break;
            case Kind::Number:
                if (node.minimum && value.number < *node.minimum) {
                    report(out, context, value.offset, "schema.minimum",
                           std::string(value.text) + " is less than the minimum " +
                               number_text(*node.minimum));
                }
                if (node.maximum && value.number > *node.maximum) {
                    report(out, context, value.offset, "schema.maximum",
                           std::string(value.text) + " is more than the maximum " +
                               number_text(*node.maximum));
                }
                break;
            case Kind::Array:
                validate_array(node, value, context, out);
                break;
            case Kind::Object:
                validate_object(node, value, context, out);
                break;
            default:
                break;
        }
        for (const int branch : node.all_of)
            validate(branch, value, context, out);
        if (!node.one_of.empty() || !node.any_of.empty()) {
            validate_alternatives(node, value, context, out);
        }
    }

    static std::string number_text(double number) {
        if (number == std::floor(number) && std::fabs(number) < 1e15) {
            return std::to_string(static_cast<long long>(number));
        }
        return std::to_string(number);
    }

    void validate_string(const Node& node, const Value& value, Context& context,
                         Diagnostics& out) const {
        if (node.min_length || node.max_length) {
            const std::size_t length = utf8::count_chars(value.text);
            if (node.min_length && length < *node.min_length) {
                report(out, context, value.offset, "schema.too-short",
                       *node.min_length == 1
                           ? std::string("the text must not be empty")
                           : "the text is shorter than " + std::to_string(*node.min_length) +
                                 " characters");
            }
            if (node.max_length && length > *node.max_length) {
                report(out, context, value.offset, "schema.too-long",
                       "the text is " + std::to_string(length) + " characters long; at most " +
                           std::to_string(*node.max_length) + " are allowed");
            }
        }
        if (node.pattern && !node.pattern->search(value.text)) {
            const std::string& title = title_of(node);
            report(out, context, value.offset, "schema.pattern",
                   quote_short(value.text) + " is not " +
                       (title.empty() ? "of the form " + node.pattern_text : "a valid " + title));
        }
    }

    void validate_array(const Node& node, const Value& value, Context& context,
                        Diagnostics& out) const {
        if (node.min_items && value.items.size() < *node.min_items) {
            report(out, context, value.offset, "schema.too-few",
                   *node.min_items == 1
                       ? std::string("the list must not be empty")
                       : "the list needs at least " + std::to_string(*node.min_items) + " items");
        }
        if (node.max_items && value.items.size() > *node.max_items) {
            report(out, context, value.offset, "schema.too-many",
                   "the list has more than " + std::to_string(*node.max_items) + " items");
        }
        if (node.unique_items) {
            for (std::size_t i = 1; i < value.items.size(); ++i) {
                for (std::size_t j = 0; j < i; ++j) {
                    if (values_equal(value.items[i], value.items[j])) {
                        context.path.push_back({{}, i});
                        report(out, context, value.items[i].offset, "schema.duplicate-item",
                               "this item repeats item " + std::to_string(j));
                        context.path.pop_back();
                        break;
                    }
                }
            }
        }
        if (node.items >= 0) {
            for (std::size_t i = 0; i < value.items.size(); ++i) {
                context.path.push_back({{}, i});
                validate(node.items, value.items[i], context, out);
                context.path.pop_back();
            }
        }
    }

    // The place of `key` in node.property_names, or -1. Objects of a dataset mostly list their
    // fields in one order, so the search starts after the previous match (`hint`) and tries a
    // few places before it hashes.
    static int property_slot(const Node& node, std::string_view key, std::size_t& hint) {
        const std::size_t count = node.property_names.size();
        for (std::size_t tries = 0; tries < 4 && tries < count; ++tries) {
            std::size_t at = hint + tries;
            if (at >= count)
                at -= count;
            if (node.property_names[at] == key) {
                hint = at + 1;
                return static_cast<int>(at);
            }
        }
        const auto it = node.properties.find(key);
        if (it == node.properties.end())
            return -1;
        hint = static_cast<std::size_t>(it->second) + 1;
        return it->second;
    }

    void validate_object(const Node& node, const Value& value, Context& context,
                         Diagnostics& out) const {
        // The slot of every member first (the required fields are reported before the fields'
        // own problems, as they come first in the file: at the object's brace).
        constexpr std::size_t kInline = 48;
        std::array<int, kInline> inline_slots{};
        std::vector<int> more_slots;
        int* slots = inline_slots.data();
        if (value.members.size() > kInline) {
            more_slots.resize(value.members.size());
            slots = more_slots.data();
        }
        std::uint64_t seen = 0;  // slots below 64 that are present
        std::size_t hint = 0;
        for (std::size_t i = 0; i < value.members.size(); ++i) {
            slots[i] =
                node.property_names.empty() ? -1 : property_slot(node, value.members[i].key, hint);
            if (slots[i] >= 0 && slots[i] < 64)
                seen |= std::uint64_t{1} << slots[i];
        }
        for (std::size_t r = 0; r < node.required.size(); ++r) {
            const int slot = node.required_slots[r];
            const bool present = slot >= 0 && slot < 64 ? ((seen >> slot) & 1) != 0
                                                        : value.find(node.required[r]) != nullptr;
            if (!present) {
                report(out, context, value.offset, "schema.required",
                       "missing required field '" + std::string(node.required[r]) + "'");
            }
        }
        for (std::size_t i = 0; i < value.members.size(); ++i) {
            const Member& member = value.members[i];
            int child = -1;
            if (slots[i] >= 0) {
                child = node.property_children[static_cast<std::size_t>(slots[i])];
            } else if (node.additional >= 0) {
                child = node.additional;
            } else if (!node.additional_allowed) {
                context.path.push_back({member.key, 0});
                report(out, context, member.key_offset, "schema.unknown-field",
                       "unknown field " + quote_short(member.key), hints_for(member.key, node));
                context.path.pop_back();
                continue;
            }
            if (child >= 0) {
                context.path.push_back({member.key, 0});
                validate(child, member.value, context, out);
                context.path.pop_back();
            }
        }
    }
};

Schema::Schema(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Schema::~Schema() = default;

std::unique_ptr<Schema> Schema::compile(std::string_view schema_json, std::string_view name) {
    auto impl = std::make_unique<Impl>();
    impl->name = std::string(name);
    impl->text = std::string(schema_json);
    impl->lines = std::make_unique<LineIndex>(impl->name, impl->text);
    Diagnostics diagnostics;
    std::optional<Value> root = parse_json(impl->text, *impl->lines, diagnostics, impl->arena);
    if (!root || diagnostics.has_errors()) {
        Diagnostic diagnostic = diagnostics.items().empty() ? Diagnostic{} : diagnostics.items()[0];
        diagnostic.code = "schema.invalid";
        throw Error(std::move(diagnostic));
    }
    impl->root = std::move(*root);
    impl->compile(impl->root);
    impl->resolve_refs();
    return std::unique_ptr<Schema>(new Schema(std::move(impl)));
}

void Schema::validate(const Value& instance,
                      const std::function<SourceSpan(std::uint32_t)>& span_of,
                      Diagnostics& diagnostics) const {
    Impl::Context context{span_of, {}};
    context.path.reserve(16);
    impl_->validate(0, instance, context, diagnostics);
}

const Schema& dataset_schema() {
    static const std::unique_ptr<Schema> schema = Schema::compile(kSchemaJson, "data/schema.json");
    return *schema;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

void validate_schema(const Dataset& dataset, Diagnostics& diagnostics) {
    dataset_schema().validate(
        dataset.root(), [&](std::uint32_t offset) { return dataset.span_at(offset); }, diagnostics);
}

}  // namespace nastavdoc::dataset
