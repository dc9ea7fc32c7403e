#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# spdx.sh - the license is stated in every source file: an "SPDX-License-Identifier: MIT" line
# within its first three lines. Left out: what cannot hold a comment or is not ours (Markdown,
# test fixtures (but their scripts) and fuzz corpora, IANA's data/services.tsv, benchmark results, the Debian
# changelog, copyright and source format, LICENSE itself).
set -u
cd "$(dirname "$0")/../.." || exit 1
if [ -e .git ] && git ls-files >/dev/null 2>&1; then
	mapfile -t files < <(git ls-files)
else
	mapfile -t files < <(find . -type f ! -path './.git/*' ! -path './build*' | sed 's|^\./||' | sort)
fi
skip='(\.md$|^NEWS$|^fuzz/corpus/|^data/services\.tsv$|^bench/.*\.tsv$|^debian/(changelog|copyright|source/format)$|^LICENSE$|\.(pyc|o|d|a|so|deb)$)'
missing=()
n=0
for f in "${files[@]}"; do
	[[ $f =~ $skip ]] && continue
	[[ $f == tests/fixtures/* && ! $f =~ \.(py|sh)$ ]] && continue
	[ -f "$f" ] || continue
	n=$((n + 1))
	head -3 "$f" | grep -q 'SPDX-License-Identifier: MIT' || missing+=("$f")
done
[ -f LICENSE ] && grep -q '^MIT License' LICENSE || missing+=("LICENSE (no MIT license text)")
if [ ${#missing[@]} -eq 0 ]; then
	echo "ok: $n source files carry SPDX-License-Identifier: MIT; LICENSE is the MIT license"
	exit 0
fi
printf 'FAIL: no SPDX-License-Identifier: MIT line in: %s\n' "${missing[@]}"
exit 1
