#!/usr/bin/env bash
# The two PDF budgets of issue 6 as whole processes: an order with a 200-pair attachment (under
# 30 ms) and 1,000 one-page consent forms merged into one PDF (under 0.3 s, memory flat).
# Times the real `nastavdoc` binary when the CLI can do the job (render --format pdf; merge), and
# always the in-process drivers of bench/pdf_bench (--order N / --forms N: the same layout and
# writer on the sample documents of tests/unit/layout). Reports CPU time (user+sys) beside wall,
# because the machine is shared: wall time under load says little.
# Usage: bench/pdf_whole_process.sh [BUILD_DIR]   (default build-perf, configured as Release)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${1:-$root/build-perf}
runs=${RUNS:-20}

[ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target nastavdoc pdf_bench -j2 >/dev/null
bin=$build/nastavdoc
bench=$build/bench/pdf_bench
work=$build/bench-data
mkdir -p "$work"

gen() {  # people seed file
    [ -f "$3" ] || /usr/bin/python3 data/generate_dataset.py --people "$1" --seed "$2" -o "$3"
}
gen 2300 11 "$work/order200.json"
gen 1800 12 "$work/forms1000.json"
read -r order pairs < <(/usr/bin/python3 - "$work/order200.json" <<'PY'
import collections, json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
c = collections.Counter(p.get("order") for p in d["pairs"] if p.get("order"))
o, n = c.most_common(1)[0]
print(o, n)
PY
)
mentees=$(/usr/bin/python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['mentees']))" "$work/forms1000.json")

time_it() {  # label command...
    local label=$1
    shift
    if ! "$@" >/dev/null 2>"$work/err.txt"; then
        echo "$label: not measured ($(head -c 200 "$work/err.txt" | tr '\n' ' '))"
        return
    fi
    hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/h.json" "$*" >/dev/null 2>&1
    /usr/bin/python3 - "$work/h.json" "$label" <<'PY'
import json, statistics, sys
r = json.load(open(sys.argv[1]))["results"][0]
cpu = [u + s for u, s in zip(r["user"], r["system"])] if "system" in r and isinstance(r["system"], list) else None
user = r["user"] if not isinstance(r["user"], list) else statistics.median(r["user"])
system = r["system"] if not isinstance(r["system"], list) else statistics.median(r["system"])
print(f"{sys.argv[2]}: wall median {r['median']*1000:.1f} ms (min {r['min']*1000:.1f}), "
      f"CPU user+sys {(user+system)*1000:.1f} ms", end="")
PY
    local rss
    rss=$(/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1)
    echo ", peak RSS $((rss / 1024)) MB"
}

echo "== whole process, nastavdoc CLI"
time_it "render order_pairs ($pairs pairs) --format pdf" \
    "$bin" render order_pairs --data "$work/order200.json" --set "order=$order" --format pdf -o "$work/order.pdf"
if { "$bin" merge 2>&1 || true; } | grep -q "unknown command"; then
    echo "merge consent_adult: not measured (no merge command in this build)"
else
    time_it "merge consent_adult ($mentees mentees)" \
        "$bin" merge consent_adult --data "$work/forms1000.json" --each mentees -o "$work/forms.pdf"
fi

echo "== whole process, bench/pdf_bench drivers (sample documents)"
time_it "order with 200 pairs" "$bench" --order 200 "$work/bench_order.pdf"
time_it "1,000 consent forms merged" "$bench" --forms 1000 "$work/bench_forms.pdf"
time_it "4,000 consent forms merged" "$bench" --forms 4000 "$work/bench_forms4.pdf"
echo "pages: order $(pdfinfo "$work/bench_order.pdf" | awk '/^Pages/{print $2}'), forms $(pdfinfo "$work/bench_forms.pdf" | awk '/^Pages/{print $2}')"
