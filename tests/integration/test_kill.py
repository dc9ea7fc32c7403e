# SPDX-License-Identifier: MIT
"""-K: the server end of a scripted connection is destroyed; the oracle is
the client, which must receive a reset. Without a filter -K refuses."""
import socket
import subprocess

from lib import SOCKLS, fail

p = subprocess.run([SOCKLS, "-K", "-tn"], capture_output=True, text=True, timeout=30)
if p.returncode != 2 or "filter" not in p.stderr:
    fail("-K without a filter: status %d, %r" % (p.returncode, p.stderr))

l = socket.socket()
l.bind(("127.0.0.1", 7201))
l.listen()
c = socket.create_connection(("127.0.0.1", 7201))
s, _ = l.accept()
other = socket.create_connection(("127.0.0.1", 7201))
o2, _ = l.accept()
cport = c.getsockname()[1]
p = subprocess.run([SOCKLS, "-K", "-tn", "sport = :7201 and dport = :%d" % cport],
                   capture_output=True, text=True, timeout=30)
if p.returncode != 0:
    fail("-K: status %d, %r" % (p.returncode, p.stderr))
if "127.0.0.1:%d" % cport not in p.stdout or p.stdout.count("ESTAB") != 1:
    fail("-K did not print exactly the destroyed socket:\n" + p.stdout)
c.settimeout(5)
try:
    data = c.recv(10)
    fail("client got %r instead of a reset" % data)
except ConnectionResetError:
    pass
other.sendall(b"ok")
if o2.recv(2) != b"ok":
    fail("a socket outside the filter was hurt")
l.close()
print("ok: -K refused without a filter; the client of the destroyed socket got a reset; others untouched")
