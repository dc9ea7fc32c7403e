# SPDX-License-Identifier: MIT
"""netlink sockets: sockls's Local Address:Port column is ss's, row by row
(ss -A netlink -a as the oracle, iproute2 misc/ss.c netlink_show_one()): the
kernel's sockets "proto:kernel", a port id that is a live pid "proto:comm/pid",
any other port id as a signed number (automatic ids are negative; a process
that has exited). The sockets are held by processes started here, in the
test's private network namespace; JSON carries the same facts typed."""
import json
import os
import subprocess
import sys

from lib import fail, sockls, ss

NETLINK_ROUTE, NETLINK_UEVENT, NETLINK_GENERIC = 0, 15, 16
SOL_NETLINK, NETLINK_ADD_MEMBERSHIP = 270, 1

# The holder: its first route socket gets its pid as port id, a second one an
# automatic (negative) id, a generic socket its pid again (ids are per
# protocol), a uevent socket the chosen id 4242; an unbound route socket in a
# multicast group (sock_diag gives it port id 0); a child with its own socket;
# and a socket whose process has exited, held by that process's child.
HOLDER = r"""
import os, socket, sys, json
def comm(name):
    with open("/proc/self/comm", "w") as f:
        f.write(name)
def nl(proto, port=0, groups=0, kind=socket.SOCK_RAW):
    s = socket.socket(socket.AF_NETLINK, kind, proto)
    s.bind((port, groups))
    return s
comm("nlholder")
keep = [nl(0), nl(0), nl(16, kind=socket.SOCK_DGRAM), nl(15, 4242, 1)]
u = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0)
u.setsockopt(%d, %d, 1)
keep.append(u)
r, w = os.pipe()
child = os.fork()
if child == 0:
    comm("nlchild")
    keep = [nl(0)]
    os.write(w, b"x")
    sys.stdin.read()
    os._exit(0)
os.read(r, 1)
r2, w2 = os.pipe()
gone = os.fork()
if gone == 0:
    comm("nlgone")
    s = nl(16)
    if os.fork() == 0:
        comm("nlorphan")
        os.write(w2, b"x")
        sys.stdin.read()
        os._exit(0)
    os._exit(0)
os.waitpid(gone, 0)
os.read(r2, 1)
print("READY " + json.dumps({"holder": os.getpid(), "child": child, "gone": gone}), flush=True)
sys.stdin.read()
os.waitpid(child, 0)
""" % (SOL_NETLINK, NETLINK_ADD_MEMBERSHIP)


def local_column(text, own=1):
    """The Local Address:Port cells in order; each tool's own sock_diag
    socket ("tcpdiag:ss/PID", "tcpdiag:sockls/PID", or the bare pid with -n)
    is taken out, once: nothing else here uses sock_diag."""
    cells = [line.split()[3] for line in text.splitlines() if line.strip()]
    mine = [c for c in cells if c.startswith("tcpdiag:") and c != "tcpdiag:kernel"]
    if len(mine) != own:
        fail("expected the tool's own sock_diag socket %d times: %r" % (own, cells))
    for c in mine:
        cells.remove(c)
    return cells


p = subprocess.Popen([sys.executable, "-c", HOLDER], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, text=True)
try:
    line = p.stdout.readline()
    if not line.startswith("READY "):
        fail("netlink holder did not start: %r" % line)
    pids = json.loads(line[6:])
    want = ss("-A", "netlink", "-a", "-H").stdout
    got = sockls("-A", "netlink", "-a", "-H").stdout
    ss_cells, cells = local_column(want), local_column(got)
    # netlink_diag (net/netlink/diag.c) walks a protocol's bound sockets, then
    # its multicast list, where a bound socket comes again (sk_hashed() is
    # false for netlink's own hash): ss shows the uevent socket (bound, group
    # 1) twice, sockls once (the same cookie). The later one goes.
    repeat = [i for i, c in enumerate(ss_cells) if c == "uevent:4242"]
    if len(repeat) != 2:
        fail("ss should list the bound, subscribed socket twice: %r" % ss_cells)
    del ss_cells[repeat[1]]
    if ss_cells != cells:
        diff = [(i, a, b) for i, (a, b) in enumerate(zip(ss_cells, cells)) if a != b]
        fail("Local column differs from ss -A netlink -a (%d vs %d rows): %r\nss:\n%s\nsockls:\n%s"
             % (len(ss_cells), len(cells), diff[:5], want, got))
    # the cases this test set out to show are all there
    holder, child, gone = pids["holder"], pids["child"], pids["gone"]
    for cell, n in (("rtnl:nlholder/%d" % holder, 1), ("genl:nlholder/%d" % holder, 1),
                    ("rtnl:nlchild/%d" % child, 1), ("genl:%d" % gone, 1),
                    ("uevent:4242", 1), ("rtnl:kernel", 2)):
        if cells.count(cell) != n:
            fail("%r %d times, expected %d: %r" % (cell, cells.count(cell), n, cells))
    if not any(c.startswith("rtnl:-") for c in cells):
        fail("no automatic (negative) port id: %r" % cells)

    # -n: no lookup, the number
    numeric = local_column(sockls("-A", "netlink", "-a", "-H", "-n").stdout)
    if "rtnl:%d" % holder not in numeric or any("nlholder" in c for c in numeric):
        fail("-n must print the port id: %r" % numeric)

    # JSON: portid and the process it names, typed
    doc = json.loads(sockls("-A", "netlink", "-a", "--json").stdout)
    by = {}
    for s in doc["sockets"]:
        by.setdefault((s["protocol"], s["local"]["portid"]), []).append(s["local"]["process"])
    if by.get((NETLINK_ROUTE, holder)) != [{"pid": holder, "comm": "nlholder"}]:
        fail("JSON of the holder's route socket: %r" % by.get((NETLINK_ROUTE, holder)))
    if by.get((NETLINK_GENERIC, gone)) != [None]:
        fail("JSON of the exited process's port id: %r" % by.get((NETLINK_GENERIC, gone)))
    negative = [k for k in by if k[0] == NETLINK_ROUTE and k[1] >= 2 ** 31]
    if not negative or any(by[k] != [None] for k in negative):
        fail("JSON of automatic port ids: %r" % {k: by[k] for k in negative})
    if any(v is not None for v in by.get((NETLINK_ROUTE, 0), [])):
        fail("JSON of port id 0 (the kernel): %r" % by.get((NETLINK_ROUTE, 0)))

    # /proc/net/netlink has each bound socket once, and the same names
    proc = set(local_column(sockls("-A", "netlink", "-a", "-H", "--source", "proc").stdout,
                            own=0))
    if not proc <= set(cells) or "rtnl:nlholder/%d" % holder not in proc:
        fail("--source proc names: %r not within %r" % (sorted(proc), sorted(set(cells))))
finally:
    p.stdin.close()
    p.wait(timeout=10)
print("ok")
