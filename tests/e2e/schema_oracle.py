"""An independent judge of data/schema.json: Python's jsonschema (Draft 2020-12) must accept every
bundled dataset and refuse the bad datasets that break the schema, as our C++ validator does."""
import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(sys.argv[1])
schema = json.loads((root / "data/schema.json").read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failures = 0

valid = [p for p in sorted((root / "data").glob("*.json")) if p.name != "schema.json"]
valid.append(root / "tests/bad_data/base.json")
for path in valid:
    errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
    if errors:
        failures += 1
        print(f"FAIL {path}: {len(errors)} schema error(s), first at {list(errors[0].absolute_path)}: {errors[0].message[:200]}")

# Bad datasets whose expected diagnostics include a schema.* error must be refused here too.
for case in sorted((root / "tests/bad_data").iterdir()):
    if not case.is_dir():
        continue
    expected = (case / "expected.txt").read_text(encoding="utf-8")
    if "error[schema." not in expected:
        continue
    data = json.loads((case / "data.json").read_text(encoding="utf-8"))
    if validator.is_valid(data):
        failures += 1
        print(f"FAIL {case.name}: python jsonschema accepts what nastavdoc refuses")

print(f"schema_oracle: {len(valid)} valid files checked, {failures} failure(s)")
sys.exit(1 if failures else 0)
