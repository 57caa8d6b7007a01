#include "engine/template/expression.h"

#include <gtest/gtest.h>

namespace nastavdoc::tmpl {
namespace {

std::string round_trip(std::string_view source, Diagnostics& diagnostics) {
    const LineIndex lines("t.xml", source);
    const ExprPtr expr = parse_expression(source, 0, lines, diagnostics);
    return expr ? to_source(*expr) : std::string("<error>");
}

TEST(ExpressionTest, ParsesPathsFiltersAndPrecedence) {
    Diagnostics diagnostics;
    EXPECT_EQ(round_trip("pair.mentor | name('ins', 'sur_ini')", diagnostics),
              "pair.mentor | name('ins', 'sur_ini')");
    EXPECT_EQ(round_trip("a and not b or c == 2", diagnostics), "((a and not b) or (c == 2))");
    EXPECT_EQ(round_trip("mentors.0.status", diagnostics), "mentors.0.status");
    EXPECT_EQ(round_trip("x | count >= 1", diagnostics), "(x | count >= 1)");
    EXPECT_FALSE(diagnostics.has_errors());
}

TEST(ExpressionTest, ReportsSyntaxErrorWithColumn) {
    Diagnostics diagnostics;
    EXPECT_EQ(round_trip("a | ", diagnostics), "<error>");
    ASSERT_EQ(diagnostics.items().size(), 1U);
    EXPECT_EQ(diagnostics.items()[0].code, "template.syntax");
    EXPECT_EQ(diagnostics.items()[0].span.column, 5);
}

TEST(ExpressionTest, SplitsInterpolatedText) {
    Diagnostics diagnostics;
    const std::string_view source = "от {{ order.date | date }} № {{ order.number }}";
    const LineIndex lines("t.xml", source);
    const Interpolated text = parse_interpolated(source, 0, lines, diagnostics);
    ASSERT_EQ(text.pieces.size(), 4U);
    EXPECT_EQ(text.pieces[0].literal, "от ");
    EXPECT_TRUE(text.pieces[1].expr != nullptr);
    EXPECT_FALSE(text.is_single_expression());
}

}  // namespace
}  // namespace nastavdoc::tmpl
