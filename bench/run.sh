#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# run.sh - time sockls against ss, netstat, lsof and a bare sock_diag floor at growing socket counts.
#
# Environment: SOCKLS (binary; its rows are skipped when missing), BUILD (dir holding
# bench/{sockgen,measure,floor}), BENCH_SIZES (TCP socket counts, default
# "1000 10000 100000 500000"), BENCH_RUNS (default 5), BENCH_MAX_SECONDS (skip a command
# whose predicted time exceeds it, default 30), BENCH_UDP / BENCH_TIMEWAIT (extra UDP and
# TIME_WAIT sockets, default 0), BENCH_OUT (results file, default bench/results.md; the raw
# timings go beside it as .tsv), BENCH_KEYS (the rows to time, by key, default every one:
# e.g. BENCH_KEYS="sockls_tan sockls_prom floor" for a short run on a shared machine,
# "sockls_tanp sockls_tanp_nopeer" for the cost of -p's peers, "sockls_tan sockls_count
# ss_uniq sockls_count_proc sockls_count_remote" for --count-by). SOCKLS_PREV: an earlier
# sockls binary (say main's) for the prev_* rows, timed in the same run as SOCKLS (issue 28:
# BENCH_KEYS="sockls_tan prev_tan ss_tan floor floor2 sockls_tanp prev_tanp ss_tanp
# sockls_s prev_s ss_s").
# Smoke mode: BENCH_SIZES=1000 BENCH_RUNS=1.
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
BUILD=${BUILD:-$root/build}
SOCKLS=${SOCKLS:-}
SOCKLS_PREV=${SOCKLS_PREV:-}
BENCH_KEYS=${BENCH_KEYS:-}
BENCH_SIZES=${BENCH_SIZES:-1000 10000 100000 500000}
BENCH_RUNS=${BENCH_RUNS:-5}
BENCH_MAX_SECONDS=${BENCH_MAX_SECONDS:-30}
BENCH_UDP=${BENCH_UDP:-0}
BENCH_TIMEWAIT=${BENCH_TIMEWAIT:-0}
BENCH_OUT=${BENCH_OUT:-$here/results.md}
LISTENERS=16
FILTER_PORT=5003
export BUILD SOCKLS SOCKLS_PREV BENCH_RUNS BENCH_MAX_SECONDS BENCH_UDP BENCH_TIMEWAIT BENCH_KEYS

# Stable keys (the results' row names) and the commands they run, in table order.
KEYS=(sockls_tan ss_tan netstat_tan sockls_tanp ss_tanp netstat_tanp lsof
      sockls_json sockls_filter ss_filter floor sockls_cgroup sockls_prom sockls_s ss_s sockls_s_all
      sockls_tanp_nopeer sockls_tani sockls_doctor
      sockls_count ss_uniq sockls_count_proc sockls_count_remote
      floor2 prev_tan prev_tanp prev_s)
if [ -n "${BENCH_KEYS:-}" ]; then
	for k in $BENCH_KEYS; do
		[[ " ${KEYS[*]} " == *" $k "* ]] || { echo "run.sh: no row '$k' (keys: ${KEYS[*]})" >&2; exit 2; }
	done
	read -r -a KEYS <<<"$BENCH_KEYS"
fi

have_sockls() { [ -n "$SOCKLS" ] && [ -x "$SOCKLS" ]; }
have_prev() { [ -n "$SOCKLS_PREV" ] && [ -x "$SOCKLS_PREV" ]; }

# Sets the array CMD to the argv of key $1.
cmd_for() {
	local filt="( sport = :$FILTER_PORT )"
	case $1 in
	sockls_tan)    CMD=("$SOCKLS" -tan) ;;
	ss_tan)        CMD=(ss -tan) ;;
	netstat_tan)   CMD=(netstat -tan) ;;
	sockls_tanp)   CMD=("$SOCKLS" -tanp) ;;
	ss_tanp)       CMD=(ss -tanp) ;;
	netstat_tanp)  CMD=(netstat -tanp) ;;
	lsof)          CMD=(lsof -nPi) ;;
	sockls_json)   CMD=("$SOCKLS" -tan --json) ;;
	sockls_cgroup) CMD=("$SOCKLS" -tan --cgroup) ;;
	sockls_prom)   CMD=("$SOCKLS" --prometheus) ;;
	# -p without the dump of local connections that names the peer process
	sockls_tanp_nopeer) CMD=(env SOCKLS_NO_PEERS=1 "$SOCKLS" -tanp) ;;
	sockls_filter) CMD=("$SOCKLS" -tn state established "$filt") ;;
	# --count-by against the runbook pipeline it replaces (remote address, IPv4 and IPv6)
	sockls_count)  CMD=("$SOCKLS" -tan --count-by remote-addr) ;;
	sockls_count_proc) CMD=("$SOCKLS" -tan --count-by process) ;;
	# the worst case: a group per socket (every remote port differs)
	sockls_count_remote) CMD=("$SOCKLS" -tan --count-by remote) ;;
	ss_uniq)       CMD=(sh -c "ss -tanH | awk '{a=\$5; sub(/:[^:]*\$/, \"\", a); print a}' | sort | uniq -c | sort -rn") ;;
	ss_filter)     CMD=(ss -tn state established "$filt") ;;
	floor)         CMD=("$BUILD/bench/floor") ;;
	# the same dump as two requests, one per family (two walks, as ss asks)
	floor2)        CMD=("$BUILD/bench/floor" -2) ;;
	prev_tan)      CMD=("$SOCKLS_PREV" -tan) ;;
	prev_tanp)     CMD=("$SOCKLS_PREV" -tanp) ;;
	prev_s)        CMD=("$SOCKLS_PREV" -s) ;;
	sockls_s)      CMD=("$SOCKLS" -s) ;;
	ss_s)          CMD=(ss -s) ;;
	sockls_s_all)  CMD=("$SOCKLS" -s -a) ;;
	sockls_tani)   CMD=("$SOCKLS" -tan -i) ;;
	# its wall time includes the 0.1 s between the samples; exit 3 would be a finding
	sockls_doctor) CMD=("$SOCKLS" --doctor --interval 0.1 --fail-on none) ;;
	esac
}

# The command line as shown in the table.
label_for() {
	cmd_for "$1"
	local s="${CMD[*]}"
	case $1 in
	sockls_tanp_nopeer) s="SOCKLS_NO_PEERS=1 sockls -tanp" ;;
	sockls_*) s="sockls ${s#"$SOCKLS" }" ;;
	floor)    s="floor (bare sock_diag dump)" ;;
	floor2)   s="floor -2 (bare dump, one request per family)" ;;
	prev_*)   s="previous sockls ${s#"$SOCKLS_PREV" }" ;;
	ss_uniq)  s="ss -tanH \\| awk (remote address) \\| sort \\| uniq -c \\| sort -rn" ;;
	esac
	case $1 in *filter) s="${s% (*} '( sport = :$FILTER_PORT )'" ;; esac
	printf '%s' "$s"
}

# Predicted seconds for key $1 at size $2 from the medians of smaller sizes in $3;
# the growth exponent comes from the last two sizes (process lookups grow faster than linear).
predict() {
	awk -F'\t' -v key="$1" -v n="$2" '
	$2 == key && $8 == "0" && $1 < n { w[$1] = w[$1] " " $4; if (!($1 in seen)) { seen[$1]; sz[++k] = $1 } }
	function med(s,   a, c, i, j, t) {
		c = split(s, a, " ")
		for (i = 2; i <= c; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
		return a[int((c + 1) / 2)]
	}
	END {
		if (k == 0) { print 0; exit }
		for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (sz[j] < sz[i]) { t = sz[i]; sz[i] = sz[j]; sz[j] = t }
		n2 = sz[k]; t2 = med(w[n2]); e = (key ~ /tanp|lsof/) ? 2 : 1.2
		if (k >= 2) { n1 = sz[k - 1]; t1 = med(w[n1]); if (t1 > 0.02) e = log(t2 / t1) / log(n2 / n1) }
		if (e < 1) e = 1; if (e > 2.2) e = 2.2
		printf "%.1f\n", t2 * exp(e * log(n / n2))
	}' "$3"
}

# One size, run inside a fresh network namespace: start sockgen, time every command.
inner() {
	local n=$1 work=$2 raw=$2/raw.tsv ready=$2/ready.$1 pairs tw=$BENCH_TIMEWAIT
	local sg t0 t1 r key pred res status sockets
	ip link set lo up || return 1
	# Tunables of this namespace only: deep accept queues, room for TIME_WAIT sockets.
	sysctl -qw net.core.somaxconn=65535 net.ipv4.tcp_max_syn_backlog=65535 2>/dev/null
	[ "$tw" -gt 0 ] && sysctl -qw net.ipv4.tcp_max_tw_buckets=$((2 * tw + 131072)) 2>/dev/null
	pairs=$(( (n - LISTENERS - tw) / 2 )); [ $pairs -lt 0 ] && pairs=0
	t0=$(date +%s.%N)
	"$BUILD/bench/sockgen" -n "$pairs" -u "$BENCH_UDP" -w "$tw" -l $LISTENERS -r "$ready" &
	sg=$!
	trap 'kill $sg 2>/dev/null; wait $sg 2>/dev/null' EXIT
	while [ ! -e "$ready" ]; do
		kill -0 $sg 2>/dev/null || { echo "run.sh: sockgen failed at $n" >&2; return 1; }
		sleep 0.1
	done
	t1=$(date +%s.%N)
	sockets=$(ss -tanH | wc -l)
	local sl=- fl
	have_sockls && sl=$("$SOCKLS" -tan 2>/dev/null | wc -l)
	fl=$("$BUILD/bench/floor" 2>&1 >/dev/null | awk '{print $2}')
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$sockets" "$fl" "$sl" "$(ss -tan | wc -l)" \
		"$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b - a}')" >>"$work/sizes.tsv"
	echo "== $n TCP sockets (counted $sockets, floor saw $fl) ready in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b - a}') s" >&2
	declare -A done_key=()
	for key in "${KEYS[@]}"; do
		if [[ $key == sockls_* ]] && ! have_sockls; then
			printf '%s\t%s\t0\t-\t-\t-\t-\tskipped: no sockls\n' "$n" "$key" >>"$raw"; done_key[$key]=1; continue
		fi
		if [[ $key == prev_* ]] && ! have_prev; then
			printf '%s\t%s\t0\t-\t-\t-\t-\tskipped: no SOCKLS_PREV\n' "$n" "$key" >>"$raw"; done_key[$key]=1; continue
		fi
		pred=$(predict "$key" "$n" "$raw")
		if awk -v p="$pred" -v m="$BENCH_MAX_SECONDS" 'BEGIN{exit !(p > m)}'; then
			printf '%s\t%s\t0\t-\t-\t-\t-\tskipped: >%ss (predicted %ss)\n' "$n" "$key" \
				"$BENCH_MAX_SECONDS" "$pred" >>"$raw"; done_key[$key]=1
		fi
	done
	# Alternate the commands run by run so drifting load hits all of them alike.
	for r in $(seq 1 "$BENCH_RUNS"); do
		for key in "${KEYS[@]}"; do
			[ -n "${done_key[$key]:-}" ] && continue
			cmd_for "$key"
			res=$("$BUILD/bench/measure" -t $((2 * BENCH_MAX_SECONDS)) -e "$work/err.$key" -- "${CMD[@]}")
			eval "$res"   # wall= user= sys= maxrss_kb= status=
			case $status in
			0) ;;
			timeout) status="timeout: >$((2 * BENCH_MAX_SECONDS))s"; done_key[$key]=1 ;;
			*) status="failed: exit $status ($(head -c 120 "$work/err.$key" | tr '\t\n|' '  /'))"; done_key[$key]=1 ;;
			esac
			awk -v w="$wall" -v m="$BENCH_MAX_SECONDS" 'BEGIN{exit !(w > m)}' && done_key[$key]=1
			printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$key" "$r" "$wall" "$user" "$sys" \
				"$maxrss_kb" "$status" >>"$raw"
			echo "   run $r $key: wall ${wall}s status $status" >&2
		done
	done
	kill $sg; wait $sg
	trap - EXIT
	return 0
}

machine() {
	echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- kernel: $(uname -srm)"
	echo "- CPU: $(nproc) × $(awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo)"
	echo "- memory: $(awk '/^MemTotal/{printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
	echo "- load average (1, 5, 15 min) at start: $LOAD0; at end: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "- ss: $(ss -V 2>&1 | head -1); netstat: $(netstat -V 2>&1 | head -1); lsof: $(lsof -v 2>&1 | awk '/revision:/{print $2; exit}')"
	if have_sockls; then
		echo "- sockls: $("$SOCKLS" --version 2>&1 | head -1) (git $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'))"
	else
		echo "- sockls: not available (rows skipped)"
	fi
	have_prev && echo "- previous sockls (prev_* rows): $SOCKLS_PREV ($("$SOCKLS_PREV" --version 2>&1 | head -1))"

	echo "- runs per command: $BENCH_RUNS, alternating; bound: $BENCH_MAX_SECONDS s; extra UDP: $BENCH_UDP, TIME_WAIT: $BENCH_TIMEWAIT"
}

main() {
	local b tool work n memkb
	for b in sockgen measure floor; do
		[ -x "$BUILD/bench/$b" ] || { echo "run.sh: $BUILD/bench/$b missing (make bench builds it)" >&2; exit 1; }
	done
	for tool in ss netstat lsof unshare ip; do
		command -v $tool >/dev/null || { echo "run.sh: $tool not found" >&2; exit 1; }
	done
	have_sockls || echo "run.sh: SOCKLS='$SOCKLS' not executable: sockls rows skipped" >&2
	LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
	work=$(mktemp -d "${TMPDIR:-/tmp}/sockls-bench.XXXXXX")
	: >"$work/raw.tsv"; : >"$work/sizes.tsv"
	memkb=$(awk '/^MemAvailable/{print $2}' /proc/meminfo)
	for n in $BENCH_SIZES; do
		# ~4.5 KiB of kernel memory per idle loopback socket; keep half the memory free.
		if [ $((n * 9 / 2)) -gt $((memkb / 2)) ]; then
			echo "run.sh: $n sockets need ~$((n * 9 / 2 / 1024)) MiB, skipped" >&2; continue
		fi
		if [ "$(id -u)" = 0 ]; then
			unshare -n -- "$BASH" "$0" --inner "$n" "$work" || { echo "run.sh: size $n failed" >&2; exit 1; }
		else
			unshare -rn -- "$BASH" "$0" --inner "$n" "$work" || { echo "run.sh: size $n failed" >&2; exit 1; }
		fi
	done
	{
		echo "# sockls benchmark"
		echo
		echo "Generated by \`bench/run.sh\` (\`make bench\`); every size in its own network namespace"
		echo "filled by \`bench/sockgen\`, stdout to /dev/null, medians of the runs, peak RSS the largest."
		echo
		machine
		echo
		labels >"$work/labels.tsv"
		awk -F'\t' -v max="$BENCH_MAX_SECONDS" -f "$here/report.awk" \
			"$work/labels.tsv" "$work/sizes.tsv" "$work/raw.tsv"
	} >"$work/results.md"
	mkdir -p "$(dirname "$BENCH_OUT")"
	cp "$work/results.md" "$BENCH_OUT"
	cp "$work/raw.tsv" "${BENCH_OUT%.md}.tsv"   # every run, for re-reading with report.awk
	cat "$work/results.md"
	rm -rf "$work"
}

labels() {
	local key
	for key in "${KEYS[@]}"; do printf '%s\t%s\n' "$key" "$(label_for "$key")"; done
}

if [ "${1:-}" = --inner ]; then
	inner "$2" "$3"
	exit $?
fi
main
