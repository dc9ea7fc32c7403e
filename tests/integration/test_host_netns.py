# SPDX-License-Identifier: MIT
# run.sh: alone: runs in the host namespace and adds namespaces there (ip netns add), which --all-netns of any other test would see
"""-N/--netns, --netns-pid and --all-netns on two namespaces this test makes
with `ip netns add` (root only), each holding different known sockets: every
selector lists exactly that namespace's sockets (as `ip netns exec NAME ss`
does), --all-netns tags rows with the namespace names in the table and in
JSON, the ephemeral range comes from the namespace, and a missing namespace is
a one-line error naming it, status 1. Runs in the host namespace (test_host_*)."""
import json
import os
import subprocess
import sys

from lib import fail, parse_ss, parse_table, run, same, skip, skip_unprivileged, sockls

HOLDER = r"""
import os, socket, sys
port, abstract = int(sys.argv[1]), sys.argv[2]
t = socket.socket()
t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
t.bind(("127.0.0.1", port))
t.listen(5)
u = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
u.bind("\0" + abstract)
u.listen(1)
print("READY %d %d" % (os.getpid(), os.fstat(u.fileno()).st_ino), flush=True)
sys.stdin.read()
"""

if os.geteuid() != 0:
    skip_unprivileged("test_host_netns: needs root for ip netns add (CI runs as root)")
if run(["ip", "netns", "list"], expect=None).returncode != 0:
    skip("test_host_netns: ip netns is not usable here")

tag = "sockls-test-%d" % os.getpid()
NS = {tag + "-a": 7101, tag + "-b": 7102}
EPH = {tag + "-a": (41000, 41999), tag + "-b": (42000, 42999)}
made, holders = [], {}


def start_holder(name, port):
    p = subprocess.Popen(["ip", "netns", "exec", name, sys.executable, "-c", HOLDER, str(port),
                          "sockls-" + name], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    holders[name] = p
    line = p.stdout.readline().split()
    if len(line) != 3 or line[0] != "READY":
        fail("holder in %s did not start: %r" % (name, line))
    return int(line[1]), int(line[2])


def stop_holders():
    for p in holders.values():
        try:
            p.stdin.close()
            p.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            p.kill()  # our own child, by its pid
            p.wait()


def rows(*args):
    got = parse_table(sockls(*args).stdout, "tcp")  # -t alone: no Netid column, as ss
    if not got:
        fail("sockls %s: no rows" % " ".join(args))
    return got


def check_one(name, port, pid, uino):
    want = parse_ss(run(["ip", "netns", "exec", name, "ss", "-tlnH"]).stdout, "tcp")
    locals_ = sorted(r.local for r in want)
    if locals_ != ["127.0.0.1:%d" % port]:
        fail("ss in %s sees %s, expected only 127.0.0.1:%d" % (name, locals_, port))
    same(rows("-N", name, "-tlnH"), want, "sockls -N %s vs ip netns exec ss" % name)
    same(rows("--netns", "/run/netns/" + name, "-tlnH"), want, "sockls -N /run/netns/" + name)
    same(rows("--netns-pid", str(pid), "-tlnH"), want, "sockls --netns-pid %d (%s)" % (pid, name))
    same(rows("--netns=/proc/%d/ns/net" % pid, "-tlnH"), want, "sockls -N /proc/PID/ns/net")
    # UNIX abstract names live in the network namespace too.
    doc = json.loads(sockls("-N", name, "-xl", "--json").stdout)
    paths = sorted(s["local"]["path"] for s in doc["sockets"] if s["inode"] == uino)
    if paths != ["@sockls-" + name]:
        fail("-N %s -xl: unix listener %d %s" % (name, uino, doc["sockets"]))
    # The ephemeral range is the namespace's own.
    doc = json.loads(sockls("-N", name, "-tln", "--json").stdout)
    eph = doc.get("ephemeral") or {}
    if (eph.get("low"), eph.get("high")) != EPH[name]:
        fail("-N %s: ephemeral range %r, expected %s" % (name, eph, EPH[name]))


def check_all(pids):
    doc = json.loads(sockls("--all-netns", "-tln", "--json").stdout)
    for name, port in NS.items():
        tagged = [s for s in doc["sockets"] if s.get("local", {}).get("port") == port]
        if [s.get("netns") for s in tagged] != [name]:
            fail("--all-netns --json: port %d rows %s, expected one tagged %s" % (port, tagged, name))
    if any("netns" not in s for s in doc["sockets"]):
        fail("--all-netns --json: a row without a netns key")
    out = sockls("--all-netns", "-tuln").stdout.splitlines()
    if not out or out[0].split()[:2] != ["Netns", "Netid"]:
        fail("--all-netns table header: %r" % out[:1])
    for name, port in NS.items():
        mine = [l.split() for l in out[1:] if ("127.0.0.1:%d" % port) in l.split()]
        if len(mine) != 1 or mine[0][0] != name or mine[0][1:3] != ["tcp", "LISTEN"]:
            fail("--all-netns table: rows for port %d: %s" % (port, mine))
    # Without --all-netns there is no Netns column.
    if sockls("-N", tag + "-a", "-tuln").stdout.split()[0] != "Netid":
        fail("-N without --all-netns must not add a Netns column")


def check_missing():
    bad = tag + "-missing"
    p = sockls("-N", bad, "-tln", expect=1)
    lines = p.stderr.strip().splitlines()
    if p.stdout or len(lines) != 1 or bad not in lines[0]:
        fail("-N %s: stdout %r stderr %r; want one line naming it, status 1" % (bad, p.stdout, p.stderr))
    p = sockls("--netns-pid", "2000000000", "-tln", expect=1)
    if p.stdout or len(p.stderr.strip().splitlines()) != 1 or "2000000000" not in p.stderr:
        fail("--netns-pid of no process: %r %r" % (p.stdout, p.stderr))


try:
    pids = {}
    for name, port in NS.items():
        run(["ip", "netns", "add", name])
        made.append(name)
        run(["ip", "-n", name, "link", "set", "lo", "up"])
        lo, hi = EPH[name]
        run(["ip", "netns", "exec", name, "sysctl", "-qw",
             "net.ipv4.ip_local_port_range=%d %d" % (lo, hi)])
    for name, port in NS.items():
        pids[name] = start_holder(name, port)
    for name, port in NS.items():
        check_one(name, port, *pids[name])
    check_all(pids)
    check_missing()
finally:
    stop_holders()
    for name in made:
        subprocess.run(["ip", "netns", "del", name], capture_output=True)
print("ok")
