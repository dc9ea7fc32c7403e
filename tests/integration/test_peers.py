# SPDX-License-Identifier: MIT
# run.sh: alone: --all-netns enters every namespace of the host, the other tests' too
"""-p names the process at the other end of a TCP or UDP connection inside the
namespace: a loopback TCP pair (IPv4 client, dual-stack server), a connected
UDP pair, a TCP pair over an address of the namespace that is not loopback,
each end held by a different process this test starts. Oracles: the pids and
fds those processes report for their own sockets, and ss -tunp's process of
the socket with the reversed tuple. A connection to an address outside the
namespace and a tuple two UDP sockets share (SO_REUSEPORT) have no peer
(JSON null). Both sources, with and without kernel filtering, and
--all-netns (the table built again in the namespace) agree."""
import json
import os
import re
import subprocess
import sys

from lib import fail, sockls, sockls_all_netns

OTHER = "10.77.0.1"  # an address of this namespace, on lo but not loopback

SERVER = r"""
import json, os, socket, sys
t = socket.socket(socket.AF_INET6); t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
t.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
t.bind(("::", 7301)); t.listen(8)
o = socket.socket(); o.bind((sys.argv[1], 7302)); o.listen(8)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 7303))
u.connect(("127.0.0.1", 7304))
print("READY", flush=True)
a, _ = t.accept(); b, _ = o.accept()
print(json.dumps({"tcp": a.fileno(), "other": b.fileno(), "udp": u.fileno(),
                  "pid": os.getpid()}), flush=True)
sys.stdin.read()
"""

CLIENT = r"""
import json, os, socket, sys
t = socket.create_connection(("127.0.0.1", 7301))
o = socket.create_connection((sys.argv[1], 7302))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 7304))
u.connect(("127.0.0.1", 7303))
far = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); far.connect(("10.78.0.9", 9))
r = []
for i in range(2):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    s.bind(("127.0.0.1", 7305)); s.connect(("127.0.0.1", 7306)); r.append(s)
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); v.bind(("127.0.0.1", 7306))
v.connect(("127.0.0.1", 7305))
print(json.dumps({"tcp": t.fileno(), "other": o.fileno(), "udp": u.fileno(),
                  "far": far.fileno(), "shared": v.fileno(), "pid": os.getpid()}), flush=True)
sys.stdin.read()
"""


def start(code, *args):
    p = subprocess.Popen([sys.executable, "-c", code, *args], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
    procs.append(p)
    return p


def owners(text, key):
    """[(pid, fd)] of a users:((...)) or peer:((...)) list in a table row."""
    m = re.search(key + r":\(\((.*?)\)\)(?: |$)", text)
    return sorted((int(a), int(b)) for a, b in re.findall(r"pid=(\d+),fd=(\d+)", m.group(1))) \
        if m else []


def ss_owners():
    """(proto, local, peer) -> [(pid, fd)] from ss -tunpH."""
    out = {}
    for line in subprocess.run(["ss", "-tunpH"], capture_output=True, text=True,
                               check=True).stdout.splitlines():
        f = line.split()
        out[(f[0], norm(f[4]), norm(f[5]))] = owners(line, "users")
    return out


def ss_lines():
    return [l for l in subprocess.run(["ss", "-tunpH"], capture_output=True, text=True,
                                      check=True).stdout.splitlines() if l.strip()]


def norm(a):
    """A v4-mapped address as its IPv4 one (ss and sockls print the socket's family)."""
    return a.replace("[::ffff:", "").replace("]:", ":")


subprocess.run(["ip", "addr", "add", OTHER + "/32", "dev", "lo"], check=True)
subprocess.run(["ip", "route", "add", "10.78.0.0/16", "dev", "lo"], check=True)
procs = []
try:
    srv = start(SERVER, OTHER)
    if srv.stdout.readline().strip() != "READY":
        fail("server did not start")
    cli = start(CLIENT, OTHER)
    c = json.loads(cli.stdout.readline())
    s = json.loads(srv.stdout.readline())
    # (proto, local port) -> (own pid/fd, the peer's pid/fd) as the processes say
    want = {
        ("tcp", 7301): ((s["pid"], s["tcp"]), (c["pid"], c["tcp"])),
        ("tcp", 7302): ((s["pid"], s["other"]), (c["pid"], c["other"])),
        ("udp", 7303): ((s["pid"], s["udp"]), (c["pid"], c["udp"])),
        ("udp", 7304): ((c["pid"], c["udp"]), (s["pid"], s["udp"])),
    }
    ss = ss_owners()
    # ss -p shows a socket's own owners only, and so does sockls -p: a
    # `grep -c redis-server` habit must count what it counts with ss
    plain = sockls("-tunpH").stdout
    if not any("pid=%d," % s["pid"] in l for l in ss_lines()):
        fail("ss -tunp does not show the server's sockets (control)")
    if "peer:((" in plain or plain.count("pid=%d," % s["pid"]) != \
            sum(1 for l in ss_lines() if "pid=%d," % s["pid"] in l):
        fail("-p without --peers: the table must hold the socket's own owners only, as ss -p:\n%s"
             % plain)
    for args, env in ((("-tunH", "--peers"), None), (("-tunH", "--peers", "--source", "proc"), None),
                      (("-tunH", "--peers"), dict(os.environ, SOCKLS_NO_KERNEL_FILTER="1"))):
        rows = sockls(*args, env=env).stdout.splitlines()
        seen = set()
        for row in rows:
            f = row.split()
            proto, local, peer = f[0], f[4], f[5]
            lport, rport = int(local.rsplit(":", 1)[1]), int(peer.rsplit(":", 1)[1])
            mine, theirs = owners(row, "users"), owners(row, "peer")
            # the oracle: ss's process of the reversed tuple
            back = ss.get((proto, norm(peer), norm(local)))
            if theirs and theirs != back:
                fail("%s: peer %r, ss says the reversed tuple is held by %r" % (row, theirs, back))
            if (proto, lport) in want:
                own, other = want[(proto, lport)]
            elif (proto, rport) in want and proto == "tcp":
                other, own = want[(proto, rport)]
            else:
                own = None
            if own:
                if mine != [own] or theirs != [other]:
                    fail("%s (%s): users %r peer %r, want %r and %r"
                         % (row, " ".join(args), mine, theirs, [own], [other]))
                seen.add((proto, lport, rport))
            if (rport == 9 or lport == 7306) and theirs:
                fail("%s: a peer outside the namespace or ambiguous: %r" % (row, theirs))
            if lport == 7305 and theirs != [(c["pid"], c["shared"])]:
                fail("%s: one of two SO_REUSEPORT sockets, peer %r" % (row, theirs))
        if len(seen) != 6:
            fail("%s: expected 6 rows of the pairs, saw %r" % (" ".join(args), sorted(seen)))

    doc = json.loads(sockls("-tunp", "--json").stdout)
    by = {(x["proto"], x["local"]["port"], x["remote"]["port"]): x for x in doc["sockets"]}
    got = [(p["pid"], p["fd"]) for p in by[("udp", 7303, 7304)]["remote"]["processes"]]
    if got != [(c["pid"], c["udp"])]:
        fail("JSON remote.processes of the UDP pair: %r" % got)
    far = [x for x in doc["sockets"] if x["remote"]["port"] == 9]
    if len(far) != 1 or far[0]["remote"]["processes"] is not None:
        fail("a connection out of the namespace: remote.processes %r" % far)
    shared = by[("udp", 7306, 7305)]
    if shared["remote"]["processes"] is not None:
        fail("two sockets hold the reversed tuple: remote.processes %r" % shared)
    lst = [x for x in doc["sockets"] if x["state"] == "LISTEN"]
    if any(x["remote"]["processes"] is not None for x in lst):
        fail("a listener has a peer: %r" % lst)

    # --all-netns: this namespace's rows, the table made again inside it
    me = "ns:%d" % os.stat("/proc/self/ns/net").st_ino
    rows = [r for r in sockls_all_netns("-tnH", "--peers").stdout.splitlines()
            if r.split()[0] == me]
    pair = [r for r in rows if ":7301 " in r]
    if len(pair) != 2 or any(not owners(r, "peer") for r in pair):
        fail("--all-netns: the TCP pair without peers: %r" % pair)
finally:
    for p in procs:
        p.kill()
        p.wait()
print("ok")
