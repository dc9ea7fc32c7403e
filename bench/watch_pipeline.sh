#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# watch_pipeline.sh - CPU per refresh of `sockls --watch=1 --ndjson -tan` against
# the CPU of one bare sock_diag dump (bench/floor), side by side in one run, for
# each binary given (say the one before and after a change), at
# BENCH_WATCH_PAIRS loopback pairs (default 50000 = 100k TCP sockets) in a
# private network namespace filled by bench/sockgen.
#
# Each --watch runs BENCH_WATCH_REFRESHES steady refreshes (default 6) after
# its first two, BENCH_WATCH_ROUNDS times (default 5); the floor runs 3 times
# a round, plain and with tcp_info (floor -i: the kernel's work of a dump with
# the byte counters --watch reads for its rates); medians are printed. Two
# figures per binary, from the process's own utime + stime (/proc/PID/stat):
#   steady: the CPU between the end of the 2nd refresh and the end of the
#           last, per refresh: what a refresh costs while it runs (the issue's
#           target, "per refresh");
#   all-in: everything from exec to the end of the last refresh (start-up and
#           the first refresh, which prints every socket as added), per refresh.
# With BENCH_WATCH_LIVE=1 the live view is measured too (steady, under
# script(1)'s terminal, 80x24; the screens are counted by their cursor-home).
# Also counts socket(AF_NETLINK) calls of each --watch run (strace, if present).
# usage: bench/watch_pipeline.sh SOCKLS [SOCKLS...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
BUILD=${BUILD:-$here/../build}
PAIRS=${BENCH_WATCH_PAIRS:-50000}
STEADY=${BENCH_WATCH_REFRESHES:-6}
ROUNDS=${BENCH_WATCH_ROUNDS:-5}
LIVE=${BENCH_WATCH_LIVE:-0}
[ $# -ge 1 ] || set -- "$BUILD/sockls"
if [ "${WATCH_PIPELINE_INNER:-}" != 1 ]; then
	WATCH_PIPELINE_INNER=1 exec unshare -n "$0" "$@"
fi
ip link set lo up
ready=$(mktemp -u)
"$BUILD/bench/sockgen" -n "$PAIRS" -r "$ready" &
gen=$!
tmp=$(mktemp -d)
trap 'kill $gen 2>/dev/null || true; rm -rf "$ready" "$tmp"' EXIT
for _ in $(seq 600); do [ -e "$ready" ] && break; sleep 0.1; done
n=$(ss -tanH | wc -l)
hz=$(getconf CLK_TCK)
# one bare dump's user + sys seconds (bench/measure: getrusage, microseconds)
floor_cpu() {
	"$BUILD/bench/measure" -- "$BUILD/bench/floor" "$@" 2>/dev/null |
		awk -F'[= ]' '/^wall=/ {printf "%.4f\n", $4 + $6}'
}
median() { sort -n "$1" | awk '{v[NR] = $1} END {print NR ? v[int((NR + 1) / 2)] : 0}'; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo -1; }
# refreshes written so far to $1: NDJSON lines, or live screens (cursor home)
count() {
	if [ "$2" = live ]; then grep -ao $'\x1b\\[H' "$1" | wc -l; else wc -l <"$1"; fi
}
# Waits (at most 120 s) until $1 holds $3 refreshes.
await() {
	for _ in $(seq 2400); do
		[ "$(count "$1" "$2")" -ge "$3" ] && return 0
		sleep 0.05
	done
	return 1
}
# One run of binary $1 ($2: ndjson or live): appends the steady and all-in
# seconds per refresh to $3.steady and $3.all.
measure() {
	local out="$tmp/out" bg pid c1 c2
	: >"$out"
	if [ "$2" = live ]; then
		# a terminal that sends no key: script reads a fifo kept open here
		rm -f "$tmp/keys" && mkfifo "$tmp/keys"
		script -qfec "stty rows 24 cols 80; exec $1 --watch=1 -tan" /dev/null \
			<"$tmp/keys" >"$out" 2>/dev/null &
		exec 9>"$tmp/keys"
	else
		"$1" --watch=1 --ndjson -tan >"$out" 2>/dev/null &
	fi
	bg=$! pid=$!
	if await "$out" "$2" 2; then
		[ "$2" = live ] && pid=$(pgrep -P "$bg" | head -1)
		c1=$(ticks "$pid")
		await "$out" "$2" $((2 + STEADY)) || true
		c2=$(ticks "$pid")
		awk -v a="$c1" -v b="$c2" -v k="$STEADY" -v hz="$hz" \
			'BEGIN { printf "%.4f\n", (b - a) / hz / k }' >>"$3.steady"
		awk -v b="$c2" -v k=$((2 + STEADY)) -v hz="$hz" \
			'BEGIN { printf "%.4f\n", b / hz / k }' >>"$3.all"
	fi
	kill -INT "$pid" 2>/dev/null || true
	wait "$bg" 2>/dev/null || true
	[ "$2" = live ] && exec 9>&-
	return 0
}
# Rounds interleave the floor and each binary, so load on a shared machine
# falls on all of them alike; each figure is the median over the rounds.
for _ in $(seq "$ROUNDS"); do
	for _ in 1 2 3; do
		floor_cpu >>"$tmp/floor"
		floor_cpu -i >>"$tmp/floori"
	done
	k=0
	for s in "$@"; do
		k=$((k + 1))
		measure "$s" ndjson "$tmp/w$k"
		[ "$LIVE" = 1 ] && measure "$s" live "$tmp/l$k"
	done
done
floor=$(median "$tmp/floor")
floori=$(median "$tmp/floori")
printf 'sockets %d  floor (one bare dump, median of %d) %.3f s CPU; floor -i (with tcp_info) %.3f s CPU; load %s\n' \
	"$n" $((3 * ROUNDS)) "$floor" "$floori" "$(cut -d' ' -f1-3 /proc/loadavg)"
ratio() {
	awk -v p="$1" -v f="$floor" -v fi="$floori" -v w="$2" \
		'BEGIN { printf "%s %.3f s (%.2fx the floor, %.2fx floor -i)", w, p, (f > 0 ? p / f : 0), (fi > 0 ? p / fi : 0) }'
}
k=0
for s in "$@"; do
	k=$((k + 1))
	socks=-
	if command -v strace >/dev/null; then
		socks=$(timeout -s INT 5.5 strace -f -e trace=socket "$s" --watch=1 --ndjson -tn \
			2>&1 >/dev/null </dev/null | grep -c 'socket(AF_NETLINK' || true)
	fi
	printf '%s: CPU per refresh, median of %d: %s; %s; netlink sockets in 5.5 s: %s\n' "$s" \
		"$ROUNDS" "$(ratio "$(median "$tmp/w$k.steady")" "--ndjson steady")" \
		"$(ratio "$(median "$tmp/w$k.all")" all-in)" "$socks"
	if [ "$LIVE" = 1 ]; then
		printf '%s: live view, %s\n' "$s" "$(ratio "$(median "$tmp/l$k.steady")" steady)"
	fi
done
