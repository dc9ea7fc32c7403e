# SPDX-License-Identifier: MIT
"""Issue 16, the facts: what the kernel knows, said as the kernel and ss say it.
Oracles: ss (dual-stack "*"), the kernel (getsockopt TCP_INFO, a sock_diag
probe for raw_diag, the sockets this test made and the ports it bound), and
hand-known service names. Runs in a private network namespace (run.sh)."""
import errno
import json
import os
import socket
import struct
import subprocess
import sys
import time

from lib import fail, parse_ss, parse_table, same, sockls, ss

problems = []


def problem(msg):
    problems.append(msg)


def listener(family, addr, port, v6only=None):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if v6only is not None:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, v6only)
    s.bind((addr, port))
    s.listen(8)
    return s


def json_sockets(*args):
    return json.loads(sockls("--json", *args).stdout)["sockets"]


def check_dual_stack():
    """1. ss prints an IPv6 wildcard with V6ONLY off as "*"; so must we."""
    keep = [listener(socket.AF_INET6, "::", 7000, 0), listener(socket.AF_INET6, "::", 7001, 1)]
    ours = parse_table(sockls("-tlnH", "sport", ">=", ":7000", "and", "sport", "<=", ":7001").stdout,
                       "tcp")
    theirs = parse_ss(ss("-tlnH", "sport", ">=", ":7000", "and", "sport", "<=", ":7001").stdout,
                      "tcp", "LISTEN")
    same(ours, theirs, "dual-stack listeners: sockls vs ss")
    if not any(r.local == "*:7000" for r in ours) or not any(r.local == "[::]:7001" for r in ours):
        problem("dual-stack rows: %s" % sorted(ours))
    socks = {s["local"]["port"]: s for s in json_sockets("-tln")}
    if socks[7000]["local"]["dual_stack"] is not True or socks[7001]["local"]["dual_stack"] is not False:
        problem("JSON dual_stack: %s %s" % (socks[7000]["local"], socks[7001]["local"]))
    # /proc cannot tell V6ONLY: both stay [::] and JSON says null
    proc = {s["local"]["port"]: s for s in json_sockets("-tln", "--source", "proc")}
    if proc[7000]["local"]["dual_stack"] is not None:
        problem("--source proc dual_stack must be null: %s" % proc[7000]["local"])
    if "[::]:7000" not in sockls("-tlnH", "--source", "proc").stdout:
        problem("--source proc: the dual-stack listener must stay [::]:7000")
    return keep


def tcp_info_min_rtt(sock):
    # struct tcp_info: tcpi_min_rtt is the u32 at byte offset 148 (linux/tcp.h:
    # 8 u8s, 24 u32s to 104, four u64s to 136, segs_out, segs_in, notsent_bytes)
    raw = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 232)
    return struct.unpack_from("I", raw, 148)[0] if len(raw) >= 152 else None


def check_unknowns():
    """2. The kernel's "no sample"/"no owner" values are unknown, not numbers."""
    lst = listener(socket.AF_INET, "127.0.0.1", 7100)
    cli = socket.create_connection(("127.0.0.1", 7100))
    srv, _ = lst.accept()
    cli.close()      # the side that closes first holds the TIME_WAIT
    srv.close()
    time.sleep(0.2)
    tw = [s for s in json_sockets("-tan", "-e", "-m", "-i", "state", "time-wait")
          if s["local"]["port"] != 7100 and s["remote"]["port"] == 7100]
    if not tw:
        problem("no TIME_WAIT socket of port 7100")
    for s in tw:
        if s["uid"] is not None or s["memory"] is not None or s["tcp_info"] is not None:
            problem("TIME_WAIT mini-socket facts must be null: %s" % s)
        if s["inode"] is not None:
            problem("a TIME_WAIT socket has no inode (the kernel's 0): null, as its uid: %s" % s)
    text = sockls("-tanH", "-e", "-m", "-i", "state", "time-wait").stdout
    if "uid:0" in text or "skmem:?" in text or "tcp_info:?" in text:
        problem("TIME_WAIT rows: %r" % text)
    ls = [s for s in json_sockets("-tln", "-i", "-o") if s["local"]["port"] == 7100]
    if not ls or ls[0]["remote"]["port_class"] is not None:
        problem("a listener's peer (port 0) has no port class: %s" % ls)
    # A listener was never connected: no RTT, RTO, path MTU or window of its
    # own, and the kernel's unacked/sacked are its accept queue and backlog.
    # The kernel gives snd_cwnd (the initial window) and counters (0).
    ti = ls[0]["tcp_info"] if ls else None
    if not ti or ti["snd_cwnd"] is None or ti["bytes_received"] != 0:
        problem("a listener's tcp_info must keep what the kernel gives: %s" % ti)
    made_up = [k for k in ("rtt_ms", "rto_ms", "min_rtt_ms", "pmtu", "sacked", "unacked",
                           "snd_mss", "advmss") if ti and ti[k] is not None]
    if made_up:
        problem("a listener's tcp_info gives %s; a listener has none: %s" % (made_up, ti))
    # -o with no timer running: null (ss -o prints nothing), not {"name":"off"}
    if not ls or ls[0]["timer"] is not None:
        problem("a listener has no timer running: timer must be null: %s" % (ls and ls[0]["timer"]))
    # No RTT sample yet: a SYN the full accept queue of a listen(0) drops
    full = listener(socket.AF_INET, "127.0.0.1", 7101)
    full.listen(0)
    first = socket.create_connection(("127.0.0.1", 7101))
    waiting = socket.socket()
    waiting.setblocking(False)
    waiting.connect_ex(("127.0.0.1", 7101))
    time.sleep(0.3)
    port = waiting.getsockname()[1]
    if tcp_info_min_rtt(waiting) != 0xFFFFFFFF:
        problem("kernel: a connecting socket's tcpi_min_rtt is not ~0U (no sample)")
    rows = [s for s in json_sockets("-tan", "-i") if s["local"]["port"] == port]
    if not rows or rows[0]["state"] != "SYN_SENT" or rows[0]["tcp_info"]["min_rtt_ms"] is not None:
        problem("min_rtt_ms without a sample must be null: %s" % rows)
    text = sockls("-tanH", "-i", "sport", "=", ":%d" % port).stdout
    if "SYN_SENT" not in text or "minrtt" in text:
        problem("minrtt printed without a sample: %r" % text)
    return [lst, full, first, waiting]


def check_bound_inactive():
    """4. bind() without listen()/connect(): the kernel lists it (6.8+) only
    when state bit 13 is asked; we show it as BOUND_INACTIVE."""
    s = socket.socket()
    s.bind(("127.0.0.1", 7200))
    release = tuple(int(x) for x in os.uname().release.split("-")[0].split(".")[:2])
    rows = sockls("-tanH", "state", "bound-inactive").stdout
    if release >= (6, 8):
        # one state asked: no State column (ss's rule); JSON names the state
        states = [x["state"] for x in json.loads(sockls("-tan", "--json", "state",
                                                         "bound-inactive").stdout)["sockets"]]
        if "127.0.0.1:7200" not in rows or states != ["BOUND_INACTIVE"]:
            problem("state bound-inactive: %r %r" % (rows, states))
        # as ss -a: "all" does not ask for them (a second walk of the bind table)
        if ("127.0.0.1:7200" in sockls("-tanH").stdout) != ("127.0.0.1:7200" in ss("-tanH").stdout):
            problem("-a lists bound-inactive sockets as ss -a does: sockls and ss differ")
        if "127.0.0.1:7200" in sockls("-tanH", "state", "closed").stdout:
            problem("state closed must not list a bound-inactive socket")
        if "127.0.0.1:7200" in sockls("-tnH").stdout + sockls("-tlnH").stdout:
            problem("bound-inactive is neither connected nor listening")
        # -s alone counts from the kernel's counters, which have none for
        # bound-only sockets; -s -a dumps them (the bind table walk)
        summ = json.loads(sockls("-s", "-a", "--json").stdout)
        if "BOUND_INACTIVE 1" not in sockls("-s", "-a").stdout:
            problem("-s -a must count bound-inactive: %s" % summ)
    elif rows.strip():
        problem("kernel < 6.8 cannot report bound-inactive sockets: %r" % rows)
    return [s]


def raw_diag_present():
    """The kernel's own answer: a sock_diag dump of raw sockets, ENOENT without raw_diag."""
    nl = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 4)  # NETLINK_SOCK_DIAG
    # nlmsghdr + inet_diag_req_v2 (family, protocol, ext, pad, states, id[48])
    req = struct.pack("=BBBBI", socket.AF_INET, socket.IPPROTO_RAW, 0, 0, 0) + bytes(48)
    hdr = struct.pack("=IHHII", 16 + len(req), 20, 0x301, 1, 0)  # SOCK_DIAG_BY_FAMILY, DUMP
    nl.send(hdr + req)
    data = nl.recv(65536)
    nl.close()
    length, mtype = struct.unpack_from("=IH", data)
    if mtype in (2, 3):  # NLMSG_ERROR, NLMSG_DONE: an errno follows the header
        err = struct.unpack_from("=i", data, 16)[0]
        return err != -errno.ENOENT
    return True


def check_missing_module():
    """5. A missing sock_diag module is named before any output. The test's
    own raw socket (protocol 253) is the row every answer must hold."""
    raw = socket.socket(socket.AF_INET, socket.SOCK_RAW, 253)
    raw.bind(("127.0.0.1", 0))
    row = "UNCONN 0 0 127.0.0.1:253 0.0.0.0:*"
    if row not in [" ".join(l.split()) for l in ss("-wanH").stdout.splitlines()]:
        problem("ss -wan does not show the test's raw socket")
    p = sockls("--source", "netlink", "-wanH", expect=None)
    if raw_diag_present():
        if p.returncode != 0 or p.stderr or row not in p.stdout.splitlines():
            problem("raw_diag present: -wan --source netlink: rc %d stdout %r stderr %r"
                    % (p.returncode, p.stdout, p.stderr))
    elif p.returncode != 1 or p.stdout or "raw_diag" not in p.stderr or \
            "--source proc" not in p.stderr:
        problem("missing raw_diag: rc %d stdout %r stderr %r" % (p.returncode, p.stdout, p.stderr))
    p = sockls("-wanH", expect=None)  # auto: falls back to /proc without raw_diag
    if p.returncode != 0 or p.stderr or row not in p.stdout.splitlines():
        problem("-wan (auto): rc %d stdout %r stderr %r" % (p.returncode, p.stdout, p.stderr))
    raw.close()


SERVICES = {5432: "postgresql", 6379: "redis", 3306: "mysql", 8080: "http-alt", 2049: "nfs"}


def check_names_in_range():
    """7. With ip_local_port_range 1024-65535 a listener keeps its name; an NFS
    server's connection from reserved port 700 is nfs, not epp."""
    with open("/proc/sys/net/ipv4/ip_local_port_range", "w") as f:
        f.write("1024 65535")
    keep = [listener(socket.AF_INET, "127.0.0.1", p) for p in SERVICES]
    cli = socket.socket()
    cli.bind(("127.0.0.1", 700))
    cli.connect(("127.0.0.1", 2049))
    srv, _ = keep[-1].accept()
    keep += [cli, srv]
    for line in sockls("-tanH").stdout.splitlines():
        f = [None] + line.split()  # -t: one kind, no Netid column (ss's rule)
        port = int(f[4].rsplit(":", 1)[1])
        peer = f[5].rsplit(":", 1)[1]
        want = SERVICES.get(port) or (peer.isdigit() and SERVICES.get(int(peer)))
        if want and (len(f) < 7 or f[6] != want):
            problem("row %r: Service must be %s" % (line, want))
    for s in json_sockets("-tan"):
        if s["state"] == "LISTEN" and s["local"]["ephemeral"]:
            problem("a listening port is not ephemeral: %s" % s["local"])
        if s["local"]["port"] == 2049 and s["local"]["service"] != "nfs":
            problem("server side of 2049: %s" % s["local"])
    return keep


# Holds UDP sockets on ports [argv[1], argv[2]): 1500 sockets in one process
# would pass the Debian default of 1024 descriptors.
HOLD_UDP = r"""
import socket, sys
keep = []
for p in range(int(sys.argv[1]), int(sys.argv[2])):
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.bind(("127.0.0.1", p))
    keep.append(u)
print("READY", flush=True)
sys.stdin.read()
"""


def check_alignment():
    """10. 1500 rows, then a long IPv6 address: every line keeps the header's columns."""
    long6 = "2001:db8:1234:5678:9abc:def0:1234:5678"
    subprocess.run(["ip", "addr", "add", long6 + "/128", "dev", "lo", "nodad"], check=True)
    holders = [subprocess.Popen([sys.executable, "-c", HOLD_UDP, str(lo), str(lo + 500)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
               for lo in (20000, 20500, 21000)]
    if any(h.stdout.readline().strip() != "READY" for h in holders):
        fail("the UDP socket holders did not start")
    keep = []
    u6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    u6.bind((long6, 40000))
    keep.append(u6)
    out = sockls("-uan").stdout.splitlines()
    col = out[0].index("Peer Address:Port")
    if not any(long6 in l for l in out[1000:]):
        problem("the long address must come late in the listing")
    bad = [l for l in out[1:] if len(l) <= col or l[col - 1] != " " or l[col] == " "]
    if bad or len(out) < 1502:
        problem("%d rows out of the Peer column at %d, e.g. %r" % (len(bad), col, bad[:2]))
    for s in keep:
        s.close()
    for h in holders:
        h.stdin.close()
        h.wait(timeout=10)


keep = check_dual_stack()
keep += check_unknowns()
keep += check_bound_inactive()
check_missing_module()
keep += check_names_in_range()
check_alignment()
if problems:
    fail("\n  ".join([""] + problems))
print("ok")
