# SPDX-License-Identifier: MIT
"""--ephemeral counts the ephemeral ports in use in this namespace's range
(reserved ports excluded), per destination, and warns above 80%; listeners
and servers get their service name, client ports inside the range none."""
import json
import socket
import time

from lib import fail, sockls


def sysctl(name, value):
    with open("/proc/sys/net/ipv4/" + name, "w") as f:
        f.write(value)


# A range small enough that 87% of it fits in the Debian default of 1024
# descriptors (both ends of each connection are held here).
sysctl("ip_local_port_range", "40000 40399")
sysctl("ip_local_reserved_ports", "40010-40019")
# The 8 TIME_WAIT ports below stay held: with tcp_tw_reuse (2, loopback, by
# default) connect() takes a TIME_WAIT port back once its second has passed,
# and connect(220) near the top of the range did, on a busy machine.
sysctl("tcp_tw_reuse", "0")
USABLE = 390

lst = socket.socket()
lst.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
lst.bind(("127.0.0.1", 5432))
lst.listen(1024)
held = []


def connect(n):
    for _ in range(n):
        c = socket.create_connection(("127.0.0.1", 5432))
        s, _ = lst.accept()
        held.append((c, s))


connect(120)
# 8 of them end in TIME_WAIT on the client side: still holding their ports.
for c, s in held[:8]:
    c.close()
    time.sleep(0.001)
    s.close()
time.sleep(0.2)

out = sockls("--ephemeral").stdout
want = [
    "Ephemeral port range: 40000-40399 (400 ports)",
    "Usable ports: %d" % USABLE,
    "In use: tcp 120 (30.8%, 8 in TIME_WAIT), udp 0 (0.0%)",
]
for w in want:
    if w not in out:
        fail("missing %r in:\n%s" % (w, out))
dest = [l for l in out.splitlines() if "127.0.0.1:5432" in l]
if len(dest) != 1 or " 120 " not in " %s " % dest[0] or "30.8%" not in dest[0]:
    fail("top destination line: %r\n%s" % (dest, out))
if "WARNING" in out:
    fail("warning at 30%%:\n%s" % out)

# Every client row is ephemeral and, being a client port, named after the server.
# One kind and one state: no Netid and no State column, as ss -tnH state established.
rows = sockls("-tnH", "state", "established").stdout.splitlines()
clients = [l for l in rows if l.split()[3] == "127.0.0.1:5432"]
if len(clients) != 112 or not all(l.split()[-1] == "postgresql" for l in clients):
    fail("client rows: %d, services %r" % (len(clients), {l.split()[-1] for l in clients}))
if not all(40000 <= int(l.split()[2].rsplit(":", 1)[1]) <= 40399 for l in clients):
    fail("client ports outside the range")
listen = sockls("-tlnH").stdout.split()
if listen[-1] != "postgresql":
    fail("listener service: %r" % listen)

# Past 80% of the usable range: a warning.
connect(220)
out = sockls("--ephemeral").stdout
if "In use: tcp 340 (87.2%" not in out or "WARNING" not in out:
    fail("no warning at 87.2%%:\n%s" % out)

# -u lists no TCP socket and -t no UDP socket: the other's counts are unknown,
# not 0 (340 TCP ports are in use, which -u cannot see).
out = sockls("--ephemeral", "-u").stdout
for w in ("In use: tcp ? (not listed), udp 0 (0.0%)", "Usable for connect(): ?",
          "Pinned for every destination (tcp): ? (TCP not listed)"):
    if w not in out:
        fail("-u: missing %r in:\n%s" % (w, out))
doc = json.loads(sockls("--ephemeral", "-u", "--json").stdout)["ephemeral_report"]
if (doc["in_use"], doc["time_wait"], doc["usable_connect"]) != ({"tcp": None, "udp": 0}, None, None):
    fail("-u JSON: %r" % doc)
doc = json.loads(sockls("--ephemeral", "-t", "--json").stdout)["ephemeral_report"]
if doc["in_use"] != {"tcp": 340, "udp": None} or doc["in_use_pct"]["udp"] is not None:
    fail("-t JSON: %r" % doc)
print("ok")
