# SPDX-License-Identifier: MIT
"""--prometheus exports what it knows, and only that (issue 27, item 19):
- a state with no socket is a sample of 0 where the count is known (the kind
  was dumped and answered, the state was asked for), and no sample where it
  is not (a state not asked for; a kind whose sock_diag module is missing and
  that has no /proc file);
- sockls_listening_info is bounded: --top N series (1000 by default), and
  sockls_listening_info_omitted counts the label sets left out.
Every exposition passes promtool."""
import os
import socket

from lib import fail, prom_key, prom_metrics, promtool_check, sockls

lst = []
for port in range(7401, 7406):
    s = socket.socket()
    s.bind(("127.0.0.1", port))
    s.listen(4)
    lst.append(s)
c = socket.create_connection(("127.0.0.1", 7401))
a, _ = lst[0].accept()

text = sockls("--prometheus").stdout
promtool_check(text)
m = prom_metrics(text)


def count(proto, state, metrics=None):
    return (metrics or m).get(prom_key('sockls_sockets{proto="%s",state="%s"}' % (proto, state)))


# what the test made: 5 listeners, 2 ESTABLISHED; the rest of TCP is 0
if count("tcp", "LISTEN") != 5 or count("tcp", "ESTABLISHED") != 2:
    fail("sockls_sockets: LISTEN %r ESTABLISHED %r (the test made 5 and 2)"
         % (count("tcp", "LISTEN"), count("tcp", "ESTABLISHED")))
for st in ("SYN_SENT", "FIN_WAIT1", "CLOSE_WAIT", "TIME_WAIT", "CLOSING"):
    if count("tcp", st) != 0:
        fail("sockls_sockets tcp %s: a known 0 must be exported as 0, got %r" % (st, count("tcp", st)))
if count("udp", "UNCONN") != 0:
    fail("no UDP socket in the namespace: udp UNCONN must be 0, got %r" % count("udp", "UNCONN"))
if count("tcp", "NEW_SYN_RECV") is not None or count("udp", "LISTEN") is not None:
    fail("states a kind cannot be in, or internal ones, are not exported")

# a state that was not asked for is not known
only = prom_metrics(sockls("--prometheus", "state", "established").stdout)
if count("tcp", "ESTABLISHED", only) != 2 or count("tcp", "LISTEN", only) is not None:
    fail("state established: ESTABLISHED 2 and no LISTEN sample expected: %r"
         % {k: v for k, v in only.items() if k[0] == "sockls_sockets"})

# a kind nobody answered for: no sample (MPTCP without its diag module has no
# /proc file); with the module the zeros are there (the positive control)
mp = count("mptcp", "LISTEN")
if mp != 0:
    fail("mptcp LISTEN: MPTCP is dumped by default and answered: 0 expected, got %r" % mp)
# the nonetlink shim fails the sock_diag requests of IP protocol 262 only
PRELOAD = os.path.join(os.environ["BUILD"], "helpers", "libnonetlink.so")
env = dict(os.environ, LD_PRELOAD=os.path.abspath(PRELOAD), SOCKLS_TEST_NO_DIAG_PROTO="262",
           ASAN_OPTIONS=":".join(filter(None, [os.environ.get("ASAN_OPTIONS"),
                                                "verify_asan_link_order=0"])))
gone = prom_metrics(sockls("--prometheus", env=env).stdout)
if any(k[0] == "sockls_sockets" and ("proto", "mptcp") in k[1] for k in gone):
    fail("mptcp_diag missing and no /proc file: MPTCP counts are unknown, not 0")

# bounded listener series
for args, shown, left in (((), 5, 0), (("--top", "2"), 2, 3)):
    t = sockls("--prometheus", *args).stdout
    promtool_check(t)
    series = [l for l in t.splitlines() if l.startswith("sockls_listening_info{")]
    omitted = prom_metrics(t).get(prom_key("sockls_listening_info_omitted"))
    if len(series) != shown or omitted != left:
        fail("--prometheus %s: %d listening_info series, omitted %r; want %d and %d"
             % (" ".join(args), len(series), omitted, shown, left))
print("ok: zero states, unknown kinds, bounded listener series")
