#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""man_quotes.py - quotes and dashes in sockls(8) that render wrongly (issue 27 item 17).
Source rules, each a place a reader would copy into a shell or a JSON key
that came out garbled:
  - a text line starting with ' is a roff control line: its text vanishes;
  - two in-line quote macros (Ql, Qq, Dq, Sq) on one macro line nest, the
    first swallowing the rest (`recv_q, `send_q'' ; {"incomplete: ...""});
  - in commands and literals (Ql, Li, Dl, Cm lines and -literal displays), ' and `
    render as curly quotes and - as a hyphen on groff without Debian's
    mapping: write \\(aq, \\(ga and \\-.
Then, when mandoc is installed, the rendering has no doubled curly quote.
Usage: man_quotes.py [MANPAGE]; exit 1 listing every place, 0 when clean."""
import re
import shutil
import subprocess
import sys

QUOTE_MACROS = ("Ql", "Qq", "Dq", "Sq")
LITERAL_MACROS = ("Ql", "Li", "Dl", "Cm")
BARE = re.compile(r"(?<!\\)['`]|(?<!\\)-")


def check(path):
    bad = []
    lit = False
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for n, line in enumerate(lines, 1):
        if line.startswith(".Bd") and "-literal" in line:
            lit = True
            continue
        if line.startswith(".Ed"):
            lit = False
            continue
        if line.startswith('.\\"'):
            continue
        if line.startswith("'"):
            bad.append((n, "text line starts with ' (a control line: the text vanishes)", line))
            continue
        if line.startswith("."):
            toks = line[1:].split()
            if sum(t in QUOTE_MACROS for t in toks) > 1:
                bad.append((n, "quote macros nest on one line (one per line, .Xo/.Xc or .Po/.Pc)",
                            line))
            if toks and (toks[0] in LITERAL_MACROS or any(t in LITERAL_MACROS for t in toks[1:])) \
                    and not toks[0] in ("Bl", "Bd"):
                rest = line.partition(" ")[2]
                if BARE.search(rest):
                    bad.append((n, "bare ', ` or - in a command or literal (\\(aq, \\(ga, \\-)",
                                line))
        elif lit and BARE.search(line):
            bad.append((n, "bare ', ` or - in a literal display (\\(aq, \\(ga, \\-)", line))
    if shutil.which("mandoc"):
        out = subprocess.run(["mandoc", "-Tutf8", path], capture_output=True, text=True).stdout
        out = re.sub(".\b", "", out)
        for n, line in enumerate(out.splitlines(), 1):
            if "\u2019\u2019" in line or "\u2018\u2018" in line:
                bad.append((n, "rendered: a doubled curly quote (nested quotes)", line.strip()))
    return bad


def main(argv):
    path = argv[0] if argv else "man/sockls.8"
    bad = check(path)
    for n, why, line in bad:
        print("%s:%d: %s: %s" % (path, n, why, line))
    if bad:
        print("man_quotes.py: %d place(s) render wrongly" % len(bad))
        return 1
    print("man_quotes.py: %s: quotes and dashes clean" % path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
