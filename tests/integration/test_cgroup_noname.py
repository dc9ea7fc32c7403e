#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A --unit, --container or --pod name that no cgroup on the host has
(issue 27 item 13f) is said on stderr in one line naming what was typed,
with status 1 and nothing on stdout; it used to be a silently empty table.
The hierarchy is a directory tree of the test's own (SOCKLS_CGROUP_ROOT), so
the test needs no root. Positive control: names the tree has are accepted
(status 0) even when no socket is in them."""
import os
import shutil
import tempfile

from lib import fail, sockls

root = tempfile.mkdtemp()
try:
    ctr = "3f2a1b9c" * 8
    for d in ("system.slice/sockls-probe.service",
              "system.slice/docker-%s.scope" % ctr,
              "kubepods.slice/kubepods-pod1b4e28ba_2fa1_11d2_883f_0016d3cca427.slice"):
        os.makedirs(os.path.join(root, d))
    env = dict(os.environ, SOCKLS_CGROUP_ROOT=root, SOCKLS_STATE_ROOT=root)

    # the control: the names the tree has select nothing here, silently
    for opt, word in (("--unit", "sockls-probe"), ("--unit", "sockls-probe.service"),
                      ("--container", ctr[:12]),
                      ("--pod", "1b4e28ba-2fa1-11d2-883f-0016d3cca427")):
        p = sockls("-tlnH", opt, word, env=env)
        if p.stderr:
            fail("%s %s exists: no warning expected, got %r" % (opt, word, p.stderr))

    for opt, word, what in (("--unit", "sockls-prob", "unit"),
                            ("--container", "nosuchctr", "container"),
                            ("--pod", "default/nosuch-0", "pod")):
        for args in (("-tlnH",), ("-tln", "--json")):
            p = sockls(*args, opt, word, expect=1, env=env)
            lines = p.stderr.splitlines()
            if p.stdout or len(lines) != 1 or ("'%s'" % word) not in lines[0] \
                    or what not in lines[0]:
                fail("%s %s %s: expected one stderr line naming it, status 1, no stdout; "
                     "got stdout %r stderr %r" % (" ".join(args), opt, word, p.stdout, p.stderr))

    # A part of the tree that was not walked (here: nested deeper than the
    # walk goes, 64 levels) may hold the name: the line says so instead of
    # "on this host". Control: the same name one level up the walk sees.
    deep = os.path.join(root, *(["d"] * 65))
    os.makedirs(os.path.join(deep, "deep-hidden.service"))
    os.makedirs(os.path.join(root, *(["d"] * 64), "deep-seen.service"))
    p = sockls("-tlnH", "--unit", "deep-seen", env=env)
    if p.stderr:
        fail("--unit deep-seen is in the walked tree: no warning expected, got %r" % p.stderr)
    p = sockls("-tlnH", "--unit", "deep-hidden", expect=1, env=env)
    lines = p.stderr.splitlines()
    if p.stdout or len(lines) != 1 or "'deep-hidden'" not in lines[0] or \
            "could not be" not in lines[0] or "on this host" in lines[0]:
        fail("--unit deep-hidden below the walk: expected one line saying part of the "
             "hierarchy was not read, status 1; got stdout %r stderr %r" % (p.stdout, p.stderr))
finally:
    shutil.rmtree(root, ignore_errors=True)
print("ok: a --unit/--container/--pod name nothing has is said, status 1")
