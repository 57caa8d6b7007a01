#include "engine/dataset/json_parse.h"

#include <gtest/gtest.h>

#include <string>

namespace nastavdoc::dataset {
namespace {

struct Parsed {
    ValueArena arena;  // declared before the value that views it
    std::optional<Value> value;
    Diagnostics diagnostics;
};

Parsed parse(const std::string& text) {
    static std::string keep;
    keep = text;
    static std::unique_ptr<LineIndex> lines;
    lines = std::make_unique<LineIndex>("t.json", keep);
    Parsed parsed;
    parsed.value = parse_json(keep, *lines, parsed.diagnostics, parsed.arena);
    return parsed;
}

std::string first_message(const Parsed& parsed) {
    return parsed.diagnostics.items().empty() ? ""
                                              : format_diagnostic(parsed.diagnostics.items()[0]);
}

TEST(JsonParseTest, KeepsMemberOrderAndOffsets) {
    const Parsed parsed = parse("{\"b\": 1, \"a\": [true, null, \"ё\"]}");
    ASSERT_TRUE(parsed.value);
    ASSERT_EQ(parsed.value->members.size(), 2u);
    EXPECT_EQ(parsed.value->members[0].key, "b");
    EXPECT_EQ(parsed.value->members[1].value.items[2].text, "ё");
    EXPECT_EQ(parsed.value->members[1].value.offset, 14u);
}

TEST(JsonParseTest, LargeNestedTreeKeepsEveryValueAcrossArenaBlocks) {
    // 20,000 objects with nested arrays: children of inner values are copied into the arena
    // before their parents, across many arena blocks; every value must read back intact.
    std::string text = "[";
    for (int i = 0; i < 20000; ++i) {
        text += i == 0 ? "" : ",";
        text += "{\"id\": \"p:" + std::to_string(i) + "\", \"n\": " + std::to_string(i) +
                ", \"tags\": [\"a\\\"" + std::to_string(i) + "\", [" + std::to_string(i) +
                "]], \"e\": {}}";
    }
    text += "]";
    const Parsed parsed = parse(text);
    ASSERT_TRUE(parsed.value);
    ASSERT_EQ(parsed.value->items.size(), 20000u);
    for (int i = 0; i < 20000; i += 997) {
        const Value& item = parsed.value->items[static_cast<std::size_t>(i)];
        ASSERT_EQ(item.members.size(), 4u);
        EXPECT_EQ(item.string_or_empty("id"), "p:" + std::to_string(i));
        EXPECT_EQ(item.find("n")->number, i);
        const Value& tags = *item.find("tags");
        ASSERT_EQ(tags.items.size(), 2u);
        EXPECT_EQ(tags.items[0].text, "a\"" + std::to_string(i));
        EXPECT_EQ(tags.items[1].items[0].text, std::to_string(i));
        EXPECT_TRUE(item.find("e")->is_object());
        EXPECT_TRUE(item.find("e")->members.empty());
    }
    EXPECT_GT(parsed.arena.bytes_used(), 20000u * sizeof(Value));
}

TEST(JsonParseTest, DecodesEscapesAndSurrogatePairs) {
    const Parsed parsed = parse(R"(["\u0416\n\ud83d\ude00\/"])");
    ASSERT_TRUE(parsed.value);
    EXPECT_EQ(parsed.value->items[0].text, "Ж\n\xF0\x9F\x98\x80/");
}

TEST(JsonParseTest, ReportsLoneSurrogate) {
    EXPECT_EQ(first_message(parse(R"(["\udc00"])")),
              "t.json:1:3: error[json.bad-escape]: a lone low surrogate \\u escape is not a "
              "character");
}

TEST(JsonParseTest, ColumnsCountCharactersNotBytes) {
    EXPECT_EQ(first_message(parse("{\"ключ\": ?}")),
              "t.json:1:10: error[json.syntax]: expected a value, found '?'");
}

TEST(JsonParseTest, ReportsTruncation) {
    EXPECT_EQ(first_message(parse("{\"a\": [1, 2")),
              "t.json:1:12: error[json.truncated]: the file ends in the middle of the JSON "
              "(expected ',' or ']')");
}

TEST(JsonParseTest, KeepsNumbersExactAsText) {
    const Parsed parsed = parse("[12345678901234567890, -0.5e3, 0]");
    ASSERT_TRUE(parsed.value);
    EXPECT_EQ(parsed.value->items[0].text, "12345678901234567890");
    EXPECT_TRUE(parsed.value->items[0].is_integer);
    EXPECT_DOUBLE_EQ(parsed.value->items[1].number, -500.0);
    EXPECT_FALSE(parsed.value->items[1].is_integer);
}

TEST(JsonParseTest, RefusesLeadingZeros) {
    EXPECT_EQ(first_message(parse("[01]")),
              "t.json:1:3: error[json.bad-number]: numbers may not have leading zeros");
}

TEST(JsonParseTest, StopsDeepNestingWithoutRecursingFurther) {
    const std::string deep(100000, '[');
    EXPECT_EQ(first_message(parse(deep)),
              "t.json:1:257: error[json.too-deep]: arrays and objects are nested deeper than 256 "
              "levels");
}

TEST(JsonParseTest, ReportsDuplicateKeyAndKeepsTheFirst) {
    const Parsed parsed = parse("{\"a\": 1,\n \"a\": 2}");
    ASSERT_TRUE(parsed.value);
    EXPECT_EQ(parsed.value->find("a")->text, "1");
    EXPECT_EQ(first_message(parsed),
              "t.json:2:2: error[json.duplicate-key]: duplicate key 'a'; the first is at line 1, "
              "column 2");
}

TEST(JsonParseTest, ReportsDuplicateKeysOfALargeObject) {
    std::string text = "{";
    for (int i = 0; i < 40; ++i)
        text += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ",\n";
    text += "\"k3\": 0, \"k39\": 0, \"k40\": 40, \"k40\": 0}";
    const Parsed parsed = parse(text);
    ASSERT_TRUE(parsed.value);
    EXPECT_EQ(parsed.value->members.size(), 41U);
    EXPECT_EQ(parsed.value->find("k40")->text, "40");
    ASSERT_EQ(parsed.diagnostics.items().size(), 3U);
    EXPECT_EQ(format_diagnostic(parsed.diagnostics.items()[0]),
              "t.json:41:1: error[json.duplicate-key]: duplicate key 'k3'; the first is at line 4, "
              "column 1");
    EXPECT_EQ(parsed.diagnostics.items()[1].message,
              "duplicate key 'k39'; the first is at line 40, column 1");
    EXPECT_EQ(parsed.diagnostics.items()[2].message,
              "duplicate key 'k40'; the first is at line 41, column 20");
}

TEST(JsonParseTest, RefusesComments) {
    EXPECT_EQ(first_message(parse("{// note\n}")),
              "t.json:1:2: error[json.comment]: comments are not allowed in JSON");
}

TEST(JsonParseTest, ValidUtf8OfEveryLengthReadsBack) {
    const Parsed parsed =
        parse("[\"ab\xD0\x81\xD1\x91 \xE2\x80\x91\xE2\x82\xBD \xF0\x9F\x98\x80!\"]");
    ASSERT_TRUE(parsed.value) << first_message(parsed);
    EXPECT_EQ(parsed.value->items[0].text, "abЁё \u2011₽ \xF0\x9F\x98\x80!");
}

TEST(JsonParseTest, InvalidUtf8InAStringIsReportedAtItsByte) {
    // A duplicate key before the bad byte is not reported: the file is refused as a whole.
    const Parsed parsed = parse("{\"a\": 1, \"a\": 2, \"b\": \"Ив\xD0\x28нов\"}");
    EXPECT_FALSE(parsed.value);
    ASSERT_EQ(parsed.diagnostics.items().size(), 1u);
    EXPECT_EQ(parsed.diagnostics.items()[0].code, "json.invalid-utf8");
    EXPECT_NE(parsed.diagnostics.items()[0].message.find("0xD0"), std::string::npos);
    EXPECT_EQ(parsed.diagnostics.items()[0].span.column, 26u);  // columns count characters
}

TEST(JsonParseTest, InvalidUtf8AnywhereWinsOverASyntaxErrorBeforeIt) {
    // The syntax error (a bare word) comes first, the bad byte later, in a string: as when the
    // encoding was checked before parsing, the encoding is what is reported.
    const Parsed parsed = parse("[bad, \"\xFF\"]");
    EXPECT_FALSE(parsed.value);
    ASSERT_EQ(parsed.diagnostics.items().size(), 1u);
    EXPECT_EQ(parsed.diagnostics.items()[0].code, "json.invalid-utf8");
    EXPECT_NE(parsed.diagnostics.items()[0].message.find("0xFF"), std::string::npos);
}

TEST(JsonParseTest, OverlongAndSurrogateEncodingsAreInvalid) {
    for (const std::string bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80"}) {
        const Parsed parsed = parse("[\"x" + bad + "\"]");
        EXPECT_FALSE(parsed.value);
        ASSERT_FALSE(parsed.diagnostics.items().empty());
        EXPECT_EQ(parsed.diagnostics.items()[0].code, "json.invalid-utf8");
    }
}

}  // namespace
}  // namespace nastavdoc::dataset
