/* SPDX-License-Identifier: MIT */
/* nl_parse.c - the pure half of the netlink source: a kind's dump request
 * built in a buffer, and sock_diag replies read from one, each by the
 * operations of the kind's row (proto.h's nl_req and nl_parse; nl_ops.h);
 * captured dumps replay in unit tests and the fuzzer. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>

#include "sockls/nl.h"
#include "sockls/proto.h"

int nl_req_build(void *buf, size_t cap, const struct proto_desc *d, unsigned int family,
		 const struct query *q, const uint8_t *bc, size_t bc_len)
{
	struct nlmsghdr *nlh;
	int err;

	if (!d || !d->diag_family || !d->nl_req)
		return -EPROTONOSUPPORT; /* never guess a protocol; none: /proc only */
	if (family == AF_UNSPEC && !d->one_walk)
		return -EINVAL;
	if (bc_len > UINT16_MAX - NLA_HDRLEN) /* nla_len is 16 bits */
		return -E2BIG;
	if (cap < NL_REQ_ROOM(bc_len))
		return -ENOSPC;
	nlh = mnl_nlmsg_put_header(buf);
	nlh->nlmsg_type = SOCK_DIAG_BY_FAMILY;
	nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	if ((err = d->nl_req(nlh, d, family, q, bc, bc_len)) < 0)
		return err;
	return (int)nlh->nlmsg_len;
}

/* One message by the row's parser; a row without one reads nothing. */
static int parse_msg(const struct nlmsghdr *nlh, const struct proto_desc *d,
		     struct sock_rec *rec)
{
	sock_rec_reset(rec);
	if (!d || !d->nl_parse)
		return -EINVAL;
	return d->nl_parse(nlh, d, rec);
}

int nl_parse_msg(const struct nlmsghdr *nlh, unsigned int proto, struct sock_rec *rec)
{
	return parse_msg(nlh, proto_get(proto), rec);
}

/* One buffer's walk: the run, and the row whose parser reads its messages,
 * looked up once per buffer. */
struct walk {
	struct nl_run *run;
	const struct proto_desc *d;
};

static int data_cb(const struct nlmsghdr *nlh, void *data)
{
	const struct walk *w = data;
	struct nl_run *run = w->run;
	struct sock_rec rec;
	int err;

	if (nlh->nlmsg_type != SOCK_DIAG_BY_FAMILY && nlh->nlmsg_type != TCPDIAG_GETSOCK)
		return MNL_CB_OK;
	if (parse_msg(nlh, w->d, &rec) < 0) {
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
	struct walk w = { .run = run, .d = run->kind ? run->kind : proto_get(run->proto) };
	int ret;

	if (len > INT32_MAX)
		return -EMSGSIZE;
	if (!nl_buf_valid(buf, len))
		return -EBADMSG;
	run->cb_err = 0;
	errno = 0;
	ret = mnl_cb_run2(buf, len, run->seq, run->portid, data_cb, &w, ctl, NLMSG_MIN_TYPE);
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
