# SPDX-License-Identifier: MIT
"""-E: the closes of a scripted sequence of connections, each seen once with
its addresses, bytes and state, and the NDJSON valid against the schema.
ss -E runs beside sockls -E as the oracle: when ss sees closes, sockls must
see the same ones with the facts above; a kernel that broadcasts no destroy
events at all (ss -E sees none: the development VM's 6.18) must give sockls
none either, a clean exit and no invented event - sockls agrees with ss."""
import json
import os
import socket
import subprocess
import time

from lib import HERE, SOCKLS, fail

try:
    import jsonschema
except ImportError:
    jsonschema = None

SCHEMA = json.load(open(os.path.join(HERE, "..", "..", "docs", "sockls.schema.json")))
PORT = 7301


def script():
    """Three connections, each with known bytes; returns {client port: (sent, received)}."""
    l = socket.socket()
    l.bind(("127.0.0.1", PORT))
    l.listen()
    done = {}
    for i in range(3):
        c = socket.create_connection(("127.0.0.1", PORT))
        s, _ = l.accept()
        c.sendall(b"a" * (1000 * (i + 1)))
        got = 0
        while got < 1000 * (i + 1):
            got += len(s.recv(65536))
        s.sendall(b"b" * (100 * (i + 1)))
        got = 0
        while got < 100 * (i + 1):
            got += len(c.recv(65536))
        time.sleep(1.3)  # long enough for the once-a-second poll to see it open
        done[c.getsockname()[1]] = (1000 * (i + 1), 100 * (i + 1))
        c.close()
        s.close()
    l.close()
    time.sleep(0.5)
    return done


p = subprocess.Popen([SOCKLS, "-E", "-tn", "--ndjson", "( sport = :%d or dport = :%d )" % (PORT, PORT)],
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
oracle = subprocess.Popen(["ss", "-E", "-tnH", "( sport = :%d or dport = :%d )" % (PORT, PORT)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
time.sleep(0.5)
expect = script()
p.terminate()
oracle.terminate()
out, err = p.communicate(timeout=10)
ss_out, _ = oracle.communicate(timeout=10)
if p.returncode != 0:
    fail("-E: status %d, %r" % (p.returncode, err))
events = [json.loads(x) for x in out.splitlines()]
ss_closes = [l for l in ss_out.splitlines() if l.strip()]
if not ss_closes:
    if events:
        fail("ss -E saw no close, sockls -E reported %d: %r" % (len(events), events[:2]))
    print("ok: this kernel broadcasts no sock_diag destroy event (ss -E saw none);"
          " sockls -E agrees and exits cleanly")
    raise SystemExit(0)
if not events:
    fail("ss -E saw %d closes, sockls -E none" % len(ss_closes))
if jsonschema is not None:
    for e in events:
        name = "event_close" if e["event"] == "close" else "event_lost"
        jsonschema.Draft202012Validator({"$ref": "#/$defs/" + name, "$defs": SCHEMA["$defs"]}).validate(e)
client = [e for e in events if e["remote"]["port"] == PORT]
ports = sorted(e["local"]["port"] for e in client)
if ports != sorted(expect):
    fail("client closes seen %r, expected each of %r once" % (ports, sorted(expect)))
for e in client:
    sent, recv = expect[e["local"]["port"]]
    if e["local"]["addr"] != "127.0.0.1" or e["remote"]["addr"] != "127.0.0.1":
        fail("addresses: %r" % e)
    if e["bytes_acked"] != sent or e["bytes_received"] != recv:
        fail("bytes of %d: %r/%r, expected %d/%d" % (e["local"]["port"], e["bytes_acked"],
                                                     e["bytes_received"], sent, recv))
    if e["last_state"] != "ESTABLISHED" or e["lifetime_ms"] is None:
        fail("last state/lifetime: %r" % e)
print("ok: %d closes, each once, with addresses, bytes, last state and lifetime" % len(client))
