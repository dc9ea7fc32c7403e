# SPDX-License-Identifier: MIT
"""--json and --ndjson: valid against docs/sockls.schema.json, the same sockets
as ss lists, the same objects line by line, and never half a document."""
import json
import os
import subprocess
import sys

from lib import HERE, Mix, Row, fail, parse_ss, same, skip, sockls, ss
import collections

VALIDATE = os.path.join(HERE, "..", "schema", "validate.py")


SS_STATE = {"ESTAB": "ESTABLISHED", "SYN-SENT": "SYN_SENT", "SYN-RECV": "SYN_RECV",
            "FIN-WAIT-1": "FIN_WAIT1", "FIN-WAIT-2": "FIN_WAIT2", "TIME-WAIT": "TIME_WAIT",
            "CLOSE-WAIT": "CLOSE_WAIT", "LAST-ACK": "LAST_ACK", "LISTEN": "LISTEN",
            "CLOSING": "CLOSING", "UNCONN": "CLOSE"}
OTHER = ("SYN_SENT", "FIN_WAIT1", "FIN_WAIT2", "LAST_ACK", "CLOSING")


def ss_tcp_states():
    """ss -tan's states; "ORPHAN_FIN_WAIT2" counts the FIN-WAIT-2 sockets that
    are timewait sockets (an orphan closed in FIN_WAIT2: ss -o shows the
    timewait timer), which the kernel's "tw" counter counts with TIME_WAIT."""
    c = collections.Counter()
    for line in ss("-tanoH").stdout.splitlines():
        if not line.strip():
            continue
        st = SS_STATE[line.split()[0]]
        c[st] += 1
        if st == "FIN_WAIT2" and "timer:(timewait" in line:
            c["ORPHAN_FIN_WAIT2"] += 1
    return c


def summary_once():
    """-s (counted from the kernel's counters) and -s -a (every state dumped)
    against ss -tan in the same namespace. Returns a problem or None."""
    want = ss_tcp_states()
    fast = json.loads(sockls("-s", "--json").stdout)["summary"]
    full = json.loads(sockls("-s", "-a", "--json").stdout)["summary"]
    if not fast["tcp_counted"] or full["tcp_counted"]:
        return "tcp_counted: -s %r, -s -a %r" % (fast["tcp_counted"], full["tcp_counted"])
    got = {k: v for k, v in full["tcp_states"].items() if v}
    if got != {k: v for k, v in want.items() if k != "ORPHAN_FIN_WAIT2"} or len(got) < 6:
        return "-s -a tcp_states %r vs ss %r" % (got, dict(want))
    tw = want["TIME_WAIT"] + want["ORPHAN_FIN_WAIT2"]
    groups = {"established_close_wait": want["ESTABLISHED"] + want["CLOSE_WAIT"],
              "syn_sent_to_closing": sum(want[k] for k in OTHER) - want["ORPHAN_FIN_WAIT2"],
              "time_wait_orphan_fin_wait2": tw}
    if fast["tcp_state_groups"] != groups:
        return "-s groups %r vs ss %r" % (fast["tcp_state_groups"], groups)
    groups.update(syn_sent_to_closing=sum(want[k] for k in OTHER), time_wait_orphan_fin_wait2=None)
    if full["tcp_state_groups"] != groups:
        return "-s -a groups %r vs ss %r" % (full["tcp_state_groups"], groups)
    st = fast["tcp_states"]
    # "tw" is TIME_WAIT and orphaned FIN_WAIT2 together: neither alone is known
    if (st["LISTEN"], st["TIME_WAIT"]) != (want["LISTEN"], None if tw else 0):
        return "-s LISTEN/TIME_WAIT %r vs ss %r" % (st, dict(want))
    # the mix has sockets in both groups: no single state of them is known
    if any(st[k] is not None for k in ("ESTABLISHED", "CLOSE_WAIT", "SYN_SENT", "FIN_WAIT2")):
        return "-s must not guess single states: %r" % st
    total = sum(want.values()) - want["SYN_RECV"] - want["ORPHAN_FIN_WAIT2"]  # requests: no counter
    if fast["listed"]["tcp"]["total"] != total or fast["listed"]["tcp"]["inet"] is not None:
        return "-s tcp %r vs ss %d" % (fast["listed"]["tcp"], total)
    if full["listed"]["tcp"]["total"] != sum(want.values()) - want["ORPHAN_FIN_WAIT2"]:
        return "-s -a tcp %r vs ss %r" % (full["listed"]["tcp"], dict(want))
    return None


def check_summary():
    # A TIME_WAIT socket may expire between the listings: one retry.
    problem = summary_once()
    if problem:
        problem = summary_once()
    if problem:
        fail(problem)
    udp = sum(1 for x in json.loads(sockls("-uan", "--json").stdout)["sockets"])
    s = json.loads(sockls("-s", "--json").stdout)
    if s["summary"]["listed"]["udp"]["total"] != udp:
        fail("summary udp total %r vs %d listed" % (s["summary"]["listed"]["udp"], udp))
    text = sockls("-s").stdout
    want = ss_tcp_states()
    line = "TCP counted: ESTABLISHED+CLOSE_WAIT %d," % (want["ESTABLISHED"] + want["CLOSE_WAIT"])
    if "ESTABLISHED ?" not in text or line not in text or "LISTEN %d" % want["LISTEN"] not in text:
        fail("text summary: %r" % text)


def endpoint(fam, ep, dual):
    addr = "[%s]" % ep["addr"] if fam == "inet6" else ep["addr"]
    if dual and ep["addr"] == "::":
        addr = "*"  # ss's spelling of a dual-stack wildcard, said by "dual_stack"
    return "%s:%s" % (addr, ep["port"] or "*")


def rows(sockets):
    return collections.Counter(
        Row(s["proto"], s["state"], s["recv_q"], s["send_q"],
            endpoint(s["family"], s["local"], s["local"].get("dual_stack")),
            endpoint(s["family"], s["remote"], s["local"].get("dual_stack")))
        for s in sockets)


def validate(path, ndjson=False):
    args = [sys.executable, VALIDATE] + (["-nd", path] if ndjson else [path])
    p = subprocess.run(args, capture_output=True, text=True)
    if p.returncode == 77:
        skip("python3 jsonschema is missing: cannot validate (install python3-jsonschema)")
    if p.returncode != 0:
        fail("schema validation of %s: %s%s" % (path, p.stdout, p.stderr))


tmp = os.environ.get("TMPDIR", "/tmp")
with Mix():
    for extra in ([], ["-e"], ["-o"], ["-i"], ["-m"], ["-p"], ["-eoimp"]):
        out = sockls("-tuan", "--json", *extra).stdout
        doc = json.loads(out)
        path = os.path.join(tmp, "sockls-test-%d.json" % os.getpid())
        with open(path, "w") as f:
            f.write(out)
        validate(path)
        if doc["version"] != 2 or doc["source"] != "netlink":
            fail("document head: %r" % {k: doc[k] for k in ("version", "source")})
        same(rows(doc["sockets"]), parse_ss(ss("-tuanH").stdout), "JSON %s vs ss" % extra)
        nd = sockls("-tuan", "--ndjson", *extra).stdout
        with open(path, "w") as f:
            f.write(nd)
        validate(path, ndjson=True)
        lines = [json.loads(l) for l in nd.splitlines()]
        # schema v2: each line says its version; a document's sockets do not
        if any(l.pop("version", None) != 2 for l in lines):
            fail("an --ndjson line without \"version\": 2 %s" % extra)
        if len(lines) != len(doc["sockets"]):
            fail("ndjson has %d lines, json %d sockets" % (len(lines), len(doc["sockets"])))
        key = lambda s: json.dumps(s, sort_keys=True)
        # tcp_info/timers move between two runs; compare the stable part.
        strip = lambda s: {k: v for k, v in s.items() if k not in ("tcp_info", "timer", "memory")}
        if sorted(map(key, map(strip, lines))) != sorted(map(key, map(strip, doc["sockets"]))):
            fail("ndjson objects differ from the json document's %s" % extra)
        os.unlink(path)

    # Optional blocks appear only when asked for.
    plain = json.loads(sockls("-tan", "--json").stdout)["sockets"][0]
    for k in ("uid", "inode", "timer", "tcp_info", "memory", "processes"):
        if k in plain:
            fail("%s present without its option" % k)
    full = json.loads(sockls("-tan", "--json", "-eoimp").stdout)["sockets"]
    for k in ("uid", "inode", "cookie", "timer", "tcp_info", "memory", "processes"):
        if any(k not in s for s in full):
            fail("%s missing with -eoimp" % k)
    # TIME_WAIT has no owner and no tcp_info: null/empty, never made-up numbers.
    for s in full:
        if s["state"] == "TIME_WAIT" and (s["tcp_info"] is not None or s["processes"]):
            fail("TIME_WAIT socket with invented facts: %r" % s)
    # From /proc, what /proc cannot know is null.
    proc = json.loads(sockls("-tan", "--json", "-im", "--source", "proc").stdout)
    if proc["source"] != "proc" or any(s["tcp_info"] is not None or s["memory"] is not None
                                       for s in proc["sockets"]):
        fail("/proc JSON claims tcp_info or memory")

    # Filters work the same with JSON.
    doc = json.loads(sockls("-tan", "--json", "state", "listening", "sport = :5001").stdout)
    if [(s["state"], s["local"]["port"]) for s in doc["sockets"]] != [("LISTEN", 5001)]:
        fail("filtered JSON: %r" % doc["sockets"])
    # A usage error leaves stdout empty.
    bad = sockls("--json", "--port", "70000", expect=2)
    if bad.stdout or "70000" not in bad.stderr:
        fail("bad filter with --json: %r %r" % (bad.stdout, bad.stderr))
    # Summary and ephemeral reports as JSON.
    for report in ("-s", "--ephemeral"):
        path = os.path.join(tmp, "sockls-test-%d.json" % os.getpid())
        with open(path, "w") as f:
            f.write(sockls(report, "--json").stdout)
        validate(path)
        os.unlink(path)
    check_summary()
    e = json.loads(sockls("--ephemeral", "--json").stdout)
    if e["ephemeral_report"]["usable"] != e["ephemeral"]["high"] - e["ephemeral"]["low"] + 1:
        fail("ephemeral_report.usable %r" % e["ephemeral_report"])
    # A reader that goes away early: quiet, status 0.
    p = subprocess.run("%s -tuan --json | head -c 20 >/dev/null; echo ${PIPESTATUS[0]}"
                       % os.environ["SOCKLS"], shell=True, capture_output=True, text=True,
                       executable="/bin/bash")
    if p.stdout.strip() != "0" or p.stderr:
        fail("closed pipe: status %r stderr %r" % (p.stdout, p.stderr))
print("ok")
