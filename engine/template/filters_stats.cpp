// Statistics filters for the survey reports (documents.md C.6.5, C.6.8): answers of one question
// over survey_responses, counts of a value, the mean, shares and percents, number ranges for
// scales. filters.cpp asks apply_stats_filter first; an unknown name falls through to it.
#include "engine/template/evaluate.h"
#include "engine/text/text.h"

#include <cmath>

namespace nastavdoc::tmpl {

namespace {

struct StatsFilter {
    std::string_view name;
    int min_args;
    int max_args;
    std::string_view usage;
};

constexpr StatsFilter kStatsFilters[] = {
    {"answers", 1, 2, "responses | answers(question), answers(questions) or answers(q, 'item')"},
    {"tally", 1, 1, "answers | tally('да') (a list answer counts when it holds the value)"},
    {"avg", 0, 0, "answers | avg"},
    {"at_least", 1, 1, "answers | at_least(7) (how many numbers are at least 7)"},
    {"share", 1, 1, "count | share(total) (a percentage, 0 to 100)"},
    {"percent", 0, 1, "share | percent(1) (37,5 % with a no-break space)"},
    {"round", 0, 1, "value | round(1)"},
    {"range", 1, 1, "1 | range(10) (1, 2, … 10)"},
    {"numbers", 0, 0,
     "answers | numbers (the numbers among them, «8» as 8; one value: a list of 0 or 1)"},
};

constexpr double kMaxRange = 1000;

// A number of the data or a number written as text («8»); nullopt for anything else.
std::optional<double> numeric(const RValue& value) {
    if (value.kind == RValue::Kind::Number)
        return value.number;
    if (value.kind == RValue::Kind::String && !value.text.empty()) {
        std::string text = value.text;
        for (char& c : text) {
            if (c == ',')
                c = '.';
        }
        char* end = nullptr;
        const double parsed = std::strtod(text.c_str(), &end);
        if (end != nullptr && *end == '\0' && std::isfinite(parsed))
            return parsed;
    }
    return std::nullopt;
}

}  // namespace

std::optional<RValue> apply_stats_filter(Evaluator& evaluator, const Expr& expr, bool lenient) {
    const std::string& name = expr.text;
    const StatsFilter* spec = nullptr;
    for (const auto& known : kStatsFilters) {
        if (known.name == name)
            spec = &known;
    }
    if (spec == nullptr)
        return std::nullopt;
    const SourceSpan& span = expr.span;
    const int arg_count = static_cast<int>(expr.operands.size()) - 1;
    if (arg_count < spec->min_args || arg_count > spec->max_args) {
        evaluator.error(
            "template.filter-argument",
            "filter '" + name + "' takes " +
                (spec->min_args == spec->max_args
                     ? std::to_string(spec->min_args)
                     : std::to_string(spec->min_args) + " to " + std::to_string(spec->max_args)) +
                " argument(s), not " + std::to_string(arg_count),
            span, {"usage: " + std::string(spec->usage)});
        return RValue{};
    }
    const RValue input = evaluator.evaluate(*expr.operands[0], lenient);
    std::vector<RValue> args;
    for (std::size_t i = 1; i < expr.operands.size(); ++i)
        args.push_back(evaluator.evaluate(*expr.operands[i], lenient));
    if (input.is_null())
        return RValue{};  // absent stays absent, as for the other filters

    auto list_input = [&]() -> std::optional<RList> {
        auto items = evaluator.as_list(input);
        if (!items)
            evaluator.error("template.type-error", "filter '" + name + "' needs a list", span);
        return items;
    };
    auto number_of = [&](const RValue& value, const char* what) -> std::optional<double> {
        const auto n = numeric(value);
        if (!n) {
            evaluator.error("template.type-error", "filter '" + name + "' needs a number " + what,
                            span, {"usage: " + std::string(spec->usage)});
        }
        return n;
    };
    auto decimals_arg = [&]() -> std::optional<int> {
        if (args.empty())
            return 0;
        const RValue& d = args[0];
        if (d.kind != RValue::Kind::Number || d.number < 0 || d.number > 6 ||
            d.number != std::floor(d.number)) {
            evaluator.error("template.filter-argument", name + "() takes 0 to 6 decimals", span);
            return std::nullopt;
        }
        return static_cast<int>(d.number);
    };

    if (name == "answers") {
        // The answers to one question over a list of responses (or one response); responses
        // without it are left out.
        auto responses = evaluator.as_list(input);
        if (!responses && input.is_object_node())
            responses = RList{input};
        if (!responses) {
            evaluator.error("template.type-error", "answers() needs responses or a response", span);
            return RValue{};
        }
        // The question: a question object, its ID, or a list of either (answers to all of them).
        std::vector<std::string> ids;
        const auto questions = evaluator.as_list(args[0]);
        for (const RValue& question : questions ? *questions : RList{args[0]}) {
            if (auto question_id = evaluator.member(question, "id")) {
                ids.push_back(evaluator.to_text(*question_id, span));
            } else {
                ids.push_back(evaluator.to_text(question, span));
            }
        }
        const std::string item = args.size() > 1 ? evaluator.to_text(args[1], span) : "";
        RList found;
        for (const auto& response : *responses) {
            const auto answers = evaluator.member(response, "answers");
            if (!answers)
                continue;
            for (const std::string& id : ids) {
                auto answer = evaluator.member(*answers, id);
                if (answer && !item.empty())
                    answer = evaluator.member(*answer, item);  // a matrix answer: {item: score}
                if (answer && !answer->is_null())
                    found.push_back(std::move(*answer));
            }
        }
        return RValue::of_list(std::move(found));
    }
    if (name == "tally") {
        const auto items = list_input();
        if (!items)
            return RValue{};
        double count = 0;
        for (const auto& item : *items) {
            const auto members = evaluator.as_list(item);
            bool holds = false;
            if (members) {
                for (const auto& member : *members)
                    holds = holds || evaluator.equal(member, args[0]);
            } else {
                const auto a = numeric(item);
                const auto b = numeric(args[0]);
                holds = (a && b) ? *a == *b : evaluator.equal(item, args[0]);
            }
            if (holds)
                count += 1;
        }
        return RValue::of_number(count);
    }
    if (name == "avg" || name == "at_least") {
        const auto items = list_input();
        if (!items)
            return RValue{};
        std::optional<double> threshold;
        if (name == "at_least") {
            threshold = number_of(args[0], "threshold");
            if (!threshold)
                return RValue{};
        }
        double total = 0;
        double count = 0;
        for (const auto& item : *items) {
            const auto n = numeric(item);
            if (!n) {
                evaluator.error("template.type-error",
                                "filter '" + name + "' needs a list of numbers, not '" +
                                    evaluator.to_text(item, span) + "'",
                                span);
                return RValue{};
            }
            if (threshold) {
                count += *n >= *threshold ? 1 : 0;
            } else {
                total += *n;
                count += 1;
            }
        }
        if (threshold)
            return RValue::of_number(count);
        if (count == 0)
            return RValue{};  // no answers: no mean (print it with default('—'))
        return RValue::of_number(total / count);
    }
    if (name == "share") {
        const auto part = number_of(input, "to share");
        const auto total = number_of(args[0], "as the total");
        if (!part || !total || *total == 0)
            return RValue{};  // a share of nothing is absent, not a division by zero
        return RValue::of_number(*part * 100.0 / *total);
    }
    if (name == "percent") {
        const auto value = number_of(input, "to print as a percent");
        const auto decimals = decimals_arg();
        if (!value || !decimals)
            return RValue{};
        return RValue::of_string(text::format_number(*value, *decimals) + "\u00A0%");
    }
    if (name == "round") {
        const auto value = number_of(input, "to round");
        const auto decimals = decimals_arg();
        if (!value || !decimals)
            return RValue{};
        const double scale = std::pow(10.0, *decimals);
        return RValue::of_number(std::round(*value * scale) / scale);
    }
    if (name == "numbers") {
        // The items that are numbers or numbers written as text, as numbers: numeric answers to
        // an open question (hours per month) can be counted, sorted by value and averaged.
        auto items = evaluator.as_list(input);
        if (!items)
            items = RList{input};
        RList numbers;
        for (const auto& item : *items) {
            if (const auto n = numeric(item))
                numbers.push_back(RValue::of_number(*n));
        }
        return RValue::of_list(std::move(numbers));
    }
    if (name == "range") {
        const auto from = number_of(input, "to start from");
        const auto to = number_of(args[0], "to end at");
        if (!from || !to)
            return RValue{};
        if (*from != std::floor(*from) || *to != std::floor(*to) || *to - *from >= kMaxRange) {
            evaluator.error("template.filter-argument",
                            "range() needs whole numbers at most 1000 apart", span);
            return RValue{};
        }
        RList numbers;
        for (double n = *from; n <= *to; n += 1)
            numbers.push_back(RValue::of_number(n));
        return RValue::of_list(std::move(numbers));
    }
    return RValue{};
}

}  // namespace nastavdoc::tmpl
