/* SPDX-License-Identifier: MIT */
/* nl_source.c - the netlink sock_diag source: one dump request per protocol and
 * family through libmnl, replies handed to nl_parse_buf(). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/netlink_diag.h>
#include <linux/packet_diag.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <linux/vm_sockets_diag.h>
#include <netinet/in.h>

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

static uint8_t inet_ext_bits(uint32_t ext)
{
	uint8_t bits = 0;

	if (ext & EXT_INFO)
		bits |= 1u << (INET_DIAG_INFO - 1) | 1u << (INET_DIAG_CONG - 1);
	if (ext & EXT_MEMORY)
		bits |= 1u << (INET_DIAG_SKMEMINFO - 1);
	return bits;
}

static void put_inet_req(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
			 const struct query *q, const uint8_t *bc, size_t bc_len)
{
	struct inet_diag_req_raw *req = mnl_nlmsg_put_extra_header(nlh, sizeof(*req));
	unsigned int proto = d->id;

	req->sdiag_family = (uint8_t)family;
	req->sdiag_protocol = (uint8_t)d->ipproto;
	req->idiag_ext = inet_ext_bits(q->ext);
	/* raw_diag: IPPROTO_RAW asks for raw sockets of every IP protocol. */
	if (proto == PROTO_RAW)
		req->sdiag_raw_protocol = IPPROTO_RAW;
	req->idiag_states = query_states_for(q, proto);
	if (bc && bc_len)
		mnl_attr_put(nlh, INET_DIAG_REQ_BYTECODE, bc_len, bc);
	/* A protocol above 255 (MPTCP) travels in an attribute (Linux 5.9+); an
	 * older kernel would read the low byte alone, so ask only with it. */
	if (d->ipproto > UINT8_MAX) {
		req->sdiag_protocol = 0;
		mnl_attr_put_u32(nlh, INET_DIAG_REQ_PROTOCOL, d->ipproto);
	}
}

/* TCP for both families at once: the old TCPDIAG_GETSOCK request dumps with
 * AF_UNSPEC, one walk of the kernel's hash tables instead of two (a quarter
 * less time at 100k sockets). Replies come back with the request's type. */
static void put_tcp_compat_req(struct nlmsghdr *nlh, const struct query *q,
			       const uint8_t *bc, size_t bc_len)
{
	struct inet_diag_req *req = mnl_nlmsg_put_extra_header(nlh, sizeof(*req));

	nlh->nlmsg_type = TCPDIAG_GETSOCK;
	req->idiag_family = AF_INET; /* ignored by the compat dump */
	req->idiag_ext = inet_ext_bits(q->ext);
	req->idiag_states = query_states_for(q, PROTO_TCP);
	if (bc && bc_len)
		mnl_attr_put(nlh, INET_DIAG_REQ_BYTECODE, bc_len, bc);
}

static void put_unix_req(struct nlmsghdr *nlh, const struct query *q)
{
	struct unix_diag_req *req = mnl_nlmsg_put_extra_header(nlh, sizeof(*req));

	req->sdiag_family = AF_UNIX;
	req->udiag_states = q->states;
	req->udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER | UDIAG_SHOW_RQLEN | UDIAG_SHOW_UID;
	if (q->ext & EXT_MEMORY)
		req->udiag_show |= UDIAG_SHOW_MEMINFO;
}

/* packet and netlink sockets are all UNCONN: the state mask is checked on the replies. */
static void put_packet_req(struct nlmsghdr *nlh)
{
	struct packet_diag_req *req = mnl_nlmsg_put_extra_header(nlh, sizeof(*req));

	req->sdiag_family = AF_PACKET;
	req->pdiag_show = PACKET_SHOW_INFO | PACKET_SHOW_MEMINFO;
}

static void put_netlink_req(struct nlmsghdr *nlh)
{
	struct netlink_diag_req *req = mnl_nlmsg_put_extra_header(nlh, sizeof(*req));

	req->sdiag_family = AF_NETLINK;
	req->sdiag_protocol = NDIAG_PROTO_ALL;
	req->ndiag_show = NDIAG_SHOW_MEMINFO;
}

static void put_vsock_req(struct nlmsghdr *nlh, const struct query *q)
{
	struct vsock_diag_req *req = mnl_nlmsg_put_extra_header(nlh, sizeof(*req));

	req->sdiag_family = AF_VSOCK;
	req->vdiag_states = q->states;
}

/* The request body for one kind, chosen by its sock_diag family. */
static int put_req(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
		   const struct query *q, const uint8_t *bc, size_t bc_len)
{
	switch (d->diag_family) {
	case AF_INET:
		if (family == AF_UNSPEC)
			put_tcp_compat_req(nlh, q, bc, bc_len);
		else
			put_inet_req(nlh, d, family, q, bc, bc_len);
		return 0;
	case AF_UNIX: put_unix_req(nlh, q); return 0;
	case AF_PACKET: put_packet_req(nlh); return 0;
	case AF_NETLINK: put_netlink_req(nlh); return 0;
	case AF_VSOCK: put_vsock_req(nlh, q); return 0;
	default: return -EPROTONOSUPPORT; /* never guess a protocol */
	}
}

static int nl_send(struct nl_source *s, unsigned int proto, unsigned int family,
		   const struct query *q, const uint8_t *bc, size_t bc_len)
{
	const struct proto_desc *d = proto_get(proto);
	struct nlmsghdr *nlh;

	int err;

	if (!d || !d->diag_family)
		return -EPROTONOSUPPORT; /* never guess a protocol; none: /proc only */
	if (family == AF_UNSPEC && !d->one_walk)
		return -EINVAL;
	/* The request is built in the receive buffer, which is at least
	 * NL_BUF_MIN * 2 = 16 KiB; bytecode beyond that is reallocated room. */
	if (bc_len > UINT16_MAX - NLA_HDRLEN) /* nla_len is 16 bits */
		return -E2BIG;
	if (bc_len + 256 > s->bufcap) {
		char *nb = realloc(s->buf, bc_len + 256);
		if (!nb)
			return -ENOMEM;
		s->buf = nb;
		s->bufcap = bc_len + 256;
	}
	nlh = mnl_nlmsg_put_header(s->buf);
	nlh->nlmsg_type = SOCK_DIAG_BY_FAMILY;
	nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	nlh->nlmsg_seq = ++s->seq;
	if ((err = put_req(nlh, d, family, q, bc, bc_len)) < 0)
		return err;
	if (mnl_socket_sendto(s->nl, nlh, nlh->nlmsg_len) < 0)
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
