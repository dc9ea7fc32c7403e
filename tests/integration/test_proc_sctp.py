# SPDX-License-Identifier: MIT
"""SCTP from /proc: a --proc-root bundle holding net/sctp/eps and
net/sctp/assocs (tests/fixtures/proc/sctp, written with the kernel's formats
by make_sctp.py) gives the rows worked out by hand below, for each state and
family selection, valid JSON with null for what the files cannot know, and
malformed lines named once. Without the files (this kernel has no sctp module)
"no source can answer" names the kind, and auto falls back from sock_diag to
/proc for SCTP alone."""
import collections
import json
import os
import shutil
import tempfile

from lib import HERE, Row, fail, parse_table, same, schema_check, sockls

FIX = os.path.join(HERE, "..", "fixtures", "proc", "sctp")

# By hand from the lines of net/sctp/eps and net/sctp/assocs (see the README
# there): an endpoint's first address and SST (10 = LISTEN); its queues are
# not in the file. An association's first local address, the peer address
# with '*', TX_QUEUE as Send-Q, RX_QUEUE as Recv-Q, and ST as the nearest
# TCP state, sockls(8)'s -S (3 ESTABLISHED, 4 SHUTDOWN_PENDING -> FIN_WAIT1, 1 COOKIE_WAIT -> SYN_SENT,
# 7 SHUTDOWN_ACK_SENT -> LAST_ACK, 6 SHUTDOWN_RECEIVED -> CLOSE_WAIT).
LISTENERS = [
    Row("sctp", "LISTEN", None, None, "0.0.0.0:5000", "0.0.0.0:*"),
    Row("sctp", "LISTEN", None, None, "10.0.0.1:5001", "0.0.0.0:*"),
    Row("sctp", "LISTEN", None, None, "[::]:5002", "[::]:*"),
    Row("sctp", "LISTEN", None, None, "[fe80::1]%?:5003", "[::]:*"),
]
ASSOCS = [
    Row("sctp", "ESTABLISHED", 0, 0, "10.0.0.1:5000", "10.0.0.2:40000"),
    Row("sctp", "FIN_WAIT1", 200, 1500, "10.0.0.1:5000", "192.168.1.3:40001"),
    Row("sctp", "SYN_SENT", 0, 0, "[2001:db8::2]:45000", "[2001:db8::1]:5002"),
    Row("sctp", "LAST_ACK", 4096, 0, "[2001:db8::1]:5002", "[::ffff:10.0.0.9]:40002"),
    Row("sctp", "CLOSE_WAIT", 0, 0, "192.168.1.1:5001", "192.168.1.7:40003"),
]


def rows(*args, state=None):
    """The rows of sockls -S; with one state asked for, ss's rule drops the
    State column: state says which it was."""
    p = sockls("--proc-root", FIX, "-S", "-n", "-H", *args)
    if p.stderr:
        fail("sockls %s: unexpected stderr %r" % (" ".join(args), p.stderr))
    return parse_table(p.stdout, "sctp", state)


def want(rs, fam=None):
    if fam == 4:
        rs = [r for r in rs if not r.local.startswith("[")]
    elif fam == 6:
        rs = [r for r in rs if r.local.startswith("[")]
    return collections.Counter(rs)


same(rows("-a"), want(LISTENERS + ASSOCS), "sctp -a from the bundle")
same(rows("-l"), want(LISTENERS), "sctp -l (the endpoints only)")
same(rows(), want(ASSOCS), "sctp, connected (the associations)")
same(rows("-a", "-4"), want(LISTENERS + ASSOCS, 4), "sctp -a -4")
same(rows("-a", "-6"), want(LISTENERS + ASSOCS, 6), "sctp -a -6")
same(rows("state", "last-ack", state="LAST_ACK"), want([r for r in ASSOCS if r.state == "LAST_ACK"]),
     "sctp state last-ack")
same(rows("-a", "sport", "=", ":5000"),
     want([r for r in LISTENERS + ASSOCS if r.local.endswith(":5000")]), "sctp sport = :5000")
# -e: uid and inode from the files; an association is its socket's inode
ext = sockls("--proc-root", FIX, "-S", "-a", "-n", "-H", "-e").stdout
for local, peer, want_ext in (("0.0.0.0:5000", "0.0.0.0:*", "uid:0 ino:30001"),
                              ("10.0.0.1:5000", "10.0.0.2:40000", "uid:0 ino:30001"),
                              ("[2001:db8::2]:45000", "[2001:db8::1]:5002",
                               "uid:1000 ino:30010")):
    line = [l for l in ext.splitlines() if l.split()[3:5] == [local, peer]]
    if len(line) != 1 or want_ext not in line[0]:
        fail("-e of %s: %r" % (local, line))

# JSON: typed, null where the files say nothing, and valid against the schema.
out = sockls("--proc-root", FIX, "-S", "-a", "-e", "-o", "--json").stdout
doc = json.loads(out)
if doc["source"] != "proc" or len(doc["sockets"]) != 9:
    fail("JSON: source %r, %d sockets" % (doc["source"], len(doc["sockets"])))
for s in doc["sockets"]:
    if s["proto"] != "sctp":
        fail("JSON proto %r" % s["proto"])
    if s["state"] == "LISTEN" and (s["recv_q"], s["send_q"]) != (None, None):
        fail("JSON: an endpoint's queues are not in eps: %r" % s)
    if s["state"] != "LISTEN" and s["timer"] is not None:
        fail("JSON: whether T3-rtx runs is not in assocs: %r" % s)
    if s["cookie"] is not None:
        fail("JSON: /proc has no cookie: %r" % s)
    # eps lists the endpoints (LISTEN here), assocs the associations
    if s["association"] != (s["state"] != "LISTEN"):
        fail("JSON: association %r for a row of %s: %r" % (s["association"], s["state"], s))
mapped = [s for s in doc["sockets"] if s["remote"]["addr"] == "::ffff:10.0.0.9"]
if len(mapped) != 1 or mapped[0]["family"] != "inet6" or mapped[0]["recv_q"] != 4096:
    fail("JSON: the mixed-family association: %r" % mapped)
schema_check(out, "sockls --proc-root (sctp bundle) --json")

# A damaged bundle: good lines still listed, bad ones counted and named once
# (the file is read for each family).
with tempfile.TemporaryDirectory() as tmp:
    root = os.path.join(tmp, "proc")
    shutil.copytree(FIX, root)
    with open(os.path.join(root, "net", "sctp", "assocs"), "a") as f:
        f.write("garbage <-> line\n\x1b[31m 1 2 3\t4\n")
    p = sockls("--proc-root", root, "-S", "-a", "-n", "-H")
    named = [l for l in p.stderr.splitlines() if "sctp/assocs: 2 lines could not be read" in l]
    if len(named) != 1 or len(p.stderr.splitlines()) != 1:
        fail("malformed assocs lines: stderr %r" % p.stderr)
    same(parse_table(p.stdout, "sctp"), want(LISTENERS + ASSOCS), "damaged bundle rows")
    # No SCTP files at all: SCTP alone cannot be answered.
    shutil.rmtree(os.path.join(root, "net", "sctp"))
    p = sockls("--proc-root", root, "-S", "-a", expect=1)
    if "no source can answer for sctp (sctp_diag)" not in p.stderr:
        fail("no sctp files: %r" % p.stderr)

# Live: this kernel has no sctp module, so sock_diag cannot serve SCTP and
# /proc/net/sctp is not there. auto falls back for SCTP alone and says so
# with -v; TCP still comes from netlink.
if not os.path.exists("/proc/net/sctp"):
    p = sockls("-t", "-S", "-a", "-v", "-n")
    err = p.stderr
    if "sctp/inet: netlink sock_diag unavailable" not in err or \
            "sctp/eps" not in err or "tcp/inet+inet6: netlink sock_diag" not in err:
        fail("fallback of SCTP alone not told: %r" % err)
    p = sockls("-S", "-a", expect=1)
    if "no source can answer for sctp (sctp_diag)" not in p.stderr:
        fail("live -S without sctp: %r" % p.stderr)
print("ok")
