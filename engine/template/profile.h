// Internal to template/. Profiles gost2016 and gost2025 as data (templates/profiles/*.json):
// page geometry, fonts, sizes, spacing and indents of documents.md part A. The template and the
// dataset's `profile` state only what differs.
#pragma once
#include "engine/base/diagnostics.h"
#include "engine/dataset/value.h"
#include "engine/model/document.h"

#include <filesystem>
#include <string>

namespace nastavdoc::tmpl {

struct Profile {
    std::string name = "gost2016";
    model::PageSetup portrait;
    model::PageSetup landscape;  // landscape sections: the binding margin goes to the top (A.2)
    model::StyleSheet styles;
    double grif_width_mm = 75;
    bool attachment_number_sign = false;  // «Приложение № 1» rather than «Приложение 1»
    std::string requisite_date = "num";  // date style in requisites and references
};

/// "gost2025" for documents dated on or after 2025-08-18 (ГОСТ Р 7.0.97-2025 in force), else
/// "gost2016"; `dataset_gost` ("2016", "2025") wins when given.
std::string choose_profile(std::string_view document_date, std::string_view dataset_gost);

/// Reads `<folder>/<name>.json`, then applies the dataset's profile (font, size_pt, margins_mm,
/// attachment_number_sign, hyphenation). Problems in the file are diagnostics located there.
Profile load_profile(const std::filesystem::path& folder, const std::string& name,
                     const dataset::Value* dataset_profile, Diagnostics& diagnostics);

}  // namespace nastavdoc::tmpl
