#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# test_valgrind.sh - listing runs under valgrind: no invalid access, no leak of
# any kind, for each writer and source (issue 11). Under an ASan build valgrind
# cannot run; LeakSanitizer then checks every run of the whole suite instead.
set -u
. "$TESTDIR/lib.sh"
if nm -D "$SOCKLS" 2>/dev/null | grep -q __asan_init || nm "$SOCKLS" 2>/dev/null | grep -q __asan_init; then
	echo "ASan build: leaks are checked by LeakSanitizer in every test"
	exit 0
fi
if ! command -v valgrind >/dev/null; then
	skip_or_fail "valgrind is not installed"
fi
start_mix
fail=0
run() {
	local out
	out=$(valgrind -q --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all \
		--error-exitcode=99 "$SOCKLS" "$@" 2>&1 >/dev/null)
	local rc=$?
	if [ $rc -ne 0 ] || [ -n "$out" ]; then
		echo "valgrind sockls $*: status $rc"
		echo "$out" | head -30
		fail=1
	fi
}
run -tuan
run -tuanpeoim
run -tuan --json -eoimp
run -tuan --ndjson
run -tuan --source proc -e
run -xwan
run -s
run --ephemeral --json
run -tn state established '( dport = :5004 or sport = :5004 )'
run --proc-root "$TESTDIR/../fixtures/proc/real" -tuaxwn
stop_mix
[ $fail -eq 0 ] && echo "ok: no errors, no leaks"
exit $fail
