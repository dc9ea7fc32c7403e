#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""unixmix.py - creates a known mix of UNIX and RAW sockets in the current
(private) network namespace, prints READY and a JSON description, then holds
them until stdin closes. Paths go under the directory given as argv[1]."""
import json
import os
import socket
import sys
import time

held = []


def keep(s):
    held.append(s)
    return s


def unix(kind):
    return keep(socket.socket(socket.AF_UNIX, kind))


def main():
    d = sys.argv[1]
    desc = {"dir": d, "paths": {}, "inodes": {}}

    def note(key, s, path):
        desc["paths"][key] = path
        desc["inodes"][key] = os.fstat(s.fileno()).st_ino

    # Abstract stream listener with 3 connections nobody accepts.
    la = unix(socket.SOCK_STREAM)
    la.bind("\0sockls-abs-listener")
    la.listen(8)
    for _ in range(3):
        unix(socket.SOCK_STREAM).connect("\0sockls-abs-listener")
    note("abs_listener", la, "@sockls-abs-listener")
    # Path-bound stream listener, an accepted pair with 100 unread bytes.
    p = os.path.join(d, "stream.sock")
    ls = unix(socket.SOCK_STREAM)
    ls.bind(p)
    ls.listen(4)
    c = unix(socket.SOCK_STREAM)
    c.connect(p)
    s, _ = ls.accept()
    keep(s)
    c.sendall(b"x" * 100)
    note("stream_listener", ls, p)
    note("stream_server", s, p)
    note("stream_client", c, "")
    # Datagram socket bound to a path with a space, one unread message from
    # a connected unbound client.
    p = os.path.join(d, "dgram sock")
    dg = unix(socket.SOCK_DGRAM)
    dg.bind(p)
    dc = unix(socket.SOCK_DGRAM)
    dc.connect(p)
    dc.send(b"y" * 10)
    note("dgram_space", dg, p)
    note("dgram_client", dc, "")
    # Seqpacket listener with an accepted pair.
    p = os.path.join(d, "seq.sock")
    lq = unix(socket.SOCK_SEQPACKET)
    lq.bind(p)
    lq.listen(2)
    cq = unix(socket.SOCK_SEQPACKET)
    cq.connect(p)
    sq, _ = lq.accept()
    keep(sq)
    note("seq_listener", lq, p)
    # Abstract datagram name with a space, and an unnamed stream pair.
    ad = unix(socket.SOCK_DGRAM)
    ad.bind("\0sockls abs dgram")
    note("abs_dgram", ad, "@sockls abs dgram")
    # An abstract name with a NUL inside: ss and /proc/net/unix show it as '@'.
    an = unix(socket.SOCK_DGRAM)
    an.bind("\0sockls\0nul")
    note("abs_nul", an, "@sockls\0nul")
    a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    keep(a)
    keep(b)
    # Hostile path: a newline and an ESC sequence.
    p = os.path.join(d, "evil\nname\x1b[31m.sock")
    ev = unix(socket.SOCK_DGRAM)
    ev.bind(p)
    note("evil", ev, p)
    # RAW: ICMP over IPv4 bound to loopback, ICMPv6 unbound.
    r4 = keep(socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP))
    r4.bind(("127.0.0.1", 0))
    r6 = keep(socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6))
    desc["raw"] = {"icmp": os.fstat(r4.fileno()).st_ino, "icmp6": os.fstat(r6.fileno()).st_ino}
    time.sleep(0.05)
    print("READY " + json.dumps(desc), flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main()
