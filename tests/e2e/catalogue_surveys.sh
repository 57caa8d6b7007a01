#!/usr/bin/env bash
# The questionnaires and reports of the catalogue (issue 8): survey_mentor, survey_mentee,
# survey_feedback, report_surveys and report_final render for all five seed datasets into every
# format they declare with no diagnostic at all; real readers judge the files: poppler reads the
# PDFs, openpyxl finds the drop-downs of the data-entry sheets and the report's charts, and the
# website version of the final report (--publish) names no mentee and shows no contact data.
set -eu
nastavdoc=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1700000000
fail=0
runs=0
for data in kerch dolgikh ashevan lyudinovo ktt; do
    for tmpl in survey_mentor survey_mentee survey_feedback report_surveys report_final; do
        for format in docx pdf xlsx; do
            out="$tmp/$data.$tmpl.$format"
            if ! "$nastavdoc" render "$tmpl" --data "$root/data/$data.json" --format "$format" \
                    -o "$out" 2>"$out.err"; then
                echo "FAIL: $tmpl $data $format exited non-zero"; cat "$out.err"; fail=1; continue
            fi
            # Only the dataset's own warnings (nastavdoc check reports them for every document)
            # are let through; anything the template or the writers report fails the run.
            grep -v '^\S*: warning\[dataset\.' "$out.err" >"$out.own" || true
            if [ -s "$out.own" ]; then
                echo "FAIL: $tmpl $data $format printed diagnostics"; cat "$out.own"; fail=1
            fi
            if [ ! -s "$out" ]; then
                echo "FAIL: $tmpl $data $format wrote nothing"; fail=1
            fi
            runs=$((runs + 1))
        done
        # The PDF reads back and carries the document's heading.
        pdftotext -layout "$tmp/$data.$tmpl.pdf" "$tmp/$data.$tmpl.txt"
        case $tmpl in
            survey_*) want="Благодарим за участие" ;;
            report_surveys) want="результатам анкетирования" ;;
            report_final) want="Мониторинг качества" ;;
        esac
        if ! tr '\n' ' ' <"$tmp/$data.$tmpl.txt" | tr -s ' ' | grep -q "$want"; then
            echo "FAIL: $tmpl $data: the PDF lacks «$want»"; fail=1
        fi
    done
    # The website version of the final report.
    out="$tmp/$data.publish.pdf"
    if ! "$nastavdoc" render report_final --data "$root/data/$data.json" --publish --format pdf \
            -o "$out" 2>"$out.err" || grep -qv '^\S*: warning\[dataset\.' "$out.err"; then
        echo "FAIL: report_final --publish $data"; cat "$out.err"; fail=1
    else
        pdftotext "$out" "$tmp/$data.publish.txt"
        pdfinfo "$out" >"$tmp/$data.publish.info"
    fi
done
# openpyxl: drop-downs on the entry sheets, native charts in the reports, the publish check.
/usr/bin/python3 - "$root" "$tmp" <<'PY' || fail=1
import json, re, sys, zipfile
from openpyxl import load_workbook
root, tmp = sys.argv[1], sys.argv[2]
bad = 0
def fail(message):
    global bad
    bad = 1
    print("FAIL:", message)
for data in ["kerch", "dolgikh", "ashevan", "lyudinovo", "ktt"]:
    d = json.load(open(f"{root}/data/{data}.json"))
    for tmpl, catalog in [("survey_mentor", "SRV-02"), ("survey_mentee", "SRV-01"),
                          ("survey_feedback", "SRV-06")]:
        surveys = [s for s in d.get("surveys", []) if s.get("catalog_id") == catalog]
        wb = load_workbook(f"{tmp}/{data}.{tmpl}.xlsx")
        if len(wb.sheetnames) < len(surveys):
            fail(f"{tmpl} {data}: {len(wb.sheetnames)} sheets for {len(surveys)} surveys")
        for survey, name in zip(surveys, wb.sheetnames):
            ws = wb[name]
            # Named by the audience and the title, never by the catalogue code.
            if re.search(r"SRV-\d", name) or len(name) > 31:
                fail(f"{tmpl} {data}: sheet name {name!r}")
            lists = [v for v in ws.data_validations.dataValidation if v.type == "list"]
            wanted = [q for q in survey["questions"] if q["type"] in ("single", "yes_no", "scale")]
            if len(lists) + len([v for v in ws.data_validations.dataValidation
                                 if v.type == "whole"]) < len(wanted):
                fail(f"{tmpl} {data} {name}: {len(lists)} drop-downs for {len(wanted)} questions")
            responses = [r for r in d.get("survey_responses", []) if r["survey"] == survey["id"]]
            texts = [c.value.replace("\u00a0", " ") if isinstance(c.value, str) else c.value
                     for row in ws.iter_rows() for c in row if c.value is not None]
            if responses and not any(isinstance(t, str) and survey["questions"][0]["text"][:20] in t
                                     for t in texts):
                fail(f"{tmpl} {data} {name}: no column for the first question")
    with zipfile.ZipFile(f"{tmp}/{data}.report_surveys.xlsx") as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        if not charts:
            fail(f"report_surveys {data}: no native chart in the workbook")
    # The website version: no mentee's surname, no phone, e-mail or birth date; marked published.
    try:
        text = open(f"{tmp}/{data}.publish.txt").read()
    except OSError:
        fail(f"report_final --publish {data}: no PDF text")
        continue
    people = {p["id"]: p for p in d["people"]}
    # The director (grif) and the curator (signature) are printed by office; a mentee who shares
    # their surname cannot be told apart by a text search.
    signers = {people.get(d["organization"].get("director"), {}).get("last_name"),
               people.get(d["program"].get("curator"), {}).get("last_name")}
    for mentee in d.get("mentees", []):
        person = people.get(mentee["person"], {})
        last = person.get("last_name", "")
        if len(last) > 3 and last not in signers and re.search(r"\b" + re.escape(last) + r"\b", text):
            fail(f"report_final --publish {data}: names the mentee {last}")
        if person.get("birth_date") and person["birth_date"] in text:
            fail(f"report_final --publish {data}: shows a birth date")
    if re.search(r"@[\w-]+\.\w", text):
        fail(f"report_final --publish {data}: shows an e-mail address")
    if "персональные данные" not in text.replace("\n", " ") and "не приводятся" not in text:
        fail(f"report_final --publish {data}: no note on the personal data left out")
sys.exit(bad)
PY
if [ $fail -ne 0 ]; then
    exit 1
fi
echo "catalogue_surveys: ok ($runs renders, 5 published reports)"
