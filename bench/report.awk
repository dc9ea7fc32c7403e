# SPDX-License-Identifier: MIT
# report.awk - turn bench/run.sh's raw timings into the markdown tables of bench/results.md.
# Inputs (tab-separated): labels.tsv (key, shown command), sizes.tsv (size, counted sockets,
# floor count, sockls lines, ss lines, setup s), raw.tsv (size, key, run, wall, user, sys,
# maxrss KiB, status). -v max=bound in seconds.

FILENAME ~ /labels\.tsv$/ { order[++nk] = $1; label[$1] = $2; next }
FILENAME ~ /sizes\.tsv$/  { size[++ns] = $1; info[$1] = $0; next }
{
	id = $1 SUBSEP $2
	if ($8 != "0") { if (!(id in note)) note[id] = $8; if ($4 == "-") next }
	if ($8 == "0") { walls[id] = walls[id] " " $4; cpus[id] = cpus[id] " " ($5 + $6); ok[id]++ }
	if ($7 + 0 > rss[id] + 0) rss[id] = $7
}

function median(s,   a, c, i, j, t) {
	c = split(s, a, " ")
	if (c == 0) return -1
	for (i = 2; i <= c; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
	return a[int((c + 1) / 2)] + 0
}
function wall(n, k) { return median(walls[n SUBSEP k]) }
function cpu(n, k) { return median(cpus[n SUBSEP k]) }
function val(m, n, k) { return m == "cpu" ? cpu(n, k) : wall(n, k) }
function ms(v) { return v < 0 ? "-" : sprintf(v < 0.1 ? "%.2f" : "%.1f", v * 1000) }
function ratio(a, b) { return (a < 0 || b <= 0) ? "n/a" : sprintf("%.2f", a / b) }
function has(n) { for (i_ = 1; i_ <= ns; i_++) if (size[i_] == n) return 1; return 0 }
function mark(cond) { return cond ? "met" : "**missed**" }

# A target row: value = a / b at size n must be <= lim. When b was skipped over the bound,
# a / max is an upper bound of the ratio and a / (b's predicted time) an estimate.
function target(desc, n, a, b, lim,   va, vb, r, s, est, nb) {
	if (!has(n)) return
	va = wall(n, a); vb = wall(n, b); nb = note[n SUBSEP b]
	if (va < 0) { print "| " desc " | " n " | n/a (" (note[n SUBSEP a] ? note[n SUBSEP a] : "no data") ") | |"; return }
	if (vb < 0 && nb ~ /^skipped: >/) {
		r = va / max; s = "< " sprintf("%.3f", r) " (" label[b] " skipped)"
		if (r > lim && match(nb, /predicted [0-9.]+/)) {
			est = va / substr(nb, RSTART + 10, RLENGTH - 10)
			print "| " desc " | " n " | " s ", ≈ " sprintf("%.3f", est) " vs its predicted time | " \
			      (est <= lim ? "met by estimate" : "**missed** by estimate") " |"
			return
		}
	} else if (vb < 0 && nb ~ /^timeout: >[0-9.]+s/) {
		# b ran longer than the timeout: a / timeout bounds the ratio from above
		match(nb, /[0-9.]+/); r = va / substr(nb, RSTART, RLENGTH)
		print "| " desc " | " n " | < " sprintf("%.3f", r) " (" label[b] " timed out) | " mark(r <= lim) " |"
		return
	} else if (vb < 0) { print "| " desc " | " n " | n/a (" label[b] ": " (nb ? nb : "no data") ") | |"; return }
	else { r = va / vb; s = sprintf("%.3f", r) }
	print "| " desc " | " n " | " s " | " mark(r <= lim) " |"
}

function rss_mib(n, k) { return (n SUBSEP k) in rss ? rss[n SUBSEP k] / 1024 : -1 }

# As target(), on the CPU time (user+sys) medians.
function cpu_target(desc, n, a, b, lim,   va, vb) {
	if (!has(n)) return
	va = cpu(n, a); vb = cpu(n, b)
	if (va < 0 || vb <= 0) { print "| " desc " | " n " | n/a | |"; return }
	print "| " desc " | " n " | " sprintf("%.3f", va / vb) " | " mark(va / vb <= lim) " |"
}

# --doctor: its wall time less the interval between its samples (s) against b's.
function doctor_target(desc, n, a, b, lim, gap,   va, vb) {
	if (!has(n)) return
	va = wall(n, a); vb = wall(n, b)
	if (va < 0 || vb <= 0) { print "| " desc " | " n " | n/a | |"; return }
	print "| " desc " | " n " | " sprintf("%.3f", (va - gap) / vb) " | " mark((va - gap) / vb <= lim) " |"
}

function rss_target(desc, n, k, lim,   v) {
	if (!has(n)) return
	v = rss_mib(n, k)
	if (v < 0 || wall(n, k) < 0) { print "| " desc " | " n " | n/a | |"; return }
	print "| " desc " | " n " | " sprintf("%.1f MiB", v) " | " mark(v <= lim) " |"
}

function per_size_tables(   i, j, n, k, f, id) {
	print "## Sockets generated\n"
	print "| requested | TCP sockets (ss -tanH) | floor saw | sockls -tan lines | ss -tan lines | setup (s) |"
	print "|---:|---:|---:|---:|---:|---:|"
	for (i = 1; i <= ns; i++) {
		split(info[size[i]], f, "\t")
		print "| " f[1] " | " f[2] " | " f[3] " | " f[4] " | " f[5] " | " f[6] " |"
	}
	for (i = 1; i <= ns; i++) {
		n = size[i]
		print "\n## " n " TCP sockets\n"
		print "| command | runs | wall median (ms) | CPU user+sys median (ms) | peak RSS (MiB) | note |"
		print "|---|---:|---:|---:|---:|---|"
		for (j = 1; j <= nk; j++) {
			k = order[j]; id = n SUBSEP k
			print "| `" label[k] "` | " (ok[id] + 0) " | " ms(wall(n, k)) " | " ms(median(cpus[id])) \
			      " | " (id in rss ? sprintf("%.1f", rss[id] / 1024) : "-") " | " note[id] " |"
		}
	}
}

function ratio_table(m,   i, n) {
	if (m == "cpu") print "\n## Ratios of median CPU time (user+sys; robust when other work shares the machine)\n"
	else print "\n## Ratios of median wall time (below 1 means sockls is faster)\n"
	print "| sockets | sockls/ss -tan | sockls/netstat -tan | sockls/floor | -tanp/ss -tanp | -tanp/netstat -tanp | -tanp/lsof | json/floor | filter/ss filter | --prometheus/-tan |"
	print "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
	for (i = 1; i <= ns; i++) {
		n = size[i]
		print "| " n " | " ratio(val(m, n, "sockls_tan"), val(m, n, "ss_tan")) " | " \
		      ratio(val(m, n, "sockls_tan"), val(m, n, "netstat_tan")) " | " \
		      ratio(val(m, n, "sockls_tan"), val(m, n, "floor")) " | " \
		      ratio(val(m, n, "sockls_tanp"), val(m, n, "ss_tanp")) " | " \
		      ratio(val(m, n, "sockls_tanp"), val(m, n, "netstat_tanp")) " | " \
		      ratio(val(m, n, "sockls_tanp"), val(m, n, "lsof")) " | " \
		      ratio(val(m, n, "sockls_json"), val(m, n, "floor")) " | " \
		      ratio(val(m, n, "sockls_filter"), val(m, n, "ss_filter")) " | " \
		      ratio(val(m, n, "sockls_prom"), val(m, n, "sockls_tan")) " |"
	}
}

function us(v, n) { return v < 0 ? "-" : sprintf("%.2f", v * 1e6 / n) }
function grow(a, b, big) { return (a <= 0 || b < 0) ? "n/a" : sprintf("%.2f", (b / big) / (a / 10000)) }

function growth_table(   i, j, k, big) {
	big = 0
	for (i = 1; i <= ns; i++) if (size[i] + 0 > big + 0) big = size[i]
	print "\n## Per-socket time growth (10000 vs " big " sockets; 1.00 = linear)\n"
	if (!has(10000) || big + 0 <= 10000) { print "n/a: needs 10000 and a larger size."; return }
	print "| command | wall µs/socket at 10000 | at " big " | growth | CPU µs/socket at 10000 | at " big " | growth |"
	print "|---|---:|---:|---:|---:|---:|---:|"
	for (j = 1; j <= nk; j++) {
		k = order[j]
		print "| `" label[k] "` | " us(wall(10000, k), 10000) " | " us(wall(big, k), big) " | " \
		      grow(wall(10000, k), wall(big, k), big) " | " us(cpu(10000, k), 10000) " | " \
		      us(cpu(big, k), big) " | " grow(cpu(10000, k), cpu(big, k), big) " |"
	}
}

function target_table(   i, n) {
	print "\n## Targets (issue 10)\n"
	print "| target | sockets | achieved | |"
	print "|---|---:|---:|---|"
	target("sockls -tan ≤ 0.5 × ss -tan", 100000, "sockls_tan", "ss_tan", 0.5)
	target("sockls -tan ≤ 0.5 × ss -tan", 500000, "sockls_tan", "ss_tan", 0.5)
	target("sockls -tan ≤ 1.3 × floor", 100000, "sockls_tan", "floor", 1.3)
	target("sockls -tan ≤ 1.3 × floor", 500000, "sockls_tan", "floor", 1.3)
	target("sockls -tanp ≤ 0.25 × ss -tanp", 100000, "sockls_tanp", "ss_tanp", 0.25)
	target("sockls -tanp ≤ 0.05 × ss -tanp", 500000, "sockls_tanp", "ss_tanp", 0.05)
	for (i = 1; i <= ns; i++) {
		n = size[i]
		target("sockls -tanp < lsof -nPi", n, "sockls_tanp", "lsof", 0.9999)
		target("sockls -tanp < netstat -tanp", n, "sockls_tanp", "netstat_tanp", 0.9999)
		target("filter ≤ 1.2 × ss filter", n, "sockls_filter", "ss_filter", 1.2)
	}
	target("sockls --json ≤ 2 × floor", 500000, "sockls_json", "floor", 2)
	target("sockls -tan --cgroup ≤ 1.1 × sockls -tan", 100000, "sockls_cgroup", "sockls_tan", 1.1)
	target("sockls -s ≤ 2 × ss -s", 100000, "sockls_s", "ss_s", 2)
	target("sockls -tan --count-by remote-addr ≤ 1 × sockls -tan", 100000, "sockls_count", "sockls_tan", 1)
	target("sockls -s ≤ 2 × ss -s", 1000000, "sockls_s", "ss_s", 2)
	target("sockls --prometheus ≤ 1.2 × sockls -tan", 100000, "sockls_prom", "sockls_tan", 1.2)
	target("peers: sockls -tanp ≤ 1.1 × without them (wall)", 100000, "sockls_tanp", "sockls_tanp_nopeer", 1.1)
	cpu_target("peers: sockls -tanp ≤ 1.1 × without them (CPU)", 100000, "sockls_tanp", "sockls_tanp_nopeer", 1.1)
	doctor_target("sockls --doctor ≤ 2 × sockls -tan -i, plus its 0.1 s interval (wall)", 100000, "sockls_doctor", "sockls_tani", 2, 0.1)
	cpu_target("sockls --doctor ≤ 2 × sockls -tan -i (CPU)", 100000, "sockls_doctor", "sockls_tani", 2)
	rss_target("peak RSS sockls --doctor ≤ 16 MiB", 100000, "sockls_doctor", 16)
	rss_target("peak RSS sockls -tan ≤ 8 MiB", 500000, "sockls_tan", 8)
	rss_target("peak RSS sockls --json ≤ 8 MiB", 500000, "sockls_json", 8)
	for (i = 1; i <= ns; i++) {
		n = size[i]
		if (rss_mib(n, "ss_tanp") > 0 && rss_mib(n, "sockls_tanp") > 0)
			print "| peak RSS sockls -tanp ≤ 0.5 × ss -tanp | " n " | " \
			      sprintf("%.2f", rss_mib(n, "sockls_tanp") / rss_mib(n, "ss_tanp")) " | " \
			      mark(rss_mib(n, "sockls_tanp") <= 0.5 * rss_mib(n, "ss_tanp")) " |"
	}
	target_table28()
	if (has(10000) && has(500000) && wall(10000, "sockls_tan") > 0 && wall(500000, "sockls_tan") > 0)
		print "| per-socket time at 500000 ≤ 1.2 × at 10000 (sockls -tan) | 500000 | " \
		      sprintf("%.2f", (wall(500000, "sockls_tan") / 500000) / (wall(10000, "sockls_tan") / 10000)) " | " \
		      mark((wall(500000, "sockls_tan") / 500000) <= 1.2 * (wall(10000, "sockls_tan") / 10000)) " |"
}

# Issue 28's targets, each for sockls and (prev_* rows) the previous binary of the same run.
function target_table28(   i, n, p, t) {
	for (i = 1; i <= ns; i++) {
		n = size[i]
		for (p = 0; p < 2; p++) {
			t = p ? "prev_" : "sockls_"
			if (wall(n, t "tan") < 0) continue
			target(t "tan ≤ 0.40 × ss -tan (issue 28)", n, t "tan", "ss_tan", 0.40)
			target(t "tan ≤ 0.95 × floor (issue 28)", n, t "tan", "floor", 0.95)
			target(t "tan ≤ 0.95 × floor -2 (issue 28)", n, t "tan", "floor2", 0.95)
			cpu_target(t "tan ≤ 0.95 × floor, CPU (issue 28)", n, t "tan", "floor", 0.95)
			cpu_target(t "tan ≤ 0.95 × floor -2, CPU (issue 28)", n, t "tan", "floor2", 0.95)
			target(t "tanp ≤ 0.15 × ss -tanp (issue 28)", n, t "tanp", "ss_tanp", 0.15)
			target(t "s ≤ 1.5 × ss -s (issue 28)", n, t "s", "ss_s", 1.5)
			cpu_target(t "s ≤ 1.5 × ss -s, CPU (issue 28)", n, t "s", "ss_s", 1.5)
			rss_target("peak RSS " t "tan ≤ 8 MiB (issue 28)", n, t "tan", 8)
		}
	}
}

END {
	per_size_tables()
	ratio_table("wall")
	ratio_table("cpu")
	growth_table()
	target_table()
}
