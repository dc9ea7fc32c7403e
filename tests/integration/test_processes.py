# SPDX-License-Identifier: MIT
"""-p names every owner (pid, command, fd) of a socket, escapes hostile command
names, -i reports TCP internals, and unprivileged users get rows, not errors."""
import ctypes
import json
import os
import socket
import subprocess
import time

from lib import fail, in_init_userns, skip_part_unprivileged, sockls

PR_SET_NAME = 15
libc = ctypes.CDLL(None, use_errno=True)

lst = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
lst.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
lst.bind(("127.0.0.1", 6001))
lst.listen(4)
me, fd = os.getpid(), lst.fileno()

# A child that shares the listener (after fork) and renames itself to
# something hostile: ESC, a newline, BEL, ')' and an invalid UTF-8 byte.
hostile = b"\x1b[31m)x\ny\x07\xff"
r, w = os.pipe()
child = os.fork()
if child == 0:
    os.close(r)
    libc.prctl(PR_SET_NAME, ctypes.c_char_p(hostile), 0, 0, 0)
    os.write(w, b"1")
    time.sleep(30)
    os._exit(0)
os.close(w)
os.read(r, 1)
try:
    table = sockls("-tlpnH", "--sport", "6001").stdout
    lines = table.splitlines()
    if len(lines) != 1:
        fail("expected one row for the shared listener: %r" % table)
    row = lines[0]
    if "pid=%d,fd=%d" % (me, fd) not in row:
        fail("own pid/fd missing from %r" % row)
    if "pid=%d,fd=%d" % (child, fd) not in row:
        fail("forked child's pid missing from %r" % row)
    if any(c in row for c in "\x1b\x07\r") or "\xff" in row:
        fail("raw control bytes in the table row: %r" % row)
    if "\\x1b" not in row:
        fail("ESC not shown escaped: %r" % row)

    doc = json.loads(sockls("-tlpn", "--sport", "6001", "--json").stdout)
    socks = doc["sockets"]
    if len(socks) != 1:
        fail("JSON: expected one socket, got %d" % len(socks))
    procs = sorted((p["pid"], p["fd"], p["comm"]) for p in socks[0]["processes"])
    want_pids = sorted([me, child])
    if [p[0] for p in procs] != want_pids or any(p[1] != fd for p in procs):
        fail("JSON processes %r, want pids %r fd %d" % (procs, want_pids, fd))
    comm = [p[2] for p in procs if p[0] == child][0]
    if comm != hostile.decode("utf-8", "replace"):
        fail("JSON comm %r, want %r" % (comm, hostile.decode("utf-8", "replace")))

    # Without -p there are no owners, in the table or in JSON.
    if "users:" in sockls("-tlnH", "--sport", "6001").stdout:
        fail("owners shown without -p")
    if "processes" in json.loads(sockls("-tln", "--json").stdout)["sockets"][0]:
        fail("processes key without -p")

    # An established pair: tcp_info with a positive rtt and cwnd.
    c = socket.create_connection(("127.0.0.1", 6001))
    s, _ = lst.accept()
    c.sendall(b"ping")
    s.recv(4)
    doc = json.loads(sockls("-tin", "--json", "state", "established").stdout)
    infos = [x["tcp_info"] for x in doc["sockets"]]
    if len(infos) != 2 or not all(i and i["rtt_ms"] > 0 and i["snd_cwnd"] > 0 for i in infos):
        fail("tcp_info of the established pair: %r" % infos)
    text = sockls("-tinH", "state", "established").stdout
    if "rtt:" not in text or "cwnd:" not in text:
        fail("-i text lacks rtt/cwnd: %r" % text)

    # Unprivileged: rows, no error (owners of others' processes simply unknown).
    if os.getuid() != 0 or not in_init_userns():
        skip_part_unprivileged("sockls as nobody: in a user namespace uid 65534 is not mapped")
    else:
        p = subprocess.run(["setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups",
                            os.environ["SOCKLS"], "-tanpH"], capture_output=True, text=True)
        # root's processes are not nobody's to read: one note says so (as netstat -p)
        note = [l for l in p.stderr.splitlines() if l.strip()]
        if p.returncode != 0 or "127.0.0.1:6001" not in p.stdout or len(note) != 1 or \
                "could not be read" not in note[0]:
            fail("as nobody: status %d, stderr %r, stdout %r" % (p.returncode, p.stderr, p.stdout))
        if "pid=%d" % me in p.stdout:
            fail("nobody could see root's fds?")
finally:
    os.kill(child, 9)
    os.waitpid(child, 0)
print("ok")
