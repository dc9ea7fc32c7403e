# SPDX-License-Identifier: MIT
# run.sh: alone: --all-netns as nobody counts the namespaces it cannot read, the other tests' too
"""--output FILE (issue 26 item 1): only a regular file (or none) is replaced,
only by a complete, successful run (one that could not read some namespaces
exits 1 and leaves the last complete file), keeping its owner, group and mode; any
other target (device node, FIFO, socket, directory, symbolic link) is refused
and left as it was; --watch with --output keeps FILE whole at every refresh
(--ndjson and -E streams are refused); no FILE.tmp.* survives a signal.
The positive control: a successful run does replace FILE, with the test's
own listener in it."""
import os
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import time

from lib import SOCKLS, fail

# root of the host, not of run.sh's user namespace (unshare -rn as a user)
ROOT = os.geteuid() == 0 and open("/proc/self/uid_map").read().split()[:3] == ["0", "0", "4294967295"]
OLD = "old complete content\n"


def sockls(*args, user=None, timeout=60):
    cmd = [SOCKLS, *args]
    if user:
        cmd = ["runuser", "-u", user, "--", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def put(path, text=OLD, mode=0o640):
    with open(path, "w") as f:
        f.write(text)
    os.chmod(path, mode)


def leftovers(d):
    return [n for n in os.listdir(d) if ".tmp." in n]


d = tempfile.mkdtemp(prefix="sockls-out-")
os.chmod(d, 0o755)
target = os.path.join(d, "listing.prom")
l = socket.socket()
l.bind(("127.0.0.1", 7401))
l.listen()

# Positive control: a good run replaces the file, keeps its mode (0640, not 0644).
put(target)
p = sockls("--prometheus", "--output", target)
if p.returncode != 0 or "7401" not in open(target).read():
    fail("positive control: status %d, %r" % (p.returncode, p.stderr))
st = os.stat(target)
if stat.S_IMODE(st.st_mode) != 0o640:
    fail("the replaced file lost its mode: %o (was 0640)" % stat.S_IMODE(st.st_mode))

# Not a regular file: refused (status 2), left alone, nothing beside it.
specials = {"fifo": lambda p: os.mkfifo(p), "dir": lambda p: os.mkdir(p),
            "symlink": lambda p: os.symlink(target, p)}
sk = socket.socket(socket.AF_UNIX)
specials["socket"] = lambda p: sk.bind(p)
if ROOT:
    specials["null"] = lambda p: os.mknod(p, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
for name, make in specials.items():
    path = os.path.join(d, name)
    make(path)
    before = os.lstat(path)
    content = open(target).read()
    p = sockls("-t", "--output", path)
    after = os.lstat(path)
    if p.returncode != 2 or "regular file" not in p.stderr:
        fail("--output on a %s: status %d, %r" % (name, p.returncode, p.stderr))
    if stat.S_IFMT(after.st_mode) != stat.S_IFMT(before.st_mode) or after.st_ino != before.st_ino:
        fail("--output replaced the %s %s" % (name, path))
    if open(target).read() != content:
        fail("--output through the symlink %s changed its target" % path)
for alias in ("/dev/stdout", "/dev/null"):
    p = sockls("-t", "--output", alias)
    if p.returncode != 2 or not stat.S_ISCHR(os.stat("/dev/null").st_mode):
        fail("--output %s: status %d, %r" % (alias, p.returncode, p.stderr))

# A namespace the user cannot enter (--all-netns as nobody, in a mount
# namespace of this test's own): status 1, the count on stdout's exposition,
# and FILE left as it was (issue 26: a failed run replaces nothing; its
# sockls_last_success_timestamp_seconds ages, which monitoring sees).
if ROOT:
    os.chmod(d, 0o777)
    put(target)
    os.chown(target, 65534, 65534)
    script = ("mkdir -p /run/netns && mount -t tmpfs none /run/netns && ip netns add sockls-out && "
              "runuser -u nobody -- %s --all-netns --prometheus --output %s" % (SOCKLS, target))
    p = subprocess.run(["unshare", "-m", "bash", "-c", script], capture_output=True, text=True,
                       timeout=60)
    if p.returncode != 1 or "CAP_SYS_ADMIN" not in p.stderr:
        fail("--all-netns as nobody: status %d, %r" % (p.returncode, p.stderr))
    if open(target).read() != OLD:
        fail("--all-netns as nobody (status 1): FILE was replaced by an incomplete run")
    script = ("mkdir -p /run/netns && mount -t tmpfs none /run/netns && ip netns add sockls-out && "
              "runuser -u nobody -- %s --all-netns --prometheus" % SOCKLS)
    p = subprocess.run(["unshare", "-m", "bash", "-c", script], capture_output=True, text=True,
                       timeout=60)
    unreadable = [l for l in p.stdout.splitlines() if l.startswith("sockls_netns_unreadable ")]
    if p.returncode != 1 or len(unreadable) != 1 or int(unreadable[0].split()[1]) < 1:
        fail("--all-netns --prometheus as nobody: the unreadable namespaces counted: %r"
             % unreadable)
    # a good run as nobody keeps nobody's 0640 file 0640 and nobody's
    p = sockls("--prometheus", "--output", target, user="nobody")
    st = os.stat(target)
    if p.returncode != 0 or (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) != (65534, 65534, 0o640):
        fail("as nobody: status %d %r, file %d:%d %o" % (p.returncode, p.stderr, st.st_uid,
                                                          st.st_gid, stat.S_IMODE(st.st_mode)))
    # root replacing nobody's file keeps it nobody's
    p = sockls("--prometheus", "--output", target)
    st = os.stat(target)
    if p.returncode != 0 or (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) != (65534, 65534, 0o640):
        fail("as root: status %d, file %d:%d %o (was 65534:65534 0640)"
             % (p.returncode, st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)))
    os.chmod(d, 0o755)

# --watch: every refresh leaves FILE whole (it used to be emptied each time);
# the streams are refused.
put(target)
w = subprocess.Popen([SOCKLS, "--watch=0.1", "-tln", "--output", target],
                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
seen = 0
end = time.time() + 1.5
while time.time() < end:
    text = open(target).read()
    if text != OLD and ":7401" not in text:
        w.kill()
        fail("--watch --output: FILE read as %r" % text[:200])
    seen += ":7401" in text
    time.sleep(0.01)
w.send_signal(signal.SIGTERM)
err = w.communicate(timeout=10)[1]
if w.returncode != 0 or not seen:
    fail("--watch --output: status %d, %r, listener seen %d times" % (w.returncode, err, seen))
for args in (["--watch", "--ndjson"], ["-E"]):
    p = sockls(*args, "--output", target)
    if p.returncode != 2 or "stream" not in p.stderr:
        fail("%s --output: status %d, %r" % (" ".join(args), p.returncode, p.stderr))

# Signals at any moment of a run leave no temporary file. A big /proc fixture
# makes a run last long enough to be caught in the middle.
fx = tempfile.mkdtemp(prefix="sockls-outfx-")
os.mkdir(os.path.join(fx, "net"))
with open(os.path.join(fx, "net", "tcp"), "w") as f:
    f.write("  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt"
            "   uid  timeout inode\n")
    for i in range(60000):
        f.write("%4d: 0100007F:%04X 0100007F:1F90 01 00000000:00000000 00:00000000 00000000"
                "     0        0 %d 1 0000000000000000 20 4 30 10 -1\n" % (i, 1024 + i, 100000 + i))
for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
    for delay in (0.05, 0.15, 0.3):
        put(target)
        s = subprocess.Popen([SOCKLS, "--proc-root", fx, "-tan", "--output", target],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        s.send_signal(sig)
        s.wait(timeout=30)
        text = open(target).read()
        if leftovers(d):
            fail("signal %d after %.2fs left %r" % (sig, delay, leftovers(d)))
        if text != OLD and not text.endswith("\n"):
            fail("signal %d: FILE is a partial listing" % sig)
p = subprocess.run(["timeout", "0.2", SOCKLS, "--proc-root", fx, "-tan", "--output", target],
                   capture_output=True)
if leftovers(d):
    fail("timeout left %r" % leftovers(d))
# Without /proc/self/fd (an empty /proc in a mount namespace of the test's
# own) the file is FILE.tmp.XXXXXX: seen while the run goes on, removed by
# the signal handler.
if ROOT:
    seen = 0
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT, signal.SIGQUIT):
        put(target)
        s = subprocess.Popen(["unshare", "-m", "sh", "-c", "mount -t tmpfs none /proc && exec "
                              "\"$0\" \"$@\"", SOCKLS, "--proc-root", fx, "-tan", "--output",
                              target], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        end = time.time() + 5
        while not leftovers(d) and s.poll() is None and time.time() < end:
            time.sleep(0.005)
        seen += bool(leftovers(d))
        s.send_signal(sig)
        s.wait(timeout=30)
        if s.returncode != -sig or leftovers(d) or open(target).read() != OLD:
            fail("signal %d with FILE.tmp: status %d, left %r" % (sig, s.returncode,
                                                                   leftovers(d)))
    if not seen:
        fail("positive control: FILE.tmp.XXXXXX was never seen without /proc/self/fd")
l.close()
shutil.rmtree(d)
shutil.rmtree(fx)
print("ok: --output replaces only regular files, only after a good run, keeping owner and mode;"
      " --watch keeps FILE whole; no temporary file survives a signal")
