// Internal to template/. The parsed template: elements with their attributes and text, each with
// its location, and the expressions found in `{{ … }}` already parsed.
#pragma once
#include "engine/base/source_span.h"

#include <memory>
#include <string>
#include <vector>

namespace nastavdoc::tmpl {

/// A parsed expression: `pair.mentor | name('ins', 'sur_ini')`, `loop.index > 1 and x`.
struct Expr {
    enum class Kind : std::uint8_t { Literal, Path, Filter, Not, And, Or, Compare };
    enum class LiteralKind : std::uint8_t { Null, Bool, Number, String };
    Kind kind = Kind::Literal;
    LiteralKind literal = LiteralKind::Null;
    double number = 0;
    bool boolean = false;
    std::string text;               // String literal, filter name, comparison operator
    std::vector<std::string> path;  // Path: "pair", "mentor", "position"
    std::vector<std::unique_ptr<Expr>> operands;  // Filter: input then arguments; binary: both
    SourceSpan span;
};
using ExprPtr = std::unique_ptr<Expr>;

/// Text with `{{ … }}` holes: literal pieces and expressions, in order.
struct TextPiece {
    std::string literal;  // when expr is null
    ExprPtr expr;
    SourceSpan span;
};
struct Interpolated {
    std::vector<TextPiece> pieces;
    /// True when the text is exactly one `{{ expr }}`: its value keeps its type (a person, a list).
    bool is_single_expression() const { return pieces.size() == 1 && pieces[0].expr != nullptr; }
    bool empty() const { return pieces.empty(); }
};

struct Attribute {
    std::string name;
    std::string raw;     // as written
    Interpolated value;  // for ordinary attributes
    ExprPtr expr;        // for `if`, `for`'s collection, `let`'s value
    SourceSpan span;
};

struct Node;
using Nodes = std::vector<Node>;

/// An element or a piece of text (name empty). `for` and `if` are taken out of the attributes.
struct Node {
    std::string name;  // empty: text
    Interpolated text;
    std::vector<Attribute> attributes;
    ExprPtr condition;          // if="…"
    std::string loop_variable;  // for="x in …"
    ExprPtr loop_collection;
    Nodes children;
    SourceSpan span;

    bool is_text() const { return name.empty(); }
    const Attribute* find_attribute(std::string_view key) const {
        for (const auto& attribute : attributes) {
            if (attribute.name == key)
                return &attribute;
        }
        return nullptr;
    }
};

}  // namespace nastavdoc::tmpl
