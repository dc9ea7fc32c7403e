#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Issue 28: a sock_diag request goes out without a probe (an empty dump)
before it; probes run only when a request is refused or a JSON head must
name the source. A shim logs every request (family, protocol, state mask:
0 is a probe) and can refuse one IP protocol, as a missing diag module."""
import json
import os
import socket
import tempfile

from lib import fail, parse_table, same, sockls

BUILD = os.environ.get("BUILD", "build")
PRELOAD = os.path.abspath(os.path.join(BUILD, "helpers", "libnonetlink.so"))


def requests(*args, **extra):
    """Runs sockls ARGS under the shim; its stdout, stderr and the requests."""
    with tempfile.NamedTemporaryFile("r", prefix="sends.", dir=os.environ.get("TMPDIR")) as log:
        env = dict(os.environ, LD_PRELOAD=PRELOAD, SOCKLS_TEST_SEND_LOG=log.name, **extra)
        env["ASAN_OPTIONS"] = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS"),
                                                     "verify_asan_link_order=0"]))
        p = sockls(*args, env=env)
        sent = [tuple(int(x) for x in line.split()) for line in log.read().splitlines()]
    return p, sent


def probes(sent):
    return [r for r in sent if r[2] == 0]


lst = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
lst.bind(("127.0.0.1", 0))
lst.listen()
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind(("127.0.0.1", 0))
tport, uport = lst.getsockname()[1], udp.getsockname()[1]

# the positive control: the shim logs, and a JSON head still probes (it names
# the source before any row)
p, sent = requests("-tan", "--json")
if not sent or not probes(sent):
    fail("the shim logged no probe for -tan --json: %r" % sent)
if json.loads(p.stdout)["source"] not in ("netlink", "mixed"):
    fail("-tan --json: source %r" % json.loads(p.stdout)["source"])

# a listing: no probe, and each request once
for args in (("-tanH",), ("-anH",), ("-tulnH",)):
    p, sent = requests(*args)
    if probes(sent):
        fail("sockls %s probed: %r" % (" ".join(args), sent))
    if len(set(sent)) != len(sent):
        fail("sockls %s sent a request twice: %r" % (" ".join(args), sent))
    if args == ("-tulnH",) and not any(r.local.endswith(":%d" % tport) for r in parse_table(p.stdout)):
        fail("-tulnH lost the test's sockets:\n" + p.stdout)

# UDP refused (as without udp_diag): the refused requests fall back to /proc,
# -v says so as before, the rows are /proc's, and nothing was probed
p, sent = requests("-uanH", "-v", SOCKLS_TEST_NO_DIAG_PROTO="17")
if probes(sent):
    fail("-uan with udp_diag refused probed: %r" % sent)
for fam in ("inet", "inet6"):
    if "udp/%s: netlink sock_diag unavailable, reading /proc" % fam not in p.stderr:
        fail("-uan -v: no fallback note for udp/%s: %r" % (fam, p.stderr))
same(parse_table(p.stdout), parse_table(sockls("-uanH", "--source", "proc").stdout),
     "udp refused vs --source proc")
if not any(r.local.endswith(":%d" % uport) for r in parse_table(p.stdout)):
    fail("the test's UDP socket is missing after the fallback:\n" + p.stdout)
# the JSON head names the source as the probes find it: only /proc serves -u
p, sent = requests("-uan", "--json", SOCKLS_TEST_NO_DIAG_PROTO="17")
if json.loads(p.stdout)["source"] != "proc":
    fail("-uan --json with udp_diag refused: source %r" % json.loads(p.stdout)["source"])
lst.close()
udp.close()
print("ok: requests go out unprobed; a refused one falls back to /proc as before")
