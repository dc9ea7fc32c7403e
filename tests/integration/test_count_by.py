# SPDX-License-Identifier: MIT
# run.sh: alone: --all-netns enters every namespace of the host, the other tests' too
"""--count-by counts what the test made: two processes this test starts (a
server with an IPv4, an IPv6-only and a dual-stack listener; a client) and
connections from known addresses (IPv4, IPv6, and IPv4 clients of the
dual-stack listener, which the server sees v4-mapped), two of them left in
CLOSE_WAIT/FIN_WAIT2. The truth is the test's own list of sockets; ss -tanH
piped through the same grouping (awk | sort | uniq -c) is the second witness,
after a positive control shows ss sees every socket the test made. Table,
JSON (validated against the schema), Prometheus (--top bounds the series),
-l, a filter, and --all-netns (this namespace's groups) agree; a v4-mapped
peer counts as its IPv4 address."""
import collections
import json
import os
import subprocess
import sys
import tempfile
import time

from lib import fail, promtool_check, sockls, sockls_all_netns, SS_STATE

HERE = os.path.dirname(os.path.abspath(__file__))
VALIDATE = os.path.join(HERE, "..", "schema", "validate.py")
V6 = "fd00::77:1"
V4 = ["10.77.1.1", "10.77.1.2", "10.77.1.3"]

SERVER = r"""
import json, os, socket, sys
l4 = socket.socket(); l4.bind(("127.0.0.1", 7401)); l4.listen(64)
l6 = socket.socket(socket.AF_INET6); l6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
l6.bind(("::1", 7402)); l6.listen(64)
ld = socket.socket(socket.AF_INET6); ld.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
ld.bind(("::", 7403)); ld.listen(64)
print("READY %d" % os.getpid(), flush=True)
n = int(sys.stdin.readline())
held = []
import select
while len(held) < n:
    r, _, _ = select.select([l4, l6, ld], [], [], 10)
    if not r:
        break
    for l in r:
        held.append(l.accept()[0])
print(len(held), flush=True)
sys.stdin.read()
"""

CLIENT = r"""
import json, os, socket, sys
plan = json.loads(sys.argv[1])
socks, out = [], []
for src, dst, port in plan:
    fam = socket.AF_INET6 if ":" in dst else socket.AF_INET
    s = socket.socket(fam); s.bind((src, 0)); s.connect((dst, port))
    socks.append(s)
print(json.dumps({"pid": os.getpid(), "ports": [s.getsockname()[1] for s in socks]}), flush=True)
sys.stdin.readline()
for s in socks[-2:]:
    s.close()
print("CLOSED", flush=True)
sys.stdin.read()
"""

# (client address, server address, port): 16 connections
PLAN = ([(V4[0], "127.0.0.1", 7401)] * 3 + [(V4[1], "127.0.0.1", 7401)] * 2 +
        [(V4[1], "127.0.0.1", 7403)] * 4 + [("::1", "::1", 7402)] * 3 +
        [(V6, "::1", 7402)] * 2 + [(V4[2], "127.0.0.1", 7401)] * 2)

procs = []


def sh(*cmd):
    subprocess.run(cmd, check=True, capture_output=True)


def start(code, *args):
    p = subprocess.Popen([sys.executable, "-c", code, *args], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
    procs.append(p)
    return p


def truth(client_pid, server_pid, ports):
    """Each socket the test made: (state, local addr, local port, remote addr,
    remote port, pid or None). The last two connections are closed by the
    client: its side orphaned in FIN_WAIT2 (no owner), the server's CLOSE_WAIT."""
    socks = [("LISTEN", "127.0.0.1", 7401, "0.0.0.0", 0, server_pid),
             ("LISTEN", "::1", 7402, "::", 0, server_pid),
             ("LISTEN", "::", 7403, "::", 0, server_pid)]
    for i, ((src, dst, port), cport) in enumerate(zip(PLAN, ports)):
        closed = i >= len(PLAN) - 2
        socks.append(("FIN_WAIT2" if closed else "ESTABLISHED", src, cport, dst, port,
                      None if closed else client_pid))
        # the dual-stack listener's side of an IPv4 client is v4-mapped: counted as IPv4
        socks.append(("CLOSE_WAIT" if closed else "ESTABLISHED", dst, port, src, cport,
                      server_pid))
    return socks


def counts_of(text):
    """sockls's table without header: Counter of the key tuples."""
    c = collections.Counter()
    for line in text.splitlines():
        f = line.split()
        c[tuple(f[1:])] += int(f[0])
    return c


def ss_group(fields_fn, *args):
    """The witness: ss -tanH through a grouping as awk | sort | uniq -c."""
    c = collections.Counter()
    for line in subprocess.run(["ss", "-tanH", *args], capture_output=True, text=True,
                               check=True).stdout.splitlines():
        c[fields_fn(line.split())] += 1
    return c


def host(endpoint):
    """ss's "[::ffff:10.0.0.1]:80" -> "10.0.0.1"; "[::1]:80" -> "::1"; "*:80" -> "::"."""
    a = endpoint.rsplit(":", 1)[0].strip("[]")
    a = "::" if a == "*" else a
    return a[7:] if a.startswith("::ffff:") and "." in a else a


def check_table(socks, cpid, spid):
    want = collections.Counter((s[0],) for s in socks)
    got = counts_of(sockls("-taH", "--count-by", "state").stdout)
    if got != want:
        fail("--count-by state: %s, the test made %s" % (dict(got), dict(want)))
    witness = ss_group(lambda f: (SS_STATE[f[0]],))
    if witness != want:
        fail("ss -tanH | awk '{print $1}' | sort | uniq -c: %s, test made %s" % (witness, want))
    # remote addresses of the connected sockets (ss's default, not listeners)
    conn = [s for s in socks if s[0] != "LISTEN"]
    want = collections.Counter((s[3],) for s in conn)
    got = counts_of(sockls("-tH", "--count-by", "remote-addr").stdout)
    witness = ss_group(lambda f: (host(f[4]),), "state", "connected")
    if witness != want:
        fail("ss witness of remote addresses: %s, test made %s" % (witness, want))
    if got != want:
        fail("--count-by remote-addr: %s, the test made %s" % (dict(got), dict(want)))
    if got[("10.77.1.2",)] != 6:  # 2 IPv4 + 4 v4-mapped
        fail("v4-mapped peers not counted as their IPv4 address: %s" % dict(got))
    # the order: counts descending, ties by key (IPv4 before IPv6)
    lines = sockls("-tH", "--count-by", "remote-addr").stdout.splitlines()
    keys = [(-int(l.split()[0]), l.split()[1]) for l in lines]
    if [k[0] for k in keys] != sorted(k[0] for k in keys):
        fail("not largest first:\n" + "\n".join(lines))
    # two keys and a filter: the server side of port 7401 by peer and state
    want = collections.Counter((s[0], s[3]) for s in conn if s[2] == 7401)
    got = counts_of(sockls("-tH", "--count-by", "state,remote-addr", "sport", "=", ":7401").stdout)
    if got != want:
        fail("--count-by state,remote-addr sport = :7401: %s, want %s" % (dict(got), dict(want)))
    # -l: listeners by local port; process: known owners, unknown apart
    got = counts_of(sockls("-lH", "-t", "--count-by", "local-port").stdout)
    if got != collections.Counter({("7401",): 1, ("7402",): 1, ("7403",): 1}):
        fail("-l --count-by local-port: %s" % dict(got))
    names = {cpid: "python3/%d" % cpid, spid: "python3/%d" % spid, None: "?"}
    want = collections.Counter((names[s[5]],) for s in socks)
    got = counts_of(sockls("-taH", "--count-by", "process").stdout)
    if got != want:
        fail("--count-by process: %s, want %s" % (dict(got), dict(want)))
    got = counts_of(sockls("-taH", "--count-by", "remote", "dport", "=", ":7402").stdout)
    want = collections.Counter(("[%s]:7402" % s[3],) for s in conn if s[4] == 7402)
    if got != want:
        fail("--count-by remote: %s, want %s" % (dict(got), dict(want)))


def check_json(socks):
    p = sockls("-ta", "--count-by", "state,local-port,user,process,netns", "--json")
    doc = json.loads(p.stdout)
    c = doc["counts"]
    if c["sockets"] != len(socks) or sum(e["count"] for e in c["entries"]) != len(socks):
        fail("JSON counts %s sockets, the test made %d" % (c["sockets"], len(socks)))
    orphans = [e for e in c["entries"] if e["key"]["process"] is None]
    if sum(e["count"] for e in orphans) != 2 or any(e["key"]["user"] is not None
                                                     for e in orphans):
        fail("orphaned FIN_WAIT2 sockets not unknown (null): %s" % orphans)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        f.write(p.stdout)
    v = subprocess.run([sys.executable, VALIDATE, f.name], capture_output=True, text=True)
    os.unlink(f.name)
    if v.returncode == 77 and os.environ.get("CI") != "true":
        print("schema not checked: python3-jsonschema missing")
    elif v.returncode != 0:
        fail("schema: %s%s" % (v.stdout, v.stderr))


def check_prometheus(socks):
    text = sockls("-ta", "--count-by", "remote-addr,state", "--prometheus", "--top", "2").stdout
    promtool_check(text)
    series = [l for l in text.splitlines() if l.startswith("sockls_sockets_by{")]
    if len(series) != 2:
        fail("--top 2 gave %d series:\n%s" % (len(series), text))
    val = {l.split()[0]: int(l.split()[1]) for l in text.splitlines() if l[0] != "#"}
    shown = sum(int(l.split()[1]) for l in series)
    if shown + val["sockls_sockets_by_omitted_sockets"] != len(socks):
        fail("shown + omitted != %d sockets:\n%s" % (len(socks), text))
    want = collections.Counter((s[3], s[0]) for s in socks).most_common(2)
    if want[0][1] == want[1][1] or series != [
            'sockls_sockets_by{remote_addr="%s",state="%s"} %d' % (a, st, n)
            for (a, st), n in want]:
        fail("the two largest groups should be %s:\n%s" % (want, text))


def check_netns_option(socks, spid):
    # -N with a path: this namespace again, through the setns path; the netns key is its name
    path = "/proc/%d/ns/net" % spid
    got = counts_of(sockls("-N", path, "-taH", "--count-by", "netns,state").stdout)
    want = collections.Counter((path, s[0]) for s in socks)
    if got != want:
        fail("-N %s --count-by netns,state: %s, want %s" % (path, dict(got), dict(want)))


def check_all_netns(socks):
    ino = os.stat("/proc/self/ns/net").st_ino
    # as non-root other namespaces cannot be entered (status 1, said): this one can
    got = counts_of(sockls_all_netns("-taH", "--count-by", "netns,state").stdout)
    mine = collections.Counter({k[1:]: n for k, n in got.items() if k[0] == "ns:%d" % ino})
    want = collections.Counter((s[0],) for s in socks)
    if mine != want:
        fail("--all-netns: this namespace's groups %s, the test made %s" % (dict(mine), dict(want)))


def main():
    sh("ip", "addr", "add", "10.77.1.1/24", "dev", "lo")
    for a in V4[1:]:
        sh("ip", "addr", "add", a + "/32", "dev", "lo")
    sh("ip", "-6", "addr", "add", V6 + "/128", "dev", "lo", "nodad")
    server = start(SERVER)
    spid = int(server.stdout.readline().split()[1])
    server.stdin.write("%d\n" % len(PLAN))
    server.stdin.flush()
    client = start(CLIENT, json.dumps(PLAN))
    info = json.loads(client.stdout.readline())
    if int(server.stdout.readline()) != len(PLAN):
        fail("the server did not accept every connection")
    client.stdin.write("close\n")
    client.stdin.flush()
    client.stdout.readline()
    socks = truth(info["pid"], spid, info["ports"])
    # positive control: ss sees every socket the test made, in its state
    for _ in range(50):
        n = len(subprocess.run(["ss", "-tanH"], capture_output=True, text=True).stdout.splitlines())
        if n == len(socks) and "CLOSE-WAIT" in subprocess.run(["ss", "-tanH"],
                                                              capture_output=True, text=True).stdout:
            break
        time.sleep(0.1)
    else:
        fail("ss sees %d sockets, the test made %d" % (n, len(socks)))
    check_table(socks, info["pid"], spid)
    check_json(socks)
    check_prometheus(socks)
    check_netns_option(socks, spid)
    check_all_netns(socks)
    for bad, status in ((["--count-by", "state,color"], 2), (["--count-by", "state,state"], 2),
                        (["--count-by", "state", "-s"], 2)):
        p = sockls(*bad, expect=status)
        if not p.stderr.startswith("sockls: ") or "count-by" not in p.stderr.splitlines()[0]:
            fail("%s: %r" % (bad, p.stderr))
    print("count-by: %d sockets made; state, remote-addr, remote, process, local-port, "
          "JSON, Prometheus, --all-netns agree with the test and ss" % len(socks))


try:
    main()
finally:
    for p in procs:
        p.kill()
        p.wait()
