# SPDX-License-Identifier: MIT
# run.sh: alone: runs in the host namespace and adds namespaces there (ip netns add), which --all-netns of any other test would see
"""sockls --doctor with -N and --all-netns on two namespaces this test makes
(`ip netns add`, root only): in A a listener with backlog 1 and 2 clients
(both wait in its accept queue: full), in B a server holding 2 CLOSE_WAIT
sockets. --all-netns tags each finding with its namespace and the holder's
pid; -N A sees only A's. Other namespaces on the host (other tests) may have
findings of their own: only this test's namespaces are asserted on."""
import json
import os
import subprocess
import sys

from doctor_lib import validate
from lib import fail, run, skip, skip_unprivileged, sockls

HOLDER = r"""
import os, socket, sys, time
kind = sys.argv[1]
lst = socket.socket()
lst.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
lst.bind(("127.0.0.1", 7111))
if kind == "full":
    lst.listen(1)
    cs = []
    # two fit (backlog + 1): the queue is full, no client is left retransmitting
    cs = [socket.create_connection(("127.0.0.1", 7111)) for _ in range(2)]
else:
    lst.listen(8)
    cs = [socket.create_connection(("127.0.0.1", 7111)) for _ in range(2)]
    held = [lst.accept()[0] for _ in range(2)]
    for c in cs:
        c.close()
    time.sleep(0.3)
print("READY %d" % os.getpid(), flush=True)
sys.stdin.read()
"""

if os.geteuid() != 0:
    skip_unprivileged("test_host_doctor_netns: needs root for ip netns add (CI runs as root)")
if run(["ip", "netns", "list"], expect=None).returncode != 0:
    skip("test_host_doctor_netns: ip netns is not usable here")

tag = "sockls-doc-%d" % os.getpid()
A, B = tag + "-a", tag + "-b"
made, holders = [], {}


def start(name, kind):
    p = subprocess.Popen(["ip", "netns", "exec", name, sys.executable, "-c", HOLDER, kind],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    holders[name] = p
    line = p.stdout.readline().split()
    if len(line) != 2 or line[0] != "READY":
        fail("holder in %s did not start: %r" % (name, line))
    return int(line[1])


def mine(doc, names):
    return [f for f in doc["doctor"]["findings"] if f["netns"] in names]


try:
    for name in (A, B):
        run(["ip", "netns", "add", name])
        made.append(name)
        run(["ip", "netns", "exec", name, "ip", "link", "set", "lo", "up"])
    pa, pb = start(A, "full"), start(B, "leak")
    # positive control: the kernel's own view of both faults
    q = run(["ip", "netns", "exec", A, "ss", "-tlnH", "sport", "=", ":7111"]).stdout.split()
    if q[1:3] != ["2", "1"]:
        fail("positive control: ss in %s shows Recv-Q/Send-Q %s, the test made 2/1" % (A, q[1:3]))
    cw = run(["ip", "netns", "exec", B, "ss", "-tanH", "state", "close-wait"]).stdout.splitlines()
    if len(cw) != 2:
        fail("positive control: %d CLOSE_WAIT in %s, the test made 2" % (len(cw), B))

    p = sockls("--doctor", "--all-netns", "--json", "--interval", "0.2", "--fail-on", "none")
    validate(p.stdout)
    doc = json.loads(p.stdout)
    got = sorted((f["netns"], f["check"], f["owner"]["pid"] if f["owner"] else None,
                  f["evidence"].get("recv_q", f["evidence"].get("close_wait")))
                 for f in mine(doc, (A, B)))
    want = sorted([(A, "accept-queue", pa, 2), (B, "close-wait", pb, 2)])
    if got != want:
        fail("--all-netns findings %s, want %s" % (got, want))

    p = sockls("--doctor", "-N", A, "--json", "--interval", "0.2", expect=3)
    doc = json.loads(p.stdout)
    got = [(f["check"], f["netns"], f["owner"]["pid"] if f["owner"] else None)
           for f in doc["doctor"]["findings"]]
    if got != [("accept-queue", None, pa)]:
        fail("-N %s: %s, want only its full accept queue" % (A, got))

    p = sockls("--doctor", "--all-netns", "--interval", "0.2", "--fail-on", "none")
    if "netns " + A not in p.stdout or "netns " + B not in p.stdout:
        fail("table without the namespace names: %s" % p.stdout[-3000:])
    print("ok: --all-netns tags %s and %s with their holders; -N sees one" % (A, B))
finally:
    for p in holders.values():
        try:
            p.stdin.close()
            p.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            p.kill()
            p.wait()
    for name in made:
        run(["ip", "netns", "del", name], expect=None)
