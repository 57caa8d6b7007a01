// PDF benchmarks (design.md 8): an order with a 200-pair attachment, and 1,000 one-page consent
// forms merged into one PDF with memory that does not grow with the page count. Two ways to run:
//   pdf_bench [google benchmark flags]   in-process timings
//   pdf_bench --order N OUT.pdf          one whole process (fonts loaded, laid out, written), for
//   pdf_bench --forms N OUT.pdf          hyperfine, perf stat and /usr/bin/time -v
#include "engine/fonts/font_book.h"
#include "engine/layout/layout.h"
#include "engine/render/pdf/pdf.h"
#include "tests/unit/layout/sample_documents.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/resource.h>

namespace {

using namespace nastavdoc;

std::filesystem::path scratch(const char* name) {
    return std::filesystem::temp_directory_path() / name;
}

long max_rss_kb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Fonts loaded, document built, laid out and written: what a render command does.
void BM_OrderWith200PairsCold(benchmark::State& state) {
    const model::Document document = samples::order_document(200);
    std::size_t pages = 0;
    for (auto _ : state) {
        const fonts::FontBook fonts;
        Diagnostics diagnostics;
        const auto laid = layout::layout_document(document, fonts, diagnostics);
        render::pdf::write_pdf(laid, document.metadata, fonts, scratch("bench_order.pdf"));
        pages = laid.size();
    }
    state.counters["pages"] = static_cast<double>(pages);
    state.counters["per_page_ms"] =
        benchmark::Counter(static_cast<double>(pages) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_OrderWith200PairsCold)->Unit(benchmark::kMillisecond);

void BM_OrderWith200PairsLayoutOnly(benchmark::State& state) {
    const model::Document document = samples::order_document(200);
    const fonts::FontBook fonts;
    for (auto _ : state) {
        Diagnostics diagnostics;
        benchmark::DoNotOptimize(layout::layout_document(document, fonts, diagnostics));
    }
}
BENCHMARK(BM_OrderWith200PairsLayoutOnly)->Unit(benchmark::kMillisecond);

void merge_forms(benchmark::State& state, int forms) {
    const fonts::FontBook fonts;
    std::vector<model::Document> documents;
    for (int i = 0; i < 10; ++i) {
        documents.push_back(samples::consent_document(i));
    }
    long rss_before = 0, rss_after = 0;
    for (auto _ : state) {
        rss_before = max_rss_kb();
        render::pdf::PdfWriter writer(scratch("bench_forms.pdf"), documents[0].metadata, fonts);
        for (int i = 0; i < forms; ++i) {
            Diagnostics diagnostics;
            layout::layout_document(documents[static_cast<std::size_t>(i % 10)], fonts, diagnostics,
                                    [&writer](layout::Page&& page) { writer.add_page(page); });
        }
        writer.close();
        rss_after = max_rss_kb();
    }
    state.counters["pages"] = forms;
    state.counters["max_rss_mb"] = static_cast<double>(rss_after) / 1024;
    state.counters["rss_growth_mb"] = static_cast<double>(rss_after - rss_before) / 1024;
    state.counters["per_page_us"] = benchmark::Counter(
        static_cast<double>(forms) * static_cast<double>(state.iterations()) / 1e6,
        benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_ThousandConsentForms(benchmark::State& state) {
    merge_forms(state, 1000);
}
BENCHMARK(BM_ThousandConsentForms)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_FourThousandConsentForms(benchmark::State& state) {
    merge_forms(state, 4000);
}
BENCHMARK(BM_FourThousandConsentForms)->Unit(benchmark::kMillisecond)->Iterations(1);

// One whole-process run, as the render and merge commands do it.
int run_once(const std::string& mode, int count, const std::filesystem::path& output) {
    const fonts::FontBook fonts;
    if (mode == "--order") {
        const model::Document document = samples::order_document(count);
        Diagnostics diagnostics;
        const auto laid = layout::layout_document(document, fonts, diagnostics);
        render::pdf::write_pdf(laid, document.metadata, fonts, output);
        return 0;
    }
    std::vector<model::Document> documents;
    for (int i = 0; i < 10; ++i) {
        documents.push_back(samples::consent_document(i));
    }
    render::pdf::PdfWriter writer(output, documents[0].metadata, fonts);
    for (int i = 0; i < count; ++i) {
        Diagnostics diagnostics;
        layout::layout_document(documents[static_cast<std::size_t>(i % 10)], fonts, diagnostics,
                                [&writer](layout::Page&& page) { writer.add_page(page); });
    }
    writer.close();
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc >= 4 && (std::string(argv[1]) == "--order" || std::string(argv[1]) == "--forms")) {
        return run_once(argv[1], std::atoi(argv[2]), argv[3]);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
