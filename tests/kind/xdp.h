/* SPDX-License-Identifier: MIT */
/* xdp.h - the operations of the fixture's sock_diag kind (xdp.c): XDP
 * sockets in xsk_diag's format, a kind of the fixture build only (make
 * kind-check), to prove that a kind served by sock_diag is one row of the
 * protocol table (src/core/proto.c, under SOCKLS_FIXTURE_KIND) and one
 * parser file, with no case for it in the netlink source. */
#ifndef SOCKLS_TESTS_XDP_H
#define SOCKLS_TESTS_XDP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct nlmsghdr;
struct proto_desc;
struct query;
struct sock_rec;

size_t xdp_endpoint(char *buf, size_t cap, const struct sock_rec *rec, bool local,
		    const char *name);
int xdp_nl_req(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
	       const struct query *q, const uint8_t *bc, size_t bc_len);
int xdp_nl_parse(const struct nlmsghdr *nlh, const struct proto_desc *d, struct sock_rec *rec);

#endif
