# SPDX-License-Identifier: MIT
"""--ephemeral counts only what holds an ephemeral port towards a destination,
and says "?" where the source cannot know (issue 27, items 3 and 4):
- a listener inside the range: the connections it accepted share its port and
  are not destinations (they were one made-up row per client port);
- --source proc cannot see bind()-only sockets: their count, the pinned total
  and what connect() can use are unknown, not 0 (netlink sees the socket this
  test bound: the positive control);
- -u did not dump TCP: the IP_BIND_ADDRESS_NO_PORT count is unknown, in the
  text, JSON and --prometheus."""
import json
import re
import socket

from lib import fail, sockls, ss


def has_sample(text, name):
    return re.search(r"^%s(\{| )" % re.escape(name), text, re.M) is not None


def sysctl(name, value):
    with open("/proc/sys/net/ipv4/" + name, "w") as f:
        f.write(value)


sysctl("ip_local_port_range", "40000 40999")
held = []
# A bind()-only socket on a port of the range, bound before any connect()
# could take that port.
bound = socket.socket()
bound.bind(("127.0.0.1", 40600))

# A listener inside the range, with 5 clients (whose ports are ephemeral too).
inside = socket.socket()
inside.bind(("127.0.0.1", 40500))
inside.listen(16)
for _ in range(5):
    c = socket.create_connection(("127.0.0.1", 40500))
    held += [c, inside.accept()[0]]
# A listener outside the range with 3 clients.
outside = socket.socket()
outside.bind(("127.0.0.1", 5432))
outside.listen(16)
for _ in range(3):
    c = socket.create_connection(("127.0.0.1", 5432))
    held += [c, outside.accept()[0]]

# What the test made, as ss sees it: 8 client sockets on ephemeral ports,
# 5 accepted ones on the listener's port.
rows = [l.split() for l in ss("-tnH", "state", "established").stdout.splitlines() if l.strip()]
clients = [r for r in rows if r[3] in ("127.0.0.1:40500", "127.0.0.1:5432")]
accepted = [r for r in rows if r[2] == "127.0.0.1:40500"]
if len(clients) != 8 or len(accepted) != 5:
    fail("ss shows %d client and %d accepted sockets; the test made 8 and 5" % (len(clients), len(accepted)))

doc = json.loads(sockls("--ephemeral", "--json").stdout)["ephemeral_report"]
dests = {("%s:%d" % (d["remote"]["addr"], d["remote"]["port"]) if "remote" in d
          else "%s:%d" % (d["remote_addr"], d["remote_port"])): d["count"]
         for d in doc["destinations"]}
if dests != {"127.0.0.1:40500": 5, "127.0.0.1:5432": 3}:
    fail("destinations %r; the test connected 5 times to :40500 and 3 times to :5432 "
         "(the 5 accepted sockets are no destination)" % dests)
pinned = doc["pinned"]
if (pinned["listeners"], pinned["bound_inactive"]) != (1, 1):
    fail("netlink: 1 listener and 1 bind()-only socket in the range: %r" % pinned)

# /proc does not list bind()-only sockets: unknown, never 0
out = sockls("--ephemeral", "--source", "proc").stdout
if "bind()-only ?" not in out or "bind()-only 0" in out or "Usable for connect(): ?" not in out:
    fail("--source proc must not claim bind()-only 0:\n%s" % out)
doc = json.loads(sockls("--ephemeral", "--source", "proc", "--json").stdout)["ephemeral_report"]
if doc["pinned"]["bound_inactive"] is not None or doc["usable_connect"] is not None \
        or doc["pinned"]["listeners"] != 1:
    fail("--source proc JSON: %r %r" % (doc["pinned"], doc["usable_connect"]))
prom = sockls("--prometheus", "--source", "proc").stdout
if has_sample(prom, "sockls_ephemeral_pinned_bound_ports") or \
        not has_sample(prom, "sockls_ephemeral_pinned_listen_ports"):
    fail("--prometheus --source proc: pinned_bound_ports must be left out, listeners kept")

# -u: TCP not dumped, so no count of IP_BIND_ADDRESS_NO_PORT sockets
nb = socket.socket()
nb.setsockopt(socket.IPPROTO_IP, 24, 1)   # IP_BIND_ADDRESS_NO_PORT
nb.bind(("127.0.0.1", 0))
nb.connect(("127.0.0.1", 5432))
held += [nb, outside.accept()[0]]
doc = json.loads(sockls("--ephemeral", "--json").stdout)["ephemeral_report"]
if doc["settings"]["bind_address_no_port"] != 1:
    fail("one IP_BIND_ADDRESS_NO_PORT socket made: %r" % doc["settings"])
doc = json.loads(sockls("--ephemeral", "-u", "--json").stdout)["ephemeral_report"]
if doc["settings"]["bind_address_no_port"] is not None:
    fail("-u: TCP not dumped, bind_address_no_port must be null: %r" % doc["settings"])
if "IP_BIND_ADDRESS_NO_PORT: ? (TCP not listed)" not in sockls("--ephemeral", "-u").stdout:
    fail("-u text must say the count is unknown")
if not has_sample(sockls("--prometheus").stdout, "sockls_bind_address_no_port_sockets"):
    fail("--prometheus: the IP_BIND_ADDRESS_NO_PORT metric is missing (positive control)")
if has_sample(sockls("--prometheus", "-u").stdout, "sockls_bind_address_no_port_sockets"):
    fail("--prometheus -u: the IP_BIND_ADDRESS_NO_PORT metric must be left out")
print("ok: destinations, bind()-only from /proc, IP_BIND_ADDRESS_NO_PORT with -u")
