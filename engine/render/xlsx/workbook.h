// Internal to render/xlsx. The libxlsxwriter workbook behind a small RAII wrapper: formats made
// once per distinct style in first-use order, every lxw_error turned into nastavdoc::Error with
// the output path and lxw_strerror's text.
#pragma once
#include "engine/model/document.h"

#include <xlsxwriter.h>

#include <filesystem>
#include <map>
#include <string>

namespace nastavdoc::render::xlsx {

enum class CellRole : std::uint8_t { Title, Text, Caption, Header, Body };

struct CellStyle {
    CellRole role = CellRole::Body;
    enum class Kind : std::uint8_t { Text, Number, Percent, Date } kind = Kind::Text;
    int decimals = 0;  // Percent: digits after the decimal point ("0.0%")
    model::Align align = model::Align::Left;
    model::VAlign valign = model::VAlign::Top;
    bool border = true;
    double size_pt = 12;
    bool operator<(const CellStyle& other) const;
};

/// The number format of a percentage with `decimals` digits after the point: 1 -> "0.0%".
std::string percent_format(int decimals);

class Workbook {
public:
    /// Opens a workbook at `file` (a temporary); `output` is the path named in errors.
    Workbook(const std::filesystem::path& file, const std::filesystem::path& output,
             bool constant_memory, const model::StyleSheet& styles);
    ~Workbook();
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_workbook* get() { return workbook_; }
    bool is_constant_memory() const { return constant_memory_; }
    const std::filesystem::path& output() const { return output_; }

    lxw_worksheet* add_worksheet(const std::string& name);
    lxw_format* format(const CellStyle& style);
    void set_properties(const model::Metadata& metadata);
    /// Writes the file; after this the workbook is gone.
    void close();

    /// Throws nastavdoc::Error when `error` is not LXW_NO_ERROR; `what` says what was written.
    void check(lxw_error error, const std::string& what) const;
    [[noreturn]] void fail(const std::string& message) const;

private:
    lxw_workbook* workbook_ = nullptr;
    std::filesystem::path output_;
    bool constant_memory_ = false;
    std::string font_family_;
    std::map<CellStyle, lxw_format*> formats_;
};

}  // namespace nastavdoc::render::xlsx
