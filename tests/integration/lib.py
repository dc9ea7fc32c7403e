# SPDX-License-Identifier: MIT
"""lib.py - shared pieces of the integration tests: the socket mix, running
sockls and ss, turning both outputs into comparable rows, and real cgroups
with processes in them."""
import collections
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOCKLS = os.environ.get("SOCKLS", os.path.join(HERE, "..", "..", "build", "sockls"))

SS_STATE = {
    "ESTAB": "ESTABLISHED", "SYN-SENT": "SYN_SENT", "SYN-RECV": "SYN_RECV",
    "FIN-WAIT-1": "FIN_WAIT1", "FIN-WAIT-2": "FIN_WAIT2", "TIME-WAIT": "TIME_WAIT",
    "UNCONN": "UNCONN", "CLOSE-WAIT": "CLOSE_WAIT", "LAST-ACK": "LAST_ACK",
    "LISTEN": "LISTEN", "CLOSING": "CLOSING",
}

Row = collections.namedtuple("Row", "proto state recv_q send_q local peer")


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def skip(msg):
    """A test that cannot run here says why (the last line) and exits 77;
    under CI=true that is a failure."""
    if os.environ.get("CI") == "true":
        fail("would skip under CI: " + msg)
    print(msg)
    sys.exit(77)


def skip_unprivileged(msg):
    """A test that needs real root (on the host, not in a user namespace).
    run.sh accepts this skip under CI=true only when it runs as a non-root
    user (the unprivileged CI step); as root it is a failure there."""
    print("unprivileged: " + msg)
    sys.exit(77)


def skip_part_unprivileged(msg):
    """One part of a test needs real root and is left out, saying so (run.sh
    counts it). Under CI=true only the unprivileged CI step (run.sh started
    by a non-root user) may leave it out."""
    if os.environ.get("CI") == "true" and os.environ.get("RUN_UID", "0") == "0":
        fail("would skip under CI as root: " + msg)
    print("SKIP part: unprivileged: " + msg)


def in_init_userns():
    with open("/proc/self/uid_map") as f:
        return f.read().split() == ["0", "0", "4294967295"]


def kernel_module(name):
    """Whether the running kernel has module NAME: "present" (loaded or built
    in), "loadable" (installed for this kernel but not loaded) or "absent"
    (not built in, not installed, or a kernel without module support)."""
    if os.path.isdir("/sys/module/" + name):
        return "present"
    pat = re.compile(r"(^|/)%s\.ko" % re.escape(name).replace("_", "[_-]"), re.M)
    base = "/lib/modules/" + os.uname().release
    for f, says in (("modules.builtin", "present"), ("modules.dep", "loadable")):
        try:
            with open(os.path.join(base, f)) as fh:
                if pat.search(fh.read()):
                    return says
        except OSError:
            pass
    return "absent"


def module_missing(name, what):
    """A part of a test needs kernel module NAME, which is not there. It is
    left out, saying so, only when the module is truly absent; one that is
    installed is loaded (modprobe), and if that fails the test fails."""
    state = kernel_module(name)
    if state == "loadable":
        if shutil.which("modprobe") and subprocess.run(["modprobe", name]).returncode == 0:
            return False
        fail("%s: kernel module %s is installed but not loaded (modprobe %s)" % (what, name, name))
    if state == "present":
        return False
    print("SKIP part: %s: kernel module %s is absent from this kernel" % (what, name))
    return True


SCHEMA_PY = os.path.join(HERE, "..", "schema", "validate.py")


def schema_check(text, what, ndjson=False):
    """Validates a sockls --json document (or --ndjson lines) against
    docs/sockls.schema.json with tests/schema/validate.py. The validator
    must have checked at least one document or line (an empty input proves
    nothing); python3-jsonschema missing is a skip, a failure under CI."""
    if not text.strip():
        fail("schema: %s: nothing to validate" % what)
    with tempfile.NamedTemporaryFile("w", suffix=".ndjson" if ndjson else ".json") as f:
        f.write(text)
        f.flush()
        p = subprocess.run([sys.executable, SCHEMA_PY, f.name], capture_output=True, text=True,
                           timeout=120)
    if p.returncode == 77:
        skip("python3 jsonschema is missing: cannot validate %s (install python3-jsonschema)"
             % what)
    m = re.search(r"(\d+) document\(s\)/line\(s\) valid", p.stdout)
    if p.returncode != 0 or not m or int(m.group(1)) < 1:
        fail("schema: %s: %s%s" % (what, p.stdout, p.stderr))


def schema_validator(name):
    """A function that validates one object against $defs/name of the schema,
    failing the test with the validator's message."""
    try:
        import jsonschema
    except ImportError:
        skip("python3 jsonschema is missing: cannot validate %s (install python3-jsonschema)"
             % name)
    with open(os.path.join(HERE, "..", "..", "docs", "sockls.schema.json")) as f:
        schema = json.load(f)
    v = jsonschema.Draft202012Validator({"$ref": "#/$defs/" + name, "$defs": schema["$defs"]})
    # A positive control: the validator must reject what is not a name object.
    if v.is_valid(None):
        fail("schema: $defs/%s accepts null: the validator checks nothing" % name)

    def check(obj):
        try:
            v.validate(obj)
        except jsonschema.ValidationError as e:
            fail("%s does not validate: %s\n%r" % (name, e.message, obj))
    return check


class Mix:
    """The known socket mix of sockmix.py, alive for the with-block."""

    def __init__(self, script="sockmix.py", args=()):
        self.cmd = [sys.executable, os.path.join(HERE, script), *args]

    def __enter__(self):
        self.p = subprocess.Popen(self.cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  text=True)
        line = self.p.stdout.readline()
        if not line.startswith("READY"):
            self.p.kill()
            fail("socket mix did not start: %r" % line)
        self.info = json.loads(line[6:])
        return self

    def __exit__(self, *exc):
        self.p.stdin.close()
        try:
            self.p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()


def run(cmd, expect=0, env=None):
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    if expect is not None and p.returncode != expect:
        fail("%s exited %d (expected %d)\nstdout: %s\nstderr: %s"
             % (" ".join(cmd), p.returncode, expect, p.stdout[-2000:], p.stderr[-2000:]))
    return p


def sockls(*args, expect=0, env=None):
    return run([SOCKLS, *args], expect=expect, env=env)


def ss(*args):
    return run(["ss", *args])


OWNER_NOTE = re.compile(r"^sockls: note: \d+ process(es)? could not be read \(another user's; "
                        r"run as root\): their sockets show no owner$")


NETNS_UNREAD = re.compile(r"^sockls: \d+ of \d+ network namespaces? could not be read: .+$")


def real_root():
    return os.geteuid() == 0 and in_init_userns()


def owner_note_only(stderr):
    """-p not as real root: the one note that other users' processes could
    not be read (as netstat -p), and nothing else. As real root: nothing."""
    lines = [l for l in stderr.splitlines() if l.strip()]
    if real_root():
        return not lines
    return len(lines) <= 1 and all(OWNER_NOTE.match(l) for l in lines)


def sockls_all_netns(*args, env=None):
    """sockls --all-netns ARGS. Real root enters every namespace: exit 0, no
    stderr. Without privilege on the host (a user namespace) the namespaces
    it may not enter or inspect are not read: sockls lists the rest, says how
    many on one line of stderr and exits 1; with owners asked, one note may
    say that other users' processes could not be read. Nothing else."""
    p = sockls("--all-netns", *args, expect=None, env=env)
    lines = [l for l in p.stderr.splitlines() if l.strip()]
    notes = [l for l in lines if OWNER_NOTE.match(l)]
    refusals = [l for l in lines if l not in notes]
    if real_root():
        good = p.returncode == 0 and not lines
    else:
        # one summary line of what could not be read, and then status 1
        good = len(notes) <= 1 and len(refusals) <= 1 and \
            all(NETNS_UNREAD.match(l) for l in refusals) and \
            p.returncode == (1 if refusals else 0)
    if not good:
        fail("sockls --all-netns %s: status %d, stderr %r" % (" ".join(args), p.returncode,
                                                            p.stderr))
    return p


def norm_ss_addr(a):
    # ss writes the unspecified address of a dual-stack socket as "*", and so
    # does sockls: nothing to normalise (issue 16: a V6ONLY listener "[::]"
    # and a dual-stack one "*" must stay apart).
    return a


def queue(text):
    """A Recv-Q/Send-Q cell: a number, or None for sockls's unknown "?"."""
    return None if text == "?" else int(text)


def parse_ss(text, proto=None, state=None):
    """ss rows. ss drops the Netid column when one protocol is asked for and
    the State column when one state is: proto and state (classic names) then
    say what they were."""
    rows = []
    for line in text.splitlines():
        f = line.split()
        if not f:
            continue
        p = proto
        if f[0] in ("tcp", "udp", "raw", "u_str", "u_dgr", "u_seq", "p_raw", "p_dgr"):
            p, f = f[0], f[1:]
        st = state
        if f[0] in SS_STATE:
            st, f = SS_STATE[f[0]], f[1:]
        rows.append(Row(p or "?", st or "?", int(f[0]), int(f[1]),
                        norm_ss_addr(f[2]), norm_ss_addr(f[3])))
    return collections.Counter(rows)


# What a sockls Netid and State cell can say (src/output/table.c, src/core/sock.c).
NETIDS = ("tcp", "udp", "raw", "u_str", "u_dgr", "u_seq", "u_???", "p_raw", "p_dgr", "nl",
          "mptcp", "sctp", "v_str", "v_dgr", "packet", "netlink", "vsock")
STATES = set(SS_STATE.values()) | {"SYN_RECV", "CLOSE", "UNKNOWN", "BOUND_INACTIVE"}


def parse_table(text, proto=None, state=None):
    """sockls table rows (no header) as Rows; the Service column is ignored.
    Like ss, sockls drops Netid when one kind is listed and State when one
    state is asked: proto and state then say what they were ("?" if None)."""
    rows = []
    for line in text.splitlines():
        f = line.split()
        if not f:
            continue
        p = proto
        if f[0] in NETIDS:
            p, f = f[0], f[1:]
        st = state
        if f[0] in STATES:
            st, f = f[0], f[1:]
        rows.append(Row(p or "?", st or "?", queue(f[0]), queue(f[1]), f[2], f[3]))
    return collections.Counter(rows)


def as_proc_sees(rows):
    """Netlink rows as /proc can know them (issue 16, the documented list):
    no LISTEN backlog (Send-Q "?"), no IPV6_V6ONLY (a dual-stack "*" stays
    "[::]")."""
    out = collections.Counter()
    for r, n in rows.items():
        if r.state == "LISTEN":
            r = r._replace(send_q=None)
        if r.local.startswith("*:"):
            r = r._replace(local="[::]:" + r.local[2:], peer="[::]:" + r.peer[2:])
        out[r] += n
    return out


def same(a, b, what):
    if a != b:
        only_a = a - b
        only_b = b - a
        fail("%s differ\n  only in first: %s\n  only in second: %s"
             % (what, sorted(only_a.elements()), sorted(only_b.elements())))


PROM_LABEL = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')


def prom_key(series):
    """name{labels} as (name, sorted non-empty labels): node_exporter sorts them
    and drops empty ones."""
    name, _, rest = series.partition("{")
    return (name, tuple(sorted((k, v) for k, v in PROM_LABEL.findall(rest) if v)))


def prom_metrics(text):
    """Every sockls_ sample of an exposition as {prom_key: value}."""
    m = {}
    for line in text.splitlines():
        if line.startswith("sockls_"):
            k, v = line.rsplit(" ", 1)
            m[prom_key(k)] = float(v)
    return m


def promtool_check(text):
    """promtool check metrics (the Debian package prometheus) on an exposition.
    The positive control: promtool must first reject an exposition broken on
    purpose (a sample that is not a number, a counter without _total)."""
    if not shutil.which("promtool"):
        skip("promtool (Debian package prometheus) is not installed")
    if not text.strip():
        fail("promtool check metrics: an empty exposition proves nothing")
    bad = "# HELP sockls_x X.\n# TYPE sockls_x counter\nsockls_x{a=\"b\"} many\n"
    for t, want in ((bad, False), (text, True)):
        p = subprocess.run(["promtool", "check", "metrics"], input=t, capture_output=True,
                           text=True, timeout=60)
        if (p.returncode == 0) != want:
            fail("promtool check metrics %s:\n%s%s" % (
                "accepts an exposition broken on purpose" if not want else "", p.stdout,
                p.stderr))


def node_exporter_scrape(args, env=None):
    """sockls --prometheus --output into a textfile directory, served by a real
    prometheus-node-exporter: the /metrics body it answers with."""
    exporter = shutil.which("prometheus-node-exporter")
    if not exporter:
        skip("prometheus-node-exporter is not installed")
    d = tempfile.mkdtemp()
    try:
        sockls("--prometheus", "--output", os.path.join(d, "sockls.prom"), *args, env=env)
        port_sock = socket.socket()
        port_sock.bind(("127.0.0.1", 0))
        port = port_sock.getsockname()[1]
        port_sock.close()
        ne = subprocess.Popen([exporter, "--web.listen-address=127.0.0.1:%d" % port,
                               "--collector.disable-defaults", "--collector.textfile",
                               "--collector.textfile.directory=" + d],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            for _ in range(100):
                try:
                    body = subprocess.run(["curl", "-sf", "http://127.0.0.1:%d/metrics" % port],
                                          capture_output=True, text=True, timeout=5).stdout
                    if body:
                        break
                except subprocess.TimeoutExpired:
                    pass
                time.sleep(0.1)
            else:
                fail("node exporter did not answer on port %d" % port)
        finally:
            ne.terminate()
            ne.wait(timeout=10)
        if "node_textfile_scrape_error 0" not in body:
            fail("textfile collector error:\n%s" % [l for l in body.splitlines() if "textfile" in l])
        return body
    finally:
        shutil.rmtree(d)


def cgroup2_root():
    for line in open("/proc/self/mountinfo"):
        left, _, right = line.partition(" - ")
        if right.startswith("cgroup2 "):
            return left.split()[4]
    return None


CG_CHILD = r"""
import ctypes, os, socket, sys
open(os.path.join(sys.argv[1], "cgroup.procs"), "w").write(str(os.getpid()))
if sys.argv[3] == "netns" and ctypes.CDLL(None, use_errno=True).unshare(0x40000000) != 0:
    sys.exit("unshare(CLONE_NEWNET): %s" % os.strerror(ctypes.get_errno()))
l = socket.socket(); l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
l.bind(("0.0.0.0" if sys.argv[3] == "netns" else "127.0.0.1", int(sys.argv[2]))); l.listen(1)
print("READY", os.getpid(), flush=True)
sys.stdin.read()
"""


def remove_cgroups(procs, made):
    """Ends the processes a test started (by their Popen) and removes the
    cgroup directories it made, deepest first (a cgroup empties a moment
    after its last process exits)."""
    for p in procs:
        p.kill()
        p.wait()
    for d in sorted(made, key=len, reverse=True):
        for _ in range(50):
            try:
                os.rmdir(d)
                break
            except OSError:
                time.sleep(0.05)


class Cgroups:
    """cgroup2 directories made for one test under a slice of its own, each
    with a child process (in its own network namespace if asked) listening on
    a TCP port; all removed by close()."""

    def __init__(self, tag):
        self.root = cgroup2_root()
        if not self.root:
            skip("no cgroup2 mount")
        if os.geteuid() != 0 or not in_init_userns() or not os.access(self.root, os.W_OK):
            skip_unprivileged("needs real root to write the cgroup2 hierarchy")
        self.tag = tag
        self.made, self.procs = [], []

    def make(self, rel):
        parts = rel.strip("/").split("/")
        for i in range(1, len(parts) + 1):
            d = os.path.join(self.root, *parts[:i])
            if not os.path.isdir(d):
                os.mkdir(d)
                self.made.append(d)
        return os.path.join(self.root, *parts)

    def spawn(self, rel, port, netns=False):
        """A child in cgroup rel listening on port; returns (pid, cgroup inode)."""
        d = self.make(rel)
        p = subprocess.Popen([sys.executable, "-c", CG_CHILD, d, str(port),
                              "netns" if netns else "-"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.procs.append(p)
        line = p.stdout.readline().split()
        if not line or line[0] != "READY":
            fail("child in %s did not start" % rel)
        return int(line[1]), os.stat(d).st_ino

    def close(self):
        remove_cgroups(self.procs, self.made)
