#include "engine/dataset/json_parse.h"

#include "engine/base/utf8.h"

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

namespace nastavdoc::dataset {

namespace {

struct SyntaxError {
    std::size_t offset;
    std::string code;
    std::string message;
};

class Parser {
public:
    Parser(std::string_view text, const LineIndex& lines, Diagnostics& diagnostics,
           ValueArena& arena, const ParseLimits& limits)
        : text_(text), lines_(lines), diagnostics_(diagnostics), arena_(arena), limits_(limits) {}

    std::optional<Value> parse() {
        if (text_.size() > limits_.max_bytes) {
            diagnostics_.error(
                "json.too-large",
                "the file is larger than " + std::to_string(limits_.max_bytes) + " bytes",
                lines_.span_at(0));
            return std::nullopt;
        }
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") {
            diagnostics_.error("json.bom",
                               "the file starts with a byte order mark (U+FEFF); save it as UTF-8 "
                               "without BOM",
                               lines_.span_at(0));
            pos_ = 3;
        }
        // UTF-8 is checked inside strings while they are scanned; any other byte above 0x7F is
        // a syntax error, and then the whole file is checked, so that invalid UTF-8 anywhere is
        // what gets reported (as a check before parsing would) and soft problems found before
        // it are dropped.
        try {
            skip_space();
            if (pos_ >= text_.size()) {
                fail("json.empty", "the file holds no JSON value");
            }
            Value root = parse_value(0);
            skip_space();
            if (pos_ < text_.size()) {
                fail("json.trailing", "unexpected " + describe_here() + " after the JSON value");
            }
            flush_soft();
            return root;
        } catch (const SyntaxError& error) {
            const std::size_t invalid = utf8::find_invalid(text_);
            if (invalid != std::string_view::npos) {
                diagnostics_.error("json.invalid-utf8",
                                   "the file is not valid UTF-8 (bad byte 0x" + hex(invalid) + ")",
                                   lines_.span_at(invalid));
                return std::nullopt;
            }
            flush_soft();
            diagnostics_.error(error.code, error.message, lines_.span_at(error.offset));
            return std::nullopt;
        }
    }

private:
    void flush_soft() {
        for (const Diagnostic& diagnostic : soft_.items())
            diagnostics_.add(diagnostic);
    }

    std::string hex(std::size_t at) const {
        static constexpr char digits[] = "0123456789ABCDEF";
        const auto byte = static_cast<unsigned char>(text_[at]);
        return std::string{digits[byte >> 4], digits[byte & 15]};
    }

    [[noreturn]] void fail(std::string code, std::string message) const {
        throw SyntaxError{pos_, std::move(code), std::move(message)};
    }

    std::string describe_here() const {
        if (pos_ >= text_.size()) {
            return "end of file";
        }
        const char c = text_[pos_];
        if (static_cast<unsigned char>(c) < 0x20) {
            return "control character 0x" + hex(pos_);
        }
        if (static_cast<unsigned char>(c) >= 0x80) {
            char32_t cp = 0;
            const std::size_t n = utf8::decode(text_, pos_, cp);
            // Appended rather than `"'" + std::string(...)`: GCC 12 at -O3 warns falsely
            // (-Wrestrict) on that operator+.
            std::string quoted = "'";
            quoted.append(text_.substr(pos_, n == 0 ? 1 : n));
            quoted += '\'';
            return quoted;
        }
        return std::string("'") + c + "'";
    }

    [[noreturn]] void fail_unexpected(std::string_view expected) const {
        if (pos_ >= text_.size()) {
            throw SyntaxError{
                pos_, "json.truncated",
                "the file ends in the middle of the JSON (expected " + std::string(expected) + ")"};
        }
        throw SyntaxError{pos_, "json.syntax",
                          "expected " + std::string(expected) + ", found " + describe_here()};
    }

    void skip_space() {
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++pos_;
            } else if (c == '/' && pos_ + 1 < text_.size() &&
                       (text_[pos_ + 1] == '/' || text_[pos_ + 1] == '*')) {
                fail("json.comment", "comments are not allowed in JSON");
            } else {
                return;
            }
        }
    }

    Value parse_value(std::size_t depth) {
        if (pos_ >= text_.size()) {
            fail_unexpected("a value");
        }
        switch (text_[pos_]) {
            case '{':
                return parse_object(depth + 1);
            case '[':
                return parse_array(depth + 1);
            case '"': {
                Value value;
                value.kind = Kind::String;
                value.offset = static_cast<std::uint32_t>(pos_);
                value.text = parse_string();
                return value;
            }
            case 't':
                return parse_literal("true", Kind::Bool, true);
            case 'f':
                return parse_literal("false", Kind::Bool, false);
            case 'n':
                return parse_literal("null", Kind::Null, false);
            default:
                if (text_[pos_] == '-' || (text_[pos_] >= '0' && text_[pos_] <= '9')) {
                    return parse_number();
                }
                if (text_[pos_] == '\'') {
                    fail("json.syntax", "strings must be in double quotes, not single quotes");
                }
                fail_unexpected("a value");
        }
    }

    Value parse_literal(std::string_view word, Kind kind, bool boolean) {
        if (text_.substr(pos_, word.size()) != word) {
            fail_unexpected("a value");
        }
        Value value;
        value.kind = kind;
        value.boolean = boolean;
        value.offset = static_cast<std::uint32_t>(pos_);
        pos_ += word.size();
        return value;
    }

    void check_depth(std::size_t depth) const {
        if (depth > limits_.max_depth) {
            throw SyntaxError{pos_, "json.too-deep",
                              "arrays and objects are nested deeper than " +
                                  std::to_string(limits_.max_depth) + " levels"};
        }
    }

    Value parse_object(std::size_t depth) {
        check_depth(depth);
        Value value;
        value.kind = Kind::Object;
        value.offset = static_cast<std::uint32_t>(pos_);
        ++pos_;
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == '}') {
            ++pos_;
            return value;
        }
        // Members are gathered on a stack shared by all open objects and copied into the arena
        // at the closing brace. Keys seen so far, for duplicates: the members themselves while
        // the object is small (a scan beats hashing there), a hash map once it is large.
        const std::size_t mark = member_stack_.size();
        std::unordered_map<std::string_view, std::uint32_t> seen;
        while (true) {
            skip_space();
            if (pos_ >= text_.size() || text_[pos_] != '"') {
                if (pos_ < text_.size() && text_[pos_] == '}') {
                    fail("json.trailing-comma", "a comma before '}' is not allowed in JSON");
                }
                fail_unexpected("a key in double quotes");
            }
            Member member;
            member.key_offset = static_cast<std::uint32_t>(pos_);
            member.key = parse_string();
            skip_space();
            if (pos_ >= text_.size() || text_[pos_] != ':') {
                fail_unexpected("':' after the key");
            }
            ++pos_;
            skip_space();
            member.value = parse_value(depth);
            const std::uint32_t* first_offset = find_key(member_stack_, mark, seen, member);
            if (first_offset != nullptr) {
                const SourceSpan first = lines_.span_at(*first_offset);
                Diagnostic diagnostic;
                diagnostic.code = "json.duplicate-key";
                diagnostic.message = "duplicate key '" + short_text(member.key) +
                                     "'; the first is at line " + std::to_string(first.line) +
                                     ", column " + std::to_string(first.column);
                diagnostic.span = lines_.span_at(member.key_offset);
                soft_.add(std::move(diagnostic));
            } else {
                member_stack_.push_back(member);
            }
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size() && text_[pos_] == '}') {
                ++pos_;
                value.members =
                    arena_.copy(member_stack_.data() + mark, member_stack_.size() - mark);
                member_stack_.resize(mark);
                return value;
            }
            fail_unexpected("',' or '}'");
        }
    }

    static constexpr std::size_t kScanLimit = 16;

    // The offset of an earlier `member.key` among `members`, or nullptr (then the caller keeps
    // `member` and it counts as seen).
    static const std::uint32_t* find_key(const std::vector<Member>& stack, std::size_t mark,
                                         std::unordered_map<std::string_view, std::uint32_t>& seen,
                                         const Member& member) {
        if (stack.size() - mark < kScanLimit) {
            for (std::size_t i = mark; i < stack.size(); ++i) {
                const std::string_view earlier = stack[i].key;
                if (earlier.size() == member.key.size() && !earlier.empty() &&
                    earlier[0] == member.key[0] && earlier == member.key)
                    return &stack[i].key_offset;
            }
            return nullptr;
        }
        if (seen.empty()) {
            for (std::size_t i = mark; i < stack.size(); ++i)
                seen.emplace(stack[i].key, stack[i].key_offset);
        }
        const auto [it, inserted] = seen.emplace(member.key, member.key_offset);
        return inserted ? nullptr : &it->second;
    }

    Value parse_array(std::size_t depth) {
        check_depth(depth);
        Value value;
        value.kind = Kind::Array;
        value.offset = static_cast<std::uint32_t>(pos_);
        ++pos_;
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == ']') {
            ++pos_;
            return value;
        }
        const std::size_t mark = item_stack_.size();
        while (true) {
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == ']') {
                fail("json.trailing-comma", "a comma before ']' is not allowed in JSON");
            }
            Value item = parse_value(depth);
            item_stack_.push_back(item);
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size() && text_[pos_] == ']') {
                ++pos_;
                value.items = arena_.copy(item_stack_.data() + mark, item_stack_.size() - mark);
                item_stack_.resize(mark);
                return value;
            }
            fail_unexpected("',' or ']'");
        }
    }

    static std::string short_text(std::string_view text) {
        std::string out;
        std::size_t chars = 0;
        for (const char c : text) {
            const bool starts_char = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
            if (starts_char && ++chars > 40) {
                out += "...";
                break;
            }
            out += static_cast<unsigned char>(c) < 0x20 ? '?' : c;
        }
        return out;
    }

    unsigned parse_hex4() {
        if (pos_ + 4 > text_.size()) {
            pos_ = text_.size();
            fail_unexpected("four hex digits after \\u");
        }
        unsigned value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = text_[pos_];
            value <<= 4;
            if (c >= '0' && c <= '9') {
                value |= static_cast<unsigned>(c - '0');
            } else if (c >= 'a' && c <= 'f') {
                value |= static_cast<unsigned>(c - 'a' + 10);
            } else if (c >= 'A' && c <= 'F') {
                value |= static_cast<unsigned>(c - 'A' + 10);
            } else {
                fail("json.bad-escape", "expected four hex digits after \\u");
            }
            ++pos_;
        }
        return value;
    }

    // Skips eight bytes at a time while none is a quote, a backslash, a control character or
    // above 0x7F (the bit tricks of "Bit Twiddling Hacks": a zero byte, a byte less than n).
    std::size_t skip_plain_words(std::size_t at) const {
        constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
        constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
        while (at + 8 <= text_.size()) {
            std::uint64_t word = 0;
            std::memcpy(&word, text_.data() + at, sizeof word);
            const std::uint64_t quote = word ^ (kOnes * '"');
            const std::uint64_t backslash = word ^ (kOnes * '\\');
            const std::uint64_t special = ((quote - kOnes) & ~quote) |
                                          ((backslash - kOnes) & ~backslash) |
                                          ((word - kOnes * 0x20) & ~word);
            if (((special | word) & kHighs) != 0)
                break;
            at += 8;
        }
        return at;
    }

    // From `at`, the end of the run of plain characters of a string: the position of the next
    // quote, backslash, control character or invalid UTF-8 byte (or the end of the text).
    std::size_t scan_plain(std::size_t at) const {
        const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
        const std::size_t size = text_.size();
        at = skip_plain_words(at);
        while (at < size) {
            const unsigned char c = bytes[at];
            if (c < 0x80) {
                if (c == '"' || c == '\\' || c < 0x20)
                    return at;
                ++at;
                continue;
            }
            // Two-byte sequences (Cyrillic) inline: a lead byte C2..DF and one continuation byte.
            if (c >= 0xC2 && c <= 0xDF && at + 1 < size && (bytes[at + 1] & 0xC0) == 0x80) {
                at += 2;
                continue;
            }
            char32_t code_point = 0;
            const std::size_t used = utf8::decode(text_, at, code_point);
            if (used == 0)
                return at;
            at += used;
        }
        return at;
    }

    [[noreturn]] void fail_invalid_utf8(std::size_t at) const {
        throw SyntaxError{at, "json.invalid-utf8",
                          "the file is not valid UTF-8 (bad byte 0x" + hex(at) + ")"};
    }

    // The string's contents: a view into the text when it has no escapes (the usual case),
    // else unescaped into the arena.
    std::string_view parse_string() {
        const std::size_t start = pos_;
        ++pos_;
        {
            const std::size_t run = scan_plain(pos_);
            if (run < text_.size() && text_[run] == '"') {
                const std::string_view plain = text_.substr(pos_, run - pos_);
                pos_ = run + 1;
                return plain;
            }
        }
        std::string& out = scratch_;
        out.clear();
        while (true) {
            // Copy the plain run up to the next quote, backslash or control character.
            const std::size_t run = scan_plain(pos_);
            out.append(text_.substr(pos_, run - pos_));
            pos_ = run;
            if (pos_ >= text_.size()) {
                throw SyntaxError{start, "json.unterminated-string",
                                  "the string that starts here is never closed"};
            }
            const char c = text_[pos_];
            if (c == '"') {
                ++pos_;
                return arena_.copy(out);
            }
            if (static_cast<unsigned char>(c) >= 0x80)
                fail_invalid_utf8(pos_);
            if (c != '\\') {
                fail("json.control-character",
                     "control character 0x" + hex(pos_) +
                         " inside a string (write it as an escape such as \\n)");
            }
            ++pos_;
            if (pos_ >= text_.size()) {
                fail_unexpected("an escape character");
            }
            const char escape = text_[pos_++];
            switch (escape) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u':
                    append_unicode_escape(out);
                    break;
                default:
                    --pos_;
                    fail("json.bad-escape",
                         "unknown escape '\\" + std::string(1, escape) + "' in a string");
            }
        }
    }

    void append_unicode_escape(std::string& out) {
        const std::size_t at = pos_ - 2;
        char32_t cp = parse_hex4();
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (text_.substr(pos_, 2) != "\\u") {
                throw SyntaxError{at, "json.bad-escape",
                                  "a lone high surrogate \\u escape is not a character"};
            }
            pos_ += 2;
            const char32_t low = parse_hex4();
            if (low < 0xDC00 || low > 0xDFFF) {
                throw SyntaxError{at, "json.bad-escape",
                                  "a high surrogate must be followed by a low surrogate"};
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            throw SyntaxError{at, "json.bad-escape",
                              "a lone low surrogate \\u escape is not a character"};
        }
        if (cp == 0) {
            throw SyntaxError{at, "json.nul", "the NUL character (\\u0000) is not allowed"};
        }
        utf8::append(out, cp);
    }

    Value parse_number() {
        Value value;
        value.kind = Kind::Number;
        value.offset = static_cast<std::uint32_t>(pos_);
        const std::size_t start = pos_;
        const auto digit = [&] {
            return pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9';
        };
        if (text_[pos_] == '-') {
            ++pos_;
        }
        if (!digit()) {
            fail_unexpected("a digit");
        }
        if (text_[pos_] == '0') {
            ++pos_;
            if (digit()) {
                fail("json.bad-number", "numbers may not have leading zeros");
            }
        } else {
            while (digit()) {
                ++pos_;
            }
        }
        bool integer = true;
        if (pos_ < text_.size() && text_[pos_] == '.') {
            integer = false;
            ++pos_;
            if (!digit()) {
                fail_unexpected("a digit after the decimal point");
            }
            while (digit()) {
                ++pos_;
            }
        }
        if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
            integer = false;
            ++pos_;
            if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) {
                ++pos_;
            }
            if (!digit()) {
                fail_unexpected("a digit in the exponent");
            }
            while (digit()) {
                ++pos_;
            }
        }
        value.text = text_.substr(start, pos_ - start);
        value.is_integer = integer;
        // strtod under the "C" locale semantics is what JSON needs; from_chars is locale-free.
        const char* first = value.text.data();
        const auto result = std::from_chars(first, first + value.text.size(), value.number);
        if (result.ec == std::errc::result_out_of_range) {
            throw SyntaxError{start, "json.bad-number", "the number is out of range"};
        }
        return value;
    }

    std::string_view text_;
    const LineIndex& lines_;
    Diagnostics& diagnostics_;
    ValueArena& arena_;
    const ParseLimits& limits_;
    std::size_t pos_ = 0;
    std::vector<Member> member_stack_;  // members of the objects being parsed
    std::vector<Value> item_stack_;     // items of the arrays being parsed
    std::string scratch_;               // a string with escapes, unescaped
    Diagnostics soft_;                  // problems that do not stop the parse, until it ends
};

}  // namespace

std::optional<Value> parse_json(std::string_view text, const LineIndex& lines,
                                Diagnostics& diagnostics, ValueArena& arena,
                                const ParseLimits& limits) {
    return Parser(text, lines, diagnostics, arena, limits).parse();
}

}  // namespace nastavdoc::dataset
