# SPDX-License-Identifier: MIT
"""The /proc source gives the same rows as netlink (except what /proc cannot
know, printed "?" or kept "[::]": lib.as_proc_sees), both when asked (--source proc) and when sock_diag is
unavailable (auto falls back, and says so with -v)."""
import json
import os

from lib import Mix, as_proc_sees, fail, parse_table, same, sockls

BUILD = os.environ.get("BUILD", "build")
PRELOAD = os.path.join(BUILD, "helpers", "libnonetlink.so")


with Mix():
    for opts in ("-tuanH", "-tlnH", "-uanH", "-tan4H", "-tan6H", "-tunH"):
        nl = parse_table(sockls(opts, "--source", "netlink").stdout)
        proc = parse_table(sockls(opts, "--source", "proc").stdout)
        if not nl:
            fail("netlink listing empty for " + opts)
        same(as_proc_sees(nl), proc, "netlink vs proc for " + opts)
        if any(r.state == "LISTEN" and r.send_q is not None for r in proc):
            fail("/proc rows cannot know a LISTEN backlog: Send-Q must be ?")

    env = dict(os.environ, LD_PRELOAD=os.path.abspath(PRELOAD))
    # Under an ASan build the shim comes before the ASan runtime: allowed here.
    env["ASAN_OPTIONS"] = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS"),
                                                 "verify_asan_link_order=0"]))
    # auto: sock_diag refused -> /proc, same rows, a note only with -v.
    auto = sockls("-tuanH", env=env)
    if auto.stderr:
        fail("fallback without -v must be silent: %r" % auto.stderr)
    same(parse_table(auto.stdout), parse_table(sockls("-tuanH", "--source", "proc").stdout),
         "auto fallback vs --source proc")
    verbose = sockls("-tuanH", "-v", env=env)
    if "netlink sock_diag unavailable" not in verbose.stderr:
        fail("-v did not say which source served: %r" % verbose.stderr)
    # --source netlink must not fall back: a one-line error, status 1.
    forced = sockls("-tuanH", "--source", "netlink", env=env, expect=1)
    if forced.stdout or len(forced.stderr.strip().splitlines()) != 1:
        fail("--source netlink without sock_diag: %r %r" % (forced.stdout, forced.stderr))
    # One protocol without its diag module (UDP here): only it falls back, and
    # the JSON head, written before any row, already says "mixed".
    mixed_env = dict(env, SOCKLS_TEST_NO_DIAG_PROTO="17")
    mixed = sockls("-tuanH", "-v", env=mixed_env)
    if "udp/inet: netlink sock_diag unavailable" not in mixed.stderr or \
            "tcp/inet+inet6: netlink sock_diag" not in mixed.stderr:
        fail("per-protocol fallback not reported: %r" % mixed.stderr)
    # -v names each kind's own family: packet and netlink sockets are not "unix"
    import socket as _s
    held = _s.socket(_s.AF_NETLINK, _s.SOCK_RAW, 0)
    kinds = sockls("-a", "-A", "packet,netlink,unix", "-v").stderr
    held.close()
    for w in ("\nsockls: packet: netlink sock_diag, ", "\nsockls: netlink: netlink sock_diag, ",
              "\nsockls: unix: netlink sock_diag, "):
        if w not in "\n" + kinds:
            fail("-v: missing %r in %r" % (w.strip(), kinds))
    if "/unix:" in kinds:
        fail("-v labels a kind's family as unix: %r" % kinds)
    # /proc does not know a UNIX socket's peer: its processes are unknown too
    # (null), not an empty list; netlink knows both (the positive control)
    a, b = _s.socketpair()
    ino = os.fstat(a.fileno()).st_ino
    for src, known in (("netlink", True), ("proc", False)):
        doc = json.loads(sockls("-xap", "--json", "--source", src).stdout)
        mine = [x for x in doc["sockets"] if x["inode"] == ino]
        if len(mine) != 1:
            fail("--source %s: socketpair inode %d not listed once" % (src, ino))
        peers = mine[0]["remote"]["processes"]
        if known and (mine[0]["remote"]["inode"] is None or os.getpid() not in [p["pid"] for p in peers]):
            fail("--source netlink: the socketpair's peer and its process: %r" % mine[0])
        if not known and (mine[0]["remote"]["inode"] is not None or peers is not None):
            fail("--source proc: remote.inode and remote.processes must be null: %r" % mine[0])
    a.close()
    b.close()
    rows = parse_table(mixed.stdout)
    tcp_nl = parse_table(sockls("-tanH", "--source", "netlink").stdout, "tcp")
    udp_proc = parse_table(sockls("-uanH", "--source", "proc").stdout, "udp")
    same(rows, tcp_nl + udp_proc, "mixed sources vs tcp from netlink + udp from /proc")
    if json.loads(sockls("-tuan", "--json", env=mixed_env).stdout)["source"] != "mixed":
        fail("JSON source with one protocol from /proc is not 'mixed'")
    # JSON says where the rows came from.
    doc = json.loads(sockls("-tan", "--json", env=env).stdout)
    if doc["source"] != "proc":
        fail("JSON source after fallback: %r" % doc["source"])
print("ok")
