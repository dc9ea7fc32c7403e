#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""validate.py - checks docs/sockls.schema.json (version 2) and docs/sockls.v1.schema.json
(--json-version 1) themselves, then validates sockls --json documents and --ndjson files given
as arguments (a .ndjson file or '-nd FILE' is read line by line) against the schema of the
version each names: a document's "version", an --ndjson line's "version" (v1 lines have none).
'-v1' or '-v2' before the files insists on that version. Exit 0 when all validate, 1 on the
first failure, 77 when python3-jsonschema is missing."""
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("validate.py: python3 jsonschema module not installed; skipped", file=sys.stderr)
    sys.exit(77)

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMAS = {2: os.path.join(HERE, "..", "..", "docs", "sockls.schema.json"),
           1: os.path.join(HERE, "..", "..", "docs", "sockls.v1.schema.json")}


def validators(path):
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    defs = schema["$defs"]

    def v(s):
        return jsonschema.Draft202012Validator(dict(s, **{"$defs": defs}))
    # an --ndjson line: a socket, the last line saying how the run went, or a
    # --watch / -E / --ephemeral --watch object
    lines = [{"$ref": "#/$defs/socket"}, {"$ref": "#/$defs/status"}]
    for name in ("watch_diff", "event_close", "event_lost", "ephemeral_watch"):
        if name in defs:
            lines.append({"$ref": "#/$defs/" + name})
    return {"doc": v({"$ref": "#/$defs/document"}), "doctor": v({"$ref": "#/$defs/doctor_report"}),
            "line": v({"anyOf": lines})}


def version_of(obj, ndjson):
    if not isinstance(obj, dict):
        return 2
    v = obj.get("version")
    if v is None and ndjson:
        return 1  # v1 lines carry no version
    return v if v in SCHEMAS else 2


def main(argv):
    schemas = {v: validators(p) for v, p in SCHEMAS.items()}
    count = 0
    args = list(argv)
    want = None
    while args:
        path = args.pop(0)
        if path in ("-v1", "-v2"):
            want = int(path[2])
            continue
        ndjson = path.endswith(".ndjson")
        if path == "-nd":
            path, ndjson = args.pop(0), True
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")  # strict: invalid UTF-8 is a failure
        objs = [json.loads(l) for l in text.splitlines()] if ndjson else [json.loads(text)]
        for obj in objs:
            ver = version_of(obj, ndjson)
            if want and ver != want:
                raise ValueError("%s: version %s where %d was asked for" % (path, ver, want))
            v = schemas[ver]
            if ndjson:
                v["line"].validate(obj)
            else:
                (v["doctor"] if isinstance(obj, dict) and "doctor" in obj else v["doc"]).validate(obj)
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
