/* SPDX-License-Identifier: MIT */
/* nl_ops.h - the sock_diag operations of the protocol table's rows (proto.h's
 * nl_req and nl_parse): each kind's dump request and reply parser, pure, in
 * src/source/nl_inet.c (inet_diag) and nl_kinds.c (the other families). */
#ifndef SOCKLS_NL_OPS_H
#define SOCKLS_NL_OPS_H

#include <stddef.h>
#include <stdint.h>

struct nlmsghdr;
struct proto_desc;
struct query;
struct sock_rec;

/* inet_diag: the inet request (the row's ipproto, in an attribute above 255),
 * TCP's (AF_UNSPEC: the one-walk TCPDIAG_GETSOCK) and raw's (every IP
 * protocol); the inet reply, TCP's (CLOSE from the bind walk is
 * bound-inactive), raw's (the IP protocol in the port) and SCTP's (an
 * association's state). */
int nl_req_inet(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
		const struct query *q, const uint8_t *bc, size_t bc_len);
int nl_req_tcp(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
	       const struct query *q, const uint8_t *bc, size_t bc_len);
int nl_req_raw(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
	       const struct query *q, const uint8_t *bc, size_t bc_len);
int nl_parse_inet(const struct nlmsghdr *nlh, const struct proto_desc *d,
		  struct sock_rec *rec);
int nl_parse_tcp(const struct nlmsghdr *nlh, const struct proto_desc *d,
		 struct sock_rec *rec);
int nl_parse_raw(const struct nlmsghdr *nlh, const struct proto_desc *d,
		 struct sock_rec *rec);
int nl_parse_sctp(const struct nlmsghdr *nlh, const struct proto_desc *d,
		  struct sock_rec *rec);
/* unix_diag, packet_diag, netlink_diag, vsock_diag. */
int nl_req_unix(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
		const struct query *q, const uint8_t *bc, size_t bc_len);
int nl_req_packet(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
		  const struct query *q, const uint8_t *bc, size_t bc_len);
int nl_req_netlink(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
		   const struct query *q, const uint8_t *bc, size_t bc_len);
int nl_req_vsock(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
		 const struct query *q, const uint8_t *bc, size_t bc_len);
int nl_parse_unix(const struct nlmsghdr *nlh, const struct proto_desc *d,
		  struct sock_rec *rec);
int nl_parse_packet(const struct nlmsghdr *nlh, const struct proto_desc *d,
		    struct sock_rec *rec);
int nl_parse_netlink(const struct nlmsghdr *nlh, const struct proto_desc *d,
		     struct sock_rec *rec);
int nl_parse_vsock(const struct nlmsghdr *nlh, const struct proto_desc *d,
		   struct sock_rec *rec);

#endif
