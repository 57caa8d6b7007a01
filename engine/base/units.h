// Lengths. Layout works in points (1/72 inch); the profile and templates speak millimetres;
// DOCX speaks twentieths of a point (twips).
#pragma once

namespace nastavdoc {

inline constexpr double kPtPerMm = 72.0 / 25.4;

constexpr double mm_to_pt(double mm) {
    return mm * kPtPerMm;
}
constexpr double pt_to_mm(double pt) {
    return pt / kPtPerMm;
}
constexpr int pt_to_twips(double pt) {
    return static_cast<int>(pt * 20.0 + (pt >= 0 ? 0.5 : -0.5));
}
constexpr int mm_to_twips(double mm) {
    return pt_to_twips(mm_to_pt(mm));
}

}  // namespace nastavdoc
