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

/* Each kind's source is opened at its first scan and kept: its netlink socket
 * serves every pass in the namespace (renewed with --all-netns). */
static int scan_one(struct run *r, unsigned int udp, unsigned int proto, uint32_t states)
{
	enum source_step step;
	int err;

	if (!r->srv[udp]) {
		r->srv_q[udp] = (struct query){
			.protos = PROTO_BIT(proto),
			.families = FAM_INET | FAM_INET6,
			.states = states,
			.rcvbuf = r->q.rcvbuf,
			.proc_root = r->q.proc_root,
			.source = r->q.source,
			.repeats_ok = true,
		};
		if ((err = source_open(&r->srv[udp], &r->srv_q[udp], NULL, NULL, &step)) < 0) {
			source_close(r->srv[udp]);
			r->srv[udp] = NULL;
			return err;
		}
	}
	return source_dump(r->srv[udp], server_cb, r->en);
}

void run_servers_renew(struct run *r)
{
	for (int i = 0; i < 2; i++)
		if (r->srv[i])
			source_renew(r->srv[i]);
}

void run_servers_close(struct run *r)
{
	for (int i = 0; i < 2; i++) {
		source_close(r->srv[i]);
		r->srv[i] = NULL;
	}
}

/* Only when TCP or UDP rows are listed, and one request per kind with only
 * its server state: a TCP request that asks any state but LISTEN makes the
 * kernel walk every connection (100k sockets: 25 ms), LISTEN alone reads
 * the listening hash. -s names no service: no scan. */
int run_servers_scan(struct run *r)
{
	int err = 0;

	if (r->o->summary)
		return 0;
	if (r->q.protos & PROTO_BIT(PROTO_TCP))
		err = scan_one(r, 0, PROTO_TCP, STATE_BIT(ST_LISTEN));
	if (err >= 0 && (r->q.protos & PROTO_BIT(PROTO_UDP)))
		err = scan_one(r, 1, PROTO_UDP, STATE_BIT(ST_CLOSE));
	return err;
}
