#include "engine/dataset/pattern.h"

#include <bit>
#include <bitset>
#include <string>
#include <vector>

namespace nastavdoc::dataset {

namespace {

// Thrown while compiling when the pattern leaves the subset the automaton handles; the
// pattern then goes to std::regex, which also decides whether it is valid at all.
struct Unsupported {};

using ByteSet = std::bitset<256>;

struct Node {
    enum class Type : std::uint8_t { Bytes, Concat, Alt, Repeat };
    Type type = Type::Concat;
    ByteSet bytes;  // Bytes: the bytes matched
    std::vector<Node> children;
    int min = 0;
    int max = 0;  // Repeat: -1 for no upper bound
};

constexpr int kMaxRepeat = 100;

bool is_punct(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

bool is_plain_ascii(char c) {
    return c >= ' ' && c <= '~';
}

// A recursive-descent parser for the subset: alternation, concatenation, groups `(...)` and
// `(?:...)`, bracket classes with ranges, `.`, punctuation escapes and the quantifiers
// ? * + {n} {n,} {n,m} (greedy only). Anchors are taken off before it runs.
class Parser {
public:
    explicit Parser(std::string_view source) : source_(source) {}

    Node parse() {
        Node root = parse_alternatives();
        if (pos_ != source_.size())
            throw Unsupported{};
        return root;
    }

private:
    bool at(char c) const { return pos_ < source_.size() && source_[pos_] == c; }

    Node parse_alternatives() {
        Node alt;
        alt.type = Node::Type::Alt;
        alt.children.push_back(parse_sequence());
        while (at('|')) {
            ++pos_;
            alt.children.push_back(parse_sequence());
        }
        if (alt.children.size() > 1) {
            for (const Node& branch : alt.children) {
                if (branch.children.empty())
                    throw Unsupported{};  // an empty alternative: legal, but leave it to std::regex
            }
        }
        return alt;
    }

    Node parse_sequence() {
        Node sequence;
        sequence.type = Node::Type::Concat;
        while (pos_ < source_.size() && !at('|') && !at(')')) {
            Node atom = parse_atom();
            if (pos_ < source_.size() && is_quantifier(source_[pos_])) {
                atom = parse_quantifier(std::move(atom));
                if (pos_ < source_.size() && (is_quantifier(source_[pos_]) || at('?')))
                    throw Unsupported{};  // lazy or doubled quantifiers
            }
            sequence.children.push_back(std::move(atom));
        }
        return sequence;
    }

    static bool is_quantifier(char c) { return c == '?' || c == '*' || c == '+' || c == '{'; }

    Node parse_atom() {
        const char c = source_[pos_++];
        switch (c) {
            case '(': {
                if (at('?')) {
                    if (source_.substr(pos_, 2) != "?:")
                        throw Unsupported{};
                    pos_ += 2;
                }
                Node group = parse_alternatives();
                if (!at(')'))
                    throw Unsupported{};
                ++pos_;
                return group;
            }
            case '[':
                return parse_class();
            case '.': {
                Node any = bytes_node({});
                any.bytes.set();
                any.bytes.reset('\n');
                any.bytes.reset('\r');
                return any;
            }
            case '\\':
                return single_byte(parse_escape());
            case '^':
            case '$':
            case '*':
            case '+':
            case '?':
            case '{':
            case '}':
            case ']':
            case ')':
            case '|':
                throw Unsupported{};
            default:
                if (!is_plain_ascii(c))
                    throw Unsupported{};
                return single_byte(c);
        }
    }

    char parse_escape() {
        if (pos_ >= source_.size() || !is_punct(source_[pos_]))
            throw Unsupported{};  // \d \w \b \1 ...: classes and assertions of std::regex
        return source_[pos_++];
    }

    static Node bytes_node(const ByteSet& bytes) {
        Node node;
        node.type = Node::Type::Bytes;
        node.bytes = bytes;
        return node;
    }

    static Node single_byte(char c) {
        ByteSet bytes;
        bytes.set(static_cast<unsigned char>(c));
        return bytes_node(bytes);
    }

    // A class member: a plain character or a punctuation escape; '[' and ']' are left to
    // std::regex ([:alpha:] and friends).
    char parse_class_char() {
        if (pos_ >= source_.size())
            throw Unsupported{};
        const char c = source_[pos_++];
        if (c == '\\')
            return parse_escape();
        if (!is_plain_ascii(c) || c == '[' || c == ']')
            throw Unsupported{};
        return c;
    }

    Node parse_class() {
        const bool negated = at('^');
        if (negated)
            ++pos_;
        if (at(']'))
            throw Unsupported{};  // [] and [^]
        ByteSet bytes;
        bool first = true;
        while (!at(']')) {
            if (pos_ >= source_.size())
                throw Unsupported{};
            const bool dash = at('-');
            const char low = parse_class_char();
            if (dash && at('-'))
                throw Unsupported{};
            if (dash && !first && !at(']'))
                throw Unsupported{};  // '-' is literal only first or last
            first = false;
            if (at('-') && pos_ + 1 < source_.size() && source_[pos_ + 1] != ']') {
                ++pos_;
                if (at('-'))
                    throw Unsupported{};
                const char high = parse_class_char();
                if (high < low)
                    throw Unsupported{};
                for (int b = low; b <= high; ++b)
                    bytes.set(static_cast<std::size_t>(b));
            } else {
                bytes.set(static_cast<unsigned char>(low));
            }
        }
        ++pos_;
        if (negated)
            bytes.flip();
        return bytes_node(bytes);
    }

    int parse_count() {
        int value = 0;
        const std::size_t start = pos_;
        while (pos_ < source_.size() && source_[pos_] >= '0' && source_[pos_] <= '9') {
            value = value * 10 + (source_[pos_++] - '0');
            if (value > kMaxRepeat)
                throw Unsupported{};
        }
        if (pos_ == start)
            throw Unsupported{};
        return value;
    }

    Node parse_quantifier(Node atom) {
        Node repeat;
        repeat.type = Node::Type::Repeat;
        const char c = source_[pos_++];
        if (c == '?') {
            repeat.max = 1;
        } else if (c == '*') {
            repeat.max = -1;
        } else if (c == '+') {
            repeat.min = 1;
            repeat.max = -1;
        } else {
            repeat.min = parse_count();
            repeat.max = repeat.min;
            if (at(',')) {
                ++pos_;
                repeat.max = at('}') ? -1 : parse_count();
            }
            if (!at('}') || (repeat.max >= 0 && repeat.max < repeat.min))
                throw Unsupported{};
            ++pos_;
        }
        repeat.children.push_back(std::move(atom));
        return repeat;
    }

    std::string_view source_;
    std::size_t pos_ = 0;
};

// Glushkov's construction: one state per byte-class occurrence, no empty moves. Repeats are
// unrolled, each copy with fresh positions.
struct Glushkov {
    struct Info {
        bool nullable = true;
        std::uint64_t first = 0;
        std::uint64_t last = 0;
    };

    std::array<std::uint64_t, Pattern::kMaxPositions>& follow;
    std::vector<ByteSet> classes;

    void link(std::uint64_t from, std::uint64_t to) {
        for (; from != 0; from &= from - 1)
            follow[static_cast<std::size_t>(std::countr_zero(from))] |= to;
    }

    Info concat(const Info& a, const Info& b) {
        link(a.last, b.first);
        return {a.nullable && b.nullable, a.nullable ? a.first | b.first : a.first,
                b.nullable ? a.last | b.last : b.last};
    }

    Info build(const Node& node) {
        switch (node.type) {
            case Node::Type::Bytes: {
                if (classes.size() >= static_cast<std::size_t>(Pattern::kMaxPositions))
                    throw Unsupported{};
                const std::uint64_t bit = std::uint64_t{1} << classes.size();
                classes.push_back(node.bytes);
                return {false, bit, bit};
            }
            case Node::Type::Concat: {
                Info info;
                for (const Node& child : node.children)
                    info = concat(info, build(child));
                return info;
            }
            case Node::Type::Alt: {
                Info info{false, 0, 0};
                for (const Node& child : node.children) {
                    const Info branch = build(child);
                    info.nullable = info.nullable || branch.nullable;
                    info.first |= branch.first;
                    info.last |= branch.last;
                }
                return info;
            }
            case Node::Type::Repeat:
                return build_repeat(node);
        }
        return {};
    }

    Info build_repeat(const Node& node) {
        const Node& child = node.children.front();
        Info info;
        for (int i = 0; i < node.min; ++i)
            info = concat(info, build(child));
        if (node.max < 0) {
            Info loop = build(child);
            link(loop.last, loop.first);
            loop.nullable = true;
            return concat(info, loop);
        }
        for (int i = node.min; i < node.max; ++i) {
            Info optional = build(child);
            optional.nullable = true;
            info = concat(info, optional);
        }
        return info;
    }
};

bool ends_with_anchor(std::string_view source) {
    if (source.empty() || source.back() != '$')
        return false;
    std::size_t backslashes = 0;
    for (std::size_t i = source.size() - 1; i > 0 && source[i - 1] == '\\'; --i)
        ++backslashes;
    return backslashes % 2 == 0;
}

}  // namespace

Pattern::Pattern(std::string_view source) {
    try {
        std::string_view body = source;
        anchored_start_ = body.starts_with('^');
        if (anchored_start_)
            body.remove_prefix(1);
        anchored_end_ = ends_with_anchor(body);
        if (anchored_end_)
            body.remove_suffix(1);
        const Node root = Parser(body).parse();
        // `^a|b$` anchors one branch each, not the whole pattern.
        if ((anchored_start_ || anchored_end_) && root.children.size() > 1)
            throw Unsupported{};
        Glushkov glushkov{follow_, {}};
        const Glushkov::Info info = glushkov.build(root);
        nullable_ = info.nullable;
        first_ = info.first;
        last_ = info.last;
        for (std::size_t position = 0; position < glushkov.classes.size(); ++position) {
            for (std::size_t byte = 0; byte < 256; ++byte) {
                if (glushkov.classes[position].test(byte))
                    byte_positions_[byte] |= std::uint64_t{1} << position;
            }
        }
    } catch (const Unsupported&) {
        fallback_ = std::make_unique<std::regex>(std::string(source),
                                                 std::regex::ECMAScript | std::regex::optimize);
    }
}

bool Pattern::search(std::string_view text) const {
    if (fallback_ != nullptr)
        return std::regex_search(text.data(), text.data() + text.size(), *fallback_);
    if (nullable_ && (!anchored_start_ || !anchored_end_ || text.empty()))
        return true;
    std::uint64_t active = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::uint64_t next = (anchored_start_ && i > 0) ? 0 : first_;
        for (std::uint64_t rest = active; rest != 0; rest &= rest - 1)
            next |= follow_[static_cast<std::size_t>(std::countr_zero(rest))];
        active = next & byte_positions_[static_cast<unsigned char>(text[i])];
        if (active == 0 && anchored_start_)
            return false;
        if (!anchored_end_ && (active & last_) != 0)
            return true;
    }
    return (active & last_) != 0;
}

}  // namespace nastavdoc::dataset
