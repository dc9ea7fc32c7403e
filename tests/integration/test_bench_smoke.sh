#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# test_bench_smoke.sh - keep the benchmark working: a 1,000-socket, one-run bench/run.sh must give every row.
# Env: SOCKLS (binary), BUILD (build dir with bench/{sockgen,measure,floor}). Exit 0 pass, 1 fail,
# 77 skip (only outside CI, and only when sockls or namespaces are unavailable).
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
BUILD=${BUILD:-$root/build}
SOCKLS=${SOCKLS:-$BUILD/sockls}
export BUILD SOCKLS

skip() {
	if [ "${CI:-}" = true ]; then echo "FAIL: $* (no skipping under CI)"; exit 1; fi
	echo "SKIP: $*"; exit 77
}

[ -x "$SOCKLS" ] || skip "sockls binary '$SOCKLS' missing"
for b in sockgen measure floor; do
	[ -x "$BUILD/bench/$b" ] || skip "$BUILD/bench/$b missing (built by make)"
done
unshare -n true 2>/dev/null || unshare -rn true 2>/dev/null || skip "cannot create a network namespace"

out=$(mktemp -d "${TMPDIR:-/tmp}/bench-smoke.XXXXXX")
trap 'rm -rf "$out"' EXIT

if ! BENCH_SIZES=1000 BENCH_RUNS=1 BENCH_OUT="$out/results.md" timeout 120 \
	"$root/bench/run.sh" >"$out/stdout" 2>"$out/stderr"; then
	echo "FAIL: bench/run.sh exited non-zero"; tail -20 "$out/stderr"; exit 1
fi

fail=0
check() { # check DESCRIPTION REGEX: the results file must have a line matching REGEX
	if grep -Eq -- "$2" "$out/results.md"; then
		echo "ok: $1"
	else
		echo "FAIL: $1"; fail=1
	fi
}

num='[0-9]+(\.[0-9]+)?'
# Every command timed once, with numbers and no failure note: | `cmd` | 1 | wall | cpu | rss |  |
row='\| 1 \| '"$num"' \| '"$num"' \| '"$num"' \|  \|$'
# n, ss -tanH, the floor, sockls -tan (with its header), ss -tan: all saw the 1000
check "1000 sockets generated and counted" '^\| 1000 \| 1000 \| 1000 \| 1001 \| 1001 \|'
check "sockls -tan row"     '^\| `sockls -tan` '"$row"
check "ss -tan row"         '^\| `ss -tan` '"$row"
check "netstat -tan row"    '^\| `netstat -tan` '"$row"
check "sockls -tanp row"    '^\| `sockls -tanp` '"$row"
check "ss -tanp row"        '^\| `ss -tanp` '"$row"
check "netstat -tanp row"   '^\| `netstat -tanp` '"$row"
check "lsof -nPi row"       '^\| `lsof -nPi` '"$row"
check "sockls --json row"   '^\| `sockls -tan --json` '"$row"
check "sockls filter row"   '^\| `sockls -tn state established .*` '"$row"
check "ss filter row"       '^\| `ss -tn state established .*` '"$row"
check "floor row"           '^\| `floor \(bare sock_diag dump\)` '"$row"
check "sockls --prometheus row" '^\| `sockls --prometheus` '"$row"
check "-tanp without peers" '^\| `SOCKLS_NO_PEERS=1 sockls -tanp` '"$row"
check "ratio row"           '^\| 1000 \| '"$num"' \| '"$num"' \| '"$num"' \| '"$num"' \|'
check "machine description" '^- CPU: [0-9]+ × '

if [ $fail -ne 0 ]; then
	echo "--- results.md"; cat "$out/results.md"; echo "--- stderr"; tail -20 "$out/stderr"
	exit 1
fi
echo "bench smoke: all rows present"
exit 0
