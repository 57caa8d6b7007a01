// Internal to dataset/. The text of data/schema.json, compiled in at build time.
#pragma once
#include <string_view>

namespace nastavdoc::dataset {
extern const std::string_view kSchemaJson;
}
