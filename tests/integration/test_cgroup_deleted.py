# SPDX-License-Identifier: MIT
"""A socket whose cgroup was removed after the socket was made (issue 27,
item 5): the kernel keeps the id, no directory has it. --cgroup says
"deleted" (JSON deleted: true, the kernel's id, no path) with and without -p
or -x, never the owner's current cgroup, and --unit does not match it either
way. ss -e (cgroup:unreachable) is the second witness, after a positive
control: the socket in a cgroup that still exists."""
import json
import os

from lib import Cgroups, fail, sockls, ss

PORT = 7801
cg = Cgroups("sockls-deleted-%d" % os.getpid())
try:
    unit = "sockls-gone-%d.service" % os.getpid()
    rel = "sockls-deleted-%d.slice/%s" % (os.getpid(), unit)
    pid, ino = cg.spawn(rel, PORT)
    here = [l for l in ss("-tlneH", "sport", "=", ":%d" % PORT).stdout.splitlines()]
    if len(here) != 1 or "cgroup:/" + rel not in here[0]:
        fail("control: ss -e shows the listener's cgroup %r: %r" % (rel, here))
    for args in (("-tln", "--cgroup"), ("-tlnp", "--cgroup")):
        if unit not in sockls(*args, "sport", "=", ":%d" % PORT).stdout:
            fail("control: sockls %s names the unit %s" % (" ".join(args), unit))
    # move the owner up and remove its cgroup: the socket keeps the old id
    parent = os.path.dirname(os.path.join(cg.root, rel))
    with open(os.path.join(parent, "cgroup.procs"), "w") as f:
        f.write(str(pid))
    os.rmdir(os.path.join(cg.root, rel))
    cg.made.remove(os.path.join(cg.root, rel))
    gone = ss("-tlneH", "sport", "=", ":%d" % PORT).stdout
    if "cgroup:unreachable" not in gone:
        fail("ss -e should say the cgroup is unreachable: %r" % gone)
    for args in (("-tlnH", "--cgroup"), ("-tlnpH", "--cgroup"), ("-tlnxH", "--cgroup")):
        out = [l for l in sockls(*args).stdout.splitlines() if ":%d " % PORT in l]
        if len(out) != 1 or "deleted" not in out[0].split() or unit in out[0]:
            fail("sockls %s: the cgroup is deleted, whatever the owner: %r" % (" ".join(args), out))
    for args in ((), ("-p",)):
        doc = json.loads(sockls("-tln", "--cgroup", "--json", *args).stdout)
        s = [x for x in doc["sockets"] if x["local"]["port"] == PORT]
        c = s[0]["cgroup"] if s else None
        if not c or c.get("deleted") is not True or c["path"] is not None or c["id"] != ino:
            fail("JSON %s: cgroup %r (the kernel's id is %d)" % (" ".join(args), c, ino))
        if sockls("-tlnH", "--unit", unit, *args, expect=None).stdout.strip():
            fail("--unit %s %s matched a deleted cgroup" % (unit, " ".join(args)))
finally:
    cg.close()
print("ok: a deleted cgroup is said deleted, with and without -p")
