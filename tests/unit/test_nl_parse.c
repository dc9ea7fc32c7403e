/* SPDX-License-Identifier: MIT */
/* test_nl_parse.c - sock_diag reply parsing on captured and hand-made bytes. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <sys/socket.h>

#include <cmocka.h>
#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>
#include <linux/tcp.h>
#include <linux/unix_diag.h>

#include "sockls/addr.h"
#include "sockls/nl.h"

#define FIX "tests/fixtures/netlink/"

#include "testcollect.h"

static size_t load(const char *path, uint8_t **buf)
{
	FILE *f = fopen(path, "rb");
	long len;

	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	len = ftell(f);
	assert_true(len > 0);
	rewind(f);
	*buf = malloc((size_t)len);
	assert_non_null(*buf);
	assert_int_equal(fread(*buf, 1, (size_t)len, f), (size_t)len);
	fclose(f);
	return (size_t)len;
}

static int replay(const char *file, unsigned int proto, uint32_t states, struct collect *c)
{
	uint8_t *buf;
	size_t len = load(file, &buf);
	struct nl_run run = { .proto = proto, .states = states, .cb = collect_cb, .data = c };
	int ret = nl_parse_buf(buf, len, &run);

	free(buf);
	return ret;
}

/* ss's state spelling, for comparing against the captured `ss -e` output. */
static const char *ss_state(const struct sock_rec *r)
{
	static const char *const n[] = {
		"?", "ESTAB", "SYN-SENT", "SYN-RECV", "FIN-WAIT-1", "FIN-WAIT-2", "TIME-WAIT",
		"UNCONN", "CLOSE-WAIT", "LAST-ACK", "LISTEN", "CLOSING",
	};
	return r->state < 12 ? n[r->state] : "?";
}

/* ss prints the unspecified IPv6 address of a dual-stack socket as "*". */
static void ss_endpoint(const struct sock_rec *r, const struct sock_endpoint *ep, char *buf,
			const char *ifname)
{
	if (r->family == AF_INET6 && sock_addr_is_any(AF_INET6, ep->addr) &&
	    (r->have & HAVE_V6ONLY) && !r->v6only) {
		sprintf(buf, "*:%s", ep->port ? "" : "*");
		if (ep->port)
			sprintf(buf + 2, "%u", ep->port);
		return;
	}
	addr_format_endpoint(buf, ADDR_TEXT_MAX, r->family, ep, ifname);
}

/* Every row of the ss oracle must match exactly one parsed record. */
static void check_against_ss(const struct collect *c, const char *ssfile, unsigned int family)
{
	FILE *f = fopen(ssfile, "r");
	char line[512];
	size_t rows = 0;

	assert_non_null(f);
	while (fgets(line, sizeof(line), f)) {
		char st[32], local[96], peer[96], ino[32];
		unsigned long rq, sq;
		bool v6 = strchr(line, '[') || strstr(line, " *:");
		int found = 0;

		const char *ip = strstr(line, " ino:");
		if (sscanf(line, "%31s %lu %lu %95s %95s", st, &rq, &sq, local, peer) != 5 || !ip ||
		    sscanf(ip, "%31s", ino) != 1)
			fail_msg("bad oracle line: %s", line);
		if (v6 != (family == AF_INET6))
			continue;
		rows++;
		for (size_t i = 0; i < c->n; i++) {
			const struct sock_rec *r = &c->rec[i];
			char l[ADDR_TEXT_MAX], p[ADDR_TEXT_MAX], inode[32];
			ss_endpoint(r, &r->local, l, r->local.ifindex ? "d0" : NULL);
			ss_endpoint(r, &r->remote, p, NULL);
			snprintf(inode, sizeof(inode), "ino:%llu", (unsigned long long)r->inode);
			if (!strcmp(st, ss_state(r)) && rq == r->recv_q && sq == r->send_q &&
			    !strcmp(local, l) && !strcmp(peer, p) && !strcmp(ino, inode))
				found++;
		}
		if (found != 1)
			fail_msg("ss row matched %d records: %s", found, line);
	}
	fclose(f);
	assert_int_equal(rows, c->n);
}

static const struct sock_rec *find(const struct collect *c, uint8_t state, uint16_t lport)
{
	for (size_t i = 0; i < c->n; i++)
		if (c->rec[i].state == state && c->rec[i].local.port == lport)
			return &c->rec[i];
	return NULL;
}

static void test_tcp4_capture(void **state)
{
	static struct collect c;
	const struct sock_rec *r;

	(void)state;
	memset(&c, 0, sizeof(c));
	assert_int_equal(replay(FIX "tcp4.bin", PROTO_TCP, 0, &c), 1);
	assert_int_equal(c.n, 19);
	check_against_ss(&c, FIX "tcp.ss.txt", AF_INET);
	r = find(&c, ST_LISTEN, 5001);
	assert_non_null(r);
	assert_int_equal(r->recv_q, 2);  /* unaccepted connections */
	assert_int_equal(r->send_q, 8);  /* backlog */
	assert_int_equal(r->family, AF_INET);
	assert_true(r->have & HAVE_INODE);
	assert_memory_equal(r->local.addr, "\x7f\x00\x00\x01", 4);
	r = find(&c, ST_ESTABLISHED, 5004);
	assert_non_null(r);
	assert_int_equal(r->recv_q, 100);
	assert_int_equal(r->remote.addr[0], 127);
	for (size_t i = 0; i < c.n; i++) {
		if (c.rec[i].state != ST_TIME_WAIT)
			continue;
		assert_int_equal(c.rec[i].inode, 0);
		assert_int_equal(c.rec[i].timer, TIMER_TIMEWAIT);
		assert_int_equal(c.rec[i].tcp_info_len, 0); /* timewait sockets carry no attributes */
		assert_false(c.rec[i].have & HAVE_UID); /* the kernel's 0 is no owner, not root */
	}
	for (size_t i = 0; i < c.n; i++)
		if (c.rec[i].state == ST_LISTEN || c.rec[i].state == ST_ESTABLISHED) {
			assert_true(c.rec[i].have & HAVE_TCP_INFO);
			assert_true(c.rec[i].tcp_info_len >= 104); /* at least the tcp_info of Linux 4.x */
			assert_true(c.rec[i].have & HAVE_CONG && c.rec[i].cong[0] != '\0');
			assert_true(c.rec[i].have & HAVE_MEMINFO);
		}
}

static void test_tcp6_capture(void **state)
{
	static struct collect c;
	const struct sock_rec *r;
	uint8_t mapped[16] = { [10] = 0xff, [11] = 0xff, [12] = 127, [15] = 1 };
	uint8_t ll[16] = { 0xfe, 0x80, [15] = 1 };

	(void)state;
	memset(&c, 0, sizeof(c));
	assert_int_equal(replay(FIX "tcp6.bin", PROTO_TCP, 0, &c), 1);
	check_against_ss(&c, FIX "tcp.ss.txt", AF_INET6);
	r = find(&c, ST_LISTEN, 5002);
	assert_non_null(r);
	assert_true(r->have & HAVE_V6ONLY);
	assert_int_equal(r->v6only, 1);
	r = find(&c, ST_LISTEN, 5003);
	assert_non_null(r);
	assert_int_equal(r->v6only, 0);
	assert_true(sock_addr_is_any(AF_INET6, r->local.addr));
	r = find(&c, ST_ESTABLISHED, 5003);
	assert_non_null(r);
	assert_memory_equal(r->local.addr, mapped, 16);
	assert_true(sock_is_v4mapped(r->remote.addr));
	r = find(&c, ST_LISTEN, 5010);
	assert_non_null(r);
	assert_memory_equal(r->local.addr, ll, 16);
	assert_true(r->local.ifindex > 1);
}

static void test_udp_capture(void **state)
{
	static struct collect c;
	const struct sock_rec *r;

	(void)state;
	memset(&c, 0, sizeof(c));
	assert_int_equal(replay(FIX "udp4.bin", PROTO_UDP, 0, &c), 1);
	assert_int_equal(c.n, 2);
	check_against_ss(&c, FIX "udp.ss.txt", AF_INET);
	r = find(&c, ST_CLOSE, 5353);
	assert_non_null(r);
	assert_string_equal(sock_state_name(r->proto, r->state), "UNCONN");
	assert_int_equal(r->recv_q, 832);
	memset(&c, 0, sizeof(c));
	assert_int_equal(replay(FIX "udp6.bin", PROTO_UDP, 0, &c), 1);
	check_against_ss(&c, FIX "udp.ss.txt", AF_INET6);
}

static void test_state_mask(void **state)
{
	static struct collect c;

	(void)state;
	memset(&c, 0, sizeof(c));
	assert_int_equal(replay(FIX "tcp4.bin", PROTO_TCP, STATE_BIT(ST_LISTEN), &c), 1);
	assert_int_equal(c.n, 5);
	for (size_t i = 0; i < c.n; i++)
		assert_int_equal(c.rec[i].state, ST_LISTEN);
}

static void test_callback_error_stops(void **state)
{
	static struct collect c;

	(void)state;
	memset(&c, 0, sizeof(c));
	c.fail_at = 3;
	assert_int_equal(replay(FIX "tcp4.bin", PROTO_TCP, 0, &c), -EPIPE);
	assert_int_equal(c.n, 2);
}

static void test_truncated_buffer(void **state)
{
	static struct collect c;
	uint8_t *buf;
	size_t len = load(FIX "tcp4.bin", &buf);
	struct nl_run run = { .proto = PROTO_TCP, .cb = collect_cb, .data = &c };

	(void)state;
	for (size_t cut = 1; cut < 200; cut += 7) {
		memset(&c, 0, sizeof(c));
		assert_int_equal(nl_parse_buf(buf, len - cut, &run), -EBADMSG);
	}
	assert_int_equal(nl_parse_buf(buf, 0, &run), -EBADMSG);
	free(buf);
}

/* Hand-made messages: one inet_diag_msg with chosen attributes. */
static size_t make_inet(uint8_t *buf, uint16_t flags, size_t info_len)
{
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
	struct inet_diag_msg *m;
	uint8_t info[512];

	nlh->nlmsg_type = SOCK_DIAG_BY_FAMILY;
	nlh->nlmsg_flags = NLM_F_MULTI | flags;
	m = mnl_nlmsg_put_extra_header(nlh, sizeof(*m));
	m->idiag_family = AF_INET;
	m->idiag_state = ST_ESTABLISHED;
	m->id.idiag_sport = htons(22);
	m->id.idiag_dport = htons(40000);
	m->id.idiag_src[0] = htonl(0x0a000001);
	m->idiag_inode = 0xfffffff0u;
	if (info_len) {
		memset(info, 0xab, sizeof(info));
		mnl_attr_put(nlh, INET_DIAG_INFO, info_len, info);
	}
	return nlh->nlmsg_len;
}

static size_t put_done(uint8_t *buf, int err)
{
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(buf);

	nlh->nlmsg_type = NLMSG_DONE;
	nlh->nlmsg_flags = NLM_F_MULTI;
	memcpy(mnl_nlmsg_put_extra_header(nlh, sizeof(int)), &err, sizeof(int));
	return nlh->nlmsg_len;
}

static void test_synthetic_ok_and_done_error(void **state)
{
	static struct collect c;
	uint8_t buf[4096];
	size_t n;
	struct nl_run run = { .proto = PROTO_TCP, .cb = collect_cb, .data = &c };

	(void)state;
	memset(&c, 0, sizeof(c));
	n = make_inet(buf, 0, 0);
	n += put_done(buf + n, 0);
	assert_int_equal(nl_parse_buf(buf, n, &run), 1);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.rec[0].local.port, 22);
	assert_int_equal(c.rec[0].remote.port, 40000);
	assert_int_equal(c.rec[0].inode, 0xfffffff0u);
	assert_memory_equal(c.rec[0].local.addr, "\x0a\x00\x00\x01", 4);
	/* No DONE yet: more to come. */
	assert_int_equal(nl_parse_buf(buf, make_inet(buf, 0, 0), &run), 0);
	/* A dump that failed in the kernel says so in DONE: never an empty success. */
	n = put_done(buf, -ENOBUFS);
	assert_int_equal(nl_parse_buf(buf, n, &run), -ENOBUFS);
}

/* A socket repeated across the buffers of one dump (a rehash while the
 * kernel walks its table) is delivered once when the source deduplicates. */
static void test_dedup_across_buffers(void **state)
{
	static struct collect c;
	static struct dedup d;
	uint8_t buf[4096];
	struct nl_run run = { .proto = PROTO_TCP, .cb = collect_cb, .data = &c, .dedup = &d };

	(void)state;
	memset(&c, 0, sizeof(c));
	dedup_init(&d);
	assert_int_equal(nl_parse_buf(buf, make_inet(buf, 0, 0), &run), 0);
	assert_int_equal(nl_parse_buf(buf, make_inet(buf, 0, 0), &run), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(run.repeated, 1);
	/* without dedup (a caller that asked for none), both are delivered */
	run.dedup = NULL;
	assert_int_equal(nl_parse_buf(buf, make_inet(buf, 0, 0), &run), 0);
	assert_int_equal(c.n, 2);
}

static void test_nlmsg_error(void **state)
{
	static struct collect c;
	uint8_t buf[256];
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
	struct nlmsgerr *e;
	struct nl_run run = { .proto = PROTO_TCP, .cb = collect_cb, .data = &c };

	(void)state;
	nlh->nlmsg_type = NLMSG_ERROR;
	e = mnl_nlmsg_put_extra_header(nlh, sizeof(*e));
	e->error = -EACCES;
	assert_int_equal(nl_parse_buf(buf, nlh->nlmsg_len, &run), -EACCES);
	/* An error code out of errno's range (INT_MIN cannot even be negated). */
	e->error = INT32_MIN;
	assert_int_equal(nl_parse_buf(buf, nlh->nlmsg_len, &run), -EBADMSG);
	/* An error message too short to hold struct nlmsgerr. */
	nlh->nlmsg_len = NLMSG_HDRLEN + 2;
	assert_int_equal(nl_parse_buf(buf, NLMSG_ALIGN(nlh->nlmsg_len), &run), -EBADMSG);
}

static void test_dump_intr(void **state)
{
	static struct collect c;
	uint8_t buf[1024];
	struct nl_run run = { .proto = PROTO_TCP, .cb = collect_cb, .data = &c };

	(void)state;
	memset(&c, 0, sizeof(c));
	assert_int_equal(nl_parse_buf(buf, make_inet(buf, NLM_F_DUMP_INTR, 0), &run), -EINTR);
	assert_int_equal(c.n, 0);
}

/* What the kernel's numbers mean (include/net/tcp_states.h, inet_diag.c):
 * uid 0 with no inode is no owner; a TCP socket in CLOSE comes only from the
 * bind-table walk state bit 13 asks for. */
static void test_inet_meanings(void **state)
{
	uint8_t buf[2048];
	struct nlmsghdr *nlh = (struct nlmsghdr *)(void *)buf;
	struct inet_diag_msg *m;
	struct sock_rec r;

	(void)state;
	make_inet(buf, 0, 0);
	m = mnl_nlmsg_get_payload(nlh);
	m->idiag_inode = 0;
	m->idiag_uid = 0;
	m->idiag_state = ST_FIN_WAIT2; /* an orphan */
	assert_int_equal(nl_parse_msg(nlh, PROTO_TCP, &r), 0);
	assert_false(r.have & HAVE_UID);
	assert_true(r.have & HAVE_RECV_Q && r.have & HAVE_SEND_Q && r.have & HAVE_IFINDEX);
	m->idiag_uid = 1000; /* kernels that keep sk_uid: a real owner */
	assert_int_equal(nl_parse_msg(nlh, PROTO_TCP, &r), 0);
	assert_true(r.have & HAVE_UID);
	assert_int_equal(r.uid, 1000);
	m->idiag_state = ST_SYN_RECV; /* a request socket: never an owner */
	assert_int_equal(nl_parse_msg(nlh, PROTO_TCP, &r), 0);
	assert_false(r.have & HAVE_UID);
	m->idiag_inode = 77;
	m->idiag_uid = 0;
	m->idiag_state = ST_ESTABLISHED; /* a real socket of root */
	assert_int_equal(nl_parse_msg(nlh, PROTO_TCP, &r), 0);
	assert_true(r.have & HAVE_UID);
	m->idiag_state = ST_CLOSE;
	assert_int_equal(nl_parse_msg(nlh, PROTO_TCP, &r), 0);
	assert_int_equal(r.state, ST_BOUND_INACTIVE);
	assert_int_equal(nl_parse_msg(nlh, PROTO_UDP, &r), 0);
	assert_int_equal(r.state, ST_CLOSE); /* UDP's CLOSE is UNCONN */
}

static void test_tcp_info_lengths(void **state)
{
	static struct collect c;
	uint8_t buf[2048];
	struct nl_run run = { .proto = PROTO_TCP, .cb = collect_cb, .data = &c };

	(void)state;
	memset(&c, 0, sizeof(c));
	assert_int_equal(nl_parse_buf(buf, make_inet(buf, 0, 8), &run), 0);
	assert_int_equal(c.rec[0].tcp_info_len, 8);  /* a short (old kernel) tcp_info */
	assert_int_equal(nl_parse_buf(buf, make_inet(buf, 0, 400), &run), 0);
	assert_int_equal(c.rec[1].tcp_info_len, SOCK_TCP_INFO_MAX); /* a longer (newer) one */
}

static void test_bad_lengths(void **state)
{
	static struct collect c;
	uint8_t buf[2048];
	size_t n;
	struct nlattr *a;
	struct nl_run run = { .proto = PROTO_TCP, .cb = collect_cb, .data = &c };

	(void)state;
	memset(&c, 0, sizeof(c));
	/* nla_len pointing past the message. */
	n = make_inet(buf, 0, 16);
	a = (struct nlattr *)(buf + NLMSG_HDRLEN + NLMSG_ALIGN(sizeof(struct inet_diag_msg)));
	a->nla_len = 2000;
	assert_int_equal(nl_parse_buf(buf, n, &run), -EBADMSG);
	/* A message too short for inet_diag_msg. */
	n = make_inet(buf, 0, 0);
	((struct nlmsghdr *)buf)->nlmsg_len = NLMSG_HDRLEN + 8;
	assert_int_equal(nl_parse_buf(buf, NLMSG_HDRLEN + 8, &run), -EBADMSG);
	/* A length that is negative as an int (libmnl's own check would pass it). */
	n = make_inet(buf, 0, 0);
	((struct nlmsghdr *)buf)->nlmsg_len = 0xfffffff0u;
	assert_int_equal(nl_parse_buf(buf, n, &run), -EBADMSG);
	/* nlmsg_len larger than the buffer. */
	n = make_inet(buf, 0, 0);
	assert_int_equal(nl_parse_buf(buf, n - 4, &run), -EBADMSG);
	assert_int_equal(c.n, 0);
}

static void test_unix_msg(void **state)
{
	uint8_t buf[1024];
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
	struct unix_diag_msg *m;
	struct unix_diag_rqlen q = { .udiag_rqueue = 3, .udiag_wqueue = 128 };
	struct sock_rec rec;
	static const char name[] = "\0abstract\x1b";

	(void)state;
	nlh->nlmsg_type = SOCK_DIAG_BY_FAMILY;
	m = mnl_nlmsg_put_extra_header(nlh, sizeof(*m));
	m->udiag_family = AF_UNIX;
	m->udiag_type = SOCK_STREAM;
	m->udiag_state = ST_LISTEN;
	m->udiag_ino = 4242;
	mnl_attr_put(nlh, UNIX_DIAG_NAME, sizeof(name) - 1, name); /* attribute type 0 */
	mnl_attr_put(nlh, UNIX_DIAG_RQLEN, sizeof(q), &q);
	mnl_attr_put_u32(nlh, UNIX_DIAG_PEER, 77);
	assert_int_equal(nl_parse_msg(nlh, PROTO_UNIX, &rec), 0);
	assert_int_equal(rec.proto, PROTO_UNIX);
	assert_int_equal(rec.inode, 4242);
	assert_int_equal(rec.path_len, sizeof(name) - 1);
	assert_memory_equal(rec.path, name, sizeof(name) - 1);
	assert_int_equal(rec.recv_q, 3);
	assert_int_equal(rec.send_q, 128);
	assert_int_equal(rec.peer_inode, 77);
	assert_true(rec.have & HAVE_PEER_INODE);
	assert_false(rec.have & HAVE_UID);
	/* A path name comes with its terminating NUL, which is not part of it. */
	nlh = mnl_nlmsg_put_header(buf);
	nlh->nlmsg_type = SOCK_DIAG_BY_FAMILY;
	m = mnl_nlmsg_put_extra_header(nlh, sizeof(*m));
	m->udiag_family = AF_UNIX;
	mnl_attr_put(nlh, UNIX_DIAG_NAME, sizeof("/run/x.sock"), "/run/x.sock");
	assert_int_equal(nl_parse_msg(nlh, PROTO_UNIX, &rec), 0);
	assert_int_equal(rec.path_len, strlen("/run/x.sock"));
	assert_string_equal(rec.path, "/run/x.sock");
	/* A name longer than sun_path is cut, never overflowing. */
	nlh = mnl_nlmsg_put_header(buf);
	nlh->nlmsg_type = SOCK_DIAG_BY_FAMILY;
	m = mnl_nlmsg_put_extra_header(nlh, sizeof(*m));
	m->udiag_family = AF_UNIX;
	{
		char longname[300];
		memset(longname, 'a', sizeof(longname));
		mnl_attr_put(nlh, UNIX_DIAG_NAME, sizeof(longname), longname);
	}
	assert_int_equal(nl_parse_msg(nlh, PROTO_UNIX, &rec), 0);
	assert_int_equal(rec.path_len, SOCK_UNIX_PATH_MAX);
	assert_int_equal(rec.path[SOCK_UNIX_PATH_MAX], '\0');
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tcp4_capture),
		cmocka_unit_test(test_tcp6_capture),
		cmocka_unit_test(test_udp_capture),
		cmocka_unit_test(test_state_mask),
		cmocka_unit_test(test_callback_error_stops),
		cmocka_unit_test(test_truncated_buffer),
		cmocka_unit_test(test_synthetic_ok_and_done_error),
		cmocka_unit_test(test_nlmsg_error),
		cmocka_unit_test(test_dump_intr),
		cmocka_unit_test(test_tcp_info_lengths),
		cmocka_unit_test(test_dedup_across_buffers),
		cmocka_unit_test(test_inet_meanings),
		cmocka_unit_test(test_bad_lengths),
		cmocka_unit_test(test_unix_msg),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
