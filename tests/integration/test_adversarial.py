# SPDX-License-Identifier: MIT
"""The adversarial matrix of issue 15: each hostile case by name, run in a
private network namespace as root. A case passes when sockls neither
crashes, hangs, lies nor lets outside bytes reach the terminal; the oracle is
what the case itself set up (the sockets, names and files it made).
Files that are not what they claim (FIFOs, devices, huge files in a bundle)
are the cases of test_hostile_files.sh; vanishing namespaces are
test_host_netns_churn.py."""
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import time

SOCKLS = os.environ["SOCKLS"]
BUILD = os.environ.get("BUILD", "")
results = []


def run(args, env=None, timeout=60, stdout=subprocess.PIPE, preexec=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([SOCKLS] + args, stdout=stdout, stderr=subprocess.PIPE,
                          env=e, timeout=timeout, preexec_fn=preexec)


def case(name):
    def wrap(fn):
        try:
            fn()
            results.append((name, None))
        except AssertionError as ex:
            results.append((name, str(ex) or "assertion failed"))
        except subprocess.TimeoutExpired:
            results.append((name, "hung (timeout)"))
        return fn
    return wrap


def check(cond, msg):
    if not cond:
        raise AssertionError(msg)


def one_error_line(p, rc):
    lines = p.stderr.decode("utf-8", "replace").strip().splitlines()
    check(p.returncode == rc, "exit %d, want %d: %r" % (p.returncode, rc, p.stderr[:300]))
    check(len(lines) == 1 and lines[0].startswith("sockls: "), "not one line: %r" % p.stderr[:300])
    return lines[0]


def no_raw_controls(data, what):
    for b in (b"\x1b", b"\x07", b"\x9b", "\u202e".encode()):
        check(b not in data, "%s holds a raw %r" % (what, b))


def udp_listeners(n, base):
    socks = []
    for i in range(n):
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.bind(("127.0.0.1", base + i))
        socks.append(s)
    return socks


# 1. A --services name of 20 kB on more rows than the table's lookahead.
@case("services-20kB-name-600-rows")
def _():
    socks = udp_listeners(600, 20000)
    name = "n" * 20000
    with tempfile.NamedTemporaryFile("w", suffix=".services") as f:
        for i in range(600):
            f.write("%s%d %d/udp\n" % (name, i, 20000 + i))
        f.flush()
        p = run(["--services", f.name, "-uln"])
        check(p.returncode == 0, "exit %d: %r" % (p.returncode, p.stderr[:200]))
        lines = p.stdout.decode().splitlines()
        check(len(lines) >= 601, "%d lines for 600 sockets" % len(lines))
        check(all(l.endswith("...") for l in lines[1:] if ":200" in l or ":205" in l),
              "a long name is not cut with '...'")
        j = json.loads(run(["--services", f.name, "-uln", "--json"]).stdout)
        names = [s["local"]["service"] for s in j["sockets"] if s["local"]["port"] == 20005]
        check(names == [name + "5"], "JSON does not keep the name whole")
    for s in socks:
        s.close()


# 2. Interface names, service names and argv words never reach the terminal raw.
@case("ifname-escape-sequence")
def _():
    ifname = "\x1b]2;ow\x07\x1b[2J"
    r = subprocess.run(["ip", "link", "add", ifname, "type", "veth", "peer", "name", "advp0"],
                       capture_output=True)
    check(r.returncode == 0, "ip link add failed: %r" % r.stderr)
    subprocess.run(["ip", "link", "set", ifname, "up"], check=True)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, ifname.encode())
    s.bind(("0.0.0.0", 4777))
    s.listen()
    try:
        p = run(["-tln"])
        check(p.returncode == 0, "exit %d" % p.returncode)
        no_raw_controls(p.stdout, "the table")
        check(b"%\\x1b]2;ow\\x07\\x1b[2J:4777" in p.stdout, "escaped %%ifname missing: %r" % p.stdout)
        j = json.loads(run(["-tln", "--json"]).stdout)
        got = [x["local"]["iface"] for x in j["sockets"] if x["local"]["port"] == 4777]
        check(got == [ifname], "JSON iface %r" % got)
    finally:
        s.close()
        subprocess.run(["ip", "link", "del", ifname])


@case("services-c1-and-bidi")
def _():
    s = udp_listeners(1, 4888)
    with tempfile.NamedTemporaryFile("wb", suffix=".services") as f:
        f.write(b"ev\xc2\x9bil\xe2\x80\xaeX 4888/udp\nraw\x9bbyte 4889/udp\n")
        f.flush()
        p = run(["--services", f.name, "-uln"])
        check(p.returncode == 0, "exit %d: %r" % (p.returncode, p.stderr))
        no_raw_controls(p.stdout, "the table")
        check(b"ev\\xc2\\x9bil\\xe2\\x80\\xaeX" in p.stdout, "escaped name missing: %r" % p.stdout)
    s[0].close()


@case("argv-echoed-in-errors")
def _():
    p = run(["--state", "\x1b[2J\x07\u202e"])
    line = one_error_line(p, 2)
    no_raw_controls(p.stderr, "stderr")
    check("\\x1b[2J" in line, "the word is not shown escaped: %r" % line)


# 3. A single huge name in a --services file is refused with the limit named.
@case("services-100kB-line")
def _():
    with tempfile.NamedTemporaryFile("w", suffix=".services") as f:
        f.write("x" * 100000 + " 1/tcp\n")
        f.flush()
        line = one_error_line(run(["--services", f.name, "-tln"]), 1)
        check(f.name in line and "64 KiB" in line, line)


# 4. No source, no answer.
@case("no-source-no-answer")
def _():
    shim = os.path.join(BUILD, "helpers", "libnonetlink.so")
    check(os.path.exists(shim), "no preload shim at %s" % shim)
    with tempfile.TemporaryDirectory() as d:
        os.mkdir(os.path.join(d, "net"))
        for args in (["--proc-root", d, "-tln"], ["--proc-root", d, "--json"]):
            # under ASan the preloaded shim comes before its runtime: allow it
            asan = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS"),
                                          "verify_asan_link_order=0"]))
            p = run(args, env={"LD_PRELOAD": shim, "ASAN_OPTIONS": asan})
            line = one_error_line(p, 1)
            check("no source" in line, line)
            check(p.stdout == b"", "wrote output: %r" % p.stdout[:100])
        one_error_line(run(["--source", "proc", "--proc-root", d, "-tln"]), 1)


# 7. The exit status tells the truth.
@case("exit-status-dev-full")
def _():
    for args in (["--list-services"], ["--help"], ["--version"], ["-tan"], ["--json"]):
        with open("/dev/full", "w") as full:
            p = run(args, stdout=full)
        line = one_error_line(p, 1)
        check("cannot write output" in line, "%s: %s" % (args, line))


@case("exit-status-closed-stdout")
def _():
    p = subprocess.run("exec %s -tan >&-" % SOCKLS, shell=True, stderr=subprocess.PIPE, timeout=30)
    check(p.returncode == 1 and b"standard output is closed" in p.stderr, repr(p.stderr))


@case("list-services-with-a-filter")
def _():
    one_error_line(run(["--list-services", "--state", "bogus"]), 2)


# 8. Limits.
@case("rcvbuf-env-validated")
def _():
    for v in ("-1", "18446744073709551615", "12x", ""):
        line = one_error_line(run(["-tln"], env={"SOCKLS_RCVBUF": v}), 2)
        check("SOCKLS_RCVBUF" in line, line)


@case("port-list-8192-small-stack")
def _():
    ports = ",".join(str(i) for i in range(1, 8193))
    lim = lambda: resource.setrlimit(resource.RLIMIT_STACK, (1 << 20, 1 << 20))
    p = run(["-tan", "--port", ports], preexec=lim)
    check(p.returncode == 0, "exit %d: %r" % (p.returncode, p.stderr[:200]))
    p = run(["-tan", "--port", ports + ",1"], preexec=lim)
    one_error_line(p, 2)


@case("deep-parentheses")
def _():
    words = ["("] * 300 + ["sport", "=", ":1"] + [")"] * 300
    one_error_line(run(["-tan"] + words), 2)


# 9. /proc under accept churn: a queued connection and the accepted one are one row.
@case("proc-accept-churn-no-duplicates")
def _():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 4999))
    srv.listen(4096)
    pid = os.fork()
    if pid == 0:  # connect and accept without pause while the parent lists
        held = []
        end = time.time() + 4
        while time.time() < end:
            batch = []
            for _ in range(64):
                c = socket.socket()
                c.connect(("127.0.0.1", 4999))
                batch.append(c)
            for _ in range(64):
                held.append(srv.accept()[0])
            held.extend(batch)
            if len(held) > 3000:
                for x in held[:1000]:
                    x.close()
                del held[:1000]
        os._exit(0)
    dups = runs = 0
    while runs < 40:
        p = run(["--source", "proc", "-tan", "--json"])
        rows = [(s["local"]["port"], s["remote"]["port"]) for s in json.loads(p.stdout)["sockets"]
                if s["state"] != "LISTEN"]
        dups += len(rows) - len(set(rows))
        runs += 1
    os.waitpid(pid, 0)
    srv.close()
    check(dups == 0, "%d duplicate rows in %d listings" % (dups, runs))


# 10. The owners list shows its cut.
@case("owners-cut-shown")
def _():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 5111))
    srv.listen()
    kids = []
    for _ in range(300):
        pid = os.fork()
        if pid == 0:
            signal.pause()
            os._exit(0)
        kids.append(pid)
    try:
        p = run(["-tlnp", "sport", "=", ":5111"])
        text = p.stdout.decode()
        j = json.loads(run(["-tlnp", "--json", "sport", "=", ":5111"]).stdout)
        total = len(j["sockets"][0]["processes"])
        check(total == 301, "JSON has %d owners, want 301" % total)
        shown = text.count(",pid=")
        check(("... +%d more" % (total - shown)) in text, "no cut marker for %d of %d" % (shown, total))
    finally:
        for k in kids:
            os.kill(k, signal.SIGKILL)
            os.waitpid(k, 0)
        srv.close()


failed = [(n, why) for n, why in results if why]
for n, why in results:
    print(("FAIL %s: %s" % (n, why)) if why else "ok: %s" % n)
print("adversarial: %d passed, %d failed" % (len(results) - len(failed), len(failed)))
sys.exit(1 if failed else 0)
