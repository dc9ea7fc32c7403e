#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# run.sh: alone: runs in the host namespace and adds namespaces there (ip netns add), which --all-netns of any other test would see
"""test_host_netns_tags.py - issue 26 item 6: namespace tags stay unique. Two
namespaces (`ip netns add`, root only) whose names share their first 80
bytes each hold a listener: --all-netns tags them apart in the table, JSON
and Prometheus (promtool accepts the file, no duplicate series). Runs in the
host namespace (test_host_*); removes what it made."""
import json
import os
import subprocess
import sys

from lib import fail, promtool_check, run, skip, skip_unprivileged, sockls

HOLDER = r"""
import socket, sys
t = socket.socket()
t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
t.bind(("127.0.0.1", int(sys.argv[1])))
t.listen(5)
print("READY", flush=True)
sys.stdin.read()
"""

if os.geteuid() != 0:
    skip_unprivileged("test_host_netns_tags: needs root for ip netns add (CI runs as root)")
if run(["ip", "netns", "list"], expect=None).returncode != 0:
    skip("test_host_netns_tags: ip netns is not usable here")

prefix = ("sockls-tag-%d-" % os.getpid()).ljust(80, "x")
NS = {prefix + "-a": 7181, prefix + "-b": 7182}
made, holders = [], []
try:
    for name, port in NS.items():
        run(["ip", "netns", "add", name])
        made.append(name)
        p = subprocess.Popen(["ip", "netns", "exec", name, sys.executable, "-c", HOLDER,
                              str(port)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        holders.append(p)
        if p.stdout.readline().strip() != "READY":
            fail("holder in %s did not start" % name)
        run(["ip", "netns", "exec", name, "ip", "link", "set", "lo", "up"])
    # JSON: each listener under its own namespace's full name
    doc = json.loads(sockls("--all-netns", "-tln", "--json").stdout)
    got = {}
    for r in doc["sockets"]:
        if r.get("local", {}).get("port") in NS.values():
            got.setdefault(r["local"]["port"], set()).add(r.get("netns"))
    want = {port: {name} for name, port in NS.items()}
    if got != want:
        fail("JSON netns tags: want %s, got %s" % (want, got))
    table = sockls("--all-netns", "-tln").stdout
    for name, port in NS.items():
        if not any(name in l and ":%d" % port in l for l in table.splitlines()):
            fail("table: no row of port %d tagged %s:\n%s" % (port, name, table[-2000:]))
    text = sockls("--all-netns", "-tl", "--prometheus").stdout
    promtool_check(text)
    series = [l.rsplit(" ", 1)[0] for l in text.splitlines() if l.startswith("sockls_")]
    dups = {s for s in series if series.count(s) > 1}
    if dups:
        fail("duplicate series: %s" % sorted(dups)[:3])
    tags = {l.split('netns="', 1)[1].split('"', 1)[0] for l in series if prefix[:20] in l}
    if len(tags) != 2:
        fail("want two netns label values for the two namespaces, got %s" % tags)
    print("ok: two namespaces sharing an 80-byte prefix keep two tags")
finally:
    for p in holders:
        p.kill()
        p.wait()
    for name in made:
        run(["ip", "netns", "del", name], expect=None)
