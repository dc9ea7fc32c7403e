/* SPDX-License-Identifier: MIT */
/* nonetlink.c - LD_PRELOAD shim for tests of the /proc fallback, on a normal machine:
 * - by default socket(AF_NETLINK, ..., NETLINK_SOCK_DIAG) fails with EPROTONOSUPPORT,
 *   as on a kernel or sandbox without sock_diag;
 * - with SOCKLS_TEST_NO_DIAG_PROTO=N only sock_diag requests for IP protocol N fail
 *   (ENOENT, as when its diag module is missing), so one protocol falls back alone;
 * - with SOCKLS_TEST_UNIX_DUMP_FAIL=1 unix_diag answers the probe (no state asked)
 *   but a dump asking for states fails (EACCES): the /proc fallback must not be
 *   read for UNIX while unix_diag answers. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <string.h>
#include <sys/socket.h>

static const char *only_proto(void)
{
	return getenv("SOCKLS_TEST_NO_DIAG_PROTO");
}

int socket(int domain, int type, int protocol)
{
	static int (*real_socket)(int, int, int);

	if (domain == AF_NETLINK && protocol == NETLINK_SOCK_DIAG && !only_proto() &&
	    !getenv("SOCKLS_TEST_UNIX_DUMP_FAIL")) {
		errno = EPROTONOSUPPORT;
		return -1;
	}
	if (!real_socket)
		real_socket = (int (*)(int, int, int))dlsym(RTLD_NEXT, "socket");
	return real_socket(domain, type, protocol);
}

/* The request's IP protocol: sdiag_protocol, or the INET_DIAG_REQ_PROTOCOL
 * attribute that carries one above 255 (MPTCP, 262). */
static unsigned int req_protocol(const void *buf, size_t len)
{
	const unsigned char *b = buf;
	unsigned int proto = b[NLMSG_HDRLEN + 1];
	size_t off = NLMSG_HDRLEN + NLMSG_ALIGN(sizeof(struct inet_diag_req_v2));

	while (off + sizeof(struct nlattr) <= len) {
		struct nlattr a;
		uint32_t v;

		memcpy(&a, b + off, sizeof(a));
		if (a.nla_len < sizeof(a) || off + a.nla_len > len)
			break;
		if (a.nla_type == INET_DIAG_REQ_PROTOCOL && a.nla_len >= sizeof(a) + sizeof(v)) {
			memcpy(&v, b + off + sizeof(a), sizeof(v));
			proto = v;
		}
		off += NLA_ALIGN(a.nla_len);
	}
	return proto;
}

ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *to,
	       socklen_t tolen)
{
	static ssize_t (*real_sendto)(int, const void *, size_t, int, const struct sockaddr *,
				      socklen_t);
	const struct nlmsghdr *nlh = buf;
	const char *p = only_proto();

	/* unix_diag_req: family, protocol, pad, then udiag_states (offset 4) */
	if (getenv("SOCKLS_TEST_UNIX_DUMP_FAIL") && len >= NLMSG_HDRLEN + 8 &&
	    nlh->nlmsg_type == SOCK_DIAG_BY_FAMILY &&
	    ((const unsigned char *)buf)[NLMSG_HDRLEN] == AF_UNIX &&
	    *(const unsigned int *)((const unsigned char *)buf + NLMSG_HDRLEN + 4) != 0) {
		errno = EACCES;
		return -1;
	}
	/* The second byte of the request after the header is sdiag_protocol. */
	if (p && len >= NLMSG_HDRLEN + 2 && nlh->nlmsg_type == SOCK_DIAG_BY_FAMILY &&
	    req_protocol(buf, len) == (unsigned int)atoi(p)) {
		errno = ENOENT;
		return -1;
	}
	if (!real_sendto)
		real_sendto = (ssize_t (*)(int, const void *, size_t, int, const struct sockaddr *,
					   socklen_t))dlsym(RTLD_NEXT, "sendto");
	return real_sendto(fd, buf, len, flags, to, tolen);
}
