#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# events.sh - sockls -E against a steady rate of TCP closes (bench/closegen) in a
# private network namespace, with `stdbuf -oL ss -E` beside it as the reference.
# For each rate: closes made, reported by each, lost as sockls announced it, and
# CPU (user+system, all threads) per 1,000 closes. The default receive buffer.
#
#   BENCH_EVENTS_RATES="5000 10000 20000 0"  closes per second (0: as fast as the generator can)
#   BENCH_EVENTS_SECONDS=5                   per rate
#   BENCH_EVENTS_ARGS="--ndjson"             what sockls -E writes (to a file)
#   BENCH_EVENTS_RESET=1                     clients close with a reset (no TIME_WAIT)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
BUILD=${BUILD:-$here/../build}
SOCKLS=${SOCKLS:-$BUILD/sockls}
RATES=${BENCH_EVENTS_RATES:-5000 10000 20000 0}
SECS=${BENCH_EVENTS_SECONDS:-5}
ARGS=${BENCH_EVENTS_ARGS:---ndjson}
if [ "${1:-}" != inner ]; then
	exec unshare -n "$0" inner
fi
ip link set lo up
tmp=$(mktemp -d)
s="" o=""
# shellcheck disable=SC2086
trap 'kill $s $o 2>/dev/null || true; rm -rf "$tmp"' EXIT
hz=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
reset=""
[ "${BENCH_EVENTS_RESET:-}" = 1 ] && reset=-R

printf '%-8s %9s %9s %8s %9s %9s %8s %8s %6s\n' offered made sockls lost ss_seen "rate/s" \
	"ms/1k" "ss_ms/1k" "tail_s"
for rate in $RATES; do
	# shellcheck disable=SC2086
	"$SOCKLS" -E -tn $ARGS >"$tmp/sockls.out" 2>"$tmp/sockls.err" &
	s=$!
	stdbuf -oL ss -E -tnH >"$tmp/ss.out" 2>/dev/null &
	o=$!
	sleep 1
	kill -0 $s 2>/dev/null || { echo "sockls -E -tn $ARGS exited:" >&2; cat "$tmp/sockls.err" >&2; exit 1; }
	kill -0 $o 2>/dev/null || { echo "ss -E exited" >&2; exit 1; }
	c0=$(cpu $s) o0=$(cpu $o)
	"$BUILD/bench/closegen" -r "$rate" -d "$SECS" $reset >"$tmp/gen.out"
	t_end=$(date +%s.%N)
	# The kernel broadcasts from a workqueue: under load the last events come
	# seconds after the last close. Wait until both outputs stop growing.
	prev=-1 same=0
	for _ in $(seq 120); do
		sleep 0.5
		cur=$(($(wc -c <"$tmp/sockls.out") + $(wc -c <"$tmp/ss.out")))
		if [ "$cur" -eq "$prev" ]; then same=$((same + 1)); else same=0; fi
		[ $same -ge 3 ] && break
		prev=$cur
	done
	tail=$(awk -v a="$t_end" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a - 1.5 }')
	c1=$(cpu $s) o1=$(cpu $o)
	kill -TERM $s $o
	wait $s || true
	wait $o 2>/dev/null || true
	made=$(awk '{print $2}' "$tmp/gen.out")
	grate=$(awk '{print $6}' "$tmp/gen.out")
	if [ "$ARGS" = "${ARGS#*ndjson}" ]; then
		got=$(grep -c ' close ' "$tmp/sockls.out" || true)
		lost=$(awk '$2 == "lost" { n += $3 } END { print n + 0 }' "$tmp/sockls.out")
	else
		got=$(grep -c '"event":"close"' "$tmp/sockls.out" || true)
		lost=$(grep -o '"event":"lost","time":[0-9.e+]*,"count":[0-9]*' "$tmp/sockls.out" |
			awk -F: '{ n += $NF } END { print n + 0 }')
	fi
	ssn=$(grep -c . "$tmp/ss.out" || true)
	awk -v r="$rate" -v m="$made" -v g="$got" -v l="$lost" -v n="$ssn" -v gr="$grate" \
		-v c=$((c1 - c0)) -v oc=$((o1 - o0)) -v hz="$hz" -v t="$tail" \
		'BEGIN { printf "%-8s %9d %9d %8d %9d %9d %8.1f %8.1f %6s\n", r == 0 ? "max" : r, m, g, l, n, gr,
			 1000 * c / hz / m * 1000, 1000 * oc / hz / m * 1000, t }'
	if [ -s "$tmp/sockls.err" ]; then sed 's/^/  sockls: /' "$tmp/sockls.err"; fi
done
