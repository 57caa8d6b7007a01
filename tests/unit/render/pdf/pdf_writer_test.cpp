// The PDF writer checked with real readers: pdftotext gives the Cyrillic back, pdffonts shows only
// embedded subsets, qpdf --check passes, and the same input gives the same bytes.
#include "engine/base/files.h"
#include "engine/layout/layout.h"
#include "engine/render/pdf/pdf.h"
#include "tests/support/test_support.h"
#include "tests/unit/layout/sample_documents.h"

#include <gtest/gtest.h>

namespace nastavdoc::render::pdf {
namespace {

using nastavdoc::testing::binary_dir;
using nastavdoc::testing::run_command;

const fonts::FontBook& font_book() {
    static const fonts::FontBook book;
    return book;
}

std::filesystem::path output_path(const std::string& name) {
    const std::filesystem::path dir = binary_dir() / "test_output" / "pdf";
    std::filesystem::create_directories(dir);
    return dir / name;
}

std::filesystem::path render(const model::Document& document, const std::string& name) {
    Diagnostics diagnostics;
    const auto pages = layout::layout_document(document, font_book(), diagnostics);
    const std::filesystem::path path = output_path(name);
    write_pdf(pages, document.metadata, font_book(), path);
    return path;
}

std::string squeeze_spaces(std::string text) {
    std::string out;
    for (char c : text) {
        if (c == '\n' || c == '\f') {
            c = ' ';
        }
        if (c == ' ' && !out.empty() && out.back() == ' ') {
            continue;
        }
        out += c;
    }
    return out;
}

TEST(PdfWriterTest, PdftotextReturnsTheCyrillicText) {
    const auto path = render(samples::order_document(20), "order.pdf");
    const auto result = run_command("pdftotext -layout '" + path.string() + "' -");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string text = squeeze_spaces(result.out);
    EXPECT_NE(text.find("ПРИКАЗ"), std::string::npos) << text;
    EXPECT_NE(text.find("28.05.2021"), std::string::npos);
    EXPECT_NE(text.find("№ 287/п"), std::string::npos);
    EXPECT_NE(text.find("Д.В. Колесник"), std::string::npos);
    EXPECT_NE(text.find("О внедрении целевой модели наставничества обучающихся"),
              std::string::npos);
    EXPECT_NE(text.find("Список наставнических пар"), std::string::npos);
    EXPECT_NE(text.find("Фёдоров"), std::string::npos);
}

TEST(PdfWriterTest, PdffontsShowsOnlyEmbeddedSubsets) {
    const auto path = render(samples::order_document(20), "order_fonts.pdf");
    const auto result = run_command("pdffonts '" + path.string() + "'");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    int fonts = 0;
    std::size_t start = 0;
    int line_number = 0;
    while (start < result.out.size()) {
        std::size_t end = result.out.find('\n', start);
        if (end == std::string::npos)
            end = result.out.size();
        const std::string line = result.out.substr(start, end - start);
        start = end + 1;
        if (++line_number <= 2 || line.empty())
            continue;
        ++fonts;
        EXPECT_EQ(line[6], '+') << line;  // ABCDEF+Name: a subset
        EXPECT_NE(line.find("CID TrueType"), std::string::npos) << line;
        EXPECT_NE(line.find("yes yes yes"), std::string::npos) << line;  // emb sub uni
    }
    EXPECT_GE(fonts, 2) << result.out;
}

TEST(PdfWriterTest, QpdfCheckPasses) {
    for (const auto& [document, name] :
         {std::pair{samples::order_document(60), std::string("order_check.pdf")},
          std::pair{samples::consent_document(1), std::string("consent.pdf")},
          std::pair{samples::charts_document(), std::string("charts.pdf")}}) {
        const auto path = render(document, name);
        const auto result = run_command("qpdf --check '" + path.string() + "'");
        EXPECT_EQ(result.exit_code, 0) << name << "\n" << result.out << result.err;
    }
}

TEST(PdfWriterTest, InfoHasTitleAuthorDateAndLanguage) {
    const auto path = render(samples::order_document(2), "order_info.pdf");
    const auto info = run_command("pdfinfo '" + path.string() + "'");
    ASSERT_EQ(info.exit_code, 0) << info.err;
    EXPECT_NE(info.out.find("Author:          ГБПОУ РК «Керченский политехнический колледж»"),
              std::string::npos)
        << info.out;
    EXPECT_NE(info.out.find("Title:           Приказ от 28.05.2021"), std::string::npos);
    EXPECT_NE(info.out.find("2021"), std::string::npos);
    const std::string bytes = read_file(path);
    EXPECT_NE(bytes.find("/Lang(ru-RU)"), std::string::npos);
    EXPECT_NE(bytes.find("D:20210528000000Z"), std::string::npos);
}

TEST(PdfWriterTest, SameInputGivesSameBytes) {
    const auto first = render(samples::order_document(30), "same_1.pdf");
    const auto second = render(samples::order_document(30), "same_2.pdf");
    EXPECT_EQ(read_file(first), read_file(second));
}

TEST(PdfWriterTest, RubleSignComesFromTheFallbackFont) {
    model::Document document = samples::consent_document(0);
    document.sections.front().blocks.push_back(samples::paragraph(
        model::Role::Body, "Стоимость\u00A0\u2014 0\u00A0₽, 1\u20112"));
    const auto path = render(document, "ruble.pdf");
    const auto text = run_command("pdftotext '" + path.string() + "' -");
    EXPECT_NE(text.out.find("0 ₽"), std::string::npos) << text.out;
    const auto fonts = run_command("pdffonts '" + path.string() + "'");
    EXPECT_NE(fonts.out.find("PTSerif"), std::string::npos) << fonts.out;
}

TEST(PdfWriterTest, MergedFormsShareOneFile) {
    const std::filesystem::path path = output_path("forms.pdf");
    {
        PdfWriter writer(path, samples::consent_document(0).metadata, font_book());
        for (int i = 0; i < 20; ++i) {
            Diagnostics diagnostics;
            layout::layout_document(samples::consent_document(i), font_book(), diagnostics,
                                    [&writer](layout::Page&& page) { writer.add_page(page); });
        }
        writer.close();
    }
    const auto info = run_command("pdfinfo '" + path.string() + "'");
    EXPECT_NE(info.out.find("Pages:           20"), std::string::npos) << info.out;
    const auto check = run_command("qpdf --check '" + path.string() + "'");
    EXPECT_EQ(check.exit_code, 0) << check.out;
}

TEST(PdfWriterTest, RepeatedLinesAreSharedAndDrawTheSame) {
    // Lines that recur from form to form become form XObjects on their second use; each merged
    // page must still look and read exactly as the same form written alone.
    const std::filesystem::path merged = output_path("shared_forms.pdf");
    constexpr int kForms = 6;
    {
        PdfWriter writer(merged, samples::consent_document(0).metadata, font_book(), true);
        for (int i = 0; i < kForms; ++i) {
            Diagnostics diagnostics;
            layout::layout_document(samples::consent_document(i), font_book(), diagnostics,
                                    [&writer](layout::Page&& page) { writer.add_page(page); });
        }
        writer.close();
    }
    const std::string bytes = read_file(merged);
    EXPECT_NE(bytes.find("/Subtype/Form"), std::string::npos);
    EXPECT_NE(bytes.find("/XObject "), std::string::npos);
    EXPECT_NE(bytes.find("/Resources<</XObject "), std::string::npos);  // a block of lines
    const auto check = run_command("qpdf --check '" + merged.string() + "'");
    EXPECT_EQ(check.exit_code, 0) << check.out;
    const auto fonts = run_command("pdffonts '" + merged.string() + "'");
    EXPECT_EQ(fonts.out.find(" no "), std::string::npos) << fonts.out;  // all embedded subsets

    // A single document shares nothing: its repeats cost more as objects.
    EXPECT_EQ(read_file(render(samples::order_document(60), "unshared.pdf")).find("/Subtype/Form"),
              std::string::npos);

    for (const int i : {0, kForms - 1}) {
        const auto alone = render(samples::consent_document(i), "alone.pdf");
        const std::string page = std::to_string(i + 1);
        const auto text_alone = run_command("pdftotext -layout '" + alone.string() + "' -");
        const auto text_merged = run_command("pdftotext -layout -f " + page + " -l " + page + " '" +
                                             merged.string() + "' -");
        EXPECT_EQ(text_merged.out, text_alone.out) << "form " << i;
        const std::filesystem::path png = output_path("shared_form");
        ASSERT_EQ(run_command("pdftoppm -r 100 -gray '" + alone.string() + "' '" + png.string() +
                              "-alone'")
                      .exit_code,
                  0);
        ASSERT_EQ(run_command("pdftoppm -r 100 -gray -f " + page + " -l " + page + " '" +
                              merged.string() + "' '" + png.string() + "-merged'")
                      .exit_code,
                  0);
        const auto images = run_command("cmp '" + png.string() + "-alone-1.pgm' '" + png.string() +
                                        "-merged-" + page + ".pgm'");
        EXPECT_EQ(images.exit_code, 0) << "form " << i << ": " << images.out;
    }
}

}  // namespace
}  // namespace nastavdoc::render::pdf
