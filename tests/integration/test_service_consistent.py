#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""test_service_consistent.py - issue 26 item 10: the Service column of a row
does not depend on which sockets reached user space. An accepted connection
127.0.0.1:22501 <- 127.0.0.1:1 is the listener's (22501, no name), whether the
kernel's bytecode or user space filtered, whatever the states asked for."""
import os
import socket

from lib import fail, sockls

LPORT, CPORT = 22501, 1


def service_of(args, no_kernel):
    env = dict(os.environ)
    env.pop("SOCKLS_NO_KERNEL_FILTER", None)
    if no_kernel:
        env["SOCKLS_NO_KERNEL_FILTER"] = "1"
    out = sockls("-tn", *args, env=env).stdout
    for line in out.splitlines()[1:]:
        f = line.split()
        if f[0] == "ESTABLISHED":  # ss drops State when one state is asked for
            f = f[1:]
        if f[2] == "127.0.0.1:%d" % LPORT and f[3] == "127.0.0.1:%d" % CPORT:
            return f[4] if len(f) > 4 else ""
    fail("no row of the accepted connection for %s:\n%s" % (args, out))


def main():
    l = socket.socket()
    l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    l.bind(("127.0.0.1", LPORT))
    l.listen()
    c = socket.socket()
    c.bind(("127.0.0.1", CPORT))
    c.connect(("127.0.0.1", LPORT))
    a, _ = l.accept()
    # positive control: the client's row is named from its local port 1 (tcpmux)
    out = sockls("-tn", "sport = :%d" % CPORT).stdout
    if "tcpmux" not in out:
        fail("control: the client's row bound to port 1 should be tcpmux:\n" + out)
    seen = {}
    for args in ([], ["-a"], ["dport = :%d" % CPORT], ["-a", "dport = :%d" % CPORT],
                 ["-a", "sport = :%d" % LPORT], ["state", "established"]):
        for nk in (False, True):
            seen[(tuple(args), nk)] = service_of(args, nk)
    names = set(seen.values())
    if names != {""}:
        fail("the accepted connection's Service differs by path (want none, the "
             "listener's port has no name): %s" % seen)
    for s in (a, c, l):
        s.close()
    print("ok: Service column the same on %d paths" % len(seen))


if __name__ == "__main__":
    main()
