# SPDX-License-Identifier: MIT
"""Every output mode on an empty namespace (the test's own, lo only): no
listener, no connection, nothing to sort. Built with sanitizers (make
check-sanitize) this is where qsort(NULL, 0) and friends show: each run must
exit 0 with nothing on stderr and well-formed output. A positive control
first: the same modes see a listener the test opened, so an empty answer is
a real one."""
import json
import os
import signal
import socket
import subprocess
import time

from lib import SOCKLS, fail, owner_note_only

# root of the host, not of run.sh's user namespace (unshare -rn as a user)
ROOT = os.geteuid() == 0 and open("/proc/self/uid_map").read().split()[:3] == ["0", "0", "4294967295"]


def run(args, expect=0, timeout=60, stderr=""):
    p = subprocess.run([SOCKLS, *args], capture_output=True, text=True, timeout=timeout)
    # not real root, -p says once that other users' processes could not be read
    quiet = p.stderr == stderr or stderr == "" and owner_note_only(p.stderr)
    if p.returncode != expect or (expect == 0 and not quiet):
        fail("sockls %s: status %d (expected %d)\nstdout: %s\nstderr: %s"
             % (" ".join(args), p.returncode, expect, p.stdout[-1500:], p.stderr[-3000:]))
    return p.stdout


def first_object(args, timeout=10):
    """A stream mode (--watch, -E): its first line, then SIGTERM; clean exit."""
    p = subprocess.Popen([SOCKLS, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
    line = ""
    if "-E" not in args:
        line = p.stdout.readline()
    else:
        time.sleep(0.5)
    p.send_signal(signal.SIGTERM)
    out, err = p.communicate(timeout=timeout)
    if p.returncode not in (0, -signal.SIGTERM) or err:
        fail("sockls %s: status %d, stderr %r" % (" ".join(args), p.returncode, err[-3000:]))
    return line + out


def check_json(text, what):
    try:
        return json.loads(text)
    except ValueError as e:
        fail("%s: not JSON (%s): %r" % (what, e, text[:300]))


def modes():
    """(args, parse) of every one-shot output mode."""
    j = lambda t, a: check_json(t, " ".join(a))
    nd = lambda t, a: [check_json(l, " ".join(a)) for l in t.splitlines() if l]
    txt = lambda t, a: t
    return [
        (["-tuwxn"], txt), (["-a"], txt), (["-l"], txt), (["-aeimo"], txt),
        (["-ap"], txt), (["-a", "-w"], txt), (["-a", "-H"], txt),
        (["-a", "--json"], j), (["-a", "--json", "-eimop"], j), (["-a", "--ndjson"], nd),
        (["-s"], txt), (["-s", "--json"], j), (["-s", "-t"], txt),
        (["--ephemeral"], txt), (["--ephemeral", "--json"], j), (["--ephemeral", "-t"], txt),
        (["--prometheus"], txt), (["--prometheus", "-t"], txt), (["--prometheus", "-p"], txt),
        (["--source", "proc", "-a"], txt), (["--source", "proc", "--json", "-a"], j),
        (["--list-services"], txt),
        (["--doctor", "--interval", "0.1"], txt), (["--doctor", "--interval", "0.1", "--json"], j),
        (["--doctor", "--interval", "0.1", "--prometheus"], txt),
    ]


# Positive control: a listener the test made is seen by the same modes.
l = socket.socket()
l.bind(("127.0.0.1", 7301))
l.listen()
if ":7301" not in run(["-ltn"]) or "7301" not in run(["--prometheus"]):
    fail("positive control: the test's listener on 7301 is not listed")
l.close()

for args, parse in modes():
    out = run(args)
    parse(out, args)
    if "7301" in out and "--list-services" not in args:
        fail("%s: still shows the closed listener:\n%s" % (" ".join(args), out))

# Streams: one refresh or a moment of events.
for args in (["--watch=0.2", "--ndjson"], ["--watch=0.2", "--json"], ["--watch=0.2"],
             ["--ephemeral", "--watch=0.2", "--ndjson"]):
    out = first_object(args)
    if "--ndjson" in args or "--json" in args:
        check_json(out.splitlines()[0], " ".join(args))
if ROOT:
    first_object(["-E", "--ndjson"])
    first_object(["-E"])
    said = "sockls: -K --dry-run: 0 sockets would be destroyed (none was)\n"
    run(["-K", "--dry-run", "sport = :7301"], stderr=said)
    check_json(run(["-K", "--dry-run", "--json", "sport = :7301"], stderr=said), "-K --json")
print("ok: every output mode on an empty namespace exits 0, clean stderr, valid output")
