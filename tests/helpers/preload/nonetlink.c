/* SPDX-License-Identifier: MIT */
/* nonetlink.c - LD_PRELOAD shim for tests of the /proc fallback, on a normal machine:
 * - by default socket(AF_NETLINK, ..., NETLINK_SOCK_DIAG) fails with EPROTONOSUPPORT,
 *   as on a kernel or sandbox without sock_diag;
 * - with SOCKLS_TEST_NO_DIAG_PROTO=N only sock_diag requests for IP protocol N fail
 *   (ENOENT, as when its diag module is missing), so one protocol falls back alone. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <sys/socket.h>

static const char *only_proto(void)
{
	return getenv("SOCKLS_TEST_NO_DIAG_PROTO");
}

int socket(int domain, int type, int protocol)
{
	static int (*real_socket)(int, int, int);

	if (domain == AF_NETLINK && protocol == NETLINK_SOCK_DIAG && !only_proto()) {
		errno = EPROTONOSUPPORT;
		return -1;
	}
	if (!real_socket)
		real_socket = (int (*)(int, int, int))dlsym(RTLD_NEXT, "socket");
	return real_socket(domain, type, protocol);
}

ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *to,
	       socklen_t tolen)
{
	static ssize_t (*real_sendto)(int, const void *, size_t, int, const struct sockaddr *,
				      socklen_t);
	const struct nlmsghdr *nlh = buf;
	const char *p = only_proto();

	/* The second byte of the request after the header is sdiag_protocol. */
	if (p && len >= NLMSG_HDRLEN + 2 && nlh->nlmsg_type == SOCK_DIAG_BY_FAMILY &&
	    ((const unsigned char *)buf)[NLMSG_HDRLEN + 1] == atoi(p)) {
		errno = ENOENT;
		return -1;
	}
	if (!real_sendto)
		real_sendto = (ssize_t (*)(int, const void *, size_t, int, const struct sockaddr *,
					   socklen_t))dlsym(RTLD_NEXT, "sendto");
	return real_sendto(fd, buf, len, flags, to, tolen);
}
