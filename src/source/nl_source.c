/* SPDX-License-Identifier: MIT */
/* nl_source.c - the netlink sock_diag source: one dump request per protocol and
 * family through libmnl, built by nl_req_build() and the replies handed to
 * nl_parse_buf() (nl_parse.c), both by the kind's row. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <libmnl/libmnl.h>
#include <linux/sock_diag.h>

#include "sockls/nl.h"
#include "sockls/proto.h"

/* The kernel fills at most 32 KiB per dump skb; a buffer of twice that never truncates. */
#define NL_BUF_DEFAULT 65536
/* One dump skb is at least NLMSG_GOODSIZE (a page); smaller buffers would truncate. */
#define NL_BUF_MIN 8192
#define NL_DUMP_TRIES 3

struct nl_source {
	struct mnl_socket *nl;
	unsigned int portid;
	unsigned int seq;
	size_t buflen;   /* bytes handed to recvfrom */
	size_t bufcap;   /* bytes allocated, >= buflen */
	char *buf;
	struct dedup seen;  /* a dump resumes per skb: a socket can repeat across two */
};

static int nl_reopen(struct nl_source *s)
{
	if (s->nl)
		mnl_socket_close(s->nl);
	s->nl = mnl_socket_open2(NETLINK_SOCK_DIAG, SOCK_CLOEXEC);
	if (!s->nl)
		return -errno;
	if (mnl_socket_bind(s->nl, 0, MNL_SOCKET_AUTOPID) < 0) {
		int err = -errno;
		mnl_socket_close(s->nl);
		s->nl = NULL;
		return err;
	}
	s->portid = mnl_socket_get_portid(s->nl);
	return 0;
}

int nl_source_open(struct nl_source **out, size_t rcvbuf)
{
	struct nl_source *s = calloc(1, sizeof(*s));
	int err;

	if (!s)
		return -ENOMEM;
	s->buflen = rcvbuf ? rcvbuf : NL_BUF_DEFAULT;
	if (s->buflen < NL_BUF_MIN)
		s->buflen = NL_BUF_MIN;
	s->bufcap = s->buflen > NL_BUF_MIN * 2 ? s->buflen : NL_BUF_MIN * 2;
	s->buf = malloc(s->bufcap);
	s->seq = (unsigned int)time(NULL);
	if (!s->buf) {
		free(s);
		return -ENOMEM;
	}
	err = nl_reopen(s);
	if (err < 0) {
		nl_source_close(s);
		return err;
	}
	*out = s;
	return 0;
}

void nl_source_close(struct nl_source *s)
{
	if (!s)
		return;
	if (s->nl)
		mnl_socket_close(s->nl);
	free(s->buf);
	free(s);
}

static int nl_send(struct nl_source *s, unsigned int proto, unsigned int family,
		   const struct query *q, const uint8_t *bc, size_t bc_len)
{
	struct nlmsghdr *nlh;
	int len;

	/* The request is built in the receive buffer, which is at least
	 * NL_BUF_MIN * 2 = 16 KiB; bytecode beyond that is reallocated room. */
	if (bc_len <= UINT16_MAX && NL_REQ_ROOM(bc_len) > s->bufcap) {
		char *nb = realloc(s->buf, NL_REQ_ROOM(bc_len));
		if (!nb)
			return -ENOMEM;
		s->buf = nb;
		s->bufcap = NL_REQ_ROOM(bc_len);
	}
	len = nl_req_build(s->buf, s->bufcap, proto_get(proto), family, q, bc, bc_len);
	if (len < 0)
		return len;
	nlh = (struct nlmsghdr *)(void *)s->buf;
	nlh->nlmsg_seq = ++s->seq;
	if (mnl_socket_sendto(s->nl, nlh, (size_t)len) < 0)
		return -errno;
	return 0;
}

static int nl_recv_all(struct nl_source *s, struct nl_run *run)
{
	for (;;) {
		ssize_t n = mnl_socket_recvfrom(s->nl, s->buf, s->buflen);
		int ret;

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		if (n == 0)
			return -EBADMSG;
		ret = nl_parse_buf(s->buf, (size_t)n, run);
		if (ret != 0)
			return ret < 0 ? ret : 0;
	}
}

int nl_source_dump(struct nl_source *s, unsigned int proto, unsigned int family,
		   const struct query *q, const uint8_t *bc, size_t bc_len,
		   sock_rec_cb cb, void *data, struct nl_dump_result *res)
{
	struct nl_run run;
	int err = 0;

	memset(res, 0, sizeof(*res));
	for (int tries = 0; tries < NL_DUMP_TRIES; tries++) {
		if (!s->nl && (err = nl_reopen(s)) < 0)
			return err;
		err = nl_send(s, proto, family, q, bc, bc_len);
		if (err < 0)
			return err;
		memset(&run, 0, sizeof(run));
		run.proto = proto;
		run.seq = s->seq;
		run.portid = s->portid;
		run.states = query_states_for(q, proto);
		run.cb = cb;
		run.data = data;
		run.dedup = q->repeats_ok ? NULL : &s->seen;
		if (run.dedup)
			dedup_init(&s->seen);
		err = nl_recv_all(s, &run);
		res->records += run.records;
		if (err < 0) {
			/* The rest of the dump may still be queued: start afresh next time. */
			mnl_socket_close(s->nl);
			s->nl = NULL;
		}
		if (run.cb_err) {
			res->cb_failed = 1;
			return run.cb_err;
		}
		/* An inconsistent dump can only be retried while nothing was shown. */
		if (err == -EINTR && run.records == 0)
			continue;
		if (err == -EINTR) {
			res->interrupted = 1;
			return 0;
		}
		return err;
	}
	res->interrupted = 1;
	return 0;
}

static int probe_cb(const struct sock_rec *rec, void *data)
{
	(void)rec;
	(void)data;
	return 0;
}

int nl_source_probe(struct nl_source *s, unsigned int proto, unsigned int family)
{
	/* No state asked for: the kernel checks the request and sends nothing. */
	struct query q = { .states = 0 };
	struct nl_dump_result res;

	return nl_source_dump(s, proto, family, &q, NULL, 0, probe_cb, NULL, &res);
}
