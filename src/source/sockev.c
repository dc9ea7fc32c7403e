/* SPDX-License-Identifier: MIT */
/* sockev.c - the sock_diag destroy multicast groups (-E) and SOCK_DESTROY
 * (-K), on plain netlink sockets of the current namespace. */
#include <errno.h>
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
/* A destroy message is an inet_diag_msg, the protocol and a tcp_info (under
 * 512 bytes); a slot of 4 KiB leaves room for tcp_info to grow. */
#define SOCKEV_MSG 4096u
#define SOCKEV_BATCH 64u

struct sockev {
	int fd;
	struct mmsghdr mm[SOCKEV_BATCH];
	struct iovec iov[SOCKEV_BATCH];
	char buf[SOCKEV_BATCH][SOCKEV_MSG];
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

/* The kernel sends to a group from port id 0, its own, and netlink skips the
 * sender's port id: an unbound socket (port id 0 too) never receives a
 * broadcast. bind() with nl_pid 0 gets a unique port id. */
static int bind_any(int fd)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };

	return bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ? -errno : 0;
}

int sockev_open(struct sockev **out, uint32_t protos, uint32_t families, size_t rcvbuf)
{
	struct sockev *ev = malloc(sizeof(*ev));
	int size = (int)(rcvbuf ? rcvbuf : SOCKEV_RCVBUF), err;

	if (!ev)
		return -ENOMEM;
	for (unsigned int i = 0; i < SOCKEV_BATCH; i++) {
		ev->iov[i] = (struct iovec){ .iov_base = ev->buf[i], .iov_len = SOCKEV_MSG };
		ev->mm[i] = (struct mmsghdr){ .msg_hdr = { .msg_iov = &ev->iov[i], .msg_iovlen = 1 } };
	}
	ev->fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_SOCK_DIAG);
	if (ev->fd < 0) {
		err = -errno;
		free(ev);
		return err;
	}
	/* A burst of closes must fit while we print: force the size when allowed. */
	if (setsockopt(ev->fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof(size)) < 0)
		(void)setsockopt(ev->fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof(size));
	if ((err = bind_any(ev->fd)) < 0 || (err = join_groups(ev->fd, protos, families)) < 0) {
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
	const struct inet_diag_msg *m = mnl_nlmsg_get_payload(nlh);

	sock_rec_reset(rec);
	if (nl_parse_msg(nlh, PROTO_TCP, rec) < 0)
		return -EINVAL;
	/* The state is the kernel's (CLOSE): nl_parse_msg reads a dump's TCP
	 * CLOSE as bound-inactive, which a destroyed socket is not. */
	rec->state = m->idiag_state < ST_MAX ? m->idiag_state : ST_UNKNOWN;
	if (rec->raw_protocol == IPPROTO_UDP)
		rec->proto = PROTO_UDP;
	else if (rec->raw_protocol != IPPROTO_TCP)
		return -EPROTONOSUPPORT;
	rec->raw_protocol = 0;
	/* The broadcast carries no uid, inode or timer (the kernel sends 0 for
	 * each, whoever owned the socket): unknown, not 0. */
	rec->have &= ~(uint32_t)(HAVE_UID | HAVE_INODE | HAVE_TIMER);
	return 0;
}

int sockev_parse(const void *buf, size_t len, sock_rec_cb cb, void *data)
{
	const struct nlmsghdr *nlh = buf;
	struct sock_rec rec;
	int n = 0, ret, left = len > SOCKEV_MSG ? (int)SOCKEV_MSG : (int)len;

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

int sockev_read(struct sockev *ev, sock_rec_cb cb, void *data, struct sockev_stats *st)
{
	int got, ret;

	do
		got = recvmmsg(ev->fd, ev->mm, SOCKEV_BATCH, MSG_DONTWAIT, NULL);
	while (got < 0 && errno == EINTR);
	if (got < 0 && errno == ENOBUFS) {
		/* Told once per overflow; the drop counter has the number. */
		st->overruns++;
		return 1;
	}
	if (got < 0)
		return errno == EAGAIN ? 0 : -errno;
	for (int i = 0; i < got; i++) {
		ret = (ev->mm[i].msg_hdr.msg_flags & MSG_TRUNC) ? 0 :
		      sockev_parse(ev->buf[i], ev->mm[i].msg_len, cb, data);
		if (ret < 0)
			return ret;
		if (ret == 0)
			st->unreadable++;
		st->events += (uint64_t)ret;
	}
	return got;
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
