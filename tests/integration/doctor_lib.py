# SPDX-License-Identifier: MIT
"""doctor_lib.py - runs sockls --doctor with a hook between its two samples
(the -v line "first sample taken" on stderr says when), and reads the
namespace's /proc/net/netstat and snmp counters as a second witness."""
import json
import os
import subprocess
import sys
import tempfile
import time

from lib import HERE, SOCKLS, fail, skip

VALIDATE = os.path.join(HERE, "..", "schema", "validate.py")


def validate(text):
    """The document against docs/sockls.schema.json (doctor_report)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        f.write(text)
    try:
        p = subprocess.run([sys.executable, VALIDATE, f.name], capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    if p.returncode == 77:  # counted and said outside CI, a failure under CI
        skip("python3 jsonschema is missing: cannot validate --doctor --json")
    if p.returncode != 0:
        fail("--doctor --json does not validate: %s%s\n%s" % (p.stdout, p.stderr, text[:2000]))


def doctor(*args, during=None, after=None, expect=None, timeout=60):
    """Runs sockls --doctor -v --json ARGS; calls during() once the first sample
    is taken, and after() as soon as sockls has ended (before the document is
    validated, which takes seconds on a busy machine). Returns (exit status,
    parsed JSON, stderr)."""
    cmd = [SOCKLS, "--doctor", "-v", "--json", *args]
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    err = []
    deadline = time.time() + timeout
    while True:
        line = p.stderr.readline()
        if not line:
            break
        err.append(line)
        if "first sample taken" in line:
            if during:
                during()
            break
        if time.time() > deadline:
            p.kill()
            fail("sockls --doctor did not take its first sample: %s" % "".join(err))
    out, rest = p.communicate(timeout=timeout)
    err.append(rest)
    if after:
        after()
    if not any("first sample taken" in e for e in err):
        fail("no 'first sample taken' line from -v: %s" % "".join(err))
    if expect is not None and p.returncode != expect:
        fail("%s exited %d (expected %d)\nstdout: %s\nstderr: %s"
             % (" ".join(cmd), p.returncode, expect, out[-3000:], "".join(err)[-2000:]))
    try:
        doc = json.loads(out)
    except ValueError:
        fail("--doctor --json is not JSON: %r" % out[:500])
    validate(out)
    return p.returncode, doc["doctor"], "".join(err)


def findings(doc, check=None, what=None):
    return [f for f in doc["findings"]
            if (check is None or f["check"] == check) and (what is None or what in f["what"])]


def one(doc, check, what=None):
    got = findings(doc, check, what)
    if len(got) != 1:
        fail("expected one %s finding%s, got %d: %s" % (
            check, " about " + what if what else "", len(got), json.dumps(doc["findings"])[:3000]))
    return got[0]


def counters():
    """{"TcpExt:ListenOverflows": n, "Udp:RcvbufErrors": n, ...} of this namespace."""
    out = {}
    for name in ("/proc/net/netstat", "/proc/net/snmp"):
        with open(name) as f:
            lines = f.read().splitlines()
        for a, b in zip(lines[::2], lines[1::2]):
            group, names = a.split(":", 1)
            _, vals = b.split(":", 1)
            for n, v in zip(names.split(), vals.split()):
                out[group + ":" + n] = int(v)
    return out
