/* SPDX-License-Identifier: MIT */
/* proc_kinds.c - one line of /proc/net/packet or /proc/net/netlink -> struct
 * sock_rec; pure and bounds-checked like proc_parse.c. */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/num.h"
#include "sockls/proc.h"

struct field {
	const char *s;
	size_t len;
};

/* Splits a line at blanks into exactly n fields; false for fewer or more. */
static bool split(const char *line, size_t len, struct field *f, size_t n)
{
	const char *p = line, *end = line + len;
	size_t k = 0;

	if (len > 0 && end[-1] == '\n')
		end--;
	for (;;) {
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p == end)
			return k == n;
		if (k == n)
			return false;
		f[k].s = p;
		while (p < end && *p != ' ' && *p != '\t')
			p++;
		f[k].len = (size_t)(p - f[k].s);
		k++;
	}
}

static int dec(const struct field *f, uint64_t max, uint64_t *v)
{
	return num_parse(f->s, f->len, 10, max, v);
}

/* %-Nd columns print a signed int: rmem and wmem are never negative in practice. */
static int dec_u32(const struct field *f, uint32_t *out)
{
	uint64_t v;

	if (dec(f, UINT32_MAX, &v) < 0)
		return -EINVAL;
	*out = (uint32_t)v;
	return 0;
}

static int hex(const struct field *f, size_t digits, uint64_t *v)
{
	if (f->len > digits)
		return -EINVAL;
	return num_parse(f->s, f->len, 16, UINT64_MAX, v);
}

static int line_head(const char *line, size_t len, struct field *f, size_t n,
		     struct sock_rec *rec)
{
	uint64_t v;

	if (!line || !rec)
		return -EINVAL;
	memset(rec, 0, sizeof(*rec));
	if (!split(line, len, f, n))
		return -EINVAL;
	if (f[0].len == 2 && memcmp(f[0].s, "sk", 2) == 0)
		return PROC_PARSE_HEADER;
	/* %pK: the socket address, all zeros when kptr_restrict hides it */
	return hex(&f[0], 16, &v);
}

/* "sk RefCnt Type Proto Iface R Rmem User Inode" (packet_seq_show). */
int proc_parse_packet_line(const char *line, size_t len, struct sock_rec *rec)
{
	struct field f[9];
	uint64_t type, proto, ifindex, running, uid;
	int rc = line_head(line, len, f, 9, rec);

	if (rc != 0)
		return rc;
	if (dec(&f[2], UINT8_MAX, &type) < 0 || (type != SOCK_RAW && type != SOCK_DGRAM) ||
	    hex(&f[3], 4, &proto) < 0 || dec(&f[4], INT32_MAX, &ifindex) < 0 ||
	    dec(&f[5], 1, &running) < 0 || dec_u32(&f[6], &rec->recv_q) < 0 ||
	    dec(&f[7], UINT32_MAX, &uid) < 0 || dec(&f[8], UINT64_MAX, &rec->inode) < 0)
		return -EINVAL;
	rec->proto = PROTO_PACKET;
	rec->family = AF_PACKET;
	rec->state = ST_CLOSE;
	rec->unix_type = (uint8_t)type;
	rec->kind_proto = (uint16_t)proto;
	rec->local.ifindex = (uint32_t)ifindex;
	rec->uid = (uint32_t)uid;
	rec->have = HAVE_UID | HAVE_INODE | HAVE_RECV_Q; /* Rmem; no send side in /proc */
	return 0;
}

/* "sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode" (netlink_seq_show). The
 * peer and the socket type are not in the file: the peer shows as "*". */
int proc_parse_netlink_line(const char *line, size_t len, struct sock_rec *rec)
{
	struct field f[10];
	uint64_t proto, portid, groups, v;
	int rc = line_head(line, len, f, 10, rec);

	if (rc != 0)
		return rc;
	if (dec(&f[1], UINT8_MAX, &proto) < 0 || dec(&f[2], UINT32_MAX, &portid) < 0 ||
	    hex(&f[3], 8, &groups) < 0 || dec_u32(&f[4], &rec->recv_q) < 0 ||
	    dec_u32(&f[5], &rec->send_q) < 0 || dec(&f[6], 1, &v) < 0 ||
	    dec(&f[7], INT32_MAX, &v) < 0 || dec(&f[8], UINT32_MAX, &v) < 0 ||
	    dec(&f[9], UINT64_MAX, &rec->inode) < 0)
		return -EINVAL;
	rec->proto = PROTO_NETLINK;
	rec->family = AF_NETLINK;
	rec->state = ST_CLOSE;
	rec->kind_proto = (uint16_t)proto;
	rec->local.id = (uint32_t)portid;
	rec->have = HAVE_INODE | HAVE_RECV_Q | HAVE_SEND_Q; /* Rmem, Wmem */
	return 0;
}
