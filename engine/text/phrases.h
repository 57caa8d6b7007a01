// Declension of positions («заместитель директора по УВР») and other noun phrases.
// In: a phrase in the nominative singular. Out: the same phrase in another case.
// Only the head noun and the words agreeing with it change; complements stay as written.
#pragma once
#include "engine/text/grammar.h"

#include <string>
#include <string_view>

namespace nastavdoc::text {

/// A position: the head noun is a person (animate: accusative = genitive), both halves of a
/// hyphenated compound change («педагог-психолог» -> «педагога-психолога»), the declension stops
/// at the first complement («директора», «по УВР», «7 «Б» класса», «отделением»).
std::string decline_position(std::string_view position, Case c);

/// An adjective + noun phrase («наставническая пара», «целевая модель наставничества»); the head
/// noun's animacy is guessed from its suffix (наставник, учитель are animate; совет is not).
std::string decline_phrase(std::string_view phrase, Case c);

}  // namespace nastavdoc::text
