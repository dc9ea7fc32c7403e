# SPDX-License-Identifier: MIT
"""Bad input: one clear line naming the bad token and exit status 2 for usage
errors, 1 for runtime failures; never a crash or a silently empty answer.
Plus the quiet closed pipe and a forced-tiny netlink receive buffer."""
import os
import socket
import subprocess
import tempfile

from lib import Mix, fail, owner_note_only, parse_table, same, sockls

USAGE = [
    (["--port", "70000"], "70000"),
    (["--port", "-1"], "-1"),
    (["--port", "22x"], "22x"),
    (["--port", "0x16"], "0x16"),
    (["--sport", "2000-1000"], "2000-1000"),
    (["--dport", "nosuchservice"], "nosuchservice"),
    (["--state", "LISTENN"], "LISTENN"),
    (["--state", "established,bogus"], "bogus"),
    (["sport", "=", ":"], ":"),
    (["(", "sport", "=", ":22"], "("),
    (["sport", "=", ":22", ")"], ")"),
    (["sport", "=", ":22", "and"], "and"),
    (["src", "999.1.1.1"], "999.1.1.1"),
    (["-Q"], "-Q"),
    (["--bogus"], "--bogus"),
    (["--source", "tcp"], "tcp"),
    (["--netns-pid", "0"], "0"),
    (["--state"], "--state"),
]

for args, token in USAGE:
    p = sockls(*args, expect=2)
    lines = p.stderr.strip().splitlines()
    if p.stdout:
        fail("%s: usage error wrote to stdout: %r" % (args, p.stdout))
    if not lines or token not in lines[0] or not lines[0].startswith("sockls: "):
        fail("%s: first stderr line does not name %r: %r" % (args, token, p.stderr))
    if len(lines) > 2 or (len(lines) == 2 and "--help" not in lines[1]):
        fail("%s: more than one line of error: %r" % (args, p.stderr))

# A mode in a format the writer table has no entry for: the table's one
# message (what the format cannot write, and what it writes), status 2, as
# -s --prometheus. --doctor --ndjson was the CLI's own refusal before the
# doctor report became a record of the table; --list-services printed its
# text whatever format was asked.
REFUSED = [
    (["--list-services", "--json"], "sockls: --json cannot write --list-services' names (it "
     "writes a listing, -K's results, -s's summary, --ephemeral's report, --count-by's groups, "
     "--doctor's report)"),
    (["--doctor", "--ndjson"], "sockls: --ndjson cannot write --doctor's report (it writes a "
     "listing, -K's results, -s's summary, --ephemeral's report, --watch's refreshes, "
     "--ephemeral --watch's report, -E's events)"),
    (["-s", "--prometheus"], "sockls: --prometheus cannot write -s's summary (it writes a "
     "listing, --count-by's groups, --doctor's report)"),
]
for args, line in REFUSED:
    p = sockls(*args, expect=2)
    if p.stdout or p.stderr.splitlines() != [line, "Try 'sockls --help' for more information."]:
        fail("%s: stdout %r, stderr %r, expected %r" % (args, p.stdout, p.stderr, line))

# Runtime failures: status 1, one line.
with tempfile.TemporaryDirectory() as d:
    bad = os.path.join(d, "services")
    with open(bad, "w") as f:
        f.write("http 80/tcp\nthis line is not a service\n")
    p = sockls("--services", bad, "-tln", expect=2)
    if ":2:" not in p.stderr:
        fail("malformed services file: line not named: %r" % p.stderr)
    p = sockls("--services", os.path.join(d, "missing"), "-tln", expect=1)
    if "missing" not in p.stderr or p.stdout:
        fail("missing services file: %r %r" % (p.stdout, p.stderr))
    p = sockls("--proc-root", os.path.join(d, "nothing"), "-tan", expect=1)
    if len(p.stderr.strip().splitlines()) != 1:
        fail("missing proc root: %r" % p.stderr)
    p = sockls("-N", "sockls-no-such-namespace", "-tan", expect=1)
    if "sockls-no-such-namespace" not in p.stderr:
        fail("missing namespace not named: %r" % p.stderr)

with Mix():
    # A reader that goes away: status 0, nothing on stderr, for every writer.
    for args in (["-tuan"], ["-tuan", "--json"], ["-tuan", "--ndjson"], ["-tuanp"]):
        p = subprocess.run("%s %s | head -1 >/dev/null; echo ${PIPESTATUS[0]}"
                           % (os.environ["SOCKLS"], " ".join(args)), shell=True,
                           executable="/bin/bash", capture_output=True, text=True)
        if p.stdout.strip() != "0" or not owner_note_only(p.stderr):
            fail("%s | head -1: status %r, stderr %r" % (args, p.stdout, p.stderr))
    # Many sockets, so the dump spans many receive buffers; a forced-tiny buffer
    # (one page per recv) gives exactly the rows the default one does.
    lst = socket.socket()
    lst.bind(("127.0.0.1", 7000))
    lst.listen(512)
    held = [socket.create_connection(("127.0.0.1", 7000)) for _ in range(400)]
    held += [lst.accept()[0] for _ in range(400)]
    normal = parse_table(sockls("-tuanH").stdout)
    tiny = parse_table(sockls("-tuanH", "--rcvbuf", "8192").stdout)
    env = dict(os.environ, SOCKLS_RCVBUF="8192")
    tiny_env = parse_table(sockls("-tuanH", env=env).stdout)
    if sum(normal.values()) < 800:
        fail("expected 800+ sockets, got %d" % sum(normal.values()))
    same(normal, tiny, "default vs --rcvbuf 8192")
    same(normal, tiny_env, "default vs SOCKLS_RCVBUF=8192")
print("ok")
