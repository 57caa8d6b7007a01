#include "engine/cli/commands.h"
#include "engine/cli/options.h"
#include "engine/dataset/dataset.h"
#include "engine/text/typography.h"

#include <ostream>

namespace nastavdoc::cli {

namespace {

constexpr const char* kCheckUsage =
    "usage: nastavdoc check --data FILE\n"
    "validates the dataset against data/schema.json and the domain rules and prints every\n"
    "problem as file:line:column: error[code]: message (at $.json.path); exit 1 if any error\n";

std::size_t count_items(const dataset::Value& root, std::string_view key) {
    const dataset::Value* items = root.find(key);
    return items != nullptr && items->is_array() ? items->items.size() : 0;
}

// documents.md D.7 «typography lint (B.11) in strict mode»: each rewrite of a dataset string.
void lint_strings(const dataset::Dataset& data, const dataset::Value& value, std::string& path,
                  Diagnostics& diagnostics) {
    if (value.is_string()) {
        std::vector<text::Normalisation> found;
        text::normalize_strict(value.text, &found);
        for (const auto& n : found) {
            diagnostics.warning("text.strict-normalisation",
                                "«" + n.from + "» is printed as «" + n.to + "» in strict mode",
                                data.span_of(value), path);
        }
        return;
    }
    const std::size_t size = path.size();
    for (std::size_t i = 0; i < value.items.size(); ++i) {
        dataset::append_path_index(path, i);
        lint_strings(data, value.items[i], path, diagnostics);
        path.resize(size);
    }
    for (const auto& member : value.members) {
        dataset::append_path_key(path, member.key);
        lint_strings(data, member.value, path, diagnostics);
        path.resize(size);
    }
}

}  // namespace

int run_check(const Args& args, Io io) {
    Options options;
    if (!parse_options(args, {{"--data", true}}, options, io.err) || !options.positional.empty()) {
        io.err << kCheckUsage;
        return kExitUsage;
    }
    const std::string* data = options.find("--data");
    if (data == nullptr) {
        io.err << "nastavdoc check: --data FILE is required\n" << kCheckUsage;
        return kExitUsage;
    }
    Diagnostics diagnostics;
    const auto dataset = dataset::load_and_check(*data, diagnostics);
    if (dataset) {
        const dataset::Value* profile = dataset->root().find("profile");
        if (profile == nullptr || profile->string_or_empty("mode") != "verbatim") {
            std::string path = "$";
            lint_strings(*dataset, dataset->root(), path, diagnostics);
        }
    }
    diagnostics.sort_by_location();
    diagnostics.print(io.err);
    if (diagnostics.has_errors() || !dataset) {
        io.err << *data << ": " << diagnostics.error_count() << " error(s), "
               << diagnostics.warning_count() << " warning(s)\n";
        return kExitUserError;
    }
    const dataset::Value& root = dataset->root();
    io.out << *data << ": ok (" << count_items(root, "people") << " people, "
           << count_items(root, "mentors") << " mentors, " << count_items(root, "mentees")
           << " mentees, " << count_items(root, "pairs") << " pairs, "
           << count_items(root, "orders") << " orders; " << diagnostics.warning_count()
           << " warning(s))\n";
    return kExitOk;
}

}  // namespace nastavdoc::cli
