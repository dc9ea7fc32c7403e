# SPDX-License-Identifier: MIT
"""sockls --doctor names the unit of what it finds: a child process in a
systemd-like cgroup this test makes (<tag>.service) listens with backlog 1;
two clients fill its accept queue. The finding carries the child's pid and
'unit:<tag>.service' in the table and JSON (root and a writable cgroup2)."""
import os
import socket

from doctor_lib import doctor, one
from lib import Cgroups, fail, sockls

tag = "sockls-doc-%d" % os.getpid()
cg = Cgroups(tag)
try:
    pid, _ = cg.spawn("/%s.slice/%s.service" % (tag, tag), 7121)
    cs = [socket.create_connection(("127.0.0.1", 7121)) for _ in range(2)]
    rc, doc, _ = doctor("--interval", "0.1", expect=3)
    f = one(doc, "accept-queue", "127.0.0.1:7121")
    if f["owner"] is None or f["owner"]["pid"] != pid or f["cgroup"] != "unit:%s.service" % tag:
        fail("owner %s cgroup %r; the child is pid %d in %s.service" % (f["owner"], f["cgroup"], pid, tag))
    line = [l for l in sockls("--doctor", "--interval", "0.1", "--fail-on", "none").stdout.splitlines()
            if "127.0.0.1:7121" in l]
    if len(line) != 1 or "/%d" % pid not in line[0] or "unit:%s.service" % tag not in line[0]:
        fail("table line %r: owner and unit missing" % line)
    for c in cs:
        c.close()
    print("ok: the full listener's finding names pid %d and unit:%s.service" % (pid, tag))
finally:
    cg.close()
