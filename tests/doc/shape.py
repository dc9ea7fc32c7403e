#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""shape.py - the code's shape stays as docs/ARCHITECTURE.md says: no file in
src/ over 600 lines, no function over 50, no cycle between files of src/
(file A uses a function defined in file B and B one defined in A), no
cycle between folders of src/ (a file of folder A calls a function defined in
folder B, and so on back to A, through any number of folders), and at most
KIND_FILES_MAX files outside src/core/ and src/source/ name a socket kind.

A file names a kind when its code (comments and strings aside) has a kind's
constant: PROTO_TCP ... PROTO_VSOCK, an IPPROTO_*, or a comparison with (or a
case label of) AF_UNIX, AF_PACKET, AF_NETLINK or AF_VSOCK. The protocol table
(src/core/proto.c) is where kinds are named and is not counted. A header of
include/sockls/ belongs to the folder of its .c file. `shape.py --kinds` lists
the files and lines. SHAPE_ROOT names another tree to check
(tests/doc/shape_selftest.py)."""
import os
import re
import sys

ROOT = os.environ.get("SHAPE_ROOT") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
FILE_MAX, FUNC_MAX = 600, 50
KIND_FILES_MAX = 10
KIND_AF = r"AF_(?:UNIX|PACKET|NETLINK|VSOCK)\b"
KIND_RE = re.compile(r"\bPROTO_(?:TCP|UDP|RAW|UNIX|PACKET|NETLINK|MPTCP|SCTP|VSOCK)\b|"
                     r"\bIPPROTO_\w+|[!=]=\s*" + KIND_AF + r"|\b" + KIND_AF + r"\s*[!=]=|"
                     r"\bcase\s+" + KIND_AF)


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
    return {n for n in names if not n.startswith("__")} - {"if", "for", "while", "switch", "return", "main", "_Static_assert"}


def folder_of(rel):
    """src/output/table.c -> output; src/main.c -> src (the top of src/)."""
    parts = rel.split(os.sep)
    return parts[1] if len(parts) > 2 else "src"


def folder_cycles(uses):
    """Each strongly connected set of two or more folders is one failure."""
    graph = folder_graph(uses)
    index, low, stack, on, sccs = {}, {}, [], set(), []

    def visit(v):  # Tarjan, recursive: a few dozen folders at most
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            scc = []
            while True:
                w = stack.pop()
                on.discard(w)
                scc.append(w)
                if w == v:
                    break
            if len(scc) > 1:
                sccs.append(sorted(scc))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    for scc in sccs:
        edges = [f"{a} -> {b}" for a in scc for b in sorted(graph[a]) if b in scc]
        print(f"FAIL folder cycle: {' <-> '.join(scc)} ({', '.join(edges)})")
    return len(sccs)


def folder_graph(uses):
    """{folder: the other folders whose functions its files call}."""
    graph = {}
    for a, bs in uses.items():
        fa = folder_of(a)
        graph.setdefault(fa, set())
        for fb in {folder_of(b) for b in bs} - {fa}:
            graph[fa].add(fb)
            graph.setdefault(fb, set())
    return graph


def folder_table():
    """{folder: set of folders it calls} from docs/ARCHITECTURE.md's table
    (| `name/` | holds | calls |), or None when the tree has no such page."""
    path = os.path.join(ROOT, "docs", "ARCHITECTURE.md")
    if not os.path.exists(path):
        return None
    table = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^\| `(\w+)/` \|.*\| ([^|]+) \|$", line.rstrip("\n"))
        if not m:
            continue
        cell = re.sub(r"\([^)]*\)", "", m.group(2).split(";")[0])
        names = {w.strip().split("/")[0] for w in cell.split(",") if w.strip()}
        table[m.group(1)] = names - {"nothing"}
    return table


def check_folder_table(uses):
    """The folder table's "calls" column is what the code does, no more, no less."""
    table = folder_table()
    if table is None:
        return 0
    bad = 0
    for folder, calls in sorted(folder_graph(uses).items()):
        said = table.get(folder)
        if said is None:
            print(f"FAIL docs/ARCHITECTURE.md: no row for the folder {folder}/")
            bad += 1
        elif said != calls:
            print(f"FAIL docs/ARCHITECTURE.md: {folder}/ calls {', '.join(sorted(calls)) or 'nothing'}"
                  f"; the table says {', '.join(sorted(said)) or 'nothing'}")
            bad += 1
    return bad


def code_only(text):
    """text with comments and string literals emptied, lines kept."""
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    return re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)


def kind_lines():
    """{path: [line numbers]} of the code lines naming a kind, proto.c aside."""
    folder = {}
    for path in sources():
        folder[os.path.basename(path)[:-2]] = os.path.basename(os.path.dirname(path))
    out = {}
    for base in ("src", "include"):
        for d, _, files in os.walk(os.path.join(ROOT, base)):
            for f in sorted(files):
                if not f.endswith((".c", ".h")):
                    continue
                path = os.path.join(d, f)
                rel = os.path.relpath(path, ROOT)
                if rel == os.path.join("src", "core", "proto.c"):
                    continue
                lines = code_only(open(path, encoding="utf-8").read()).split("\n")
                hits = [i + 1 for i, line in enumerate(lines) if KIND_RE.search(line)]
                if hits:
                    out[rel] = hits
    return out, folder


def kinds_outside(out, folder):
    """The files of out outside src/core/ and src/source/."""
    inside = ("core", "source")
    res = []
    for rel in sorted(out):
        parts = rel.split(os.sep)
        if parts[0] == "src" and len(parts) > 2 and parts[1] in inside:
            continue
        if parts[0] == "include" and folder.get(parts[-1][:-2]) in inside:
            continue
        if parts[0] == "include" and parts[-1] in ("sock.h", "proto.h"):
            continue  # the record and the table: core's, without a .c of that name
        res.append(rel)
    return res


def check_kinds(verbose):
    out, folder = kind_lines()
    outside = kinds_outside(out, folder)
    if verbose:
        for rel in sorted(out, key=lambda r: -len(out[r])):
            print(f"{len(out[rel]):4} {rel}{'' if rel in outside else '  (core/source)'}")
    lines = sum(len(v) for v in out.values())
    if verbose:
        print(f"kinds: {len(outside)} files outside core/ and source/ name a kind "
              f"({sum(len(out[r]) for r in outside)} lines; {lines} lines in all, "
              f"proto.c aside)")
    if len(outside) > KIND_FILES_MAX:
        print(f"FAIL kinds: {len(outside)} files outside core/ and source/ name a kind "
              f"(at most {KIND_FILES_MAX}): ask the protocol table (proto.h) instead")
    return len(outside)


def main():
    if "--kinds" in sys.argv[1:]:
        return 1 if check_kinds(True) > KIND_FILES_MAX else 0
    kinds = check_kinds(False)
    bad = 1 if kinds > KIND_FILES_MAX else 0
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
    bad += folder_cycles(uses)
    bad += check_folder_table(uses)
    print(f"shape: {len(texts)} files checked, {bad} problems; {kinds} files outside core/ "
          f"and source/ name a kind (at most {KIND_FILES_MAX})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
