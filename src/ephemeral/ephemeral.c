/* SPDX-License-Identifier: MIT */
/* ephemeral.c - parse and read a namespace's ephemeral port range and reserved ports (the report is in eph_report.c). */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/ephemeral.h"
#include "sockls/file.h"
#include "sockls/num.h"

/* ip_local_reserved_ports lists every odd port in well under 1 MiB. */
#define EPH_FILE_MAX (1u << 20)

/* Decimal digits -> port, *p moved past them; -ERANGE above 65535, -EINVAL without a digit. */
static int parse_port(const char **p, uint16_t *port)
{
	size_t n = strspn(*p, "0123456789");
	uint64_t v;
	int err = num_parse(*p, n, 10, 65535, &v);

	if (err)
		return err;
	*p += n;
	*port = (uint16_t)v;
	return 0;
}

static const char *skip_blank(const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	return s;
}

int eph_parse_range(const char *text, struct eph_range *r)
{
	if (!text)
		return -EINVAL;
	const char *p = skip_blank(text);
	uint16_t low, high;
	int err = parse_port(&p, &low);
	if (err)
		return err;
	if (*p != ' ' && *p != '\t')
		return -EINVAL;
	p = skip_blank(p);
	err = parse_port(&p, &high);
	if (err)
		return err;
	if (*skip_blank(p) != '\0' || low > high)
		return -EINVAL;
	r->low = low;
	r->high = high;
	return 0;
}

static void reserve(struct eph_range *r, unsigned int port)
{
	uint8_t bit = (uint8_t)(1u << (port & 7));
	if (!(r->reserved[port >> 3] & bit)) {
		r->reserved[port >> 3] |= bit;
		r->n_reserved++;
	}
}

static int parse_reserved_list(const char *p, struct eph_range *r)
{
	if (!p)
		return -EINVAL;
	p = skip_blank(p);
	if (*p == '\0')
		return 0;
	for (;;) {
		uint16_t lo, hi;
		int err = parse_port(&p, &lo);
		if (err)
			return err;
		hi = lo;
		if (*p == '-') {
			p++;
			err = parse_port(&p, &hi);
			if (err)
				return err;
		}
		if (lo > hi)
			return -EINVAL;
		for (unsigned int port = lo; port <= hi; port++)
			reserve(r, port);
		if (*p != ',')
			break;
		p++;
	}
	return *skip_blank(p) == '\0' ? 0 : -EINVAL;
}

int eph_parse_reserved(const char *text, struct eph_range *r)
{
	memset(r->reserved, 0, sizeof(r->reserved));
	r->n_reserved = 0;
	int err = parse_reserved_list(text, r);
	if (err) {
		memset(r->reserved, 0, sizeof(r->reserved));
		r->n_reserved = 0;
	}
	return err;
}

/* ip_local_port_range is "low\thigh\n"; 64 bytes is plenty. */
#define EPH_RANGE_MAX 64

static int read_parse(const char *root, const char *name, size_t cap, struct eph_range *r,
		      int (*parse)(const char *, struct eph_range *), struct file_fail *ff)
{
	char path[PATH_MAX];
	int n = snprintf(path, sizeof(path), "%s/sys/net/ipv4/%s", root, name);
	if (n < 0 || (size_t)n >= sizeof(path))
		return -ENAMETOOLONG;
	char *text = malloc(cap);
	size_t len;
	if (!text)
		return -ENOMEM;
	int err = file_read_small(path, text, cap, &len);
	if (!err)
		err = parse(text, r);
	free(text);
	if (err)
		file_fail_set(ff, path, err, cap - 1, 0);
	return err;
}

int eph_read(const char *proc_root, struct eph_range *r, struct file_fail *ff)
{
	const char *root = proc_root ? proc_root : "/proc";
	struct eph_range tmp = { 0 };
	int err = read_parse(root, "ip_local_port_range", EPH_RANGE_MAX, &tmp,
			     eph_parse_range, ff);
	if (err)
		return err;
	err = read_parse(root, "ip_local_reserved_ports", EPH_FILE_MAX, &tmp,
			 eph_parse_reserved, ff);
	if (err && err != -ENOENT)
		return err;
	if (ff)
		ff->err = 0;
	*r = tmp;
	return 0;
}

bool eph_is_reserved(const struct eph_range *r, uint16_t port)
{
	return r->reserved[port >> 3] & (1u << (port & 7));
}

bool eph_is_ephemeral(const struct eph_range *r, uint16_t port)
{
	return port >= r->low && port <= r->high && !eph_is_reserved(r, port);
}

unsigned int eph_usable(const struct eph_range *r)
{
	if (r->low > r->high)
		return 0;
	unsigned int n = 0;
	for (unsigned int p = r->low; p <= r->high; p++)
		n += !eph_is_reserved(r, (uint16_t)p);
	return n;
}

bool eph_reserved_next(const struct eph_range *r, uint32_t *pos, uint16_t *lo, uint16_t *hi)
{
	uint32_t p = *pos;
	while (p < 65536 && !eph_is_reserved(r, (uint16_t)p))
		p += (!(p & 7) && !r->reserved[p >> 3]) ? 8 : 1; /* whole empty bytes at once */
	if (p >= 65536) {
		*pos = 65536;
		return false;
	}
	*lo = (uint16_t)p;
	while (p + 1 < 65536 && eph_is_reserved(r, (uint16_t)(p + 1)))
		p++;
	*hi = (uint16_t)p;
	*pos = p + 1;
	return true;
}

static int read_setting(const char *root, const char *name)
{
	char path[PATH_MAX], text[32];
	size_t len;
	uint64_t v;
	int n = snprintf(path, sizeof(path), "%s/sys/net/ipv4/%s", root, name);

	if (n < 0 || (size_t)n >= sizeof(path) || file_read_small(path, text, sizeof(text), &len))
		return -1;
	while (len && (text[len - 1] == '\n' || text[len - 1] == ' '))
		len--;
	if (num_parse(text, len, 10, 255, &v))
		return -1;
	return (int)v;
}

void eph_read_settings(const char *proc_root, struct eph_settings *s)
{
	const char *root = proc_root ? proc_root : "/proc";

	s->tcp_tw_reuse = read_setting(root, "tcp_tw_reuse");
	s->tcp_timestamps = read_setting(root, "tcp_timestamps");
}
