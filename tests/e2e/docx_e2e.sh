#!/bin/bash
# docx_e2e.sh DOCX_SAMPLE E2E_DIR: writes the sample documents twice (same bytes), converts
# them with LibreOffice (must succeed), checks the Cyrillic in the PDF text and reads them back
# with python-docx. Skips (77) only when LibreOffice is not installed.
set -euo pipefail
sample=$1
here=$2
if ! command -v libreoffice >/dev/null 2>&1; then
    echo "libreoffice is not installed: skipped"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/a" "$work/b"
"$sample" "$work/a"
"$sample" "$work/b"
for name in order anketa; do
    cmp "$work/a/$name.docx" "$work/b/$name.docx" || { echo "FAIL: $name.docx differs between runs"; exit 1; }
done

libreoffice --headless "-env:UserInstallation=file://$work/profile" --convert-to pdf \
    --outdir "$work/pdf" "$work/a/order.docx" "$work/a/anketa.docx" >"$work/lo.log" 2>&1 || {
    cat "$work/lo.log"; echo "FAIL: libreoffice could not convert"; exit 1; }
fail=0
check() {  # check PDF TEXT...
    local pdf=$1; shift
    pdftotext -layout "$pdf" "$work/text.txt"
    # No-break spaces become plain spaces for the comparison.
    sed -i 's/\xC2\xA0/ /g' "$work/text.txt"
    for expected in "$@"; do
        if ! grep -qF -- "$expected" "$work/text.txt"; then
            echo "FAIL: '$expected' not in the text of $(basename "$pdf")"
            fail=1
        fi
    done
}
check "$work/pdf/order.pdf" "МИНИСТЕРСТВО ОБРАЗОВАНИЯ" "ПРИКАЗ" "28.05.2021" "№ 287/п" "г. Керчь" \
    "О закреплении наставнических пар" "ПРИКАЗЫВАЮ:" "1. Закрепить наставнические пары" \
    "2.1. список наставнических пар" "2.2. форму листа" "1) разработать" "а) учёт" \
    "Д.В. Колесник" "Иванова Мария Петровна, методист" "Приложение 1" "Список наставнических пар" \
    "Наставляемый" "ЛИСТ ОЗНАКОМЛЕНИЯ" "Подпись"
check "$work/pdf/anketa.pdf" "ПРИНЯТО" "УТВЕРЖДАЮ" "З.М. Бухардина" "АНКЕТА наставляемого" \
    "Результаты анкетирования" "72,5" "Спасибо за участие!"
pages=$(pdfinfo "$work/pdf/order.pdf" | awk '/^Pages:/ {print $2}')
if [ "$pages" -lt 6 ]; then
    echo "FAIL: order.pdf has $pages pages, expected the order, 200 pairs and the sheet"
    fail=1
fi
/usr/bin/python3 "$here/docx_read_back.py" "$work/a/order.docx" "$work/a/anketa.docx" || fail=1
[ "$fail" = 0 ] && echo "docx e2e: ok ($pages pages)"
exit $fail
