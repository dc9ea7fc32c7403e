# SPDX-License-Identifier: MIT
"""-s says only what it knows (issue 27, items 1 and 2), checked against what
this test made in its own namespace, with ss as a second witness:
- an orphan that closed in FIN_WAIT2 is a timewait socket, which the kernel's
  "tw" counter counts with TIME_WAIT: counted -s says neither state alone, but
  gives the sum; -s -a lists each exactly, as ss does;
- -s -4 counts IPv4 sockets only (not UNIX, packet, netlink), and says "?"
  (JSON null) for what was not asked, never 0;
- the kernel's host-wide counters (orphan, alloc, mem) are said to be so;
- every -s document, in an empty namespace and a busy one, with -a, -4, -6,
  -t, -x, a state and --proc-root, validates against the schema, and the
  validator itself rejects a broken document (positive control)."""
import json
import os
import socket
import subprocess
import sys
import tempfile
import time

from lib import HERE, fail, sockls, ss

VALIDATE = os.path.join(HERE, "..", "schema", "validate.py")
PROC_FIXTURE = os.path.join(HERE, "..", "fixtures", "proc", "real")
MODES = (["-s"], ["-s", "-a"], ["-s", "-4"], ["-s", "-6"], ["-s", "-t"], ["-s", "-x"],
         ["-s", "-u", "-6"], ["-s", "state", "listening"], ["-s", "-a", "-4"])


def validate(docs, what):
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i, doc in enumerate(docs):
            p = os.path.join(d, "%d.json" % i)
            with open(p, "w") as f:
                f.write(doc)
            paths.append(p)
        r = subprocess.run([sys.executable, VALIDATE, *paths], capture_output=True, text=True)
    if r.returncode != 0:
        fail("%s: schema: %s%s" % (what, r.stdout[-1500:], r.stderr[-1500:]))


def every_mode(what):
    docs = [sockls(*m, "--json").stdout for m in MODES]
    docs.append(sockls("--proc-root", PROC_FIXTURE, "-s", "--json").stdout)
    validate(docs, what)
    return [json.loads(d)["summary"] for d in docs]


def control():
    """The validator must say no to a document the schema forbids."""
    doc = json.loads(sockls("-s", "--json").stdout)
    doc["summary"]["tcp_state_groups"]["made_up"] = 1
    with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
        json.dump(doc, f)
        f.flush()
        r = subprocess.run([sys.executable, VALIDATE, f.name], capture_output=True, text=True)
    if r.returncode != 1:
        fail("validate.py accepted a document with an unknown key (exit %d)" % r.returncode)


def empty_namespace():
    for m, s in zip(MODES, every_mode("empty namespace")):
        if s["kernel_host_wide"] != ["tcp.orphan", "tcp.alloc", "tcp.mem", "udp.mem"]:
            fail("%s: kernel_host_wide %r" % (m, s["kernel_host_wide"]))
    s = json.loads(sockls("-s", "-t", "--json").stdout)["summary"]
    if s["listed"]["tcp"]["total"] != 0 or s["listed"]["udp"]["total"] is not None:
        fail("empty namespace -s -t: tcp 0 and udp unknown expected: %r" % s["listed"])
    text = sockls("-s").stdout
    if "; host-wide: orphaned " not in text.splitlines()[1]:
        fail("-s text does not say which figures are host-wide: %r" % text.splitlines()[1])


def pair(listener, addr):
    c = socket.socket(listener.family, socket.SOCK_STREAM)
    c.connect(addr)
    s, _ = listener.accept()
    return c, s


def wait_for(cond, what):
    for _ in range(100):
        if cond():
            return
        time.sleep(0.05)
    fail("timed out waiting for " + what)


def ss_states():
    rows = [l.split() for l in ss("-tanoH").stdout.splitlines() if l.strip()]
    orphan = sum(1 for r in rows if r[0] == "FIN-WAIT-2" and "timer:(timewait" in " ".join(r))
    return rows, orphan


def main():
    control()
    empty_namespace()

    lst = socket.socket()
    lst.bind(("127.0.0.1", 0))
    lst.listen(16)
    addr = lst.getsockname()
    # A: the client closes first and the server never does: the client's
    # orphan reaches FIN_WAIT2 and lives on as a timewait socket.
    a_cli, a_srv = pair(lst, addr)
    a_port = a_cli.getsockname()[1]
    a_cli.close()
    # B: both close, client first: TIME_WAIT on the client's side.
    b_cli, b_srv = pair(lst, addr)
    b_port = b_cli.getsockname()[1]
    b_cli.close()
    time.sleep(0.05)
    b_srv.close()
    # C: one connection left open; a UDP and a UNIX socket; an IPv6 listener.
    c_cli, c_srv = pair(lst, addr)
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("127.0.0.1", 0))
    ux = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    ux.bind("\0sockls-summary-truth")
    ux.listen(1)
    l6 = socket.socket(socket.AF_INET6)
    l6.bind(("::1", 0))
    l6.listen(1)

    def seen():
        rows, orphan = ss_states()
        ports = {r[0]: r[3] for r in rows}
        tw = [r for r in rows if r[0] == "TIME-WAIT" and r[3].endswith(":%d" % b_port)]
        fw = [r for r in rows if r[0] == "FIN-WAIT-2" and r[3].endswith(":%d" % a_port)]
        return orphan == 1 and len(tw) == 1 and len(fw) == 1 and ports
    # ss must see what the test made before its silence could mean anything
    wait_for(seen, "ss to show the orphaned FIN-WAIT-2 (port %d) and TIME-WAIT (port %d)"
             % (a_port, b_port))

    fast, full = json.loads(sockls("-s", "--json").stdout)["summary"], \
        json.loads(sockls("-s", "-a", "--json").stdout)["summary"]
    if not fast["tcp_counted"]:
        fail("-s did not count (tcp_counted false)")
    st = fast["tcp_states"]
    if st["TIME_WAIT"] is not None or st["FIN_WAIT2"] is not None:
        fail("-s: with an orphaned FIN_WAIT2 and a TIME_WAIT, neither state alone is known: %r" % st)
    if fast["tcp_state_groups"]["time_wait_orphan_fin_wait2"] != 2:
        fail("-s: TIME_WAIT + orphaned FIN_WAIT2 should be 2 (made by the test): %r"
             % fast["tcp_state_groups"])
    fst = full["tcp_states"]
    if (fst["TIME_WAIT"], fst["FIN_WAIT2"]) != (1, 1):
        fail("-s -a: TIME_WAIT 1 and FIN_WAIT2 1 made by the test, got %r" % fst)
    text = sockls("-s").stdout
    if "FIN_WAIT2 ?, TIME_WAIT ?" not in text or "TIME_WAIT+orphaned FIN_WAIT2 2 " not in text:
        fail("-s text: %r" % text)

    # -s -4: what -a -4 lists, nothing else; what was not asked is unknown
    listed4 = json.loads(sockls("-a", "-4", "--json").stdout)["sockets"]
    want4 = len([l for l in ss("-a", "-4", "-H").stdout.splitlines() if l.strip()])
    if want4 < 5:   # listener, C (2), UDP, B's server side gone: at least 4 rows + A's server
        fail("ss -a -4 shows %d rows; the test made more" % want4)
    s4 = json.loads(sockls("-s", "-4", "--json").stdout)["summary"]
    if s4["listed"]["total"] != len(listed4):
        fail("-s -4 total %r, -a -4 lists %d" % (s4["listed"]["total"], len(listed4)))
    if len(listed4) != want4:
        fail("-a -4 lists %d, ss -a -4 %d" % (len(listed4), want4))
    if s4["listed"]["unix"]["total"] is not None or s4["listed"]["tcp"]["inet6"] is not None:
        fail("-s -4: UNIX and IPv6 were not asked, so unknown: %r" % s4["listed"])
    if s4["listed"]["udp"]["inet"] != 1:
        fail("-s -4: one UDP socket made, got %r" % s4["listed"]["udp"])
    text = sockls("-s", "-4").stdout
    if "\nUNIX      ?\n" not in text:
        fail("-s -4 text must show UNIX as ?: %r" % text)
    sx = json.loads(sockls("-s", "-x", "--json").stdout)["summary"]
    if sx["listed"]["unix"]["total"] != 1 or sx["tcp_states"]["LISTEN"] is not None:
        fail("-s -x: one UNIX socket made, TCP not asked: %r %r"
             % (sx["listed"]["unix"], sx["tcp_states"]))

    every_mode("busy namespace")
    for s in (a_srv, c_cli, c_srv, udp, ux, l6, lst):
        s.close()
    print("ok: -s: orphaned FIN_WAIT2, -4, host-wide figures, schema of every -s mode")


main()
