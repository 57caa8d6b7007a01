#include "engine/render/xlsx/sheet_plan.h"

#include "tests/unit/render/xlsx/sample_documents.h"

#include <gtest/gtest.h>

namespace nastavdoc::render::xlsx {
namespace {

TEST(SheetPlanTest, EachTableOpensASheetWithTheTextBeforeIt) {
    auto document = samples::base_document("Отчёт");
    auto& blocks = document.sections.front().blocks;
    blocks.push_back(samples::paragraph("до"));
    model::Table first;
    first.title = "Первая";
    blocks.push_back(first);
    blocks.push_back(model::PageBreak{});
    blocks.push_back(samples::paragraph("между"));
    blocks.push_back(model::Table{});
    blocks.push_back(samples::paragraph("после"));
    const auto plans = plan_sheets(document);
    ASSERT_EQ(plans.size(), 2u);
    EXPECT_EQ(plans[0].title, "Первая");
    ASSERT_EQ(plans[0].before.size(), 1u);
    EXPECT_TRUE(plans[0].after.empty());
    EXPECT_EQ(plans[1].title, "Отчёт");  // an untitled table is named after the document
    ASSERT_EQ(plans[1].before.size(), 1u);
    ASSERT_EQ(plans[1].after.size(), 1u);
    EXPECT_EQ(plans[1].page, &document.sections.front().page);
}

TEST(SheetPlanTest, DocumentWithoutTablesGetsOneSheetOfText) {
    auto document = samples::base_document("Приказ");
    document.sections.front().blocks.push_back(samples::paragraph("ПРИКАЗЫВАЮ:"));
    const auto plans = plan_sheets(document);
    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans[0].table, nullptr);
    EXPECT_EQ(plans[0].before.size(), 1u);
    EXPECT_EQ(plan_sheets(model::Document{}).size(), 1u);
}

}  // namespace
}  // namespace nastavdoc::render::xlsx
