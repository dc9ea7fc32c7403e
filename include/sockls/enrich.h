/* SPDX-License-Identifier: MIT */
/* enrich.h - fills a sock_row beside each const record: services, port class,
 * ephemeral flag, interface names, user name, owners and namespace tag. */
#ifndef SOCKLS_ENRICH_H
#define SOCKLS_ENRICH_H

#include <stdbool.h>
#include <stdint.h>

#include "sockls/row.h"

struct eph_range;
struct procmap;
struct cg_index;
struct peertab;

struct enricher;

/* ext: enum query_ext bits (user names for EXT_EXTENDED unless EXT_NUMERIC).
 * NULL with errno ENOMEM. */
struct enricher *enricher_new(uint32_t ext);
void enricher_free(struct enricher *e);

/* What the next rows belong to; each may change between namespaces. eph NULL:
 * the range is unknown (nothing is ephemeral). pm NULL: no owners. tag NULL:
 * no namespace column. The pointers must outlive the rows. */
void enricher_set_range(struct enricher *e, const struct eph_range *eph);
void enricher_set_owners(struct enricher *e, const struct procmap *pm);
void enricher_set_netns(struct enricher *e, const char *tag);
/* Where process directories are (NULL: /proc): a netlink socket's port id is
 * looked up there as a pid (row->portid_comm) unless ext has EXT_NUMERIC. */
void enricher_set_proc_root(struct enricher *e, const char *proc_root);
/* The container or pod holding the namespace (NULL: none); after set_netns. */
void enricher_set_netns_owner(struct enricher *e, const struct cg_entry *owner);
/* The cgroup index (NULL: no cgroup); rows then carry cgroup and cg_label. */
void enricher_set_cgroups(struct enricher *e, struct cg_index *ix);

/* -p: the local TCP/UDP connections of the namespace (NULL: peers of
 * TCP/UDP sockets unknown); rows then carry the peer's owners. */
void enricher_set_peers(struct enricher *e, const struct peertab *pt);

/* Every record the source gives, before filtering: listeners and bound UDP
 * sockets tell which local ports are servers' (connections on them are named
 * after them, never ephemeral). */
void enricher_observe(struct enricher *e, const struct sock_rec *rec);

/* The row in two steps around the filters: early, what a filter reads (the
 * owners and the cgroup, when the enricher has them); rest, everything else,
 * only for a row the filters kept. enrich_row() is both. */
void enrich_early(struct enricher *e, const struct sock_rec *rec, struct sock_row *row);
void enrich_rest(struct enricher *e, struct sock_row *row);

/* Fills *row for rec; row->rec = rec. Strings in the row live until the next
 * call (interface and user names are cached) or until enricher_free(). */
void enrich_row(struct enricher *e, const struct sock_rec *rec, struct sock_row *row);

#endif
