#include "engine/text/grammar.h"

#include <array>

namespace nastavdoc::text {

std::optional<Case> parse_case(std::string_view name) {
    struct Entry {
        std::string_view name;
        Case c;
    };
    static constexpr Entry kNames[] = {{"nom", Case::Nom}, {"gen", Case::Gen}, {"dat", Case::Dat},
                                       {"acc", Case::Acc}, {"ins", Case::Ins}, {"pre", Case::Pre},
                                       {"abl", Case::Ins}, {"loc", Case::Pre}, {"им", Case::Nom},
                                       {"род", Case::Gen}, {"дат", Case::Dat}, {"вин", Case::Acc},
                                       {"тв", Case::Ins},  {"пр", Case::Pre}};
    for (const Entry& entry : kNames) {
        if (entry.name == name) {
            return entry.c;
        }
    }
    return std::nullopt;
}

std::string_view case_name(Case c) {
    static constexpr std::array<std::string_view, kCaseCount> kNames = {"nom", "gen", "dat",
                                                                        "acc", "ins", "pre"};
    return kNames[static_cast<std::size_t>(c)];
}

}  // namespace nastavdoc::text
