"""--json and --ndjson: valid against docs/sockls.schema.json, the same sockets
as ss lists, the same objects line by line, and never half a document."""
import json
import os
import subprocess
import sys

from lib import HERE, Mix, Row, fail, parse_ss, same, skip, sockls, ss
import collections

VALIDATE = os.path.join(HERE, "..", "schema", "validate.py")


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
        if doc["version"] != 1 or doc["source"] != "netlink":
            fail("document head: %r" % {k: doc[k] for k in ("version", "source")})
        same(rows(doc["sockets"]), parse_ss(ss("-tuanH").stdout), "JSON %s vs ss" % extra)
        nd = sockls("-tuan", "--ndjson", *extra).stdout
        with open(path, "w") as f:
            f.write(nd)
        validate(path, ndjson=True)
        lines = [json.loads(l) for l in nd.splitlines()]
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
    s = json.loads(sockls("-s", "--json").stdout)
    if s["summary"]["listed"]["tcp"]["total"] != sum(
            1 for x in json.loads(sockls("-tan", "--json").stdout)["sockets"]):
        fail("summary tcp total disagrees with the listing")
    # -s per-state counts are the listing's, state by state (the mix is known
    # to hold LISTEN, ESTABLISHED, SYN_SENT, FIN_WAIT2, CLOSE_WAIT, TIME_WAIT).
    listed = collections.Counter(x["state"] for x in
                                 json.loads(sockls("-tan", "--json").stdout)["sockets"])
    states = {k: v for k, v in s["summary"]["tcp_states"].items() if v}
    if states != dict(listed) or len(states) < 6:
        fail("summary tcp_states %r vs listing %r" % (states, dict(listed)))
    udp = sum(1 for x in json.loads(sockls("-uan", "--json").stdout)["sockets"])
    if s["summary"]["listed"]["udp"]["total"] != udp:
        fail("summary udp total %r vs %d listed" % (s["summary"]["listed"]["udp"], udp))
    text = sockls("-s").stdout
    if "TCP states:" not in text or ("LISTEN %d" % listed["LISTEN"]) not in text:
        fail("text summary: %r" % text)
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
