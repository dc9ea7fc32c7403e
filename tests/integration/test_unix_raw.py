# SPDX-License-Identifier: MIT
"""UNIX and RAW sockets: sockls -x/-w list what ss -x/-w list (type, state,
queues, path, inode, peer inode; ICMP/ICMPv6 raw sockets), a hostile path
(newline, ESC) stays one escaped table row and valid JSON, and --source proc
gives the same sockets as netlink for the facts /proc/net/unix has."""
import collections
import json
import os
import re
import shutil
import tempfile

from lib import Mix, SS_STATE, as_proc_sees, fail, parse_ss, parse_table, sockls, ss

UnixRow = collections.namedtuple("UnixRow", "netid state recv_q send_q path inode peer")
UNIX_RE = re.compile(r"^(u_str|u_dgr|u_seq)\s+(\S+)\s+(\d+|\?)\s+(\d+|\?)\s+(.*?)\s+(\d+)\s+(\S+)\s+(\d+|\?)\s*$",
                     re.S)
problems = []


def problem(msg):
    problems.append(msg)


def unescape(s):
    """Inverse of esc_term(): "\\\\" -> "\\", "\\xHH" -> byte HH."""
    out = bytearray()
    i = 0
    while i < len(s):
        if s.startswith("\\\\", i):
            out += b"\\"
            i += 2
        elif s.startswith("\\x", i) and re.match(r"[0-9a-f]{2}", s[i + 2:i + 4]):
            out.append(int(s[i + 2:i + 4], 16))
            i += 4
        else:
            out += s[i].encode()
            i += 1
    return out.decode("utf-8", "surrogateescape")


def split_rows(text):
    """Rows of a unix listing; ss prints a path's newline raw, so a line that
    does not start with a Netid continues the previous row."""
    rows = []
    for line in text.split("\n"):
        if re.match(r"u_(str|dgr|seq)\s", line) or not rows:
            rows.append(line)
        else:
            rows[-1] += "\n" + line
    return [r for r in rows if r.strip()]


def parse_unix(text, ours):
    rows = collections.Counter()
    for line in split_rows(text):
        m = UNIX_RE.match(line)
        if not m:
            fail("unparsable unix row %r" % line)
        netid, state, rq, sq, path, ino, _, peer = m.groups()
        if ours:
            path = unescape(path)
        else:
            state = SS_STATE[state]
        if path.startswith("@"):
            path = path.replace("\0", "@")  # ss and /proc show every NUL of an abstract name as @
        num = lambda t: None if t == "?" else int(t)  # "?": unknown (/proc)
        rows[UnixRow(netid, state, num(rq), num(sq), path, int(ino), num(peer))] += 1
    return rows


def differ(a, b, what):
    if a != b:
        problem("%s differ\n    only first: %s\n    only second: %s"
                % (what, sorted((a - b).elements()), sorted((b - a).elements())))


def by_inode(rows):
    return {r.inode: r for r in rows}


def check_known(rows, mix):
    """The mix's facts, asserted directly, not only through ss."""
    ino = mix.info["inodes"]
    paths = mix.info["paths"]
    rows = by_inode(rows)
    want = {
        "abs_listener": ("u_str", "LISTEN", 3, 8),
        "stream_listener": ("u_str", "LISTEN", 0, 4),
        "stream_server": ("u_str", "ESTABLISHED", 100, 0),
        "dgram_space": ("u_dgr", "ESTABLISHED", 10, 0),
        "seq_listener": ("u_seq", "LISTEN", 0, 2),
        "abs_dgram": ("u_dgr", "UNCONN", 0, 0),
        "evil": ("u_dgr", "UNCONN", 0, 0),
    }
    for key, (netid, state, rq, sq) in want.items():
        r = rows.get(ino[key])
        path = paths[key].replace("\0", "@") if paths[key].startswith("@") else paths[key]
        if not r:
            problem("sockls -xan: no row for %s (inode %d)" % (key, ino[key]))
        elif (r.netid, r.state, r.recv_q, r.send_q, r.path) != (netid, state, rq, sq, path):
            problem("sockls -xan row for %s: %s, expected %s %s %d %d path %r"
                    % (key, r, netid, state, rq, sq, path))
    srv, cli = rows.get(ino["stream_server"]), rows.get(ino["stream_client"])
    if srv and cli and (srv.peer != cli.inode or cli.peer != srv.inode):
        problem("stream pair peers: server %s client %s" % (srv, cli))


def check_escaped_row(out, mix):
    evil = mix.info["paths"]["evil"]
    if "\x1b" in out or "\r" in out:
        problem("raw control bytes in the table: %r" % out)
    lines = [l for l in out.splitlines() if str(mix.info["inodes"]["evil"]) in l.split()]
    esc = evil.replace("\n", "\\x0a").replace("\x1b", "\\x1b")
    if len(lines) != 1 or esc not in lines[0]:
        problem("hostile path is not one escaped row: %r (want %r)" % (lines, esc))
    if len(out.splitlines()) != len(split_rows(out)):
        problem("a table row spans lines")


def check_json(mix):
    doc = json.loads(sockls("--json", "-xa").stdout)  # raises on invalid JSON
    ino, paths = mix.info["inodes"], mix.info["paths"]
    got = {s.get("inode"): s for s in doc["sockets"]}
    for key in ("evil", "stream_listener", "dgram_space", "abs_listener", "abs_nul"):
        s = got.get(ino[key])
        if not s:
            problem("--json -x: no socket with inode %d (%s)" % (ino[key], key))
            continue
        if s["local"]["path"] != paths[key]:
            problem("--json -x path of %s: %r, expected %r" % (key, s["local"]["path"], paths[key]))
    s = got.get(ino["abs_listener"], {})
    if (s.get("type"), s.get("state"), s.get("recv_q"), s.get("send_q")) != ("stream", "LISTEN", 3, 8):
        problem("--json -x abstract listener: %r" % s)
    for s in doc["sockets"]:
        if s.get("inode") in (ino["stream_client"], ino["dgram_client"]) and s["local"]["path"] is not None:
            problem("--json -x unbound socket has a path: %r" % s)


def check_raw(mix):
    got = parse_table(sockls("-wanH").stdout, "raw")
    theirs = parse_ss(ss("-wanH").stdout, "raw")
    from_proc = json.loads(sockls("--json", "-wa").stdout)["source"] == "proc"
    if from_proc:
        # Without raw_diag both read /proc/net/raw6, which has no V6ONLY: ss
        # prints "*" (dual stack) anyway, sockls keeps "[::]" (unknown).
        theirs = collections.Counter({r._replace(local=r.local.replace("*:", "[::]:"),
                                                 peer=r.peer.replace("*:", "[::]:")): n
                                      for r, n in theirs.items()})
    differ(got, theirs, "sockls -wanH vs ss -wanH")
    locals_ = sorted(r.local for r in got)
    wild6 = "[::]:58" if from_proc else "*:58"  # the kernel: V6ONLY off by default
    if locals_ != sorted(["127.0.0.1:1", wild6]):
        problem("raw sockets: %s, expected ICMP on 127.0.0.1 and ICMPv6 on [::]" % locals_)
    doc = json.loads(sockls("--json", "-wae").stdout)
    protos = sorted((s.get("family"), s.get("ip_protocol")) for s in doc["sockets"])
    if protos != [("inet", 1), ("inet6", 58)]:
        problem("--json -w ip_protocol: %s" % protos)
    differ(parse_table(sockls("-wanH", "--source", "proc").stdout, "raw"), as_proc_sees(got),
           "raw: --source proc vs netlink")


def check_proc(nl_rows, mix):
    """/proc/net/unix has no queues and no peer ("?"); embryos (connections not
    yet accepted) appear there with inode 0; a newline in a path ends the line
    there, and the next line is the rest of the path."""
    p = sockls("-xanH", "--source", "proc")
    evil = mix.info["inodes"]["evil"]
    if "\x1b" in p.stdout:
        problem("--source proc: raw ESC in the table")
    proc = parse_unix(p.stdout, True)
    key = lambda r: (r.netid, r.state, r.path, r.inode)
    a = collections.Counter(key(r) for r in nl_rows.elements() if r.inode != evil)
    b = collections.Counter(key(r) for r in proc.elements() if r.inode != evil)
    differ(a, b, "unix (type, state, path, inode): netlink vs --source proc")
    # what /proc cannot know is "?", never a made-up 0 (issue 16)
    if any(r.recv_q is not None or r.send_q is not None or r.peer is not None
           for r in proc.elements()):
        problem("--source proc: unix queues and peers must print ?: %s"
                % [r for r in proc.elements() if r.recv_q is not None][:3])
    # the newline in the path no longer cuts it short: the whole path, as netlink gives it
    if not any(r.inode == evil and mix.info["paths"]["evil"] == r.path for r in proc):
        problem("--source proc: hostile path row missing or cut short: %s"
                % [r for r in proc if r.inode == evil])
    if "could not be read" in p.stderr:
        problem("--source proc: a path with a newline counted as unreadable: %r" % p.stderr)


d = tempfile.mkdtemp(prefix="sockls-unix-")
try:
    with Mix("unixmix.py", [d]) as mix:
        out = sockls("-xanH").stdout
        ours = parse_unix(out, True)
        theirs = parse_unix(ss("-xanH").stdout, False)
        if len(ours) < 16:
            fail("too few unix rows: %s" % ours)
        differ(ours, theirs, "sockls -xanH vs ss -xanH")
        check_known(ours, mix)
        check_escaped_row(out, mix)
        check_escaped_row(sockls("-xan").stdout, mix)
        check_json(mix)
        check_raw(mix)
        check_proc(ours, mix)
finally:
    shutil.rmtree(d, ignore_errors=True)
if problems:
    fail("\n  ".join([""] + problems))
print("ok")
