/* SPDX-License-Identifier: MIT */
/* row.h - one socket as the writers see it: the source's const record plus
 * what enrichment learned about it, filled once per socket by enrich_row(). */
#ifndef SOCKLS_ROW_H
#define SOCKLS_ROW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/sock.h"

struct cg_entry;

struct row_end {
	const char *service;  /* name of this port for JSON (NULL: port 0 or ephemeral) */
	const char *iana_service; /* IANA's registered name of the port (JSON), NULL likewise */
	uint8_t port_class;   /* enum svc_class of the port, valid with have_class */
	bool have_class;      /* tcp/udp and a port (port 0 has no class) */
	bool ephemeral;       /* local side only: in this namespace's ephemeral range
			       * and not a server's port (a listener's, or one a
			       * listener holds) */
	const char *ifname;   /* scope id / bound device as a name (or its number), NULL if none */
};

struct sock_row {
	const struct sock_rec *rec;    /* the source's record, never written */
	const char *service;           /* the Service column: NULL when none */
	struct row_end local, remote;  /* inet sockets only */
	const char *netns;             /* namespace tag with --all-netns, else NULL */
	const struct cg_entry *netns_owner; /* with it: the container or pod holding the
					     * namespace, NULL when none is known */
	const char *user;              /* user name of rec->uid (-e without -n), NULL unknown */
	const struct sock_owner *owners;
	size_t n_owners;
	const struct cg_entry *cgroup; /* with a cgroup index: the socket's cgroup, NULL unknown */
	const char *cg_label;          /* the --cgroup column (unit:, ctr:, pod: or the path) */
	const struct sock_owner *peers; /* -p: owners of the peer socket (UNIX; TCP/UDP
					 * connections inside the namespace) */
	size_t n_peers;
	/* netlink: the name of the process whose pid is the port id, as ss
	 * resolves it for its Local column ("ss/1234"); NULL when the port id
	 * is no live pid (0 is the kernel, autobind ids are negative) or with -n */
	const char *portid_comm;
	bool peer_found;               /* TCP/UDP: the socket with the reversed tuple was
					* found (peers may still be none: not visible) */
};

#endif
