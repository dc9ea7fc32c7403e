# SPDX-License-Identifier: MIT
# run.sh: alone: runs in the host namespace and adds namespaces there (ip netns add), which --all-netns of any other test would see
"""--all-netns without all its privileges: a namespace it cannot read is never
silently left out. The test makes two namespaces, each with a listener held by
a root process with every capability: one named (`ip netns add`), one held
only by its process (unshare). With every capability (the positive control)
both listeners are listed and nothing is unreadable. Without CAP_SYS_PTRACE
the unnamed one cannot be seen through its process and the named one still
can be entered: one line on stderr counts it, the status is 1, the JSON
"namespaces" object and the sockls_netns_unreadable metric count it. Without
CAP_SYS_ADMIN no other namespace can be entered: the same, "could not be
entered". Runs in the host namespace (test_host_*); root only."""
import json
import os
import re
import subprocess
import sys
import time

from lib import fail, prom_metrics, run, skip, skip_unprivileged

SOCKLS = os.environ["SOCKLS"]
HOLDER = r"""
import os, socket, sys
t = socket.socket()
t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
t.bind(("0.0.0.0", int(sys.argv[1])))
t.listen(5)
print("READY %d" % os.getpid(), flush=True)
sys.stdin.read()
"""
LINE = re.compile(r"^sockls: (\d+) of (\d+) network namespaces could not be read: (.*)$")

if os.geteuid() != 0:
    skip_unprivileged("test_host_netns_unreadable: needs root for ip netns add and capability drops")
if run(["ip", "netns", "list"], expect=None).returncode != 0:
    skip("test_host_netns_unreadable: ip netns is not usable here")

NAMED = "sockls-unreadable-%d" % os.getpid()
holders = []


def start_holder(cmd, port):
    p = subprocess.Popen(cmd + [sys.executable, "-c", HOLDER, str(port)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
    holders.append(p)
    line = p.stdout.readline().split()
    if len(line) != 2 or line[0] != "READY":
        fail("holder %r did not start: %r" % (cmd, line))
    return int(line[1])


def sockls(drop, *args):
    """sockls with one capability dropped from the bounding set (root keeps
    the others), or with all of them (drop None)."""
    pre = ["setpriv", "--bounding-set", "-" + drop] if drop else []
    return subprocess.run(pre + [SOCKLS, "--all-netns"] + list(args), capture_output=True,
                          text=True, timeout=120)


def ports(out):
    return {int(l.split()[4].rsplit(":", 1)[1]) for l in out.splitlines()[1:] if l.strip()}


def check_dropped(drop, why, named_listed):
    tab = sockls(drop, "-tln")
    js = sockls(drop, "-tln", "--json")
    prom = sockls(drop, "-t", "--prometheus")
    for p, what in ((tab, "table"), (js, "--json"), (prom, "--prometheus")):
        if p.returncode != 1:
            fail("without %s, %s: status %d, expected 1 (stderr %r)" % (drop, what, p.returncode,
                                                                         p.stderr))
        lines = p.stderr.splitlines()
        if len(lines) != 1 or not LINE.match(lines[0]) or why not in lines[0]:
            fail("without %s, %s: stderr is not one summary line naming %r: %r"
                 % (drop, what, why, p.stderr))
    got = ports(tab.stdout)
    if 7201 in got:
        fail("without %s the unnamed namespace's listener is listed: %s" % (drop, tab.stdout))
    if (7202 in got) != named_listed:
        fail("without %s the named namespace's listener %s listed" %
             (drop, "is not" if named_listed else "is"))
    doc = json.loads(js.stdout)
    bad, total, _ = LINE.match(js.stderr.strip()).groups()
    ns = doc.get("namespaces")
    if not ns or ns["unreadable"] < 1 or ns["unreadable"] != int(bad) or \
            ns["read"] + ns["unreadable"] != int(total):
        fail("without %s JSON namespaces %r vs stderr %r" % (drop, ns, js.stderr))
    m = prom_metrics(prom.stdout)
    if m.get(("sockls_netns_unreadable", ()), 0) < 1:
        fail("without %s sockls_netns_unreadable is %r" % (drop, m.get(("sockls_netns_unreadable", ()))))
    stamp = m.get(("sockls_last_success_timestamp_seconds", ()))
    if stamp is None or abs(stamp - time.time()) > 120:
        fail("sockls_last_success_timestamp_seconds is %r, now is %d" % (stamp, time.time()))
    print("ok: without %s: status 1, %s; JSON %r" % (drop, js.stderr.strip(), ns))


try:
    run(["ip", "netns", "add", NAMED])
    start_holder(["ip", "netns", "exec", NAMED], 7202)
    pid = start_holder(["unshare", "-n"], 7201)
    inode = os.stat("/proc/%d/ns/net" % pid).st_ino

    # Positive control: every capability, both listeners, nothing unreadable.
    full = sockls(None, "-tln", "--json")
    if full.returncode != 0 or full.stderr:
        fail("with every capability: status %d, stderr %r" % (full.returncode, full.stderr))
    doc = json.loads(full.stdout)
    seen = {(s["netns"], s["local"]["port"]) for s in doc["sockets"]}
    for want in ((NAMED, 7202), ("ns:%d" % inode, 7201)):
        if want not in seen:
            fail("with every capability %r is not listed" % (want,))
    if doc["namespaces"]["unreadable"] != 0 or doc["namespaces"]["read"] < 3:
        fail("with every capability namespaces is %r" % doc["namespaces"])
    print("ok: with every capability both namespaces are listed, %r" % doc["namespaces"])

    # The named namespace is entered by name, so it is not counted again
    # although its only process cannot be inspected either.
    check_dropped("sys_ptrace", "needs CAP_SYS_PTRACE", True)
    check_dropped("sys_admin", "could not be entered (needs CAP_SYS_ADMIN)", False)
finally:
    for h in holders:
        try:
            h.stdin.close()
            h.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            h.kill()  # our own child, by its pid
            h.wait()
    subprocess.run(["ip", "netns", "del", NAMED], capture_output=True)
print("ok: unreadable namespaces are counted on stderr, in the status, JSON and metrics")
