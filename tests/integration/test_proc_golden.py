# SPDX-License-Identifier: MIT
"""A saved /proc tree (--proc-root) gives the table whose rows come from
outside sockls: the inet rows of tests/fixtures/proc/<case>/expected.tsv
(what ss lists from the same tree: test_proc_fixture_ss.py checks that), the
unix rows written there by hand, the unix inodes read here from net/unix in
the kernel's format, and service names known by hand. Every cell must start
under its header (the columns line up). Also: JSON that names its source, a
warning naming the file with unreadable lines, and the overlay of --services
in the Service column."""
import collections
import json
import os
import re
import tempfile

from lib import HERE, SS_STATE, fail, same, sockls

FIX = os.path.join(HERE, "..", "fixtures", "proc")
HEADER = ("Netid", "State", "Recv-Q", "Send-Q", "Local Address:Port", "Peer Address:Port",
          "Service")
# Names by hand (IANA): X11 is 6000-6063 over tcp only.
NAMES = {("tcp", 22): "ssh", ("tcp", 53): "domain", ("udp", 53): "domain",
         ("tcp", 443): "https", ("tcp", 8080): "http-alt", ("udp", 5353): "mdns"}
NAMES.update({("tcp", p): "x11" for p in range(6000, 6064)})
# net/unix, the kernel's format: "%pK: %08X %08X %08X %04X %02X %5lu" then " path"
UNIX_LINE = re.compile(r"^\S+: [0-9A-F]{8} [0-9A-F]{8} [0-9A-F]{8} [0-9A-F]{4} [0-9A-F]{2} +(\d+)"
                       r"(?: (.*))?$")


def service(proto, local, peer):
    if proto not in ("tcp", "udp"):
        return ""
    for a in (local, peer):
        port = a.rsplit(":", 1)[1]
        if port.isdigit() and (proto, int(port)) in NAMES:
            return NAMES[(proto, int(port))]
    return ""


def expected(case):
    """(proto, state, recv_q, send_q, local, peer, service) rows as sockls
    must print them from /proc: no LISTEN backlog, no unix queues, no
    V6ONLY (ss's dual-stack "*" stays [::]), unix peers unknown."""
    rows = collections.Counter()
    with open(os.path.join(FIX, case, "expected.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            proto, state, rq, sq, local, peer = line.rstrip("\n").split("\t")
            state = SS_STATE.get(state, state)
            if proto.startswith("u_"):
                rows[(proto, state, "?", "?", local, "* ?", "")] += 1
                continue
            # ss writes an IPv6 wildcard as "*"; /proc cannot tell V6ONLY: [::]
            local, peer = (re.sub(r"^\*:", "[::]:", a) for a in (local, peer))
            if state == "LISTEN":
                sq = "?"
            rows[(proto, state, rq, sq, local, peer, service(proto, local, peer))] += 1
    return rows


def unix_inodes(case):
    """(path, inode) of every unix socket of net/unix with an inode, by hand."""
    got = collections.Counter()
    with open(os.path.join(FIX, case, "net", "unix"), "rb") as f:
        for raw in f.read().decode("utf-8", "replace").split("\n")[1:]:
            m = UNIX_LINE.match(raw)
            if m and m.group(1) != "0":
                path = (m.group(2) or "*").replace("\x1b", "\\x1b")
                got[(path, m.group(1))] += 1
    return got


def table(text, case):
    """The table cut at the header's column starts: a cell not under its
    header is cut wrong and fails the comparison."""
    lines = text.splitlines()
    starts = [lines[0].find(h) for h in HEADER]
    if starts[0] != 0 or -1 in starts or starts != sorted(starts):
        fail("%s: header %r" % (case, lines[0]))
    rows, inodes = collections.Counter(), collections.Counter()
    for line in lines[1:]:
        cells = [line[a:b].rstrip() for a, b in zip(starts, starts[1:] + [None])]
        if any(c.startswith(" ") and i != 4 for i, c in enumerate(cells)):
            fail("%s: a cell not under its header: %r" % (case, line))
        if cells[0].startswith("u_"):
            path, ino = cells[4].rsplit(" ", 1)
            inodes[(path, ino)] += 1
            cells[4] = path
        rows[tuple(cells)] += 1
    return rows, inodes


for case in ("real", "edge"):
    root = os.path.join(FIX, case)
    p = sockls("--proc-root", root, "-tuwxan")
    if p.stderr:
        fail("%s: unexpected stderr %r" % (case, p.stderr))
    want = expected(case)
    if sum(want.values()) < 10:
        fail("%s: expected.tsv holds only %d rows" % (case, sum(want.values())))
    rows, inodes = table(p.stdout, case)
    same(rows, want, "%s: sockls --proc-root -tuwxan vs expected.tsv" % case)
    same(inodes, unix_inodes(case), "%s: unix inodes vs net/unix" % case)
    doc = json.loads(sockls("--proc-root", root, "-tuan", "--json").stdout)
    if doc["source"] != "proc" or not doc["sockets"]:
        fail("%s: JSON from a saved tree: source %r, %d sockets"
             % (case, doc["source"], len(doc["sockets"])))

# Broken lines: skipped, counted, named on stderr; the good rows still listed.
p = sockls("--proc-root", os.path.join(FIX, "garbage"), "-tanH")
if "net/tcp: 12 lines could not be read" not in p.stderr:
    fail("garbage tcp: stderr %r" % p.stderr)
if len(p.stdout.splitlines()) != 3:
    fail("garbage tcp: expected the 3 good rows, got %r" % p.stdout)

# --services overlays the built-in names.
with tempfile.NamedTemporaryFile("w", suffix=".services") as f:
    f.write("# site names\nmy-frontend 5001/tcp fe\n")
    f.flush()
    rows = sockls("--proc-root", os.path.join(FIX, "real"), "-tlnH", "--services", f.name).stdout
    named = [l.split()[-1] for l in rows.splitlines() if ":5001 " in l]
    if named != ["my-frontend"]:
        fail("--services overlay not used: %r" % rows)
    p = sockls("--port", "fe", "--services", f.name, "--proc-root", os.path.join(FIX, "real"),
               "-tanH")
    if not p.stdout or any(":5001 " not in l for l in p.stdout.splitlines()):
        fail("--port by an overlay alias: %r" % p.stdout)
print("ok")
