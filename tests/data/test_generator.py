#!/usr/bin/env python3
"""data/generate_dataset.py makes schema-valid, rule-valid data at several sizes, deterministically.

Run with Debian's python (it has python3-jsonschema): /usr/bin/python3 tests/data/test_generator.py [--big]
--big also checks 100,000 people (about a minute).
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_dataset  # noqa: E402

GEN = os.path.join(HERE, "..", "..", "data", "generate_dataset.py")


def generate(people, seed, path):
    subprocess.run([sys.executable, GEN, "--people", str(people), "--seed", str(seed), "-o", path], check=True)


def main():
    sizes = [(4, 1), (10, 1), (10, 2), (57, 3), (1000, 1), (1000, 7)]
    if "--big" in sys.argv:
        sizes.append((100000, 1))
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for people, seed in sizes:
            path = os.path.join(tmp, "g.json")
            generate(people, seed, path)
            rep = check_dataset.check_file(path)
            with open(path, encoding="utf-8") as f:
                n = len(json.load(f)["people"])
            problems = rep.errors + rep.warnings + ([f"{n} people instead of {people}"] if n != people else [])
            print(f"{people:>6} people, seed {seed}: {'ok' if not problems else 'FAIL'}")
            for p in problems[:20]:
                print("   ", p)
            bad += bool(problems)
        a, b = os.path.join(tmp, "a.json"), os.path.join(tmp, "b.json")
        generate(1000, 7, a)
        generate(1000, 7, b)
        with open(a, "rb") as fa, open(b, "rb") as fb:
            same = fa.read() == fb.read()
        print("deterministic:", "ok" if same else "FAIL")
        bad += not same
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
