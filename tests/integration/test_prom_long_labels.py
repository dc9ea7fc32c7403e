#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# run.sh: alone: --all-netns enters every namespace of the host, the other tests' too
"""test_prom_long_labels.py - issue 26 item 5: a Prometheus label too long to
keep is replaced the same documented way every time: cut at a character
boundary before escaping, then "...~" and the 16 hex digits of the FNV-1a-64
hash of the whole value. The file stays valid (promtool check metrics) and two
long names that share their first bytes stay two series. The names are cgroup
directories (systemd units) this test makes, full of control bytes and hidden
characters; one pair also has its own network namespace (--all-netns)."""
import os
import re

from lib import Cgroups, fail, promtool_check, sockls

VALUE_MAX = 256


def fnv1a64(b):
    h = 0xcbf29ce484222325
    for c in b:
        h = ((h ^ c) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


cg = Cgroups("sockls-plong-%d" % os.getpid())
top = "/%s.slice" % cg.tag
units = {
    "a": "\x01" * 200 + "-a.service",
    "b": "\x01" * 200 + "-b.service",
    "c": "\u200b" * 75 + "-c.service",
    "d": "\u200b" * 75 + "-d.service",
}
ports = {"a": 7461, "b": 7462, "c": 7463, "d": 7464}
try:
    for k, u in units.items():
        cg.spawn(top + "/" + u, ports[k], netns=k in ("c", "d"))
    for args in (["-tl"], ["-tl", "--all-netns"]):
        text = sockls("--prometheus", *args).stdout
        promtool_check(text)
        lines = [l for l in text.splitlines() if l.startswith("sockls_listening_info{")]
        for k, u in units.items():
            if k in ("c", "d") and "--all-netns" not in args:
                continue
            mine = [l for l in lines if 'port="%d"' % ports[k] in l]
            if len(mine) != 1:
                fail("%s: want one series for port %d, got %s" % (args, ports[k], mine))
            m = re.search(r'unit="((?:[^"\\]|\\.)*)"', mine[0])
            if not m:
                fail("%s: no unit label on %s" % (args, mine[0]))
            v = m.group(1)
            want = "...~%016x" % fnv1a64(u.encode())
            if len(v) > VALUE_MAX or not v.endswith(want):
                fail("%s: unit of %s is %d bytes, want <= %d ending %s: %r"
                     % (args, k, len(v), VALUE_MAX, want, v[-40:]))
            if re.search("[\x00-\x1f\u200b]", v):
                fail("%s: unit label holds a raw hidden character: %r" % (args, v[:40]))
    print("ok: long labels cut with a hash mark, promtool accepts every file")
finally:
    cg.close()
