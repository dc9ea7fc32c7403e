/* SPDX-License-Identifier: MIT */
/* run_servers.c - the ports that servers hold in the namespace (TCP listeners,
 * bound UDP sockets without a peer), from a dump of their own: the Service
 * column of a connection must not depend on which sockets the filter, the
 * states asked for, or the kernel's bytecode let through. */
#include <stdlib.h>

#include "run_int.h"

static int server_cb(const struct sock_rec *rec, void *data)
{
	enricher_observe(data, rec);
	return 0;
}

/* Only when TCP or UDP rows are listed; every state-less socket of a kind is
 * a cheap walk (the kernel reads only its listening hash for TCP LISTEN). */
int run_servers_scan(struct run *r)
{
	uint32_t protos = r->q.protos & (PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP));
	struct query q = {
		.protos = protos,
		.families = FAM_INET | FAM_INET6,
		.states = STATE_BIT(ST_LISTEN) | STATE_BIT(ST_CLOSE),
		.rcvbuf = r->q.rcvbuf,
		.proc_root = r->q.proc_root,
		.source = r->q.source,
		.repeats_ok = true,
	};
	struct source *src = NULL;
	enum source_step step;
	int err;

	if (!protos)
		return 0;
	if ((err = source_open(&src, &q, NULL, NULL, &step)) == 0)
		err = source_dump(src, server_cb, r->en);
	source_close(src);
	return err;
}
