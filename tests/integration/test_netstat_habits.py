# SPDX-License-Identifier: MIT
"""What sockls --help and COMING FROM SS AND NETSTAT tell a netstat user to type
gives what netstat gives (issue 27, item 11), on sockets this test made: a
listener, a connection, a TIME_WAIT socket, IPv4 and IPv6."""
import socket
import time

from lib import fail, run, sockls


def netstat_rows(args):
    rows = set()
    for line in run(["netstat", *args]).stdout.splitlines()[2:]:   # two header lines
        f = line.split()
        if f and f[0] in ("tcp", "tcp6"):
            rows.add((f[3], f[4], f[5]))
    return rows


def norm(rows):
    """(local, peer, state) with ss's [v6]:port and netstat's v6:port alike."""
    out = set()
    for local, peer, state in rows:
        out.add((local.replace("[", "").replace("]", ""), peer.replace("[", "").replace("]", ""),
                 state))
    return out


held = []
for fam, addr in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
    l = socket.socket(fam)
    l.bind((addr, 7600))
    l.listen(8)
    c = socket.create_connection((addr, 7600))
    s, _ = l.accept()
    t = socket.create_connection((addr, 7600))
    u, _ = l.accept()
    t.close()
    time.sleep(0.05)
    u.close()
    held += [l, c, s]
time.sleep(0.1)


def table(*args):
    """(local, peer, state) of sockls -tn... rows (State first, no Netid)."""
    rows = set()
    for line in sockls(*args, "-H").stdout.splitlines():
        f = line.split()
        if f and f[0] in ("tcp", "udp", "raw", "mptcp", "sctp"):
            f = f[1:]   # a Netid column when several kinds are listed
        if f:
            rows.add((f[3], f[4], f[0]))
    return rows


want = norm(netstat_rows(["-tn"]))
if not any(r[2] == "TIME_WAIT" for r in want) or len(want) < 6:
    fail("netstat -tn shows %r; the test made 4 connections and 2 TIME_WAIT sockets" % want)
got = norm(table("-tn", "state", "connected", "state", "time-wait"))
if got != want:
    fail("netstat -tn %r\nsockls -tn state connected state time-wait %r" % (sorted(want), sorted(got)))
if any(r[2] == "TIME_WAIT" for r in table("-tn")):
    fail("sockls -tn must hide TIME_WAIT as ss does")
want4 = norm(netstat_rows(["-A", "inet", "-tn"]))
got4 = norm(table("-A", "inet", "-4", "-tn", "state", "connected", "state", "time-wait"))
if not want4 or any(":" in r[0].rsplit(":", 1)[0] for r in want4) or got4 != want4:
    fail("netstat -A inet -tn %r vs sockls -A inet -4 -tn ... %r" % (sorted(want4), sorted(got4)))
# one header line: the first row is the second line
lines = sockls("-tln").stdout.splitlines()
if len(lines) < 3 or not lines[0].startswith("State") or ":7600" not in lines[1]:
    fail("sockls -tln: one header line, then the listeners: %r" % lines[:3])
help_text = sockls("--help").stdout
for w in ("state connected state time-wait", "use -H", "add -4"):
    if w not in help_text:
        fail("--help's netstat note lacks %r" % w)
print("ok: netstat -tn, -A inet and the header, as the docs say")
