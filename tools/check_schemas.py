#!/usr/bin/env python3
"""Check data files against the repository's JSON Schemas (run by CTest).

    check_schemas.py SCHEMA FILE [FILE ...]

Uses Debian's python3-jsonschema (Draft 2020-12). Exits non-zero listing every
violation, so a shipped framework can never drift from its documented format.
"""
import json
import sys

import jsonschema


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        for e in errors:
            where = "/".join(str(p) for p in e.absolute_path) or "(top level)"
            print(f"{path}: {where}: {e.message}")
        failures += len(errors)
        if not errors:
            print(f"{path}: valid")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
