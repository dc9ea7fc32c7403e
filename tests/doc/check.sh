#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# check.sh - documentation checks: sockls(8) lints clean, --help, the man page and the three
# completions name the same options, the completions offer the right words, make install places them.
#
# Run from the repository root by `make doc-check` with SOCKLS=<absolute path of the binary>.
# Tools that are missing (mandoc, zsh, fish, jq, python3) skip their part with a message,
# except under CI=true, where a skip is a failure.
set -u
cd "$(dirname "$0")/../.." || exit 1
ROOT=$PWD
SOCKLS=${SOCKLS:-$ROOT/build/sockls}
MAN=man/sockls.8
BASHC=completions/sockls.bash
ZSHC=completions/_sockls
FISHC=completions/sockls.fish
HIDDEN="--list-services --rcvbuf"

pass=0
fail=0
skipped=0
ok() { pass=$((pass + 1)); echo "ok: $*"; }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
skip() {
	if [ "${CI:-}" = true ]; then bad "$* (missing under CI=true)"; else
		skipped=$((skipped + 1)); echo "skip: $*"; fi
}
have() { command -v "$1" >/dev/null 2>&1; }

TMP=$(mktemp -d) || exit 1
trap 'rm -rf "$TMP"' EXIT
# The completions call "sockls" through PATH: make sure that is the binary under test.
mkdir -p "$TMP/bin" "$TMP/emptyproc/net"
# empty socket files: "no source can answer" refuses a /proc tree without any
for f in tcp tcp6 udp udp6 raw raw6 unix; do : >"$TMP/emptyproc/net/$f"; done
ln -s "$SOCKLS" "$TMP/bin/sockls"
export PATH="$TMP/bin:$PATH"

if ! "$SOCKLS" --help >"$TMP/help" 2>&1; then
	bad "$SOCKLS --help failed"
	echo "doc-check: $pass passed, $((fail)) failed"
	exit 1
fi

# --- option sets -------------------------------------------------------------------------

# Long options anywhere in --help (also "(also --options)"); short ones at the start of a line.
help_opts() {
	{
		grep -oE -- '--[a-z0-9][a-z0-9-]*' "$TMP/help"
		grep -oE '^ +-[A-Za-z0-9]([ ,]|$)' "$TMP/help" | tr -d ' ,'
	} | sort -u
}

# Every ".It" line of the OPTIONS section: "Fl t , Fl \-tcp" -> -t --tcp.
man_opts() {
	awk '/^\.Sh /{in_opts = ($0 == ".Sh OPTIONS")} in_opts && /^\.It /' "$MAN" |
		grep -oE 'Fl (\\-)?[A-Za-z0-9]([A-Za-z0-9]|\\-)*' |
		sed -e 's/^Fl //' -e 's/\\-/-/g' -e 's/^/-/' | sort -u
}

# bash: what the completion function offers after "-" and "--".
bash_complete() {
	bash -c '
		source "$1"; shift
		COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
		_sockls
		printf "%s\n" "${COMPREPLY[@]}"
	' _ "$ROOT/$BASHC" "$@"
}
bash_opts() { { bash_complete sockls -; bash_complete sockls --; } | sort -u; }

# zsh: the option specs _arguments receives, with a stub that prints them.
zsh_specs() {
	# (the leading flags -s -S are _arguments' own, not option specs)
	zsh -f -c '_arguments() { while [[ $1 == -[sSCRW] ]]; do shift; done; print -rl -- "$@" }
		source "$1"' _ "$ROOT/$ZSHC"
}
zsh_opts() {
	zsh_specs | grep '\[' | sed -E 's/^\*//; s/^\([^)]*\)//; s/^\*//' |
		grep -oE '^--?[A-Za-z0-9][A-Za-z0-9-]*' | sort -u
}

# fish: the candidates of "sockls -" and "sockls --", first field.
fish_complete() {
	fish -c 'source $argv[1]; complete -C $argv[2]' "$ROOT/$FISHC" "$1"
}
fish_opts() { { fish_complete 'sockls -'; fish_complete 'sockls --'; } | cut -f1 | sort -u; }

compare_sets() { # name expected-file actual-file
	local missing extra
	missing=$(comm -23 "$2" "$3" | tr '\n' ' ')
	extra=$(comm -13 "$2" "$3" | tr '\n' ' ')
	if [ -z "$missing$extra" ]; then
		ok "$1 names exactly the $(wc -l <"$2") options of --help"
	else
		[ -n "$missing" ] && bad "$1 lacks: $missing"
		[ -n "$extra" ] && bad "$1 has options --help does not print: $extra"
	fi
}

help_opts >"$TMP/opts.help"
if [ "$(wc -l <"$TMP/opts.help")" -lt 10 ]; then
	bad "could not read the options of --help"
fi
for h in $HIDDEN; do
	if grep -qx -- "$h" "$TMP/opts.help"; then
		bad "hidden option $h is printed by --help"
	fi
done

{ cat "$TMP/opts.help"; printf '%s\n' $HIDDEN; } | sort -u >"$TMP/opts.man.expected"
man_opts >"$TMP/opts.man"
compare_sets "man page OPTIONS (with the hidden $HIDDEN)" "$TMP/opts.man.expected" "$TMP/opts.man"

bash_opts >"$TMP/opts.bash"
compare_sets "bash completion" "$TMP/opts.help" "$TMP/opts.bash"

if have zsh; then
	zsh_opts >"$TMP/opts.zsh"
	compare_sets "zsh completion" "$TMP/opts.help" "$TMP/opts.zsh"
	nodesc=$(zsh_specs | grep -E '^(\*|\([^)]*\))*-' | grep -vE '\[[^]]+\]' | tr '\n' ' ')
	if [ -z "$nodesc" ]; then ok "zsh: every option has a description"; else bad "zsh: no description: $nodesc"; fi
else
	skip "zsh not installed: zsh option set"
fi

if have fish; then
	fish_opts >"$TMP/opts.fish"
	compare_sets "fish completion" "$TMP/opts.help" "$TMP/opts.fish"
	nodesc=$({ fish_complete 'sockls -'; fish_complete 'sockls --'; } | grep -v "$(printf '\t')" | tr '\n' ' ')
	if [ -z "$nodesc" ]; then ok "fish: every option has a description"; else bad "fish: no description: $nodesc"; fi
else
	skip "fish not installed: fish option set"
fi

# --- the man page ------------------------------------------------------------------------

if have mandoc; then
	lint=$(mandoc -Tlint -W warning "$MAN" 2>&1)
	if [ -z "$lint" ]; then ok "mandoc -Tlint -W warning $MAN is clean"; else bad "mandoc -Tlint: $lint"; fi
	if mandoc -Tascii "$MAN" 2>/dev/null | sed 's/.\x08//g' | grep -q '^EXIT STATUS'; then
		ok "mandoc renders $MAN"
	else
		bad "mandoc cannot render $MAN"
	fi
else
	skip "mandoc not installed: man page lint"
fi
# quotes and dashes a reader copies into a shell, and quote macros that nest (issue 27 item 17)
if have python3; then
	if out=$(python3 tests/doc/man_quotes.py "$MAN" 2>&1); then ok "$out"; else bad "$out"; fi
else
	skip "python3 not installed: man page quotes"
fi

for sec in NAME SYNOPSIS DESCRIPTION OPTIONS "FILTER EXPRESSIONS" COLUMNS "SERVICES AND PORT CLASSES" \
	"EPHEMERAL PORTS" "JSON SCHEMA" ENVIRONMENT FILES "EXIT STATUS" EXAMPLES "SEE ALSO"; do
	grep -qx ".Sh $sec" "$MAN" || bad "man page has no $sec section"
done
ok "man page sections checked"

# Every key of the JSON Schema is named in the JSON SCHEMA section as .Ql key.
if have python3; then
	missing=$(python3 - "$ROOT/docs/sockls.schema.json" "$ROOT/$MAN" <<'EOF'
import json, re, sys
schema = json.load(open(sys.argv[1]))
keys = set()
def walk(node):
    if isinstance(node, dict):
        for k, v in node.get("properties", {}).items():
            keys.add(k)
        for v in node.values():
            walk(v)
    elif isinstance(node, list):
        for v in node:
            walk(v)
walk(schema)
text = open(sys.argv[2]).read()
sec = text.split(".Sh JSON SCHEMA", 1)[-1].split("\n.Sh ", 1)[0]
named = set(re.findall(r"Ql ([A-Za-z_0-9]+)", sec))
print(" ".join(sorted(keys - named)))
EOF
	)
	if [ -z "$missing" ]; then ok "man JSON SCHEMA names every key of docs/sockls.schema.json"; else bad "man JSON SCHEMA lacks keys: $missing"; fi
else
	skip "python3 not installed: JSON schema keys in the man page"
fi

# Every state word the docs and completions offer is one sockls accepts.
accepts_state() { "$SOCKLS" --proc-root "$TMP/emptyproc" -H --state "$1" >/dev/null 2>&1; }
states=$(bash_complete sockls --state '')
rejected=
for s in $states; do accepts_state "$s" || rejected="$rejected $s"; done
for s in $(awk '/^\.Sh FILTER EXPRESSIONS/{f=1} /^\.Sh COLUMNS/{f=0} f && /^\.It [A-Z_, ]+ Ta /' "$MAN" |
	sed -E 's/^\.It //; s/ Ta /,/; s/\\-/-/g' | tr ',' ' '); do
	accepts_state "$s" || rejected="$rejected $s"
done
if [ -z "$rejected" ]; then ok "every offered and documented state name is accepted"; else bad "sockls rejects state names:$rejected"; fi
if have jq; then
	unoffered=
	for s in $(jq -r '."$defs".socket.properties.state.enum[]' docs/sockls.schema.json); do
		printf '%s\n' $states | grep -qx -- "$s" || unoffered="$unoffered $s"
	done
	if [ -z "$unoffered" ]; then ok "every state name sockls prints is completed"; else bad "state names not completed:$unoffered"; fi
else
	skip "jq not installed: printed state names vs completion"
fi

# --- bash completion behaviour -----------------------------------------------------------

expect_words() { # label "expected words" actual...
	local label=$1 want=$2 w missing=
	shift 2
	for w in $want; do
		printf '%s\n' "$@" | grep -qx -- "$w" || missing="$missing $w"
	done
	if [ -z "$missing" ]; then ok "$label offers $want"; else bad "$label lacks$missing (got: $(echo "$@" | cut -c1-200))"; fi
}

mapfile -t got < <(bash_complete sockls --sta)
if [ "${got[*]}" = "--state" ]; then ok "bash: sockls --sta<Tab> -> --state"; else bad "bash: sockls --sta<Tab> gave '${got[*]}'"; fi
mapfile -t got < <(bash_complete sockls --state '')
expect_words "bash: sockls --state <Tab>" "established time-wait listening syn-sent all connected TIME_WAIT LISTEN" "${got[@]}"
mapfile -t got < <(bash_complete sockls --state established,ti)
expect_words "bash: sockls --state established,ti<Tab>" "established,time-wait" "${got[@]}"
mapfile -t got < <(bash_complete sockls --port ht)
expect_words "bash: sockls --port ht<Tab>" "http https" "${got[@]}"
bad_prefix=$(printf '%s\n' "${got[@]}" | grep -v '^ht' | head -3 | tr '\n' ' ')
[ -z "$bad_prefix" ] || bad "bash: sockls --port ht<Tab> offers words not starting with ht: $bad_prefix"
mapfile -t got < <(bash_complete sockls --dport 22,ht)
expect_words "bash: sockls --dport 22,ht<Tab>" "22,http 22,https" "${got[@]}"
if "$SOCKLS" --proc-root "$TMP/emptyproc" --port http,https >/dev/null 2>&1; then
	ok "sockls accepts the completed service names"
else
	bad "sockls rejects --port http,https"
fi
mapfile -t got < <(bash_complete sockls --source '')
if [ "${got[*]}" = "auto netlink proc" ]; then ok "bash: sockls --source <Tab> -> auto netlink proc"; else bad "bash: sockls --source <Tab> gave '${got[*]}'"; fi
for v in "${got[@]}"; do
	"$SOCKLS" --source "$v" --help >/dev/null 2>&1 || bad "sockls rejects --source $v"
done
mapfile -t got < <(bash_complete sockls -t state '')
expect_words "bash: sockls -t state <Tab>" "established time-wait listening" "${got[@]}"
mapfile -t got < <(bash_complete sockls -t exclude list)
expect_words "bash: sockls -t exclude list<Tab>" "listening" "${got[@]}"
mapfile -t got < <(bash_complete sockls -t '')
expect_words "bash: sockls -t <Tab>" "src dst sport dport state exclude cgroup not" "${got[@]}"
mapfile -t got < <(bash_complete sockls --proc-root "$ROOT/tests/do")
expect_words "bash: sockls --proc-root <dir>" "$ROOT/tests/doc" "${got[@]}"
mapfile -t got < <(bash_complete sockls --services "$ROOT/tests/doc/che")
expect_words "bash: sockls --services <file>" "$ROOT/tests/doc/check.sh" "${got[@]}"
mapfile -t got < <(bash_complete sockls --netns-pid "$$")
expect_words "bash: sockls --netns-pid <pid>" "$$" "${got[@]}"

# --- zsh and fish ------------------------------------------------------------------------

if have zsh; then
	if zsh -n "$ZSHC"; then ok "zsh -n $ZSHC"; else bad "zsh -n $ZSHC"; fi
	# The value functions, with the completion builtins stubbed to print what they would offer.
	zsh_values() {
		zsh -f -c '
			compset() { return 1 }
			_wanted() { shift 3; "$@" }
			_describe() { local -a a; a=(${(P)${@[-1]}}); print -rl -- ${a%%:*} }
			_call_program() { shift; eval "$@" }
			compadd() { [[ $1 == -a ]] && print -rl -- ${(P)2} || { [[ $1 == -- ]] && shift; print -rl -- "$@" } }
			_arguments() { : }
			source "$1"
			words=(${=2}); CURRENT=$#words
			$3
		' _ "$ROOT/$ZSHC" "$1" "$2"
	}
	mapfile -t got < <(zsh_values "sockls --state x" _sockls_states)
	expect_words "zsh: --state values" "established time-wait listening TIME_WAIT bucket" "${got[@]}"
	mapfile -t got < <(zsh_values "sockls --port x" _sockls_services)
	expect_words "zsh: --port values" "http https ssh domain" "${got[@]}"
	mapfile -t got < <(zsh_values "sockls -t x" _sockls_filter)
	expect_words "zsh: filter words" "src dst sport dport state exclude cgroup not" "${got[@]}"
	mapfile -t got < <(zsh_values "sockls -t src 1.2.3.4 x" _sockls_filter)
	expect_words "zsh: filter words after a term" "and or src not" "${got[@]}"
	mapfile -t got < <(zsh_values "sockls src x" _sockls_filter)
	if printf '%s\n' "${got[@]}" | grep -qx '<'; then bad "zsh: offers < after src"; else ok "zsh: no < after src"; fi
	mapfile -t got < <(zsh_values "sockls state x" _sockls_filter)
	expect_words "zsh: after state" "time-wait established" "${got[@]}"
	# The real completion system in an interactive zsh on a pty: type, press Tab, read the screen.
	zsh -f -c '
		zmodload zsh/zpty && zpty z "zsh -f -i" || { print "NOPTY"; exit 0 }
		zpty -w z "PROMPT=\"> \"; fpath=($1 \$fpath); autoload -Uz compinit; compinit -u -D; LISTMAX=10000"
		try() {
			local out= chunk
			integer i
			zpty -w -n z "$1"$'"'"'\t'"'"'
			for (( i = 0; i < 50; i++ )); do
				while zpty -r -t z chunk; do out+=$chunk; done
				[[ $out == *$2* ]] && break
				sleep 0.1
			done
			zpty -w -n z $'"'"'\x15'"'"'
			sleep 0.2
			while zpty -r -t z chunk; do :; done
			[[ $out == *$2* ]] && print -r -- "ok $1<Tab> shows $2" || print -r -- "FAIL $1<Tab> does not show $2"
		}
		try "sockls --state " time-wait
		try "sockls --port http" https
		try "sockls --source " netlink
		try "sockls -t " "negate the next term"
		try "sockls --sou" "--source"
		zpty -d z
	' _ "$ROOT/completions" >"$TMP/zpty.out" 2>&1
	if grep -q NOPTY "$TMP/zpty.out"; then
		skip "zsh/zpty cannot open a pty: interactive zsh completion"
	elif ! grep -q . "$TMP/zpty.out"; then
		bad "zsh zpty completion test printed nothing"
	else
		while IFS= read -r line; do
			case $line in
			"ok "*) ok "zsh (zpty): ${line#ok }" ;;
			"FAIL "*) bad "zsh (zpty): ${line#FAIL }" ;;
			esac
		done <"$TMP/zpty.out"
	fi
else
	skip "zsh not installed: zsh completion"
fi

if have fish; then
	if fish -n "$FISHC"; then ok "fish -n $FISHC"; else bad "fish -n $FISHC"; fi
	mkdir -p "$TMP/fishcomp"
	cp "$FISHC" "$TMP/fishcomp/sockls.fish"
	# Autoloaded from fish_complete_path, as an installed completion is.
	mapfile -t got < <(fish -c 'set -p fish_complete_path $argv[1]; complete -C "sockls --state "' "$TMP/fishcomp" | cut -f1)
	expect_words "fish: complete -C 'sockls --state '" "established time-wait listening TIME_WAIT all" "${got[@]}"
	mapfile -t got < <(fish_complete 'sockls --so' | cut -f1)
	expect_words "fish: complete -C 'sockls --so'" "--source" "${got[@]}"
	mapfile -t got < <(fish_complete 'sockls --port ht' | cut -f1)
	expect_words "fish: complete -C 'sockls --port ht'" "http https" "${got[@]}"
	mapfile -t got < <(fish_complete 'sockls --port 80,ht' | cut -f1)
	expect_words "fish: complete -C 'sockls --port 80,ht'" "80,http 80,https" "${got[@]}"
	mapfile -t got < <(fish_complete 'sockls --source ' | cut -f1)
	if [ "$(printf '%s\n' "${got[@]}" | sort | tr '\n' ' ')" = "auto netlink proc " ]; then
		ok "fish: sockls --source <Tab> -> auto netlink proc"
	else
		bad "fish: sockls --source <Tab> gave '${got[*]}'"
	fi
	mapfile -t got < <(fish_complete 'sockls -t state ' | cut -f1)
	expect_words "fish: complete -C 'sockls -t state '" "established time-wait" "${got[@]}"
	mapfile -t got < <(fish_complete 'sockls -t ' | cut -f1)
	expect_words "fish: complete -C 'sockls -t '" "src dst sport dport state exclude cgroup not" "${got[@]}"
else
	skip "fish not installed: fish completion"
fi

# --- make install / uninstall ------------------------------------------------------------

inst=$TMP/destdir
# The parent make's jobserver is not ours; BUILD points make at the binary under test.
if env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$ROOT" BUILD="$(dirname "$SOCKLS")" \
	install DESTDIR="$inst" PREFIX=/usr >"$TMP/install.log" 2>&1; then
	files="bin/sockls share/man/man8/sockls.8 share/bash-completion/completions/sockls
	       share/zsh/site-functions/_sockls share/fish/vendor_completions.d/sockls.fish"
	# The installed man page is the built one: man/sockls.8 with this build's version.
	srcs="$SOCKLS $(dirname "$SOCKLS")/sockls.8 $BASHC $ZSHC $FISHC"
	set -- $srcs
	for f in $files; do
		if ! [ -f "$inst/usr/$f" ]; then
			bad "make install did not place /usr/$f"
		elif ! cmp -s "$1" "$inst/usr/$f"; then
			bad "make install: /usr/$f differs from $1"
		else
			ok "make install places /usr/$f"
		fi
		shift
	done
	[ -x "$inst/usr/bin/sockls" ] || bad "installed sockls is not executable"
	if have zsh && ! zsh -fc 'print -l $fpath' | grep -qx /usr/share/zsh/site-functions; then
		echo "note: this zsh does not search /usr/share/zsh/site-functions (PREFIX=/usr);" \
			"Debian's zsh looks in /usr/share/zsh/vendor-completions"
	fi
	if env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$ROOT" BUILD="$(dirname "$SOCKLS")" \
		uninstall DESTDIR="$inst" PREFIX=/usr >>"$TMP/install.log" 2>&1; then
		left=$(cd "$inst" && find . -type f | tr '\n' ' ')
		if [ -z "$left" ]; then ok "make uninstall removes every installed file"; else bad "make uninstall left: $left"; fi
	else
		bad "make uninstall failed: $(tail -3 "$TMP/install.log")"
	fi
else
	bad "make install DESTDIR=... PREFIX=/usr failed: $(tail -3 "$TMP/install.log")"
fi

# The code's shape (docs/ARCHITECTURE.md): file and function sizes, no cycle of files or folders.
if python3 "$ROOT/tests/doc/shape.py" >"$TMP/shape.log" 2>&1; then
	ok "src/ shape: $(tail -1 "$TMP/shape.log")"
else
	bad "src/ shape: $(grep FAIL "$TMP/shape.log" | head -5 | tr '\n' ';')"
fi
# ... and the check can fail: a ring of folders is caught, a tree without one passes.
if python3 "$ROOT/tests/doc/shape_selftest.py" >"$TMP/shape_self.log" 2>&1; then
	ok "$(tail -1 "$TMP/shape_self.log")"
else
	bad "shape self-test: $(grep FAIL "$TMP/shape_self.log" | head -3 | tr '\n' ';')"
fi

echo "doc-check: $pass passed, $fail failed, $skipped skipped"
[ "$fail" -eq 0 ]
