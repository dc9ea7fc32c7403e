/* SPDX-License-Identifier: MIT */
/* oldkernel.c - LD_PRELOAD shim that makes this kernel answer sock_diag as a
 * kernel before Linux 5.8 does, for tests of the cgroup filter's fallback:
 * - an inet_diag request whose bytecode holds INET_DIAG_BC_CGROUP_COND (op
 *   11, new in 5.8) reaches the kernel with that op's code replaced by one no
 *   kernel knows, so the kernel's own bytecode audit answers EINVAL, as an
 *   older kernel's audit does for op 11;
 * - INET_DIAG_CGROUP_ID (5.8) and INET_DIAG_SOCKOPT (5.10) are taken out of
 *   inet_diag replies (renamed to a type no parser knows), as an older kernel
 *   never sends them.
 * Other sockets and messages pass unchanged. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define UNKNOWN_OP 200
#define UNKNOWN_ATTR 0x3ff0

static int is_sock_diag(int fd)
{
	int v = 0;
	socklen_t l = sizeof(v);

	if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &v, &l) < 0 || v != AF_NETLINK)
		return 0;
	l = sizeof(v);
	return getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &v, &l) == 0 && v == NETLINK_SOCK_DIAG;
}

static int is_inet_req(const struct nlmsghdr *nlh, size_t *hdr)
{
	const unsigned char *p = NLMSG_DATA(nlh);

	if (nlh->nlmsg_type == TCPDIAG_GETSOCK || nlh->nlmsg_type == DCCPDIAG_GETSOCK) {
		*hdr = sizeof(struct inet_diag_req);
		return 1;
	}
	*hdr = sizeof(struct inet_diag_req_v2);
	return nlh->nlmsg_type == SOCK_DIAG_BY_FAMILY && (p[0] == AF_INET || p[0] == AF_INET6);
}

/* Rewrites CGROUP_COND ops of the request's bytecode in place. */
static void break_cgroup_ops(struct nlmsghdr *nlh, size_t len)
{
	size_t hdr, off;

	if (len < NLMSG_HDRLEN || nlh->nlmsg_len > len || !is_inet_req(nlh, &hdr))
		return;
	for (off = NLMSG_HDRLEN + NLMSG_ALIGN(hdr); off + NLA_HDRLEN <= nlh->nlmsg_len;) {
		struct nlattr *a = (struct nlattr *)((char *)nlh + off);
		if (a->nla_len < NLA_HDRLEN || off + a->nla_len > nlh->nlmsg_len)
			return;
		if ((a->nla_type & NLA_TYPE_MASK) == INET_DIAG_REQ_BYTECODE) {
			unsigned char *bc = (unsigned char *)a + NLA_HDRLEN;
			size_t bl = a->nla_len - NLA_HDRLEN;
			for (size_t o = 0; o + sizeof(struct inet_diag_bc_op) <= bl;) {
				struct inet_diag_bc_op *op = (struct inet_diag_bc_op *)(bc + o);
				if (op->code == INET_DIAG_BC_CGROUP_COND)
					op->code = UNKNOWN_OP;
				if (!op->yes)
					break;
				o += op->yes;
			}
		}
		off += NLA_ALIGN(a->nla_len);
	}
}

ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *to,
	       socklen_t tolen)
{
	static ssize_t (*real)(int, const void *, size_t, int, const struct sockaddr *, socklen_t);
	void *copy = NULL;
	ssize_t n;

	if (!real)
		real = (ssize_t (*)(int, const void *, size_t, int, const struct sockaddr *,
				    socklen_t))dlsym(RTLD_NEXT, "sendto");
	if (len >= NLMSG_HDRLEN && is_sock_diag(fd) && (copy = malloc(len))) {
		memcpy(copy, buf, len);
		break_cgroup_ops(copy, len);
		buf = copy;
	}
	n = real(fd, buf, len, flags, to, tolen);
	free(copy);
	return n;
}

/* Renames the new attributes of each inet_diag reply in the buffer. */
static void strip_new_attrs(char *buf, size_t len)
{
	for (struct nlmsghdr *nlh = (struct nlmsghdr *)buf; NLMSG_OK(nlh, len);
	     nlh = NLMSG_NEXT(nlh, len)) {
		const unsigned char *p = NLMSG_DATA(nlh);
		size_t off = NLMSG_HDRLEN + NLMSG_ALIGN(sizeof(struct inet_diag_msg));
		if (!(nlh->nlmsg_type == TCPDIAG_GETSOCK || (nlh->nlmsg_type == SOCK_DIAG_BY_FAMILY &&
		      nlh->nlmsg_len > NLMSG_HDRLEN && (p[0] == AF_INET || p[0] == AF_INET6))))
			continue;
		while (off + NLA_HDRLEN <= nlh->nlmsg_len) {
			struct nlattr *a = (struct nlattr *)((char *)nlh + off);
			if (a->nla_len < NLA_HDRLEN || off + a->nla_len > nlh->nlmsg_len)
				break;
			if (a->nla_type == INET_DIAG_CGROUP_ID || a->nla_type == INET_DIAG_SOCKOPT)
				a->nla_type = UNKNOWN_ATTR;
			off += NLA_ALIGN(a->nla_len);
		}
	}
}

ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
	static ssize_t (*real)(int, struct msghdr *, int);
	ssize_t n;

	if (!real)
		real = (ssize_t (*)(int, struct msghdr *, int))dlsym(RTLD_NEXT, "recvmsg");
	n = real(fd, msg, flags);
	if (n > 0 && !(flags & MSG_PEEK) && msg->msg_iovlen == 1 &&
	    (size_t)n <= msg->msg_iov[0].iov_len && is_sock_diag(fd))
		strip_new_attrs(msg->msg_iov[0].iov_base, (size_t)n);
	return n;
}
