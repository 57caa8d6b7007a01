"""Reads back the mentors' register of data/kerch.json with openpyxl: the header block, one row
per mentor in Russian alphabetical order, typed numbers and dates, phones as text, the form
drop-down, the frozen header and the autofilter; and the --publish workbook has no contacts.
Usage: catalogue_registers_xlsx.py INTERNAL.xlsx PUBLISHED.xlsx DATASET.json"""
import datetime
import json
import sys

import openpyxl

internal, published, data_path = sys.argv[1:4]
data = json.load(open(data_path, encoding="utf-8"))
people = {p["id"]: p for p in data["people"]}
sheet = openpyxl.load_workbook(internal).worksheets[0]
rows = [[c.value for c in row] for row in sheet.iter_rows()]
texts = [str(v).replace("\xa0", " ") for row in rows for v in row if v is not None]
assert data["organization"]["full_name"] in texts[0], texts[:3]
assert any(t == "Реестр наставников" for t in texts[:3]), texts[:3]
assert any(t.startswith("по состоянию на") for t in texts[:4]), texts[:4]
header = next(i for i, row in enumerate(rows) if row[0] == "№")
heads = rows[header]
col = {name.replace("\xa0", " "): heads.index(name) for name in heads if name}
body = [row for row in rows[header + 1:] if isinstance(row[0], (int, float))]
assert len(body) == len(data["mentors"]), (len(body), len(data["mentors"]))
assert [r[0] for r in body] == list(range(1, len(body) + 1))
names = [r[col["ФИО наставника"]].replace("\xa0", " ") for r in body]
alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
key = lambda s: [alphabet.index(ch) if ch in alphabet else 100 + ord(ch) for ch in s.lower()]
assert names == sorted(names, key=key), names
expected = sorted(
    (" ".join(filter(None, [people[m["person"]]["last_name"], people[m["person"]]["first_name"],
                            people[m["person"]].get("middle_name")])) for m in data["mentors"]),
    key=key)
assert names == expected, (names[:3], expected[:3])
first = body[0]
date_col = col["Дата включения в реестр"]
cell = sheet.cell(row=header + 2, column=date_col + 1)
assert isinstance(cell.value, datetime.datetime), cell.value
assert cell.number_format.lower().startswith("dd.mm.yyyy"), cell.number_format
contacts = sheet.cell(row=header + 2, column=col["Контакты"] + 1)
assert contacts.data_type == "s" and "+7" in contacts.value, contacts.value
form_letter = openpyxl.utils.get_column_letter(col["Форма наставничества"] + 1)
lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
form_lists = [v for v in lists if form_letter in str(v.sqref)]
assert form_lists, [(v.sqref, v.formula1) for v in lists]
for form in data["forms"]:
    assert form["name"].split(" ")[0] in form_lists[0].formula1, form_lists[0].formula1
assert sheet.freeze_panes is not None and sheet.auto_filter.ref, (sheet.freeze_panes, sheet.auto_filter.ref)
assert sheet.page_setup.orientation == "landscape", sheet.page_setup.orientation

web = openpyxl.load_workbook(published).worksheets[0]
web_texts = [str(c.value) for row in web.iter_rows() for c in row if c.value is not None]
assert "Контакты" not in web_texts and not any("+7" in t or "@" in t for t in web_texts), "contacts"
print(f"{len(body)} mentors read back: dates, text phones, form list, frozen header, autofilter")
