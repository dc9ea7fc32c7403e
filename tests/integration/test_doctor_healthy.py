# SPDX-License-Identifier: MIT
"""sockls --doctor on a healthy, busy namespace gives no finding at all:
false alarms are failures too. Five worker processes (each under 1024 open
files) each hold 400 loopback connections to their own listener (ports below
the ephemeral range) and echo small messages over all of them while the
doctor samples. Positive control: the same namespace with one connection
left unread by its peer gives a finding, so the check could fail."""
import json
import os
import socket
import subprocess
import sys
import time

from doctor_lib import doctor
from lib import fail, ss

WORKERS, CONNS = 5, 400

WORKER = r"""
import selectors, socket, sys, time
port, n = int(sys.argv[1]), int(sys.argv[2])
lst = socket.socket()
lst.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
lst.bind(("127.0.0.1", port))
lst.listen(1024)
cl, sv = [], []
for _ in range(n):
    c = socket.create_connection(("127.0.0.1", port))
    cl.append(c)
    sv.append(lst.accept()[0])
sel = selectors.DefaultSelector()
for s in cl + sv:
    s.setblocking(False)
for s in sv:
    sel.register(s, selectors.EVENT_READ, "echo")
for c in cl:
    sel.register(c, selectors.EVENT_READ, "reply")
print("READY", flush=True)
sent = 0
stop = time.time() + float(sys.argv[3])
while time.time() < stop:
    for c in cl:
        c.send(b"ping" * 25)
        sent += 1
    done = 0
    while done < len(cl) and time.time() < stop:
        for key, _ in sel.select(0.2):
            data = key.fileobj.recv(65536)
            if key.data == "echo":
                key.fileobj.send(data)
            else:
                done += 1
print("SENT", sent, flush=True)
"""


def start_workers(seconds):
    ps = []
    for i in range(WORKERS):
        p = subprocess.Popen([sys.executable, "-c", WORKER, str(20000 + i), str(CONNS),
                              str(seconds)], stdout=subprocess.PIPE, text=True)
        ps.append(p)
    for p in ps:
        if p.stdout.readline().strip() != "READY":
            fail("a worker did not start")
    return ps


def stop_workers(ps):
    total = 0
    for p in ps:
        out = p.stdout.read()
        p.wait(timeout=30)
        total += int(out.split()[1]) if out.startswith("SENT") else 0
    return total


ps = start_workers(3.0)
estab = len(ss("-tanH", "state", "established").stdout.splitlines())
if estab < 2 * WORKERS * CONNS:
    fail("positive control: ss shows %d established, the test made %d"
         % (estab, 2 * WORKERS * CONNS))
rc, doc, err = doctor("--interval", "0.5", expect=None)
sent = stop_workers(ps)
if sent < WORKERS * CONNS:
    fail("the workers sent only %d messages: not busy" % sent)
if rc != 0 or doc["findings"]:
    fail("healthy namespace (%d connections, %d messages): exit %d, findings %s"
         % (WORKERS * CONNS, sent, rc, json.dumps(doc["findings"])[:3000]))
# tcp_max_orphans and tcp_mem are host-wide: a namespace other than the
# host's does not show them (the check says so); nothing else is missing.
host_only = os.path.exists("/proc/sys/net/ipv4/tcp_mem")
incomplete = [n for n in doc["not_checked"]
              if not (n["check"] == "host-limits" and not host_only and "host-wide" in n["reason"])]
if incomplete:
    fail("every check should run here: %s" % incomplete)

# The same check can fail: a receiver that does not read in this namespace.
lst = socket.socket()
lst.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
lst.bind(("127.0.0.1", 20100))
lst.listen(1)
snd = socket.create_connection(("127.0.0.1", 20100))
rcv, _ = lst.accept()
snd.setblocking(False)
try:
    while True:
        snd.send(b"z" * 65536)
except BlockingIOError:
    pass
time.sleep(0.5)
rc, doc, err = doctor("--interval", "0.2", expect=3)
if len(doc["findings"]) != 1 or doc["findings"][0]["check"] != "stalled":
    fail("positive control: one stalled socket, got %s" % doc["findings"])
print("ok: %d connections, %d messages, no finding; one unread receiver found"
      % (WORKERS * CONNS, sent))
