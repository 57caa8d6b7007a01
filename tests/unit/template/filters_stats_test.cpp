// The statistics filters of engine/template/filters_stats.cpp over a small dataset with known
// answers: answers, tally, avg, at_least, share, percent, round, range and their diagnostics.
#include "engine/dataset/dataset.h"
#include "engine/template/evaluate.h"
#include "engine/template/expression.h"
#include "tests/support/test_support.h"

#include <gtest/gtest.h>

namespace nastavdoc::tmpl {
namespace {

constexpr std::string_view kData = R"({
  "schema": "nastavdoc/1",
  "organization": {"id": "org:t", "full_name": "Школа", "short_name": "Школа"},
  "people": [], "positions": [],
  "program": {"id": "prog:t", "title": "Программа", "period": {"from": "2023-09-01", "to": "2024-05-31"}},
  "surveys": [{"id": "srv:t", "catalog_id": "SRV-06", "title": "Анкета", "audience": "mentee", "wave": "final",
    "questions": [{"id": "q1", "text": "Оценка", "type": "scale", "scale": {"min": 1, "max": 5}},
                  {"id": "q2", "text": "Что помогло", "type": "multi", "options": ["a", "b", "c"]},
                  {"id": "q3", "text": "Продолжить", "type": "yes_no"},
                  {"id": "q4", "text": "Матрица", "type": "matrix", "items": ["x", "y"]}]}],
  "survey_responses": [
    {"id": "r:1", "survey": "srv:t", "date": "2024-05-01", "answers": {"q1": 5, "q2": ["a", "b"], "q3": "да", "q4": {"x": 4, "y": 2}}},
    {"id": "r:2", "survey": "srv:t", "date": "2024-05-02", "answers": {"q1": 4, "q2": ["b"], "q3": "нет", "q4": {"x": 5}}},
    {"id": "r:3", "survey": "srv:t", "date": "2024-05-03", "answers": {"q1": 2, "q3": "да"}},
    {"id": "r:4", "survey": "srv:t", "date": "2024-05-04", "answers": {"q2": ["c", "b"]}}
  ]
})";

class StatsFilterTest : public ::testing::Test {
protected:
    void SetUp() override {
        data_ = dataset::parse_dataset("t.json", std::string(kData), load_diagnostics_);
        ASSERT_NE(data_, nullptr);
        ASSERT_FALSE(load_diagnostics_.has_errors());
        evaluator_ = std::make_unique<Evaluator>(*data_, diagnostics_);
    }
    RValue eval(std::string_view source) {
        const LineIndex lines("t.xml", source);
        const ExprPtr expr = parse_expression(source, 0, lines, diagnostics_);
        EXPECT_NE(expr, nullptr) << source;
        return expr ? evaluator_->evaluate(*expr) : RValue{};
    }
    std::string text(std::string_view source) {
        const RValue value = eval(source);
        return testing::show_nbsp(evaluator_->to_text(value, SourceSpan{}));
    }
    double number(std::string_view source) {
        const RValue value = eval(source);
        EXPECT_EQ(value.kind, RValue::Kind::Number) << source;
        return value.number;
    }
    std::string first_code() const {
        return diagnostics_.items().empty() ? "" : diagnostics_.items()[0].code;
    }

    Diagnostics load_diagnostics_;
    Diagnostics diagnostics_;
    std::unique_ptr<dataset::Dataset> data_;
    std::unique_ptr<Evaluator> evaluator_;
};

TEST_F(StatsFilterTest, AnswersOfOneQuestionSkipResponsesWithoutIt) {
    EXPECT_EQ(number("survey_responses | answers('q1') | count"), 3);
    EXPECT_EQ(text("survey_responses | answers('q1') | join(' ')"), "5 4 2");
    // A question object works as well as its ID; a single response as well as a list.
    EXPECT_EQ(number("survey_responses | answers(surveys.0.questions.2) | count"), 3);
    EXPECT_EQ(text("survey_responses.1 | answers('q2') | flatten | join('; ')"), "b");
    // Several questions: all their answers together.
    EXPECT_EQ(number("survey_responses | answers(surveys.0.questions) | count"),
              11);  // 3 + 3 + 3 + 2
    // A matrix item.
    EXPECT_EQ(text("survey_responses | answers('q4', 'x') | join(' ')"), "4 5");
    EXPECT_EQ(number("survey_responses | answers('q4', 'y') | count"), 1);
    EXPECT_FALSE(diagnostics_.has_errors());
}

TEST_F(StatsFilterTest, TallyCountsValuesAndListsHoldingThem) {
    EXPECT_EQ(number("survey_responses | answers('q3') | tally('да')"), 2);
    EXPECT_EQ(number("survey_responses | answers('q2') | tally('b')"), 3);
    EXPECT_EQ(number("survey_responses | answers('q2') | tally('c')"), 1);
    EXPECT_EQ(number("survey_responses | answers('q1') | tally(4)"), 1);
    EXPECT_EQ(number("survey_responses | answers('q1') | tally('4')"), 1);  // typed as text
    EXPECT_EQ(number("survey_responses | answers('q1') | tally(3)"), 0);
    EXPECT_FALSE(diagnostics_.has_errors());
}

TEST_F(StatsFilterTest, MeanThresholdShareAndPercent) {
    EXPECT_NEAR(number("survey_responses | answers('q1') | avg"), 11.0 / 3.0, 1e-9);
    EXPECT_EQ(number("survey_responses | answers('q1') | at_least(4)"), 2);
    EXPECT_EQ(text("survey_responses | answers('q1') | avg | number(1)"), "3,7");
    EXPECT_NEAR(number("2 | share(3)"), 200.0 / 3.0, 1e-9);
    EXPECT_EQ(text("2 | share(3) | percent(1)"), "66,7~%");
    EXPECT_EQ(text("50 | percent"), "50~%");
    EXPECT_EQ(number("2.345 | round(2)"), 2.35);
    EXPECT_EQ(number("7.5 | round"), 8);
    // Nothing to average or share: absent, so default() can print a dash.
    EXPECT_EQ(text("survey_responses | answers('q9') | avg | default('—')"), "—");
    EXPECT_EQ(text("2 | share(0) | percent(1) | default('—')"), "—");
    EXPECT_FALSE(diagnostics_.has_errors());
}

TEST_F(StatsFilterTest, RangeListsWholeNumbers) {
    EXPECT_EQ(text("1 | range(5) | join(',')"), "1,2,3,4,5");
    EXPECT_EQ(
        number("surveys.0.questions.0.scale.min | range(surveys.0.questions.0.scale.max) | count"),
        5);
    EXPECT_EQ(number("3 | range(2) | count"), 0);
    EXPECT_FALSE(diagnostics_.has_errors());
    eval("1 | range(5000)");
    EXPECT_EQ(first_code(), "template.filter-argument");
}

TEST_F(StatsFilterTest, NumbersKeepNumericAnswers) {
    // An open question answered with numbers («8» as text) is counted, sorted and averaged.
    EXPECT_EQ(number("survey_responses | answers('q1') | numbers | count"), 3);
    EXPECT_EQ(number("survey_responses | answers('q3') | numbers | count"), 0);
    EXPECT_EQ(number("'8' | numbers | first"), 8);
    EXPECT_EQ(number("'7,5' | numbers | avg"), 7.5);
    EXPECT_EQ(number("'курс' | numbers | count"), 0);
}

TEST_F(StatsFilterTest, EndAddsAMarkOnlyWhereNoneIs) {
    // No «Н.И..» or «2023 г..» (filters.cpp end), list items in small letters (uncapitalize).
    EXPECT_EQ(text("'Ярошенко Н.И.' | end('.')"), "Ярошенко Н.И.");
    EXPECT_EQ(text("'декабрь 2023 г.' | end('.')"), "декабрь 2023 г.");
    EXPECT_EQ(text("'в течение года' | end('.')"), "в течение года.");
    EXPECT_EQ(text("'Что дальше?' | end('.')"), "Что дальше?");
    EXPECT_EQ(text("'адаптация в колледже.' | end(';')"), "адаптация в колледже;");
    EXPECT_EQ(text("'до мая 2024 г.' | end(';')"), "до мая 2024 г.;");
    EXPECT_EQ(text("'адаптация' | end(';')"), "адаптация;");
    EXPECT_EQ(text("'Освоить методику' | uncapitalize"), "освоить методику");
    EXPECT_EQ(text("'ОГЭ по математике' | uncapitalize"), "ОГЭ по математике");
}

TEST_F(StatsFilterTest, ReportsWrongInputAndArguments) {
    eval("survey_responses | answers('q2') | avg");
    EXPECT_EQ(first_code(), "template.type-error");  // lists of choices have no mean
    diagnostics_ = Diagnostics{};
    eval("survey_responses | tally");
    EXPECT_EQ(first_code(), "template.filter-argument");
    diagnostics_ = Diagnostics{};
    eval("'many' | percent");
    EXPECT_EQ(first_code(), "template.type-error");
    diagnostics_ = Diagnostics{};
    eval("5 | percent(9)");
    EXPECT_EQ(first_code(), "template.filter-argument");
    diagnostics_ = Diagnostics{};
    eval("surveys | avrg");
    EXPECT_EQ(first_code(), "template.unknown-filter");  // unknown names still reach filters.cpp
}

}  // namespace
}  // namespace nastavdoc::tmpl
