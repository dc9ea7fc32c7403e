# SPDX-License-Identifier: MIT
"""Knobs and edge cases (issue 26 item 11):
- a full TMPDIR (a 4 KiB tmpfs of this test's own, as root) or one that is
  not there does not stop the table: every row is listed, status 0, and a
  note says the columns were sized early. The positive control is the same
  listing with a roomy TMPDIR (the table parks rows there: > 512 KiB);
- SOCKLS_NO_PEERS=0 leaves -p's peer processes on (=1 turns them off), and
  an unknown word is refused;
- --unit '', --container '', --pod '' are refused (status 2)."""
import json
import os
import socket
import shutil
import subprocess
import tempfile

from lib import SOCKLS, fail

# root of the host, not of run.sh's user namespace (unshare -rn as a user)
ROOT = os.geteuid() == 0 and open("/proc/self/uid_map").read().split()[:3] == ["0", "0", "4294967295"]
N = 20000


def run(args, env=None, expect=0):
    e = dict(os.environ)
    e.update(env or {})
    p = subprocess.run([SOCKLS, *args], capture_output=True, text=True, env=e, timeout=120)
    if p.returncode != expect:
        fail("sockls %s (%s): status %d (expected %d): %r"
             % (" ".join(args), env, p.returncode, expect, p.stderr[-2000:]))
    return p


# A /proc fixture with N TCP connections: a table well over the 512 KiB arena.
fx = tempfile.mkdtemp(prefix="sockls-tmpdir-")
os.mkdir(os.path.join(fx, "net"))
with open(os.path.join(fx, "net", "tcp"), "w") as f:
    f.write("  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt"
            "   uid  timeout inode\n")
    for i in range(N):
        f.write("%4d: 0100007F:%04X 0100007F:1F90 01 00000000:00000000 00:00000000 00000000"
                "     0        0 %d 1 0000000000000000 20 4 30 10 -1\n" % (i, 1024 + i, 100000 + i))
args = ["--proc-root", fx, "-tn"]
roomy = tempfile.mkdtemp(prefix="sockls-roomy-")
good = run(args, {"TMPDIR": roomy})
rows = good.stdout.splitlines()[1:]
if len(rows) != N or good.stderr or len(good.stdout) < 600 * 1024:
    fail("positive control: %d rows (want %d), %d bytes, %r"
         % (len(rows), N, len(good.stdout), good.stderr))


def same_rows(p, what):
    got = p.stdout.splitlines()[1:]
    if sorted(l.split() for l in got) != sorted(l.split() for l in rows):
        fail("%s: %d rows, not the %d of the control" % (what, len(got), N))
    if "note: no room for the table's temporary file" not in p.stderr:
        fail("%s: no note on stderr: %r" % (what, p.stderr))


same_rows(run(args, {"TMPDIR": os.path.join(roomy, "not-there")}), "a TMPDIR that is not there")
if ROOT:
    script = ("d=$(mktemp -d) && mount -t tmpfs -o size=4k none \"$d\" && "
              "TMPDIR=\"$d\" \"$0\" \"$@\"; rc=$?; umount \"$d\"; rmdir \"$d\"; exit $rc")
    p = subprocess.run(["unshare", "-m", "sh", "-c", script, SOCKLS, *args],
                       capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        fail("a full TMPDIR: status %d, %r" % (p.returncode, p.stderr[-500:]))
    same_rows(p, "a full TMPDIR")
    if "No space left" not in p.stderr:
        fail("a full TMPDIR: the note does not say why: %r" % p.stderr)

# SOCKLS_NO_PEERS: 0 is off (peers shown), 1 is on (none), other words refused.
l = socket.socket()
l.bind(("127.0.0.1", 7601))
l.listen()
c = socket.create_connection(("127.0.0.1", 7601))
s, _ = l.accept()


def peers(value):
    out = run(["-tnp", "--json", "sport = :7601"], {"SOCKLS_NO_PEERS": value}).stdout
    return json.loads(out)["sockets"][0]["remote"]["processes"]


if not peers("0") or not peers("false"):
    fail("SOCKLS_NO_PEERS=0 switched the peers off")
if peers("1") is not None:
    fail("SOCKLS_NO_PEERS=1 did not switch the peers off")
for knob in ("SOCKLS_NO_PEERS", "SOCKLS_NO_KERNEL_FILTER"):
    p = run(["-tn"], {knob: "maybe"}, expect=2)
    if knob not in p.stderr:
        fail("%s=maybe: %r" % (knob, p.stderr))
if run(["-tn", "sport = :7601"], {"SOCKLS_NO_KERNEL_FILTER": "0"}).stdout.count("7601") != 1:
    fail("SOCKLS_NO_KERNEL_FILTER=0: the filtered listing is wrong")

for opt in ("--unit", "--container", "--pod"):
    p = run([opt, ""], expect=2)
    if opt not in p.stderr:
        fail("%s '': %r" % (opt, p.stderr))
shutil.rmtree(fx)
shutil.rmtree(roomy)
print("ok: a full or missing TMPDIR lists every row with a note; SOCKLS_NO_PEERS=0 is off; "
      "empty owner names refused")
