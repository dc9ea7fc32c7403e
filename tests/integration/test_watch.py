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


class Tmux:
    """A tmux server of this test alone: its socket lives in a directory of
    its own, removed by close() (tmux kill-server leaves the socket file)."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="sockls-watch-")
        self.sock = os.path.join(self.dir, "tmux")

    def close(self):
        self("kill-server")
        shutil.rmtree(self.dir, ignore_errors=True)

    def __call__(self, *args):
        return subprocess.run(["tmux", "-S", self.sock, *args], capture_output=True, text=True,
                              timeout=10).stdout

    def screen(self):
        return self("capture-pane", "-p", "-t", "w")

    def wait_for(self, pred, what, secs=6):
        end = time.time() + secs
        while time.time() < end:
            s = self.screen()
            if pred(s):
                return s
            time.sleep(0.2)
        fail("live view: %s; screen:\n%s" % (what, self.screen()))


def test_live():
    if not shutil.which("tmux"):
        skip("tmux is missing: cannot drive the live view")
    l = listener(7103)
    keep = [connect(l, 7103) for _ in range(2)]
    t = Tmux()
    t("new-session", "-d", "-s", "w", "-x", "150", "-y", "30", "sh")
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
        t("send-keys", "-t", "w", "q")
        s = t.wait_for(lambda s: "AFTER" in s, "q did not quit")
        if "BEFORE" not in s or "sort: remote" in s:
            fail("terminal not restored (alternate screen):\n" + s)
        if "-icanon" in s or "\nicanon" not in "\n" + "\n".join(x.strip() for x in s.splitlines()):
            fail("terminal mode not restored (icanon):\n" + repr(s))
        if t("display", "-p", "-t", "w", "#{alternate_on}").strip() != "0":
            fail("alternate screen still on")
        del cport
    finally:
        t.close()
    print("ok: live view in tmux: new shown, closed gone, sort by remote, q restores the terminal")


test_ndjson()
test_snapshots()
test_live()
