#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# watch.sh - CPU of `sockls --watch=1 --ndjson -tan` over BENCH_WATCH_SECONDS (default 10)
# at BENCH_WATCH_PAIRS TCP connection pairs (default 50000 = 100k sockets), in a
# private network namespace filled by bench/sockgen. Prints CPU % of one core.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
BUILD=${BUILD:-$here/../build}
SOCKLS=${SOCKLS:-$BUILD/sockls}
PAIRS=${BENCH_WATCH_PAIRS:-50000}
SECS=${BENCH_WATCH_SECONDS:-10}
if [ "${1:-}" != inner ]; then
	exec unshare -n "$0" inner
fi
ip link set lo up
ready=$(mktemp)
rm -f "$ready"
"$BUILD/bench/sockgen" -n "$PAIRS" -r "$ready" &
gen=$!
for _ in $(seq 600); do [ -e "$ready" ] && break; sleep 0.1; done
n=$(ss -tanH | wc -l)
start=$(awk '{print $14+$15}' /proc/self/stat)
t0=$(date +%s.%N)
timeout -s INT "$SECS" "$SOCKLS" --watch=1 --ndjson -tan >/dev/null &
w=$!
sleep 0.5
ticks=0
while kill -0 $w 2>/dev/null; do
	t=$(awk '{print $14+$15}' /proc/$(pgrep -P $w sockls || echo $w)/stat 2>/dev/null || echo 0)
	[ "$t" -gt "$ticks" ] && ticks=$t
	sleep 0.2
done
wait $w || true
t1=$(date +%s.%N)
hz=$(getconf CLK_TCK)
kill $gen 2>/dev/null || true
awk -v t="$ticks" -v hz="$hz" -v a="$t0" -v b="$t1" -v n="$n" \
	'BEGIN { printf "sockets %d  wall %.1f s  sockls CPU %.2f s  = %.1f%% of one core\n", n, b - a, t / hz, 100 * t / hz / (b - a) }'
rm -f "$ready"
