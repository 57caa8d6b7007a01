// A readable, stable, indented dump of a document model: what `nastavdoc render --format tree`
// prints and what golden tests pin. U+00A0 shows as '~'; locations show as [file:line:col] with
// the file's name only, so the dump does not depend on where the files are.
#pragma once
#include "engine/model/document.h"

#include <string>

namespace nastavdoc::model {

std::string dump_tree(const Document& document);

}  // namespace nastavdoc::model
