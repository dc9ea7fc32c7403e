# SPDX-License-Identifier: MIT
"""Every lsof spelling sockls refuses with a hint (issue 27, item 12) is checked
by running what the hint says: the sockets it lists are the ones lsof lists for
the lsof command, on sockets this test made (a TCP listener and a connection
on port 22, one on port 8080, a UDP socket on port 53, IPv4 and IPv6).
Also the clearer errors of item 13 (lsof's -p, -u, -i @HOST, +c; --watch N;
an unquoted glob; -N FILE; an ambiguous --net)."""
import json
import os
import re
import shlex
import shutil
import socket
import tempfile

from lib import fail, run, sockls

held = []


def listen(fam, addr, port):
    s = socket.socket(fam, socket.SOCK_STREAM)
    s.bind((addr, port))
    s.listen(8)
    held.append(s)
    return s


l22 = listen(socket.AF_INET, "127.0.0.1", 22)
c = socket.create_connection(("127.0.0.1", 22))
held += [c, l22.accept()[0]]
l8080 = listen(socket.AF_INET6, "::1", 8080)
c6 = socket.create_connection(("::1", 8080))
held += [c6, l8080.accept()[0]]
u53 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u53.bind(("127.0.0.1", 53))
held.append(u53)
u6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
u6.bind(("::1", 53))
held.append(u6)


def lsof_set(args):
    """(proto, local port, remote port or 0) of this process's sockets lsof lists."""
    p = run(["lsof", "-nP", "-a", "-p", str(os.getpid()), *args], expect=None)
    got = set()
    for line in p.stdout.splitlines()[1:]:
        f = line.split()
        proto, name = f[7].lower(), f[8]
        local, _, remote = name.partition("->")
        rport = int(remote.rsplit(":", 1)[1]) if remote else 0
        got.add((proto, int(local.rsplit(":", 1)[1]), rport))
    return got


def sockls_set(cmd):
    """The same of what the hinted sockls command lists (read as JSON)."""
    got = set()
    for s in json.loads(sockls(*cmd, "-p", "--json").stdout)["sockets"]:
        if any(p["pid"] == os.getpid() for p in s.get("processes") or []):
            got.add((s["proto"], s["local"]["port"], s["remote"]["port"]))
    return got


HINTS = (["-iTCP"], ["-iUDP"], ["-iTCP:LISTEN"], ["-sTCP:LISTEN", "-iTCP"], ["-i4TCP:22"],
         ["-i", ":22"], ["-iTCP:8080"], ["-i6UDP:53"])
for lsof_args in HINTS:
    p = sockls(*lsof_args, expect=2)
    m = re.search(r"say: sockls (.*)$", p.stderr.strip().splitlines()[0])
    if not m:
        fail("sockls %s: no hint in %r" % (" ".join(lsof_args), p.stderr))
    # lsof itself spells a state only with -s: -iTCP:LISTEN is -iTCP -sTCP:LISTEN
    real = ["-iTCP", "-sTCP:LISTEN"] if "LISTEN" in " ".join(lsof_args) else lsof_args
    want = lsof_set(real)
    if not want:
        fail("lsof %s lists none of the test's sockets (control)" % " ".join(lsof_args))
    got = sockls_set(shlex.split(m.group(1)))
    if got != want:
        fail("lsof %s lists %s; the hint 'sockls %s' lists %s"
             % (" ".join(lsof_args), sorted(want), m.group(1), sorted(got)))

# item 13: one clear line naming what was typed, and what to say instead
d = tempfile.mkdtemp(prefix="sockls-glob-")
for n in ("a.sock", "b.sock"):
    open(os.path.join(d, n), "w").close()
CASES = (
    (["-p", "5310"], ["'5310'", "--pid 5310"]),
    (["-i", "@127.0.0.1"], ["'@127.0.0.1'", "dst 127.0.0.1"]),
    (["-u", "root"], ["'root'", "-u lists UDP"]),
    (["+c", "0"], ["'+c'", "lsof"]),
    (["--watch", "5"], ["'5'", "--watch=5"]),
    (["src", os.path.join(d, "a.sock"), os.path.join(d, "b.sock")], ["quote it", d + "/*"]),
    (["-N", "/etc/passwd"], ["/etc/passwd is not a network namespace"]),
    (["--net", "x"], ["ambiguous", "--netns", "--netns-pid"]),
    (["dev", "lo"], ["'dev'", "not supported"]),
    (["-x", "autobound"], ["'autobound'", "not supported"]),
)
for args, words in CASES:
    p = sockls(*args, expect=None)
    if p.returncode not in (1, 2) or p.stdout or len(p.stderr.strip().splitlines()) > 2 or \
            not all(w in p.stderr for w in words):
        fail("sockls %s: exit %d, %r; want one line with %r" % (" ".join(args), p.returncode,
                                                                  p.stderr, words))
# a kind whose diag module is missing: named, no guess about /proc, and what an
# empty answer would (not) mean
for opt, module in (("--vsock", "vsock_diag"), ("-S", "sctp_diag")):
    if os.path.exists("/sys/module/" + module):
        continue   # loaded here: the kind is listed (test_kinds.py)
    p = sockls(opt, expect=1)
    if module not in p.stderr or "modprobe" not in p.stderr or "subset=pid" in p.stderr or \
            "would not mean there are none" not in p.stderr or p.stdout:
        fail("sockls %s without %s: %r" % (opt, module, p.stderr))
for s in held:
    s.close()
shutil.rmtree(d)
print("ok: %d lsof hints run and compared with lsof; %d clearer errors" % (len(HINTS), len(CASES)))
