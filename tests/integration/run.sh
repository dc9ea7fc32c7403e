#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# run.sh - runs every tests/integration/test_* in its own private network
# namespace (unshare -n as root, unshare -rn otherwise) with lo up.
# A test exits 0 (pass), 77 (skip, saying why) or anything else (fail).
# Under CI=true a skip counts as a failure: CI must prove everything. The one
# exception is a test that needs real root ("unprivileged: WHY"), when run.sh
# itself runs as a non-root user (CI's unprivileged step).
# Every test gets an empty TMPDIR; what it leaves there fails it.
# With arguments, only the tests named (e.g. run.sh test_json.py) run.
#
# Lanes: IT_JOBS tests (default 2) run at once, each in its own namespace and
# TMPDIR; a test's output is kept until it ends and then printed whole, with its
# seconds. A test that sees the whole host says so on a line of its own,
#   # run.sh: alone: WHY
# and runs after all the others, by itself. Every test_host_* and every test
# that names --all-netns (sockls_all_netns) or ip netns must say it: run.sh
# refuses to start otherwise. IT_JOBS=1 runs the tests one by one in name
# order, as before lanes.
set -u
here=$(cd "$(dirname "$0")" && pwd)
: "${SOCKLS:?SOCKLS must point at the sockls binary}"
export SOCKLS BUILD="${BUILD:-}" TESTDIR="$here"
export PYTHONDONTWRITEBYTECODE=1

jobs=${IT_JOBS:-2}
case $jobs in '' | *[!0-9]* | 0*) echo "integration: IT_JOBS must be a whole number from 1 (got '$jobs')"; exit 2 ;; esac

# The rule of the alone tests, checked on every test of the directory whatever runs.
alone_marker='^# run\.sh: alone: [^ ]'
host_wide='--all-netns|sockls_all_netns|ip netns'
unmarked=
for t in "$here"/test_*; do
	grep -Eq -e "$alone_marker" "$t" && continue
	name=${t##*/}
	case $name in test_host_*) unmarked+=" $name(test_host_*)"; continue ;; esac
	w=$(grep -Eo -e "$host_wide" "$t" | head -1)
	[ -z "$w" ] || unmarked+=" $name($w)"
done
if [ -n "$unmarked" ]; then
	echo "integration: tests that see the whole host must run alone; mark each with a line"
	echo "integration: '# run.sh: alone: WHY':$unmarked"
	exit 2
fi

if [ "$(id -u)" -eq 0 ]; then ns=(unshare -n); else ns=(unshare -rn); fi
if ! "${ns[@]}" true 2>/dev/null; then
	echo "integration: cannot create a network namespace (${ns[*]} failed: no user namespaces or no privilege)"
	if [ "${CI:-}" = true ]; then echo "integration: 0 passed, 1 failed"; exit 1; fi
	echo "integration: 0 passed, 0 failed, all skipped"; exit 0
fi

tests=("$here"/test_*)
if [ $# -gt 0 ]; then
	tests=()
	for n in "$@"; do
		n=${n##*/}
		[ -e "$here/$n" ] || { echo "integration: no test named $n in $here"; exit 2; }
		tests+=("$here/$n")
	done
fi

# Each test gets a TMPDIR of its own, which must be empty when it ends:
# tests leave nothing behind. Its output and status wait in $res until printed.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/sockls-it.XXXXXX")
chmod 755 "$scratch"   # a test may run sockls as another user (nobody) in its TMPDIR
res=$(mktemp -d "${TMPDIR:-/tmp}/sockls-it-res.XXXXXX")
trap 'rm -rf "$scratch" "$res"' EXIT
uid=$(id -u)
export RUN_UID=$uid

# run_one TEST: runs it; its output in $res/NAME.out, then "STATUS SECONDS" in $res/NAME.done.
run_one() {
	local t=$1 name=${1##*/} cmd runner t0 rc left
	case "$t" in
	*.py) cmd=(python3 "$t") ;;
	*.sh) cmd=(bash "$t") ;;
	*) cmd=("$t") ;;
	esac
	# Tests named test_host_* manage namespaces themselves (ip netns add ...).
	case "$name" in
	test_host_*) runner=(timeout 300) ;;
	*) runner=(timeout 300 "${ns[@]}" bash -c 'ip link set lo up && exec "$@"' _) ;;
	esac
	mkdir "$scratch/$name"
	t0=$SECONDS
	TMPDIR="$scratch/$name" "${runner[@]}" "${cmd[@]}" >"$res/$name.out" 2>&1 </dev/null
	rc=$?
	left=$(cd "$scratch/$name" && find . -mindepth 1 -maxdepth 2 | head -5)
	rm -rf "${scratch:?}/$name"
	if [ $rc -eq 0 ] && [ -n "$left" ]; then
		printf 'FAIL: left behind in TMPDIR: %s\n' "$(echo $left)" >>"$res/$name.out"
		rc=1
	fi
	echo "$rc $((SECONDS - t0))" >"$res/$name.tmp" && mv "$res/$name.tmp" "$res/$name.done"
}

pass=0 fail=0 skip=0 parts=0
# report NAME: prints the result of a test that ended and counts it.
report() {
	local name=$1 rc took out why partlines
	read -r rc took <"$res/$name.done"
	took="($took s)"
	out=$(cat "$res/$name.out")
	rm -f "$res/$name.out" "$res/$name.done"
	why=$(echo "$out" | tail -1)
	# A part of a test left out ("SKIP part: WHY") is counted and shown.
	partlines=$(echo "$out" | grep '^SKIP part: ')
	if [ "$rc" -eq 0 ] && [ -n "$partlines" ]; then
		pass=$((pass + 1)); parts=$((parts + $(echo "$partlines" | wc -l)))
		echo "PASS $name $took"; echo "$partlines" | sed 's/^/    /'
	elif [ "$rc" -eq 0 ]; then
		pass=$((pass + 1)); echo "PASS $name $took"
	elif [ "$rc" -eq 77 ] && { [ "${CI:-}" != true ] ||
		{ [ "$uid" -ne 0 ] && [ "${why#unprivileged: }" != "$why" ]; }; }; then
		# Under CI=true only the unprivileged CI step may skip, and only
		# what needs real root (lib.skip_unprivileged).
		skip=$((skip + 1)); echo "SKIP $name: $why"
	else
		# the whole output of a failed test
		fail=$((fail + 1)); echo "FAIL $name (status $rc) $took"; echo "$out" | sed 's/^/    /'
	fi
}

# The tests that may share the machine, in lanes; then the alone ones, one by one.
runnable=() shared=() alone=()
for t in "${tests[@]}"; do
	[ -x "$t" ] || [ "${t##*.}" = py ] || [ "${t##*.}" = sh ] || continue
	runnable+=("$t")
	if grep -Eq -e "$alone_marker" "$t"; then alone+=("$t"); else shared+=("$t"); fi
done
[ "$jobs" -gt 1 ] || { shared=("${runnable[@]}"); alone=(); }

# reap: reports every test of the lanes that has ended.
lanes=()
reap() {
	local still=() n
	for n in ${lanes[@]+"${lanes[@]}"}; do
		if [ -e "$res/$n.done" ]; then report "$n"; else still+=("$n"); fi
	done
	lanes=(${still[@]+"${still[@]}"})
}
# wait_lane: waits for a test of the lanes to end, and reports what ended.
wait_lane() {
	local n
	wait -n
	if [ $? -eq 127 ]; then   # nothing runs: a lane that wrote no result died
		for n in "${lanes[@]}"; do
			[ -e "$res/$n.done" ] && continue
			echo "run.sh: the lane of this test ended without a result" >>"$res/$n.out"
			echo "125 0" >"$res/$n.done"
		done
	fi
	reap
}
t_start=$SECONDS
for t in ${shared[@]+"${shared[@]}"}; do
	if [ "$jobs" -eq 1 ]; then
		run_one "$t"; report "${t##*/}"; continue
	fi
	while [ ${#lanes[@]} -ge "$jobs" ]; do wait_lane; done
	run_one "$t" &
	lanes+=("${t##*/}")
done
while [ ${#lanes[@]} -gt 0 ]; do wait_lane; done
t_shared=$((SECONDS - t_start))
for t in ${alone[@]+"${alone[@]}"}; do
	run_one "$t"
	report "${t##*/}"
done
echo "integration: $pass passed, $fail failed, $skip skipped, $parts parts left out" \
	"($((SECONDS - t_start)) s, IT_JOBS=$jobs: ${#shared[@]} tests in lanes $t_shared s, ${#alone[@]} alone after them $((SECONDS - t_start - t_shared)) s)"
[ $fail -eq 0 ]
