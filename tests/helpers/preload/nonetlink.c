/* SPDX-License-Identifier: MIT */
/* nonetlink.c - LD_PRELOAD shim for tests of the /proc fallback, on a normal machine:
 * - by default socket(AF_NETLINK, ..., NETLINK_SOCK_DIAG) fails with EPROTONOSUPPORT,
 *   as on a kernel or sandbox without sock_diag;
 * - with SOCKLS_TEST_NO_DIAG_PROTO=N only sock_diag requests for IP protocol N fail
 *   (ENOENT, as when its diag module is missing), so one protocol falls back alone;
 * - with SOCKLS_TEST_UNIX_DUMP_FAIL=1 unix_diag answers the probe (no state asked)
 *   but a dump asking for states fails (EACCES): the /proc fallback must not be
 *   read for UNIX while unix_diag answers;
 * - with SOCKLS_TEST_SEND_LOG=FILE sock_diag works and each request is logged
 *   to FILE, one line "family protocol states" (states 0: a probe). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <string.h>
#include <netinet/in.h>
#include <sys/socket.h>

static const char *only_proto(void)
{
	return getenv("SOCKLS_TEST_NO_DIAG_PROTO");
}

int socket(int domain, int type, int protocol)
{
	static int (*real_socket)(int, int, int);

	if (domain == AF_NETLINK && protocol == NETLINK_SOCK_DIAG && !only_proto() &&
	    !getenv("SOCKLS_TEST_UNIX_DUMP_FAIL") && !getenv("SOCKLS_TEST_SEND_LOG")) {
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

/* One line per sock_diag request: family, IP protocol and state mask (the
 * first 32-bit word after the family header of every request kind but
 * packet and netlink, which ask for no states: printed as -1). */
static void log_request(const void *buf, size_t len, unsigned int type)
{
	const unsigned char *b = buf;
	const char *path = getenv("SOCKLS_TEST_SEND_LOG");
	unsigned int family, states = 0;
	long st = -1;
	FILE *f;

	if (!path || len < NLMSG_HDRLEN + 8)
		return;
	family = b[NLMSG_HDRLEN];
	if (type == TCPDIAG_GETSOCK && len >= NLMSG_HDRLEN + sizeof(struct inet_diag_req)) {
		/* the old request for both families: struct inet_diag_req */
		memcpy(&states, b + NLMSG_HDRLEN + offsetof(struct inet_diag_req, idiag_states),
		       sizeof(states));
		st = states;
		family = AF_UNSPEC;
	} else if (family == AF_INET || family == AF_INET6) {
		if (len >= NLMSG_HDRLEN + sizeof(struct inet_diag_req_v2)) {
			memcpy(&states, b + NLMSG_HDRLEN + offsetof(struct inet_diag_req_v2, idiag_states),
			       sizeof(states));
			st = states;
		}
	} else if (family == AF_UNIX) {
		memcpy(&states, b + NLMSG_HDRLEN + 4, sizeof(states));
		st = states;
	}
	if ((f = fopen(path, "a"))) {
		fprintf(f, "%u %u %ld\n", family,
			type == TCPDIAG_GETSOCK ? IPPROTO_TCP : req_protocol(buf, len), st);
		fclose(f);
	}
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
	if (len >= NLMSG_HDRLEN && (nlh->nlmsg_type == SOCK_DIAG_BY_FAMILY ||
				    nlh->nlmsg_type == TCPDIAG_GETSOCK))
		log_request(buf, len, nlh->nlmsg_type);
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
