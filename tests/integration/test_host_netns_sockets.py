# SPDX-License-Identifier: MIT
# run.sh: alone: runs in the host namespace, adds namespaces there (ip netns add) and counts the sockets --all-netns opens in every namespace
"""--watch --all-netns opens one netlink sock_diag socket per namespace and
source, kept across refreshes (issue 28), not one per namespace per refresh.

K namespaces this test makes (ip netns add), each with a listener of its own
port; `sockls --watch --all-netns --ndjson -tln` runs under strace, which
logs every setns() and socket() with the namespace it enters (-y): a socket
belongs to the namespace last entered. In each of the test's namespaces,
visited at every refresh, at most 2 sockets are opened (the listing's and
the servers' TCP scan) however many refreshes; before, 2 per refresh. A
namespace made after the watch started is listed (its listener "added"); one
deleted meanwhile is no longer entered, its listener "removed", and its
sockets closed while the watch still runs.

Second run, beyond the cap: with `ulimit -n 64` sockls keeps the sockets of
64/8/4 = 2 namespaces; the others are opened afresh at each refresh, and
every listener is still listed at every refresh (nothing flaps).
Third run, with -p: the peers' dump keeps its socket as well (3 a namespace).
Runs in the host namespace (test_host_*): it sees the host's other
namespaces too, which the per-namespace counts leave out."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from lib import SOCKLS, fail, run, skip, skip_unprivileged

if os.geteuid() != 0:
    skip_unprivileged("test_host_netns_sockets: needs root for ip netns add")
if not shutil.which("strace"):
    skip("strace is not installed")
if run(["ip", "netns", "list"], expect=None).returncode != 0:
    skip("test_host_netns_sockets: ip netns is not usable here")

HOLDER = r"""
import socket, sys
t = socket.socket()
t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
t.bind(("127.0.0.1", int(sys.argv[1])))
t.listen(5)
c = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
a = t.accept()
print("READY", flush=True)
sys.stdin.read()
"""
K = 3
tag = "sockls-nlsk-%d" % os.getpid()
PORT = {"%s-%d" % (tag, i): 7301 + i for i in range(K + 1)}  # the last: made late
NAMES = sorted(PORT)
LATE, GONE = NAMES[K], NAMES[0]
holders, made = {}, []


def add_ns(name):
    subprocess.run(["ip", "netns", "add", name], check=True)
    made.append(name)
    subprocess.run(["ip", "-n", name, "link", "set", "lo", "up"], check=True)
    p = subprocess.Popen(["ip", "netns", "exec", name, sys.executable, "-c", HOLDER,
                          str(PORT[name])], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         text=True)
    holders[name] = p
    if p.stdout.readline().strip() != "READY":
        fail("the listener in %s did not start" % name)


def del_ns(name):
    p = holders.pop(name, None)
    if p:
        p.stdin.close()
        p.wait(timeout=10)
    subprocess.run(["ip", "netns", "del", name], stderr=subprocess.DEVNULL)


SETNS = re.compile(r"setns\(\d+<(?:net:\[(\d+)\]|(/run/netns/[^>]+))>")
SOCK = re.compile(r"socket\(AF_NETLINK, [^,]+, NETLINK_SOCK_DIAG\) = \d+<socket:\[(\d+)\]>")
CLOSE = re.compile(r"close\(\d+<socket:\[(\d+)\]>\)")


def parse_trace(path, home):
    """strace -y names the namespace entered by its path when named
    (/run/netns/NAME: the key is NAME), else net:[INODE] (the key is INODE:
    one freed may be reused by a namespace made later). Per namespace key:
    [sockets opened, visits]; the socket inodes opened in each; the line index
    of each socket's close and of the last setns; the most sock_diag sockets
    open at once."""
    per, made_in, closed = {}, {}, {}
    cur, last_setns, now, most = home, 0, set(), 0
    with open(path) as t:
        for i, line in enumerate(t):
            m = SETNS.search(line)
            if m and line.rstrip().endswith("= 0"):
                cur = int(m.group(1)) if m.group(1) else m.group(2)[len("/run/netns/"):]
                last_setns = i
                per.setdefault(cur, [0, 0])[1] += 1
                continue
            m = SOCK.search(line)
            if m:
                per.setdefault(cur, [0, 0])[0] += 1
                made_in.setdefault(cur, []).append(m.group(1))
                now.add(m.group(1))
                most = max(most, len(now))
                continue
            m = CLOSE.search(line)
            if m and m.group(1) in now:
                now.discard(m.group(1))
                closed[m.group(1)] = i
    return per, made_in, closed, last_setns, most


def watch(seconds, trace, out, ulimit=None, during=None, what=("-tln",)):
    """sockls --watch under strace for seconds; during() runs after 3 s."""
    cmd = ["strace", "-f", "--seccomp-bpf", "-qq", "-y", "-e", "trace=socket,setns,close", "-o", trace,
           "timeout", "-s", "INT", str(seconds), SOCKLS, "--watch=0.25", "--all-netns",
           "--ndjson", *what]
    if ulimit:
        cmd = ["bash", "-c", 'ulimit -n %d && exec "$@"' % ulimit, "_"] + cmd
    with open(out, "w") as o:
        p = subprocess.Popen(cmd, stdout=o, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        if during:
            time.sleep(3)
            during()
        p.wait(timeout=seconds + 60)
    diffs = []
    with open(out) as f:
        for line in f:
            diffs.append(json.loads(line))
    return diffs


def ports(diff, key):
    return {e["local"]["port"] for e in diff[key] if e["local"]["addr"] == "127.0.0.1"}


home = os.stat("/proc/self/ns/net").st_ino
try:
    for n in NAMES[:K]:
        add_ns(n)

    def change():
        add_ns(LATE)
        del_ns(GONE)

    with tempfile.TemporaryDirectory() as d:
        trace, out = os.path.join(d, "trace"), os.path.join(d, "out")
        diffs = watch(8, trace, out, during=change)
        per, made_in, closed, last_setns, _ = parse_trace(trace, home)
        if len(diffs) < 6:
            fail("%d refreshes in 8 s (at least 6)" % len(diffs))
        # the positive control: every listener of the test is seen
        first = ports(diffs[0], "added")
        if {PORT[n] for n in NAMES[:K]} - first:
            fail("the first refresh lacks listeners: %s" % sorted(first))
        later = set().union(*(ports(x, "added") for x in diffs[1:]))
        gone = set().union(*(ports(x, "removed") for x in diffs[1:]))
        if PORT[LATE] not in later:
            fail("the namespace made after the start was not listed")
        if PORT[GONE] not in gone:
            fail("the deleted namespace's listener was never removed")
        total = sum(v[0] for v in per.values())
        print("all namespaces: %d sock_diag sockets over %d refreshes, %d namespaces" %
              (total, len(diffs), len(per)))
        for n in NAMES[1:]:
            opened, visits = per.get(n, [0, 0])
            print("%s: %d sock_diag sockets over %d visits" % (n, opened, visits))
            if visits < 3:
                fail("%s entered %d times (at least 3 refreshes)" % (n, visits))
            if opened > 2:
                fail("%s: %d sock_diag sockets over %d refreshes (at most 2: kept)" %
                     (n, opened, visits))
        opened, visits = per.get(GONE, [0, 0])
        print("%s (deleted): %d sockets over %d visits" % (GONE, opened, visits))
        if opened == 0 or opened > 2:
            fail("%s: %d sock_diag sockets over %d visits" % (GONE, opened, visits))
        # its sockets are closed while the watch still enters namespaces
        for s in made_in.get(GONE, []):
            if closed.get(s, 1 << 62) > last_setns:
                fail("a socket of the deleted namespace stayed open to the end")
        # the host's other namespaces come and go (other tests): only ours are counted
        ours = sum(per.get(n, [0])[0] for n in NAMES)
        print("the test's %d namespaces: %d sock_diag sockets" % (len(NAMES), ours))
        if ours > 2 * len(NAMES):
            fail("%d sock_diag sockets in %d namespaces: more than 2 each" % (ours, len(NAMES)))

        # beyond the cap (2 namespaces kept at ulimit -n 64): still every listener, every time
        diffs = watch(4, trace, out, ulimit=64)
        per, _, _, _, most = parse_trace(trace, home)
        want = {PORT[n] for n in NAMES[1:]}
        if len(diffs) < 3 or want - ports(diffs[0], "added"):
            fail("ulimit -n 64: %d refreshes, first lacks listeners" % len(diffs))
        flaps = set().union(*(ports(x, "removed") | ports(x, "added") for x in diffs[1:]))
        if want & flaps:
            fail("ulimit -n 64: listeners removed or added again: %s" % sorted(want & flaps))
        again = [i for i, v in per.items() if v[1] >= 2 and v[0] > 2]
        print("ulimit -n 64: %d namespaces opened afresh each refresh, at most %d sockets open"
              % (len(again), most))
        visited = [i for i, v in per.items() if i != home and v[1] >= 2]
        if len(visited) > 2 and not again:
            fail("ulimit -n 64: every namespace's sockets were kept (the cap is 2)")
        if most > (2 + 2) * 2:
            fail("ulimit -n 64: %d sock_diag sockets open at once (at most 2 each in the 2 kept"
                 " namespaces, home and the current one)" % most)

        # -p: the peers' dump keeps its socket too (3 a namespace: listing, servers, peers)
        diffs = watch(5, trace, out, what=("-tnp", "sport >= :7301 and sport <= :7310"))
        per, _, _, _, _ = parse_trace(trace, home)
        if len(diffs) < 3 or want - ports(diffs[0], "added"):
            fail("-p: %d refreshes, the first lacks connections" % len(diffs))
        for n in NAMES[1:]:
            opened, visits = per.get(n, [0, 0])
            print("-p: %s: %d sock_diag sockets over %d visits" % (n, opened, visits))
            if visits < 3 or opened > 3:
                fail("-p: %s: %d sock_diag sockets over %d visits (at most 3)" %
                     (n, opened, visits))
finally:
    for n in list(holders):
        del_ns(n)
    for n in made:
        subprocess.run(["ip", "netns", "del", n], stderr=subprocess.DEVNULL)
print("one netlink socket per namespace and source, kept across refreshes")
