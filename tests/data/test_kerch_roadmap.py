#!/usr/bin/env python3
"""data/kerch.json's roadmap against the seed text it transcribes (seed 000, tab-separated, <b> markup).

Every seed row must come back from the JSON when cells are flattened the way the seed file was
flattened (paragraphs joined with a space); the continuation line of step 3.4 (page break) joins
the row above. Run: python3 tests/data/test_kerch_roadmap.py [SEED]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "data", "kerch.json")
SEED = "/work/shared/seeds/000_477e2ff85800e048.txt"


def flat(rt):
    """RichText -> text, paragraphs joined with a space, line breaks as spaces."""
    if rt is None:
        return ""
    if isinstance(rt, str):
        return rt
    if isinstance(rt, list):
        return " ".join(flat(x) for x in rt)
    if isinstance(rt, dict):
        for k in ("p", "b", "i", "u", "q", "raw"):
            if k in rt:
                return flat(rt[k])
        if "br" in rt:
            return " "
        if "ul" in rt or "ol" in rt:
            return " ".join(flat(x) for x in rt.get("ul", rt.get("ol")))
    raise ValueError(rt)


def cell_text(c):
    if isinstance(c, dict) and "deadline" in c:
        return flat(c["deadline"]["text"])
    if isinstance(c, dict) and "responsible" in c:
        return " ".join(c["responsible"])
    return flat(c)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def seed_rows(path):
    rows = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if "\t" not in line:
            continue
        cells = [norm(re.sub(r"</?b>", "", c)) for c in line.split("\t")]
        if cells[0].startswith("Этап, мероприятия"):
            rows.append(("header", cells))
        elif line.startswith("<b>"):
            rows.append(("stage", cells))
        elif re.match(r"^\d+\.\d+\. ", cells[0]):
            rows.append(("row", cells))
        else:  # continuation after a page break
            kind, prev = rows[-1]
            rows[-1] = (kind, [norm(a + " " + b) for a, b in zip(prev, cells)])
    return rows


def json_rows(rm):
    out = [("header", [flat(c["title"]) for c in rm["columns"]])]
    for st in rm["stages"]:
        label = rm["stage_layout"]["labels"]["title"].replace("{n}", st["n"])
        out.append(("stage", [norm(label + flat(st["title"])), "", "", ""]))
        for r in st["rows"]:
            cells = [cell_text(r["cells"].get(c["key"])) for c in rm["columns"]]
            cells[0] = r["n"] + " " + cells[0]
            out.append(("row", [norm(c) for c in cells]))
    return out


def main():
    seed = sys.argv[1] if len(sys.argv) > 1 else SEED
    if not os.path.exists(seed):
        print("seed not found, skipped:", seed)
        return 0
    rm = json.load(open(DATA, encoding="utf-8"))["roadmap"]
    a, b = seed_rows(seed), json_rows(rm)
    bad = 0
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else None
        y = b[i] if i < len(b) else None
        if x != y:
            bad += 1
            print("seed:", x, "\njson:", y, "\n")
    # the grif and the title, line by line (a {"br": true} is a line break)
    lines = [l.strip().strip("*").strip() for l in open(seed, encoding="utf-8").read().split("\n")]
    head = lines[:lines.index("Этап, мероприятия этапа\tсроки\tОтветственные\tРезультат")]
    while head and not head[0]:
        head.pop(0)

    def br_lines(rt):
        if isinstance(rt, dict) and "br" in rt:
            return "\n"
        if isinstance(rt, dict):
            return "".join(br_lines(v) for k, v in rt.items() if k in ("p", "b", "i", "u", "q", "raw"))
        if isinstance(rt, list):
            return "".join(br_lines(x) for x in rt)
        return rt
    got = []
    for vl in rm["grifs"][0]["verbatim_lines"]:
        got += br_lines(vl).split("\n")
    got += [""] + br_lines(rm["title"]).split("\n") + [""]
    if [norm(x) for x in got] != [norm(x) for x in head]:
        bad += 1
        print("seed head:", head, "\njson head:", got)
    stages = sum(1 for k, _ in b if k == "stage")
    rows = sum(1 for k, _ in b if k == "row")
    print(f"{'FAIL' if bad else 'ok'}: {stages} stages, {rows} rows, {bad} mismatches")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
