# SPDX-License-Identifier: MIT
"""Churn: sockets open and close continuously while sockls lists them in a
loop. Every listing must exit 0 and show no socket twice."""
import collections
import json
import os
import random
import resource
import socket
import struct
import subprocess
import threading
import time

from lib import fail, SOCKLS

DURATION = float(os.environ.get("CHURN_SECONDS", "8"))
# Two generators, each holding about POOL connections and never more than
# POOL_MAX (two descriptors each): within the Debian default of 1024.
POOL_MAX = min(400, (resource.getrlimit(resource.RLIMIT_NOFILE)[0] - 200) // 4)
POOL = POOL_MAX * 2 // 3
ready = threading.Barrier(3)
stop = threading.Event()
errors = []


def churn(port, seed):
    rng = random.Random(seed)
    lst = socket.socket()
    lst.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    lst.bind(("127.0.0.1", port))
    lst.listen(1024)
    ready.wait()
    pool = []
    linger0 = struct.pack("ii", 1, 0)
    try:
        while not stop.is_set():
            if len(pool) < POOL or (len(pool) < POOL_MAX and rng.random() < 0.5):
                c = socket.create_connection(("127.0.0.1", port))
                s, _ = lst.accept()
                pool.append((c, s))
            else:
                c, s = pool.pop(rng.randrange(len(pool)))
                if rng.random() < 0.8:  # most without TIME_WAIT, some with
                    c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger0)
                c.close()
                s.close()
    except OSError as e:
        errors.append(e)
    finally:
        for c, s in pool:
            c.close()
            s.close()
        lst.close()


threads = [threading.Thread(target=churn, args=(8000 + i, i)) for i in range(2)]
for t in threads:
    t.start()
# A positive control: a connection held from start to end and the two
# listeners must be in every listing (an empty listing has no duplicates).
anchor_l = socket.socket()
anchor_l.bind(("127.0.0.1", 8100))
anchor_l.listen(1)
anchor_c = socket.create_connection(("127.0.0.1", 8100))
anchor_s, _ = anchor_l.accept()
ap = "127.0.0.1:%d" % anchor_c.getsockname()[1]
MUST = {("127.0.0.1:8100", ap, "ESTABLISHED"), (ap, "127.0.0.1:8100", "ESTABLISHED"),
        ("127.0.0.1:8000", "0.0.0.0:*", "LISTEN"), ("127.0.0.1:8001", "0.0.0.0:*", "LISTEN")}
ready.wait(timeout=10)  # the generators' listeners are up
runs = 0
deadline = time.time() + DURATION
try:
    while time.time() < deadline:
        for args, kind in (((SOCKLS, "-tanH", "-e"), "table"),
                           ((SOCKLS, "-tan", "--json", "-e"), "json"),
                           ((SOCKLS, "-tanH", "-e", "--source", "proc"), "table"))[:int(os.environ.get("CHURN_VARIANTS", "3"))]:
            p = subprocess.run(args, capture_output=True, text=True, timeout=60)
            runs += 1
            if p.returncode != 0 or p.stderr:
                fail("%s: status %d, stderr %r" % (" ".join(args), p.returncode, p.stderr))
            if kind == "json":
                socks = json.loads(p.stdout)["sockets"]
                keys = [(s["inode"] or None, s["local"]["addr"], s["local"]["port"],
                         s["remote"]["addr"], s["remote"]["port"], s["state"]) for s in socks]
                seen = {("%s:%s" % (s["local"]["addr"], s["local"]["port"]),
                         "%s:%s" % (s["remote"]["addr"], s["remote"]["port"] or "*"), s["state"])
                        for s in socks}
            else:
                keys = []
                for line in p.stdout.splitlines():
                    f = line.split()
                    ino = [x for x in f if x.startswith("ino:")][0]
                    # -t alone: no Netid column (ss's rule), so State is f[0]
                    keys.append((ino if ino != "ino:0" else None, f[3], f[4], f[0]))
                seen = {(k[1], k[2], k[3]) for k in keys}
            if not MUST <= seen:
                if errors:
                    fail("generator failed: %r" % errors[:3])
                fail("%s: the test's own sockets are missing: %r (of %d rows)"
                     % (" ".join(args), sorted(MUST - seen), len(keys)))
            # A socket is its inode; inode-0 sockets (TIME_WAIT) their 4-tuple and state.
            ident = [k[0] if k[0] else k for k in keys]
            dup = [k for k, n in collections.Counter(ident).items() if n > 1]
            if dup:
                fail("%s listed a socket twice: %r" % (" ".join(args), dup[:3]))
finally:
    stop.set()
    for t in threads:
        t.join()
if errors:
    fail("generator failed: %r" % errors[:3])
if runs < 6:
    fail("only %d listings in %.0f s" % (runs, DURATION))
print("ok: %d listings under churn" % runs)
