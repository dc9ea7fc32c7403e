#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# reproducible.sh - the build does not depend on where the tree is: copies of this tree in two
# directories of different names and depths build to byte-identical build/sockls and build/sockls.8.
#
# Run from anywhere: tests/doc/reproducible.sh [make arguments, e.g. CC=clang]. Takes two builds.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

dirs=("$TMP/a/sockls" "$TMP/bb/a-much/deeper/build/path/sockls-copy")
for d in "${dirs[@]}"; do
	mkdir -p "$d"
	# The working tree as it is (committed or not), without build output or .git
	# (both copies then take the same VERSION, whatever git describe says here).
	tar -C "$ROOT" --exclude=./.git --exclude='./build*' -cf - . | tar -C "$d" -xf -
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$d" -j"$(nproc)" "$@" all >/dev/null
done

fail=0
for f in build/sockls build/sockls.8; do
	a=$(sha256sum <"${dirs[0]}/$f" | cut -d' ' -f1)
	b=$(sha256sum <"${dirs[1]}/$f" | cut -d' ' -f1)
	if [ "$a" = "$b" ]; then
		echo "ok: $f is identical when built in two directories (sha256 $a)"
	else
		echo "FAIL: $f differs between ${dirs[0]} and ${dirs[1]} ($a vs $b)"
		fail=1
	fi
done
for d in "${dirs[@]}"; do
	if grep -qaF "$d" "$d/build/sockls"; then
		echo "FAIL: $d/build/sockls contains its build directory"
		fail=1
	fi
done
[ "$fail" -eq 0 ] && echo "reproducible: identical builds"
exit "$fail"
