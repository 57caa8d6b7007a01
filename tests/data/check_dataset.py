#!/usr/bin/env python3
"""Checks a nastavdoc dataset against data/schema.json and the domain rules of docs/dataset.md.

A test helper for the datasets in data/ (the product's checker is `nastavdoc check`, in C++).
Usage: check_dataset.py FILE...      exit 1 if any error.
The schema part needs python3-jsonschema (Debian's /usr/bin/python3); without it, it is skipped
with a note, and the domain rules still run.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(HERE, "..", "..", "data", "schema.json")

ID_RE = re.compile(r"^(p|pos|f|m|e|pair|c|ord|act|srv|r|ind|doc|rm|cp|org|prog|mt|cb):[a-z0-9][a-z0-9._-]*$")
PREFIX_OF = {
    "people": "p", "positions": "pos", "forms": "f", "mentors": "m", "mentees": "e", "pairs": "pair",
    "consents": "c", "orders": "ord", "legal_acts": "act", "surveys": "srv", "survey_responses": "r",
    "indicators": "ind", "documents": "doc", "meetings": "mt",
}


def parse_partial(s, end=False):
    """A comparable date for a (partial) ISO date, or None for --MM."""
    if s is None or s.startswith("--"):
        return None
    parts = s.split("-")
    y = int(parts[0])
    if len(parts) == 1:
        return datetime.date(y, 12, 31) if end else datetime.date(y, 1, 1)
    m = int(parts[1])
    if len(parts) == 2:
        if not end:
            return datetime.date(y, m, 1)
        nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
        return nxt - datetime.timedelta(days=1)
    return datetime.date(y, m, int(parts[2]))


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def inn_ok(s):
    if not re.fullmatch(r"[0-9]{10}", s):
        return False
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return sum(int(c) * k for c, k in zip(s, w)) % 11 % 10 == int(s[9])


def ogrn_ok(s):
    return bool(re.fullmatch(r"[0-9]{13}", s)) and int(s[:12]) % 11 % 10 == int(s[12])


def kpp_ok(s):
    return bool(re.fullmatch(r"[0-9]{4}[0-9A-Z]{2}[0-9]{3}", s))


class Report:
    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")


def check_schema(data, rep):
    try:
        import jsonschema
    except ImportError:
        rep.warn("$", "jsonschema not available, schema not checked (use /usr/bin/python3)")
        return
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    v = jsonschema.Draft202012Validator(schema)
    for e in sorted(v.iter_errors(data), key=lambda e: list(e.absolute_path)):
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.absolute_path)
        rep.err(path, "schema: " + e.message[:300])


def check_rules(d, rep):
    ids = {}

    def define(i, where):
        if i in ids:
            rep.err(where, f"duplicate ID {i} (first at {ids[i]})")
        else:
            ids[i] = where

    org = d.get("organization", {})
    if "id" in org:
        define(org["id"], "$.organization.id")
    for k, b in enumerate(org.get("collegial_bodies", [])):
        define(b["id"], f"$.organization.collegial_bodies[{k}]")
    for key, prefix in PREFIX_OF.items():
        for k, x in enumerate(d.get(key, [])):
            define(x["id"], f"$.{key}[{k}]")
            if not x["id"].startswith(prefix + ":"):
                rep.err(f"$.{key}[{k}].id", f"{x['id']} should start with {prefix}:")
    prog = d.get("program", {})
    if "id" in prog:
        define(prog["id"], "$.program.id")
    for k, cp in enumerate(prog.get("control_points", [])):
        define(cp["id"], f"$.program.control_points[{k}]")
    if "roadmap" in d:
        define(d["roadmap"]["id"], "$.roadmap.id")

    # every ID-looking string outside an "id" key must resolve
    def walk(node, path, key=None):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, f"{path}.{k}", k)
        elif isinstance(node, list):
            for n, v in enumerate(node):
                walk(v, f"{path}[{n}]", key)
        elif isinstance(node, str) and key != "id" and ID_RE.match(node):
            if node not in ids:
                rep.err(path, f"unresolved reference {node}")

    walk(d, "$")

    people = {p["id"]: p for p in d.get("people", [])}
    mentors = {m["id"]: m for m in d.get("mentors", [])}
    mentees = {e["id"]: e for e in d.get("mentees", [])}
    pairs = d.get("pairs", [])

    # organization requisites
    for f, fn in (("inn", inn_ok), ("ogrn", ogrn_ok), ("kpp", kpp_ok)):
        if f in org and not fn(org[f]):
            rep.err(f"$.organization.{f}", f"invalid {f.upper()} {org[f]}")

    # gender vs patronymic (a typo catcher of this test, not a product rule)
    for k, p in enumerate(d.get("people", [])):
        mid = p.get("middle_name", "")
        g = p["gender"]
        if mid.endswith(("вич", "ич")) and g != "m" or mid.endswith(("вна", "чна", "ична", "инична")) and g != "f":
            rep.err(f"$.people[{k}]", f"gender {g} does not fit the patronymic {mid}")
        if "learner" in p["roles"] and "birth_date" not in p:
            rep.err(f"$.people[{k}]", "learner without birth_date")

    # program start and minors
    start = parse_partial(prog.get("period", {}).get("from")) if prog.get("period", {}).get("from") else None
    start = start or datetime.date(2000, 1, 1)
    end = parse_partial(prog.get("period", {}).get("to"), end=True) if prog.get("period", {}).get("to") else None

    def is_minor(pid):
        p = people.get(pid)
        if not p:
            return False
        if "is_minor" in p:
            return p["is_minor"]
        if "birth_date" not in p:
            return False
        return age_on(datetime.date.fromisoformat(p["birth_date"]), start) < 18

    participants = {}
    for m in mentors.values():
        participants.setdefault(m["person"], m["id"])
    for e in mentees.values():
        participants.setdefault(e["person"], e["id"])
    consents = {}
    for c in d.get("consents", []):
        consents.setdefault((c["subject"], c["type"]), []).append(c)
    for pid, who in participants.items():
        p = people.get(pid)
        if p is None:
            continue
        minor = is_minor(pid)
        reps = p.get("representatives", [])
        if minor and not reps:
            rep.err(who, f"minor {pid} takes part without a legal representative")
        for r in reps:
            if r in people and "parent" not in people[r]["roles"]:
                rep.err(pid, f"representative {r} has no parent role")
            if r == pid:
                rep.err(pid, "is their own representative")
        cs = [c for c in consents.get((pid, "pd_processing"), []) if "revoked_on" not in c]
        if not cs:
            rep.err(who, f"{pid} has no pd_processing consent")
        elif minor and not any(c.get("representative") in reps for c in cs):
            rep.err(who, f"minor {pid}: pd_processing consent not signed by a representative")
    for c in d.get("consents", []):
        if c.get("representative") and c["representative"] not in people.get(c["subject"], {}).get("representatives", []):
            rep.err(c["id"], f"{c['representative']} is not a representative of {c['subject']}")

    # pairs
    for k, pr in enumerate(pairs):
        w = f"$.pairs[{k}] {pr['id']}"
        if not pr.get("mentor") or not pr.get("mentees"):
            rep.err(w, "pair without a mentor or mentees")
        if pr.get("mentor") in mentors and any(
                mentees.get(e, {}).get("person") == mentors[pr["mentor"]]["person"] for e in pr.get("mentees", [])):
            rep.err(w, "mentor is their own mentee")
        if pr["format"] == "individual" and len(pr["mentees"]) != 1:
            rep.warn(w, "individual pair with several mentees")
        f, t = parse_partial(pr["period"]["from"]), parse_partial(pr["period"]["to"], end=True)
        if f and t and t < f:
            rep.err(w, "period ends before it starts")
        if f and (f < start or (end and t and t > end)):
            rep.warn(w, "pair period outside the program period")
        people_in = [mentors.get(pr["mentor"], {}).get("person")] + [mentees.get(e, {}).get("person") for e in pr["mentees"]]
        for pid in people_in:
            for c in consents.get((pid, "pd_processing"), []):
                if f and datetime.date.fromisoformat(c["signed_on"]) > f and len(consents[(pid, "pd_processing")]) == 1:
                    rep.warn(w, f"consent {c['id']} signed after the pair started")
        if pr["status"] == "terminated" and "terminated_on" not in pr:
            rep.warn(w, "terminated without terminated_on")

    # orders: numbers unique per year, attachments 1..n
    seen = {}
    for k, o in enumerate(d.get("orders", [])):
        key = (o["date"][:4], o["number"])
        if key in seen:
            rep.err(f"$.orders[{k}]", f"order number {o['number']} repeated in {key[0]} (also {seen[key]})")
        seen[key] = o["id"]
        att = [a["n"] for a in o.get("attachments", [])]
        if att != list(range(1, len(att) + 1)):
            rep.err(f"$.orders[{k}]", f"attachments not numbered 1..n: {att}")

        def pts(points):
            for p in points:
                yield p
                yield from pts(p.get("sub", []))
        for p in pts(o["points"]):
            if "attachment" in p and p["attachment"] not in att:
                rep.err(f"$.orders[{k}] point {p['n']}", f"attachment {p['attachment']} does not exist")

    # periods: end before start
    def period_check(per, where):
        if per and per.get("from") and per.get("to"):
            f, t = parse_partial(per["from"]), parse_partial(per["to"], end=True)
            if f and t and t < f:
                rep.err(where, "ends before it starts")
    period_check(prog.get("period"), "$.program.period")
    rm = d.get("roadmap")
    if rm:
        period_check(rm.get("period"), "$.roadmap.period")
        # numbering of rows within each stage
        for si, st in enumerate(rm["stages"]):
            nums = [r["n"] for r in st["rows"] if "n" in r]
            seen_n = set()
            prev = None
            for n in nums:
                if n in seen_n:
                    rep.warn(f"$.roadmap.stages[{si}]", f"row number {n} repeated")
                seen_n.add(n)
                parts = [int(x) for x in n.strip(".").split(".") if x.isdigit()]
                if prev and len(parts) == len(prev) == 2 and parts[0] == prev[0] and parts[1] != prev[1] + 1:
                    rep.warn(f"$.roadmap.stages[{si}]", f"numbering gap {prev} -> {n}")
                prev = parts
            for ri, row in enumerate(st["rows"]):
                for ck, cell in row["cells"].items():
                    if ck not in {c["key"] for c in rm["columns"]}:
                        rep.err(f"$.roadmap.stages[{si}].rows[{ri}]", f"cell for unknown column {ck}")
                    if isinstance(cell, dict) and "deadline" in cell:
                        period_check(cell["deadline"], f"$.roadmap.stages[{si}].rows[{ri}].{ck}")
                    if ri == 0 and isinstance(cell, dict) and cell.get("merge") == "up":
                        rep.err(f"$.roadmap.stages[{si}].rows[0]", "merge:up in the first row of a stage")
    for k, c in enumerate(d.get("consents", [])):
        if c.get("valid_from") and c.get("valid_until") and c["valid_until"] < c["valid_from"]:
            rep.err(f"$.consents[{k}]", "valid_until before valid_from")
    for k, m in enumerate(d.get("mentors", [])):
        if m.get("excluded_on") and m.get("included_on") and m["excluded_on"] < m["included_on"]:
            rep.err(f"$.mentors[{k}]", "excluded before included")

    # surveys: answers keyed by the survey's questions
    surveys = {s["id"]: s for s in d.get("surveys", [])}
    for k, r in enumerate(d.get("survey_responses", [])):
        s = surveys.get(r["survey"])
        if not s:
            continue
        qs = {q["id"]: q for q in s["questions"]}
        for qid, a in r["answers"].items():
            q = qs.get(qid)
            if q is None:
                rep.err(f"$.survey_responses[{k}]", f"answer to unknown question {qid}")
            elif q["type"] == "scale" and not (isinstance(a, (int, float)) and q["scale"]["min"] <= a <= q["scale"]["max"]):
                rep.err(f"$.survey_responses[{k}]", f"{qid}: {a!r} outside the scale")
            elif q["type"] in ("single",) and q.get("options") and a not in q["options"]:
                rep.err(f"$.survey_responses[{k}]", f"{qid}: {a!r} not an option")
            elif q["type"] == "multi" and q.get("options") and not (isinstance(a, list) and set(a) <= set(q["options"])):
                rep.err(f"$.survey_responses[{k}]", f"{qid}: {a!r} not options")
    return rep


def check_file(path, schema=True):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    rep = Report()
    if schema:
        check_schema(data, rep)
    if not rep.errors:
        check_rules(data, rep)
    return rep


def main(argv):
    bad = 0
    for path in argv[1:]:
        rep = check_file(path)
        for e in rep.errors:
            print(f"{path}: error: {e}")
        for w in rep.warnings:
            print(f"{path}: warning: {w}")
        print(f"{path}: {len(rep.errors)} errors, {len(rep.warnings)} warnings")
        bad |= bool(rep.errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
