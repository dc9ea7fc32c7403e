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
set -u
here=$(cd "$(dirname "$0")" && pwd)
: "${SOCKLS:?SOCKLS must point at the sockls binary}"
export SOCKLS BUILD="${BUILD:-}" TESTDIR="$here"
export PYTHONDONTWRITEBYTECODE=1

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
# tests leave nothing behind.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/sockls-it.XXXXXX")
chmod 755 "$scratch"   # a test may run sockls as another user (nobody) in its TMPDIR
trap 'rm -rf "$scratch"' EXIT
uid=$(id -u)
export RUN_UID=$uid

pass=0 fail=0 skip=0 parts=0
for t in "${tests[@]}"; do
	[ -x "$t" ] || [ "${t##*.}" = py ] || [ "${t##*.}" = sh ] || continue
	name=${t##*/}
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
	out=$(TMPDIR="$scratch/$name" "${runner[@]}" "${cmd[@]}" 2>&1)
	rc=$?
	took="($((SECONDS - t0)) s)"
	left=$(cd "$scratch/$name" && find . -mindepth 1 -maxdepth 2 | head -5)
	rm -rf "${scratch:?}/$name"
	if [ $rc -eq 0 ] && [ -n "$left" ]; then
		out="$out
FAIL: left behind in TMPDIR: $(echo $left)"
		rc=1
	fi
	why=$(echo "$out" | tail -1)
	# A part of a test left out ("SKIP part: WHY") is counted and shown.
	partlines=$(echo "$out" | grep '^SKIP part: ')
	if [ $rc -eq 0 ] && [ -n "$partlines" ]; then
		pass=$((pass + 1)); parts=$((parts + $(echo "$partlines" | wc -l)))
		echo "PASS $name $took"; echo "$partlines" | sed 's/^/    /'
	elif [ $rc -eq 0 ]; then
		pass=$((pass + 1)); echo "PASS $name $took"
	elif [ $rc -eq 77 ] && { [ "${CI:-}" != true ] ||
		{ [ "$uid" -ne 0 ] && [ "${why#unprivileged: }" != "$why" ]; }; }; then
		# Under CI=true only the unprivileged CI step may skip, and only
		# what needs real root (lib.skip_unprivileged).
		skip=$((skip + 1)); echo "SKIP $name: $why"
	else
		fail=$((fail + 1)); echo "FAIL $name (status $rc) $took"; echo "$out" | tail -30 | sed 's/^/    /'
	fi
done
echo "integration: $pass passed, $fail failed, $skip skipped, $parts parts left out"
[ $fail -eq 0 ]
