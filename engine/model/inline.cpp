#include "engine/model/inline.h"

namespace nastavdoc::model {

std::string plain_text(const Inlines& inlines) {
    std::string out;
    for (const auto& item : inlines) {
        switch (item.kind) {
            case InlineKind::Text:
                out += item.text;
                break;
            case InlineKind::LineBreak:
                out += '\n';
                break;
            case InlineKind::Tab:
                out += '\t';
                break;
            case InlineKind::Checkbox:
                out += item.checked ? "\u2612" : "\u2610";
                break;
            case InlineKind::Blank:
                out += item.text.empty() ? std::string("________") : item.text;
                break;
        }
    }
    return out;
}

void append_text(Inlines& inlines, std::string_view text, const CharStyle& style) {
    if (text.empty())
        return;
    if (!inlines.empty() && inlines.back().kind == InlineKind::Text &&
        inlines.back().style == style) {
        inlines.back().text += text;
        return;
    }
    Inline run;
    run.text = std::string(text);
    run.style = style;
    inlines.push_back(std::move(run));
}

}  // namespace nastavdoc::model
