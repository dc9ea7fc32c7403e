/* SPDX-License-Identifier: MIT */
/* nl_int.h - what nl_parse.c and nl_kinds.c share: the attribute walk and the
 * parsers of the socket kinds whose replies are neither inet_diag nor unix_diag. */
#ifndef SOCKLS_NL_INT_H
#define SOCKLS_NL_INT_H

#include <stddef.h>

#include <linux/netlink.h>

#include "sockls/sock.h"

struct nlattr;

struct attr_tab {
	const struct nlattr *tb[32];
};

/* Attributes after offset bytes of payload into t; -EINVAL for a malformed one. */
int nl_attr_collect(const struct nlmsghdr *nlh, size_t offset, struct attr_tab *t);

/* One packet_diag_msg, netlink_diag_msg or vsock_diag_msg into rec (already reset):
 * 0 or -EINVAL. */
int nl_parse_packet(const struct nlmsghdr *nlh, struct sock_rec *rec);
int nl_parse_netlink(const struct nlmsghdr *nlh, struct sock_rec *rec);
int nl_parse_vsock(const struct nlmsghdr *nlh, struct sock_rec *rec);

#endif
