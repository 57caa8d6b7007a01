// Internal to render/docx/.
// Small helpers over pugixml shared by the part writers: namespaces, numbers in twips and
// half-points written with std::to_chars, text cleaned of characters XML 1.0 cannot carry.
#pragma once
#include <pugixml.hpp>

#include <string>
#include <string_view>

namespace nastavdoc::render::docx {

inline constexpr const char* kWordNamespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kRelationshipsNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/// The XML declaration Word expects, as add_declaration writes it.
inline constexpr std::string_view kXmlDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

/// Adds the XML declaration Word expects (standalone="yes").
void add_declaration(pugi::xml_document& xml);
/// Serializes without indentation, UTF-8, no BOM.
std::string to_string(const pugi::xml_document& xml);

/// An integer as decimal text (std::to_chars: no locale).
std::string number_text(long value);
/// Millimetres as twips, rounded once.
std::string twips_text(double mm);
/// Points as twips (spacing before/after, exact line heights).
std::string pt_twips_text(double pt);
/// Points as half-points (w:sz), rounded to the nearest half-point.
std::string half_points_text(double pt);

/// Appends `<name w:val="value"/>`.
pugi::xml_node add_valued(pugi::xml_node parent, const char* name, std::string_view value);

/// Text as XML 1.0 may carry it: C0 controls (TAB and LF included; the caller handles those
/// first), DEL, C1 controls, U+FFFE/U+FFFF and ill-formed UTF-8 are dropped.
std::string clean_text(std::string_view text);

}  // namespace nastavdoc::render::docx
