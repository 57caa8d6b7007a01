#include "engine/dataset/dataset.h"

#include "engine/base/concat.h"
#include "engine/base/files.h"
#include "engine/dataset/json_parse.h"

#include <array>
#include <exception>
#include <set>
#include <thread>
#include <utility>

namespace nastavdoc::dataset {

namespace {

struct Collection {
    std::string_view key;
    EntityKind kind;
};

// The top-level arrays whose items carry an `id`, and what those IDs name.
constexpr std::array<Collection, 14> kCollections{{
    {"people", EntityKind::Person},
    {"positions", EntityKind::Position},
    {"forms", EntityKind::Form},
    {"mentors", EntityKind::Mentor},
    {"mentees", EntityKind::Mentee},
    {"pairs", EntityKind::Pair},
    {"meetings", EntityKind::Meeting},
    {"consents", EntityKind::Consent},
    {"orders", EntityKind::Order},
    {"legal_acts", EntityKind::Act},
    {"surveys", EntityKind::Survey},
    {"survey_responses", EntityKind::Response},
    {"indicators", EntityKind::Indicator},
    {"documents", EntityKind::Document},
}};

}  // namespace

std::string_view entity_name(EntityKind kind) {
    switch (kind) {
        case EntityKind::Person:
            return "person";
        case EntityKind::Position:
            return "position";
        case EntityKind::Form:
            return "form of mentorship";
        case EntityKind::Mentor:
            return "mentor";
        case EntityKind::Mentee:
            return "mentee";
        case EntityKind::Pair:
            return "pair";
        case EntityKind::Meeting:
            return "meeting";
        case EntityKind::Consent:
            return "consent";
        case EntityKind::Order:
            return "order";
        case EntityKind::Act:
            return "legal act";
        case EntityKind::Survey:
            return "survey";
        case EntityKind::Response:
            return "survey response";
        case EntityKind::Indicator:
            return "indicator";
        case EntityKind::Document:
            return "document";
        case EntityKind::Roadmap:
            return "roadmap";
        case EntityKind::Organization:
            return "organization";
    }
    return "entity";
}

Dataset::Dataset(std::string file, std::string text)
    : text_(std::make_unique<std::string>(std::move(text))), lines_(std::move(file), *text_) {}

std::string Dataset::path_of(const Entity& entity) const {
    std::string path = "$";
    append_path_key(path, entity.collection);
    if (entity.kind != EntityKind::Organization && entity.kind != EntityKind::Roadmap)
        append_path_index(path, entity.index);
    return path;
}

const Entity* Dataset::find(std::string_view id) const {
    const auto it = entities_.find(id);
    return it == entities_.end() ? nullptr : &it->second;
}

void index_entities(Dataset& dataset, Diagnostics* diagnostics) {
    const Value& root = dataset.root_;
    const auto add = [&](const Value& item, EntityKind kind, std::string_view collection,
                         std::size_t index) {
        const Value* id = item.find("id");
        if (id == nullptr || !id->is_string()) {
            return;
        }
        const Entity entity{kind, &item, collection, static_cast<std::uint32_t>(index)};
        const auto [it, inserted] = dataset.entities_.emplace(id->text, entity);
        if (!inserted && diagnostics != nullptr) {
            const SourceSpan first = dataset.span_of(*it->second.value->find("id"));
            diagnostics->error(
                "dataset.duplicate-id",
                concat({"duplicate id '", id->text, "'; it is already used by the "}) +
                    std::string(entity_name(it->second.kind)) + " at line " +
                    std::to_string(first.line),
                dataset.span_of(*id), dataset.path_of(entity) + ".id");
        }
    };
    for (const auto& collection : kCollections) {
        const Value* items = root.find(collection.key);
        if (items == nullptr || !items->is_array()) {
            continue;
        }
        dataset.entities_.reserve(dataset.entities_.size() + items->items.size());
        for (std::size_t i = 0; i < items->items.size(); ++i) {
            add(items->items[i], collection.kind, collection.key, i);
        }
    }
    if (const Value* organization = root.find("organization")) {
        add(*organization, EntityKind::Organization, "organization", 0);
    }
    if (const Value* roadmap = root.find("roadmap")) {
        add(*roadmap, EntityKind::Roadmap, "roadmap", 0);
    }
}

std::unique_ptr<Dataset> parse_dataset(std::string file, std::string text,
                                       Diagnostics& diagnostics) {
    auto dataset = std::make_unique<Dataset>(std::move(file), std::move(text));
    std::optional<Value> root =
        parse_json(*dataset->text_, dataset->lines_, diagnostics, dataset->arena_);
    if (!root) {
        return nullptr;
    }
    dataset->root_ = std::move(*root);
    index_entities(*dataset, &diagnostics);
    return dataset;
}

std::unique_ptr<Dataset> load_dataset(const std::filesystem::path& path, Diagnostics& diagnostics) {
    return parse_dataset(path.string(), read_file(path), diagnostics);
}

std::unique_ptr<Dataset> load_and_check(const std::filesystem::path& path,
                                        Diagnostics& diagnostics) {
    auto dataset = load_dataset(path, diagnostics);
    if (dataset) {
        check_dataset(*dataset, diagnostics);
    }
    return dataset;
}

void check_dataset(const Dataset& dataset, Diagnostics& diagnostics) {
    // The schema and the rules only read the tree and each fills its own list, so the rules run
    // on a second thread while the schema is checked (the machines have two cores); the lists
    // are merged in the same order as before.
    Diagnostics rule_problems;
    std::exception_ptr rules_failed;
    std::thread rules([&] {
        try {
            check_rules(dataset, rule_problems);
        } catch (...) {
            rules_failed = std::current_exception();
        }
    });
    Diagnostics schema_problems;
    try {
        validate_schema(dataset, schema_problems);
    } catch (...) {
        rules.join();
        throw;
    }
    rules.join();
    if (rules_failed)
        std::rethrow_exception(rules_failed);
    // A rule that trips over a value the schema already refused says the same thing twice.
    std::set<std::string> refused;
    for (const auto& diagnostic : schema_problems.items()) {
        refused.insert(diagnostic.path);
        diagnostics.add(diagnostic);
    }
    for (const auto& diagnostic : rule_problems.items()) {
        if (!refused.count(diagnostic.path))
            diagnostics.add(diagnostic);
    }
}

}  // namespace nastavdoc::dataset
