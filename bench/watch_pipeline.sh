#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# watch_pipeline.sh - CPU per refresh of `sockls --watch=1 --ndjson -tan` against
# the CPU of one bare sock_diag dump (bench/floor), side by side in one run, for
# each binary given (say the one before and after a change), at
# BENCH_WATCH_PAIRS loopback pairs (default 50000 = 100k TCP sockets) in a
# private network namespace filled by bench/sockgen. Each --watch runs
# BENCH_WATCH_SECONDS (default 8), BENCH_WATCH_ROUNDS times (default 5); the
# floor runs 3 times a round, plain and with tcp_info (floor -i: the kernel's
# work of a dump with the byte counters --watch reads for its rates); medians
# are printed. Also
# counts socket(AF_NETLINK) calls of each --watch run (strace, if present).
# usage: bench/watch_pipeline.sh SOCKLS [SOCKLS...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
BUILD=${BUILD:-$here/../build}
PAIRS=${BENCH_WATCH_PAIRS:-50000}
SECS=${BENCH_WATCH_SECONDS:-8}
ROUNDS=${BENCH_WATCH_ROUNDS:-5}
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
cpu() { tail -n 1 "$1" | awk '{printf "%.3f", $1 + $2}'; }
median() { sort -n "$1" | awk '{v[NR] = $1} END {print NR ? v[int((NR + 1) / 2)] : 0}'; }
# Rounds interleave the floor and each binary, so load on a shared machine
# falls on all of them alike; each figure is the median over the rounds.
for round in $(seq "$ROUNDS"); do
	for i in 1 2 3; do
		/usr/bin/time -f "%U %S" -o "$tmp/f" "$BUILD/bench/floor" >/dev/null 2>&1
		cpu "$tmp/f" >>"$tmp/floor"; echo >>"$tmp/floor"
		/usr/bin/time -f "%U %S" -o "$tmp/f" "$BUILD/bench/floor" -i >/dev/null 2>&1
		cpu "$tmp/f" >>"$tmp/floori"; echo >>"$tmp/floori"
	done
	k=0
	for s in "$@"; do
		k=$((k + 1))
		/usr/bin/time -f "%U %S" -o "$tmp/w" timeout -s INT "$SECS" "$s" --watch=1 --ndjson -tan \
			>"$tmp/out" 2>/dev/null || true
		awk -v c="$(cpu "$tmp/w")" -v r="$(wc -l <"$tmp/out")" \
			'BEGIN { printf "%.4f\n", (r > 1 ? c / r : 0) }' >>"$tmp/w$k"
	done
done
floor=$(median "$tmp/floor")
floori=$(median "$tmp/floori")
printf 'sockets %d  floor (one bare dump, median of %d) %.3f s CPU; floor -i (with tcp_info) %.3f s CPU\n' \
	"$n" $((3 * ROUNDS)) "$floor" "$floori"
k=0
for s in "$@"; do
	k=$((k + 1))
	socks=-
	if command -v strace >/dev/null; then
		socks=$(timeout -s INT 5.5 strace -f -e trace=socket "$s" --watch=1 --ndjson -tn \
			2>&1 >/dev/null </dev/null | grep -c 'socket(AF_NETLINK' || true)
	fi
	awk -v p="$(median "$tmp/w$k")" -v f="$floor" -v fi="$floori" -v s="$s" -v k="$socks" \
		-v r="$ROUNDS" 'BEGIN { printf "%s: %.3f s CPU per refresh (median of %d runs) = %.2fx the floor, %.2fx floor -i; netlink sockets in 5.5 s: %s\n", s, p, r, (f > 0 ? p / f : 0), (fi > 0 ? p / fi : 0), k }'
done
rm -rf "$tmp"
