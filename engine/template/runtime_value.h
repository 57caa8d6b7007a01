// Internal to template/. What an expression evaluates to: a literal, a node of the dataset (an
// object, an array or an entity found by its ID), or a list or map the template itself built.
#pragma once
#include "engine/dataset/value.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace nastavdoc::tmpl {

struct RValue;
using RList = std::vector<RValue>;
using RMap = std::map<std::string, RValue, std::less<>>;

struct RValue {
    enum class Kind : std::uint8_t { Null, Bool, Number, String, Node, List, Map };
    Kind kind = Kind::Null;
    bool boolean = false;
    double number = 0;
    std::string text;  // String; for a Number, its text as written in the data (may be empty)
    const dataset::Value* node = nullptr;  // Node: an object or an array of the dataset
    std::shared_ptr<const RList> list;
    std::shared_ptr<const RMap> map;

    static RValue of_bool(bool value) {
        RValue v;
        v.kind = Kind::Bool;
        v.boolean = value;
        return v;
    }
    static RValue of_number(double value) {
        RValue v;
        v.kind = Kind::Number;
        v.number = value;
        return v;
    }
    static RValue of_string(std::string value) {
        RValue v;
        v.kind = Kind::String;
        v.text = std::move(value);
        return v;
    }
    static RValue of_node(const dataset::Value* value) {
        RValue v;
        v.kind = Kind::Node;
        v.node = value;
        return v;
    }
    static RValue of_list(RList items) {
        RValue v;
        v.kind = Kind::List;
        v.list = std::make_shared<const RList>(std::move(items));
        return v;
    }
    static RValue of_map(RMap members) {
        RValue v;
        v.kind = Kind::Map;
        v.map = std::make_shared<const RMap>(std::move(members));
        return v;
    }
    bool is_null() const { return kind == Kind::Null; }
    bool is_object_node() const { return kind == Kind::Node && node->is_object(); }
    bool is_array_node() const { return kind == Kind::Node && node->is_array(); }
};

}  // namespace nastavdoc::tmpl
