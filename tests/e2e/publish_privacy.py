#!/usr/bin/python3
"""publish_privacy.py NASTAVDOC SOURCE_DIR CASE: the website version never shows a minor.

What a published file may hold (documents.md C.5, C.6.4, D.1 p. 6; design.md: «a website that
publishes the program's reports as PDF, which must not leak minors' personal data»): a minor
is named by initials at most; no surname, birth date, phone or e-mail of a minor appears.

CASE:
  package  `nastavdoc package --data D -o DIR --publish` for all five seeds; the text of every
           file (pdftotext for PDF, python-docx for DOCX, openpyxl for XLSX), the file names
           and index.md / index.json are searched.
  render   `nastavdoc render T --publish --format tree` for every template of
           templates/package.json, every seed, and every order, document, pair or person the
           package would make it for (at most 12 per template and seed, minors first), also
           with `--set format=xlsx` where the template makes XLSX: `render --publish` is as
           safe as the package.

Minors are found here from the dataset, independently of the engine: `is_minor` when given,
else having legal representatives, else being under 18 on the day the person entered the
program (the earliest `included_on`, else the program's start). A minor's surname is searched
in all six cases (nominative from the data, the other five from `nastavdoc text decline` and
stored name_cases) as a whole word, ignoring letter case. When an adult who appears in their
own right (staff, not only a parent) has the same surname form, the form is searched only next
to the minor's first name or initial. Birth dates in ISO, numeric and word form.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

BINARY, SOURCE, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
DATASETS = ["kerch", "dolgikh", "ashevan", "lyudinovo", "ktt"]
CASES = ["gen", "dat", "acc", "ins", "pre"]
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря"]
LETTER = "А-Яа-яЁёA-Za-z0-9"
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def run(*args, stdin=None):
    return subprocess.run([BINARY, *args], capture_output=True, text=True, input=stdin)


def load(name):
    with open(os.path.join(SOURCE, "data", name + ".json"), encoding="utf-8") as file:
        return json.load(file)


def manifest():
    with open(os.path.join(SOURCE, "templates", "package.json"), encoding="utf-8") as file:
        return json.load(file)


def age(birth, day):
    by, bm, bd = (int(x) for x in birth.split("-")[:3])
    dy, dm, dd = (int(x) for x in day.split("-")[:3])
    return dy - by - ((dm, dd) < (bm, bd))


def minors_of(data):
    start = data.get("program", {}).get("period", {}).get("from", "")
    entered = {}
    for item in data.get("mentors", []) + data.get("mentees", []):
        day = item.get("included_on") or start
        if day:
            entered[item["person"]] = min(day, entered.get(item["person"], day))
    minors = []
    for person in data["people"]:
        if isinstance(person.get("is_minor"), bool):
            minor = person["is_minor"]
        elif person.get("representatives"):
            minor = True
        else:
            birth, day = person.get("birth_date", ""), entered.get(person["id"])
            minor = bool(day) and birth.count("-") == 2 and age(birth, day) < 18
        if minor:
            minors.append(person)
    return minors


def surname_forms(people):
    """Every case form of each person's surname: {person id: {form, ...}}."""
    names = [" ".join(p.get(k, "") for k in ("last_name", "first_name", "middle_name")).strip()
             for p in people]
    forms = {p["id"]: {p["last_name"]} for p in people}
    for case in CASES:
        result = run("text", "decline", "--case", case, "--kind", "name",
                     stdin="\n".join(names) + "\n")
        lines = result.stdout.split("\n")
        if result.returncode != 0 or len(lines) < len(names):
            fail(f"nastavdoc text decline --case {case} failed: {result.stderr[-300:]}")
            continue
        for person, line in zip(people, lines):
            if line.split():
                forms[person["id"]].add(line.split()[0])
    for person in people:
        stored = person.get("name_cases") or {}
        for value in stored.values():
            if isinstance(value, str) and value.split():
                forms[person["id"]].add(value.split()[0])
    return forms


def word(text):
    return r"(?<![" + LETTER + r"])" + re.escape(text) + r"(?![" + LETTER + r"])"


def needles(data):
    """(label, compiled pattern) for every minor's surname, birth date and contacts."""
    people = data["people"]
    minors = minors_of(data)
    minor_ids = {p["id"] for p in minors}
    parents_only = {p["id"] for p in people
                    if p["id"] not in minor_ids and set(p.get("roles") or []) == {"parent"}}
    forms = surname_forms(people)
    public_forms = {form.lower() for person in people
                    if person["id"] not in minor_ids and person["id"] not in parents_only
                    for form in forms[person["id"]]}
    found = []
    for person in minors:
        first = person.get("first_name", "")
        for form in sorted(forms[person["id"]]):
            if form.lower() in public_forms:
                # A staff member shares the form: only the minor's own name or initial counts.
                initial = re.escape(first[:1]) + r"\." if first else "(?!)"
                pattern = (word(form) + r"[\s\xa0~]+(" + re.escape(first[:3]) + "|" + initial + ")"
                           + "|" + initial + r"\s*(\w\.)?[\s\xa0~]*" + word(form))
                found.append((form + " " + first, re.compile(pattern, re.I)))
            else:
                found.append((form, re.compile(word(form), re.I)))
        birth = person.get("birth_date", "")
        if birth.count("-") == 2:
            year, month, day = birth.split("-")
            for text in (birth, f"{day}.{month}.{year}",
                         f"{int(day)} {MONTHS[int(month) - 1]} {year}"):
                found.append((text, re.compile(re.escape(text).replace(r"\ ", r"[\s\xa0~]+"))))
        for key in ("phone", "email"):
            value = (person.get("contacts") or {}).get(key)
            if value:
                found.append((value, re.compile(re.escape(value), re.I)))
    return minors, found


def normalised(text):
    # Soft hyphens, no-break hyphens and spaces as a reader would see them; words split at a
    # line end joined again.
    text = text.replace("\u00ad", "").replace("\u2011", "-").replace("\xa0", " ")
    return text + "\n" + re.sub(r"-\n", "", text)


def pdf_text(path):
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True,
                            text=True)
    if result.returncode != 0:
        fail(f"pdftotext {path}: {result.stderr[-300:]}")
    return result.stdout


def docx_text(path):
    import docx
    document = docx.Document(path)
    parts = [p.text for p in document.paragraphs]

    def tables(items):
        for table in items:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
                    tables(cell.tables)
    tables(document.tables)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header):
            parts.extend(p.text for p in part.paragraphs)
    properties = document.core_properties
    parts += [properties.title or "", properties.subject or "", properties.keywords or ""]
    # Whatever python-docx does not model (text boxes, comments) is still in the XML.
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                parts.append(re.sub(r"<[^>]+>", "", archive.read(name).decode("utf-8")))
    return "\n".join(parts)


def xlsx_text(path):
    import openpyxl
    book = openpyxl.load_workbook(path)
    parts = [book.properties.title or "", book.properties.keywords or ""]
    for sheet in book.worksheets:
        parts.append(sheet.title)
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if value is None:
                    continue
                if hasattr(value, "strftime"):
                    parts += [value.strftime("%Y-%m-%d"), value.strftime("%d.%m.%Y")]
                else:
                    parts.append(str(value))
        for validation in sheet.data_validations.dataValidation:
            parts.append(str(validation.formula1 or ""))
    return "\n".join(parts)


def text_of(path):
    if path.endswith(".pdf"):
        return pdf_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith(".xlsx"):
        return xlsx_text(path)
    with open(path, encoding="utf-8") as file:
        return file.read()


def leaks(text, found):
    text = normalised(text)
    return sorted({label for label, pattern in found if pattern.search(text)})


def case_package(work):
    searched = 0
    for name in DATASETS:
        data = load(name)
        minors, found = needles(data)
        folder = os.path.join(work, name)
        result = run("package", "--data", os.path.join(SOURCE, "data", name + ".json"), "-o",
                     folder, "--publish")
        if result.returncode != 0:
            fail(f"{name}: package --publish exit {result.returncode}\n{result.stderr[-1500:]}")
            continue
        files = sorted(os.path.relpath(os.path.join(root, f), folder)
                       for root, _, names in os.walk(folder) for f in names)
        if not any(f.endswith(".pdf") for f in files):
            fail(f"{name}: package --publish made no PDF")
        for path in files:
            hits = leaks(path + "\n" + text_of(os.path.join(folder, path)), found)
            if hits:
                fail(f"{name} --publish: {path} shows minors' personal data: {hits[:6]}")
        searched += len(files) * len(found)
        print(f"{name}: {len(files)} published files, {len(minors)} minors, "
              f"{len(found)} patterns")
    return searched


def template_attributes(template):
    path = os.path.join(SOURCE, "templates", template + ".xml")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as file:
        text = re.sub(r"<!--.*?-->", "", file.read(), flags=re.S)
    tag = re.search(r"<document\b[^>]*>", text).group(0)

    def attribute(key):
        match = re.search(r"\s" + key + r'="([^"]*)"', tag)
        return match.group(1) if match else ""
    return {"each": attribute("each"), "catalog": attribute("catalog"),
            "formats": attribute("formats").split() or ["docx", "xlsx", "pdf"]}


def people_of(data, each):
    """The person IDs of `each` (mentors, mentees, minors, adults), minors first."""
    minor_ids = {p["id"] for p in minors_of(data)}
    items = data.get("mentees", []) + data.get("mentors", [])
    if each in ("mentors", "mentees"):
        items = data.get(each, [])
    ids = list(dict.fromkeys(item["person"] for item in items))
    if each == "minors":
        ids = [i for i in ids if i in minor_ids]
    elif each == "adults":
        ids = [i for i in ids if i not in minor_ids]
    return sorted(ids, key=lambda i: i not in minor_ids)


def calls_of(data, attributes, catalog, per_kind=12):
    """The --set arguments the package would use, one list per document (independently of the
    engine); for templates made per person or pair, the first `per_kind` (minors first)."""
    if attributes["each"] == "pairs":
        return [["--set", "pair=" + pair["id"]] for pair in data.get("pairs", [])][:per_kind]
    if attributes["each"]:
        return [["--set", "person=" + person]
                for person in people_of(data, attributes["each"])][:per_kind]
    if catalog:
        return [["--set", "order=" + item["id"]] for item in data.get("orders", [])
                if item.get("catalog_id") == catalog] + \
               [["--set", "doc=" + item["id"]] for item in data.get("documents", [])
                if item.get("catalog_id") == catalog]
    return [[]]


def case_render(work):
    import concurrent.futures
    jobs = []
    for name in DATASETS:
        data = load(name)
        _, found = needles(data)
        data_file = os.path.join(SOURCE, "data", name + ".json")
        for entry in manifest()["documents"]:
            attributes = template_attributes(entry["template"])
            if attributes is None:
                continue
            catalog = attributes["catalog"] or entry.get("catalog", "")
            # A template may differ per format (`format`): the XLSX variant as a tree too.
            variants = [[]] + ([["--set", "format=xlsx"]] if "xlsx" in attributes["formats"] else [])
            for call in calls_of(data, attributes, catalog):
                for variant in variants:
                    jobs.append((name, entry["template"], data_file, call + variant, found))

    def render(job):
        name, template, data_file, call, found = job
        result = run("render", template, "--data", data_file, "--format", "tree", "--publish",
                     *call)
        label = f"{name} render {template} --publish {' '.join(call)}"
        if result.returncode != 0:
            return [f"{label}: exit {result.returncode}\n{result.stderr[-800:]}"]
        problems = []
        if " published" not in result.stdout.split("\n", 3)[1]:
            problems.append(f"{label}: the metadata does not say published")
        hits = leaks(result.stdout.replace("~", " "), found)
        if hits:
            problems.append(f"{label}: shows minors' personal data: {hits[:6]}")
        return problems

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        for problems in pool.map(render, jobs):
            for problem in problems:
                fail(problem)
    print(f"{len(jobs)} documents rendered with --publish")
    return sum(len(job[4]) for job in jobs)


def main():
    work = tempfile.mkdtemp(prefix="publish-privacy-")
    try:
        searched = {"package": case_package, "render": case_render}[CASE](work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if not searched:
        fail("no minor's personal data was looked for: the check would prove nothing")
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
