# SPDX-License-Identifier: MIT
# lib.sh - shared pieces of the shell integration tests (sourced, not run).

# skip_or_fail REASON: a test that cannot run here says why and skips (77);
# under CI=true a skip is a failure.
skip_or_fail() {
	echo "$1"
	[ "${CI:-}" = true ] && exit 1
	exit 77
}

# skip_unprivileged REASON: a test that needs real root skips; run.sh accepts
# that under CI=true only in the unprivileged CI step (run.sh not root).
skip_unprivileged() {
	echo "unprivileged: $1"
	exit 77
}

# start_mix: the known socket mix of sockmix.py, alive until stop_mix.
start_mix() {
	cd "$TESTDIR" || exit 1
	coproc MIX { python3 sockmix.py; }
	local ready
	read -r ready <&"${MIX[0]}"
	case $ready in READY*) ;; *) echo "socket mix did not start"; exit 1 ;; esac
}

stop_mix() {
	exec {MIX[1]}>&-
	wait
}
