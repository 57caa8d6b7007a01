// The dataset as a tree of JSON values, each remembering where it was in the file.
// Member order is kept as written; numbers keep their text so integers stay exact.
// Values are small and trivially destructible: text is a view into the file's text (or into
// the tree's arena when the string had escapes), children are views of arena blocks. Whoever
// holds the root keeps the text and the ValueArena alive (dataset::Dataset does).
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc::dataset {

enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };

std::string_view kind_name(Kind kind);  // "null", "boolean", "number", "string", "array", "object"

/// A read-only view of consecutive children (array items or object members).
template <class T>
class Children {
public:
    Children() = default;
    Children(const T* data, std::size_t size)
        : data_(data), size_(static_cast<std::uint32_t>(size)) {}

    const T* begin() const { return data_; }
    const T* end() const { return data_ + size_; }
    const T* data() const { return data_; }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const T& operator[](std::size_t i) const { return data_[i]; }
    const T& front() const { return data_[0]; }
    const T& back() const { return data_[size_ - 1]; }

private:
    const T* data_ = nullptr;
    std::uint32_t size_ = 0;
};

struct Member;

struct Value {
    Kind kind = Kind::Null;
    bool boolean = false;
    bool is_integer = false;   // a number written without fraction or exponent
    std::uint32_t offset = 0;  // byte offset of the value's first character in the file
    double number = 0;
    std::string_view text;  // a string's contents, or a number as written
    Children<Value> items;
    Children<Member> members;

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
    std::string_view key;
    std::uint32_t key_offset = 0;
    Value value;
};

/// Storage for the children and unescaped strings of a parsed tree: a few large blocks instead
/// of one allocation per value. Move-only; views into it stay valid while it lives.
class ValueArena {
public:
    ValueArena() = default;
    ValueArena(ValueArena&&) = default;
    ValueArena& operator=(ValueArena&&) = default;

    /// Copies `count` objects (trivially copyable) into the arena; returns the copy.
    template <class T>
    Children<T> copy(const T* items, std::size_t count) {
        if (count == 0)
            return {};
        void* at = allocate(count * sizeof(T), alignof(T));
        std::uninitialized_copy(items, items + count, static_cast<T*>(at));
        return Children<T>(static_cast<const T*>(at), count);
    }
    std::string_view copy(std::string_view text);

    std::size_t bytes_used() const { return used_; }

private:
    void* allocate(std::size_t bytes, std::size_t alignment);
    std::vector<std::unique_ptr<std::byte[]>> blocks_;
    std::byte* next_ = nullptr;
    std::size_t left_ = 0;
    std::size_t used_ = 0;
};

/// Appends a JSON path step to `path`: ".name" for identifiers, "['odd key']" otherwise.
void append_path_key(std::string& path, std::string_view key);
void append_path_index(std::string& path, std::size_t index);

}  // namespace nastavdoc::dataset
