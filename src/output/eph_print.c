/* SPDX-License-Identifier: MIT */
/* eph_print.c - the --ephemeral report as a human table (the counting is eph_report.c). */
#include <arpa/inet.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/addr.h"
#include "sockls/ephemeral.h"

/* "10.0.0.5" / "::1", or with a port "10.0.0.5:5432" / "[::1]:5432". */
static void eph_addr_text(unsigned int family, const uint8_t addr[16], int port, char *buf,
			  size_t len)
{
	struct sock_endpoint ep = { .port = (uint16_t)port };
	unsigned int af = family == AF_INET ? AF_INET : AF_INET6;

	memcpy(ep.addr, addr, sizeof(ep.addr));
	if (port < 0)
		addr_format(buf, len, af, addr);
	else
		addr_format_endpoint(buf, len, af, &ep, NULL);
}

#define EPH_ADDR_BUF (INET6_ADDRSTRLEN + 8)
#define EPH_RESERVED_RUNS 10

static void print_reserved(FILE *out, const struct eph_range *r, const struct eph_totals *t)
{
	if (!r->n_reserved) {
		fprintf(out, "Reserved ports: none\n");
		return;
	}
	uint32_t pos = 0;
	uint16_t lo, hi;
	fprintf(out, "Reserved ports: ");
	for (int i = 0; eph_reserved_next(r, &pos, &lo, &hi); i++) {
		if (i == EPH_RESERVED_RUNS) {
			fprintf(out, ",...");
			break;
		}
		fprintf(out, lo == hi ? "%s%u" : "%s%u-%u", i ? "," : "", lo, hi);
	}
	fprintf(out, " (%u ports, %u in range)\n", r->n_reserved, t->reserved_in_range);
}

static void print_dests(FILE *out, const struct eph_dest *d, size_t n)
{
	char local[EPH_ADDR_BUF], remote[EPH_ADDR_BUF];
	int wl = 5, wr = 6;
	for (size_t i = 0; i < n; i++) {
		eph_addr_text(d[i].family, d[i].local_addr, -1, local, sizeof(local));
		eph_addr_text(d[i].family, d[i].remote_addr, d[i].remote_port, remote, sizeof(remote));
		wl = wl > (int)strlen(local) ? wl : (int)strlen(local);
		wr = wr > (int)strlen(remote) ? wr : (int)strlen(remote);
	}
	fprintf(out, "%-5s  %-*s  %-*s  %7s  %9s  %8s  %7s\n", "Proto", wl, "Local", wr, "Remote",
		"Ports", "TIME_WAIT", "Headroom", "%Usable");
	for (size_t i = 0; i < n; i++) {
		eph_addr_text(d[i].family, d[i].local_addr, -1, local, sizeof(local));
		eph_addr_text(d[i].family, d[i].remote_addr, d[i].remote_port, remote, sizeof(remote));
		fprintf(out, "%-5s  %-*s  %-*s  %7u  %9u  %8u  %6.1f%%\n", sock_proto_name(d[i].proto),
			wl, local, wr, remote, d[i].count, d[i].time_wait, d[i].headroom, d[i].pct);
	}
}

static void print_warnings(FILE *out, const struct eph_report *rep, const struct eph_totals *t,
			   const struct eph_dest *d, size_t n, double warn_pct)
{
	char local[EPH_ADDR_BUF], remote[EPH_ADDR_BUF];
	uint32_t pos = 0;
	uint16_t port;
	for (unsigned int p = PROTO_TCP; p <= PROTO_UDP; p++)
		if (t->pct[p] > warn_pct)
			fprintf(out, "WARNING: %s uses %.1f%% of the usable ephemeral range (above %g%%)\n",
				sock_proto_name(p), t->pct[p], warn_pct);
	for (size_t i = 0; i < n && d[i].pct > warn_pct; i++) {
		eph_addr_text(d[i].family, d[i].local_addr, -1, local, sizeof(local));
		eph_addr_text(d[i].family, d[i].remote_addr, d[i].remote_port, remote, sizeof(remote));
		fprintf(out, "WARNING: %s %s -> %s uses %.1f%% of the usable ephemeral range (above %g%%)\n",
			sock_proto_name(d[i].proto), local, remote, d[i].pct, warn_pct);
	}
	while (eph_report_collision_next(rep, &pos, &port))
		fprintf(out, "WARNING: tcp listener on port %u is inside the ephemeral range and not in "
			"ip_local_reserved_ports\n", port);
}

static const char *tw_reuse_text(int v)
{
	switch (v) {
	case 0: return "0 (off)";
	case 1: return "1 (on)";
	case 2: return "2 (loopback only)";
	case -1: return "?";
	default: return "other";
	}
}

static bool listed(const struct eph_totals *t, unsigned int proto)
{
	return t->listed & PROTO_BIT(proto);
}

/* "tcp 5 (1.2%, 3 in TIME_WAIT)", or "tcp ? (not listed)" after -u. */
static void in_use_text(const struct eph_totals *t, unsigned int p, char *buf, size_t len)
{
	if (!listed(t, p))
		snprintf(buf, len, "%s ? (not listed)", sock_proto_name(p));
	else if (p == PROTO_TCP)
		snprintf(buf, len, "tcp %u (%.1f%%, %u in TIME_WAIT)", t->in_use[p], t->pct[p],
			 t->time_wait);
	else
		snprintf(buf, len, "%s %u (%.1f%%)", sock_proto_name(p), t->in_use[p], t->pct[p]);
}

/* The TCP terms: pinned ports, what connect() can use, its parity half. */
static void print_tcp_terms(FILE *out, const struct eph_totals *t)
{
	if (!listed(t, PROTO_TCP)) {
		fprintf(out, "Pinned for every destination (tcp): ? (TCP not listed)\n");
		fprintf(out, "Usable for connect(): ?\n");
		return;
	}
	if (t->bound_unseen) {
		/* /proc (or a kernel before 6.8) does not list bind()-only sockets */
		fprintf(out, "Pinned for every destination (tcp): ? (listeners %u, bind()-only ?: "
			"not seen by this source)\n", t->pinned_listen);
		fprintf(out, "Usable for connect(): ? (at most %u)\n", t->usable_connect);
		return;
	}
	fprintf(out, "Pinned for every destination (tcp): %u (listeners %u, bind()-only %u)\n",
		t->pinned, t->pinned_listen, t->pinned_bound);
	fprintf(out, "Usable for connect(): %u\n", t->usable_connect);
}

static void print_terms(FILE *out, const struct eph_totals *t)
{
	char tcp[96], udp[96];

	fprintf(out, "Usable ports: %u\n", t->usable);
	print_tcp_terms(out, t);
	in_use_text(t, PROTO_TCP, tcp, sizeof(tcp));
	in_use_text(t, PROTO_UDP, udp, sizeof(udp));
	fprintf(out, "In use: %s, %s\n", tcp, udp);
	fprintf(out, "Settings: tcp_tw_reuse %s, tcp_timestamps ", tw_reuse_text(t->set.tcp_tw_reuse));
	if (t->set.tcp_timestamps < 0)
		fprintf(out, "?\n");
	else
		fprintf(out, "%d\n", t->set.tcp_timestamps);
	if (listed(t, PROTO_TCP) && t->bound_unseen)
		fprintf(out, "connect() parity half: %u ports in use of ? (bind()-only not seen)\n",
			t->parity_used);
	else if (listed(t, PROTO_TCP))
		fprintf(out, "connect() parity half: %u of %u ports in use (%.1f%%)\n",
			t->parity_used, t->parity_size, t->parity_pct);
	else
		fprintf(out, "connect() parity half: ? (TCP not listed)\n");
	if (!listed(t, PROTO_TCP))
		fprintf(out, "IP_BIND_ADDRESS_NO_PORT: ? (TCP not listed)\n");
	else if (t->sockopt_known)
		fprintf(out, "IP_BIND_ADDRESS_NO_PORT: %lu sockets\n", t->bind_no_port);
	else
		fprintf(out, "IP_BIND_ADDRESS_NO_PORT: ? (not reported by this kernel or source)\n");
}

int eph_report_print(FILE *out, const struct eph_report *rep, size_t top_n, double warn_pct)
{
	struct eph_totals t;
	eph_report_totals(rep, &t);
	struct eph_dest *d = NULL;
	if (top_n) {
		top_n = top_n < t.n_dests ? top_n : t.n_dests;
		d = calloc(top_n ? top_n : 1, sizeof(*d));
		if (!d)
			return -ENOMEM;
	}
	size_t n = d ? eph_report_top(rep, d, top_n) : 0;

	fprintf(out, "Ephemeral port range: %u-%u (%u ports)\n", t.low, t.high, t.size);
	print_reserved(out, eph_report_range(rep), &t);
	print_terms(out, &t);
	if (n) {
		fprintf(out, "\nTop tcp destinations by ephemeral ports used:\n");
		print_dests(out, d, n);
	} else if (!listed(&t, PROTO_TCP)) {
		fprintf(out, "\nTop tcp destinations: ? (TCP not listed)\n");
	} else {
		fprintf(out, "\nTop tcp destinations: none\n");
	}
	if (t.untracked)
		fprintf(out, "(%lu sockets to further destinations not tracked)\n", t.untracked);
	print_warnings(out, rep, &t, d, n, warn_pct);
	free(d);
	return ferror(out) ? -EIO : 0;
}
