// `nastavdoc text …` end to end: the binary built beside this test, fed through a shell.
#include "tests/support/test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace nastavdoc::text {
namespace {

using nastavdoc::testing::CommandResult;
using nastavdoc::testing::run_command;
using nastavdoc::testing::show_nbsp;

class TextCommandTest : public ::testing::Test {
protected:
    void SetUp() override {
        binary_ = (nastavdoc::testing::binary_dir() / "nastavdoc").string();
        if (!std::filesystem::exists(binary_)) {
            GTEST_SKIP() << "the nastavdoc binary is not built: " << binary_;
        }
    }

    // Writes `input` to a file and runs `nastavdoc text <args> < file`.
    CommandResult run(const std::string& args, const std::string& input) {
        const auto path = std::filesystem::temp_directory_path() /
                          ("nastavdoc-text-command-" + std::to_string(::getpid()) + ".txt");
        std::ofstream(path, std::ios::binary) << input;
        // Braces, so that our stdin wins over the </dev/null run_command adds.
        CommandResult result =
            run_command("{ '" + binary_ + "' text " + args + " <'" + path.string() + "'; }");
        std::filesystem::remove(path);
        return result;
    }

    std::string binary_;
};

TEST_F(TextCommandTest, TypesetsLineByLine) {
    const CommandResult r = run("typeset", "Д.В. Колесник\n\nНаставничество - это технология\n");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(show_nbsp(r.out), "Д.В.~Колесник\n\nНаставничество~— это технология\n");
}

TEST_F(TextCommandTest, DeclinesNamesKeepingTheirForm) {
    const CommandResult r =
        run("decline --case gen", "Колесник Дмитрий Викторович\nД.В. Колесник\nБухардина З.М.\n");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "Колесника Дмитрия Викторовича\nД.В. Колесника\nБухардиной З.М.\n");
}

TEST_F(TextCommandTest, DeclinesPositions) {
    const CommandResult r = run("decline --case dat --kind position",
                                "заместитель директора по УВР\nпедагог-психолог\n");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "заместителю директора по УВР\nпедагогу-психологу\n");
}

TEST_F(TextCommandTest, Hyphenates) {
    const CommandResult r = run("hyphenate", "наставничество Колесник\n");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "на-став-ни-че-ство Колесник\n");
}

TEST_F(TextCommandTest, SpellsNumbers) {
    const CommandResult r = run("spell 21 --gender f", "");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "двадцать одна\n");
    const CommandResult g = run("spell 287 --gender f --case gen", "");
    EXPECT_EQ(g.out, "двухсот восьмидесяти семи\n");
    const CommandResult n = run("spell -5", "");
    EXPECT_EQ(n.out, "минус пять\n");
}

TEST_F(TextCommandTest, RejectsBadUsageWithExitCode2) {
    for (const std::string args :
         {"", "frobnicate", "decline", "decline --case xyz", "decline --case gen --kind cat",
          "spell", "spell abc", "spell 1 --gender x", "typeset extra", "typeset --bogus",
          "decline --case"}) {
        const CommandResult r = run(args, "");
        EXPECT_EQ(r.exit_code, 2) << args;
        EXPECT_FALSE(r.err.empty()) << args;
    }
}

TEST_F(TextCommandTest, ReportsInvalidUtf8WithItsLine) {
    const CommandResult r = run("typeset", "в школе\nплохо \xFF здесь\nв колледже\n");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("<stdin>:2:7"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("text.invalid-utf8"), std::string::npos) << r.err;
    EXPECT_EQ(show_nbsp(r.out), "в~школе\nплохо \xFF здесь\nв~колледже\n");
}

TEST_F(TextCommandTest, AnswersEveryLineEvenWithoutAFinalNewline) {
    const CommandResult r = run("decline --case ins", "Иванова Мария Петровна\r\nПетров П.П.");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "Ивановой Марией Петровной\nПетровым П.П.\n");
}

}  // namespace
}  // namespace nastavdoc::text
