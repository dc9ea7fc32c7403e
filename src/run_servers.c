/* SPDX-License-Identifier: MIT */
/* run_servers.c - the ports that servers hold in the namespace (TCP listeners,
 * bound UDP sockets without a peer), from a dump of their own: the Service
 * column of a connection must not depend on which sockets the filter, the
 * states asked for, or the kernel's bytecode let through. */
#include <stdlib.h>

#include "run_int.h"
#include "sockls/proto.h"

static int server_cb(const struct sock_rec *rec, void *data)
{
	enricher_observe(data, rec);
	return 0;
}

static int scan_one(struct run *r, unsigned int proto, uint32_t states)
{
	struct query q = {
		.protos = PROTO_BIT(proto),
		.families = FAM_INET | FAM_INET6,
		.states = states,
		.rcvbuf = r->q.rcvbuf,
		.proc_root = r->q.proc_root,
		.source = r->q.source,
		.repeats_ok = true,
	};
	struct source *src = NULL;
	enum source_step step;
	int err;

	if ((err = source_open(&src, &q, NULL, NULL, &step)) == 0)
		err = source_dump(src, server_cb, r->en);
	source_close(src);
	return err;
}

/* Only when rows of a kind with services (PROTO_F_EPHEMERAL: TCP, UDP) are
 * listed, and one request per kind with only its server state (LISTEN, or
 * CLOSE for a kind without LISTEN): a TCP request that asks any state but
 * LISTEN makes the kernel walk every connection (100k sockets: 25 ms),
 * LISTEN alone reads the listening hash. -s names no service: no scan. */
int run_servers_scan(struct run *r)
{
	int err = 0;

	if (r->o->summary)
		return 0;
	for (size_t i = 0; err >= 0 && i < proto_count; i++) {
		const struct proto_desc *d = &proto_table[i];
		if (!(d->flags & PROTO_F_EPHEMERAL) || !(r->q.protos & PROTO_BIT(d->id)))
			continue;
		err = scan_one(r, d->id, d->states & STATE_BIT(ST_LISTEN) ? STATE_BIT(ST_LISTEN) :
									 STATE_BIT(ST_CLOSE));
	}
	return err;
}
