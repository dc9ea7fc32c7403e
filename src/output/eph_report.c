/* eph_report.c - the --ephemeral usage report: ports in use per protocol and per destination, with bounded memory. */
#include <arpa/inet.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/addr.h"
#include "sockls/ephemeral.h"

#define EPH_MIN_SLOTS 256u

struct dest_ent {
	uint8_t local[16], remote[16];
	uint16_t rport;
	uint8_t proto, family;
	uint32_t count; /* 0: empty slot */
};

struct eph_report {
	struct eph_range range;
	unsigned int usable;
	uint8_t in_use[2][65536 / 8];
	unsigned int n_in_use[2];
	unsigned int time_wait;
	unsigned long sockets, untracked;
	struct dest_ent *slots;
	size_t n_slots, n_dests; /* n_slots a power of two, at most half full */
};

struct eph_report *eph_report_new(const struct eph_range *r)
{
	struct eph_report *rep = calloc(1, sizeof(*rep));
	if (!rep)
		return NULL;
	rep->slots = calloc(EPH_MIN_SLOTS, sizeof(*rep->slots));
	if (!rep->slots) {
		free(rep);
		return NULL;
	}
	rep->n_slots = EPH_MIN_SLOTS;
	rep->range = *r;
	rep->usable = eph_usable(r);
	return rep;
}

void eph_report_free(struct eph_report *rep)
{
	if (!rep)
		return;
	free(rep->slots);
	free(rep);
}

const struct eph_range *eph_report_range(const struct eph_report *rep)
{
	return &rep->range;
}

static size_t dest_hash(const struct dest_ent *k)
{
	uint64_t h = 1469598103934665603ull; /* FNV-1a */
	const uint8_t *parts[2] = { k->local, k->remote };
	for (int i = 0; i < 2; i++)
		for (int j = 0; j < 16; j++)
			h = (h ^ parts[i][j]) * 1099511628211ull;
	h = (h ^ k->rport ^ (uint64_t)k->proto << 16 ^ (uint64_t)k->family << 24) * 1099511628211ull;
	return (size_t)(h ^ h >> 29);
}

static bool dest_same(const struct dest_ent *a, const struct dest_ent *b)
{
	return a->rport == b->rport && a->proto == b->proto && a->family == b->family &&
	       memcmp(a->local, b->local, 16) == 0 && memcmp(a->remote, b->remote, 16) == 0;
}

static struct dest_ent *dest_slot(struct dest_ent *slots, size_t n_slots, const struct dest_ent *k)
{
	size_t i = dest_hash(k) & (n_slots - 1);
	while (slots[i].count && !dest_same(&slots[i], k))
		i = (i + 1) & (n_slots - 1);
	return &slots[i];
}

static int dest_grow(struct eph_report *rep)
{
	size_t n = rep->n_slots * 2;
	struct dest_ent *slots = calloc(n, sizeof(*slots));
	if (!slots)
		return -ENOMEM;
	for (size_t i = 0; i < rep->n_slots; i++)
		if (rep->slots[i].count)
			*dest_slot(slots, n, &rep->slots[i]) = rep->slots[i];
	free(rep->slots);
	rep->slots = slots;
	rep->n_slots = n;
	return 0;
}

/* IPv4-mapped IPv6 sockets share ports with IPv4 ones: count them together. */
static void dest_key(const struct sock_rec *rec, struct dest_ent *k)
{
	memset(k, 0, sizeof(*k));
	k->proto = rec->proto;
	k->rport = rec->remote.port;
	if (rec->family == AF_INET6 && sock_is_v4mapped(rec->remote.addr) &&
	    (sock_is_v4mapped(rec->local.addr) || sock_addr_is_any(AF_INET6, rec->local.addr))) {
		k->family = AF_INET;
		memcpy(k->remote, rec->remote.addr + 12, 4);
		if (sock_is_v4mapped(rec->local.addr))
			memcpy(k->local, rec->local.addr + 12, 4);
		return;
	}
	k->family = rec->family;
	size_t len = rec->family == AF_INET ? 4 : 16;
	memcpy(k->local, rec->local.addr, len);
	memcpy(k->remote, rec->remote.addr, len);
}

static int dest_add(struct eph_report *rep, const struct sock_rec *rec)
{
	struct dest_ent k;
	dest_key(rec, &k);
	struct dest_ent *e = dest_slot(rep->slots, rep->n_slots, &k);
	if (e->count) {
		e->count++;
		return 0;
	}
	if (rep->n_dests >= EPH_REPORT_MAX_DESTS) {
		rep->untracked++;
		return 0;
	}
	if (2 * (rep->n_dests + 1) > rep->n_slots) {
		int err = dest_grow(rep);
		if (err) {
			rep->untracked++;
			return err;
		}
		e = dest_slot(rep->slots, rep->n_slots, &k);
	}
	*e = k;
	e->count = 1;
	rep->n_dests++;
	return 0;
}

int eph_report_add(struct eph_report *rep, const struct sock_rec *rec)
{
	if ((rec->proto != PROTO_TCP && rec->proto != PROTO_UDP) ||
	    (rec->family != AF_INET && rec->family != AF_INET6))
		return 0;
	uint16_t port = rec->local.port;
	if (!eph_is_ephemeral(&rep->range, port))
		return 0;
	rep->sockets++;
	uint8_t bit = (uint8_t)(1u << (port & 7));
	if (!(rep->in_use[rec->proto][port >> 3] & bit)) {
		rep->in_use[rec->proto][port >> 3] |= bit;
		rep->n_in_use[rec->proto]++;
	}
	if (rec->proto == PROTO_TCP && rec->state == ST_TIME_WAIT)
		rep->time_wait++;
	/* Listeners and unconnected UDP sockets have no destination. */
	if (rec->remote.port == 0)
		return 0;
	return dest_add(rep, rec);
}

static double pct_of(unsigned long n, unsigned int usable)
{
	return usable ? 100.0 * (double)n / (double)usable : 0.0;
}

void eph_report_totals(const struct eph_report *rep, struct eph_totals *t)
{
	const struct eph_range *r = &rep->range;
	memset(t, 0, sizeof(*t));
	t->low = r->low;
	t->high = r->high;
	t->size = r->low <= r->high ? (unsigned int)r->high - r->low + 1 : 0;
	t->usable = rep->usable;
	t->reserved_in_range = t->size - t->usable;
	t->n_reserved = r->n_reserved;
	for (int p = 0; p < 2; p++) {
		t->in_use[p] = rep->n_in_use[p];
		t->pct[p] = pct_of(rep->n_in_use[p], rep->usable);
	}
	t->time_wait = rep->time_wait;
	t->sockets = rep->sockets;
	t->n_dests = rep->n_dests;
	t->untracked = rep->untracked;
}

static void dest_export(const struct eph_report *rep, const struct dest_ent *e, struct eph_dest *d)
{
	d->proto = e->proto;
	d->family = e->family;
	memcpy(d->local_addr, e->local, 16);
	memcpy(d->remote_addr, e->remote, 16);
	d->remote_port = e->rport;
	d->count = e->count;
	d->pct = pct_of(e->count, rep->usable);
}

/* Most sockets first, then a fixed order so output is reproducible. */
static int top_cmp(const struct eph_dest *a, const struct eph_dest *b)
{
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	if (a->proto != b->proto)
		return a->proto < b->proto ? -1 : 1;
	if (a->family != b->family)
		return a->family < b->family ? -1 : 1;
	int c = memcmp(a->remote_addr, b->remote_addr, 16);
	if (c)
		return c;
	if (a->remote_port != b->remote_port)
		return a->remote_port < b->remote_port ? -1 : 1;
	return memcmp(a->local_addr, b->local_addr, 16);
}

/* Insertion into the sorted window out[0..n): O(dests * n) with no
 * allocation, and n is small (a top-N for people). */
size_t eph_report_top(const struct eph_report *rep, struct eph_dest *out, size_t n)
{
	size_t have = 0;
	if (!n)
		return 0;
	for (size_t i = 0; i < rep->n_slots; i++) {
		const struct dest_ent *e = &rep->slots[i];
		if (!e->count || (have == n && e->count < out[n - 1].count))
			continue;
		struct eph_dest d;
		dest_export(rep, e, &d);
		if (have == n && top_cmp(&d, &out[n - 1]) >= 0)
			continue;
		size_t j = have < n ? have++ : n - 1;
		for (; j > 0 && top_cmp(&d, &out[j - 1]) < 0; j--)
			out[j] = out[j - 1];
		out[j] = d;
	}
	return have;
}

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
	fprintf(out, "%-5s  %-*s  %-*s  %7s  %7s\n", "Proto", wl, "Local", wr, "Remote", "Ports", "%Usable");
	for (size_t i = 0; i < n; i++) {
		eph_addr_text(d[i].family, d[i].local_addr, -1, local, sizeof(local));
		eph_addr_text(d[i].family, d[i].remote_addr, d[i].remote_port, remote, sizeof(remote));
		fprintf(out, "%-5s  %-*s  %-*s  %7u  %6.1f%%\n", sock_proto_name(d[i].proto),
			wl, local, wr, remote, d[i].count, d[i].pct);
	}
}

static void print_warnings(FILE *out, const struct eph_totals *t, const struct eph_dest *d,
			   size_t n, double warn_pct)
{
	char local[EPH_ADDR_BUF], remote[EPH_ADDR_BUF];
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
	print_reserved(out, &rep->range, &t);
	fprintf(out, "Usable ports: %u\n", t.usable);
	fprintf(out, "In use: tcp %u (%.1f%%, %u in TIME_WAIT), udp %u (%.1f%%)\n",
		t.in_use[PROTO_TCP], t.pct[PROTO_TCP], t.time_wait, t.in_use[PROTO_UDP], t.pct[PROTO_UDP]);
	if (n) {
		fprintf(out, "\nTop destinations by ephemeral ports used:\n");
		print_dests(out, d, n);
	} else {
		fprintf(out, "\nTop destinations: none\n");
	}
	if (t.untracked)
		fprintf(out, "(%lu sockets to further destinations not tracked)\n", t.untracked);
	print_warnings(out, &t, d, n, warn_pct);
	free(d);
	return ferror(out) ? -EIO : 0;
}
