#include "engine/base/utf8.h"
#include "engine/render/docx/body.h"
#include "engine/render/docx/xml.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace nastavdoc::render::docx {

namespace {

// Times New Roman has no ☐ and ☒; Word takes them from a symbol font.
constexpr std::string_view kSymbolFont = "Segoe UI Symbol";

// ECMA-376 17.3.2.28: w:rPr children in schema order.
void add_run_properties(XmlText& out, const model::CharStyle& style, const RunDefaults& defaults,
                        std::string_view font = {}) {
    const bool bold = style.bold || defaults.bold.value_or(false);
    const bool unbold = !bold && defaults.bold.has_value();
    const double size = style.size_pt > 0 ? style.size_pt : defaults.size_pt.value_or(0);
    if (font.empty() && !bold && !unbold && !style.italic && !style.underline && size <= 0)
        return;
    out += "<w:rPr>";
    if (!font.empty()) {
        out += "<w:rFonts w:ascii=\"";
        out += font;
        out += "\" w:hAnsi=\"";
        out += font;
        out += "\"/>";
    }
    if (bold)
        out += "<w:b/>";
    if (unbold)
        out += "<w:b w:val=\"0\"/>";
    if (style.italic)
        out += "<w:i/>";
    if (size > 0) {
        const long half_points = std::lround(size * 2.0);
        append_valued_number(out, "w:sz", half_points);
        append_valued_number(out, "w:szCs", half_points);
    }
    if (style.underline)
        out += "<w:u w:val=\"single\"/>";
    out += "</w:rPr>";
}

// A run is begun with its properties and ended by end_run; a run left without content is
// written `<w:r/>`, as a DOM serializer writes an empty element.
std::size_t begin_run(PartWriter& out, const model::CharStyle& style, const RunDefaults& defaults,
                      std::string_view font = {}) {
    out.xml += "<w:r>";
    const std::size_t content = out.xml.size();
    add_run_properties(out.xml, style, defaults, font);
    return content;
}

void end_run(PartWriter& out, std::size_t content) {
    if (out.xml.size() == content) {
        out.xml.back() = '/';
        out.xml += '>';
        return;
    }
    out.xml += "</w:r>";
}

// A run holding one empty element: w:tab, w:br.
void write_element_run(PartWriter& out, const model::CharStyle& style, const RunDefaults& defaults,
                       std::string_view element) {
    begin_run(out, style, defaults);
    out.xml += element;
    out.xml += "</w:r>";
}

// The w:t elements of a run: opened at the first character that is kept, closed at a w:tab or
// a hyphen element and at the end; xml:space="preserve" when the text starts or ends with a
// space (ECMA-376 17.3.3.31: otherwise readers drop edge spaces).
class TextElement {
public:
    explicit TextElement(XmlText& out) : out_(out) {}

    XmlText& open() {
        if (!is_open_) {
            tag_ = out_.size();
            out_ += "<w:t>";
            text_ = out_.size();
            is_open_ = true;
        }
        return out_;
    }
    void close() {
        if (!is_open_)
            return;
        is_open_ = false;
        if (out_[text_] == ' ' || out_.back() == ' ')
            out_.insert(tag_ + 4, " xml:space=\"preserve\"");
        out_ += "</w:t>";
        has_written_ = true;
    }
    /// Whether a w:t was written (the text of a run is "text" to the signature's keeping).
    bool has_written() const { return has_written_; }

private:
    XmlText& out_;
    bool is_open_ = false;
    bool has_written_ = false;
    std::size_t tag_ = 0;
    std::size_t text_ = 0;
};

bool is_xml_char(char32_t c) {
    if (c < 0x20)
        return false;  // C0 controls; TAB and LF are handled before
    if (c >= 0x7F && c <= 0x9F)
        return false;  // DEL and C1 controls
    return c != 0xFFFE && c != 0xFFFF;
}

// What a byte of run text starts, for the scan that copies text unchanged.
enum class ByteClass : unsigned char {
    Plain,   // printable ASCII other than & < >
    Lead2,   // C3..DF: a two-byte sequence (Cyrillic) whenever a continuation byte follows
    LeadC2,  // U+0080..U+00BF: C1 controls and the soft hyphen need a look
    LeadE2,  // U+2000..U+2FFF (dashes, №, quotes): only U+2011 needs a look
    Other,   // controls, markup characters, other sequences, stray bytes
};

constexpr std::array<ByteClass, 256> byte_classes() {
    std::array<ByteClass, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        ByteClass kind = ByteClass::Other;
        if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>')
            kind = ByteClass::Plain;
        else if (c >= 0xC3 && c <= 0xDF)
            kind = ByteClass::Lead2;
        else if (c == 0xC2)
            kind = ByteClass::LeadC2;
        else if (c == 0xE2)
            kind = ByteClass::LeadE2;
        classes[static_cast<std::size_t>(c)] = kind;
    }
    return classes;
}

constexpr std::array<ByteClass, 256> kByteClasses = byte_classes();

bool is_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// The end of the stretch from `pos` that goes into w:t unchanged: well-formed UTF-8 of
// characters XML carries, without & < > and the characters that become elements.
std::size_t plain_end(const unsigned char* bytes, std::size_t pos, std::size_t size) {
    while (pos < size) {
        const unsigned char c = bytes[pos];
        const ByteClass kind = kByteClasses[c];
        if (kind == ByteClass::Plain) {
            ++pos;
        } else if (kind == ByteClass::Lead2) {
            if (pos + 1 == size || !is_continuation(bytes[pos + 1]))
                break;
            pos += 2;
        } else if (kind == ByteClass::LeadC2) {
            // U+00A0..U+00BF (no-break space, «, ») but not U+00AD.
            if (pos + 1 == size || bytes[pos + 1] < 0xA0 || bytes[pos + 1] > 0xBF ||
                bytes[pos + 1] == 0xAD)
                break;
            pos += 2;
        } else if (kind == ByteClass::LeadE2) {
            if (pos + 2 >= size || !is_continuation(bytes[pos + 1]) ||
                !is_continuation(bytes[pos + 2]) ||
                (bytes[pos + 1] == 0x80 && bytes[pos + 2] == 0x91))
                break;
            pos += 3;
        } else {
            break;
        }
    }
    return pos;
}

void append_text_element(PartWriter& out, std::string_view text) {
    if (text.empty())
        return;
    TextElement element(out.xml);
    element.open() += text;  // underscores and ballot boxes: nothing to escape
    element.close();
    out.paragraph().has_text = true;
}

// Full-width underscores of TNR: about half an em each.
int underscore_count(double width_mm, double size_pt) {
    const double underscore_mm = size_pt * 0.5 * 25.4 / 72.0;
    return std::max(1, static_cast<int>(std::lround(width_mm / underscore_mm)));
}

void write_blank(PartWriter& out, const model::Inline& blank, const RunDefaults& defaults) {
    const double size =
        blank.style.size_pt > 0 ? blank.style.size_pt : defaults.size_pt.value_or(14);
    const double width = blank.width_mm > 0 ? blank.width_mm : 40;
    const std::size_t content = begin_run(out, blank.style, defaults);
    append_text_element(out,
                        std::string(static_cast<std::size_t>(underscore_count(width, size)), '_'));
    end_run(out, content);
    if (!blank.text.empty()) {
        // The caption of a blank («подпись», «дата») follows it in small type.
        model::CharStyle caption = blank.style;
        caption.size_pt = std::max(8.0, size - 4);
        write_text_run(out, " (" + blank.text + ")", caption, defaults);
    }
}

}  // namespace

void write_text_run(PartWriter& out, std::string_view text, const model::CharStyle& style,
                    const RunDefaults& defaults) {
    if (text.empty())
        return;
    const std::size_t content = begin_run(out, style, defaults);
    XmlText& xml = out.xml;
    TextElement element(xml);
    bool has_text = false;
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t pos = 0;
    while (pos < size) {
        const std::size_t start = pos;
        pos = plain_end(bytes, pos, size);
        if (pos > start)
            element.open().append(text.data() + start, pos - start);
        if (pos == size)
            break;
        const unsigned char c = bytes[pos];
        if (c == '\t') {
            element.close();
            xml += "<w:tab/>";
            has_text = true;
            ++pos;
        } else if (c == '\n' || c == '\r') {
            // Only the model's LineBreak makes a w:br; a stray newline in data is a space.
            element.open() += ' ';
            ++pos;
        } else if (c == '&') {
            element.open() += "&amp;";
            ++pos;
        } else if (c == '<') {
            element.open() += "&lt;";
            ++pos;
        } else if (c == '>') {
            element.open() += "&gt;";
            ++pos;
        } else if (c < 0x80) {
            ++pos;  // C0 controls and DEL are dropped
        } else {
            char32_t code_point = 0;
            const std::size_t length = utf8::decode(text, pos, code_point);
            if (length == 0) {
                ++pos;  // ill-formed UTF-8 is dropped byte by byte
            } else if (code_point == 0x2011) {
                element.close();
                xml += "<w:noBreakHyphen/>";
                pos += length;
            } else if (code_point == 0x00AD) {
                element.close();
                xml += "<w:softHyphen/>";
                pos += length;
            } else {
                if (is_xml_char(code_point))
                    element.open().append(text.data() + pos, length);
                pos += length;
            }
        }
    }
    element.close();
    if (has_text || element.has_written())
        out.paragraph().has_text = true;
    end_run(out, content);
}

void write_tab_run(PartWriter& out, const RunDefaults& defaults) {
    write_element_run(out, {}, defaults, "<w:tab/>");
    out.paragraph().has_text = true;
}

void write_inlines(PartWriter& out, const model::Inlines& inlines, const RunDefaults& defaults) {
    for (const auto& item : inlines) {
        switch (item.kind) {
            case model::InlineKind::Text:
                write_text_run(out, item.text, item.style, defaults);
                break;
            case model::InlineKind::LineBreak:
                write_element_run(out, item.style, defaults, "<w:br/>");
                break;
            case model::InlineKind::Tab:
                write_element_run(out, item.style, defaults, "<w:tab/>");
                out.paragraph().has_text = true;
                break;
            case model::InlineKind::Checkbox: {
                const std::size_t content = begin_run(out, item.style, defaults, kSymbolFont);
                append_text_element(out, item.checked ? "\u2612" : "\u2610");
                end_run(out, content);
                break;
            }
            case model::InlineKind::Blank:
                write_blank(out, item, defaults);
                break;
        }
    }
}

}  // namespace nastavdoc::render::docx
