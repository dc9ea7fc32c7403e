/* SPDX-License-Identifier: MIT */
/* sockev.c - the sock_diag destroy multicast groups (-E) and SOCK_DESTROY
 * (-K), on plain netlink sockets of the current namespace. */
#include <errno.h>
#include <limits.h>
#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "sockls/nl.h"
#include "sockls/query.h"
#include "sockls/sockev.h"

#define SOCKEV_RCVBUF (8u << 20)
#define SOCKEV_BUF (64u << 10)

struct sockev {
	int fd;
	char buf[SOCKEV_BUF];
};

static int join(int fd, unsigned int group)
{
	return setsockopt(fd, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &group, sizeof(group)) < 0 ?
	       -errno : 0;
}

static int join_groups(int fd, uint32_t protos, uint32_t families)
{
	static const struct { uint32_t proto, fam; unsigned int group; } g[] = {
		{ PROTO_BIT(PROTO_TCP), FAM_INET, SKNLGRP_INET_TCP_DESTROY },
		{ PROTO_BIT(PROTO_UDP), FAM_INET, SKNLGRP_INET_UDP_DESTROY },
		{ PROTO_BIT(PROTO_TCP), FAM_INET6, SKNLGRP_INET6_TCP_DESTROY },
		{ PROTO_BIT(PROTO_UDP), FAM_INET6, SKNLGRP_INET6_UDP_DESTROY },
	};
	int joined = 0, err;

	for (size_t i = 0; i < sizeof(g) / sizeof(g[0]); i++) {
		if (!(protos & g[i].proto) || !(families & g[i].fam))
			continue;
		if ((err = join(fd, g[i].group)) < 0)
			return err;
		joined++;
	}
	return joined ? 0 : -EPROTONOSUPPORT;
}

int sockev_open(struct sockev **out, uint32_t protos, uint32_t families, size_t rcvbuf)
{
	struct sockev *ev = malloc(sizeof(*ev));
	int size = (int)(rcvbuf ? rcvbuf : SOCKEV_RCVBUF), err;

	if (!ev)
		return -ENOMEM;
	ev->fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_SOCK_DIAG);
	if (ev->fd < 0) {
		err = -errno;
		free(ev);
		return err;
	}
	/* A burst of closes must fit while we print: force the size when allowed. */
	if (setsockopt(ev->fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof(size)) < 0)
		(void)setsockopt(ev->fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof(size));
	if ((err = join_groups(ev->fd, protos, families)) < 0) {
		sockev_close(ev);
		return err;
	}
	*out = ev;
	return 0;
}

void sockev_close(struct sockev *ev)
{
	if (!ev)
		return;
	close(ev->fd);
	free(ev);
}

int sockev_fd(const struct sockev *ev)
{
	return ev->fd;
}

/* One destroy message: an inet_diag_msg whose INET_DIAG_PROTOCOL says the kind. */
static int event_rec(const struct nlmsghdr *nlh, struct sock_rec *rec)
{
	sock_rec_reset(rec);
	if (nl_parse_msg(nlh, PROTO_TCP, rec) < 0)
		return -EINVAL;
	if (rec->raw_protocol == IPPROTO_UDP)
		rec->proto = PROTO_UDP;
	else if (rec->raw_protocol != IPPROTO_TCP)
		return -EPROTONOSUPPORT;
	rec->raw_protocol = 0;
	/* The broadcast carries no uid, inode or timer: unknown, not 0. */
	rec->have &= ~(uint32_t)(HAVE_UID | HAVE_INODE | HAVE_TIMER);
	return 0;
}

static int read_buf(const char *buf, size_t len, sock_rec_cb cb, void *data)
{
	const struct nlmsghdr *nlh = (const struct nlmsghdr *)buf;
	struct sock_rec rec;
	int n = 0, ret, left = len > INT_MAX ? INT_MAX : (int)len;

	/* libmnl's walk keeps const (NLMSG_NEXT casts it away) */
	for (; mnl_nlmsg_ok(nlh, left); nlh = mnl_nlmsg_next(nlh, &left)) {
		if (nlh->nlmsg_type != SOCK_DIAG_BY_FAMILY || event_rec(nlh, &rec) < 0)
			continue;
		if ((ret = cb(&rec, data)) < 0)
			return ret;
		n++;
	}
	return n;
}

int sockev_read(struct sockev *ev, sock_rec_cb cb, void *data, unsigned long *overruns)
{
	int total = 0;

	/* Bounded: at most what the receive buffer held, plus what arrives meanwhile,
	 * capped so that a flood cannot keep the caller from its other work. */
	for (int i = 0; i < 4096; i++) {
		ssize_t len = recv(ev->fd, ev->buf, sizeof(ev->buf), 0);
		int n;
		if (len < 0 && errno == ENOBUFS) {
			(*overruns)++;
			continue;
		}
		if (len < 0 && errno == EINTR)
			continue;
		if (len < 0)
			return errno == EAGAIN ? total : -errno;
		if ((n = read_buf(ev->buf, (size_t)len, cb, data)) < 0)
			return n;
		total += n;
	}
	return total;
}

int sockev_drops(const struct sockev *ev, uint64_t *drops)
{
	uint32_t mem[SK_MEMINFO_VARS];
	socklen_t len = sizeof(mem);

	if (getsockopt(ev->fd, SOL_SOCKET, SO_MEMINFO, mem, &len) < 0)
		return -errno;
	if (len < (SK_MEMINFO_DROPS + 1) * sizeof(uint32_t))
		return -EOPNOTSUPP;
	*drops = mem[SK_MEMINFO_DROPS];
	return 0;
}
