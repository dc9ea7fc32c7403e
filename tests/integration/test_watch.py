# SPDX-License-Identifier: MIT
"""--watch: the live view in a real terminal (tmux), the snapshot fallback
without a terminal and the --ndjson diff objects, against connections this
test opens and closes itself."""
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time

from lib import SOCKLS, fail, schema_validator, skip
from tmuxterm import Term, check_lines, note_counts

VALIDATE = {}


def check(obj, name):
    if name not in VALIDATE:
        VALIDATE[name] = schema_validator(name)
    VALIDATE[name](obj)


def listener(port):
    l = socket.socket()
    l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    l.bind(("127.0.0.1", port))
    l.listen(16)
    return l


def connect(l, port):
    c = socket.create_connection(("127.0.0.1", port))
    s, _ = l.accept()
    return c, s


def test_ndjson():
    l = listener(7101)
    a = connect(l, 7101)
    p = subprocess.Popen([SOCKLS, "--watch=0.3", "--ndjson", "-tn"], stdout=subprocess.PIPE, text=True)
    first = json.loads(p.stdout.readline())
    check(first, "watch_diff")
    ports = {(x["local"]["port"], x["remote"]["port"]) for x in first["added"]}
    if (a[0].getsockname()[1], 7101) not in ports:
        fail("first diff lacks the open connection: %r" % ports)
    b = connect(l, 7101)
    b[0].sendall(b"x" * 5000)
    b[1].recv(10000)
    bport = b[0].getsockname()[1]
    seen_add = seen_rm = False
    for _ in range(20):
        d = json.loads(p.stdout.readline())
        check(d, "watch_diff")
        if any(x["local"]["port"] == bport for x in d["added"]):
            seen_add = True
            b[0].close()
            b[1].close()
        elif seen_add and any(x["local"]["port"] == bport for x in d["removed"]):
            seen_rm = True
            break
    p.terminate()
    p.wait(timeout=5)
    if not (seen_add and seen_rm):
        fail("diffs: added %s removed %s for the second connection" % (seen_add, seen_rm))
    if p.returncode != 0:
        fail("--watch --ndjson ended with %d on SIGTERM" % p.returncode)
    l.close()
    print("ok: --ndjson diffs show the connection added and removed, schema-valid")


def test_snapshots():
    l = listener(7102)
    c = connect(l, 7102)
    p = subprocess.Popen([SOCKLS, "--watch=0.2", "-tn"], stdout=subprocess.PIPE, text=True)
    time.sleep(1.0)
    p.send_signal(2)
    out, _ = p.communicate(timeout=5)
    n = out.count("127.0.0.1:7102")
    heads = out.count("Local Address:Port")  # one kind: no Netid column (ss rule)
    if heads < 2 or n < 2 * heads - 1:
        fail("snapshot fallback: %d headers, %d rows of the connection:\n%s" % (heads, n, out))
    if p.returncode != 0:
        fail("snapshot fallback ended with %d on SIGINT" % p.returncode)
    c[0].close()
    l.close()
    print("ok: without a terminal, one listing per interval (%d)" % heads)


def test_live():
    if not shutil.which("tmux"):
        skip("tmux is missing: cannot drive the live view")
    l = listener(7103)
    keep = [connect(l, 7103) for _ in range(2)]
    t = Term("live", 150, 30, "sh", 6)
    try:
        t("send-keys", "-t", "w", "echo BE''FORE; %s --watch=0.3 -tn sport = :7103; stty -a | grep -o -- '-*icanon' ; echo AF''TER" % SOCKLS, "Enter")
        t.wait_for(lambda s: "sort: rate" in s, "no header")
        cport = keep[0][0].getsockname()[1]
        new = connect(l, 7103)
        nport = new[0].getsockname()[1]
        t.wait_for(lambda s: "127.0.0.1:%d" % nport in s, "new connection not shown")
        new[0].close()
        new[1].close()
        t.wait_for(lambda s: "127.0.0.1:%d" % nport not in s, "closed connection still shown", 8)
        t("send-keys", "-t", "w", "d")
        t.wait_for(lambda s: "sort: remote" in s, "sort key did not change")
        rows = [ln for ln in t.screen().splitlines() if "127.0.0.1:7103" in ln]
        peers = [int(ln.split()[3].rsplit(":", 1)[1]) for ln in rows]
        if peers != sorted(peers):
            fail("sort by remote: peers %r not in order" % peers)
        t.quit_from("sort: remote")
        del cport
    finally:
        t.close()
    print("ok: live view in tmux: new shown, closed gone, sort by remote, q restores the terminal")


test_ndjson()
test_snapshots()
test_live()


# --- The live view at 80x24 (issue 26 item 8, issue 27 item 16): rows of
# every kind as the table prints them, columns and rows that fit (what does
# not is counted and scrolls), keys read however slow a refresh is, Ctrl-Z and
# Ctrl-\ give the terminal back, a closed pipe ends the snapshots.
import re
import signal
import tempfile

from lib import sockls


def unix_row(line, socks):
    """(name, inode) of the test's socket a row shows, checking its Local
    cell is that socket's path and inode (whole, or elided in the middle)."""
    f = line.split()
    if len(f) < 5 or f[0] != "u_str" or not f[3].isdigit() or int(f[3]) not in socks:
        return None
    name, path = socks[int(f[3])]
    cell = f[2]
    if cell != path:
        head, _, tail = cell.partition("\u2026")
        if not _ or not path.startswith(head) or not path.endswith(tail):
            fail("row of %s shows %r:\n%s" % (path, cell, line))
    return name, int(f[3])


def test_unix_rows_scroll():
    """UNIX rows show their path and inode (not :::*), wide names fit their
    cell by columns, 24 lines hold 19 rows and count the rest, keys scroll."""
    d = tempfile.mkdtemp(prefix="w", dir="/tmp")
    names = ["sock%02d" % i for i in range(30)] + ["日本語%02d" % i for i in range(3)] + \
        ["e\u0301" + "長い名前のソケット" * 3 + ".sock"]
    socks, keep = {}, []
    for n in names:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.bind(os.path.join(d, n))
        s.listen(1)
        keep.append(s)
        socks[os.fstat(s.fileno()).st_ino] = (n, os.path.join(d, n))
    t = Term("unix")
    try:
        t.run("%s --watch=0.3 -xl 'src %s/*'" % (SOCKLS, d))
        s = t.wait_for(lambda s: "%d sockets" % len(names) in s and note_counts(s)
                       and "\n+" not in s, "no screen of the test's UNIX sockets")
        check_lines(s, "sockls --watch", "UNIX rows")
        if ":::*" in s:
            fail("UNIX rows shown as :::*:\n" + s)
        rows = [unix_row(ln, socks) for ln in s.split("\n")]
        rows = [r for r in rows if r]
        hidden, above, below = note_counts(s)
        if len(rows) != 24 - 5 or hidden != len(names) - len(rows) or above or below != hidden:
            fail("%d rows shown, note says %d hidden (%d above, %d below), the test bound %d:\n%s"
                 % (len(rows), hidden, above, below, len(names), s))
        seen = {r[1] for r in rows}
        t("send-keys", "-t", "w", "j")
        t.wait_for(lambda s: note_counts(s) == (hidden, 1, hidden - 1), "j did not scroll")
        t("send-keys", "-t", "w", "k")
        t.wait_for(lambda s: note_counts(s) == (hidden, 0, hidden), "k did not scroll back")
        for key, want in (("NPage", (hidden, hidden, 0)), ("Home", (hidden, 0, hidden)),
                          ("End", (hidden, hidden, 0)), ("Up", (hidden, hidden - 1, 1))):
            t("send-keys", "-t", "w", key)
            s = t.wait_for(lambda s: note_counts(s) == want, "%s: note not %r" % (key, want))
            check_lines(s, "sockls --watch", key)
            seen |= {r[1] for r in (unix_row(ln, socks) for ln in s.split("\n")) if r}
        if seen != set(socks):
            fail("scrolling never showed %r" % sorted(socks[i][0] for i in set(socks) - seen))
        t("send-keys", "-t", "w", "q")
        t.restored("q after scrolling")
    finally:
        t.close()
        for s in keep:
            s.close()
        shutil.rmtree(d)
    print("ok: 80x24: %d UNIX rows with their paths and inodes, %d shown and %d counted, "
          "scrolled by j/k PgDn Home End Up" % (len(names), len(rows), hidden))


def test_kinds():
    """Packet and netlink rows as the table prints them."""
    nl = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0)   # NETLINK_ROUTE
    portid = 0x7f000000 + os.getpid() % 0xffff
    nl.bind((portid, 0))
    pk = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0003))
    pk.bind(("lo", 0))
    want = sockls("-A", "netlink,packet", "-a", "-n").stdout
    t = Term("kinds")
    try:
        t.run("%s --watch=0.3 -A netlink,packet -a" % SOCKLS)
        s = t.wait_for(lambda s: re.search(r"^  p_raw", s, re.M), "no packet row")
        if ":::*" in s:
            fail("netlink/packet rows shown as :::*:\n" + s)
        pkt = [ln for ln in s.split("\n") if ln.split()[:1] == ["p_raw"]]
        nlr = [ln for ln in s.split("\n") if "rtnl:%d " % portid in ln]
        if not pkt or pkt[0].split()[2] != "*:lo" or "*:lo" not in want:
            fail("packet row is not *:lo as the table says:\n%s\ntable:\n%s" % (s, want))
        if not nlr or "rtnl:%d " % portid not in want:
            fail("netlink row of port id %d missing:\n%s\ntable:\n%s" % (portid, s, want))
        t("send-keys", "-t", "w", "q")
        t.restored("q")
    finally:
        t.close()
        nl.close()
        pk.close()
    print("ok: packet (*:lo) and netlink (rtnl:%d) rows as the table prints them" % portid)


def test_fit_80():
    """At 80 columns Tx B/s, Rx B/s and Owner stay: the addresses give way."""
    l = listener(7104)
    conns = [connect(l, 7104) for _ in range(3)]
    comm = open("/proc/self/comm").read().strip()
    t = Term("fit")
    try:
        t.run("%s --watch=0.3 -tnp 'sport = :7104 or dport = :7104'" % SOCKLS)
        s = t.wait_for(lambda s: "6 sockets" in s, "no screen of the 6 connections")
        check_lines(s, "sockls --watch", "-p at 80 columns")
        head = [ln for ln in s.split("\n") if "Netid" in ln]
        if not head or not all(w in head[0] for w in ("Tx B/s", "Rx B/s", "Owner")):
            fail("80 columns: header lacks Tx B/s, Rx B/s or Owner:\n" + s)
        rows = [ln for ln in s.split("\n") if "7104" in ln]
        own = "%s(%d)" % (comm, os.getpid())
        if len(rows) != 6 or not all(ln.rstrip().endswith(own) for ln in rows):
            fail("80 columns: not 6 rows ending in the owner %s:\n%s" % (own, s))
        t("send-keys", "-t", "w", "q")
        t.restored("q")
    finally:
        t.close()
        for c in conns:
            c[0].close()
            c[1].close()
        l.close()
    print("ok: 80 columns keep Tx B/s, Rx B/s and Owner (%s)" % own)


def slow_proc_tree(d, n):
    """A saved /proc with n established TCP sockets: a refresh reads and
    keeps them all (about 0.3 s), longer than --watch=0.1."""
    os.makedirs(os.path.join(d, "net"))
    with open(os.path.join(d, "net", "tcp"), "w") as f:
        f.write("  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt"
                "   uid  timeout inode\n")
        for i in range(n):
            f.write("%4d: 0100007F:%04X 0200007F:%04X 01 00000000:00000000 00:00000000 00000000"
                    "     0        0 %d 1 0000000000000000 20 4 30 10 -1\n"
                    % (i, 1024 + i % 60000, 5000 + i // 60000, 100000 + i))


def test_slow_refresh():
    """A refresh longer than the interval: keys typed meanwhile are all read
    after it, and q quits within a refresh or two."""
    n = 150000
    with tempfile.TemporaryDirectory() as d:
        slow_proc_tree(d, n)
        t0 = time.time()
        sockls("--proc-root", d, "-tn", "-H")
        one = time.time() - t0
        t = Term("slow")
        try:
            t.run("%s --watch=0.1 --proc-root %s -tn" % (SOCKLS, d))
            t.wait_for(lambda s: "%d sockets" % n in s, "no screen of %d sockets" % n, 30)
            t("send-keys", "-t", "w", "j", "j", "j")
            t.wait_for(lambda s: note_counts(s) and note_counts(s)[1] == 3,
                       "3 x j during slow refreshes did not scroll by 3", 10 + 6 * one)
            t("send-keys", "-t", "w", "q")
            start = time.time()
            t.restored("q during slow refreshes")
            took = time.time() - start
        finally:
            t.close()
    if took > 5 * one + 3:
        fail("q took %.1fs with a refresh of %.1fs" % (took, one))
    print("ok: refreshes of %.2fs at --watch=0.1: j j j scrolled by 3, q quit in %.2fs"
          % (one, took))


def test_suspend_quit():
    """Ctrl-Z gives the terminal back (normal screen, cursor, icanon), fg
    takes it again and redraws; Ctrl-\\ gives it back before quitting."""
    l = listener(7105)
    c = connect(l, 7105)
    t = Term("tstp")
    after = "echo ST$?; stty -a | grep -o -- '-*icanon'; echo AF''TER"
    try:
        # alone on its line: bash goes on with a list when a job stops
        t("send-keys", "-t", "w", "clear; %s --watch=0.3 -tn sport = :7105" % SOCKLS, "Enter")
        t.wait_for(lambda s: "sort: rate" in s and ":7105" in s, "no live view")
        if t.flags() != ("1", "0"):
            fail("live view: alternate screen / cursor %r" % (t.flags(),))
        t.ctrl_z_fg(lambda s: "sort: rate" in s and "127.0.0.1:7105" in s, "--watch")
        t("send-keys", "-t", "w", "s")
        t.wait_for(lambda s: "sort: state" in s, "keys dead after fg")
        t.quit_restored("q after fg")
        t("send-keys", "-t", "w", "clear; %s --watch=0.3 -tn sport = :7105; %s" % (SOCKLS, after),
          "Enter")
        t.wait_for(lambda s: "sort: rate" in s and t.flags() == ("1", "0"), "no live view")
        t("send-keys", "-t", "w", "C-\\")
        t.restored("Ctrl-\\ (SIGQUIT: status 131)", "131")
    finally:
        t.close()
        c[0].close()
        c[1].close()
        l.close()
    print("ok: Ctrl-Z restores the terminal, fg redraws, Ctrl-\\ restores and quits (131)")


def test_pipe_closed():
    """sockls --watch | head -1 ends when head does, quietly, status 0."""
    l = listener(7106)
    for args in (["--watch=0.2", "-t"], ["--watch=0.2", "--json", "-t"],
                 ["--watch=0.2", "--ndjson", "-t"]):
        cmd = "%s %s | head -1 >/dev/null; echo ${PIPESTATUS[0]}" % (SOCKLS, " ".join(args))
        p = subprocess.Popen(["bash", "-c", cmd], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, start_new_session=True)
        try:
            out, err = p.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)  # the group this test started
            p.communicate()
            fail("sockls %s | head -1 did not end within 10 s" % " ".join(args))
        if out.strip() != "0" or err:
            fail("sockls %s | head -1: status %r, stderr %r" % (" ".join(args), out, err))
    l.close()
    print("ok: --watch (table, --json, --ndjson) | head -1 ends quietly with status 0")


test_unix_rows_scroll()
test_kinds()
test_fit_80()
test_slow_refresh()
test_suspend_quit()
test_pipe_closed()
