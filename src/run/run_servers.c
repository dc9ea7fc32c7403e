/* SPDX-License-Identifier: MIT */
/* run_servers.c - the ports that servers hold in the namespace (TCP listeners,
 * bound UDP sockets without a peer), from a dump of their own: the Service
 * column of a connection must not depend on which sockets the filter, the
 * states asked for, or the kernel's bytecode let through. */
#include <errno.h>
#include <stdlib.h>

#include "run_int.h"
#include "sockls/proto.h"

static int server_cb(const struct sock_rec *rec, void *data)
{
	enricher_observe(data, rec);
	return 0;
}

/* Each kind's source is opened at its first scan and kept: its netlink socket
 * serves every pass in the namespace (with --all-netns, run_netns.c hands it
 * each namespace's). */
static int scan_one(struct run *r, unsigned int slot, unsigned int proto, uint32_t states)
{
	enum source_step step;
	int err;

	struct run_servers *sv = &r->srv;

	if (!sv->src[slot]) {
		sv->q[slot] = (struct query){
			.protos = PROTO_BIT(proto),
			.families = FAM_INET | FAM_INET6,
			.states = states,
			.rcvbuf = r->q.rcvbuf,
			.proc_root = r->q.proc_root,
			.source = r->q.source,
			.repeats_ok = true,
		};
		if ((err = source_open(&sv->src[slot], &sv->q[slot], NULL, NULL, &step)) < 0) {
			source_close(sv->src[slot]);
			sv->src[slot] = NULL;
			return err;
		}
	}
	return source_dump(sv->src[slot], server_cb, r->en);
}

void run_servers_close(struct run *r)
{
	for (int i = 0; i < RUN_SERVER_KINDS; i++) {
		source_close(r->srv.src[i]);
		r->srv.src[i] = NULL;
	}
}

/* Only when rows of a kind with services (PROTO_F_EPHEMERAL: TCP, UDP) are
 * listed, and one request per kind with only its server state (LISTEN, or
 * CLOSE for a kind without LISTEN): a TCP request that asks any state but
 * LISTEN makes the kernel walk every connection (100k sockets: 25 ms),
 * LISTEN alone reads the listening hash. -s names no service: no scan. */
int run_servers_scan(struct run *r)
{
	unsigned int slot = 0;
	int err = 0;

	if (r->o->summary)
		return 0;
	for (size_t i = 0; err >= 0 && i < proto_count; i++) {
		const struct proto_desc *d = &proto_table[i];

		if (!(d->flags & PROTO_F_EPHEMERAL))
			continue;
		if (slot >= RUN_SERVER_KINDS)
			return -E2BIG;
		if (r->q.protos & PROTO_BIT(d->id))
			err = scan_one(r, slot, d->id, d->states & STATE_BIT(ST_LISTEN) ?
				       STATE_BIT(ST_LISTEN) : STATE_BIT(ST_CLOSE));
		slot++;
	}
	return err;
}
