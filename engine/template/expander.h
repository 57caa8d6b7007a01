// Internal to template/. The expansion of a parsed template into the document model: control
// (for, if, let), blocks and inlines (expand.cpp), requisites (requisites.cpp), tables and charts
// (tables.cpp).
#pragma once
#include "engine/template/evaluate.h"
#include "engine/template/profile.h"
#include "engine/template/template.h"

#include <functional>

namespace nastavdoc::tmpl {

class Expander {
public:
    Expander(const Template& tmpl, const dataset::Dataset& data, const ExpandOptions& options,
             Diagnostics& diagnostics);
    model::Document run();

    // Control and text.
    /// Calls `body` once per kept repetition of `node` (for/if applied).
    void each_instance(const Node& node, const std::function<void()>& body);
    void expand_blocks(const Nodes& nodes, model::Blocks& out);
    void expand_block(const Node& node, model::Blocks& out);
    /// Block content that may also hold loose inline content (li, td, th): runs of inline content
    /// become paragraphs of `role`.
    void expand_mixed(const Nodes& nodes, model::Blocks& out, model::Role role);
    void expand_inlines(const Nodes& nodes, model::Inlines& out, const model::CharStyle& style,
                        bool nobr);
    void expand_inline_node(const Node& node, model::Inlines& out, const model::CharStyle& style,
                            bool nobr);
    void define_variable(const Node& node);
    model::Paragraph make_paragraph(const Node& node, model::Role role);

    // Attributes.
    bool has(const Node& node, std::string_view name) const;
    RValue attr_value(const Node& node, std::string_view name);
    std::string attr_text(const Node& node, std::string_view name, std::string fallback = {});
    std::optional<double> attr_number(const Node& node, std::string_view name);
    /// `number` when finite and of a sane size; nullopt after a diagnostic otherwise.
    std::optional<double> checked_number(double number, const Node& node, std::string_view name);
    std::optional<bool> attr_bool(const Node& node, std::string_view name);
    /// A whole number from `low` to `high` (a count, a span, a list start); nullopt (after a
    /// diagnostic) outside that range, so no huge or non-finite value reaches an int.
    std::optional<int> attr_int(const Node& node, std::string_view name, int low, int high);
    SourceSpan attr_span(const Node& node, std::string_view name) const;
    std::string interpolate(const Interpolated& text, bool collapse);

    // Requisites (requisites.cpp).
    model::OrgBlock make_letterhead(const Node& node);
    model::RequisitesLine make_requisites(const Node& node);
    model::Grif make_approval(const Node& node);
    model::Grif make_agreement(const Node& node);
    model::Grif make_attachment_header(const Node& node, const RValue& order);
    model::Grif make_approved_by_order(const Node& node, const RValue& order,
                                       const std::string& type_word);
    model::Signature make_signature(const Node& node);
    model::Executor make_executor(const Node& node);
    std::string format_date_value(const RValue& value, const std::string& style,
                                  const SourceSpan& span);
    std::vector<model::Inlines> custom_lines(const Node& node);

    // Tables and charts (tables.cpp).
    model::Table make_table(const Node& node);
    model::Chart make_chart(const Node& node);
    void expand_rich(const Node& node, model::Blocks& out);

    // The roadmap table and RichText blocks with alignment and tables (roadmap.cpp).
    model::Table make_roadmap_table(const Node& node);
    void expand_rich_blocks(const Node& node, model::Blocks& out);
    void append_rich_blocks(const RValue& value, model::Blocks& out, model::Role role,
                            const SourceSpan& span);

    // Sections.
    model::Section& current_section();
    void start_section(const Node& node, bool is_attachment);
    model::PageSetup page_from(const Node& node, const model::PageSetup& base);

    bool count_output(std::size_t bytes, const SourceSpan& span);

    const Template& tmpl_;
    const dataset::Dataset& data_;
    const ExpandOptions& options_;
    Diagnostics& diagnostics_;
    Evaluator eval_;
    Profile profile_;
    model::Document document_;
    model::PageSetup default_page_;
    model::Blocks top_sink_;  // stands for "the current section" as an output; never filled
    bool needs_new_section_ = false;
    bool in_section_ = false;
    int depth_ = 0;
    bool depth_reported_ = false;
    bool output_reported_ = false;
    std::int64_t output_bytes_ = 0;
    std::int64_t output_nodes_ = 0;
    int attachment_count_ = 0;
    model::Role paragraph_role_ = model::Role::Body;  // of <p> here: TableText inside cells
};

/// The grammatical gender of a document's type word («Положение» neuter, «План» masculine,
/// «Программа» feminine, «Правила» plural) as the suffix of УТВЕРЖДЕН: "", "А", "О", "Ы".
std::string approved_suffix(std::string_view type_word);

}  // namespace nastavdoc::tmpl
