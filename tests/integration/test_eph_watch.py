# SPDX-License-Identifier: MIT
# run.sh: alone: checks sockls's interval_ms and rates against its own clock (within 10% and 30%)
"""--ephemeral --watch against what this test does itself: a range of
40000-40099 with 40090-40099 reserved and 40050 pinned by a bind()-only
socket; after each NDJSON object the test opens 3 connections to 127.0.0.2
(held: the ports in use grow) and replaces 2 of the 4 to 127.0.0.3 (churn: new
connections, no growth), so it knows each refresh's new sockets, counts and
distinct ports exactly. Rates are checked against those counts over the
interval sockls reports (exactly) and over the test's own clock (loosely:
timing); time to exhaustion is headroom / growth. A tmux test drives the
live view (keys, q restores the terminal)."""
import json
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time

from lib import SOCKLS, fail, schema_validator, skip
from tmuxterm import Term, check_lines, note_counts

LOW, HIGH, RESERVED = 40000, 40099, set(range(40090, 40100))
USABLE = HIGH - LOW + 1 - len(RESERVED)
A, B = "127.0.0.2", "127.0.0.3"
GROW, CHURN = 3, 2           # per refresh: new held connections to A, replaced ones to B


def sysctl(name, value):
    with open("/proc/sys/net/ipv4/" + name, "w") as f:
        f.write(value)


sysctl("ip_local_port_range", "%d %d" % (LOW, HIGH))
sysctl("ip_local_reserved_ports", "40090-40099")
bound = socket.socket()
bound.bind(("127.0.0.1", 40050))   # bind()-only: pins 40050 for every destination
PINNED = {40050}
CONNECT_USABLE = USABLE - len(PINNED)
servers = {}
for addr in (A, B):
    s = socket.socket()
    s.bind((addr, 5000))
    s.listen(128)
    servers[addr] = s
conns = {A: [], B: []}       # (client, accepted) pairs, oldest first
udp = []


validate = schema_validator("ephemeral_watch")


def open_conn(addr, avoid=()):
    """A connection to addr whose local port is none of avoid (a port closed
    in this interval: the same 4-tuple again would rightly not be new)."""
    for _ in range(20):
        c = socket.create_connection((addr, 5000))
        a, _ = servers[addr].accept()
        if c.getsockname()[1] not in avoid:
            conns[addr].append((c, a))
            return
        reset(c, a)
    fail("connect() kept picking a port just closed")


def reset(c, a):
    # RST: the client's port is free at once (no TIME_WAIT on the ephemeral side)
    c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    c.close()
    a.close()


def act(step):
    """What the test does between two refreshes."""
    for _ in range(GROW):
        open_conn(A)
    closed = set()
    for _ in range(CHURN):
        c, a = conns[B].pop(0)
        closed.add(c.getsockname()[1])
        reset(c, a)
    for _ in range(CHURN):
        open_conn(B, closed)
    if step == 3:
        u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        u.bind(("127.0.0.1", 0))
        udp.append(u)


def truth():
    ports = {c.getsockname()[1] for v in conns.values() for c, _ in v}
    return {"count": {k: len(v) for k, v in conns.items()}, "in_use": len(ports | PINNED),
            "udp": len(udp)}


def near(got, want, rel, what):
    if abs(got - want) > rel * abs(want) + 1e-9:
        fail("%s: %r, expected %r (within %g%%)" % (what, got, want, rel * 100))


def check_rates(o, key, new, now, then, headroom, clock_s):
    """o's rate members against counts the test knows; exact over sockls's
    interval_ms (itself checked against the test's clock in test_ndjson),
    within 30% over the test's own clock."""
    ivl = OBJ["interval_ms"] / 1000.0
    if o["new"] != new:
        fail("%s: new %r, expected %d" % (key, o["new"], new))
    near(o["new_per_s"], new / ivl, 1e-9, key + " new_per_s over interval_ms")
    near(o["growth_per_s"], (now - then) / ivl, 1e-9, key + " growth_per_s over interval_ms")
    if new:
        near(o["new_per_s"], new / clock_s, 0.3, key + " new_per_s over the test's clock")
    if now > then:
        if not o["exhausting"]:
            fail("%s: growing but not exhausting: %r" % (key, o))
        near(o["exhaustion_s"], headroom / ((now - then) / ivl), 1e-6, key + " exhaustion_s")
        near(o["exhaustion_s"], headroom / ((now - then) / clock_s), 0.3,
             key + " exhaustion_s over the test's clock")
    elif o["exhausting"] is not False or o["exhaustion_s"] is not None:
        fail("%s: no growth, yet %r" % (key, o))


def test_ndjson():
    global OBJ
    for _ in range(2):
        open_conn(A)
    for _ in range(4):
        open_conn(B)
    p = subprocess.Popen([SOCKLS, "--ephemeral", "--watch=0.5", "--ndjson"],
                         stdout=subprocess.PIPE, text=True)
    prev, synced, step = None, 0, 0
    ivl_sum = clock_sum = 0.0
    try:
        while step < 8:
            line = p.stdout.readline()
            got_at = time.time()
            if not line:
                fail("sockls ended early (status %r)" % p.poll())
            OBJ = o = json.loads(line)
            validate(o)
            t = truth()
            want = {"low": LOW, "high": HIGH, "usable": USABLE, "usable_connect": CONNECT_USABLE}
            for k, v in want.items():
                if o[k] != v:
                    fail("%s: %r, expected %r" % (k, o[k], v))
            if o["tcp"]["in_use"] != t["in_use"] or o["udp"]["in_use"] != t["udp"]:
                fail("in use: tcp %r udp %r, expected %r" % (o["tcp"], o["udp"], t))
            dests = {d["remote"]["addr"]: d for d in o["destinations"]}
            for addr in (A, B):
                d = dests.get(addr)
                if not d or d["count"] != t["count"][addr] or \
                        d["headroom"] != CONNECT_USABLE - t["count"][addr]:
                    fail("destination %s: %r, expected count %d" % (addr, d, t["count"][addr]))
            if prev is None:
                if o["interval_ms"] is not None or any(
                        x[k] is not None for x in (o["tcp"], o["udp"], *o["destinations"])
                        for k in ("new", "new_per_s", "growth_per_s", "exhausting", "exhaustion_s")):
                    fail("first refresh has rates: %r" % o)
            else:
                # interval_ms, by which the rates are divided, is the program's
                # own figure: it must be the time that really passed (the
                # test's clock) and about the --watch=0.5 asked for.
                ivl_sum += o["interval_ms"] / 1000.0
                clock_sum += got_at - prev["got_at"]
                if not 0.45 <= o["interval_ms"] / 1000.0 <= 1.5:
                    fail("interval_ms %r for --watch=0.5" % o["interval_ms"])
            if prev is not None and prev["acted_before"] < o["time"]:
                synced += 1
                clock = got_at - prev["got_at"]
                check_rates(dests[A], "dest " + A, GROW, t["count"][A], prev["t"]["count"][A],
                            CONNECT_USABLE - t["count"][A], clock)
                check_rates(dests[B], "dest " + B, CHURN, t["count"][B], prev["t"]["count"][B],
                            CONNECT_USABLE - t["count"][B], clock)
                check_rates(o["tcp"], "tcp", GROW + CHURN, t["in_use"], prev["t"]["in_use"],
                            USABLE - t["in_use"], clock)
                check_rates(o["udp"], "udp", int(step == 3), t["udp"], prev["t"]["udp"],
                            USABLE - t["udp"], clock)
            step += 1
            act(step)
            prev = {"t": t, "got_at": got_at, "acted_before": time.time()}
    finally:
        p.terminate()
        p.wait(timeout=5)
    if p.returncode != 0:
        fail("--ephemeral --watch --ndjson ended with %d on SIGTERM" % p.returncode)
    # The test acts right after each object; under heavy load an action may
    # straddle a refresh, and that refresh is not compared exactly.
    if synced < 5:
        fail("only %d of 7 refreshes fell between the test's actions" % synced)
    near(ivl_sum, clock_sum, 0.1, "the sum of interval_ms against the test's clock")
    print("ok: NDJSON rates and time to exhaustion match the test's counts (%d refreshes)" % synced)


def row(screen, remote):
    for ln in screen.splitlines():
        f = ln.split()
        if len(f) == 10 and f[2] == remote:
            return f
    return None


def test_live():
    if not shutil.which("tmux"):
        skip("tmux is missing: cannot drive the live view")
    t = Term("live", 150, 30, "sh", 8)
    try:
        t("send-keys", "-t", "w", "echo BE''FORE; %s --ephemeral --watch=0.5; stty -a | "
          "grep -o -- '-*icanon' ; echo AF''TER" % SOCKLS, "Enter")
        t.wait_for(lambda s: "sort: ports" in s and "Exhausted in" in s, "no header")

        def tick():
            if len(conns[A]) < 70:
                open_conn(A)
            c, a = conns[B].pop(0)
            port = c.getsockname()[1]
            reset(c, a)
            open_conn(B, {port})

        def grows_and_churns(s):
            ra, rb = row(s, A + ":5000"), row(s, B + ":5000")
            # Proto Local Remote Ports TIME_WAIT Headroom %Usable New/s Growth/s Exhausted-in
            return (ra and rb and ra[7] != "?" and float(ra[7]) > 0 and float(ra[8]) > 0 and
                    ra[9][-1] in "smhd" and float(rb[7]) > 0 and rb[9] == "never")

        s = t.wait_for(grows_and_churns, "no growing destination and churning one", 10, tick)
        if not any(ln.startswith("tcp ") and ln.split()[-1] != "?" for ln in s.splitlines()):
            fail("no namespace tcp line:\n" + s)
        t("send-keys", "-t", "w", "e")
        t.wait_for(lambda s: "sort: exhaustion" in s, "sort key did not change")
        s = t.screen()
        if row(s, A + ":5000") is None or s.index(A + ":5000") > s.index(B + ":5000"):
            fail("sort by exhaustion: the growing destination is not first:\n" + s)
        t.quit_from("sort: exhaustion")
    finally:
        t.close()
    print("ok: live view in tmux: New/s, Growth/s, Exhausted in, sort by exhaustion, q restores")


test_ndjson()
test_live()
print("ok")


# --- The live view at 80x24 (issue 27 item 16, issue 26 item 8): Growth/s and
# Exhausted in stay, destinations that do not fit are counted and scroll,
# Ctrl-Z gives the terminal back and fg redraws.
import re


def dest_rows(screen):
    """Remote -> the row's fields, for the rows of destinations on screen."""
    rows = {}
    for ln in screen.split("\n"):
        f = ln.split()
        if len(f) == 10 and f[0] in ("tcp", "udp") and f[2].endswith(":5000"):
            rows[f[2].rsplit(":", 1)[0]] = f
    return rows


def test_live_80():
    extra = ["127.0.1.%d" % i for i in range(1, 31)]
    for i, addr in enumerate(extra):
        s = socket.socket()
        s.bind((addr, 5000))
        s.listen(16)
        servers[addr] = s
        conns[addr] = []
        for _ in range(i % 3 + 1):
            open_conn(addr)
    want = {addr: len(v) for addr, v in conns.items() if v}
    t = Term("eph80")
    try:
        t.run("%s --ephemeral --watch=0.5" % SOCKLS)
        s = t.wait_for(lambda s: note_counts(s) and "Exhausted in" in s, "no screen", 10)
        check_lines(s, "sockls --ephemeral --watch", "80x24")
        lines = s.split("\n")
        head = [ln for ln in lines if ln.startswith("Proto") and "Remote" in ln]
        if not head or not head[0].rstrip().endswith("Growth/s Exhausted in"):
            fail("80 columns: destination header lacks Growth/s or Exhausted in:\n" + s)
        rows = dest_rows(s)
        hidden, above, below = note_counts(s)
        note_at = [i for i, ln in enumerate(lines) if ln.startswith("... ")]
        if len(rows) + hidden != len(want) or above or note_at != [22]:
            fail("%d destinations shown, %d counted hidden, the test made %d; the note on "
                 "line %r:\n%s" % (len(rows), hidden, len(want), note_at, s))
        seen = {}
        for key in ("Home", "NPage", "NPage", "End", "k"):
            t("send-keys", "-t", "w", key)
            if key == "k":
                s = t.wait_for(lambda s: note_counts(s) == (hidden, hidden - 1, 1), "k")
            elif key == "End":
                s = t.wait_for(lambda s: note_counts(s) == (hidden, hidden, 0), "End")
            else:
                time.sleep(0.6)
                s = t.screen()
            check_lines(s, "sockls --ephemeral --watch", key)
            seen.update(dest_rows(s))
        if set(seen) != set(want):
            fail("scrolling showed %r, the test made %r" % (sorted(seen), sorted(want)))
        for addr, f in seen.items():
            # Ports, Growth/s, Exhausted in
            if int(f[3]) != want[addr] or not re.match(r"^([+-]\d+\.\d|\?)$", f[8]) or \
                    not re.match(r"^(never|\?|>999d|[\d.]+[smhd].*)$", f[9]):
                fail("destination %s: %r, the test holds %d connections" % (addr, f, want[addr]))
        t.ctrl_z_fg(lambda s: "Exhausted in" in s and note_counts(s), "--ephemeral --watch")
        t.quit_restored("q after fg")
    finally:
        t.close()
    print("ok: 80x24: %d destinations, %d shown and %d counted, scrolled; Growth/s and "
          "Exhausted in kept; Ctrl-Z and fg" % (len(want), len(want) - hidden, hidden))


def test_pipe_closed():
    """Control: --ephemeral --watch | head -1 ends quietly with status 0."""
    for args in (["--ephemeral", "--watch=0.2"], ["--ephemeral", "--watch=0.2", "--ndjson"]):
        p = subprocess.run(["bash", "-c", "timeout 10 %s %s | head -1 >/dev/null; "
                            "echo ${PIPESTATUS[0]}" % (SOCKLS, " ".join(args))],
                           capture_output=True, text=True, timeout=20)
        if p.stdout.strip() != "0" or p.stderr:
            fail("sockls %s | head -1: status %r, stderr %r" % (" ".join(args), p.stdout, p.stderr))
    print("ok: --ephemeral --watch | head -1 ends quietly with status 0")


test_live_80()
test_pipe_closed()
