#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""test_proc_unix_forge.py - issue 26 item 2: a socket name holding a newline
cannot forge or hide rows of the /proc source. /proc/net/unix prints names
raw, so an unprivileged user's abstract name "x\\n<text shaped as a record>"
looks like one more socket; reusing a real socket's inode it used to hide
that socket (dedup) and show the forged path under its process (-p).
Now: a line that may be a name's tail is believed only when its inode is
its own and the file lists no more sockets than the kernel counts; anything
else is left out and said (stderr, exit 1); a sure row is never hidden.
Real sockets this test binds (--source proc, --proc-root /proc), then
--proc-root fixtures it writes. Oracles: the inodes it made, netlink."""
import os
import socket
import tempfile

from lib import fail, sockls

FAKE = "/run/sockls-forged-%d" % os.getpid()


def forged(inode, path=FAKE):
    return "0000000000000000: 00000002 00000000 00010000 0001 01 %5d %s" % (inode, path)


def rows_with(out, word):
    return [l for l in out.splitlines() if word in l]


victim = socket.socket(socket.AF_UNIX)
victim.bind(b"\0sockls-victim")
victim.listen()
vino = os.fstat(victim.fileno()).st_ino
forgers = []
for ino in (vino, 987654321):
    f = socket.socket(socket.AF_UNIX)
    f.bind(("\0x\n" + forged(ino)).encode())
    f.listen()
    forgers.append(f)

# positive control: netlink lists the victim with its own name, the forgers' names whole
out = sockls("-xlp").stdout
if len(rows_with(out, "@sockls-victim")) != 1 or len(rows_with(out, "@x\\x0a")) != 2:
    fail("control: netlink listing:\n" + out)
for args in (["--source", "proc"], ["--proc-root", "/proc"]):
    p = sockls("-xlp", *args, expect=1)
    if FAKE in p.stdout:
        fail("%s: a forged row is listed:\n%s" % (args, p.stdout))
    vict = rows_with(p.stdout, "@sockls-victim")
    if "not listed" not in p.stderr or "newline" not in p.stderr:
        fail("%s: the left-out lines are not said: %r" % (args, p.stderr))
    # the victim's row may be a possible tail too (it can follow the forged
    # line's short name): then it is left out and counted, never shown wrong
    if vict and "%d" % vino not in vict[0]:
        fail("%s: the victim's row is wrong: %s" % (args, vict))
    doc = __import__("json").loads(sockls("-xl", "--json", *args, expect=1).stdout)
    if not doc.get("incomplete") or FAKE in str(doc["sockets"]):
        fail("%s: JSON must say incomplete and hold no forgery: %s"
             % (args, {k: v for k, v in doc.items() if k != "sockets"}))

# fixtures: the order of lines chosen, the kernel's count given
HEAD = "Num       RefCount Protocol Flags    Type St Inode Path\n"


def line(ino, path=None, num="00000000f9095e96"):
    s = "%s: 00000002 00000000 00010000 0001 01 %5d" % (num, ino)
    return s + (" " + path if path else "") + "\n"


def run_fixture(lines, count, want_rc):
    d = tempfile.mkdtemp()
    os.makedirs(os.path.join(d, "net"))
    with open(os.path.join(d, "net", "unix"), "w") as f:
        f.write(HEAD + "".join(lines))
    if count is not None:
        with open(os.path.join(d, "net", "protocols"), "w") as f:
            f.write("protocol  size sockets  memory press maxhdr  slab module     cl co di\n"
                    "UNIX-STREAM 1152 %5d   -1   NI       0   yes  kernel\n"
                    "UNIX      1152      0   -1   NI       0   yes  kernel\n" % count)
    p = sockls("-xlH", "--proc-root", d, expect=want_rc)
    for n in os.listdir(os.path.join(d, "net")):
        os.unlink(os.path.join(d, "net", n))
    os.rmdir(os.path.join(d, "net"))
    os.rmdir(d)
    return p


# the victim first (after an unnamed socket: surely a socket), then the forger's
# line and its tail reusing the victim's inode: victim kept, forgery left out
p = run_fixture([line(100), line(200, "/run/victim.sock"), line(300, "@x"),
                 forged(200) + "\n"], 3, 1)
if FAKE in p.stdout or len(rows_with(p.stdout, "/run/victim.sock")) != 1:
    fail("fixture reuse: want the victim and no forgery:\n%s%s" % (p.stdout, p.stderr))
# the forgery first: still never listed, the victim after it sure (a long name before it)
p = run_fixture([line(300, "@x"), forged(200) + "\n", line(100, "@" + "l" * 60),
                 line(200, "/run/victim.sock")], 3, 1)
if FAKE in p.stdout or len(rows_with(p.stdout, "/run/victim.sock")) != 1:
    fail("fixture reuse, forgery first:\n%s%s" % (p.stdout, p.stderr))
# a fresh inode: the file lists more sockets than the kernel counts
p = run_fixture([line(100), line(300, "@x"), forged(400) + "\n"], 2, 1)
if FAKE in p.stdout:
    fail("fixture fresh inode: the forgery is listed:\n" + p.stdout)
# no false alarm: a short name then an unnamed socket, counts agreeing
p = run_fixture([line(100, "@a"), line(101), line(102, "/run/b")], 3, 0)
if len(p.stdout.splitlines()) != 3 or p.stderr:
    fail("fixture benign: want three rows and no message:\n%s%s" % (p.stdout, p.stderr))
for s in forgers + [victim]:
    s.close()
print("ok: no forged row believed, no sure row hidden")

# source selection: unix_diag answers its probe, then refuses the dump (a shim):
# the automatic fallback must not read /proc/net/unix instead (exit 1, said)
BUILD = os.environ.get("BUILD", "build")
env = dict(os.environ, LD_PRELOAD=os.path.abspath(os.path.join(BUILD, "helpers",
                                                                "libnonetlink.so")),
           SOCKLS_TEST_UNIX_DUMP_FAIL="1",
           ASAN_OPTIONS=":".join(filter(None, [os.environ.get("ASAN_OPTIONS"),
                                               "verify_asan_link_order=0"])))
p = sockls("-xl", "-v", env=env, expect=1)
if "reading /proc" in p.stderr or not p.stderr:
    fail("fallback to /proc/net/unix while unix_diag answers: %r" % p.stderr)
p = sockls("-t", env=env)  # the shim touches unix_diag only: a control
print("ok: the fallback leaves /proc/net/unix alone while unix_diag answers")
