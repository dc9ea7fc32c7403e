/* SPDX-License-Identifier: MIT */
/* testrow.h - the one record/row builder of the unit tests, fuzz targets and
 * benchmarks: hand-made records, and rows made by the real enrichment. */
#ifndef SOCKLS_TESTROW_H
#define SOCKLS_TESTROW_H

#include <arpa/inet.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/enrich.h"
#include "sockls/row.h"
#include "sockls/sock.h"

/* An inet record; addresses in text ("10.0.0.1", "::1"), NULL for the wildcard. */
static inline struct sock_rec testrec_inet(unsigned int proto, unsigned int family,
					   unsigned int state, const char *laddr, uint16_t lport,
					   const char *raddr, uint16_t rport)
{
	struct sock_rec r;

	memset(&r, 0, sizeof(r));
	r.proto = (uint8_t)proto;
	r.family = (uint8_t)family;
	r.state = (uint8_t)state;
	if (laddr && inet_pton((int)family, laddr, r.local.addr) != 1)
		memset(r.local.addr, 0xee, sizeof(r.local.addr));
	if (raddr && inet_pton((int)family, raddr, r.remote.addr) != 1)
		memset(r.remote.addr, 0xee, sizeof(r.remote.addr));
	r.local.port = lport;
	r.remote.port = rport;
	/* what netlink says of every inet socket */
	r.have = HAVE_RECV_Q | HAVE_SEND_Q | HAVE_IFINDEX;
	return r;
}

/* The row enrichment makes for rec with the ext bits (-e user names), no
 * ephemeral range, no owners and no namespace tag: what a writer would get.
 * The row's strings live until the next call. */
static inline struct sock_row testrow_ext(const struct sock_rec *rec, uint32_t ext)
{
	static struct enricher *e[2];
	static uint32_t e_ext[2];
	static unsigned int turn;
	struct sock_row row;
	unsigned int i = turn++ % 2;

	if (!e[i] || e_ext[i] != ext) {
		enricher_free(e[i]);
		e[i] = enricher_new(ext);
		e_ext[i] = ext;
	}
	enrich_row(e[i], rec, &row);
	return row;
}

static inline struct sock_row testrow(const struct sock_rec *rec)
{
	return testrow_ext(rec, 0);
}

#endif
