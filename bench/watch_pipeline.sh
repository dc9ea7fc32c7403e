#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# watch_pipeline.sh - CPU per refresh of `sockls --watch=1 --ndjson -tan` against
# the CPU of one bare sock_diag dump (bench/floor), side by side in one run, for
# each binary given (say the one before and after a change), at
# BENCH_WATCH_PAIRS loopback pairs (default 50000 = 100k TCP sockets) in a
# private network namespace filled by bench/sockgen. Each --watch runs
# BENCH_WATCH_SECONDS (default 8); the floor is the median of 7 runs. Also
# counts socket(AF_NETLINK) calls of each --watch run (strace, if present).
# usage: bench/watch_pipeline.sh SOCKLS [SOCKLS...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
BUILD=${BUILD:-$here/../build}
PAIRS=${BENCH_WATCH_PAIRS:-50000}
SECS=${BENCH_WATCH_SECONDS:-8}
[ $# -ge 1 ] || set -- "$BUILD/sockls"
if [ "${WATCH_PIPELINE_INNER:-}" != 1 ]; then
	WATCH_PIPELINE_INNER=1 exec unshare -n "$0" "$@"
fi
ip link set lo up
ready=$(mktemp -u)
"$BUILD/bench/sockgen" -n "$PAIRS" -r "$ready" &
gen=$!
trap 'kill $gen 2>/dev/null || true; rm -f "$ready"' EXIT
for _ in $(seq 600); do [ -e "$ready" ] && break; sleep 0.1; done
n=$(ss -tanH | wc -l)
tmp=$(mktemp -d)
cpu() { awk '{printf "%.3f", $1 + $2}' "$1"; }
for i in 1 2 3 4 5 6 7; do
	/usr/bin/time -f "%U %S" -o "$tmp/f$i" "$BUILD/bench/floor" >/dev/null 2>&1
	cpu "$tmp/f$i"; echo
done | sort -n | sed -n 4p >"$tmp/floor"
floor=$(cat "$tmp/floor")
printf 'sockets %d  floor (one bare dump, median of 7) %.3f s CPU\n' "$n" "$floor"
for s in "$@"; do
	/usr/bin/time -f "%U %S" -o "$tmp/w" timeout -s INT "$SECS" "$s" --watch=1 --ndjson -tan \
		>"$tmp/out" 2>/dev/null || true
	refreshes=$(wc -l <"$tmp/out")
	socks=-
	if command -v strace >/dev/null; then
		socks=$(timeout -s INT 5.5 strace -f -e trace=socket "$s" --watch=1 --ndjson -tn \
			2>&1 >/dev/null </dev/null | grep -c 'socket(AF_NETLINK' || true)
	fi
	awk -v c="$(cpu "$tmp/w")" -v r="$refreshes" -v f="$floor" -v s="$s" -v k="$socks" \
		'BEGIN { p = r ? c / r : 0; printf "%s: %d refreshes, CPU %.2f s, %.3f s per refresh = %.2fx the floor; netlink sockets in 5.5 s: %s\n", s, r, c, p, f > 0 ? p / f : 0, k }'
done
rm -rf "$tmp"
