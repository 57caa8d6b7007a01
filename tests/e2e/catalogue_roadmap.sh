#!/usr/bin/env bash
# The roadmap (LNA-03/LNA-06) and the Положение (LNA-01) templates render for all five seed
# datasets in the given format (docx or pdf) with no errors and no template warnings (a dataset's
# own lint warnings, e.g. seed 001's verbatim row numbers, are not the template's business; layout
# warnings — a word wider than its narrow column — are counted and printed, not failed); each output is a real file of that format, and the roadmap's text holds the first
# and the last row of the dataset's table (nothing dropped).
# Usage: catalogue_roadmap.sh NASTAVDOC SOURCE_DIR FORMAT. Exit 77 (skipped) when the binary has
# no writer for FORMAT.
set -u
nastavdoc=$1
root=$2
format=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
renders=0
for dataset in kerch dolgikh ashevan lyudinovo ktt; do
    data="$root/data/$dataset.json"
    for template in roadmap regulation; do
        out="$tmp/$template-$dataset.$format"
        "$nastavdoc" render "$template" --data "$data" --format "$format" -o "$out" 2>"$tmp/stderr"
        status=$?
        if grep -q "writer is not part of this build" "$tmp/stderr"; then
            echo "the $format writer is not part of this build: skipped"
            exit 77
        fi
        renders=$((renders + 1))
        overfull=$(grep -c "warning\[layout" "$tmp/stderr")
        [ "$overfull" -eq 0 ] || echo "note: $template $dataset ($format): $overfull layout warning(s)"
        if [ $status -ne 0 ] || grep -E "error\[|warning\[template" "$tmp/stderr" >/dev/null; then
            echo "FAIL $template $dataset ($format): exit $status"
            cat "$tmp/stderr"
            failures=$((failures + 1))
            continue
        fi
        case $format in
            docx) /usr/bin/python3 -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).read('word/document.xml')" "$out" ;;
            pdf) pdfinfo "$out" >/dev/null ;;
        esac || { echo "FAIL $template $dataset: not a $format file"; failures=$((failures + 1)); continue; }
        [ "$template" = roadmap ] || continue
        # The words of the first and the last content cell of the roadmap must be in the output.
        words=$(/usr/bin/python3 - "$data" <<'PY'
import json, sys
road = json.load(open(sys.argv[1], encoding="utf-8"))["roadmap"]
keys = [c["key"] for c in road["columns"] if c.get("role") in ("content", "activity")]
def text(v):
    if isinstance(v, str): return v
    if isinstance(v, list): return " ".join(text(x) for x in v)
    if isinstance(v, dict): return " ".join(text(x) for k, x in v.items() if k not in ("merge", "align", "marker", "format"))
    return ""
cells = [text(r["cells"].get(k)) for s in road["stages"] for r in s["rows"] for k in keys[:1]]
cells = [c for c in cells if c.strip()]
for c in (cells[0], cells[-1]):
    w = [x for x in c.replace("«", " ").replace("»", " ").split() if len(x) > 6 and x.isalpha()]
    print(w[0] if w else "")
PY
)
        case $format in
            docx) /usr/bin/python3 -c "import sys, zipfile, re; print(re.sub('<[^>]+>', '', zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode()))" "$out" >"$tmp/text" ;;
            pdf) pdftotext -nopgbrk "$out" "$tmp/text" ;;
        esac
        for word in $words; do
            if ! tr -d '\n-' <"$tmp/text" | grep -q "$word"; then
                echo "FAIL roadmap $dataset ($format): '$word' is missing from the output"
                failures=$((failures + 1))
            fi
        done
    done
done
echo "catalogue roadmap/regulation ($format): $renders documents, $failures failure(s)"
[ $failures -eq 0 ] && [ $renders -eq 10 ]
