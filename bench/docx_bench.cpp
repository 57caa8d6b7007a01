// DOCX writer, in process: a приказ with a 200-pair landscape attachment (about 8 pages),
// the budget scenario of design.md 8 (whole process under 20 ms).
#include "engine/render/docx/docx.h"
#include "tests/unit/render/docx/sample_document.h"

#include <benchmark/benchmark.h>

namespace {

void BM_DocxOrderWith200Pairs(benchmark::State& state) {
    const nastavdoc::model::Document document = nastavdoc::testing::sample_order(200);
    std::size_t bytes = 0;
    for (auto _ : state) {
        const std::string docx = nastavdoc::render::docx::docx_bytes(document);
        bytes = docx.size();
        benchmark::DoNotOptimize(docx.data());
    }
    state.counters["docx_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_DocxOrderWith200Pairs)->Unit(benchmark::kMillisecond);

void BM_DocxBuildModelAndWrite(benchmark::State& state) {
    for (auto _ : state) {
        const std::string docx =
            nastavdoc::render::docx::docx_bytes(nastavdoc::testing::sample_order(200));
        benchmark::DoNotOptimize(docx.data());
    }
}
BENCHMARK(BM_DocxBuildModelAndWrite)->Unit(benchmark::kMillisecond);

}  // namespace
