#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# test_hostile_files.sh - a --proc-root bundle whose files are a FIFO, /dev/zero, /dev/urandom or huge:
# every run ends promptly with status 1 and one line on stderr naming the file; never a hang or a crash.
set -u
: "${SOCKLS:?}" "${TESTDIR:?}"
fixtures=$TESTDIR/../fixtures/proc/real
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0 checked=0
PID=4242

# A small but complete bundle: net/*, sockstat, snmp, the port range, one process
# owning the first TCP socket of the fixture.
make_bundle() {
	local b=$1 inode
	rm -rf "$b"
	mkdir -p "$b/sys/net/ipv4" "$b/$PID/fd"
	cp -r "$fixtures/net" "$b/"
	printf 'sockets: used 5\nTCP: inuse 1 orphan 0 tw 0 alloc 2 mem 1\n' >"$b/net/sockstat"
	printf 'Tcp: RtoAlgorithm CurrEstab\nTcp: 1 0\n' >"$b/net/snmp"
	printf '32768\t60999\n' >"$b/sys/net/ipv4/ip_local_port_range"
	printf 'hostile\n' >"$b/$PID/comm"
	inode=$(awk 'NR == 2 { print $10 }' "$b/net/tcp")
	ln -s "socket:[$inode]" "$b/$PID/fd/3"
}

# replace BUNDLE FILE KIND: FILE becomes a FIFO, a link to a device, or huge.
replace() {
	local f=$1/$2 kind=$3
	rm -f "$f"
	case $kind in
	fifo) mkfifo "$f" ;;
	zero) ln -s /dev/zero "$f" ;;
	urandom) ln -s /dev/urandom "$f" ;;
	huge) truncate -s 2G "$f" ;; # sparse: above every cap, costs no disk
	esac
}

# expect_refusal WHAT FILE CMD...: status 1, exactly one stderr line naming FILE.
expect_refusal() {
	local what=$1 file=$2 rc lines
	shift 2
	timeout 10 "$@" >"$work/out" 2>"$work/err"
	rc=$?
	lines=$(wc -l <"$work/err")
	checked=$((checked + 1))
	if [ $rc -eq 124 ]; then
		echo "FAIL $what: hung (killed after 10 s)"; fail=1; return
	fi
	if [ $rc -ge 128 ]; then
		echo "FAIL $what: crashed (status $rc)"; fail=1; return
	fi
	if [ $rc -ne 1 ] || [ "$lines" -ne 1 ] || ! grep -qF -- "$file" "$work/err"; then
		echo "FAIL $what: status $rc, $lines stderr line(s), want 1 naming $file:"
		sed 's/^/    /' "$work/err" | head -5
		fail=1
	fi
}

# expect_ok WHAT CMD...: the untouched bundle works (status 0, nothing on stderr).
expect_ok() {
	local what=$1 rc
	shift
	timeout 10 "$@" >"$work/out" 2>"$work/err"
	rc=$?
	if [ $rc -ne 0 ] || [ -s "$work/err" ]; then
		echo "FAIL $what: status $rc on a good bundle:"; sed 's/^/    /' "$work/err" | head -5
		fail=1
	fi
}

B=$work/bundle
make_bundle "$B"
expect_ok "good -tan" "$SOCKLS" --proc-root "$B" -tan
expect_ok "good -s" "$SOCKLS" --proc-root "$B" -s
expect_ok "good --ephemeral" "$SOCKLS" --proc-root "$B" --ephemeral
expect_ok "good -tanp" "$SOCKLS" --proc-root "$B" -tanp
grep -q hostile "$work/out" || { echo "FAIL good -tanp: the bundle's process is not shown"; fail=1; }

for kind in fifo zero urandom huge; do
	for target in "net/tcp|-tan" "sys/net/ipv4/ip_local_port_range|--ephemeral" \
		      "net/sockstat|-s" "net/snmp|-s" "$PID/comm|-tanp"; do
		file=${target%%|*} opt=${target#*|}
		make_bundle "$B"
		replace "$B" "$file" "$kind"
		expect_refusal "$file as $kind ($opt)" "$B/$file" "$SOCKLS" --proc-root "$B" "$opt"
		# the other commands need not fail, but must not hang or crash
		for other in -tan -s --ephemeral -tanp; do
			timeout 10 "$SOCKLS" --proc-root "$B" "$other" >/dev/null 2>&1
			rc=$?
			if [ $rc -eq 124 ] || [ $rc -ge 128 ]; then
				echo "FAIL $file as $kind ($other): status $rc"; fail=1
			fi
		done
	done
done

# -N on a FIFO: not a namespace, said at once.
mkfifo "$work/nsfifo"
expect_refusal "-N fifo" "$work/nsfifo" "$SOCKLS" -N "$work/nsfifo" -tan
expect_refusal "-N /dev/zero" "/dev/zero" "$SOCKLS" -N /dev/zero -tan

# --services on a FIFO or /dev/zero: refused at once, not read forever.
mkfifo "$work/svcfifo"
expect_refusal "--services fifo" "$work/svcfifo" "$SOCKLS" --services "$work/svcfifo" -tan
expect_refusal "--services /dev/zero" "/dev/zero" "$SOCKLS" --services /dev/zero -tan

echo "hostile files: $checked refusals checked"
exit $fail
