#!/usr/bin/env bash
# The order and protocol templates of the document catalogue (order_implementation, order_curator,
# order_registry, order_encouragement, order_results, protocol_council) render every order
# (documents[] entry) of their catalogue ID in all five seed datasets, in the given format
# (docx or pdf), with no template diagnostics and no errors; each output is a real file of
# that format (a ZIP with word/document.xml, or a PDF that pdfinfo reads).
# Usage: catalogue_orders.sh NASTAVDOC SOURCE_DIR FORMAT. Exit 77 (skipped) when the binary
# has no writer for FORMAT.
set -u
nastavdoc=$1
root=$2
format=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
renders=0
# template:catalog_id:variable
jobs="order_implementation:ORD-01:order order_curator:ORD-02:order order_registry:ORD-03:order
order_encouragement:ORD-07:order order_results:ORD-08:order protocol_council:PRT-01:doc"
for dataset in kerch dolgikh ashevan lyudinovo ktt; do
    data="$root/data/$dataset.json"
    for job in $jobs; do
        IFS=: read -r template catalog variable <<<"$job"
        ids=$(/usr/bin/python3 - "$data" "$catalog" "$variable" <<'PY'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
key = "orders" if sys.argv[3] == "order" else "documents"
print(" ".join(x["id"] for x in data.get(key, []) if x.get("catalog_id") == sys.argv[2]))
PY
)
        if [ -z "$ids" ]; then
            echo "FAIL $dataset has no $catalog for $template"
            failures=$((failures + 1))
            continue
        fi
        for id in $ids; do
            out="$tmp/$template-${id//[:\/]/_}.$format"
            "$nastavdoc" render "$template" --data "$data" --set "$variable=$id" \
                --format "$format" -o "$out" 2>"$tmp/stderr"
            status=$?
            if grep -q "writer is not part of this build" "$tmp/stderr"; then
                echo "the $format writer is not part of this build: skipped"
                exit 77
            fi
            renders=$((renders + 1))
            # Dataset warnings (roadmap numbering of a seed) are not the template's business.
            if [ $status -ne 0 ] || grep -E "error\[|warning\[template" "$tmp/stderr" >/dev/null; then
                echo "FAIL $template $dataset $id ($format): exit $status"
                cat "$tmp/stderr"
                failures=$((failures + 1))
                continue
            fi
            case $format in
                docx) /usr/bin/python3 -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).read('word/document.xml')" "$out" ;;
                pdf) pdfinfo "$out" >/dev/null ;;
            esac || { echo "FAIL $template $dataset $id: not a $format file"; failures=$((failures + 1)); }
        done
    done
done
echo "catalogue orders ($format): $renders documents, $failures failure(s)"
[ $failures -eq 0 ] && [ $renders -ge 33 ]
