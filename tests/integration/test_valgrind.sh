#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# test_valgrind.sh - listing runs under valgrind: no invalid access, no leak of
# any kind, for each writer and source (issue 11). valgrind cannot run an ASan
# build: under make check-sanitize it runs VALGRIND_SOCKLS, the plain build.
set -u
. "$TESTDIR/lib.sh"
target=${VALGRIND_SOCKLS:-$SOCKLS}
asan() { nm -D "$1" 2>/dev/null | grep -q __asan_init || nm "$1" 2>/dev/null | grep -q __asan_init; }
if ! command -v valgrind >/dev/null; then
	skip_or_fail "valgrind is not installed"
fi
if asan "$target"; then
	skip_or_fail "$target is an ASan build, which valgrind cannot run: set VALGRIND_SOCKLS to a build without sanitizers (make check-sanitize does)"
fi
[ -x "$target" ] || { echo "FAIL: no sockls at $target"; exit 1; }
vg() { valgrind -q --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all \
	--error-exitcode=99 "$@"; }
# The positive control: valgrind reports the leak of a program made to leak.
out=$(vg "$(dirname "$target")/helpers/leak" 2>&1 >/dev/null)
if [ $? -ne 99 ] || ! printf '%s\n' "$out" | grep -q 'definitely lost'; then
	echo "FAIL: valgrind did not report the leak of $(dirname "$target")/helpers/leak: $out"
	exit 1
fi
start_mix
fail=0
run() {
	local out
	# -p not as root: sockls's one note that other users' processes could not
	# be read is not valgrind's
	out=$(vg "$target" "$@" 2>&1 >/dev/null |
		grep -Ev "^sockls: note: [0-9]+ process(es)? could not be read "; exit "${PIPESTATUS[0]}")
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
run -tuax --count-by state,remote,process,user,netns --top 3
run -ta --count-by kind,local-addr,unit --json
run -ta --count-by remote-addr,local-port --prometheus
run -ta --pid $$ --count-by state
run -ta pid = $$ or not pid = $$
stop_mix
[ $fail -eq 0 ] && echo "ok: no errors, no leaks"
exit $fail
