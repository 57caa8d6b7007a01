// The dataset as a tree of JSON values, each remembering where it was in the file.
// Member order is kept as written; numbers keep their text so integers stay exact.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc::dataset {

enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };

std::string_view kind_name(Kind kind);  // "null", "boolean", "number", "string", "array", "object"

struct Member;

struct Value {
    Kind kind = Kind::Null;
    bool boolean = false;
    double number = 0;
    bool is_integer = false;  // a number written without fraction or exponent
    std::string text;         // a string's contents, or a number as written
    std::vector<Value> items;
    std::vector<Member> members;
    std::uint32_t offset = 0;  // byte offset of the value's first character in the file

    bool is_null() const { return kind == Kind::Null; }
    bool is_string() const { return kind == Kind::String; }
    bool is_object() const { return kind == Kind::Object; }
    bool is_array() const { return kind == Kind::Array; }
    bool is_number() const { return kind == Kind::Number; }
    bool is_bool() const { return kind == Kind::Bool; }

    /// The member's value, or nullptr when this is not an object or has no such key.
    const Value* find(std::string_view key) const;
    /// A string member's text, or an empty view.
    std::string_view string_or_empty(std::string_view key) const;
};

struct Member {
    std::string key;
    std::uint32_t key_offset = 0;
    Value value;
};

/// Appends a JSON path step to `path`: ".name" for identifiers, "['odd key']" otherwise.
void append_path_key(std::string& path, std::string_view key);
void append_path_index(std::string& path, std::size_t index);

}  // namespace nastavdoc::dataset
