#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""JSON schema v2 and --json-version (issue 27 item 18).

- v1 stays as it was: on a fixed input (a /proc tree put together here from
  tests/fixtures: proc/real, proc/kinds, sockstat/full, eph/basic),
  `--json-version 1` gives tests/fixtures/json_v1/* byte for byte. Those
  files are what sockls 0.3.0-pre (commit d7125dc, before v2) printed for the
  same tree, and they validate against docs/sockls.v1.schema.json.
  Positive control: the default (v2) output of the same tree differs from
  every golden whose keys v2 renamed.
- v2 is the default, and every mode's output validates against
  docs/sockls.schema.json with version 2 (every --ndjson line carries it):
  listings (--json, --ndjson, -e -o -i -m -p --cgroup), -s, --ephemeral,
  --count-by, -K --dry-run, --doctor, --watch --ndjson, -E --ndjson and
  --ephemeral --watch --ndjson. Positive control: the validator rejects a v1
  document called version 2, and a v2 one called version 1.
- v2 names the other end "remote" everywhere: with -p a connection made here
  has remote.processes holding this test's pid (no peer_processes), a UNIX
  pair's remote.inode is the other socket's inode, an --ephemeral
  destination nests local/remote, and -s says which TCP states it could not
  count and why.
- a bad --json-version is a usage error: status 2, nothing on stdout, one
  line naming the word typed."""
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from lib import HERE, SOCKLS, Mix, fail, skip, sockls

FIX = os.path.join(HERE, "..", "fixtures")
GOLD = os.path.join(FIX, "json_v1")
VALIDATE = os.path.join(HERE, "..", "schema", "validate.py")
CASES = [  # golden file, arguments (after --proc-root ROOT), keys v2 renamed in it
    ("list.json", ["-a", "-e", "-o", "-i", "-m", "-p", "--json"], True),
    ("list.ndjson", ["-a", "-p", "--ndjson"], True),
    ("packet.json", ["-a", "-0", "--json"], True),
    ("netlink.json", ["-a", "-A", "netlink", "-p", "--json"], True),
    ("unix.json", ["-ax", "-p", "--json"], True),
    ("summary.json", ["-s", "--json"], True),
    ("summary_all.json", ["-s", "-a", "--json"], True),
    ("ephemeral.json", ["--ephemeral", "--json"], True),
    ("count.json", ["-a", "--count-by", "state,remote-addr", "--json"], True),
]


_VALIDATE = {}


def validators():
    """tests/schema/validate.py loaded once, with both schemas checked and
    compiled once (a process per document cost about a second each)."""
    if not _VALIDATE:
        spec = importlib.util.spec_from_file_location("sockls_validate", VALIDATE)
        mod = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(mod)
        except SystemExit:
            skip("python3 jsonschema is missing: cannot validate (install python3-jsonschema)")
        _VALIDATE["mod"] = mod
        _VALIDATE["schemas"] = {v: mod.validators(p) for v, p in mod.SCHEMAS.items()}
    return _VALIDATE["mod"], _VALIDATE["schemas"]


def validate(text, what, version, ndjson=False):
    """As validate.py -vVERSION would: each object names that version and
    validates against its schema."""
    if not text.strip():
        fail("%s: nothing to validate" % what)
    mod, schemas = validators()
    for o in [json.loads(l) for l in text.splitlines()] if ndjson else [json.loads(text)]:
        if mod.version_of(o, ndjson) != version:
            fail("schema v%d: %s: an object of version %s" % (version, what, mod.version_of(o, ndjson)))
        v = schemas[version]
        try:
            if ndjson:
                v["line"].validate(o)
            else:
                (v["doctor"] if isinstance(o, dict) and "doctor" in o else v["doc"]).validate(o)
        except mod.jsonschema.ValidationError as e:
            fail("schema v%d: %s: at /%s: %s" % (version, what,
                                                 "/".join(str(x) for x in e.absolute_path), e.message))
    objs = [json.loads(l) for l in text.splitlines()] if ndjson else [json.loads(text)]
    for o in objs:
        if version == 2 and o.get("version") != 2:
            fail("%s: an object without \"version\": 2: %r" % (what, o))
        if version == 1 and ndjson and "version" in o:
            fail("%s: a v1 --ndjson line has a version: %r" % (what, o))
    return objs


def keys_deep(o):
    if isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from keys_deep(v)
    elif isinstance(o, list):
        for v in o:
            yield from keys_deep(v)


def proc_root(d):
    net = os.path.join(d, "net")
    os.makedirs(net)
    for sub in ("proc/real/net", "proc/kinds/net", "sockstat/full/net"):
        for name in os.listdir(os.path.join(FIX, sub)):
            shutil.copy(os.path.join(FIX, sub, name), net)
    shutil.copytree(os.path.join(FIX, "eph/basic/sys"), os.path.join(d, "sys"))
    return d


def golden(root):
    for name, args, renamed in CASES:
        with open(os.path.join(GOLD, name)) as f:
            want = f.read()
        validate(want, "golden " + name, 1, ndjson=name.endswith(".ndjson"))
        got = sockls("--json-version", "1", "--proc-root", root, *args).stdout
        if got != want:
            fail("--json-version 1 %s differs from %s:\n%s\n%s" % (" ".join(args), name,
                                                                   got[:600], want[:600]))
        v2 = sockls("--proc-root", root, *args).stdout
        if renamed and v2 == want:
            fail("control: the default output of %s is v1's: --json-version changes nothing"
                 % " ".join(args))
        validate(v2, "v2 " + name, 2, ndjson=name.endswith(".ndjson"))


def controls():
    """The validator must tell the versions apart."""
    with open(os.path.join(GOLD, "unix.json")) as f:
        v1 = json.loads(f.read())
    for doc, ver in ((dict(v1, version=2), 2),):
        with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
            json.dump(doc, f)
            f.flush()
            p = subprocess.run([sys.executable, VALIDATE, f.name], capture_output=True, text=True)
        if p.returncode != 1:
            fail("control: a v1 document called version %d validates: %s" % (ver, p.stdout))
    # validate() below, in this process, rejects it too (stdout of the
    # expected failure kept out of the test's own)
    with open(os.devnull, "w") as null:
        saved, sys.stdout = sys.stdout, null
        try:
            validate(json.dumps(dict(v1, version=2)), "control", 2)
            rejected = False
        except SystemExit:
            rejected = True
        finally:
            sys.stdout = saved
    if not rejected:
        fail("control: validate() takes a v1 document called version 2")
    v2 = json.loads(sockls("--proc-root", ROOT, "-ax", "-p", "--json").stdout)
    with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
        json.dump(dict(v2, version=1), f)
        f.flush()
        p = subprocess.run([sys.executable, VALIDATE, f.name], capture_output=True, text=True)
    if p.returncode != 1:
        fail("control: a v2 document called version 1 validates: %s" % p.stdout)


def bad_values():
    for word in ("0", "3", "x", "", "1x", "-1", "2.0", "+2", "01", "02", " 2"):
        p = sockls("--json-version", word, "--json", expect=2)
        lines = p.stderr.strip().splitlines()
        if p.stdout or not lines or "--json-version '%s'" % word not in lines[0] or \
                len(lines) > 2 or (len(lines) == 2 and "--help" not in lines[1]):
            fail("--json-version %r: %r %r" % (word, p.stdout, p.stderr))
    p = sockls("--json-version", "1", "-tln", expect=2)
    if p.stdout or "--json-version" not in p.stderr.splitlines()[0]:
        fail("--json-version without JSON output: %r" % p.stderr)


def stream(args, seconds, during=None):
    p = subprocess.Popen([SOCKLS, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
    time.sleep(0.5)
    if during:
        during()
    time.sleep(seconds)
    p.terminate()
    out, err = p.communicate(timeout=20)
    if p.returncode not in (0, -15):
        fail("%s: status %d: %s" % (" ".join(args), p.returncode, err))
    return out


def connect_close():
    l = socket.socket()
    l.bind(("127.0.0.1", 0))
    l.listen(4)
    c = socket.create_connection(l.getsockname())
    a, _ = l.accept()
    c.sendall(b"x")
    a.recv(1)
    for s in (c, a, l):
        s.close()


def live():
    """Every mode, v2, on sockets of this namespace."""
    l = socket.socket()
    l.bind(("127.0.0.1", 0))
    l.listen(4)
    port = l.getsockname()[1]
    c = socket.create_connection(("127.0.0.1", port))
    a, _ = l.accept()
    u1, u2 = socket.socketpair()
    try:
        docs = {}
        for args in (["-a", "-e", "-o", "-i", "-m", "-p", "--cgroup"], ["-ax", "-p"],
                     ["-a", "-A", "netlink"], ["-s"], ["-s", "-a"], ["-s", "-u"],
                     ["--ephemeral"], ["--count-by", "remote,state"],
                     ["-K", "--dry-run", "-t", "dport", "=", ":%d" % port]):
            docs[" ".join(args)] = validate(sockls(*args, "--json").stdout, " ".join(args), 2)[0]
        validate(sockls("-a", "-p", "--ndjson").stdout, "--ndjson", 2, ndjson=True)
        validate(sockls("--doctor", "--json", "--interval", "0.2", "--fail-on", "none").stdout, "--doctor", 2)
        validate(sockls("--doctor", "--json", "--interval", "0.2", "--fail-on", "none", "--json-version", "1").stdout,
                 "--doctor v1", 1)
        for ver in (2, 1):
            vo = ["--json-version", "1"] if ver == 1 else []
            validate(stream(["--watch=0.2", "--ndjson", "-ta", *vo], 1.0, connect_close),
                     "--watch --ndjson v%d" % ver, ver, ndjson=True)
            ev = stream(["-E", "-t", "--ndjson", *vo], 1.0, connect_close)
            validate(ev, "-E --ndjson v%d" % ver, ver, ndjson=True)
            validate(stream(["--ephemeral", "--watch=0.2", "--ndjson", *vo], 0.8),
                     "--ephemeral --watch --ndjson v%d" % ver, ver, ndjson=True)

        lst = docs["-a -e -o -i -m -p --cgroup"]
        if any(k.startswith("peer_") or k in ("dst_portid", "local_cid", "local_addr")
               for k in keys_deep(lst)):
            fail("v2 listing still names the other end the v1 way: %r"
                 % sorted(set(keys_deep(lst))))
        mine = [s for s in lst["sockets"] if s["proto"] == "tcp" and
                s["state"] == "ESTABLISHED" and s["local"]["port"] == c.getsockname()[1]]
        if len(mine) != 1 or [p["pid"] for p in mine[0]["remote"]["processes"]] != [os.getpid()]:
            fail("the client's remote.processes is not this test: %r" % mine)
        ino = {os.fstat(s.fileno()).st_ino: s for s in (u1, u2)}
        pair = [s for s in docs["-ax -p"]["sockets"] if s["inode"] in ino]
        if len(pair) != 2 or {s["remote"]["inode"] for s in pair} != set(ino) or \
                pair[0]["remote"]["inode"] == pair[0]["inode"]:
            fail("the UNIX pair's remote.inode: %r" % pair)
        sm = docs["-s"]["summary"]
        nulls = [k for k, v in sm["tcp_states"].items() if v is None]
        unk = sm["tcp_states_unknown"]
        if sorted(nulls) != sorted(unk["states"]) or (nulls and not unk["why"]):
            fail("-s: null states %r, tcp_states_unknown %r" % (nulls, unk))
        if "ESTABLISHED" not in nulls:
            fail("-s with a connection open: ESTABLISHED should be unknown: %r" % sm)
        if docs["-s -a"]["summary"]["tcp_states_unknown"] != {"states": [], "why": None}:
            fail("-s -a counts every state: %r" % docs["-s -a"]["summary"]["tcp_states_unknown"])
        dests = docs["--ephemeral"]["ephemeral_report"]["destinations"]
        if not any(d["remote"] == {"addr": "127.0.0.1", "port": port, "service": d["remote"]["service"]}
                   and d["local"] == {"addr": "127.0.0.1"} for d in dests):
            fail("--ephemeral: no nested destination 127.0.0.1:%d: %r" % (port, dests))
    finally:
        for s in (c, a, l, u1, u2):
            s.close()


tmp = tempfile.mkdtemp()
try:
    ROOT = proc_root(os.path.join(tmp, "proc"))
    golden(ROOT)
    controls()
    bad_values()
    live()
finally:
    shutil.rmtree(tmp, ignore_errors=True)
print("ok: v1 byte-identical with --json-version 1 (%d goldens); every mode valid v2" % len(CASES))
