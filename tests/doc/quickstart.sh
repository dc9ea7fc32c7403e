#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# quickstart.sh - the README's quick start is what CI runs: the two commands under
# "## Quick start" appear, verbatim and in order, as commands of .ci/run.
set -u
cd "$(dirname "$0")/../.." || exit 1
mapfile -t readme < <(awk '/^## Quick start/{f=1; next} /^## /{f=0} f && /^    [^ ]/{sub(/^    /, ""); print}' README.md)
mapfile -t ci < <(grep -vE '^\s*(#|$)' .ci/run | sed -E 's/^\s+//; s/ *<\/dev\/null$//')
if [ "${#readme[@]}" -ne 2 ]; then
	echo "FAIL: README's quick start has ${#readme[@]} commands, not 2: ${readme[*]}"
	exit 1
fi
i=0
for line in "${ci[@]}"; do
	[ $i -lt 2 ] && [ "$line" = "${readme[$i]}" ] && i=$((i + 1))
done
if [ $i -eq 2 ]; then
	echo "ok: .ci/run runs the README's quick start: ${readme[0]}; ${readme[1]}"
else
	echo "FAIL: .ci/run does not run the README's quick start '${readme[0]}' then '${readme[1]}'"
	exit 1
fi
