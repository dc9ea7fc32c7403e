#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# run.sh - runs every tests/integration/test_* in its own private network
# namespace (unshare -n as root, unshare -rn otherwise) with lo up.
# A test exits 0 (pass), 77 (skip, saying why) or anything else (fail).
# Under CI=true a skip counts as a failure: CI must prove everything.
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

pass=0 fail=0 skip=0
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
	out=$("${runner[@]}" "${cmd[@]}" 2>&1)
	rc=$?
	if [ $rc -eq 0 ]; then
		pass=$((pass + 1)); echo "PASS $name"
	elif [ $rc -eq 77 ] && [ "${CI:-}" != true ]; then
		skip=$((skip + 1)); echo "SKIP $name: $(echo "$out" | tail -1)"
	else
		fail=$((fail + 1)); echo "FAIL $name (status $rc)"; echo "$out" | tail -30 | sed 's/^/    /'
	fi
done
echo "integration: $pass passed, $fail failed, $skip skipped"
[ $fail -eq 0 ]
