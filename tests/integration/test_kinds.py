# SPDX-License-Identifier: MIT
"""packet, MPTCP, SCTP and vsock sockets: sockls lists the rows ss lists, from
netlink and from /proc, and its JSON validates. A kernel without the module
that serves a kind (sctp, vsock_diag) is the only skip, and names it."""
import collections
import socket

from lib import Row, module_missing, SS_STATE, fail, parse_table, same, schema_check, skip, sockls, ss


def ss_rows(text, netid=None):
    """ss rows, with its Netid column (several kinds) or without (one kind)."""
    rows = []
    for line in text.splitlines():
        f = line.split()
        if not f:
            continue
        p = netid
        if f[0] not in SS_STATE:
            p, f = f[0], f[1:]
        rows.append(Row(p, SS_STATE[f[0]], int(f[1]), int(f[2]), f[3], f[4]))
    return collections.Counter(rows)


def validate(*args):
    schema_check(sockls(*args, "--json").stdout, "sockls %s --json" % " ".join(args))


def packet():
    keep = [socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(3))]
    s = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, socket.htons(0x0806))
    s.bind(("lo", 0x0806))
    keep.append(s)
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x88cc))
    s.bind(("lo", 0x88cc))
    keep.append(s)
    want = ss_rows(ss("-0", "-a", "-H").stdout)
    if sum(want.values()) != 3:
        fail("ss -0 -a lists %d packet sockets, not 3" % sum(want.values()))
    for src in ("netlink", "proc"):
        got = parse_table(sockls("-0", "-a", "-H", "--source", src).stdout)
        # /proc/net/packet has no send side: unknown there, not 0
        exp = want if src == "netlink" else collections.Counter(
            {r._replace(send_q=None): n for r, n in want.items()})
        same(got, exp, "sockls -0 -a --source %s vs ss -0 -a" % src)
    same(parse_table(sockls("--packet", "-l", "-H").stdout), want, "--packet -l vs ss -0 -a")
    if parse_table(sockls("-0", "-H").stdout):
        fail("packet sockets are UNCONN: none is connected")
    validate("-0", "-a")
    return keep


def mptcp():
    try:
        lst = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 262)
    except OSError as e:
        skip("MPTCP: kernel without CONFIG_MPTCP (socket: %s)" % e)
    lst.bind(("127.0.0.1", 5201))
    lst.listen(8)
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 262)
    c.connect(("127.0.0.1", 5201))
    a, _ = lst.accept()
    c.send(b"x" * 100)
    want = ss_rows(ss("-M", "-a", "-n", "-H").stdout, "mptcp")
    got = parse_table(sockls("-M", "-a", "-n", "-H").stdout)
    if not want:
        skip("MPTCP: ss -M lists nothing: the mptcp_diag module is missing")
    same(got, want, "sockls -M -a -n vs ss -M -a -n")
    same(parse_table(sockls("--mptcp", "-n", "-H", "sport", "=", ":5201").stdout),
         collections.Counter(r for r in want.elements()
                             if r.state != "LISTEN" and r.local.endswith(":5201")),
         "sockls --mptcp sport = :5201")
    validate("-M", "-a")
    # ss 6.1 lists MPTCP sockets without -M too: by default, -a, -l, -4, -f inet
    for args in ((), ("-a",), ("-l",), ("-4", "-a"), ("-f", "inet", "-l")):
        mine = [r for r in parse_table(sockls(*args, "-n", "-H").stdout).elements() if r.proto == "mptcp"]
        theirs = [r for r in ss_rows(ss(*args, "-n", "-H").stdout).elements() if r.proto == "mptcp"]
        if not theirs:
            fail("ss %s lists no MPTCP socket; the test made 3" % " ".join(args))
        same(collections.Counter(mine), collections.Counter(theirs), "sockls %s: MPTCP rows vs ss"
             % " ".join(args))
    return [lst, c, a]


def sctp_socket():
    try:
        return socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_SCTP)
    except OSError as e:
        return e


def sctp():
    s = sctp_socket()
    if isinstance(s, OSError):
        out = sockls("-S", "-a", "--source", "netlink", expect=1)
        if "sctp_diag" not in out.stderr:
            fail("-S without SCTP does not name sctp_diag: %r" % out.stderr)
        if module_missing("sctp", "live SCTP rows (the /proc rows: test_proc_sctp.py)"):
            return []
        s = sctp_socket()
        if isinstance(s, OSError):
            fail("SCTP: kernel module sctp is there, yet socket() fails: %s" % s)
    s.bind(("127.0.0.1", 5301))
    s.listen(4)
    probe = sockls("-S", "-a", "--source", "netlink", expect=None)
    if probe.returncode != 0:
        if "sctp_diag" not in probe.stderr:
            fail("-S --source netlink: %r" % probe.stderr)
        if module_missing("sctp_diag", "SCTP rows from sock_diag"):
            return [s]
    want = ss_rows(ss("-S", "-a", "-n", "-H").stdout, "sctp")
    # the positive control: ss shows the listener this test made
    if not any(r.local == "127.0.0.1:5301" and r.state == "LISTEN" for r in want):
        fail("ss -S -a does not show the test's SCTP listener: %r" % want)
    same(parse_table(sockls("-S", "-a", "-n", "-H").stdout), want, "sockls -S -a vs ss -S -a")
    return [s]


def vsock():
    # The positive control: a listener of this test (any port: vsock ports are
    # not per network namespace).
    lst = socket.socket(socket.AF_VSOCK, socket.SOCK_STREAM)
    lst.bind((socket.VMADDR_CID_ANY, socket.VMADDR_PORT_ANY))
    lst.listen(1)
    port = lst.getsockname()[1]
    out = sockls("--vsock", "-a", "--source", "netlink", expect=None)
    if out.returncode == 1 and "vsock_diag" in out.stderr:
        if not module_missing("vsock_diag", "vsock rows (checked by unit tests only)"):
            out = sockls("--vsock", "-a", "--source", "netlink")
        else:
            return [lst]
    if out.returncode != 0:
        fail("sockls --vsock: %s" % out.stderr)
    want = ss_rows(ss("--vsock", "-a", "-H").stdout)
    if not any(r.local.endswith(":%d" % port) and r.state == "LISTEN" for r in want):
        fail("ss --vsock -a does not show the test's listener on port %d: %r" % (port, want))
    same(parse_table(out.stdout), want, "sockls --vsock -a vs ss --vsock -a")
    return [lst]


keep = packet()
keep += sctp()
keep += vsock()
keep += mptcp()
print("ok")
