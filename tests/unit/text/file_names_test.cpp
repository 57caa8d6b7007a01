#include "engine/text/file_names.h"

#include <gtest/gtest.h>

namespace nastavdoc::text {
namespace {

TEST(FileNamesTest, TransliteratesNames) {
    EXPECT_EQ(safe_file_name("Колесник Д.В."), "Kolesnik_D_V");
    EXPECT_EQ(safe_file_name("Ёлкин Щукин Жуков"), "Elkin_Shchukin_Zhukov");
    EXPECT_EQ(safe_file_name("ЩУКИН"), "SHCHUKIN");
    EXPECT_EQ(safe_file_name("Объединение Юрьевич"), "Obedinenie_Yurevich");
    EXPECT_EQ(safe_file_name("Хабибуллина Цветана Чайковская"),
              "Khabibullina_Tsvetana_Chaykovskaya");
}

TEST(FileNamesTest, KeepsOnlySafeCharacters) {
    EXPECT_EQ(safe_file_name("Приказ № 287/п «Об утверждении»"), "Prikaz_No_287_p_Ob_utverzhdenii");
    EXPECT_EQ(safe_file_name("  педагог-психолог  "), "pedagog-psikholog");
    EXPECT_EQ(safe_file_name("Café 2023–2024"), "Cafe_2023-2024");
    EXPECT_EQ(safe_file_name("../../etc/passwd"), "etc_passwd");
}

TEST(FileNamesTest, IsNeverEmpty) {
    EXPECT_EQ(safe_file_name(""), "file");
    EXPECT_EQ(safe_file_name("«»"), "file");
    EXPECT_EQ(safe_file_name("---"), "file");
}

}  // namespace
}  // namespace nastavdoc::text
