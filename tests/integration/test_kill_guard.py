# SPDX-License-Identifier: MIT
"""-K's guards (issue 26 item 3), on sockets this test made in its own
namespace: a TCP listener with connections, an unconnected UDP socket, a
UNIX pair. Truth is what the test sees: a connection still carries bytes, or
its client gets a reset; a listener still accepts, or refuses. ss counts the
connections as a second witness.
- filters that match everything (a state, >= :0, a negation, every port, an
  'or' with one of those) are refused, status 2, nothing touched;
- without -t/-u only TCP and UDP are tried (the UNIX pair is no failure);
- a listener survives -a, and dies only when -l names listening sockets;
- --dry-run lists and destroys nothing; the counts are on stderr and in
  the JSON "kill" object."""
import json
import socket
import subprocess

from lib import SOCKLS, fail

PORT, UPORT = 7501, 7502


def sockls(*args, expect=0):
    p = subprocess.run([SOCKLS, *args], capture_output=True, text=True, timeout=30)
    if p.returncode != expect:
        fail("sockls %s: status %d (expected %d)\nstdout: %s\nstderr: %s"
             % (" ".join(args), p.returncode, expect, p.stdout, p.stderr))
    return p


def estab(port):
    out = subprocess.run(["ss", "-tnH", "state", "established", "sport", "= :%d" % port],
                         capture_output=True, text=True).stdout
    return len(out.splitlines())


def connect(l, n):
    pairs = []
    for _ in range(n):
        c = socket.create_connection(("127.0.0.1", PORT))
        s, _ = l.accept()
        pairs.append((c, s))
    return pairs


def alive(pairs):
    """How many connections still carry a byte both ways."""
    n = 0
    for c, s in pairs:
        try:
            c.sendall(b"x")
            s.settimeout(2)
            if s.recv(1) == b"x":
                s.sendall(b"y")
                c.settimeout(2)
                n += c.recv(1) == b"y"
        except OSError:
            pass
    return n


def accepts():
    try:
        socket.create_connection(("127.0.0.1", PORT), timeout=2).close()
        return True
    except OSError:
        return False


l = socket.socket()
l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
l.bind(("127.0.0.1", PORT))
l.listen(16)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", UPORT))
ux = socket.socketpair()
pairs = connect(l, 3)
# positive control: the oracles see what the test made
if estab(PORT) != 3 or alive(pairs) != 3 or not accepts():
    fail("positive control: %d established, %d alive" % (estab(PORT), alive(pairs)))
l.accept()[0].close()

# Filters that match everything are refused; nothing is touched.
for args in (["state", "all"], ["-a", "sport", ">=", ":0"], ["-a", "not", "dport", "=", ":1"],
             ["-a", "--port", "0-65535"], ["-a", "sport", "=", ":%d" % PORT, "or", "not", "dport",
                                          "=", ":1"], ["-a", "src", "0.0.0.0/0"],
             ["-a", "sport", ">=", ":1"]):
    p = sockls("-K", *args, expect=2)
    if "does not narrow" not in p.stderr:
        fail("-K %s: %r" % (" ".join(args), p.stderr))
if alive(pairs) != 3 or not accepts():
    fail("a refused -K touched sockets: %d of 3 alive" % alive(pairs))
l.accept()[0].close()
for args in (["-x", "src", "/tmp/x"], ["-tx", "sport", "=", ":1"], ["-w", "sport", "=", ":1"]):
    p = sockls("-K", *args, expect=2)
    if "TCP and UDP sockets only" not in p.stderr:
        fail("-K %s: %r" % (" ".join(args), p.stderr))

# --dry-run lists the three server ends and destroys nothing.
p = sockls("-K", "--dry-run", "-n", "sport = :%d" % PORT)
if p.stdout.count("ESTAB") != 3 or "3 sockets would be destroyed" not in p.stderr:
    fail("--dry-run: %r %r" % (p.stdout, p.stderr))
doc = json.loads(sockls("-K", "--dry-run", "--json", "-a", "sport = :%d" % PORT).stdout)
k = doc["kill"]
if (k["dry_run"], k["matched"], k["destroyed"], k["listeners_kept"]) != (True, 3, 0, 1):
    fail("--dry-run --json: %r" % k)
if alive(pairs) != 3 or estab(PORT) != 3:
    fail("--dry-run destroyed something: %d alive" % alive(pairs))

# Without -t/-u: only TCP and UDP are tried. dport = :0 matches the UNIX pair
# and the unconnected UDP socket (a listener, kept): nothing to destroy, status 0.
p = sockls("-K", "dport = :0")
if "0 sockets destroyed" not in p.stderr or "could not be destroyed" in p.stderr:
    fail("-K dport = :0: %r" % p.stderr)
ux[0].send(b"u")
if ux[1].recv(1) != b"u":
    fail("the UNIX pair was hurt")

# -a: the connections are destroyed, the listener is kept (not named).
doc = json.loads(sockls("-K", "--json", "-a", "sport = :%d" % PORT).stdout)
k = doc["kill"]
if (k["dry_run"], k["matched"], k["destroyed"], k["refused"], k["listeners_kept"]) != \
        (False, 3, 3, 0, 1) or len(doc["sockets"]) != 3:
    fail("-K -a --json: %r, %d rows" % (k, len(doc["sockets"])))
if alive(pairs) != 0 or estab(PORT) != 0:
    fail("-K -a: %d connections still alive, ss sees %d" % (alive(pairs), estab(PORT)))
if not accepts():
    fail("-K -a destroyed the listener it was not told to")
l.accept()[0].close()

# UDP: the unconnected socket is a listener too.
sockls("-K", "-u", "sport = :%d" % UPORT)
u.sendto(b"a", ("127.0.0.1", UPORT))
if u.recv(1) != b"a":
    fail("-K -u destroyed an unconnected UDP socket not named as listening")
p = sockls("-K", "-u", "-l", "sport = :%d" % UPORT)
if "1 socket destroyed" not in p.stderr:
    fail("-K -u -l: %r" % p.stderr)
u.settimeout(2)
try:
    u.recv(1)
    fail("the destroyed UDP socket still receives")
except ConnectionAbortedError:
    pass

# -l names the listener: it goes, new connections are refused.
p = sockls("-K", "-l", "sport = :%d" % PORT)
if "1 socket destroyed" not in p.stderr or accepts():
    fail("-K -l: %r, listener still accepts: %s" % (p.stderr, accepts()))
print("ok: -K refuses filters that match everything, tries TCP and UDP only, keeps "
      "listeners unless named, --dry-run destroys nothing, counts on stderr and in JSON")
