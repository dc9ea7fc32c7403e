# SPDX-License-Identifier: MIT
"""-p as a user who may not read every process says so, once, as netstat -p
does, and still lists every socket (issue 27, item 13); root sees every owner
and gets no note. The truth is a process this test started holding a socket."""
import os
import shutil
import socket
import subprocess
import sys

from lib import SOCKLS, fail, sockls

srv = socket.socket()
srv.bind(("127.0.0.1", 7700))
srv.listen(1)


def as_nobody(*args):
    return subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                           SOCKLS, *args], capture_output=True, text=True, timeout=60)


if os.geteuid() == 0 and shutil.which("setpriv") and \
        subprocess.run(["setpriv", "--reuid=65534", "true"]).returncode == 0:
    mine = sockls("-tlnp")
    if "note:" in mine.stderr or "pid=%d," % os.getpid() not in mine.stdout:
        fail("root: every owner, no note: %r %r" % (mine.stdout, mine.stderr))
    p = as_nobody("-tlnp")
    if p.returncode != 0 or ":7700" not in p.stdout or "pid=%d," % os.getpid() in p.stdout:
        fail("nobody: the listener without its (root) owner, status 0: %r %r" % (p.stdout, p.stderr))
    lines = [l for l in p.stderr.splitlines() if l.strip()]
    if len(lines) != 1 or "could not be read" not in lines[0] or "run as root" not in lines[0]:
        fail("nobody: one note that some processes could not be read: %r" % p.stderr)
    q = as_nobody("-tln")
    if q.stderr:
        fail("without -p no note: %r" % q.stderr)
else:
    # an unprivileged run: the host's root processes are not ours to read
    p = sockls("-tlnp")
    if ":7700" not in p.stdout or "pid=%d," % os.getpid() not in p.stdout:
        fail("our own listener and its owner: %r" % p.stdout)
    if "could not be read" not in p.stderr:
        fail("as a user, -p must say that other users' processes could not be read: %r" % p.stderr)
srv.close()
print("ok: -p says when owners could not be read")
