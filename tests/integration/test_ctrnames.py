# SPDX-License-Identifier: MIT
"""Container names of podman (rootful and a user's rootless store), cri-o,
containerd and, for any CRI runtime, the kubelet's /var/log/containers
names, from a state tree this test writes (SOCKLS_STATE_ROOT), for processes
it puts in real cgroups named as each runtime names them. Hostile state: a
name full of terminal escapes (escaped in the table, intact in JSON), a FIFO
and a file over the cap where a config should be (no name, no hang).
Oracles: the names, ids and inodes the test wrote and made."""
import json
import os
import pwd
import shutil
import tempfile
import time

from lib import Cgroups, fail, sockls

cg = Cgroups("sockls-ctr-%d" % os.getpid())
top = "/%s.slice" % cg.tag
ids = {k: os.urandom(32).hex() for k in ("podman", "rootless", "crio", "containerd",
                                         "cgroupfs", "evil", "fifo")}
uids = {k: "%08x-2fa1-11d2-883f-%012x" % (i, os.getpid())
        for i, k in enumerate(("crio", "containerd", "cgroupfs", "fifo"))}
home = pwd.getpwuid(0).pw_dir
rel = {
    "podman": top + "/machine.slice/libpod-%s.scope" % ids["podman"],
    "rootless": top + "/user.slice/user-0.slice/user@0.service/user.slice/libpod-%s.scope"
                % ids["rootless"],
    "crio": top + "/kubepods.slice/kubepods-pod%s.slice/crio-%s.scope"
            % (uids["crio"].replace("-", "_"), ids["crio"]),
    "containerd": top + "/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod%s"
                  ".slice/cri-containerd-%s.scope"
                  % (uids["containerd"].replace("-", "_"), ids["containerd"]),
    "cgroupfs": top + "/kubepods/burstable/pod%s/%s" % (uids["cgroupfs"], ids["cgroupfs"]),
    "evil": top + "/system.slice/docker-%s.scope" % ids["evil"],
    "fifo": top + "/kubepods.slice/kubepods-pod%s.slice/crio-%s.scope"
            % (uids["fifo"].replace("-", "_"), ids["fifo"]),
}
port = {k: 7401 + i for i, k in enumerate(rel)}
EVIL = "\x1b[31mred\x1b]0;title\x07\x1b[2J"
state = tempfile.mkdtemp()


def put(path, doc):
    full = os.path.join(state, path.lstrip("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(doc if isinstance(doc, str) else json.dumps(doc))
    return full


def oci(annotations):
    return {"ociVersion": "1.0.2", "process": {"args": ["/bin/sh"]}, "annotations": annotations}


try:
    store = "var/lib/containers/storage/overlay-containers/containers.json"
    put(store, [{"id": ids["crio"], "names": ["k8s_api_api-7d_prod_x_0"]},
                {"id": ids["podman"], "names": ["db"], "image": "i",
                 "metadata": json.dumps({"id": ids["rootless"], "names": ["decoy"]})}])
    put(home + "/.local/share/" + store.split("/", 2)[2], [{"id": ids["rootless"],
                                                             "names": ["mine"]}])
    put("run/containers/storage/overlay-containers/%s/userdata/config.json" % ids["crio"],
        oci({"io.kubernetes.container.name": "api", "io.kubernetes.pod.name": "api-7d",
             "io.kubernetes.pod.namespace": "prod"}))
    put("run/containerd/io.containerd.runtime.v2.task/k8s.io/%s/config.json" % ids["containerd"],
        oci({"io.kubernetes.cri.container-type": "container",
             "io.kubernetes.cri.container-name": "nginx",
             "io.kubernetes.cri.sandbox-name": "front-0",
             "io.kubernetes.cri.sandbox-namespace": "edge"}))
    log = put("var/log/pods/ns1_pod1_%s/sidecar/0.log" % uids["cgroupfs"], "")
    os.makedirs(os.path.join(state, "var/log/containers"))
    os.symlink(log, os.path.join(state, "var/log/containers",
                                 "pod1_ns1_sidecar-%s.log" % ids["cgroupfs"]))
    put("var/lib/docker/containers/%s/config.v2.json" % ids["evil"], {"Name": "/" + EVIL})
    fifo = put("run/containers/storage/overlay-containers/%s/userdata/x" % ids["fifo"], "")
    os.mkfifo(os.path.join(os.path.dirname(fifo), "config.json"))
    big = put("var/lib/containers/storage/overlay-containers/%s/userdata/config.json"
              % ids["fifo"], "")
    os.truncate(big, 64 << 20)  # sparse, over the 4 MiB cap

    ino = {}
    for k, path in rel.items():
        ino[k] = cg.spawn(path, port[k])[1]
    env = dict(os.environ, SOCKLS_STATE_ROOT=state)

    t0 = time.monotonic()
    table = sockls("-tlnH", "--cgroup", env=env).stdout
    if time.monotonic() - t0 > 20:
        fail("a FIFO or a huge file held the listing up")
    want = {"podman": "ctr:podman/db", "rootless": "ctr:podman/mine",
            "crio": "pod:prod/api-7d", "containerd": "pod:edge/front-0",
            "cgroupfs": "pod:ns1/pod1", "fifo": "pod:" + uids["fifo"],
            "evil": "ctr:docker/\\x1b[31mred\\x1b]0;title\\x07\\x1b[2J"}
    for k, p in port.items():
        line = [l for l in table.splitlines() if ":%d " % p in l]
        if len(line) != 1 or not line[0].endswith(want[k]):
            fail("%s: expected the label %r in %r" % (k, want[k], line))
    if "\x1b" in table or "\x07" in table:
        fail("raw control bytes from a container name reached the terminal")

    doc = json.loads(sockls("-tln", "--cgroup", "--json", env=env).stdout)
    by = {s["local"]["port"]: s["cgroup"] for s in doc["sockets"]}
    names = {"podman": ("podman", "db"), "rootless": ("podman", "mine"),
             "crio": ("cri-o", "api"), "containerd": ("containerd", "nginx"),
             "cgroupfs": (None, "sidecar"), "evil": ("docker", EVIL), "fifo": ("cri-o", None)}
    for k, (runtime, name) in names.items():
        c = by[port[k]]
        if c["id"] != ino[k] or c["container"] != {"runtime": runtime, "id": ids[k],
                                                   "name": name}:
            fail("%s: JSON cgroup %r, expected %s/%s/%s id %d"
                 % (k, c, runtime, ids[k], name, ino[k]))
    if by[port["crio"]]["pod"] != {"uid": uids["crio"], "namespace": "prod", "name": "api-7d"}:
        fail("cri-o pod from the annotations: %r" % by[port["crio"]]["pod"])

    for name, k in (("db", "podman"), ("mine", "rootless"), ("api", "crio"),
                    ("nginx", "containerd"), ("sidecar", "cgroupfs"), (EVIL, "evil")):
        got = [int(l.split()[3].rsplit(":", 1)[1])
               for l in sockls("-tlnH", "--container", name, env=env).stdout.splitlines()]
        if got != [port[k]]:
            fail("--container %r selected %r, expected %d" % (name, got, port[k]))
finally:
    cg.close()
    shutil.rmtree(state, ignore_errors=True)
print("ok")
