#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# test_hidepid.sh - /proc mounted with hidepid=2 and sockls run as an
# unprivileged user: the rows are listed, owners are unknown, no error.
# Needs root (a new proc mount); under CI, which runs as root, it always runs.
set -u
. "$TESTDIR/lib.sh"
if [ "$(id -u)" -ne 0 ] || ! awk '{exit !($1 == 0 && $2 == 0 && $3 == 4294967295)}' /proc/self/uid_map; then
	skip_unprivileged "needs real root to mount a proc instance with hidepid"
fi
start_mix
out=$(unshare -m --propagation private bash -c '
	mount -t proc -o hidepid=2 proc /proc || exit 3
	exec setpriv --reuid 65534 --regid 65534 --clear-groups "$SOCKLS" -tanpH
' 2>"${TMPDIR:-/tmp}"/hidepid.err.$$)
rc=$?
err=$(cat "${TMPDIR:-/tmp}"/hidepid.err.$$); rm -f "${TMPDIR:-/tmp}"/hidepid.err.$$
stop_mix
fail=0
[ $rc -eq 0 ] || { echo "status $rc (stderr: $err)"; fail=1; }
[ -z "$err" ] || { echo "stderr not empty: $err"; fail=1; }
rows=$(printf '%s\n' "$out" | grep -c '127.0.0.1:5001' || true)
[ "$rows" -ge 3 ] || { echo "expected the mix's rows, got: $out"; fail=1; }
if printf '%s\n' "$out" | grep -q 'users:'; then echo "owners shown under hidepid: $out"; fail=1; fi
[ $fail -eq 0 ] && echo "ok: rows without owners under hidepid=2"
exit $fail
