# SPDX-License-Identifier: MIT
"""sockls lists exactly the sockets ss lists, with the same states, queues and
addresses, for the option combinations a netstat/ss user types."""
from lib import Mix, parse_ss, parse_table, same, sockls, ss, fail

CASES = [
    ("-tuan", "-tuan"),
    ("-tan", "-tan"),
    ("-uan", "-uan"),
    ("-tuln", "-tuln"),
    ("-tun", "-tun"),       # default: connected sockets only
    ("-tan4", "-tan4"),
    ("-tan6", "-tan6"),
    ("-ua", "-uan"),
]

with Mix() as mix:
    for ours, theirs in CASES:
        proto = "tcp" if "u" not in theirs else "udp" if "t" not in theirs else None
        got = parse_table(sockls(ours, "-H").stdout, proto)
        want = parse_ss(ss(theirs, "-H").stdout, proto)
        same(got, want, "sockls %s vs ss %s" % (ours, theirs))
        if not got:
            fail("empty listing for " + ours)
    # The mix's known facts, asserted directly as well.
    rows = parse_table(sockls("-tan", "-H").stdout)
    listen = [r for r in rows if r.state == "LISTEN" and r.local == "127.0.0.1:5001"]
    if len(listen) != 1 or listen[0].recv_q != 2 or listen[0].send_q != 8:
        fail("listener with unaccepted connections: %s" % listen)
    if not any(r.state == "ESTABLISHED" and r.recv_q == 100 for r in rows):
        fail("no established socket with 100 unread bytes")
    states = {r.state for r in rows}
    for st in ("LISTEN", "ESTABLISHED", "SYN_SENT", "FIN_WAIT2", "CLOSE_WAIT", "TIME_WAIT"):
        if st not in states:
            fail("state %s missing from %s" % (st, sorted(states)))
    if not any(r.local.startswith("[::ffff:127.0.0.1]:") for r in rows):
        fail("v4-mapped socket missing")
    # Header line and -H.
    out = sockls("-tuan").stdout.splitlines()
    if not out[0].startswith("Netid State"):
        fail("no header: %r" % out[0])
    # Combined short options are the same as separate ones.
    same(parse_table(sockls("-t", "-u", "-a", "-n", "-H").stdout),
         parse_table(sockls("-tuanH").stdout), "-t -u -a -n -H vs -tuanH")
print("ok")
