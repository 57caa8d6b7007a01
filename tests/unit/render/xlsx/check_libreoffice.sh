#!/usr/bin/env bash
# LibreOffice (headless) must open and print every workbook render_xlsx_tests wrote, and the
# PDF must carry the Cyrillic text of the sheet.
# Usage: check_libreoffice.sh DIR
set -euo pipefail
dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work  # a private LibreOffice profile: parallel runs do not share a lock
declare -A expect=(
    [mentors.xlsx]="Колесник Дарья Викторовна"
    [mentors_streamed.xlsx]="Щукина Жанна Юрьевна"
    [pairs.xlsx]="Иванова Мария Петровна"
    [pairs_streamed.xlsx]="Наставляемый"
    [questionnaire.xlsx]="Нужна ли вам помощь наставника?"
    [report.xlsx]="Число пар"
)
failures=0
for file in "${!expect[@]}"; do
    if [[ ! -f $dir/$file ]]; then
        echo "FAIL: $file missing (run render_xlsx_tests first)"
        failures=$((failures + 1))
        continue
    fi
    if ! timeout 120 libreoffice --headless --convert-to pdf --outdir "$work" "$dir/$file" \
        >"$work/log" 2>&1; then
        echo "FAIL: $file: LibreOffice failed"; cat "$work/log"
        failures=$((failures + 1))
        continue
    fi
    pdf=$work/${file%.xlsx}.pdf
    if [[ ! -s $pdf ]] || ! pdftotext "$pdf" - | tr '\n' ' ' | grep -qF "${expect[$file]}"; then
        echo "FAIL: $file: the PDF lacks «${expect[$file]}»"
        failures=$((failures + 1))
    else
        echo "ok: $file -> $(pdfinfo "$pdf" | awk '/^Pages/ {print $2}') page(s)"
    fi
done
exit $((failures > 0))
