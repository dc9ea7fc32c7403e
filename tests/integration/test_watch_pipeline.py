# SPDX-License-Identifier: MIT
"""--watch, --ephemeral --watch and -E build their pipeline once: over many
refreshes the netlink sock_diag sockets are opened once (the listing's
source and the servers' two), not once per refresh (strace counts
socket(AF_NETLINK, ...)). On the pipeline rebuilt per refresh the counts grow
with the refreshes."""
import os
import shutil
import subprocess
import tempfile

from lib import SOCKLS, fail, skip

if not shutil.which("strace"):
    skip("strace is not installed")


def count(args, seconds):
    """(netlink sockets, lines of output) of sockls args over seconds."""
    with tempfile.TemporaryDirectory() as d:
        trace, out = os.path.join(d, "trace"), os.path.join(d, "out")
        with open(out, "w") as o:
            # the signal goes to sockls (timeout's child), as a user's ^C would
            subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket", "-o", trace, "timeout",
                            "-s", "INT", str(seconds), SOCKLS, *args], stdout=o,
                           stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, timeout=60,
                           check=False)
        with open(trace) as t:
            n = sum(1 for line in t if "socket(AF_NETLINK" in line)
        with open(out) as f:
            lines = sum(1 for _ in f)
    return n, lines


# 0.2 s refreshes for 2 s: about ten refreshes (at least three under load)
socks, lines = count(["--watch=0.2", "--ndjson", "-tn"], 2.0)
if lines < 3:
    fail("--watch --ndjson: %d refreshes in 2 s" % lines)
if socks > 3:
    fail("--watch --ndjson: %d netlink sockets over %d refreshes (at most 3)" % (socks, lines))

socks, lines = count(["--ephemeral", "--watch=0.2", "--ndjson"], 2.0)
if lines < 3 or socks > 3:
    fail("--ephemeral --watch --ndjson: %d netlink sockets over %d refreshes" % (socks, lines))

# -E polls every second: three polls, the event groups' socket and the poll's three
socks, _ = count(["-E", "-tn"], 3.3)
if socks > 4:
    fail("-E: %d netlink sockets over three polls (at most 4)" % socks)
print("pipeline built once: netlink sockets opened once per run")
