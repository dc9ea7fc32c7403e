#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""shape.py - the code's shape stays as docs/ARCHITECTURE.md says: no file in
src/ over 600 lines, no function over 50, no cycle between files of src/
(file A uses a function defined in file B and B one defined in A)."""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
FILE_MAX, FUNC_MAX = 600, 50


def sources():
    for d, _, files in os.walk(os.path.join(ROOT, "src")):
        for f in sorted(files):
            if f.endswith(".c") and "_table" not in f:  # generated data tables
                yield os.path.join(d, f)


def functions(text):
    """(name, first line, length) of each top-level function definition."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        if line == "{":
            j = i
            while j < len(lines) and lines[j] != "}":
                j += 1
            head = " ".join(lines[max(0, i - 3):i])
            m = re.findall(r"(\w+)\s*\(", head)
            if m:
                out.append((m[0] if "(" not in head.split(m[0])[0] else m[0], i + 1, j - i - 1))
    return out


def defined(text):
    names = set(re.findall(r"^(?!static)[\w ]*?\**\b(\w+)\(", text, re.M))
    return {n for n in names if not n.startswith("__")} - {"if", "for", "while", "switch", "return", "main"}


def main():
    bad = 0
    defs, texts = {}, {}
    for path in sources():
        rel = os.path.relpath(path, ROOT)
        text = open(path, encoding="utf-8").read()
        texts[rel] = text
        n = text.count("\n")
        if n > FILE_MAX:
            print(f"FAIL {rel}: {n} lines (at most {FILE_MAX})")
            bad += 1
        for name, line, length in functions(text):
            if length > FUNC_MAX:
                print(f"FAIL {rel}:{line}: function of {length} lines (at most {FUNC_MAX})")
                bad += 1
        for name in defined(text):
            defs.setdefault(name, rel)
    uses = {f: set() for f in texts}
    for f, text in texts.items():
        for name in set(re.findall(r"\b(\w+)\(", text)):
            owner = defs.get(name)
            if owner and owner != f:
                uses[f].add(owner)
    for a in sorted(uses):
        for b in sorted(uses[a]):
            if a < b and a in uses.get(b, ()):
                print(f"FAIL cycle: {a} <-> {b}")
                bad += 1
    print(f"shape: {len(texts)} files checked, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
