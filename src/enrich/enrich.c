/* SPDX-License-Identifier: MIT */
/* enrich.c - fills the row beside each record, once: the Service column and
 * the per-endpoint service, port class, ephemeral flag, interface names, the
 * user name, the owners and the namespace tag. Writers only read the row. */
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/cgroup.h"
#include "sockls/enrich.h"
#include "sockls/ephemeral.h"
#include "sockls/peertab.h"
#include "sockls/procmap.h"
#include "sockls/proto.h"
#include "sockls/query.h"
#include "sockls/services.h"
#include "sockls/users.h"

#define IFCACHE 64

struct enricher {
	uint32_t ext;
	const struct eph_range *eph;
	const struct procmap *pm;
	const struct peertab *pt;
	const char *netns;
	const struct cg_entry *netns_owner;
	struct cg_index *cg;
	const char *proc_root;
	char portid_comm[16];
	char cg_label[512];
	uint32_t if_index[IFCACHE];   /* 0: empty; cleared when the namespace changes */
	char if_name[IFCACHE][IF_NAMESIZE > 11 ? IF_NAMESIZE : 11];
	char if_local[IF_NAMESIZE > 11 ? IF_NAMESIZE : 11];
	char if_remote[IF_NAMESIZE > 11 ? IF_NAMESIZE : 11];
	char user[64];
	/* Ports with a TCP listener or a bound, unconnected UDP socket seen in
	 * this namespace: a connection on such a port is the server's side. Both
	 * sources list a kind's listeners before its connections. */
	uint8_t server_port[2][65536 / 8];
};

struct enricher *enricher_new(uint32_t ext)
{
	struct enricher *e = calloc(1, sizeof(*e));

	if (e)
		e->ext = ext;
	return e;
}

void enricher_free(struct enricher *e)
{
	free(e);
}

void enricher_set_range(struct enricher *e, const struct eph_range *eph)
{
	e->eph = eph;
}

void enricher_set_owners(struct enricher *e, const struct procmap *pm)
{
	e->pm = pm;
}

void enricher_set_proc_root(struct enricher *e, const char *proc_root)
{
	e->proc_root = proc_root;
}

void enricher_set_peers(struct enricher *e, const struct peertab *pt)
{
	e->pt = pt;
}

void enricher_set_cgroups(struct enricher *e, struct cg_index *ix)
{
	e->cg = ix;
}

void enricher_set_netns_owner(struct enricher *e, const struct cg_entry *owner)
{
	e->netns_owner = owner;
}

void enricher_set_netns(struct enricher *e, const char *tag)
{
	e->netns = tag;
	e->netns_owner = NULL;
	/* interface indexes and listeners are per namespace */
	memset(e->if_index, 0, sizeof(e->if_index));
	memset(e->server_port, 0, sizeof(e->server_port));
}

/* if_indextoname() is an ioctl per call: remember the answers. The number as
 * text when the interface is gone or in another namespace. */
static const char *ifname(struct enricher *e, uint32_t index, char *out, size_t cap)
{
	unsigned int slot = index % IFCACHE;

	if (!index)
		return NULL;
	if (e->if_index[slot] != index) {
		if (!if_indextoname(index, e->if_name[slot]))
			snprintf(e->if_name[slot], sizeof(e->if_name[slot]), "%u", index);
		e->if_index[slot] = index;
	}
	snprintf(out, cap, "%s", e->if_name[slot]);
	return out;
}

static bool is_ephemeral(const struct enricher *e, uint16_t port)
{
	return e->eph && port && eph_is_ephemeral(e->eph, port);
}

/* The kinds whose ports are services (PROTO_F_EPHEMERAL: TCP, UDP) keep a
 * table of server ports each: [0] listeners, [1] bound datagram sockets
 * (a kind without a LISTEN state); -1 for the other kinds. */
static int server_tab(unsigned int proto)
{
	const struct proto_desc *d = proto_get(proto);

	if (!d || !(d->flags & PROTO_F_EPHEMERAL))
		return -1;
	return !(d->states & STATE_BIT(ST_LISTEN));
}

/* A listener, or a bound datagram socket with no peer: its port is a service. */
static bool is_server_sock(const struct sock_rec *rec)
{
	int tab = server_tab(rec->proto);

	if (!rec->local.port || tab < 0)
		return false;
	if (tab == 0)
		return rec->state == ST_LISTEN;
	return rec->state == ST_CLOSE && !rec->remote.port;
}

void enricher_observe(struct enricher *e, const struct sock_rec *rec)
{
	if (is_server_sock(rec))
		e->server_port[server_tab(rec->proto)][rec->local.port / 8] |=
			(uint8_t)(1u << (rec->local.port % 8));
}

/* The local port is the server's: a listener itself, or a connection on a
 * port some listener of this namespace holds (an accepted connection). */
static bool server_port_seen(const struct enricher *e, unsigned int proto, uint16_t port)
{
	int tab = server_tab(proto);

	return port && tab >= 0 && (e->server_port[tab][port / 8] & (1u << (port % 8)));
}

static bool local_is_server(const struct enricher *e, const struct sock_rec *rec)
{
	return is_server_sock(rec) || server_port_seen(e, rec->proto, rec->local.port);
}

/* A port's name to show: the overlay, then the well-known table, or IANA's
 * full registry with --iana-services. */
static const char *name_of(const struct enricher *e, unsigned int proto, uint16_t port)
{
	return svc_name_from(e->ext & EXT_IANA ? SVC_BUILTIN_IANA : SVC_BUILTIN_WELL_KNOWN, proto,
			     port);
}

/* The Service column: the local port for listeners and servers (even inside
 * the ephemeral range: a listening port is nobody's client port), the remote
 * port for outgoing connections, never a client's ephemeral port. */
static const char *pick_service(const struct enricher *e, const struct sock_rec *rec,
				bool local_eph, bool server)
{
	const char *name;

	if (!proto_has(rec->proto, PROTO_F_EPHEMERAL))
		return NULL;
	/* a client of a server in this namespace (an NFS client's reserved port
	 * 700 talking to 2049 is nfs, not epp) */
	if (!server && rec->state != ST_LISTEN && server_port_seen(e, rec->proto, rec->remote.port) &&
	    (name = name_of(e, rec->proto, rec->remote.port)))
		return name;
	if ((server || !local_eph) && (name = name_of(e, rec->proto, rec->local.port)))
		return name;
	if (server || rec->state == ST_LISTEN || !rec->remote.port)
		return NULL;
	if (is_ephemeral(e, rec->remote.port))
		return NULL;
	return name_of(e, rec->proto, rec->remote.port);
}

/* An endpoint's own service: none for port 0 (wildcard peer, unbound) or an
 * ephemeral local port (a client's side); the peer's range is not ours to
 * know. Port 0 has no class; a raw socket's "port" is a protocol number. */
static void fill_end(const struct enricher *e, struct row_end *end, const struct sock_rec *rec,
		     const struct sock_endpoint *ep, bool ephemeral)
{
	bool inet_port = proto_has(rec->proto, PROTO_F_EPHEMERAL);

	end->ephemeral = ephemeral;
	end->have_class = inet_port && ep->port != 0;
	end->port_class = (uint8_t)svc_port_class(ep->port);
	end->service = ep->port == 0 || ephemeral ? NULL : name_of(e, rec->proto, ep->port);
	end->iana_service = ep->port == 0 || ephemeral ? NULL : svc_iana_name(rec->proto, ep->port);
}

/* The socket's own cgroup id when the kernel sent one, else its first
 * owner's cgroup (UNIX, TIME_WAIT, the /proc source). */
static void fill_cgroup(struct enricher *e, const struct sock_rec *rec, struct sock_row *row)
{
	if (rec->have & HAVE_CGROUP)
		row->cgroup = cg_lookup_id(e->cg, rec->cgroup_id);
	if (!row->cgroup && row->n_owners)
		row->cgroup = cg_lookup_pid(e->cg, row->owners[0].pid);
	/* the column's text only for --cgroup (filters and --prometheus read the entry) */
	if (e->ext & EXT_CGROUP)
		row->cg_label = cg_label(row->cgroup, e->cg_label, sizeof(e->cg_label));
}

/* A local TCP/UDP connection: the owners of the socket at the other end. */
static void fill_inet_peer(const struct enricher *e, const struct sock_rec *rec,
			   struct sock_row *row)
{
	uint64_t ino = peertab_peer(e->pt, rec);

	if (!ino)
		return;
	row->peer_found = true;
	row->peers = procmap_lookup(e->pm, ino, &row->n_peers);
}

void enrich_early(struct enricher *e, const struct sock_rec *rec, struct sock_row *row)
{
	memset(row, 0, sizeof(*row));
	row->rec = rec;
	row->netns = e->netns;
	row->netns_owner = e->netns_owner;
	if (e->pm && (rec->have & HAVE_INODE) && rec->inode)
		row->owners = procmap_lookup(e->pm, rec->inode, &row->n_owners);
	if (e->cg)
		fill_cgroup(e, rec, row);
}

void enrich_rest(struct enricher *e, struct sock_row *row)
{
	const struct sock_rec *rec = row->rec;

	/* ports and services for an IP socket only; a packet socket's
	 * interface too, but nothing for a path (UNIX) */
	if (proto_draw(rec->proto) == PROTO_DRAW_INET) {
		bool server = local_is_server(e, rec);
		bool eph = proto_has(rec->proto, PROTO_F_EPHEMERAL) && !server &&
			   is_ephemeral(e, rec->local.port);
		fill_end(e, &row->local, rec, &rec->local, eph);
		fill_end(e, &row->remote, rec, &rec->remote, false);
		row->service = pick_service(e, rec, eph, server);
	}
	if (proto_draw(rec->proto) != PROTO_DRAW_PATH) {
		row->local.ifname = ifname(e, rec->local.ifindex, e->if_local, sizeof(e->if_local));
		row->remote.ifname = ifname(e, rec->remote.ifindex, e->if_remote,
					    sizeof(e->if_remote));
	}
	if ((e->ext & EXT_EXTENDED) && !(e->ext & EXT_NUMERIC) && (rec->have & HAVE_UID))
		row->user = users_name(rec->uid, e->user, sizeof(e->user));
	if (e->pm && (rec->have & HAVE_PEER_INODE) && rec->peer_inode &&
	    proto_draw(rec->proto) == PROTO_DRAW_PATH)
		row->peers = procmap_lookup(e->pm, rec->peer_inode, &row->n_peers);
	if (e->pm && e->pt && proto_has(rec->proto, PROTO_F_EPHEMERAL))
		fill_inet_peer(e, rec, row);
	/* ss's Local column: a port id that is a live pid names its process
	 * (autobind gives a process its pid first; later ids are negative) */
	if (proto_has(rec->proto, PROTO_F_PORTID) && !(e->ext & EXT_NUMERIC) &&
	    (int32_t)rec->local.id > 0 &&
	    procmap_comm(e->proc_root, (int32_t)rec->local.id, e->portid_comm) == 0)
		row->portid_comm = e->portid_comm;
}

void enrich_row(struct enricher *e, const struct sock_rec *rec, struct sock_row *row)
{
	enrich_early(e, rec, row);
	enrich_rest(e, row);
}
