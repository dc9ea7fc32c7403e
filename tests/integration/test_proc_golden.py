# SPDX-License-Identifier: MIT
"""A saved /proc tree (--proc-root) gives exactly the committed golden table,
JSON that names its source, a warning naming the file with unreadable lines,
and the overlay of --services in the Service column."""
import json
import os
import sys
import tempfile

from lib import HERE, fail, sockls

FIX = os.path.join(HERE, "..", "fixtures", "proc")
REGEN = "--regen" in sys.argv

for case in ("real", "edge"):
    root = os.path.join(FIX, case)
    golden = os.path.join(root, "golden.table")
    p = sockls("--proc-root", root, "-tuwxan")
    if p.stderr:
        fail("%s: unexpected stderr %r" % (case, p.stderr))
    if REGEN:
        with open(golden, "w") as f:
            f.write(p.stdout)
        continue
    with open(golden) as f:
        want = f.read()
    if p.stdout != want:
        got, exp = p.stdout.splitlines(), want.splitlines()
        diff = [(i, g, e) for i, (g, e) in enumerate(zip(got, exp)) if g != e][:3]
        fail("%s: table differs from golden.table (%d vs %d lines): %r"
             % (case, len(got), len(exp), diff))
    doc = json.loads(sockls("--proc-root", root, "-tuan", "--json").stdout)
    if doc["source"] != "proc" or not doc["sockets"]:
        fail("%s: JSON from a saved tree: source %r, %d sockets"
             % (case, doc["source"], len(doc["sockets"])))

# Broken lines: skipped, counted, named on stderr; the good rows still listed.
p = sockls("--proc-root", os.path.join(FIX, "garbage"), "-tanH")
if "net/tcp: 12 lines could not be read" not in p.stderr:
    fail("garbage tcp: stderr %r" % p.stderr)
if len(p.stdout.splitlines()) != 3:
    fail("garbage tcp: expected the 3 good rows, got %r" % p.stdout)

# --services overlays the built-in names.
with tempfile.NamedTemporaryFile("w", suffix=".services") as f:
    f.write("# site names\nmy-frontend 5001/tcp fe\n")
    f.flush()
    rows = sockls("--proc-root", os.path.join(FIX, "real"), "-tlnH", "--services", f.name).stdout
    named = [l.split()[-1] for l in rows.splitlines() if ":5001 " in l]
    if named != ["my-frontend"]:
        fail("--services overlay not used: %r" % rows)
    p = sockls("--port", "fe", "--services", f.name, "--proc-root", os.path.join(FIX, "real"),
               "-tanH")
    if not p.stdout or any(":5001 " not in l for l in p.stdout.splitlines()):
        fail("--port by an overlay alias: %r" % p.stdout)
print("ok")
