#include "engine/text/names.h"

#include "engine/base/utf8.h"
#include "engine/text/name_rules.h"
#include "engine/text/word_forms.h"

#include <array>

namespace nastavdoc::text {

namespace {

using detail::ends_with;
using detail::LowerWord;

constexpr std::string_view kNbsp = "\xC2\xA0";

// Words written in lower case inside a name: particles of a surname and Turkic patronymics.
bool is_patronymic_word(std::string_view lower) {
    return lower == "оглы" || lower == "улы" || lower == "кызы" || lower == "гызы";
}

// Particles of foreign surnames and Turkic patronymics: never declined.
bool is_particle(std::string_view lower) {
    static constexpr std::string_view kParticles[] = {
        "аль", "бен", "бин", "ван", "да",  "де",  "дел",  "дель", "дер",  "ди",
        "дю",  "ибн", "ла",  "ле",  "фон", "эль", "оглы", "улы",  "кызы", "гызы"};
    for (const std::string_view p : kParticles) {
        if (p == lower) {
            return true;
        }
    }
    return false;
}

bool looks_like_patronymic(std::string_view word) {
    const LowerWord lower(word);
    const std::string_view w = lower.view();
    return detail::char_count(w) > 4 &&
           (ends_with(w, "вич") || ends_with(w, "ьич") || ends_with(w, "мич") ||
            ends_with(w, "вна") || ends_with(w, "чна") || is_patronymic_word(w));
}

bool is_initial(std::string_view token) {
    const char32_t first = detail::first_char(token);
    if (first == 0 || !(detail::is_cyrillic_upper(first) || (first >= 'A' && first <= 'Z'))) {
        return false;
    }
    const std::size_t first_len = first < 0x80 ? 1 : 2;
    return token.size() == first_len || (token.size() == first_len + 1 && token.back() == '.');
}

// Space, tab, U+00A0 and U+202F separate the words of a name.
std::size_t space_length(std::string_view text, std::size_t i) {
    if (text[i] == ' ' || text[i] == '\t') {
        return 1;
    }
    if (text.compare(i, 2, kNbsp) == 0) {
        return 2;
    }
    if (text.compare(i, 3, "\xE2\x80\xAF") == 0) {
        return 3;
    }
    return 0;
}

struct Token {
    std::size_t begin = 0, end = 0;
    bool initial = false;
};

constexpr std::size_t kMaxTokens = 8;

struct Tokens {
    std::array<Token, kMaxTokens> items;
    std::size_t size = 0;
    bool overflow = false;
    void push(Token token) {
        if (size == kMaxTokens) {
            overflow = true;
            return;
        }
        items[size++] = token;
    }
};

// Splits on spaces and after the period of an initial that runs into the next word (Д.В.Колесник).
Tokens tokenize(std::string_view text) {
    Tokens tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        if (const std::size_t n = space_length(text, i); n > 0) {
            i += n;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && space_length(text, end) == 0) {
            ++end;
        }
        std::size_t start = i;
        for (std::size_t k = i; k < end; ++k) {
            if (text[k] == '.' && k + 1 < end && is_initial(text.substr(start, k + 1 - start))) {
                tokens.push({start, k + 1, true});
                start = k + 1;
            }
        }
        if (start < end) {
            const std::string_view rest = text.substr(start, end - start);
            tokens.push({start, end, is_initial(rest)});
        }
        i = end;
    }
    return tokens;
}

enum class Role : std::uint8_t { Last, First, Middle };

// Assigns a role to every token; false when the tokens do not make a name.
bool assign_roles(std::string_view text, const Tokens& tokens,
                  std::array<Role, kMaxTokens>& roles) {
    if (tokens.size == 0 || tokens.overflow) {
        return false;
    }
    // Lower-case particles follow their word: «оглы» the patronymic, «фон», «де» the surname.
    std::array<std::size_t, kMaxTokens> words{};
    std::size_t word_count = 0;
    std::size_t initial_count = 0;
    for (std::size_t i = 0; i < tokens.size; ++i) {
        const Token& t = tokens.items[i];
        const std::string_view token = text.substr(t.begin, t.end - t.begin);
        const bool particle = !t.initial && is_particle(LowerWord(token).view());
        if (t.initial) {
            ++initial_count;
        } else if (!particle) {
            words[word_count++] = i;
        }
    }
    if (word_count == 0 || initial_count > 2) {
        return false;
    }
    std::array<Role, kMaxTokens> word_roles{};
    if (initial_count > 0) {
        if (word_count > 1) {
            return false;
        }
        word_roles[0] = Role::Last;
    } else {
        const auto word = [&](std::size_t k) {
            const Token& t = tokens.items[words[k]];
            return text.substr(t.begin, t.end - t.begin);
        };
        const auto known_first = [&](std::size_t k) {
            return detail::is_common_first_name(LowerWord(word(k)).view());
        };
        if (word_count == 3) {
            const bool second = looks_like_patronymic(word(1));
            const bool third = looks_like_patronymic(word(2));
            const bool first_first = second && (!third || known_first(0));
            word_roles = first_first
                             ? std::array<Role, kMaxTokens>{Role::First, Role::Middle, Role::Last}
                             : std::array<Role, kMaxTokens>{Role::Last, Role::First, Role::Middle};
        } else if (word_count == 2) {
            if (looks_like_patronymic(word(1))) {
                word_roles[0] = Role::First;
                word_roles[1] = Role::Middle;
            } else if (known_first(0) && !known_first(1)) {
                word_roles[0] = Role::First;
                word_roles[1] = Role::Last;
            } else {
                word_roles[0] = Role::Last;
                word_roles[1] = Role::First;
            }
        } else if (word_count == 1) {
            word_roles[0] = known_first(0) ? Role::First : Role::Last;
        } else {
            return false;
        }
    }
    // Spread the roles to particles and initials.
    std::size_t next_word = 0;
    std::size_t initials_seen = 0;
    for (std::size_t i = 0; i < tokens.size; ++i) {
        const Token& t = tokens.items[i];
        if (t.initial) {
            roles[i] = initials_seen++ == 0 ? Role::First : Role::Middle;
        } else if (next_word < word_count && words[next_word] == i) {
            roles[i] = word_roles[next_word++];
        } else {
            const std::string_view token = text.substr(t.begin, t.end - t.begin);
            const bool goes_back = is_patronymic_word(LowerWord(token).view());
            if (goes_back && next_word > 0) {
                roles[i] = word_roles[next_word - 1];
            } else if (next_word < word_count) {
                roles[i] = word_roles[next_word];
            } else if (next_word > 0) {
                roles[i] = word_roles[next_word - 1];
            } else {
                return false;
            }
        }
    }
    return true;
}

void append_part(std::string& part, std::string_view token, bool initial) {
    if (!part.empty() && !(initial && part.back() == '.')) {
        part += ' ';
    }
    part.append(token);
}

std::string_view initial_of(std::string_view part, std::string& storage) {
    storage.clear();
    const char32_t c = detail::first_char(part);
    if (c == 0) {
        return {};
    }
    utf8::append(storage, detail::to_upper_char(c));
    storage += '.';
    return storage;
}

// Declines one word (no spaces, maybe hyphens); the caller handles particles.
void decline_word(std::string& out, std::string_view word, NamePart part, Gender gender, Case c) {
    if (c == Case::Nom || word.empty() || word.back() == '.' || is_initial(word)) {
        out.append(word);
        return;
    }
    // The rules look at endings and at whole words of a few letters: 32 bytes are enough.
    const LowerWord lower(word, 32);
    if (lower.view().size() <= 8 && is_particle(lower.view())) {
        out.append(word);
        return;
    }
    const detail::NameRule* rule = detail::find_name_rule(part, gender, lower.view());
    if (rule == nullptr || (rule->whole && lower.view().size() != word.size())) {
        out.append(word);
        return;
    }
    detail::apply_mod(out, word, rule->mods[static_cast<std::size_t>(c) - 1]);
}

void decline_part_into(std::string& out, std::string_view text, NamePart part, Gender gender,
                       Case c) {
    // A Turkic patronymic (Ахмед оглы) is not declined in official Russian usage.
    if (part == NamePart::Middle && text.find(' ') != std::string_view::npos) {
        out.append(text);
        return;
    }
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool boundary =
            i == text.size() || text[i] == ' ' || (text[i] == '-' && part != NamePart::Middle);
        if (!boundary) {
            continue;
        }
        decline_word(out, text.substr(start, i - start), part, gender, c);
        if (i < text.size()) {
            out += text[i];
        }
        start = i + 1;
    }
}

}  // namespace

std::optional<PersonName> parse_name(std::string_view fio) {
    const Tokens tokens = tokenize(fio);
    std::array<Role, kMaxTokens> roles{};
    if (!assign_roles(fio, tokens, roles)) {
        return std::nullopt;
    }
    PersonName name;
    for (std::size_t i = 0; i < tokens.size; ++i) {
        const Token& t = tokens.items[i];
        std::string_view token = fio.substr(t.begin, t.end - t.begin);
        std::string* part = roles[i] == Role::Last    ? &name.last
                            : roles[i] == Role::First ? &name.first
                                                      : &name.middle;
        std::string initial;
        if (t.initial && token.back() != '.') {
            initial.append(token);
            initial += '.';
            token = initial;
        }
        append_part(*part, token, t.initial);
    }
    name.gender = infer_gender(name);
    return name;
}

namespace {

// The gender from the patronymic, then the first name, then the surname's ending.
Gender infer_gender_from(std::string_view last, std::string_view first, std::string_view middle) {
    if (!middle.empty() && !is_initial(middle)) {
        const LowerWord lower_middle(middle, 12);
        const std::string_view m = lower_middle.view();
        if (ends_with(m, "ич") || ends_with(m, "оглы") || ends_with(m, "улы")) {
            return Gender::Male;
        }
        if (ends_with(m, "на") || ends_with(m, "кызы") || ends_with(m, "гызы")) {
            return Gender::Female;
        }
    }
    if (!first.empty() && !is_initial(first)) {
        const LowerWord lower_first(first);
        std::string_view f = lower_first.view();
        if (const std::size_t hyphen = f.find('-'); hyphen != std::string_view::npos) {
            f = f.substr(0, hyphen);
        }
        if (const Gender g = detail::first_name_gender(f); g != Gender::Unknown) {
            return g;
        }
    }
    if (!last.empty()) {
        const LowerWord lower_last(last, 24);
        std::string_view l = lower_last.view();
        if (const std::size_t hyphen = l.rfind('-'); hyphen != std::string_view::npos) {
            l = l.substr(hyphen + 1);
        }
        if (detail::char_count(l) > 3) {
            for (const std::string_view e : {"ова", "ева", "ёва", "ина", "ына", "ая", "яя"}) {
                if (ends_with(l, e)) {
                    return Gender::Female;
                }
            }
            for (const std::string_view e : {"ов", "ев", "ёв", "ин", "ын", "ий", "ый", "ой"}) {
                if (ends_with(l, e)) {
                    return Gender::Male;
                }
            }
        }
    }
    return Gender::Unknown;
}

}  // namespace

Gender infer_gender(const PersonName& name) {
    if (name.gender != Gender::Unknown) {
        return name.gender;
    }
    return infer_gender_from(name.last, name.first, name.middle);
}

std::string decline_name_part(std::string_view word, NamePart part, Gender gender, Case c) {
    std::string out;
    out.reserve(word.size() + 6);
    decline_part_into(out, word, part, gender, c);
    return out;
}

PersonName decline_name(const PersonName& name, Case c) {
    PersonName out;
    out.gender = infer_gender(name);
    const Gender g = out.gender == Gender::Unknown ? Gender::Male : out.gender;
    out.last.reserve(name.last.size() + 6);
    out.first.reserve(name.first.size() + 6);
    out.middle.reserve(name.middle.size() + 6);
    decline_part_into(out.last, name.last, NamePart::Last, g, c);
    decline_part_into(out.first, name.first, NamePart::First, g, c);
    decline_part_into(out.middle, name.middle, NamePart::Middle, g, c);
    return out;
}

PersonName decline_name(const PersonName& name, Case c, const PersonName& stored) {
    PersonName out = decline_name(name, c);
    for (auto [part, form] :
         {std::pair{&out.last, &stored.last}, std::pair{&out.first, &stored.first},
          std::pair{&out.middle, &stored.middle}}) {
        if (!form->empty()) {
            *part = *form;
        }
    }
    return out;
}

std::string format_name(const PersonName& name, NameFormat format) {
    const bool has_full_first = !name.first.empty() && !is_initial(name.first);
    if (format == NameFormat::Full && (has_full_first || name.first.empty())) {
        std::string out = name.last;
        for (const std::string* part : {&name.first, &name.middle}) {
            if (!part->empty()) {
                if (!out.empty()) {
                    out += ' ';
                }
                out += *part;
            }
        }
        return out;
    }
    std::string initials;
    std::string storage;
    initials.append(initial_of(name.first, storage));
    initials.append(initial_of(name.middle, storage));
    if (initials.empty() || name.last.empty()) {
        return name.last.empty() ? initials : name.last;
    }
    if (format == NameFormat::InitialsSurname) {
        return initials + std::string(kNbsp) + name.last;
    }
    return name.last + std::string(kNbsp) + initials;
}

std::optional<std::string> decline_written_name(std::string_view fio, Case c, Gender gender) {
    const Tokens tokens = tokenize(fio);
    std::array<Role, kMaxTokens> roles{};
    if (!assign_roles(fio, tokens, roles)) {
        return std::nullopt;
    }
    if (gender == Gender::Unknown) {
        // The main word of each part (particles and a Turkic «оглы» aside) tells the gender.
        std::array<std::string_view, 3> parts{};
        for (std::size_t i = 0; i < tokens.size; ++i) {
            const Token& t = tokens.items[i];
            const std::string_view token = fio.substr(t.begin, t.end - t.begin);
            std::string_view& part = parts[static_cast<std::size_t>(roles[i])];
            if (part.empty() || is_patronymic_word(LowerWord(token, 12).view())) {
                part = token;
            }
        }
        gender = infer_gender_from(parts[static_cast<std::size_t>(Role::Last)],
                                   parts[static_cast<std::size_t>(Role::First)],
                                   parts[static_cast<std::size_t>(Role::Middle)]);
    }
    if (gender == Gender::Unknown) {
        gender = Gender::Male;
    }
    // A Turkic patronymic (Ахмед оглы) stays as it is, both words.
    bool turkic_middle = false;
    for (std::size_t i = 0; i < tokens.size; ++i) {
        const Token& t = tokens.items[i];
        turkic_middle = turkic_middle ||
                        is_patronymic_word(LowerWord(fio.substr(t.begin, t.end - t.begin)).view());
    }
    std::string out;
    out.reserve(fio.size() + 12);
    std::size_t copied = 0;
    for (std::size_t i = 0; i < tokens.size; ++i) {
        const Token& t = tokens.items[i];
        out.append(fio.substr(copied, t.begin - copied));
        const NamePart part = roles[i] == Role::Last    ? NamePart::Last
                              : roles[i] == Role::First ? NamePart::First
                                                        : NamePart::Middle;
        const std::string_view token = fio.substr(t.begin, t.end - t.begin);
        if (part == NamePart::Middle && turkic_middle) {
            out.append(token);
            copied = t.end;
            continue;
        }
        decline_part_into(out, token, part, gender, c);
        copied = t.end;
    }
    out.append(fio.substr(copied));
    return out;
}

bool is_proper_name(std::string_view word) {
    const char32_t first = detail::first_char(word);
    if (!(detail::is_cyrillic_upper(first) || (first >= 'A' && first <= 'Z'))) {
        return false;
    }
    bool has_lower = false;
    for (std::size_t i = first < 0x80 ? 1 : 2; i < word.size();) {
        char32_t c = 0;
        const std::size_t n = utf8::decode(word, i, c);
        if (n == 0) {
            return false;
        }
        i += n;
        if (detail::is_cyrillic_lower(c) || (c >= 'a' && c <= 'z')) {
            has_lower = true;
        } else if (c == '.' || (c >= '0' && c <= '9')) {
            return false;
        }
    }
    return has_lower;
}

}  // namespace nastavdoc::text
