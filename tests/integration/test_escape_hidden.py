#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""test_escape_hidden.py - issue 26 item 4: one escaping policy. Bidi
controls, zero-width and invisible characters, tags and C1 controls never
reach the table, JSON, Prometheus, stderr or --list-services raw
("ss\\u200bhd" must not display as "sshd"). The names are abstract UNIX
sockets this test binds, a services file and a path it makes."""
import json
import os
import re
import socket
import tempfile

from lib import fail, sockls

HIDDEN = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066",
          "\u2069", "\u061c", "\u2060", "\ufeff", "\u00ad", "\U000e0041", "\U000e007f",
          "\u0085", "\u009b"]
RAW = re.compile("[" + "".join(HIDDEN) + "]")


def check(where, text):
    m = RAW.search(text)
    if m:
        fail("%s holds U+%04X raw: %r" % (where, ord(m.group(0)), text[max(0, m.start() - 20):
                                                                     m.end() + 20]))


socks = []
for i, h in enumerate(HIDDEN):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(("\0sockls-hid-%d-ss%shd" % (i, h)).encode())
    s.listen()
    socks.append(s)

# positive control: the names are there, and Python sees the raw characters
table = sockls("-xl").stdout
if table.count("sockls-hid-") != len(HIDDEN):
    fail("control: want %d hidden-name rows, table has:\n%s" % (len(HIDDEN), table))
check("table", table)
check("table -e", sockls("-xle").stdout)
doc = sockls("-xl", "--json").stdout
check("JSON text", doc)
names = [r["local"]["path"] for r in json.loads(doc)["sockets"]]
names = [n for n in names if n and "sockls-hid-" in n]
if sorted(names) != sorted("@sockls-hid-%d-ss%shd" % (i, h) for i, h in enumerate(HIDDEN)):
    fail("JSON does not give the names back intact: %r" % names)
check("prometheus", sockls("-a", "--prometheus").stdout)

d = tempfile.mkdtemp()
svc = os.path.join(d, "services")
with open(svc, "w") as f:
    for i, h in enumerate(HIDDEN):
        f.write("ss%shd%d %d/tcp\n" % (h, i, 40000 + i))
out = sockls("--services", svc, "--list-services").stdout
if out.count("hd") < len(HIDDEN):
    fail("control: the overlay's names are not listed:\n" + out[:500])
check("--list-services", out)
err = sockls("--services", os.path.join(d, "no\u202eexist\u200b"), "-t", expect=1).stderr
if "exist" not in err:
    fail("control: stderr does not name the file: %r" % err)
check("stderr", err)
os.unlink(svc)
os.rmdir(d)
for s in socks:
    s.close()
print("ok: %d hidden code points escaped in every output" % len(HIDDEN))
