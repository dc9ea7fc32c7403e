# SPDX-License-Identifier: MIT
# run.sh: alone: --all-netns enters every namespace of the host, the other tests' too
"""--all-netns names the container or pod holding each namespace: processes
this test puts in real cgroups (a docker scope, a kubepods pod slice with a
containerd scope, a docker scope whose name is terminal escapes, a plain
service) each in a network namespace of its own. The table's Netns column
reads ns:INODE(pod:default/web-0), JSON has netns_owner (the cgroup object),
--ephemeral and --prometheus say it per namespace; a namespace whose first
process is in no container has no owner. Oracles: the cgroups, names and
namespace inodes the test made."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from lib import HERE, Cgroups, fail, skip, sockls

cg = Cgroups("sockls-nso-%d" % os.getpid())
top = "/%s.slice" % cg.tag
ctr, ctr2, evil_id = (os.urandom(32).hex() for _ in range(3))
uid = "7c9e6679-7425-40de-944b-%012x" % os.getpid()
EVIL = "x\x1b[2J\x1b]0;t\x07"
rel = {
    "docker": top + "/system.slice/docker-%s.scope" % ctr,
    "pod": top + "/kubepods.slice/kubepods-pod%s.slice/cri-containerd-%s.scope"
           % (uid.replace("-", "_"), ctr2),
    "evil": top + "/system.slice/docker-%s.scope" % evil_id,
    "plain": top + "/system.slice/%s.service" % cg.tag,
}
port = {"docker": 7501, "pod": 7502, "evil": 7503, "plain": 7504}
want = {"docker": "ctr:docker/web", "pod": "pod:default/web-0",
        "evil": "ctr:docker/x\\x1b[2J\\x1b]0;t\\x07", "plain": None}
state = tempfile.mkdtemp()


def validate(text):
    path = os.path.join(state, "doc.json")
    with open(path, "w") as f:
        f.write(text)
    p = subprocess.run([sys.executable, os.path.join(HERE, "..", "schema", "validate.py"), path],
                       capture_output=True, text=True)
    if p.returncode == 77:
        skip("python3 jsonschema is missing: cannot validate (install python3-jsonschema)")
    if p.returncode != 0:
        fail("schema: %s%s" % (p.stdout, p.stderr))


def put(path, doc):
    full = os.path.join(state, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        json.dump(doc, f)


try:
    put("var/lib/docker/containers/%s/config.v2.json" % ctr, {"Name": "/web"})
    put("var/lib/docker/containers/%s/config.v2.json" % evil_id, {"Name": "/" + EVIL})
    os.makedirs(os.path.join(state, "var/log/pods", "default_web-0_" + uid))
    env = dict(os.environ, SOCKLS_STATE_ROOT=state)
    tag, pid = {}, {}
    for k, path in rel.items():
        pid[k] = cg.spawn(path, port[k], netns=True)[0]
        tag[k] = "ns:%d" % os.stat("/proc/%d/ns/net" % pid[k]).st_ino

    table = sockls("--all-netns", "-tlnH", env=env).stdout
    for k in rel:
        rows = [l for l in table.splitlines() if ":%d " % port[k] in l]
        cell = tag[k] + ("(%s)" % want[k] if want[k] else "")
        if len(rows) != 1 or rows[0].split()[0] != cell:
            fail("%s: expected the Netns cell %r in %r" % (k, cell, rows))
    if "\x1b" in table or "\x07" in table:
        fail("raw control bytes of a container name reached the terminal")
    mine = "ns:%d" % os.stat("/proc/self/ns/net").st_ino
    if any(l.split()[0].startswith(mine + "(") for l in table.splitlines()):
        fail("this test's own namespace (no container) got an owner")

    out = sockls("--all-netns", "-tln", "--json", env=env).stdout
    validate(out)
    doc = json.loads(out)
    by = {s["local"]["port"]: s for s in doc["sockets"]}
    for k in rel:
        s = by[port[k]]
        if s["netns"] != tag[k]:
            fail("%s: JSON netns %r, expected %r" % (k, s["netns"], tag[k]))
        o = s["netns_owner"]
        if k == "plain":
            if o is not None:
                fail("a service's namespace has no container: %r" % o)
            continue
        if o is None or o["path"] != rel[k]:
            fail("%s: JSON netns_owner %r, expected the cgroup %s" % (k, o, rel[k]))
    if by[port["pod"]]["netns_owner"]["pod"] != {"uid": uid, "namespace": "default",
                                                 "name": "web-0"}:
        fail("pod: netns_owner.pod %r" % by[port["pod"]]["netns_owner"]["pod"])
    if by[port["evil"]]["netns_owner"]["container"]["name"] != EVIL:
        fail("evil: the JSON name is the name, escaped only by JSON")
    if any(s["netns"] == mine and s["netns_owner"] is not None for s in doc["sockets"]):
        fail("JSON: this test's namespace got an owner")

    eph = sockls("--all-netns", "--ephemeral", env=env).stdout
    for k in ("docker", "pod"):
        if "Namespace: %s(%s)\n" % (tag[k], want[k]) not in eph:
            fail("--ephemeral has no 'Namespace: %s(%s)'" % (tag[k], want[k]))
    out = sockls("--all-netns", "--ephemeral", "--json", env=env).stdout
    validate(out)
    doc = json.loads(out)
    reps = {r["netns"]: r for r in doc["ephemeral_reports"]}
    if reps[tag["pod"]]["netns_owner"]["pod"]["name"] != "web-0":
        fail("--ephemeral --json netns_owner: %r" % reps[tag["pod"]].get("netns_owner"))
    prom = sockls("--all-netns", "--prometheus", env=env).stdout
    if 'netns="%s",netns_owner="pod:default/web-0"' % tag["pod"] not in prom:
        fail("--prometheus has no netns_owner label for the pod's namespace")
finally:
    cg.close()
    shutil.rmtree(state, ignore_errors=True)
print("ok")
