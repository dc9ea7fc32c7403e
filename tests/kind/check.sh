#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# check.sh - the fixture kind (dummy.h): a kind that exists only in the build
# of `make kind-check`, added as one row of src/core/proto.c and one parser
# file (dummy.c). It is listed from tests/fixtures/kind/proc/net/dummy
# through the table and JSON writers, drawn by its row (never as an IP
# socket), asked for with -A like any kind, read once per dump, and -s --json
# keeps the schema's keys. The second fixture kind, xdp (xdp.h), is served by
# sock_diag: its row's request goes to the kernel, which answers it or says
# its module (xsk_diag) is missing; its replies are read by the row's parser
# in test_kind_nl.c, which `make kind-check` runs first.
#
# Run by `make kind-check` with SOCKLS=<absolute path of the fixture build>.
set -u
cd "$(dirname "$0")" || exit 1
: "${SOCKLS:?SOCKLS must point at the fixture build (make kind-check)}"
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok: $*"; }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
FIX=../fixtures/kind
run() { "$SOCKLS" --source proc --proc-root "$FIX/proc" "$@"; }

# The table: its Netid, Local and Peer come from its row's operations.
if out=$(run -a -A dummy 2>&1) && [ "$out" = "$(cat "$FIX/table.txt")" ]; then
	ok "-a -A dummy: the table as fixtures/kind/table.txt"
else
	bad "-a -A dummy: got
$out"
fi
out=$(run -a -A dummy,unix 2>&1)
if printf '%s\n' "$out" | grep -q '^dm  *UNCONN .* dummy:42  *\*'; then
	ok "-A dummy,unix: the Netid column names it dm"
else
	bad "-A dummy,unix: no 'dm ... dummy:42 *' line in
$out"
fi

# JSON: no address, port or service, as for any kind drawn by its row.
if out=$(run -a -A dummy --json 2>&1) && [ "$out" = "$(cat "$FIX/listing.json")" ]; then
	ok "-a -A dummy --json: as fixtures/kind/listing.json (no local/remote endpoint)"
else
	bad "-a -A dummy --json: got
$out"
fi

# -s --json: the summary lists the kinds whose row gives a summary group;
# the fixture's has none, so the document still validates.
out=$(run -a -s --json 2>&1)
if printf '%s' "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if d["summary"]["listed"]["total"] == 2 and "dummy" not in d["summary"]["listed"] else 1)'; then
	ok "-s --json: counts the fixture's 2 sockets in total, with no key of its own"
else
	bad "-s --json: $out"
fi
if [ -f ../schema/validate.py ]; then
	printf '%s' "$out" >"${TMPDIR:-/tmp}/kind-summary.$$.json"
	v=$(python3 ../schema/validate.py "${TMPDIR:-/tmp}/kind-summary.$$.json" 2>&1)
	rc=$?
	rm -f "${TMPDIR:-/tmp}/kind-summary.$$.json"
	case $rc in
	0) ok "-s --json validates against docs/sockls.schema.json" ;;
	77) if [ "${CI:-}" = true ]; then bad "-s --json: $v (under CI=true)"; else echo "skip: $v"; fi ;;
	*) bad "-s --json does not validate: $v" ;;
	esac
fi

# The auto source: sock_diag has no request for it, /proc answers.
if out=$("$SOCKLS" --proc-root "$FIX/proc" -a -A dummy 2>&1) && [ "$(printf '%s\n' "$out" | grep -c 'dummy:')" = 2 ]; then
	ok "--source auto: /proc answers for a kind without sock_diag"
else
	bad "--source auto: got
$out"
fi
if out=$("$SOCKLS" --source netlink -a -A dummy 2>&1); then
	bad "--source netlink -A dummy succeeded: $out"
elif printf '%s\n' "$out" | grep -q 'no request for these sockets'; then
	ok "--source netlink: says sock_diag has no request for it"
else
	bad "--source netlink: $out"
fi

# The sock_diag kind: its row's request is sent (never "no request"), and the
# kernel either serves xsk_diag (a listing, empty without XDP sockets in this
# namespace) or names the module the row gives.
if out=$("$SOCKLS" --source netlink -a -A xdp 2>&1); then
	if [ "$(printf '%s\n' "$out" | head -n 1 | cut -c1-5)" = State ]; then
		ok "--source netlink -A xdp: the kernel served the row's request"
	else
		bad "--source netlink -A xdp: no table header in
$out"
	fi
elif printf '%s\n' "$out" | grep -q 'xsk_diag kernel module is not available'; then
	ok "--source netlink -A xdp: the row's request was sent; the kernel lacks xsk_diag"
else
	bad "--source netlink -A xdp: $out"
fi
if out=$("$SOCKLS" --source proc -a -A xdp 2>&1); then
	bad "--source proc -A xdp succeeded: $out"
elif printf '%s\n' "$out" | grep -q '/proc/net has no file for them'; then
	ok "--source proc -A xdp: a kind without a /proc file is refused, not empty"
else
	bad "--source proc -A xdp: $out"
fi

echo "kind-check: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
