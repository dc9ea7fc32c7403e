# SPDX-License-Identifier: MIT
# run.sh: alone: --all-netns enters every namespace of the host, the other tests' too
"""--pid and the 'pid' filter term list exactly the sockets of the processes
named: two processes this test starts report their own sockets (a TCP
listener, a UDP socket, and connections between them); ss -tuanp's rows with
pid=N are the second witness, after a positive control shows ss sees them.
Both sources, kernel filtering on and off, 'pid = N', 'not pid = N', --pid
A,B, --all-netns and --count-by process agree; a pid with no process is said
(status 1), a word that is no pid is a usage error (status 2)."""
import json
import os
import re
import subprocess
import sys

from lib import fail, sockls, sockls_all_netns

PROC = r"""
import json, os, socket, sys
port = int(sys.argv[1])
l = socket.socket(); l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
l.bind(("127.0.0.1", port)); l.listen(8)
u = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); u.bind(("::1", port + 10))
print("READY", flush=True)
peer = int(sys.stdin.readline())
held = [l, u]
if peer:
    for _ in range(3):
        held.append(socket.create_connection(("127.0.0.1", peer)))
else:
    for _ in range(3):
        held.append(l.accept()[0])
def end(s, f):
    try:
        return f()
    except OSError:
        return None
out = []
for s in held:
    a, p = s.getsockname()[:2]
    r = end(s, s.getpeername)
    out.append([a, p, r[0] if r else None, r[1] if r else 0])
print(json.dumps({"pid": os.getpid(), "socks": out}), flush=True)
sys.stdin.read()
"""

procs = []


def start(port):
    p = subprocess.Popen([sys.executable, "-c", PROC, str(port)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
    procs.append(p)
    if p.stdout.readline().strip() != "READY":
        fail("a process did not start")
    return p


def ends(rows):
    """{(local port, peer port)} of sockls/ss rows (-n table, no header)."""
    out = set()
    for line in rows:
        f = line.split()
        i = 0 if f[0] in ("tcp", "udp") else -1
        out.add((int(f[4 + i].rsplit(":", 1)[1]), f[5 + i].rsplit(":", 1)[1]))
    return out


def mine(info):
    return {(s[1], str(s[3]) if s[3] else "*") for s in info["socks"]}


def listed(*args, env=None):
    return ends(sockls("-tuanH", *args, env=env).stdout.splitlines())


def main():
    a, b = start(7501), start(7502)
    a.stdin.write("0\n")
    a.stdin.flush()
    b.stdin.write("7501\n")
    b.stdin.flush()
    ib, ia = json.loads(b.stdout.readline()), json.loads(a.stdout.readline())
    pa, pb = ia["pid"], ib["pid"]
    # positive control: ss -p sees each process's sockets, and only those
    ss = subprocess.run(["ss", "-tuanpH"], capture_output=True, text=True,
                        check=True).stdout.splitlines()
    for info in (ia, ib):
        witness = ends(l for l in ss if re.search(r"pid=%d," % info["pid"], l))
        if witness != mine(info) or len(mine(info)) != 5:
            fail("ss -tuanp | grep pid=%d: %s, the process holds %s"
                 % (info["pid"], witness, mine(info)))
    no_bc = dict(os.environ, SOCKLS_NO_KERNEL_FILTER="1")
    for info in (ia, ib):
        p = info["pid"]
        for args, env in ((("--pid", str(p)), None), (("pid", "=", str(p)), None),
                          (("pid", str(p)), no_bc), (("--source", "proc", "--pid", str(p)), None),
                          (("--all-netns", "--pid", str(p)), None),
                          (("-N", "/proc/%d/ns/net" % p, "--pid", str(p)), None)):
            if "--all-netns" in args:  # the Netns column first
                # as non-root other namespaces cannot be entered (status 1, said)
                got = ends(" ".join(l.split()[1:]) for l in sockls_all_netns(
                    "-tuanH", *[a for a in args if a != "--all-netns"]).stdout.splitlines())
            else:
                got = listed(*args, env=env)
            if got != mine(info):
                fail("sockls %s: %s, the process holds %s" % (" ".join(args), got, mine(info)))
    both = listed("--pid", "%d,%d" % (pa, pb))
    if both != mine(ia) | mine(ib):
        fail("--pid A,B: %s" % both)
    rest = listed("not", "pid", "=", str(pa))
    if rest & mine(ia) or not mine(ib) <= rest:
        fail("not pid = A: %s" % rest)
    if listed("--pid", str(pa), "pid", "=", str(pb)):
        fail("--pid A and pid = B should have no common socket")
    # -K: a process narrows what it would destroy (--dry-run destroys nothing)
    p = sockls("-tK", "--dry-run", "-nH", "--pid", str(pa))
    got = ends(["tcp " + l for l in p.stdout.splitlines()])
    if got != {s for s in mine(ia) if s[1] != "*"}:
        fail("-tK --dry-run --pid A: %s" % got)
    out = sockls("-tuanH", "--pid", str(pa), "--count-by", "process,kind").stdout.split()
    if out != ["4", "python3/%d" % pa, "tcp", "1", "python3/%d" % pa, "udp"]:
        fail("--pid A --count-by process,kind: %s" % out)
    gone = subprocess.Popen(["true"])
    gone.wait()
    for args, status, words in ((["--pid", str(gone.pid)], 1, "pid %d: no such process" % gone.pid),
                                (["pid", "=", str(gone.pid)], 1, "no such process"),
                                (["--pid", "12x"], 2, "'12x' is not a process id"),
                                (["pid", "abc"], 2, "invalid pid 'abc'"),
                                (["-E", "pid", str(pa)], 2, "-E cannot filter by pid")):
        p = sockls(*args, expect=status)
        if p.stdout or words not in p.stderr.splitlines()[0]:
            fail("sockls %s: stdout %r stderr %r" % (" ".join(args), p.stdout, p.stderr))
    if os.getuid() != 0 and os.stat("/proc/1").st_uid != os.getuid():
        # another user's process: its descriptors cannot be read; said, not an empty table
        p = sockls("--pid", "1", expect=1)
        if p.stdout or "pid 1: cannot read its sockets" not in p.stderr:
            fail("--pid 1 as non-root: stdout %r stderr %r" % (p.stdout, p.stderr))
    print("pid filter: %d and %d sockets of two processes, as they and ss -p say"
          % (len(mine(ia)), len(mine(ib))))


try:
    main()
finally:
    for p in procs:
        p.kill()
        p.wait()
