#!/usr/bin/env python3
"""Checks a report of `ita validate/batch --format json` (standard input) against
docs/report.schema.json with jsonschema (Draft 2020-12); prints each violation, exits 1 on any."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
report = json.load(sys.stdin)
errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(report), key=lambda e: list(e.path))
for e in errors:
    print("/".join(map(str, e.path)) + ": " + e.message)
sys.exit(1 if errors else 0)
