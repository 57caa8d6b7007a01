// where() and having() over a long list look values up in an index built once per run
// (Evaluator::list_indexes); the answers must be those of a plain scan, in the list's order.
#include "engine/dataset/dataset.h"
#include "engine/template/evaluate.h"
#include "engine/template/expression.h"

#include <gtest/gtest.h>

#include <string>

namespace nastavdoc::tmpl {
namespace {

constexpr int kPairs = 60;

std::string make_data() {
    std::string pairs;
    for (int i = 0; i < kPairs; ++i) {
        pairs += std::string(i ? "," : "") + R"({"id": "pair:)" + std::to_string(i) +
                 R"(", "code": "c)" + std::to_string(i) + R"(", "mentor": "m)" +
                 std::to_string(i % 7) + R"(", "n": )" + std::to_string(i % 4) +
                 R"(, "mentees": ["e)" + std::to_string(i % 11) + R"(", "e)" +
                 std::to_string((i + 1) % 11) + R"("]})";
    }
    return R"({"schema": "nastavdoc/1", "people": [], "pairs": [)" + pairs + "]}";
}

class ListIndexTest : public ::testing::Test {
protected:
    void SetUp() override {
        data_ = dataset::parse_dataset("t.json", make_data(), load_diagnostics_);
        ASSERT_NE(data_, nullptr);
        evaluator_ = std::make_unique<Evaluator>(*data_, diagnostics_);
    }
    std::string text(std::string_view source) {
        const LineIndex lines("t.xml", source);
        const ExprPtr expr = parse_expression(source, 0, lines, diagnostics_);
        EXPECT_NE(expr, nullptr) << source;
        return expr ? evaluator_->to_text(evaluator_->evaluate(*expr), SourceSpan{}) : "";
    }
    static std::string ids(bool (*keep)(int)) {
        std::string out;
        for (int i = 0; i < kPairs; ++i) {
            if (keep(i)) {
                out += std::string(out.empty() ? "" : ",") + "c" + std::to_string(i);
            }
        }
        return out;
    }

    Diagnostics load_diagnostics_;
    Diagnostics diagnostics_;
    std::unique_ptr<dataset::Dataset> data_;
    std::unique_ptr<Evaluator> evaluator_;
};

TEST_F(ListIndexTest, WhereFindsEveryItemInOrder) {
    EXPECT_EQ(text("pairs | where('mentor', 'm3') | map('code') | join(',')"),
              ids([](int i) { return i % 7 == 3; }));
    // Asked again (from the index this time), and for a value no item has.
    EXPECT_EQ(text("pairs | where('mentor', 'm3') | count"), "9");
    EXPECT_EQ(text("pairs | where('mentor', 'nobody') | count"), "0");
    EXPECT_EQ(evaluator_->list_indexes().size(), 1u);
}

TEST_F(ListIndexTest, NumbersMatchTheirTextAsInAScan) {
    EXPECT_EQ(text("pairs | where('n', 2) | map('code') | join(',')"),
              ids([](int i) { return i % 4 == 2; }));
    EXPECT_EQ(text("pairs | where('n', '2') | count"), "15");
}

TEST_F(ListIndexTest, HavingLooksInsideListsOnce) {
    EXPECT_EQ(text("pairs | having('mentees', 'e5') | map('code') | join(',')"),
              ids([](int i) { return i % 11 == 5 || (i + 1) % 11 == 5; }));
}

TEST_F(ListIndexTest, ATemplateListIsIndexedToo) {
    EXPECT_EQ(text("pairs | sort('code') | where('mentor', 'm0') | count"), "9");
    EXPECT_FALSE(diagnostics_.has_errors());
}

TEST_F(ListIndexTest, UniqueKeepsTheFirstOfEqualItemsInOrder) {
    // unique() finds earlier equal items by match_key instead of comparing with every kept one.
    EXPECT_EQ(text("pairs | map('mentor') | unique | join(',')"), "m0,m1,m2,m3,m4,m5,m6");
    EXPECT_EQ(text("pairs | map('n') | unique | join(',')"), "0,1,2,3");
    EXPECT_EQ(text("pairs | unique | count"), "60");
    EXPECT_EQ(text("pairs | map('mentees') | flatten | unique | count"), "11");
    EXPECT_EQ(text("pairs | map('mentees') | unique | count"), "60");  // lists equal nothing
    EXPECT_FALSE(diagnostics_.has_errors());
}

}  // namespace
}  // namespace nastavdoc::tmpl
