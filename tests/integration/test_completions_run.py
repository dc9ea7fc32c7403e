# SPDX-License-Identifier: MIT
"""The completions offer only what sockls then accepts (issue 27, item 15):
each candidate bash and fish offer in a filter position, for -A, and for
--state is typed into a whole command line and run; a usage error (status 2)
is a failure. What they must no longer offer (src <, a comma list inside a
filter, "and"/"or" first, every file for -N) and must offer (cgroup, the kinds
of -A) is checked too."""
import os
import shutil
import subprocess

from lib import SOCKLS, fail, sockls

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
BASHC = os.path.join(ROOT, "completions", "sockls.bash")
FISHC = os.path.join(ROOT, "completions", "sockls.fish")


def bash(*words):
    script = ('source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); '
              'COMPREPLY=(); _sockls; printf "%s\\n" "${COMPREPLY[@]}"')
    p = subprocess.run(["bash", "-c", script, "_", BASHC, "sockls", *words],
                       capture_output=True, text=True, timeout=30, cwd="/tmp")
    return [w for w in p.stdout.splitlines() if w]


def fish(line):
    if not shutil.which("fish"):
        fail("fish is not installed (tools/quickstart installs it)")
    p = subprocess.run(["fish", "-c", "source $argv[1]; complete -C -- $argv[2]", FISHC, "sockls " + line],
                       capture_output=True, text=True, timeout=30, cwd="/tmp")
    if p.stderr.strip():
        fail("fish completion: %r" % p.stderr)
    return [w.split("\t")[0] for w in p.stdout.splitlines() if w]


# a whole filter that starts with each keyword, to run
COMPLETE = {"src": ["src", "127.0.0.1"], "dst": ["dst", "127.0.0.1"], "sport": ["sport", "=", ":22"],
            "dport": ["dport", "=", ":22"], "state": ["state", "established"],
            "exclude": ["exclude", "listening"], "not": ["not", "sport", "=", ":22"],
            "(": ["(", "sport", "=", ":22", ")"], "cgroup": ["cgroup", "/"]}
AFTER = {"and": ["and", "dport", "=", ":1"], "or": ["or", "dport", "=", ":1"]}


def runs(args, what):
    p = subprocess.run([SOCKLS, *args], capture_output=True, text=True, timeout=60)
    if p.returncode == 2:
        fail("%s offers what sockls refuses: sockls %s: %s" % (what, " ".join(args), p.stderr))


for name, offer in (("bash", lambda w: bash(*w)), ("fish", lambda w: fish(" ".join(w)))):
    first = set(offer(["-t", ""]))
    if {"and", "or", ")"} & first:
        fail("%s offers and/or/) as the first filter word: %r" % (name, sorted(first)))
    if "cgroup" not in first or not first >= set(COMPLETE):
        fail("%s first filter words %r lack %r" % (name, sorted(first), sorted(set(COMPLETE) - first)))
    for w in first:
        runs(["-t", *COMPLETE[w]], name)
    later = set(offer(["-t", "sport", "=", ":22", ""]))
    if not {"and", "or"} <= later:
        fail("%s: after a term, and/or are offered: %r" % (name, sorted(later)))
    for w in later & set(AFTER):
        runs(["-t", "sport", "=", ":22", *AFTER[w]], name)
    ops = set(offer(["src", ""]))
    if ops != {"=", "!="}:
        fail("%s offers %r after src (addresses are not ordered)" % (name, sorted(ops)))
    for op in ops:
        runs(["src", op, "127.0.0.1"], name)
    for op in offer(["sport", ""]):
        runs(["sport", op, ":22"], name)
    states = offer(["state", "established,"])
    if any("," in s for s in states):
        fail("%s offers a comma list inside a filter: %r" % (name, states[:3]))
    for s in offer(["state", ""]):
        runs(["-t", "state", s], name)
    kinds = set(offer(["-A", ""]))
    if not {"packet", "netlink", "mptcp", "sctp", "vsock"} <= kinds:
        fail("%s -A lacks kinds: %r" % (name, sorted(kinds)))
    for k in kinds:
        p = subprocess.run([SOCKLS, "-A", k], capture_output=True, text=True, timeout=60)
        if p.returncode == 2:
            fail("%s offers -A %s, refused: %s" % (name, k, p.stderr))
# -N offers namespace names, not the files of the current directory
open("/tmp/sockls-compl-not-a-netns", "w").close()
try:
    for name, got in (("bash", bash("-N", "")), ("fish", fish("-N "))):
        if any("sockls-compl-not-a-netns" in g for g in got):
            fail("%s offers files of the current directory for -N: %r" % (name, got[:5]))
finally:
    os.unlink("/tmp/sockls-compl-not-a-netns")
print("ok: every candidate offered was run")
