// Internal to dataset/. The `pattern` keyword of JSON Schema: an ECMAScript regular expression
// searched in a string, byte by byte as std::regex does on std::string. The patterns
// data/schema.json uses (anchors, literals, bracket classes, groups, alternation, ? * + {n,m})
// become a position automaton run in one pass with no allocation; any other pattern is handed
// to std::regex, compiled once.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <regex>
#include <string_view>

namespace nastavdoc::dataset {

class Pattern {
public:
    /// Compiles `source`; throws std::regex_error when it is not a regular expression
    /// std::regex accepts.
    explicit Pattern(std::string_view source);

    /// True when some part of `text` matches (regex_search, not regex_match).
    bool search(std::string_view text) const;

    /// True when the pattern runs on the automaton rather than on std::regex.
    bool is_fast() const { return fallback_ == nullptr; }

    /// The automaton's limit on character positions (bits of a 64-bit set).
    static constexpr int kMaxPositions = 64;

private:
    bool anchored_start_ = false;
    bool anchored_end_ = false;
    bool nullable_ = false;
    std::uint64_t first_ = 0;
    std::uint64_t last_ = 0;
    std::array<std::uint64_t, kMaxPositions> follow_{};
    std::array<std::uint64_t, 256> byte_positions_{};  // positions whose class holds the byte
    std::unique_ptr<std::regex> fallback_;
};

}  // namespace nastavdoc::dataset
