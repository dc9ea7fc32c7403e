# SPDX-License-Identifier: MIT
# run.sh: alone: --all-netns enters every namespace of the host, the other tests' too
"""--ephemeral and --prometheus against numbers this test computes itself: a
range of 40000-40099 with 40010-40019 reserved, a listener inside the range (a
collision), a bind()-only socket, a UDP socket, and connections to two
destinations of which some end in TIME_WAIT. The exposition passes promtool,
--output writes it atomically, and a real prometheus-node-exporter serves it
through its textfile collector."""
import json
import os
import shutil
import socket
import tempfile
import time

from lib import (fail, node_exporter_scrape, prom_key, prom_metrics, promtool_check, sockls,
                 sockls_all_netns)


def sysctl(name, value):
    with open("/proc/sys/net/ipv4/" + name, "w") as f:
        f.write(value)


sysctl("ip_local_port_range", "40000 40099")
sysctl("ip_local_reserved_ports", "40010-40019")
LOW, HIGH, RESERVED = 40000, 40099, set(range(40010, 40020))


def usable(p):
    return LOW <= p <= HIGH and p not in RESERVED


collide = socket.socket()
collide.bind(("127.0.0.1", 40050))
collide.listen()
bound = socket.socket()
bound.bind(("127.0.0.1", 40060))
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind(("127.0.0.1", 40070))
servers = {}
for addr in ("127.0.0.2", "127.0.0.3"):
    s = socket.socket()
    s.bind((addr, 5000))
    s.listen(64)
    servers[addr] = s

held, client_ports = [], {"127.0.0.2": [], "127.0.0.3": []}
tw = {"127.0.0.2": 3, "127.0.0.3": 2}
for addr, n in (("127.0.0.2", 7), ("127.0.0.3", 4)):
    for i in range(n):
        c = socket.create_connection((addr, 5000))
        a, _ = servers[addr].accept()
        client_ports[addr].append(c.getsockname()[1])
        if i < tw[addr]:
            c.close()  # the client closes first: its side goes to TIME_WAIT
            time.sleep(0.01)
            a.close()
        else:
            held.append((c, a))
time.sleep(0.2)

pinned = {40050, 40060}
usable_n = HIGH - LOW + 1 - len(RESERVED)
connect_n = usable_n - len(pinned)
tcp_in_use = len({p for v in client_ports.values() for p in v} | pinned)
if not all(usable(p) and p not in pinned for v in client_ports.values() for p in v):
    fail("a client port outside the usable range: %r" % client_ports)

doc = json.loads(sockls("--ephemeral", "--json").stdout)["ephemeral_report"]
want = {"low": LOW, "high": HIGH, "usable": usable_n, "usable_connect": connect_n,
        "pinned": {"total": 2, "listeners": 1, "bound_inactive": 1},
        "in_use": {"tcp": tcp_in_use, "udp": 1}, "time_wait": 5, "collisions": [40050]}
for k, v in want.items():
    if doc.get(k) != v:
        fail("--ephemeral --json %s: %r, expected %r" % (k, doc.get(k), v))
dests = {(d["remote"]["addr"], d["remote"]["port"]): d for d in doc["destinations"]}
for addr, n in (("127.0.0.2", 7), ("127.0.0.3", 4)):
    d = dests.get((addr, 5000))
    if not d or (d["count"], d["time_wait"], d["headroom"]) != (n, tw[addr], connect_n - n):
        fail("destination %s: %r" % (addr, d))
if doc["settings"]["tcp_tw_reuse"] is None or doc["settings"]["bind_address_no_port"] != 0:
    fail("settings: %r" % doc["settings"])
# Distinct ports: connect() may give one local port to both destinations.
parity_used = len({p for v in client_ports.values() for p in v if (p - LOW) % 2 == 0})
if doc["parity"]["in_use"] != parity_used:
    fail("parity: %r, expected %d in use" % (doc["parity"], parity_used))

out = sockls("--ephemeral", "--top", "1").stdout
for w in ("Usable for connect(): %d" % connect_n,
          "Pinned for every destination (tcp): 2 (listeners 1, bind()-only 1)",
          "WARNING: tcp listener on port 40050 is inside the ephemeral range"):
    if w not in out:
        fail("missing %r in:\n%s" % (w, out))
if "127.0.0.3:5000" in out:
    fail("--top 1 shows a second destination:\n%s" % out)

# Usage errors: exit 2, nothing on stdout, one line naming what was typed
# (and the --help hint).
for args, words in ((("-s", "--all-netns"), ("-s", "--all-netns")),
                    (("--prometheus", "--json"), ("--prometheus", "--json")),
                    (("-t", "--top", "3"), ("--top", "--ephemeral"))):
    p = sockls(*args, expect=2)
    first = p.stderr.splitlines()[0] if p.stderr else ""
    if p.stdout or not first.startswith("sockls: ") or not all(w in first for w in words) or \
            "Try 'sockls --help'" not in p.stderr:
        fail("sockls %s: stdout %r, stderr %r" % (" ".join(args), p.stdout, p.stderr))

# --all-netns: one report per namespace, each with its tag.
many = json.loads(sockls_all_netns("--ephemeral", "--json").stdout)["ephemeral_reports"]
if not many or not all("netns" in r for r in many):
    fail("--all-netns --ephemeral --json: %r" % many)
# this namespace's report is there, with this test's counts
me = ["ns:%d" % os.stat("/proc/self/ns/net").st_ino]
mine = [r for r in many if r["netns"] in me]
if len(mine) != 1 or mine[0]["in_use"] != {"tcp": tcp_in_use, "udp": 1} or \
        mine[0]["collisions"] != [40050] or mine[0]["time_wait"] != 5:
    fail("--all-netns --ephemeral --json: this namespace's report %r" % mine)


def own_unit():
    """The systemd unit this process runs in: the innermost unit-like component
    of its cgroup2 path (none at the root, as in a bare container)."""
    for line in open("/proc/self/cgroup"):
        if line.startswith("0::"):
            units = [c for c in line[3:].strip().split("/")
                     if c.endswith((".service", ".scope", ".socket", ".mount", ".swap"))]
            return units[-1] if units else ""
    return ""


key, metrics = prom_key, prom_metrics
UNIT = own_unit()
expect = {
    "sockls_ephemeral_usable_ports": usable_n,
    "sockls_ephemeral_connect_usable_ports": connect_n,
    "sockls_ephemeral_pinned_ports": 2,
    "sockls_ephemeral_tcp_in_use_ports": tcp_in_use,
    "sockls_ephemeral_udp_in_use_ports": 1,
    "sockls_ephemeral_time_wait_sockets": 5,
    'sockls_ephemeral_destination_headroom_ports{local="127.0.0.1",remote="127.0.0.2",remote_port="5000"}': connect_n - 7,
    'sockls_ephemeral_destination_time_wait_sockets{local="127.0.0.1",remote="127.0.0.3",remote_port="5000"}': 2,
    'sockls_sockets{proto="tcp",state="TIME_WAIT"}': 5,
    'sockls_listening_info{proto="tcp",address="127.0.0.1",port="40050",service="",unit="%s"}'
    % UNIT: 1,
}


def check(m, what):
    for k, v in expect.items():
        if m.get(key(k)) != v:
            fail("%s: %s = %r, expected %r" % (what, k, m.get(k), v))
    if key("sockls_tcp_listen_overflows_total") not in m:
        fail("%s: no listen overflow counter" % what)


prom = sockls("--prometheus").stdout
check(metrics(prom), "--prometheus")
if not UNIT and 'unit="' in prom:
    fail("a unit label where the unit is unknown:\n%s" % prom)
promtool_check(prom)
# -u lists no TCP socket: the TCP figures are unknown and left out, not 0
# (tcp_in_use ports are held); -t leaves out the UDP one the same way.
m = metrics(sockls("--prometheus", "-u").stdout)
gone = [k for k in ("sockls_ephemeral_tcp_in_use_ports", "sockls_ephemeral_pinned_ports",
                    "sockls_ephemeral_connect_usable_ports", "sockls_ephemeral_time_wait_sockets")
        if key(k) in m]
if gone or m.get(key("sockls_ephemeral_udp_in_use_ports")) != 1:
    fail("--prometheus -u: %r present, udp %r" % (gone, m.get(key("sockls_ephemeral_udp_in_use_ports"))))
m = metrics(sockls("--prometheus", "-t").stdout)
if key("sockls_ephemeral_udp_in_use_ports") in m or \
        m.get(key("sockls_ephemeral_tcp_in_use_ports")) != tcp_in_use:
    fail("--prometheus -t: %r" % {k: v for k, v in m.items() if "in_use" in str(k)})

d = tempfile.mkdtemp()
try:
    target = os.path.join(d, "sockls.prom")
    sockls("--prometheus", "--output", target)
    if sorted(os.listdir(d)) != ["sockls.prom"] or oct(os.stat(target).st_mode & 0o444) != "0o444":
        fail("--output left %r" % os.listdir(d))
finally:
    shutil.rmtree(d)
check(metrics(node_exporter_scrape([])), "node exporter")
print("ok")
