#include "engine/text/typography_fast_path.h"

#include "engine/text/apply_typography.h"
#include "engine/text/typography.h"
#include "tests/support/test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc::text {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void append_utf8(std::string& out, std::uint32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// The string literals of a JSON file, unescaped (\uXXXX of the BMP only: enough for the data).
void add_json_strings(const std::string& json, std::vector<std::string>& out) {
    for (std::size_t i = 0; i < json.size(); ++i) {
        if (json[i] != '"') {
            continue;
        }
        std::string value;
        for (++i; i < json.size() && json[i] != '"'; ++i) {
            if (json[i] != '\\' || i + 1 >= json.size()) {
                value += json[i];
                continue;
            }
            const char e = json[++i];
            switch (e) {
                case 'n':
                    value += '\n';
                    break;
                case 't':
                    value += '\t';
                    break;
                case 'r':
                    value += '\r';
                    break;
                case 'u':
                    if (i + 4 < json.size()) {
                        append_utf8(value, static_cast<std::uint32_t>(
                                               std::stoul(json.substr(i + 1, 4), nullptr, 16)));
                        i += 4;
                    }
                    break;
                default:
                    value += e;
                    break;
            }
        }
        out.push_back(std::move(value));
    }
}

// The text between the tags of an XML template, and its attribute values, split at '"'.
void add_xml_texts(const std::string& xml, std::vector<std::string>& out) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= xml.size(); ++i) {
        if (i == xml.size() || xml[i] == '<' || xml[i] == '>' || xml[i] == '"') {
            if (i > start) {
                out.push_back(xml.substr(start, i - start));
            }
            start = i + 1;
        }
    }
}

// Every string the project's data, templates and test tables hold, and each next to the
// following one (the joins of a paragraph's runs).
std::vector<std::string> corpus() {
    std::vector<std::string> strings;
    const fs::path root = nastavdoc::testing::source_dir();
    std::vector<fs::path> files;
    for (const fs::path& dir : {root / "data", root / "templates", root / "tests" / "golden",
                                root / "tests" / "unit" / "text" / "data"}) {
        if (!fs::exists(dir)) {
            continue;
        }
        for (const auto& entry : fs::recursive_directory_iterator(dir)) {
            if (entry.is_regular_file()) {
                files.push_back(entry.path());
            }
        }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
        const std::string ext = file.extension().string();
        if (ext == ".json") {
            add_json_strings(read_file(file), strings);
        } else if (ext == ".xml" && file.string().find("/expected/") == std::string::npos) {
            add_xml_texts(read_file(file), strings);
        } else if (ext == ".tsv") {
            std::istringstream lines(read_file(file));
            for (std::string line; std::getline(lines, line);) {
                std::size_t start = 0;
                for (std::size_t tab = line.find('\t');; tab = line.find('\t', start)) {
                    strings.push_back(line.substr(start, tab - start));
                    if (tab == std::string::npos) {
                        break;
                    }
                    start = tab + 1;
                }
            }
        }
    }
    std::sort(strings.begin(), strings.end());
    strings.erase(std::unique(strings.begin(), strings.end()), strings.end());
    const std::size_t n = strings.size();
    for (std::size_t k = 0; k + 1 < n; ++k) {
        strings.push_back(strings[k] + " " + strings[k + 1]);
        strings.push_back(strings[k] + strings[k + 1]);
    }
    return strings;
}

// Pieces that no rule reads and pieces that some rule does, glued at random.
constexpr std::string_view kPlainPieces[] = {"Иванов",      "Иван",     "Ивановна",
                                             "обучающийся", "группы",   "колледжа",
                                             "Соколова",    "Микитова", "преподаватель",
                                             "ПЕДАГОГ",     "Word",     "Mixed",
                                             "ёлка",        "ЁЖИК",     " ",
                                             " ",           " ",        ",",
                                             "-",           "(",        ")",
                                             "/",           ":",        ";",
                                             "!",           "?",        "1",
                                             "2023",        "412"};
constexpr std::string_view kRulePieces[] = {
    "в",         "В",        "и",          "бы",      "N",        "№",       "§",
    "XXI",       "IV",       "MDCL",       "век",     "течении",  "ТЕЧЕНИИ", "ТечениИ",
    "реки",      "года",     "г.",         "г",       "гг",       "руб",     "тыс",
    "мая",       "сентября", "сентябрь",   "педагог", "студент",  "ученик",  "приложение",
    "групп",     "ТМ",       "ПКС",        "ИНН",     "т",        "е",       ".",
    "..",        "...",      "--",         "–",       "—",        "\"",      "«",
    "»",         "„",        "“",          "”",       "'",        "’",       "  ",
    "\t",        "\n",       "\r",         "\u00A0",  "\u202F",   "\u2009",  "://",
    "@",         "www.",     "example.ru", "%",       "+7",       "(978)",   "802",
    "45",        "73",       "28",         "05",      "5",        "10000",   "\xD0",
    "\xFF",      "\xE2\x80", "Д.",         "В.",      "Колесник", "ул",      "кв",
    "д'Артаньян"};

// One example of each rewrite of normalize_strict, with each kind of space and quote it reads.
constexpr std::string_view kRewrites[] = {"«20» 11 2023 г.",
                                          "„20“\u00A011\u202F2023г.",
                                          "“5” 6\t2023",
                                          "\"5\" 6 2023 г.",
                                          "«23» августа",
                                          "\"23\" августа",
                                          "„3“\u202Fмая",
                                          "28 мая 2021 года",
                                          "28\u00A0мая\u00A02021\u00A0года",
                                          "28\u202Fмая\u202F2021\u202FГОДА",
                                          "28\tмая\t2021\tгода",
                                          "28.05.2021г.",
                                          "28.05.2021\u202Fг.",
                                          "5.6.2023\u00A0г. Далее",
                                          "2023-2024",
                                          "1.Издание",
                                          "(2.«Деятельность",
                                          "ученик-ученик",
                                          "Педагог-Студент",
                                          "в течении года",
                                          "В\u00A0ТЕЧЕНИИ",
                                          "в\u202Fтечении",
                                          "в\tТечении"};

std::vector<std::string> random_strings(std::size_t count) {
    std::mt19937 random(20231009);
    std::vector<std::string> out;
    out.reserve(count);
    for (std::size_t k = 0; k < count; ++k) {
        std::string text;
        const std::size_t pieces = 1 + random() % 12;
        for (std::size_t p = 0; p < pieces; ++p) {
            const auto pick = random() % 16;
            if (pick == 0) {
                text += kRewrites[random() % std::size(kRewrites)];
            } else if (pick <= 2) {
                text += kRulePieces[random() % std::size(kRulePieces)];
            } else {
                text += kPlainPieces[random() % std::size(kPlainPieces)];
            }
        }
        out.push_back(std::move(text));
    }
    for (const std::string_view rewrite : kRewrites) {
        out.emplace_back(rewrite);
        out.push_back("Иванов " + std::string(rewrite) + " Иван");
    }
    return out;
}

struct Counts {
    std::size_t total = 0;
    std::size_t normalize_skipped = 0;
    std::size_t typeset_skipped = 0;
    std::size_t unchanged = 0;  // may_change false, counted once per mode
};

// The scans only ever skip work: whatever they let through unchanged, the full passes leave
// unchanged too, and the public functions agree with the full passes everywhere.
Counts expect_same_as_full_passes(const std::vector<std::string>& strings) {
    Counts counts;
    for (const std::string& text : strings) {
        ++counts.total;
        std::vector<Normalisation> found;
        const std::string normalised = detail::normalize_strict_full(text, &found);
        if (!detail::may_normalize(text)) {
            ++counts.normalize_skipped;
            EXPECT_EQ(normalised, text) << "may_normalize skipped a rewrite";
            EXPECT_TRUE(found.empty()) << text;
        }
        EXPECT_EQ(normalize_strict(text), normalised) << text;
        if (!detail::may_typeset(text)) {
            ++counts.typeset_skipped;
            EXPECT_EQ(detail::typeset_full(text, TextMode::Strict), text)
                << "may_typeset skipped a rule (strict)";
            EXPECT_EQ(detail::typeset_full(text, TextMode::Verbatim), text)
                << "may_typeset skipped a rule (verbatim)";
        }
        for (const TextMode mode : {TextMode::Strict, TextMode::Verbatim}) {
            EXPECT_EQ(typeset(text, mode), detail::typeset_full(text, mode)) << text;
        }
        EXPECT_EQ(typeset_model_text(text, TextMode::Strict),
                  detail::typeset_full(normalised, TextMode::Strict))
            << text;
        EXPECT_EQ(typeset_model_text(text, TextMode::Verbatim),
                  detail::typeset_full(text, TextMode::Verbatim))
            << text;
        for (const TextMode mode : {TextMode::Strict, TextMode::Verbatim}) {
            if (!detail::may_change(text, mode)) {
                ++counts.unchanged;
                EXPECT_EQ(mode == TextMode::Strict
                              ? detail::typeset_full(normalised, TextMode::Strict)
                              : detail::typeset_full(text, TextMode::Verbatim),
                          text)
                    << "may_change skipped a rule";
            }
        }
    }
    return counts;
}

TEST(TypographyFastPathTest, AgreesWithTheFullPassesOnTheProjectsStrings) {
    const std::vector<std::string> strings = corpus();
    ASSERT_GT(strings.size(), 5000u);
    const Counts counts = expect_same_as_full_passes(strings);
    // The scans must also be worth having: most names and positions skip both passes.
    EXPECT_GT(counts.normalize_skipped, counts.total / 2);
    EXPECT_GT(counts.typeset_skipped, counts.total / 10);
}

TEST(TypographyFastPathTest, AgreesWithTheFullPassesOnRandomStrings) {
    const Counts counts = expect_same_as_full_passes(random_strings(40000));
    EXPECT_GT(counts.normalize_skipped, counts.total / 4);
    EXPECT_GT(counts.typeset_skipped, counts.total / 20);
}

TEST(TypographyFastPathTest, LetsPlainNamesThrough) {
    EXPECT_FALSE(detail::may_typeset("Соколова-Микитова Лариса Константиновна"));
    EXPECT_FALSE(detail::may_normalize("Соколова-Микитова Лариса Константиновна"));
    EXPECT_FALSE(detail::may_change("Соколова-Микитова Лариса Константиновна", TextMode::Strict));
    EXPECT_FALSE(detail::may_change("педагог-психолог", TextMode::Strict));
    EXPECT_TRUE(detail::may_change("педагог-студент", TextMode::Strict));
    EXPECT_FALSE(detail::may_change("педагог-студент", TextMode::Verbatim));
    EXPECT_FALSE(detail::may_typeset("412"));
    EXPECT_FALSE(detail::may_normalize("обучающийся группы ПКС-21"));
    EXPECT_TRUE(detail::may_typeset("обучающийся группы ПКС-21"));
    EXPECT_TRUE(detail::may_typeset("учитель и наставник"));
    EXPECT_TRUE(detail::may_typeset("Глава XXIV"));
    EXPECT_TRUE(detail::may_normalize("в ТЕЧЕНИИ года"));
    EXPECT_TRUE(detail::may_normalize("педагог-студент"));
}

TEST(ApplyTypographyCacheTest, RepeatedStringsComeOutTheSame) {
    model::Inlines first;
    model::append_text(first, "педагог - студент");
    model::Inlines second = first;
    apply_typography(first, TextMode::Strict);
    apply_typography(second, TextMode::Strict);
    EXPECT_EQ(model::plain_text(first), model::plain_text(second));
    EXPECT_EQ(model::plain_text(first), "педагог\u00A0– студент");
}

TEST(ApplyTypographyCacheTest, RunsWithInvalidBytesStillGetReplacementCharacters) {
    // The alignment of several runs writes U+FFFD for a byte that is not UTF-8, even when the
    // pass changes nothing else; a text that needs nothing keeps its runs as they are.
    model::Inlines inlines;
    model::append_text(inlines, "Иванов\xFF ");
    model::append_text(inlines, "Иван", model::CharStyle{.bold = true});
    apply_typography(inlines, TextMode::Strict);
    ASSERT_EQ(inlines.size(), 2u);
    EXPECT_EQ(inlines[0].text, "Иванов\uFFFD ");
    EXPECT_EQ(inlines[1].text, "Иван");

    model::Inlines plain;
    model::append_text(plain, "Иванов ");
    model::append_text(plain, "Иван", model::CharStyle{.bold = true});
    apply_typography(plain, TextMode::Strict);
    ASSERT_EQ(plain.size(), 2u);
    EXPECT_EQ(plain[0].text, "Иванов ");
    EXPECT_EQ(plain[1].text, "Иван");
}

}  // namespace
}  // namespace nastavdoc::text
