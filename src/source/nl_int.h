/* SPDX-License-Identifier: MIT */
/* nl_int.h - what the sock_diag operations (nl_inet.c, nl_kinds.c, nl_ops.h)
 * share: the attribute walk. */
#ifndef SOCKLS_NL_INT_H
#define SOCKLS_NL_INT_H

#include <stddef.h>

#include <linux/netlink.h>

struct nlattr;

struct attr_tab {
	const struct nlattr *tb[32];
};

/* Attributes after offset bytes of payload into t; -EINVAL for a malformed one. */
int nl_attr_collect(const struct nlmsghdr *nlh, size_t offset, struct attr_tab *t);

#endif
