#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""validate.py - checks docs/sockls.schema.json itself, then validates sockls --json documents
and --ndjson files given as arguments (a .ndjson file or '-nd FILE' is read line by line).
Exit 0 when all validate, 1 on the first failure, 77 when python3-jsonschema is missing."""
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("validate.py: python3 jsonschema module not installed; skipped", file=sys.stderr)
    sys.exit(77)

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(HERE, "..", "..", "docs", "sockls.schema.json")


def main(argv):
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    doc = jsonschema.Draft202012Validator({"$ref": "#/$defs/document", "$defs": schema["$defs"]})
    doctor = jsonschema.Draft202012Validator({"$ref": "#/$defs/doctor_report",
                                              "$defs": schema["$defs"]})
    # an --ndjson line: a socket, or the last line saying how the run went
    line = jsonschema.Draft202012Validator({"oneOf": [{"$ref": "#/$defs/socket"},
                                                      {"$ref": "#/$defs/status"}],
                                            "$defs": schema["$defs"]})
    count = 0
    args = list(argv)
    while args:
        path = args.pop(0)
        ndjson = path.endswith(".ndjson")
        if path == "-nd":
            path, ndjson = args.pop(0), True
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")  # strict: invalid UTF-8 is a failure
        if ndjson:
            for n, l in enumerate(text.splitlines(), 1):
                line.validate(json.loads(l))
                count += 1
        else:
            obj = json.loads(text)
            (doctor if isinstance(obj, dict) and "doctor" in obj else doc).validate(obj)
            count += 1
    print(f"validate.py: schema ok, {count} document(s)/line(s) valid")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except jsonschema.ValidationError as e:
        where = "/".join(str(p) for p in e.absolute_path)
        print(f"validate.py: at /{where}: {e.message}", file=sys.stderr)
        sys.exit(1)
    except (ValueError, OSError) as e:
        print(f"validate.py: {e}", file=sys.stderr)
        sys.exit(1)
