#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""test_proc_fixture_ss.py - iproute2's own /proc parser as an independent oracle:
`PROC_ROOT=<fixture> ss -tanH` (and -u, -w) must list exactly the inet rows of
tests/fixtures/proc/<case>/expected.tsv, the golden file test_proc_source.c
also checks sockls's parser against.

Unix rows of expected.tsv are written by hand and not compared here: ss's
/proc/net/unix reader cuts paths at spaces, maps an unaccepted connection
(St 02) to SYN-SENT and calls any dgram socket ESTAB when kernel pointers are
visible, so it is no oracle for them.

iproute2 (6.1) silently drops a last line without '\\n'; the fixtures have
such lines on purpose, so ss reads a copy with the newline added.

Exit 0 pass, 77 skip (no ss), 1 fail. `--regen` rewrites the inet rows of
every expected.tsv from ss (review the diff by hand before committing).
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "fixtures", "proc")
CASES = ("real", "edge")
SS_PROTOS = (("tcp", "-tanH"), ("udp", "-uanH"), ("raw", "-wanH"))


def ss_rows(root):
    rows = []
    for proto, opt in SS_PROTOS:
        env = dict(os.environ, PROC_ROOT=root)
        out = subprocess.run(["ss", opt], env=env, check=True, capture_output=True,
                             text=True).stdout
        for line in out.splitlines():
            f = line.split()
            if len(f) != 5:
                raise RuntimeError("unexpected ss line: %r" % line)
            rows.append("\t".join([proto] + f))
    return sorted(rows)


def newline_terminated_copy(case, tmp):
    dst = os.path.join(tmp, case)
    shutil.copytree(os.path.join(FIXTURES, case), dst)
    for name in os.listdir(os.path.join(dst, "net")):
        path = os.path.join(dst, "net", name)
        with open(path, "rb") as f:
            data = f.read()
        if data and not data.endswith(b"\n"):
            with open(path, "ab") as f:
                f.write(b"\n")
    return dst


def read_expected(case):
    with open(os.path.join(FIXTURES, case, "expected.tsv"), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    return lines


def regen(case, rows):
    path = os.path.join(FIXTURES, case, "expected.tsv")
    keep = [l for l in read_expected(case) if l.startswith("u_")] if os.path.exists(path) else []
    with open(path, "w", encoding="utf-8") as f:
        f.write("# proto\tstate\trecv_q\tsend_q\tlocal\tpeer  (ss -n style; inet rows from ss,"
                " u_* rows by hand; control bytes as \\xHH)\n")
        for r in rows + keep:
            f.write(r + "\n")


def main():
    if shutil.which("ss") is None:
        print("SKIP: ss (iproute2) not installed")
        return 77
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            rows = ss_rows(newline_terminated_copy(case, tmp))
            if "--regen" in sys.argv:
                regen(case, rows)
                continue
            want = sorted(l for l in read_expected(case) if not l.startswith("u_"))
            if rows != want:
                failed += 1
                print("FAIL %s: ss and expected.tsv differ" % case)
                for r in sorted(set(rows) ^ set(want)):
                    print("  %s %s" % ("ss only:  " if r in rows else "tsv only: ", r))
            else:
                print("ok %s: %d inet rows agree with ss" % (case, len(rows)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
