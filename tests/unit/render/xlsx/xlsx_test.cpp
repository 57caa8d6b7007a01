#include "engine/render/xlsx/xlsx.h"

#include "engine/base/diagnostics.h"
#include "engine/base/files.h"
#include "engine/render/xlsx/sheet_writer.h"
#include "engine/render/xlsx/write_options.h"
#include "tests/support/test_support.h"
#include "tests/unit/render/xlsx/sample_documents.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace nastavdoc::render::xlsx {
namespace {

namespace fs = std::filesystem;

// Where the workbooks go; tests/unit/render/xlsx/check_workbooks.py reads them back.
fs::path out_dir() {
    const fs::path dir = testing::binary_dir() / "xlsx_out";
    fs::create_directories(dir);
    return dir;
}

std::string part(const fs::path& file, const std::string& name) {
    const auto result = testing::run_command("unzip -p '" + file.string() + "' " + name);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result.out;
}

struct Sample {
    const char* file;
    model::Document (*make)();
    MemoryMode memory;
};

const Sample kSamples[] = {
    {"mentors.xlsx", samples::mentors_register, MemoryMode::InMemory},
    {"mentors_streamed.xlsx", samples::mentors_register, MemoryMode::Constant},
    {"pairs.xlsx", samples::pairs_register, MemoryMode::InMemory},
    {"pairs_streamed.xlsx", samples::pairs_register, MemoryMode::Constant},
    {"questionnaire.xlsx", samples::questionnaire, MemoryMode::Auto},
    {"report.xlsx", samples::report_with_charts, MemoryMode::Auto},
};

// Writes every sample workbook; the e2e checks (openpyxl, LibreOffice) run on these files.
TEST(XlsxSamples, WriteEveryWorkbook) {
    for (const auto& sample : kSamples) {
        const fs::path file = out_dir() / sample.file;
        fs::remove(file);
        write_xlsx(sample.make(), file, WriteOptions{sample.memory});
        EXPECT_TRUE(fs::exists(file)) << file;
        EXPECT_GT(fs::file_size(file), 4000u) << file;
    }
}

TEST(XlsxTest, SameDocumentSameBytes) {
    for (const auto& sample : kSamples) {
        const fs::path a = out_dir() / "twice_a.xlsx";
        const fs::path b = out_dir() / "twice_b.xlsx";
        write_xlsx(sample.make(), a, WriteOptions{sample.memory});
        write_xlsx(sample.make(), b, WriteOptions{sample.memory});
        EXPECT_EQ(read_file(a), read_file(b)) << sample.file;
    }
}

TEST(XlsxTest, CreationDateComesFromTheMetadataNotTheClock) {
    const fs::path file = out_dir() / "dated.xlsx";
    write_xlsx(samples::mentors_register(), file);
    const std::string core = part(file, "docProps/core.xml");
    EXPECT_NE(core.find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-10-01T00:00:00Z"),
              std::string::npos)
        << core;
    EXPECT_NE(core.find("<dc:title>Реестр наставников</dc:title>"), std::string::npos);
}

TEST(XlsxTest, NoCellIsEverAFormula) {
    for (const auto memory : {MemoryMode::InMemory, MemoryMode::Constant}) {
        const fs::path file = out_dir() / "injection.xlsx";
        write_xlsx(samples::mentors_register(), file, WriteOptions{memory});
        const std::string sheet = part(file, "xl/worksheets/sheet1.xml");
        EXPECT_EQ(sheet.find("<f>"), std::string::npos);
        const std::string strings =
            memory == MemoryMode::Constant ? sheet : part(file, "xl/sharedStrings.xml");
        EXPECT_NE(strings.find("<t>=1+1</t>"), std::string::npos);
        EXPECT_NE(strings.find("<t>@SUM(A1)</t>"), std::string::npos);
    }
}

TEST(XlsxTest, MergesSurviveConstantMemoryMode) {
    const fs::path file = out_dir() / "merges.xlsx";
    write_xlsx(samples::pairs_register(), file, WriteOptions{MemoryMode::Constant});
    const std::string sheet = part(file, "xl/worksheets/sheet1.xml");
    // Title, "по состоянию на", the table's caption, an empty row, then the table from row 5.
    for (const char* range : {"A5:A6", "B5:C5", "D5:D6", "E5:E6", "A7:A8", "B7:B8", "C7:C8"}) {
        EXPECT_NE(sheet.find(std::string("<mergeCell ref=\"") + range + "\"/>"), std::string::npos)
            << range << "\n"
            << sheet;
    }
    // The anchors of ranges over several rows keep their values.
    EXPECT_NE(sheet.find("<c r=\"A7\" s=\"5\"><v>1</v></c>"), std::string::npos) << sheet;
    EXPECT_NE(sheet.find("<t>Иванова Мария Петровна</t>"), std::string::npos);
    EXPECT_NE(sheet.find("<t>Наставник</t>"), std::string::npos);
}

TEST(XlsxTest, LargeTablesStreamAutomatically) {
    auto document = samples::base_document("Большой реестр");
    model::Table table;
    table.header_rows = 1;
    table.rows.push_back(samples::header_row({"№"}));
    for (std::size_t i = 0; i < kStreamingRows; ++i)
        table.rows.push_back(samples::row({}));
    document.sections.front().blocks.push_back(table);
    EXPECT_TRUE(wants_constant_memory(document, {}));
    EXPECT_FALSE(wants_constant_memory(samples::pairs_register(), {}));
    EXPECT_FALSE(wants_constant_memory(document, WriteOptions{MemoryMode::InMemory}));
}

TEST(XlsxTest, UnwritableOutputIsAnErrorNamingThePath) {
    const fs::path file = out_dir() / "no-such-dir" / "x.xlsx";
    try {
        write_xlsx(samples::mentors_register(), file);
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.diagnostic().code, "xlsx.write");
        EXPECT_NE(error.diagnostic().message.find(file.string()), std::string::npos)
            << error.diagnostic().message;
        EXPECT_EQ(error.diagnostic().span.file, file.string());
    }
    EXPECT_FALSE(fs::exists(file));
}

TEST(XlsxTest, FreezesOnlyAHeaderNearTheTop) {
    EXPECT_TRUE(freezes_header(1));
    EXPECT_TRUE(freezes_header(kMaxFrozenRows));
    EXPECT_FALSE(freezes_header(kMaxFrozenRows + 1));
    EXPECT_FALSE(freezes_header(31));
    EXPECT_FALSE(freezes_header(0));
    // A register under three title lines is frozen under its header (row 5)...
    const fs::path mentors = out_dir() / "frozen.xlsx";
    write_xlsx(samples::mentors_register(), mentors);
    EXPECT_NE(part(mentors, "xl/worksheets/sheet1.xml").find("<pane ySplit=\"5\""),
              std::string::npos);
    // ...a report whose charts push the table far down is not, but keeps its filter.
    const fs::path report = out_dir() / "unfrozen.xlsx";
    write_xlsx(samples::report_with_charts(), report);
    const std::string sheet = part(report, "xl/worksheets/sheet1.xml");
    EXPECT_EQ(sheet.find("<pane"), std::string::npos) << sheet;
    EXPECT_NE(sheet.find("<autoFilter"), std::string::npos);
}

TEST(XlsxTest, PercentagesAreNumbersWithAPercentFormat) {
    EXPECT_EQ(percent_format(0), "0%");
    EXPECT_EQ(percent_format(1), "0.0%");
    EXPECT_EQ(percent_format(2), "0.00%");
    for (const auto memory : {MemoryMode::InMemory, MemoryMode::Constant}) {
        const fs::path file = out_dir() / "percent.xlsx";
        write_xlsx(samples::report_with_charts(), file, WriteOptions{memory});
        const std::string sheet = part(file, "xl/worksheets/sheet1.xml");
        EXPECT_NE(sheet.find("<v>0.429</v>"), std::string::npos) << sheet;
        EXPECT_NE(sheet.find("<v>0.5</v>"), std::string::npos) << sheet;
        const std::string styles = part(file, "xl/styles.xml");
        EXPECT_NE(styles.find("formatCode=\"0.0%\""), std::string::npos) << styles;
    }
}

TEST(XlsxTest, InlineListsObeyExcelsLimits) {
    EXPECT_TRUE(fits_inline_list({"Да", "Нет"}));
    EXPECT_FALSE(fits_inline_list({"один, два"}));
    EXPECT_FALSE(fits_inline_list({std::string(256, 'a')}));
    EXPECT_TRUE(fits_inline_list({std::string(255, 'a')}));
}

}  // namespace
}  // namespace nastavdoc::render::xlsx
