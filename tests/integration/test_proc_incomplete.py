# SPDX-License-Identifier: MIT
"""A /proc source that gives up says so (issue 26 item 13). Fixtures are the
captured /proc/net files (tests/fixtures/proc/real) with one change each:
- one line over 64 KiB in net/tcp: it is skipped and named, and every other
  row (the later TCP rows, UDP, UNIX) is still listed, as from the intact
  fixture (the positive control);
- net/udp a FIFO: refused, named, the other files still listed, and the JSON
  says "incomplete": true with the reason, the NDJSON stream ends with a line
  saying so, the exit status is 1."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from lib import SOCKLS, fail

FIX = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "proc", "real")
SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "schema", "validate.py")


def listing(root, *args, expect):
    p = subprocess.run([SOCKLS, "--proc-root", root, "-a", *args], capture_output=True,
                       text=True, timeout=60)
    if p.returncode != expect:
        fail("%s %s: status %d (expected %d): %r" % (root, args, p.returncode, expect, p.stderr))
    return p


def rows(doc):
    return sorted(json.dumps([s["proto"], s.get("local"), s.get("inode")]) for s in doc["sockets"])


def valid(text, nd=False):
    with tempfile.NamedTemporaryFile("w", suffix=".ndjson" if nd else ".json", delete=False) as f:
        f.write(text)
    p = subprocess.run([sys.executable, SCHEMA, f.name], capture_output=True, text=True)
    os.unlink(f.name)
    if p.returncode != 0:
        fail("schema: %s %s" % (p.stdout, p.stderr))


def copy():
    d = tempfile.mkdtemp(prefix="sockls-incomplete-")
    shutil.copytree(FIX, d, dirs_exist_ok=True)
    return d


good = json.loads(listing(FIX, "--json", expect=0).stdout)
kinds = {s["proto"] for s in good["sockets"]}
if not {"tcp", "udp", "unix"} <= kinds:
    fail("positive control: the intact fixture lists %s" % kinds)

# A line over 64 KiB, second in net/tcp (before every real row).
d = copy()
path = os.path.join(d, "net", "tcp")
lines = open(path).read().split("\n")
lines.insert(1, "   9: " + "A" * 70000)
open(path, "w").write("\n".join(lines))
p = listing(d, "--json", expect=0)
doc = json.loads(p.stdout)
if rows(doc) != rows(good):
    fail("a long line in net/tcp lost rows: %d of %d listed" % (len(doc["sockets"]),
                                                                len(good["sockets"])))
if "net/tcp: 1 line could not be read" not in p.stderr or doc["incomplete"] is not False:
    fail("long line: stderr %r, incomplete %r" % (p.stderr, doc["incomplete"]))
valid(p.stdout)
shutil.rmtree(d)
if good.get("incomplete") is not False:
    fail("the intact fixture: incomplete %r (false expected)" % good.get("incomplete"))

# net/udp a FIFO: refused; the rest listed; the run says it is incomplete.
d = copy()
path = os.path.join(d, "net", "udp")
os.unlink(path)
os.mkfifo(path)
p = listing(d, "--json", expect=1)
doc = json.loads(p.stdout)
got = {s["proto"] for s in doc["sockets"]}
if not {"tcp", "unix", "raw"} <= got:
    fail("a refused net/udp lost the other kinds: %s" % got)
if doc.get("incomplete") is not True or not any("net/udp" in e for e in doc.get("errors", [])):
    fail("a refused net/udp: incomplete %r, errors %r" % (doc.get("incomplete"), doc.get("errors")))
if "net/udp" not in p.stderr:
    fail("a refused net/udp is not named on stderr: %r" % p.stderr)
valid(p.stdout)
p = listing(d, "--ndjson", expect=1)
last = json.loads(p.stdout.splitlines()[-1])
if last.get("incomplete") is not True or "sockets" in last:
    fail("--ndjson does not end with the incomplete line: %r" % last)
valid(p.stdout, nd=True)
listing(d, "-n", expect=1)
# the reports say it too: -s and --ephemeral (both count UDP; the fixture
# has no port range, so the copy is given one)
os.makedirs(os.path.join(d, "sys", "net", "ipv4"), exist_ok=True)
with open(os.path.join(d, "sys", "net", "ipv4", "ip_local_port_range"), "w") as f:
    f.write("32768\t60999\n")
for mode in (["-s"], ["--ephemeral"]):
    q = subprocess.run([SOCKLS, "--proc-root", d, *mode, "--json"], capture_output=True,
                       text=True, timeout=60)
    rep = json.loads(q.stdout)
    if q.returncode != 1 or rep.get("incomplete") is not True or \
            not any("net/udp" in e for e in rep.get("errors", [])):
        fail("%s --json with a refused net/udp: status %d, incomplete %r, errors %r"
             % (mode[0], q.returncode, rep.get("incomplete"), rep.get("errors")))
    valid(q.stdout)
shutil.rmtree(d)
print("ok: a long /proc line is skipped, the rest listed; a refused file makes the listing "
      "say incomplete (JSON, NDJSON, status 1)")
