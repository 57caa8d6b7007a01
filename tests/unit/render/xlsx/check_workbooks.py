"""Reads back the workbooks render_xlsx_tests wrote (XlsxSamples.WriteEveryWorkbook) with openpyxl,
a reader that is not ours: values with their types, frozen panes, autofilters, merged cells,
validations, hidden sheets, charts, print setup and document properties.

Usage: /usr/bin/python3 check_workbooks.py DIR
"""
import datetime
import os
import sys

import openpyxl

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def validations(ws):
    return {(dv.type, str(dv.sqref)): dv for dv in ws.data_validations.dataValidation}


def check_mentors(path):
    name = os.path.basename(path)
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == ["Реестр наставников"], f"{name}: sheets {wb.sheetnames}")
    ws = wb["Реестр наставников"]
    check(ws["A1"].value == "МБОУ «СОШ № 1» г. Керчи", f"{name}: A1 {ws['A1'].value!r}")
    check(ws["A2"].value == "Реестр наставников", f"{name}: A2 {ws['A2'].value!r}")
    check(ws["A3"].value == "по состоянию на 01.10.2023", f"{name}: A3 {ws['A3'].value!r}")
    check(ws["B5"].value == "ФИО" and ws["B5"].font.b, f"{name}: header B5 not bold 'ФИО'")
    check(ws["B5"].alignment.wrap_text, f"{name}: header does not wrap")
    check(ws.freeze_panes == "A6", f"{name}: freeze {ws.freeze_panes}")
    check(ws.auto_filter.ref == "A5:H9", f"{name}: autofilter {ws.auto_filter.ref}")
    # Typed values.
    check(ws["A6"].value == 1 and ws["A6"].data_type == "n", f"{name}: A6 {ws['A6'].value!r}")
    check(ws["F6"].value == datetime.datetime(2023, 9, 1), f"{name}: F6 {ws['F6'].value!r}")
    check(ws["F6"].number_format == "dd.mm.yyyy", f"{name}: F6 format {ws['F6'].number_format}")
    check(ws["F8"].value == datetime.datetime(2024, 2, 29), f"{name}: F8 {ws['F8'].value!r}")
    for cell, text in [("C6", "+7 (978) 123-45-67"), ("D6", "0012345678"), ("E6", "09"),
                       ("D8", "000000000001"), ("B7", '=HYPERLINK("http://evil","x")'),
                       ("C7", "-2+3"), ("B8", "@SUM(A1)"), ("C8", "=1+1")]:
        check(ws[cell].value == text and ws[cell].data_type == "s",
              f"{name}: {cell} {ws[cell].value!r} type {ws[cell].data_type}")
    check(ws["H6"].value == 12 and ws["H6"].data_type == "n", f"{name}: H6 {ws['H6'].value!r}")
    # Validations reach past the data for rows added by hand.
    dvs = validations(ws)
    forms = dvs.get(("list", "G6:G209"))
    check(forms is not None and "педагог – ученик" in forms.formula1,
          f"{name}: list validation {sorted(dvs)}")
    check(("date", "F6:F209") in dvs, f"{name}: date validation {sorted(dvs)}")
    whole = dvs.get(("whole", "H6:H209"))
    check(whole is not None and whole.formula1 == "0" and whole.formula2 == "60",
          f"{name}: whole validation {sorted(dvs)}")
    # Widths computed from the text: the name column is wider than the number column.
    width = lambda col: ws.column_dimensions[col].width
    check(width("B") > width("A") and 4 <= width("A") <= 60 and width("B") <= 60,
          f"{name}: widths A={width('A')} B={width('B')}")
    check(ws.print_title_rows == "$5:$5", f"{name}: repeated rows {ws.print_title_rows}")
    check(ws.page_setup.paperSize in (9, "9"), f"{name}: paper {ws.page_setup.paperSize}")
    check(ws.page_setup.fitToWidth in (1, "1", None) and ws.sheet_properties.pageSetUpPr.fitToPage,
          f"{name}: fit to page")
    check("Страница &P из &N" in (ws.oddFooter.center.text or ""),
          f"{name}: footer {ws.oddFooter.center.text!r}")
    props = wb.properties
    check(props.title == "Реестр наставников", f"{name}: title {props.title!r}")
    check(props.creator == "МБОУ «СОШ № 1»", f"{name}: creator {props.creator!r}")
    check(props.created == datetime.datetime(2023, 10, 1), f"{name}: created {props.created!r}")


def check_pairs(path):
    name = os.path.basename(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Пары"]
    merged = sorted(str(r) for r in ws.merged_cells.ranges)
    check(merged == sorted(["A5:A6", "B5:C5", "D5:D6", "E5:E6", "A7:A8", "B7:B8", "C7:C8"]),
          f"{name}: merged {merged}")
    check(ws["A7"].value == 1 and ws["B7"].value == "Иванова Мария Петровна",
          f"{name}: anchors {ws['A7'].value!r} {ws['B7'].value!r}")
    check(ws["B5"].value == "Наставник" and ws["B6"].value == "ФИО", f"{name}: header rows")
    check(ws["E8"].value == datetime.datetime(2023, 9, 5), f"{name}: E8 {ws['E8'].value!r}")
    check(ws.freeze_panes == "A7", f"{name}: freeze {ws.freeze_panes}")
    check(ws.auto_filter.ref == "A6:E9", f"{name}: autofilter {ws.auto_filter.ref}")
    check(ws.print_title_rows == "$5:$6", f"{name}: repeated rows {ws.print_title_rows}")
    check(ws.page_setup.orientation == "landscape", f"{name}: {ws.page_setup.orientation}")
    check(ws["A11"].value == "Заместитель директора по УВР  Д.В. Колесник",
          f"{name}: text below the table {ws['A11'].value!r}")


def check_questionnaire(path):
    name = os.path.basename(path)
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == ["Анкета. ответы-2023", "Списки"], f"{name}: sheets {wb.sheetnames}")
    check(wb["Списки"].sheet_state == "hidden", f"{name}: lists sheet not hidden")
    check(wb["Списки"]["A12"].value == "Вариант ответа номер 12, подробный",
          f"{name}: lists A12 {wb['Списки']['A12'].value!r}")
    ws = wb["Анкета. ответы-2023"]
    dvs = validations(ws)
    yes_no = [dv for (kind, _), dv in dvs.items() if kind == "list" and "Да" in dv.formula1]
    check(len(yes_no) == 1 and yes_no[0].formula1 == '"Да,Нет"', f"{name}: yes/no {sorted(dvs)}")
    long_list = [dv for (kind, _), dv in dvs.items() if kind == "list" and "Списки" in dv.formula1]
    check(len(long_list) == 1 and long_list[0].formula1 == "'Списки'!$A$1:$A$12",
          f"{name}: long list {[dv.formula1 for dv in dvs.values()]}")
    check(any(kind == "date" for kind, _ in dvs), f"{name}: no date validation")
    whole = [dv for (kind, _), dv in dvs.items() if kind == "whole"]
    check(len(whole) == 1 and whole[0].formula1 == "1" and whole[0].formula2 == "10",
          f"{name}: whole {sorted(dvs)}")
    # Empty answer columns take their width from the template's weights.
    check(ws.column_dimensions["E"].width > ws.column_dimensions["C"].width,
          f"{name}: weights E={ws.column_dimensions['E'].width} C={ws.column_dimensions['C'].width}")


def check_report(path):
    name = os.path.basename(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Показатели"]
    kinds = sorted(type(chart).__name__ for chart in ws._charts)
    check(kinds == ["BarChart", "PieChart"], f"{name}: charts {kinds}")
    bar = next(c for c in ws._charts if type(c).__name__ == "BarChart")
    check(bar.type == "col" and len(bar.series) == 2, f"{name}: bar {bar.type} {len(bar.series)}")
    refs = [s.val.numRef.f for s in bar.series]
    check(refs == ["'Показатели'!$B$4:$B$6", "'Показатели'!$C$4:$C$6"], f"{name}: refs {refs}")
    check(ws["A4"].value == "ученик – ученик" and ws["C6"].value == 9,
          f"{name}: chart data {ws['A4'].value!r} {ws['C6'].value!r}")
    check(ws["B3"].value == "2022", f"{name}: series name cell {ws['B3'].value!r}")
    values = [row for row in ws.iter_rows(values_only=True) if row and row[0] == "Число пар"]
    check(values == [("Число пар", 15, 18)], f"{name}: indicators {values}")
    # Percentages are numbers shown with their decimals; the header, far down under the charts,
    # is not frozen (the sheet could not be scrolled) but keeps its filter.
    shares = [row for row in ws.iter_rows() if row[0].value == "Доля завершивших программу"]
    check(len(shares) == 1, f"{name}: no row of shares")
    for cell, value, number_format in zip(shares[0][1:] if shares else [], [0.5, 0.429],
                                          ["0%", "0.0%"]):
        check(cell.data_type == "n" and cell.value == value and cell.number_format == number_format,
              f"{name}: {cell.coordinate} {cell.value!r} type {cell.data_type} "
              f"format {cell.number_format}")
    check(ws.freeze_panes is None, f"{name}: freeze {ws.freeze_panes}")
    check(ws.auto_filter.ref is not None, f"{name}: no autofilter")


CHECKS = {
    "mentors.xlsx": check_mentors,
    "mentors_streamed.xlsx": check_mentors,
    "pairs.xlsx": check_pairs,
    "pairs_streamed.xlsx": check_pairs,
    "questionnaire.xlsx": check_questionnaire,
    "report.xlsx": check_report,
}


def main():
    directory = sys.argv[1]
    for file, check_file in CHECKS.items():
        path = os.path.join(directory, file)
        if not os.path.exists(path):
            failures.append(f"{file}: missing (run render_xlsx_tests first)")
            continue
        check_file(path)
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(CHECKS)} workbooks, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
