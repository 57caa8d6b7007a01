#include "engine/package/manifest.h"

#include "engine/base/files.h"
#include "engine/dataset/dataset.h"

#include <algorithm>

namespace nastavdoc::package {

namespace {

bool flag(const dataset::Value& entry, std::string_view key) {
    const dataset::Value* value = entry.find(key);
    return value != nullptr && value->is_bool() && value->boolean;
}

}  // namespace

Manifest read_manifest(const std::filesystem::path& file, Diagnostics& diagnostics) {
    Manifest manifest;
    // The dataset reader is a JSON reader with locations; the manifest has no entities.
    const auto json = dataset::parse_dataset(file.string(), read_file(file), diagnostics);
    if (!json)
        return manifest;
    const dataset::Value& root = json->root();
    if (const dataset::Value* stages = root.find("stages"); stages && stages->is_array()) {
        for (const auto& stage : stages->items) {
            if (stage.is_string())
                manifest.stages.emplace_back(stage.text);
        }
    }
    if (const dataset::Value* web = root.find("web_folder"); web && web->is_string())
        manifest.web_folder = web->text;
    const dataset::Value* documents = root.find("documents");
    if (documents == nullptr || !documents->is_array()) {
        diagnostics.error("package.manifest", "the manifest has no \"documents\" array",
                          json->span_of(root), "$");
        return manifest;
    }
    for (std::size_t i = 0; i < documents->items.size(); ++i) {
        const dataset::Value& entry = documents->items[i];
        const std::string path = "$.documents[" + std::to_string(i) + "]";
        ManifestEntry parsed;
        parsed.template_name = std::string(entry.string_or_empty("template"));
        parsed.stage = std::string(entry.string_or_empty("stage"));
        parsed.catalog = std::string(entry.string_or_empty("catalog"));
        parsed.web = flag(entry, "web");
        parsed.publish = flag(entry, "publish") || parsed.web;
        parsed.span = json->span_of(entry);
        if (parsed.template_name.empty() || parsed.stage.empty()) {
            diagnostics.error("package.manifest", "an entry needs \"template\" and \"stage\"",
                              parsed.span, path);
            continue;
        }
        if (std::find(manifest.stages.begin(), manifest.stages.end(), parsed.stage) ==
            manifest.stages.end()) {
            diagnostics.error("package.manifest",
                              "stage '" + parsed.stage + "' is not one of \"stages\"", parsed.span,
                              path + ".stage");
            continue;
        }
        manifest.entries.push_back(std::move(parsed));
    }
    return manifest;
}

}  // namespace nastavdoc::package
