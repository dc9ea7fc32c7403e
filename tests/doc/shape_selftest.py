#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""shape_selftest.py - shape.py can fail: a tree whose folders call each other
in a ring (a -> b -> c -> a, no two files calling each other) fails with one
folder cycle; the same tree with the ring cut passes; with an ARCHITECTURE.md
whose folder table says what the code calls it passes, and with one that says
less or more it fails."""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def tree(root, files):
    for rel, text in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def shape(root):
    env = dict(os.environ, SHAPE_ROOT=root)
    p = subprocess.run([sys.executable, os.path.join(HERE, "shape.py")], env=env,
                       capture_output=True, text=True, check=False)
    return p.returncode, p.stdout


def main():
    ring = {
        "src/a/x.c": "int x(void)\n{\n\treturn y();\n}\n",
        "src/b/y.c": "int y(void)\n{\n\treturn z();\n}\n",
        "src/c/z.c": "int z(void)\n{\n\treturn x();\n}\n",
    }
    cut = dict(ring, **{"src/c/z.c": "int z(void)\n{\n\treturn 0;\n}\n"})
    bad = 0
    with tempfile.TemporaryDirectory() as d:
        tree(d, ring)
        rc, out = shape(d)
        if rc == 0 or "FAIL folder cycle: a <-> b <-> c" not in out or "FAIL cycle:" in out:
            print(f"FAIL: a ring of folders was not caught (status {rc}):\n{out}")
            bad += 1
    with tempfile.TemporaryDirectory() as d:
        tree(d, cut)
        rc, out = shape(d)
        if rc != 0:
            print(f"FAIL: a tree without a cycle failed (status {rc}):\n{out}")
            bad += 1
    doc = ("| folder | holds | calls |\n|---|---|---|\n| `a/` | x.c | b (y) |\n"
           "| `b/` | y.c | c |\n| `c/` | z.c | %s |\n")
    for said, ok in (("nothing", True), ("a", False)):
        with tempfile.TemporaryDirectory() as d:
            tree(d, dict(cut, **{"docs/ARCHITECTURE.md": doc % said}))
            rc, out = shape(d)
            if ok and rc != 0:
                print(f"FAIL: a true folder table failed (status {rc}):\n{out}")
                bad += 1
            if not ok and (rc == 0 or "c/ calls nothing; the table says a" not in out):
                print(f"FAIL: a folder table that says more than the code passed:\n{out}")
                bad += 1
    print(f"shape self-test: {4 - bad} of 4 passed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
