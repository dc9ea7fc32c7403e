#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# version.sh - one version everywhere: `sockls --version`, the built man page, and the release
# this tree is (the Makefile's VERSION_FALLBACK, man/sockls.8, NEWS, debian/changelog).
#
# Run from `make doc-check` with SOCKLS=<absolute path of the binary> and VERSION_FALLBACK.
set -u
cd "$(dirname "$0")/../.." || exit 1
SOCKLS=${SOCKLS:-$PWD/build/sockls}
BUILT_MAN=$(dirname "$SOCKLS")/sockls.8
REL=${VERSION_FALLBACK:-$(sed -n 's/^VERSION_FALLBACK *:= *//p' Makefile)}

pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok: $*"; }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
same() { # label expected actual
	if [ "$2" = "$3" ]; then ok "$1: $3"; else bad "$1 is '$3', expected '$2'"; fi
}

printed=$("$SOCKLS" --version 2>&1 | sed -n '1s/^sockls //p')
[ -n "$printed" ] || bad "sockls --version printed no version"

# The binary and its man page come from one build: the same version, whatever it is.
same "built man page .Os" "sockls $printed" "$(sed -n 's/^\.Os //p' "$BUILT_MAN")"

# Outside a tagged git checkout the build is the release this tree says it is.
if [ -e .git ] && git describe --tags >/dev/null 2>&1; then
	same "sockls --version (git describe --tags)" "$(git describe --tags | sed 's/^v//')" "$printed"
else
	same "sockls --version (no git tag: VERSION_FALLBACK)" "$REL" "$printed"
fi

# The release in every file that names it.
same "man/sockls.8 .Os" "sockls $REL" "$(sed -n 's/^\.Os //p' man/sockls.8)"
same "NEWS, newest entry" "$REL" "$(sed -n 's/^## \([0-9][^ ]*\).*/\1/p' NEWS | head -1)"
if [ -f debian/changelog ]; then
	deb=$(sed -n '1s/^[^ ]* (\([^)]*\)).*/\1/p' debian/changelog)
	same "debian/changelog upstream version" "$REL" "${deb%-*}"
fi

# The man page's date: SOURCE_DATE_EPOCH, else the last commit, else the newest changelog
# entry (the Makefile's MAN_DATE), never a stale hand-written one.
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
	epoch=$SOURCE_DATE_EPOCH
elif [ -e .git ] && epoch=$(git log -1 --format=%ct 2>/dev/null) && [ -n "$epoch" ]; then
	:
else
	epoch=$(date -u -d "$(sed -n 's/^ -- .*>  //p' debian/changelog | head -1)" +%s)
fi
same "built man page .Dd" "$(LC_ALL=C date -u -d "@$epoch" '+%B %-d, %Y')" \
	"$(sed -n 's/^\.Dd //p' "$BUILT_MAN")"

# NEWS and debian/changelog tell one story: "(unreleased)" while the changelog entry is
# UNRELEASED, else the date of the changelog entry.
if [ -f debian/changelog ]; then
	dist=$(sed -n '1s/^[^ ]* ([^)]*) \([^;]*\);.*/\1/p' debian/changelog)
	news=$(sed -n 's/^## [0-9][^ ]* (\(.*\))$/\1/p' NEWS | head -1)
	if [ "$dist" = UNRELEASED ]; then
		same "NEWS, newest entry's date (changelog: UNRELEASED)" "unreleased" "$news"
	else
		cdate=$(date -u -d "$(sed -n 's/^ -- .*>  //p' debian/changelog | head -1)" +%Y-%m-%d)
		same "NEWS, newest entry's date (changelog: $dist)" "$cdate" "$news"
	fi
fi

echo "version: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
