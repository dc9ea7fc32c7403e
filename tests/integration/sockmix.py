#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""sockmix.py - creates a known mix of loopback sockets in the current (private)
network namespace, prints READY and a JSON description, then holds them until
stdin closes. Used by the integration tests as the ground truth."""
import json
import os
import socket
import sys
import time

held = []


def keep(s):
    held.append(s)
    return s


def listener(family, addr, port, backlog=16, v6only=None):
    s = keep(socket.socket(family, socket.SOCK_STREAM))
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if v6only is not None:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1 if v6only else 0)
    s.bind((addr, port))
    s.listen(backlog)
    return s


def connect(family, addr, port, blocking=True):
    c = keep(socket.socket(family, socket.SOCK_STREAM))
    if not blocking:
        c.setblocking(False)
        try:
            c.connect((addr, port))
        except BlockingIOError:
            pass
    else:
        c.connect((addr, port))
    return c


def main():
    desc = {}
    # Listeners: v4, v6-only, dual-stack, and one with a well-known port.
    l1 = listener(socket.AF_INET, "127.0.0.1", 5001, backlog=8)
    listener(socket.AF_INET6, "::1", 5002, v6only=True)
    l3 = listener(socket.AF_INET6, "::", 5003, v6only=False)
    listener(socket.AF_INET, "0.0.0.0", 80)
    # Two connections nobody accepts: the listener's Recv-Q is 2.
    connect(socket.AF_INET, "127.0.0.1", 5001)
    connect(socket.AF_INET, "127.0.0.1", 5001)
    desc["unaccepted_5001"] = 2
    # An established pair with unread bytes on the server side.
    l4 = listener(socket.AF_INET, "127.0.0.1", 5004)
    c4 = connect(socket.AF_INET, "127.0.0.1", 5004)
    s4, _ = l4.accept()
    keep(s4)
    c4.sendall(b"x" * 100)
    # v4-mapped: an IPv4 client of the dual-stack listener.
    c3 = connect(socket.AF_INET, "127.0.0.1", 5003)
    s3, _ = l3.accept()
    keep(s3)
    # FIN_WAIT2 / CLOSE_WAIT: the client half-closes, the server does not.
    c5 = connect(socket.AF_INET, "127.0.0.1", 5004)
    s5, _ = l4.accept()
    keep(s5)
    c5.shutdown(socket.SHUT_WR)
    # TIME_WAIT: the client closes first, then the server.
    l6 = listener(socket.AF_INET, "127.0.0.1", 5006)
    c6 = socket.create_connection(("127.0.0.1", 5006))
    s6, _ = l6.accept()
    c6.close()
    time.sleep(0.05)
    s6.close()
    # IPv6 established pair.
    c7 = connect(socket.AF_INET6, "::1", 5002)
    # SYN_SENT: a listener whose accept queue is full drops further SYNs.
    l8 = listener(socket.AF_INET, "127.0.0.1", 5008, backlog=0)
    connect(socket.AF_INET, "127.0.0.1", 5008)
    time.sleep(0.05)
    connect(socket.AF_INET, "127.0.0.1", 5008, blocking=False)
    connect(socket.AF_INET, "127.0.0.1", 5008, blocking=False)
    # UDP: unconnected v4 and v6, and a connected one.
    u1 = keep(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
    u1.bind(("127.0.0.1", 5353))
    u2 = keep(socket.socket(socket.AF_INET6, socket.SOCK_DGRAM))
    u2.bind(("::1", 5354))
    u3 = keep(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
    u3.connect(("127.0.0.1", 5353))
    u3.send(b"y" * 10)
    time.sleep(0.2)
    del c7, l1, l8
    desc["pid"] = os.getpid()
    print("READY " + json.dumps(desc), flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main()
