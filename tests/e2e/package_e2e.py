#!/usr/bin/python3
"""package_e2e.py NASTAVDOC SOURCE_DIR CASE: end-to-end checks of `nastavdoc package` and `merge`.

The expected files come from templates/package.json and the templates present (their
<document formats= each= catalog=>), with the people, pairs and orders counted here from the
dataset, independently of the engine. Real readers judge the files: qpdf --check and pdftotext
(poppler) for PDF, python-docx for DOCX, openpyxl for XLSX, LibreOffice for one DOCX.

CASE: datasets | publish | merge | errors
"""
import collections
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
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def run(*args):
    return subprocess.run([BINARY, *args], capture_output=True, text=True)


def load(name):
    with open(os.path.join(SOURCE, "data", name + ".json"), encoding="utf-8") as file:
        return json.load(file)


def is_minor(person):
    if isinstance(person.get("is_minor"), bool):
        return person["is_minor"]
    return bool(person.get("representatives"))


def people_of(data, each):
    people = {p["id"]: p for p in data["people"]}
    def ids(role, minors, adults):
        out = []
        for item in data.get(role, []):
            person = people.get(item["person"])
            if person and ((is_minor(person) and minors) or (not is_minor(person) and adults)):
                out.append(item["person"])
        return out
    chosen = {"mentors": ids("mentors", True, True), "mentees": ids("mentees", True, True),
              "minors": ids("mentees", True, False) + ids("mentors", True, False),
              "adults": ids("mentors", False, True) + ids("mentees", False, True)}.get(each)
    if each == "pairs":
        return [pair["id"] for pair in data.get("pairs", [])]
    return list(dict.fromkeys(chosen))


def template_attributes(name):
    path = os.path.join(SOURCE, "templates", name + ".xml")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as file:
        text = re.sub(r"<!--.*?-->", "", file.read(), flags=re.S)
    tag = re.search(r"<document\b[^>]*>", text).group(0)
    def attribute(key):
        match = re.search(r"\s" + key + r'="([^"]*)"', tag)
        return match.group(1) if match else ""
    formats = attribute("formats").split() or ["docx", "xlsx", "pdf"]
    return {"formats": formats, "each": attribute("each"), "catalog": attribute("catalog")}


def manifest():
    with open(os.path.join(SOURCE, "templates", "package.json"), encoding="utf-8") as file:
        return json.load(file)


def expected_counts(data, publish):
    """Files per format and per template that the package must hold."""
    per_format = collections.Counter()
    per_template = collections.Counter()
    plan = manifest()
    for entry in plan["documents"]:
        attributes = template_attributes(entry["template"])
        if attributes is None:
            continue  # not written yet
        may_publish = entry.get("publish", False) or entry.get("web", False)
        if publish and not may_publish:
            continue
        catalog = attributes["catalog"] or entry.get("catalog", "")
        if attributes["each"]:
            calls = len(people_of(data, attributes["each"]))
        elif catalog:
            calls = sum(1 for item in data.get("orders", []) + data.get("documents", [])
                        if item.get("catalog_id") == catalog)
        else:
            calls = 1
        if calls == 0:
            continue
        variants = 1 if publish else (2 if entry.get("web") else 1)
        for format in attributes["formats"]:
            per_format[format] += calls * variants
            per_template[entry["template"]] += calls * variants
        if attributes["each"] and "pdf" in attributes["formats"]:
            per_format["pdf"] += variants  # the combined PDF
            per_template[entry["template"]] += variants
    return per_format, per_template


def files_on_disk(folder):
    found = []
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.relpath(os.path.join(root, name), folder)
            if path not in ("index.md", "index.json"):
                found.append(path)
    return sorted(found)


def pdf_text(path):
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True,
                            text=True)
    return result.stdout.replace("\xa0", " ")


def zip_text(path):
    with zipfile.ZipFile(path) as archive:
        parts = [archive.read(name).decode("utf-8") for name in archive.namelist()
                 if name.endswith(".xml")]
    return " ".join(re.sub(r"<[^>]+>", " ", part) for part in parts).replace("\xa0", " ")


def check_index(folder, label):
    on_disk = files_on_disk(folder)
    with open(os.path.join(folder, "index.json"), encoding="utf-8") as file:
        index = json.load(file)
    listed = sorted(entry["path"] for entry in index["files"])
    if listed != on_disk:
        fail(f"{label}: index.json lists {len(listed)} files, the folder has {len(on_disk)}: "
             f"{sorted(set(listed) ^ set(on_disk))[:5]}")
    for entry in index["files"]:
        path = os.path.join(folder, entry["path"])
        if os.path.exists(path) and os.path.getsize(path) != entry["bytes"]:
            fail(f"{label}: index.json gives {entry['path']} {entry['bytes']} bytes")
    with open(os.path.join(folder, "index.md"), encoding="utf-8") as file:
        markdown = file.read()
    for path in on_disk:
        if "| [" + path + "]" not in markdown:
            fail(f"{label}: index.md does not list {path}")
            break
    return index


def check_counts(folder, data, publish, label):
    per_format, per_template = expected_counts(data, publish)
    actual_format = collections.Counter(path.rsplit(".", 1)[1] for path in files_on_disk(folder))
    if actual_format != per_format:
        fail(f"{label}: files per format {dict(actual_format)}, expected {dict(per_format)}")
    index = json.load(open(os.path.join(folder, "index.json"), encoding="utf-8"))
    actual_template = collections.Counter(entry["template"] for entry in index["files"])
    if actual_template != per_template:
        diff = {k: (actual_template[k], per_template[k]) for k in per_template | actual_template
                if actual_template[k] != per_template[k]}
        fail(f"{label}: files per template (made, expected) differ: {diff}")
    stages = set(manifest()["stages"]) | {manifest().get("web_folder", "web")}
    for path in files_on_disk(folder):
        if path.split("/")[0] not in stages:
            fail(f"{label}: {path} is not in a stage folder")
            break


def check_readers(folder, label, every_docx):
    import docx
    import openpyxl
    files = files_on_disk(folder)
    pdfs = [f for f in files if f.endswith(".pdf")]
    # qpdf checks many files in one process run per file; all of them, they are small.
    for path in pdfs:
        result = subprocess.run(["qpdf", "--check", os.path.join(folder, path)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            fail(f"{label}: qpdf --check {path}: {result.stdout[-300:]}{result.stderr[-300:]}")
        if page_count(os.path.join(folder, path)) < 1:
            fail(f"{label}: {path} has no pages")
        text = pdf_text(os.path.join(folder, path))
        if not re.search("[А-Яа-яЁё]{4,}", text):
            fail(f"{label}: pdftotext finds no Cyrillic in {path}")
    docxs = [f for f in files if f.endswith(".docx")]
    for path in docxs if every_docx else docxs[:3] + docxs[-3:]:
        document = docx.Document(os.path.join(folder, path))
        text = " ".join(p.text for p in document.paragraphs)
        text += " ".join(cell.text for table in document.tables for row in table.rows
                         for cell in row.cells)
        if not re.search("[А-Яа-яЁё]{4,}", text):
            fail(f"{label}: python-docx finds no Cyrillic in {path}")
    for path in [f for f in files if f.endswith(".xlsx")]:
        book = openpyxl.load_workbook(os.path.join(folder, path))
        values = [str(cell) for sheet in book.worksheets
                  for row in sheet.iter_rows(values_only=True) for cell in row if cell]
        if not any(re.search("[А-Яа-яЁё]{3,}", value) for value in values):
            fail(f"{label}: openpyxl finds no Cyrillic in {path}")


def personal_needles(data):
    people = {p["id"]: p for p in data["people"]}
    needles = []
    for item in data.get("mentees", []) + data.get("mentors", []):
        person = people[item["person"]]
        if not is_minor(person):
            continue
        needles.append(person["last_name"] + " " + person["first_name"])
        if person.get("birth_date"):
            year, month, day = (person["birth_date"].split("-") + ["", ""])[:3]
            needles.append(person["birth_date"])
            if day:
                needles.append(f"{day}.{month}.{year}")
        for key in ("phone", "email"):
            value = person.get("contacts", {}).get(key)
            if value:
                needles.append(value)
    return needles


def check_no_personal_data(folder, files, data, label):
    needles = personal_needles(data)
    for path in files:
        full = os.path.join(folder, path)
        text = pdf_text(full) if path.endswith(".pdf") else zip_text(full)
        hits = [needle for needle in needles if needle in text]
        if hits:
            fail(f"{label}: {path} shows a minor's personal data: {hits[:3]}")
        if path.endswith(".pdf"):
            info = subprocess.run(["pdfinfo", full], capture_output=True, text=True).stdout
            if "персональные данные исключены" not in info:
                fail(f"{label}: the properties of {path} do not say it is for publication")
        elif path.endswith(".docx"):
            with zipfile.ZipFile(full) as archive:
                core = archive.read("docProps/core.xml").decode("utf-8")
            if "Для публикации" not in core:
                fail(f"{label}: docProps/core.xml of {path} does not say it is for publication")
    return len(needles)


def case_datasets(work):
    for name in DATASETS:
        folder = os.path.join(work, name)
        result = run("package", "--data", os.path.join(SOURCE, "data", name + ".json"),
                     "-o", folder)
        if result.returncode != 0:
            fail(f"{name}: exit {result.returncode}\n{result.stderr[-2000:]}")
            continue
        if "error" in result.stderr:
            fail(f"{name}: errors on stderr: {result.stderr[-1000:]}")
        if result.stderr.count("\r") or "\033[" in result.stderr:
            fail(f"{name}: progress drawn although stderr is not a terminal")
        data = load(name)
        check_index(folder, name)
        check_counts(folder, data, False, name)
        check_readers(folder, name, every_docx=(name == "kerch"))
        web = [f for f in files_on_disk(folder) if f.startswith(manifest()["web_folder"] + "/")]
        if not web:
            fail(f"{name}: no web versions")
        check_no_personal_data(folder, web, data, name + " web")
    # LibreOffice opens one order of the package (slow: one file only).
    if shutil.which("libreoffice"):
        orders = [f for f in files_on_disk(os.path.join(work, "kerch"))
                  if os.path.basename(f).startswith("order_pairs") and f.endswith(".docx")]
        if orders:
            source = os.path.join(work, "kerch", orders[0])
            converted = os.path.join(work, "lo")
            subprocess.run(["libreoffice", "--headless", f"-env:UserInstallation=file://{work}/lo-profile",
                            "--convert-to", "pdf", "--outdir", converted, source],
                           capture_output=True, timeout=180)
            pdf = os.path.join(converted, os.path.basename(source)[:-5] + ".pdf")
            if not os.path.exists(pdf) or "ПРИКАЗЫВАЮ" not in pdf_text(pdf):
                fail(f"LibreOffice could not convert {orders[0]}")


def case_publish(work):
    checked = 0
    for name in ["kerch", "ashevan", "ktt"]:  # the seeds with minors
        folder = os.path.join(work, name)
        result = run("package", "--data", os.path.join(SOURCE, "data", name + ".json"),
                     "-o", folder, "--publish")
        if result.returncode != 0:
            fail(f"{name} --publish: exit {result.returncode}\n{result.stderr[-2000:]}")
            continue
        data = load(name)
        check_index(folder, name + " --publish")
        check_counts(folder, data, True, name + " --publish")
        files = files_on_disk(folder)
        if not files:
            fail(f"{name} --publish: no files")
        checked += check_no_personal_data(folder, files, data, name + " --publish")
    if checked == 0:
        fail("no minor's personal data to look for: the check would prove nothing")


def page_count(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.M)
    return int(match.group(1)) if match else -1


def case_merge(work):
    data_file = os.path.join(SOURCE, "data", "kerch.json")
    data = load("kerch")
    for template, each in [("consent_minor", "minors"), ("idp", "pairs")]:
        if template_attributes(template) is None:
            continue
        people = people_of(data, each)
        folder = os.path.join(work, template)
        result = run("merge", template, "--data", data_file, "--each", each, "-o", folder)
        if result.returncode != 0:
            fail(f"merge {template}: exit {result.returncode}\n{result.stderr[-1500:]}")
            continue
        made = sorted(os.listdir(folder))
        if len(made) != len(people) or not all(re.fullmatch(r"[A-Za-z0-9_-]+\.pdf", f) for f in made):
            fail(f"merge {template}: {len(made)} files for {len(people)} {each}: {made[:4]}")
        pages = sum(page_count(os.path.join(folder, f)) for f in made)
        combined = os.path.join(work, template + "_all.pdf")
        result = run("merge", template, "--data", data_file, "--each", each, "-o", combined)
        if result.returncode != 0:
            fail(f"merge {template} into one PDF: exit {result.returncode}\n{result.stderr[-1500:]}")
            continue
        if subprocess.run(["qpdf", "--check", combined], capture_output=True).returncode != 0:
            fail(f"merge {template}: the combined PDF fails qpdf --check")
        if page_count(combined) != pages or pages < len(people):
            fail(f"merge {template}: {page_count(combined)} pages in one PDF, {pages} in "
                 f"{len(made)} files for {len(people)} {each}")
        if template == "consent_minor":
            text = pdf_text(combined)
            for person_id in people:
                person = next(p for p in data["people"] if p["id"] == person_id)
                if person["last_name"] not in text:
                    fail(f"merge: {person['last_name']} is not in the combined PDF")
                    break
    docx_folder = os.path.join(work, "docx")
    result = run("merge", "consent_adult", "--data", data_file, "--each", "adults", "-o",
                 docx_folder, "--format", "docx")
    if result.returncode != 0 or len(os.listdir(docx_folder)) != len(people_of(data, "adults")):
        fail(f"merge --format docx: exit {result.returncode}, "
             f"{len(os.listdir(docx_folder)) if os.path.isdir(docx_folder) else 0} files")
    result = run("merge", "consent_minor", "--data", data_file, "--each", "nobody", "-o", work)
    if result.returncode != 2:
        fail(f"merge --each nobody: exit {result.returncode}, expected 2 (usage)")


def case_errors(work):
    data = load("kerch")
    data["pairs"][0]["mentor"] = "m:nobody"
    bad = os.path.join(work, "bad.json")
    with open(bad, "w", encoding="utf-8") as file:
        json.dump(data, file, ensure_ascii=False, indent=1)
    folder = os.path.join(work, "out")
    result = run("package", "--data", bad, "-o", folder)
    if result.returncode != 1:
        fail(f"a bad dataset: exit {result.returncode}, expected 1")
    if not re.search(r"bad\.json:\d+:\d+: error\[", result.stderr):
        fail(f"a bad dataset: no located diagnostic: {result.stderr[-800:]}")
    if os.path.exists(folder) and os.listdir(folder):
        fail(f"a bad dataset left files: {os.listdir(folder)[:5]}")
    # A good package, then a bad run over it: every file stays as it was.
    good = os.path.join(work, "good")
    if run("package", "--data", os.path.join(SOURCE, "data", "dolgikh.json"), "-o", good,
           "--formats", "docx").returncode != 0:
        fail("dolgikh --formats docx failed")
    before = {f: open(os.path.join(good, f), "rb").read() for f in files_on_disk(good)}
    if not before or any(not f.endswith(".docx") for f in before):
        fail(f"--formats docx made {sorted(before)[:3]}")
    run("package", "--data", bad, "-o", good)
    after = {f: open(os.path.join(good, f), "rb").read() for f in files_on_disk(good)}
    if before != after:
        fail("a failed run changed the files of a good package")
    blocker = os.path.join(work, "a-file")
    open(blocker, "w").close()
    result = run("package", "--data", os.path.join(SOURCE, "data", "kerch.json"), "-o",
                 os.path.join(blocker, "package"))
    if result.returncode != 3:
        fail(f"an unwritable -o: exit {result.returncode}, expected 3\n{result.stderr[-500:]}")
    result = run("merge", "consent_minor", "--data", os.path.join(SOURCE, "data", "kerch.json"),
                 "--each", "minors", "-o", os.path.join(blocker, "all.pdf"))
    if result.returncode != 3:
        fail(f"merge to an unwritable -o: exit {result.returncode}, expected 3")
    if run("package", "--data", bad).returncode != 2:
        fail("package without -o: expected exit 2")


def main():
    work = tempfile.mkdtemp(prefix="package-e2e-")
    try:
        {"datasets": case_datasets, "publish": case_publish, "merge": case_merge,
         "errors": case_errors}[CASE](work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
