# SPDX-License-Identifier: MIT
"""--cgroup names the systemd unit, container and pod of sockets in real
cgroups this test makes (a .service, a docker scope, a kubepods pod slice with
a containerd scope); --unit/--container/--pod and 'cgroup PATH' (kernel
bytecode and user space) select them; -p shows the peer of a socketpair shared
by two processes; --prometheus labels each listener with its unit (none for
one in a cgroup that names no unit), checked by promtool and as a real
prometheus-node-exporter serves it. Oracles: the paths and inodes the test
created, os.fstat."""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from lib import (cgroup2_root, fail, node_exporter_scrape, prom_key, prom_metrics,
                 promtool_check, remove_cgroups, skip, skip_unprivileged, sockls,
                 in_init_userns)

CHILD = r"""
import os, socket, sys
open(os.path.join(sys.argv[1], "cgroup.procs"), "w").write(str(os.getpid()))
l = socket.socket(); l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
l.bind(("127.0.0.1", int(sys.argv[2]))); l.listen(1)
u = socket.socket(socket.AF_UNIX); u.bind("\0sockls-cg-" + sys.argv[2]); u.listen(1)
print("READY", u.fileno() and os.fstat(u.fileno()).st_ino, flush=True)
sys.stdin.read()
"""


root = cgroup2_root()
if not root:
    skip("no cgroup2 mount")
if os.geteuid() != 0 or not in_init_userns() or not os.access(root, os.W_OK):
    skip_unprivileged("needs real root to write the cgroup2 hierarchy")

tag = "sockls-test-%d" % os.getpid()
ctr = os.urandom(32).hex()
ctr2 = os.urandom(32).hex()
uid = "1b4e28ba-2fa1-11d2-883f-%012x" % os.getpid()
rel = {
    "unit": "/%s.slice/system.slice/%s.service" % (tag, tag),
    "docker": "/%s.slice/system.slice/docker-%s.scope" % (tag, ctr),
    "pod": "/%s.slice/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice"
           "/cri-containerd-%s.scope" % (tag, uid.replace("-", "_"), ctr2),
    "plain": "/%s.slice/plain" % tag,   # names no unit
}
port = {"unit": 7101, "docker": 7102, "pod": 7103, "plain": 7104}
state = tempfile.mkdtemp()
procs, made = [], []


def cleanup():
    remove_cgroups(procs, made)
    shutil.rmtree(state, ignore_errors=True)


def mkcg(path):
    parts = path.strip("/").split("/")
    for i in range(1, len(parts) + 1):
        d = os.path.join(root, *parts[:i])
        if not os.path.isdir(d):
            os.mkdir(d)
            made.append(d)
    return os.path.join(root, *parts)


def rows(*args, env=None):
    return sockls("-tlnH", *args, env=env).stdout.splitlines()


def ports_of(lines):
    # -tl: one kind, so no Netid column (ss rule): the local address is column 4
    return sorted(int(l.split()[3].rsplit(":", 1)[1]) for l in lines)


try:
    ino = {}
    for k, path in rel.items():
        d = mkcg(path)
        p = subprocess.Popen([sys.executable, "-c", CHILD, d, str(port[k])],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        procs.append(p)
        line = p.stdout.readline().split()
        if not line or line[0] != "READY":
            fail("child for %s did not start" % k)
        ino[k] = os.stat(d).st_ino
    os.makedirs(os.path.join(state, "var/lib/docker/containers", ctr))
    with open(os.path.join(state, "var/lib/docker/containers", ctr, "config.v2.json"), "w") as f:
        json.dump({"ID": ctr, "Name": "/web"}, f)
    os.makedirs(os.path.join(state, "var/log/pods", "default_web-0_" + uid))
    env = dict(os.environ, SOCKLS_STATE_ROOT=state)

    want = {7101: "unit:%s.service" % tag, 7102: "ctr:docker/web", 7103: "pod:default/web-0"}
    for line in rows("--cgroup", env=env):
        p = int(line.split()[3].rsplit(":", 1)[1])
        if p in want and not line.endswith(want[p]):
            fail("port %d: expected %s in %r" % (p, want[p], line))
        want.pop(p, None)
    if want:
        fail("rows missing from --cgroup: %r" % want)

    doc = json.loads(sockls("-tln", "--cgroup", "--json", env=env).stdout)
    by_port = {s["local"]["port"]: s["cgroup"] for s in doc["sockets"]}
    for k in rel:
        cg = by_port[port[k]]
        if cg["path"] != rel[k] or cg["id"] != ino[k]:
            fail("%s: JSON cgroup %r, expected path %s id %d" % (k, cg, rel[k], ino[k]))
    if by_port[7101]["unit"] != tag + ".service" or by_port[7101]["container"] is not None:
        fail("unit JSON: %r" % by_port[7101])
    if by_port[7102]["container"] != {"runtime": "docker", "id": ctr, "name": "web"}:
        fail("docker JSON: %r" % by_port[7102])
    if by_port[7103]["pod"] != {"uid": uid, "namespace": "default", "name": "web-0"} or \
            by_port[7103]["container"] != {"runtime": "containerd", "id": ctr2, "name": None}:
        fail("pod JSON: %r" % by_port[7103])

    for args, exp in ((("--unit", tag), [7101]), (("--container", "web"), [7102]),
                      (("--container", ctr[:12]), [7102]), (("--pod", "web-0"), [7103]),
                      (("--pod", uid), [7103]), (("--pod", "default/web-0"), [7103])):
        got = ports_of(rows(*args, env=env))
        if got != exp:
            fail("%s selected %r, expected %r" % (" ".join(args), got, exp))
    for knob in ({}, {"SOCKLS_NO_KERNEL_FILTER": "1"}):
        got = ports_of(rows("cgroup", rel["docker"], env=dict(os.environ, **knob)))
        if got != [7102]:
            fail("cgroup %s (%r) selected %r" % (rel["docker"], knob, got))
        got = ports_of(rows("not", "cgroup", rel["docker"], env=dict(os.environ, **knob)))
        if 7102 in got or 7101 not in got:
            fail("not cgroup ... (%r) selected %r" % (knob, got))

    # --count-by unit,container,pod: each listener under its own names
    # (one socket per cgroup here; '-' where the cgroup names none)
    want = {("%d" % port[k]) for k in rel}
    got = sockls("-tlnH", "--count-by", "local-port,unit,container,pod", env=env).stdout
    lines = {tuple(l.split()[1:]) for l in got.splitlines() if l.split()[1] in want}
    exp = {("7101", tag + ".service", "-", "-"),
           ("7102", "docker-%s.scope" % ctr, "web", "-"),
           ("7103", "cri-containerd-%s.scope" % ctr2, ctr2[:12], "default/web-0")}
    if not exp <= lines:
        fail("--count-by local-port,unit,container,pod: %r, expected %r" % (lines, exp))

    # --prometheus: the unit of each listener's cgroup (the path's last
    # component here), no unit label at all where the path names none.
    units = {7101: tag + ".service", 7102: "docker-%s.scope" % ctr,
             7103: "cri-containerd-%s.scope" % ctr2, 7104: None}
    prom = sockls("--prometheus", "-t", env=env).stdout
    promtool_check(prom)
    for text, what in ((prom, "--prometheus"), (node_exporter_scrape(["-t"], env), "node exporter")):
        m = prom_metrics(text)
        for p, unit in units.items():
            labels = 'proto="tcp",address="127.0.0.1",port="%d",service=""' % p
            if unit:
                labels += ',unit="%s"' % unit
            if m.get(prom_key("sockls_listening_info{%s}" % labels)) != 1:
                fail("%s: no listener %s, only:\n%s" % (what, labels, "\n".join(
                    l for l in text.splitlines() if "listening_info{" in l)))
        # node_exporter gives a family one label set: it writes the missing
        # unit as unit="", which Prometheus reads as no label (prom_key drops it)
        line = [l for l in text.splitlines() if 'port="7104"' in l]
        if len(line) != 1 or (what == "--prometheus" and "unit=" in line[0]):
            fail("%s: the listener in a cgroup with no unit: %r" % (what, line))

    # A kernel before 5.8 (simulated: the oldkernel shim makes this kernel's
    # own bytecode audit refuse the cgroup op with EINVAL, as an old audit
    # does, and takes INET_DIAG_CGROUP_ID out of the replies): the cgroup
    # term goes to user space, sockets take their owner's cgroup, same rows.
    old = dict(os.environ, SOCKLS_STATE_ROOT=state,
               LD_PRELOAD=os.path.join(os.environ.get("BUILD", "build"), "helpers",
                                       "liboldkernel.so"))
    old["ASAN_OPTIONS"] = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS"),
                                                 "verify_asan_link_order=0"]))
    for source in ("netlink", "auto", "proc"):
        got = sockls("-tlnH", "-v", "--source", source, "cgroup", rel["docker"], env=old)
        if ports_of(got.stdout.splitlines()) != [7102]:
            fail("old kernel, --source %s: cgroup %s selected %r (stderr %r)"
                 % (source, rel["docker"], got.stdout, got.stderr))
        noted = "refused the cgroup condition" in got.stderr
        if noted != (source != "proc"):
            fail("old kernel, --source %s: -v note %r" % (source, got.stderr))
        got = ports_of(rows("not", "cgroup", rel["docker"], env=old))
        if 7102 in got or 7101 not in got or 7103 not in got:
            fail("old kernel: not cgroup ... selected %r" % got)
    if sockls("-tlnH", "cgroup", rel["docker"], env=old).stderr:
        fail("old kernel: the fallback is silent without -v")
    doc = json.loads(sockls("-tln", "--cgroup", "--json", env=old).stdout)
    cg = {s["local"]["port"]: s["cgroup"] for s in doc["sockets"]}[7102]
    if cg["id"] != ino["docker"] or cg["container"]["name"] != "web":
        fail("old kernel: the owner's cgroup %r, expected id %d" % (cg, ino["docker"]))

    # UNIX sockets carry no cgroup id: the owner's /proc/PID/cgroup names it.
    x = sockls("-xlnH", "--cgroup", env=env).stdout
    line = [l for l in x.splitlines() if "sockls-cg-7101" in l]
    if len(line) != 1 or not line[0].endswith("unit:%s.service" % tag):
        fail("UNIX socket of the unit: %r" % line)

    # The peer of a socketpair shared by two processes.
    a, b = socket.socketpair()
    child = os.fork()
    if child == 0:
        a.close()
        time.sleep(30)
        os._exit(0)
    b.close()
    try:
        mine = os.fstat(a.fileno()).st_ino
        doc = json.loads(sockls("-xp", "--json").stdout)
        s = [s for s in doc["sockets"] if s.get("inode") == mine or
             any(p["pid"] == os.getpid() and p["fd"] == a.fileno() for p in s["processes"])]
        if len(s) != 1 or [p["pid"] for p in s[0]["remote"]["processes"]] != [child]:
            fail("peer of the socketpair: %r (child %d)" % (s, child))
        t = sockls("-xH", "--peers").stdout
        if "peer:((" in sockls("-xpH").stdout:
            fail("-xp without --peers shows peer:((, which ss -p never does")
        if not any("pid=%d,fd=%d" % (os.getpid(), a.fileno()) in l and "peer:((" in l and
                   "pid=%d," % child in l for l in t.splitlines()):
            fail("table has no peer:(( with pid %d:\n%s" % (child, t))
    finally:
        os.kill(child, 9)
        os.waitpid(child, 0)
finally:
    cleanup()
print("ok")
