/* SPDX-License-Identifier: MIT */
/* nl_parse.c - sock_diag replies (inet_diag_msg, unix_diag_msg) to sock_rec; pure,
 * runs on any byte buffer so captured dumps replay in unit tests and the fuzzer. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <arpa/inet.h>
#include <sys/socket.h>

#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>

#include "sockls/nl.h"
#include "sockls/proto.h"

#include "nl_int.h"

static void copy_addr(uint8_t dst[16], const uint32_t src[4], unsigned int family)
{
	memset(dst, 0, 16);
	memcpy(dst, src, family == AF_INET ? 4 : 16);
}

static void parse_inet_attrs(const struct attr_tab *t, struct sock_rec *rec)
{
	const struct nlattr *a;

	if ((a = t->tb[INET_DIAG_INFO])) {
		size_t n = mnl_attr_get_payload_len(a);
		if (n > SOCK_TCP_INFO_MAX)
			n = SOCK_TCP_INFO_MAX;
		memcpy(rec->tcp_info, mnl_attr_get_payload(a), n);
		rec->tcp_info_len = (uint16_t)n;
		/* mptcp_diag answers INET_DIAG_INFO with a struct mptcp_info */
		rec->have |= rec->proto == PROTO_MPTCP ? HAVE_MPTCP_INFO : HAVE_TCP_INFO;
	}
	if ((a = t->tb[INET_DIAG_CONG])) {
		size_t n = mnl_attr_get_payload_len(a);
		if (n >= SOCK_CONG_MAX)
			n = SOCK_CONG_MAX - 1;
		memcpy(rec->cong, mnl_attr_get_payload(a), n);
		rec->cong[n] = '\0';
		rec->have |= HAVE_CONG;
	}
	if ((a = t->tb[INET_DIAG_SKMEMINFO])) {
		size_t n = mnl_attr_get_payload_len(a) / sizeof(uint32_t);
		if (n > SOCK_MEMINFO_VARS)
			n = SOCK_MEMINFO_VARS;
		memcpy(rec->meminfo, mnl_attr_get_payload(a), n * sizeof(uint32_t));
		if (n == SOCK_MEMINFO_VARS)
			rec->have |= HAVE_MEMINFO;
	}
	if ((a = t->tb[INET_DIAG_SKV6ONLY]) && mnl_attr_get_payload_len(a) >= 1) {
		rec->v6only = mnl_attr_get_u8(a) ? 1 : 0;
		rec->have |= HAVE_V6ONLY;
	}
	if ((a = t->tb[INET_DIAG_PROTOCOL]) && mnl_attr_get_payload_len(a) >= 1)
		rec->raw_protocol = mnl_attr_get_u8(a);
	if ((a = t->tb[INET_DIAG_SOCKOPT]) && mnl_attr_get_payload_len(a) >= sizeof(struct inet_diag_sockopt)) {
		struct inet_diag_sockopt so;
		memcpy(&so, mnl_attr_get_payload(a), sizeof(so));
		rec->sockopt = so.bind_address_no_port ? SOCKOPT_BIND_NO_PORT : 0;
		rec->have |= HAVE_SOCKOPT;
	}
	/* Sent unasked for every full socket (CONFIG_SOCK_CGROUP_DATA); never for
	 * TIME_WAIT or request sockets, which stay unknown. */
	if ((a = t->tb[INET_DIAG_CGROUP_ID]) && mnl_attr_get_payload_len(a) >= 8) {
		rec->cgroup_id = mnl_attr_get_u64(a);
		rec->have |= HAVE_CGROUP;
	}
}

/* What the kernel's numbers mean rather than say. A TCP socket reported in
 * CLOSE came from the bind table walk that only state bit 13 asks for (no
 * other table holds a closed socket): it is bound-inactive. A socket with no
 * inode has no owner the kernel kept: TIME_WAIT and request sockets always
 * report uid 0, an orphan does on kernels before sk_uid was kept, so uid 0
 * there is unknown, not root; any other uid is the real one. */
static void inet_fix_facts(struct sock_rec *rec)
{
	if (rec->proto == PROTO_TCP && rec->state == ST_CLOSE)
		rec->state = ST_BOUND_INACTIVE;
	if (rec->inode == 0 && (rec->uid == 0 || sock_is_minisock(rec)))
		rec->have &= ~(uint32_t)HAVE_UID;
}

static int parse_inet(const struct nlmsghdr *nlh, unsigned int proto, struct sock_rec *rec)
{
	const struct inet_diag_msg *m = mnl_nlmsg_get_payload(nlh);
	struct attr_tab t;

	if (mnl_nlmsg_get_payload_len(nlh) < sizeof(*m))
		return -EINVAL;
	if (m->idiag_family != AF_INET && m->idiag_family != AF_INET6)
		return -EINVAL;
	rec->proto = (uint8_t)proto;
	rec->family = m->idiag_family;
	rec->state = m->idiag_state < ST_MAX ? m->idiag_state : ST_UNKNOWN;
	rec->timer = m->idiag_timer;
	rec->retrans = m->idiag_retrans;
	rec->expires_ms = m->idiag_expires;
	rec->recv_q = m->idiag_rqueue;
	rec->send_q = m->idiag_wqueue;
	rec->uid = m->idiag_uid;
	rec->inode = m->idiag_inode;
	rec->cookie = (uint64_t)m->id.idiag_cookie[1] << 32 | m->id.idiag_cookie[0];
	rec->have = HAVE_UID | HAVE_INODE | HAVE_COOKIE | HAVE_TIMER | HAVE_RECV_Q | HAVE_SEND_Q |
		    HAVE_IFINDEX;
	inet_fix_facts(rec);
	copy_addr(rec->local.addr, m->id.idiag_src, m->idiag_family);
	copy_addr(rec->remote.addr, m->id.idiag_dst, m->idiag_family);
	rec->local.port = ntohs(m->id.idiag_sport);
	rec->remote.port = ntohs(m->id.idiag_dport);
	rec->local.ifindex = m->id.idiag_if;
	if (proto == PROTO_RAW) {
		/* raw_diag reports the IP protocol as the "port", as /proc/net/raw does. */
		rec->raw_protocol = (uint8_t)rec->local.port;
	}
	if (nl_attr_collect(nlh, sizeof(*m), &t) < 0)
		return -EINVAL;
	/* sctp_diag: an endpoint carries its socket state (LISTEN, CLOSE, ...),
	 * an association its SCTP state; only an association has the peers'
	 * addresses (net/sctp/diag.c, inet_sctp_diag_fill). */
	if (proto == PROTO_SCTP && t.tb[INET_DIAG_PEERS]) {
		rec->state = sock_sctp_state(m->idiag_state);
		rec->assoc = 1;
	}
	parse_inet_attrs(&t, rec);
	return 0;
}

static uint8_t unix_state(uint8_t st)
{
	/* unix_diag reports TCP_* values: LISTEN, ESTABLISHED, CLOSE (unconnected),
	 * SYN_SENT (connecting). Anything else is shown as unknown. */
	return st < ST_MAX ? st : ST_UNKNOWN;
}

static void parse_unix_attrs(const struct attr_tab *t, struct sock_rec *rec)
{
	const struct nlattr *a;

	if ((a = t->tb[UNIX_DIAG_NAME])) {
		size_t n = mnl_attr_get_payload_len(a);
		if (n > SOCK_UNIX_PATH_MAX)
			n = SOCK_UNIX_PATH_MAX;
		memcpy(rec->path, mnl_attr_get_payload(a), n);
		/* A path name arrives with its terminating NUL; an abstract name
		 * (leading NUL) is raw bytes and is kept whole. */
		if (n && rec->path[0] != '\0')
			n = strnlen(rec->path, n);
		rec->path[n] = '\0';
		rec->path_len = (uint16_t)n;
	}
	/* UDIAG_SHOW_PEER is always asked for: no attribute means no peer. */
	rec->have |= HAVE_PEER_INODE;
	if ((a = t->tb[UNIX_DIAG_PEER]) && mnl_attr_get_payload_len(a) >= 4)
		rec->peer_inode = mnl_attr_get_u32(a);
	if ((a = t->tb[UNIX_DIAG_RQLEN]) && mnl_attr_get_payload_len(a) >= sizeof(struct unix_diag_rqlen)) {
		const struct unix_diag_rqlen *q = mnl_attr_get_payload(a);
		rec->recv_q = q->udiag_rqueue;
		rec->send_q = q->udiag_wqueue;
		rec->have |= HAVE_RECV_Q | HAVE_SEND_Q;
	}
	if ((a = t->tb[UNIX_DIAG_UID]) && mnl_attr_get_payload_len(a) >= 4) {
		rec->uid = mnl_attr_get_u32(a);
		rec->have |= HAVE_UID;
	}
	if ((a = t->tb[UNIX_DIAG_MEMINFO]) &&
	    mnl_attr_get_payload_len(a) >= SOCK_MEMINFO_VARS * sizeof(uint32_t)) {
		memcpy(rec->meminfo, mnl_attr_get_payload(a), sizeof(rec->meminfo));
		rec->have |= HAVE_MEMINFO;
	}
}

static int parse_unix(const struct nlmsghdr *nlh, struct sock_rec *rec)
{
	const struct unix_diag_msg *m = mnl_nlmsg_get_payload(nlh);
	struct attr_tab t;

	if (mnl_nlmsg_get_payload_len(nlh) < sizeof(*m) || m->udiag_family != AF_UNIX)
		return -EINVAL;
	rec->proto = PROTO_UNIX;
	rec->family = AF_UNIX;
	rec->unix_type = m->udiag_type;
	rec->state = unix_state(m->udiag_state);
	rec->inode = m->udiag_ino;
	rec->cookie = (uint64_t)m->udiag_cookie[1] << 32 | m->udiag_cookie[0];
	rec->have = HAVE_INODE | HAVE_COOKIE;

	if (nl_attr_collect(nlh, sizeof(*m), &t) < 0)
		return -EINVAL;
	parse_unix_attrs(&t, rec);
	return 0;
}

int nl_parse_msg(const struct nlmsghdr *nlh, unsigned int proto, struct sock_rec *rec)
{
	const struct proto_desc *d = proto_get(proto);

	sock_rec_reset(rec);
	if (!d)
		return -EINVAL;
	switch (d->diag_family) {
	case AF_UNIX: return parse_unix(nlh, rec);
	case AF_PACKET: return nl_parse_packet(nlh, rec);
	case AF_NETLINK: return nl_parse_netlink(nlh, rec);
	case AF_VSOCK: return nl_parse_vsock(nlh, rec);
	default: return parse_inet(nlh, proto, rec);
	}
}

static int data_cb(const struct nlmsghdr *nlh, void *data)
{
	struct nl_run *run = data;
	struct sock_rec rec;
	int err;

	if (nlh->nlmsg_type != SOCK_DIAG_BY_FAMILY && nlh->nlmsg_type != TCPDIAG_GETSOCK)
		return MNL_CB_OK;
	if (nl_parse_msg(nlh, run->proto, &rec) < 0) {
		errno = EBADMSG;
		return MNL_CB_ERROR;
	}
	if (run->states && !(run->states & STATE_BIT(rec.state)))
		return MNL_CB_OK;
	if (run->dedup && dedup_seen(run->dedup, dedup_key(&rec))) {
		run->repeated++;
		return MNL_CB_OK;
	}
	err = run->cb(&rec, run->data);
	if (err < 0) {
		run->cb_err = err;
		errno = -err;
		return MNL_CB_ERROR;
	}
	run->records++;
	return MNL_CB_OK;
}

/* The errno an error code from the kernel stands for; anything outside the
 * errno range (a damaged message, INT_MIN included) is EBADMSG. */
static int nl_errno(int code)
{
	if (code < 0 && code >= -4095)
		return -code;
	if (code > 0 && code <= 4095)
		return code;
	return EBADMSG;
}

/* libmnl's default DONE handler ignores the error a failed dump carries in
 * NLMSG_DONE; ours surfaces it so a failed dump is never read as an empty one. */
static int done_cb(const struct nlmsghdr *nlh, void *data)
{
	(void)data;
	if (mnl_nlmsg_get_payload_len(nlh) >= sizeof(int)) {
		const int *err = mnl_nlmsg_get_payload(nlh);
		if (*err < 0) {
			errno = nl_errno(*err);
			return MNL_CB_ERROR;
		}
	}
	return MNL_CB_STOP;
}

static int error_cb(const struct nlmsghdr *nlh, void *data)
{
	const struct nlmsgerr *e = mnl_nlmsg_get_payload(nlh);

	(void)data;
	if (mnl_nlmsg_get_payload_len(nlh) < sizeof(*e)) {
		errno = EBADMSG;
		return MNL_CB_ERROR;
	}
	if (e->error == 0)
		return MNL_CB_STOP;
	errno = nl_errno(e->error);
	return MNL_CB_ERROR;
}

/* Every message must lie wholly inside the buffer. libmnl stops quietly at a
 * truncated message (a damaged buffer must not pass for the end of a dump), and
 * its length check casts nlmsg_len to int, so a huge length would pass it. */
static bool nl_buf_valid(const uint8_t *p, size_t rem)
{
	if (rem == 0)
		return false;
	while (rem > 0) {
		const struct nlmsghdr *nlh = (const struct nlmsghdr *)(const void *)p;
		size_t step;

		if (rem < sizeof(*nlh) || nlh->nlmsg_len < sizeof(*nlh) || nlh->nlmsg_len > rem)
			return false;
		step = NLMSG_ALIGN(nlh->nlmsg_len);
		if (step > rem)
			step = rem; /* the last message need not be padded */
		p += step;
		rem -= step;
	}
	return true;
}

int nl_parse_buf(const void *buf, size_t len, struct nl_run *run)
{
	mnl_cb_t ctl[NLMSG_MIN_TYPE] = {
		[NLMSG_NOOP] = NULL,
		[NLMSG_ERROR] = error_cb,
		[NLMSG_DONE] = done_cb,
	};
	int ret;

	if (len > INT32_MAX)
		return -EMSGSIZE;
	if (!nl_buf_valid(buf, len))
		return -EBADMSG;
	run->cb_err = 0;
	errno = 0;
	ret = mnl_cb_run2(buf, len, run->seq, run->portid, data_cb, run, ctl, NLMSG_MIN_TYPE);
	if (ret == MNL_CB_STOP)
		return 1;
	if (ret >= MNL_CB_OK)
		return 0;
	if (run->cb_err)
		return run->cb_err;
	/* libmnl reports a malformed or truncated buffer as -1 with EBADMSG or ENOSPC;
	 * a sequence/port mismatch as ESRCH/EPROTO. */
	return errno ? -errno : -EBADMSG;
}
