/* ephemeral.c - parse and read a namespace's ephemeral port range and reserved ports (the report is in eph_report.c). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sockls/ephemeral.h"
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

/* Whole small file as a NUL-terminated string in *out (caller frees). */
static int read_text(const char *path, char **out)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno ? -errno : -EIO;
	size_t len = 0, cap = 4096;
	char *buf = malloc(cap);
	if (!buf) {
		close(fd);
		return -ENOMEM;
	}
	int err = 0;
	while (!err) {
		if (len + 1 >= cap) {
			char *nbuf = cap >= EPH_FILE_MAX ? NULL : realloc(buf, cap * 2);
			if (!nbuf) {
				err = cap >= EPH_FILE_MAX ? -EFBIG : -ENOMEM;
				break;
			}
			buf = nbuf;
			cap *= 2;
		}
		ssize_t n = read(fd, buf + len, cap - len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			err = -errno;
		else if (n == 0)
			break;
		else
			len += (size_t)n;
	}
	close(fd);
	if (err) {
		free(buf);
		return err;
	}
	buf[len] = '\0';
	*out = buf;
	return 0;
}

static int read_parse(const char *root, const char *name, struct eph_range *r,
		      int (*parse)(const char *, struct eph_range *))
{
	char path[PATH_MAX];
	int n = snprintf(path, sizeof(path), "%s/sys/net/ipv4/%s", root, name);
	if (n < 0 || (size_t)n >= sizeof(path))
		return -ENAMETOOLONG;
	char *text = NULL;
	int err = read_text(path, &text);
	if (err)
		return err;
	err = parse(text, r);
	free(text);
	return err;
}

int eph_read(const char *proc_root, struct eph_range *r)
{
	const char *root = proc_root ? proc_root : "/proc";
	struct eph_range tmp = { 0 };
	int err = read_parse(root, "ip_local_port_range", &tmp, eph_parse_range);
	if (err)
		return err;
	err = read_parse(root, "ip_local_reserved_ports", &tmp, eph_parse_reserved);
	if (err && err != -ENOENT)
		return err;
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
