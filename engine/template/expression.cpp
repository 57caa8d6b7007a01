#include "engine/template/expression.h"

#include <charconv>

namespace nastavdoc::tmpl {

namespace {

enum class TokenKind : std::uint8_t { End, Name, Number, String, Symbol, Error };

struct Token {
    TokenKind kind = TokenKind::End;
    std::string text;
    double number = 0;
    std::size_t position = 0;  // byte offset in the source
};

bool is_name_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_name_char(char c) {
    return is_name_start(c) || (c >= '0' && c <= '9') || c == '-';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

class Lexer {
public:
    explicit Lexer(std::string_view source) : source_(source) {}

    Token next() {
        while (pos_ < source_.size() && (source_[pos_] == ' ' || source_[pos_] == '\t' ||
                                         source_[pos_] == '\n' || source_[pos_] == '\r')) {
            ++pos_;
        }
        Token token;
        token.position = pos_;
        if (pos_ >= source_.size())
            return token;
        const char c = source_[pos_];
        if (is_name_start(c)) {
            const std::size_t start = pos_;
            // A '-' belongs to a name only between letters (header-rows), never at its end.
            while (pos_ < source_.size() && is_name_char(source_[pos_]))
                ++pos_;
            while (pos_ > start && source_[pos_ - 1] == '-')
                --pos_;
            token.kind = TokenKind::Name;
            token.text = std::string(source_.substr(start, pos_ - start));
            return token;
        }
        if (is_digit(c) || (c == '-' && pos_ + 1 < source_.size() && is_digit(source_[pos_ + 1]))) {
            const std::size_t start = pos_;
            ++pos_;
            // A '.' belongs to the number only before a digit: `mentors.0.status` is a path.
            while (pos_ < source_.size() &&
                   (is_digit(source_[pos_]) || (source_[pos_] == '.' && pos_ + 1 < source_.size() &&
                                                is_digit(source_[pos_ + 1])))) {
                ++pos_;
            }
            const std::string_view digits = source_.substr(start, pos_ - start);
            const auto result =
                std::from_chars(digits.data(), digits.data() + digits.size(), token.number);
            token.kind = result.ec == std::errc() && result.ptr == digits.data() + digits.size()
                             ? TokenKind::Number
                             : TokenKind::Error;
            token.text = std::string(digits);
            return token;
        }
        if (c == '\'' || c == '"') {
            const char quote = c;
            ++pos_;
            std::string text;
            while (pos_ < source_.size() && source_[pos_] != quote) {
                if (source_[pos_] == '\\' && pos_ + 1 < source_.size())
                    ++pos_;
                text += source_[pos_++];
            }
            if (pos_ >= source_.size()) {
                token.kind = TokenKind::Error;
                token.text = "unterminated string";
                return token;
            }
            ++pos_;
            token.kind = TokenKind::String;
            token.text = std::move(text);
            return token;
        }
        static constexpr std::string_view kTwo[] = {"==", "!=", "<=", ">="};
        for (const auto symbol : kTwo) {
            if (source_.substr(pos_, 2) == symbol) {
                pos_ += 2;
                token.kind = TokenKind::Symbol;
                token.text = std::string(symbol);
                return token;
            }
        }
        if (std::string_view("|.,()<>[]").find(c) != std::string_view::npos) {
            ++pos_;
            token.kind = TokenKind::Symbol;
            token.text = std::string(1, c);
            return token;
        }
        token.kind = TokenKind::Error;
        token.text = "unexpected character '" + std::string(1, c) + "'";
        ++pos_;
        return token;
    }

private:
    std::string_view source_;
    std::size_t pos_ = 0;
};

class Parser {
public:
    Parser(std::string_view source, std::size_t offset, const LineIndex& lines,
           Diagnostics& diagnostics)
        : lexer_(source), offset_(offset), lines_(lines), diagnostics_(diagnostics) {
        advance();
    }

    ExprPtr parse() {
        ExprPtr expr = parse_or();
        if (expr && token_.kind != TokenKind::End) {
            fail("unexpected '" + token_.text + "' after the expression");
            return nullptr;
        }
        return failed_ ? nullptr : std::move(expr);
    }

private:
    void advance() { token_ = lexer_.next(); }
    SourceSpan span_at(std::size_t position) const { return lines_.span_at(offset_ + position); }
    bool is_symbol(std::string_view symbol) const {
        return token_.kind == TokenKind::Symbol && token_.text == symbol;
    }
    bool is_keyword(std::string_view word) const {
        return token_.kind == TokenKind::Name && token_.text == word;
    }
    ExprPtr fail(std::string message) {
        if (!failed_) {
            if (token_.kind == TokenKind::Error)
                message = token_.text;
            diagnostics_.error("template.syntax", "bad expression: " + message,
                               span_at(token_.position));
        }
        failed_ = true;
        return nullptr;
    }
    ExprPtr binary(Expr::Kind kind, std::string op, ExprPtr left, ExprPtr right,
                   const SourceSpan& span) {
        auto expr = std::make_unique<Expr>();
        expr->kind = kind;
        expr->text = std::move(op);
        expr->span = span;
        expr->operands.push_back(std::move(left));
        expr->operands.push_back(std::move(right));
        return expr;
    }

    ExprPtr parse_or() {
        ExprPtr left = parse_and();
        while (left && is_keyword("or")) {
            const SourceSpan span = span_at(token_.position);
            advance();
            ExprPtr right = parse_and();
            if (!right)
                return nullptr;
            left = binary(Expr::Kind::Or, "or", std::move(left), std::move(right), span);
        }
        return left;
    }
    ExprPtr parse_and() {
        ExprPtr left = parse_not();
        while (left && is_keyword("and")) {
            const SourceSpan span = span_at(token_.position);
            advance();
            ExprPtr right = parse_not();
            if (!right)
                return nullptr;
            left = binary(Expr::Kind::And, "and", std::move(left), std::move(right), span);
        }
        return left;
    }
    ExprPtr parse_not() {
        if (is_keyword("not")) {
            auto expr = std::make_unique<Expr>();
            expr->kind = Expr::Kind::Not;
            expr->span = span_at(token_.position);
            advance();
            ExprPtr operand = parse_not();
            if (!operand)
                return nullptr;
            expr->operands.push_back(std::move(operand));
            return expr;
        }
        return parse_compare();
    }
    ExprPtr parse_compare() {
        ExprPtr left = parse_filtered();
        static constexpr std::string_view kOperators[] = {"==", "!=", "<", "<=", ">", ">="};
        for (const auto op : kOperators) {
            if (left && is_symbol(op)) {
                const SourceSpan span = span_at(token_.position);
                advance();
                ExprPtr right = parse_filtered();
                if (!right)
                    return nullptr;
                return binary(Expr::Kind::Compare, std::string(op), std::move(left),
                              std::move(right), span);
            }
        }
        return left;
    }
    ExprPtr parse_filtered() {
        ExprPtr input = parse_primary();
        while (input && is_symbol("|")) {
            advance();
            if (token_.kind != TokenKind::Name)
                return fail("a filter name must follow '|'");
            auto filter = std::make_unique<Expr>();
            filter->kind = Expr::Kind::Filter;
            filter->text = token_.text;
            filter->span = span_at(token_.position);
            filter->operands.push_back(std::move(input));
            advance();
            if (is_symbol("(")) {
                advance();
                while (!is_symbol(")")) {
                    ExprPtr argument = parse_or();
                    if (!argument)
                        return nullptr;
                    filter->operands.push_back(std::move(argument));
                    if (is_symbol(",")) {
                        advance();
                    } else if (!is_symbol(")")) {
                        return fail("expected ',' or ')' in the arguments of '" + filter->text +
                                    "'");
                    }
                }
                advance();
            }
            input = std::move(filter);
        }
        return input;
    }
    ExprPtr parse_primary() {
        auto expr = std::make_unique<Expr>();
        expr->span = span_at(token_.position);
        switch (token_.kind) {
            case TokenKind::Number:
                expr->literal = Expr::LiteralKind::Number;
                expr->number = token_.number;
                expr->text = token_.text;
                advance();
                return expr;
            case TokenKind::String:
                expr->literal = Expr::LiteralKind::String;
                expr->text = token_.text;
                advance();
                return expr;
            case TokenKind::Name:
                return parse_path(std::move(expr));
            case TokenKind::Symbol:
                if (is_symbol("(")) {
                    advance();
                    ExprPtr inner = parse_or();
                    if (!inner)
                        return nullptr;
                    if (!is_symbol(")"))
                        return fail("expected ')'");
                    advance();
                    return inner;
                }
                return fail("unexpected '" + token_.text + "'");
            case TokenKind::End:
                return fail("the expression is empty or ends too early");
            case TokenKind::Error:
                return fail(token_.text);
        }
        return fail("unexpected token");
    }
    ExprPtr parse_path(ExprPtr expr) {
        if (token_.text == "true" || token_.text == "false") {
            expr->literal = Expr::LiteralKind::Bool;
            expr->boolean = token_.text == "true";
            advance();
            return expr;
        }
        if (token_.text == "null" || token_.text == "none") {
            advance();
            return expr;
        }
        if (token_.text == "and" || token_.text == "or" || token_.text == "not") {
            return fail("'" + token_.text + "' needs an operand before it");
        }
        expr->kind = Expr::Kind::Path;
        expr->path.push_back(token_.text);
        advance();
        while (true) {
            if (is_symbol(".")) {
                advance();
                if (token_.kind != TokenKind::Name && token_.kind != TokenKind::Number) {
                    return fail("a field name must follow '.'");
                }
                expr->path.push_back(token_.text);
                advance();
            } else if (is_symbol("[")) {
                advance();
                if (token_.kind != TokenKind::Number && token_.kind != TokenKind::String) {
                    return fail("an index or a quoted key must follow '['");
                }
                expr->path.push_back(token_.text);
                advance();
                if (!is_symbol("]"))
                    return fail("expected ']'");
                advance();
            } else {
                return expr;
            }
        }
    }

    Lexer lexer_;
    Token token_;
    std::size_t offset_;
    const LineIndex& lines_;
    Diagnostics& diagnostics_;
    bool failed_ = false;
};

}  // namespace

ExprPtr parse_expression(std::string_view source, std::size_t offset, const LineIndex& lines,
                         Diagnostics& diagnostics) {
    return Parser(source, offset, lines, diagnostics).parse();
}

Interpolated parse_interpolated(std::string_view source, std::size_t offset, const LineIndex& lines,
                                Diagnostics& diagnostics) {
    Interpolated result;
    std::size_t pos = 0;
    while (pos < source.size()) {
        const std::size_t open = source.find("{{", pos);
        if (open == std::string_view::npos) {
            TextPiece piece;
            piece.literal = std::string(source.substr(pos));
            piece.span = lines.span_at(offset + pos);
            result.pieces.push_back(std::move(piece));
            break;
        }
        if (open > pos) {
            TextPiece piece;
            piece.literal = std::string(source.substr(pos, open - pos));
            piece.span = lines.span_at(offset + pos);
            result.pieces.push_back(std::move(piece));
        }
        const std::size_t close = source.find("}}", open + 2);
        if (close == std::string_view::npos) {
            diagnostics.error("template.syntax", "'{{' without a closing '}}'",
                              lines.span_at(offset + open));
            break;
        }
        TextPiece piece;
        piece.span = lines.span_at(offset + open);
        piece.expr = parse_expression(source.substr(open + 2, close - open - 2), offset + open + 2,
                                      lines, diagnostics);
        if (piece.expr)
            result.pieces.push_back(std::move(piece));
        pos = close + 2;
    }
    return result;
}

std::string to_source(const Expr& expr) {
    switch (expr.kind) {
        case Expr::Kind::Literal:
            switch (expr.literal) {
                case Expr::LiteralKind::Null:
                    return "null";
                case Expr::LiteralKind::Bool:
                    return expr.boolean ? "true" : "false";
                case Expr::LiteralKind::Number:
                    return expr.text;
                case Expr::LiteralKind::String:
                    return "'" + expr.text + "'";
            }
            return {};
        case Expr::Kind::Path: {
            std::string out;
            for (const auto& step : expr.path)
                out += (out.empty() ? "" : ".") + step;
            return out;
        }
        case Expr::Kind::Filter: {
            std::string out = to_source(*expr.operands[0]) + " | " + expr.text;
            if (expr.operands.size() > 1) {
                out += "(";
                for (std::size_t i = 1; i < expr.operands.size(); ++i) {
                    out += (i > 1 ? ", " : "") + to_source(*expr.operands[i]);
                }
                out += ")";
            }
            return out;
        }
        case Expr::Kind::Not:
            return "not " + to_source(*expr.operands[0]);
        case Expr::Kind::And:
        case Expr::Kind::Or:
        case Expr::Kind::Compare:
            return "(" + to_source(*expr.operands[0]) + " " + expr.text + " " +
                   to_source(*expr.operands[1]) + ")";
    }
    return {};
}

}  // namespace nastavdoc::tmpl
