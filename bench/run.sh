#!/usr/bin/env bash
# Times the whole-process scenarios of design.md section 8 with the Release build and writes
# one table (budget beside measured median and peak memory) to docs/performance.md.
# Usage: bench/run.sh [--quick] [--no-large]
#   --quick: fewer runs, for a smoke test; --no-large: skip the two 100,000-person scenarios
#   (minutes per run on a busy 2-core machine), marked "not measured" in the table.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=10
large=1
for arg in "$@"; do
    case $arg in
        --quick) runs=3 ;;
        --no-large) large=0 ;;
        *) echo "usage: bench/run.sh [--quick] [--no-large]" >&2; exit 2 ;;
    esac
done

cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
bin=$root/build-release/nastavdoc
work=$root/build-release/bench-data
mkdir -p "$work"

gen() {  # people seed file
    [ -f "$3" ] || /usr/bin/python3 data/generate_dataset.py --people "$1" --seed "$2" -o "$3"
}
gen 2300 11 "$work/order200.json"
gen 1800 12 "$work/forms1000.json"
gen 180000 13 "$work/register100k.json"

# The ORD-04 order with the most pairs, and how many it has.
read -r order pairs < <(/usr/bin/python3 - "$work/order200.json" <<'PY'
import collections, json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
c = collections.Counter(p.get("order") for p in d["pairs"] if p.get("order"))
o, n = c.most_common(1)[0]
print(o, n)
PY
)
mentees=$(/usr/bin/python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['mentees']))" "$work/forms1000.json")
register_rows=$(/usr/bin/python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['mentees']))" "$work/register100k.json")

register_people=$(/usr/bin/python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['people']))" "$work/register100k.json")

rows=()
measure() {  # name budget_ms command...   (budget "–": no budget in design.md, measured anyway)
    local name=$1 budget=$2
    shift 2
    [ "$budget" != "–" ] && budget="$budget ms"
    hyperfine --warmup 2 --runs "$runs" --export-json "$work/h.json" "$*" >/dev/null 2>&1 || {
        rows+=("| $name | $budget | failed | – |")
        return
    }
    local median
    median=$(/usr/bin/python3 -c "import json; r=json.load(open('$work/h.json'))['results'][0]; print(f\"{r['median']*1000:.1f}\")")
    local rss
    rss=$( /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 )
    rows+=("| $name | $budget | $median ms | $((rss / 1024)) MB |")
}

measure "order, $pairs pairs, PDF" 30 "$bin" render order_pairs --data "$work/order200.json" --set "order=$order" --format pdf -o "$work/order.pdf"
measure "order, $pairs pairs, DOCX" 20 "$bin" render order_pairs --data "$work/order200.json" --set "order=$order" --format docx -o "$work/order.docx"
measure "$mentees consent forms merged into one PDF" 300 "$bin" merge consent_adult --data "$work/forms1000.json" --each mentees -o "$work/forms.pdf"
if [ "$large" = 1 ]; then
    measure "register of $register_rows mentees, XLSX" 2000 "$bin" render register_mentees --data "$work/register100k.json" --format xlsx -o "$work/register.xlsx"
    measure "check of the dataset with $register_people people" – "$bin" check --data "$work/register100k.json"
else
    rows+=("| register of $register_rows mentees, XLSX | 2000 ms | not measured (--no-large) | – |")
    rows+=("| check of the dataset with $register_people people | – | not measured (--no-large) | – |")
fi

text_line=$("$root/build-release/bench/text_bench" --benchmark_format=csv 2>/dev/null | grep -E '^"' | tr -d '"' || true)

{
    echo "# Performance"
    echo
    echo "Measured by \`bench/run.sh\` (Release build, whole processes timed with hyperfine, $runs runs,"
    echo "median; peak memory from /usr/bin/time) on $(nproc) cores, $(date -u +%Y-%m-%d)."
    echo
    echo "| scenario | budget | median | peak memory |"
    echo "|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "In-process text benchmarks (bench/text_bench, Google Benchmark, CSV):"
    echo
    echo '```'
    echo "$text_line"
    echo '```'
    # Hand-written notes (what changed, figures before and after) follow the measured table.
    if [ -f bench/performance_notes.md ]; then
        echo
        cat bench/performance_notes.md
    fi
} > docs/performance.md
cat docs/performance.md
