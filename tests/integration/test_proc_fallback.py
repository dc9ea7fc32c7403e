"""The /proc source gives the same rows as netlink (LISTEN Send-Q excepted: /proc
has no backlog), both when asked (--source proc) and when sock_diag is
unavailable (auto falls back, and says so with -v)."""
import os

from lib import Mix, fail, parse_table, same, sockls

BUILD = os.environ.get("BUILD", "build")
PRELOAD = os.path.join(BUILD, "helpers", "libnonetlink.so")


def no_backlog(rows):
    out = rows.copy()
    out.clear()
    for r, n in rows.items():
        out[r._replace(send_q=0) if r.state == "LISTEN" else r] += n
    return out


with Mix():
    for opts in ("-tuanH", "-tlnH", "-uanH", "-tan4H", "-tan6H", "-tunH"):
        nl = parse_table(sockls(opts, "--source", "netlink").stdout)
        proc = parse_table(sockls(opts, "--source", "proc").stdout)
        if not nl:
            fail("netlink listing empty for " + opts)
        same(no_backlog(nl), proc, "netlink vs proc for " + opts)
        if any(r.state == "LISTEN" and r.send_q for r in proc):
            fail("/proc rows cannot know a LISTEN backlog")

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
    # JSON says where the rows came from.
    import json
    doc = json.loads(sockls("-tan", "--json", env=env).stdout)
    if doc["source"] != "proc":
        fail("JSON source after fallback: %r" % doc["source"])
print("ok")
