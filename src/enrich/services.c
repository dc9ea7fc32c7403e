/* SPDX-License-Identifier: MIT */
/* services.c - service-name lookups over the generated well-known and IANA tables and an optional /etc/services overlay. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "services_table.h"
#include "sockls/file.h"
#include "sockls/services.h"
#include "sockls/sock.h"

struct ov_entry {
	char *name;
	uint16_t port;
	uint8_t proto;
	uint8_t alias;
};

/* A loaded database, not an option: one per run, like the built-in table. */
struct overlay {
	struct ov_entry *ent;  /* file order, aliases after their primary */
	size_t n, cap;
	uint32_t *slot;        /* open addressing: 1 + index into ent, 0 = empty */
	size_t n_slots;        /* power of two */
};

static struct overlay ov;

static const char *builtin_name(unsigned int id)
{
	return svc_pool + svc_name_off[id];
}

static int ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* The generator sorts with this same comparison, whatever the locale. */
static int ascii_casecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int d = ascii_lower((unsigned char)*a) - ascii_lower((unsigned char)*b);
		if (d || !*a)
			return d;
	}
}

static const struct svc_table *builtin_table(enum svc_builtin b)
{
	return b == SVC_BUILTIN_IANA ? &svc_table_iana : &svc_table_wk;
}

static const char *table_name(const struct svc_table *t, unsigned int proto, uint16_t port)
{
	if (proto != PROTO_TCP && proto != PROTO_UDP)
		return NULL;
	unsigned int id = t->by_port[port][proto];
	return id ? builtin_name(id) : NULL;
}

static uint32_t ov_key(unsigned int proto, uint16_t port)
{
	return (uint32_t)port | (uint32_t)proto << 16;
}

static size_t ov_hash(uint32_t key, size_t n_slots)
{
	return (size_t)((key * 2654435761u) & (n_slots - 1));
}

static const struct ov_entry *ov_find(const struct overlay *o, unsigned int proto, uint16_t port)
{
	if (!o->n_slots)
		return NULL;
	uint32_t key = ov_key(proto, port);
	for (size_t i = ov_hash(key, o->n_slots);; i = (i + 1) & (o->n_slots - 1)) {
		uint32_t s = o->slot[i];
		if (!s)
			return NULL;
		const struct ov_entry *e = &o->ent[s - 1];
		if (ov_key(e->proto, e->port) == key)
			return e;
	}
}

const char *svc_name_from(enum svc_builtin b, unsigned int proto, uint16_t port)
{
	if (proto != PROTO_TCP && proto != PROTO_UDP)
		return NULL;
	const struct ov_entry *e = ov_find(&ov, proto, port);
	if (e)
		return e->name;
	return table_name(builtin_table(b), proto, port);
}

const char *svc_name(unsigned int proto, uint16_t port)
{
	return svc_name_from(SVC_BUILTIN_WELL_KNOWN, proto, port);
}

const char *svc_iana_name(unsigned int proto, uint16_t port)
{
	return table_name(&svc_table_iana, proto, port);
}

static const struct ov_entry *ov_by_name(const struct overlay *o, const char *name, unsigned int proto)
{
	for (size_t i = 0; i < o->n; i++)
		if (o->ent[i].proto == proto && strcasecmp(o->ent[i].name, name) == 0)
			return &o->ent[i];
	return NULL;
}

/* First lookup row of t whose name is not below name (case-insensitively). */
static size_t lookup_lower_bound(const struct svc_table *t, const char *name)
{
	size_t lo = 0, hi = t->n_lookup;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ascii_casecmp(builtin_name(t->lookup[mid].name), name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int table_port(const struct svc_table *t, const char *name, unsigned int proto,
		      uint16_t *port)
{
	for (size_t i = lookup_lower_bound(t, name); i < t->n_lookup; i++) {
		const struct svc_lookup *l = &t->lookup[i];
		if (ascii_casecmp(builtin_name(l->name), name) != 0)
			break;
		/* Rows are ordered primaries first, then tcp before udp. */
		if (proto == PROTO_MAX || l->proto == proto) {
			*port = l->port;
			return 0;
		}
	}
	return -ENOENT;
}

int svc_port(const char *name, unsigned int proto, uint16_t *port)
{
	if (!name || !port || (proto != PROTO_TCP && proto != PROTO_UDP && proto != PROTO_MAX))
		return -ENOENT;
	const struct ov_entry *e = NULL;
	if (proto == PROTO_MAX) {
		e = ov_by_name(&ov, name, PROTO_TCP);
		if (!e)
			e = ov_by_name(&ov, name, PROTO_UDP);
	} else {
		e = ov_by_name(&ov, name, proto);
	}
	if (e) {
		*port = e->port;
		return 0;
	}
	if (table_port(&svc_table_wk, name, proto, port) == 0)
		return 0;
	return table_port(&svc_table_iana, name, proto, port);
}

enum svc_class svc_port_class(uint16_t port)
{
	if (port < 1024)
		return SVC_CLASS_WELL_KNOWN;
	if (port < 49152)
		return SVC_CLASS_REGISTERED;
	return SVC_CLASS_DYNAMIC;
}

const char *svc_class_name(enum svc_class c)
{
	switch (c) {
	case SVC_CLASS_WELL_KNOWN:
		return "well-known";
	case SVC_CLASS_REGISTERED:
		return "registered";
	case SVC_CLASS_DYNAMIC:
		return "dynamic";
	}
	return "?";
}

static void overlay_clear(struct overlay *o)
{
	for (size_t i = 0; i < o->n; i++)
		free(o->ent[i].name);
	free(o->ent);
	free(o->slot);
	memset(o, 0, sizeof(*o));
}

void svc_overlay_free(void)
{
	overlay_clear(&ov);
}

static int ov_push(struct overlay *o, const char *name, uint16_t port, uint8_t proto, bool alias)
{
	if (o->n == o->cap) {
		size_t cap = o->cap ? o->cap * 2 : 64;
		struct ov_entry *ent = realloc(o->ent, cap * sizeof(*ent));
		if (!ent)
			return -ENOMEM;
		o->ent = ent;
		o->cap = cap;
	}
	char *copy = strdup(name);
	if (!copy)
		return -ENOMEM;
	o->ent[o->n++] = (struct ov_entry){ .name = copy, .port = port, .proto = proto, .alias = alias };
	return 0;
}

/* Index primaries by port/proto; the first entry for a key wins. */
static int ov_index(struct overlay *o)
{
	size_t n_slots = 16;
	while (n_slots < 2 * o->n + 1)
		n_slots *= 2;
	o->slot = calloc(n_slots, sizeof(*o->slot));
	if (!o->slot)
		return -ENOMEM;
	o->n_slots = n_slots;
	for (size_t k = 0; k < o->n; k++) {
		const struct ov_entry *e = &o->ent[k];
		uint32_t key = ov_key(e->proto, e->port);
		size_t i = ov_hash(key, n_slots);
		if (e->alias)
			continue;
		while (o->slot[i] && ov_key(o->ent[o->slot[i] - 1].proto, o->ent[o->slot[i] - 1].port) != key)
			i = (i + 1) & (n_slots - 1);
		if (!o->slot[i])
			o->slot[i] = (uint32_t)(k + 1);
	}
	return 0;
}

static bool name_ok(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x21 || *s == 0x7f)
			return false;
	return true;
}

/* "80/tcp" -> port and proto; *proto = PROTO_MAX for a protocol we skip. */
static int parse_port_proto(const char *tok, uint16_t *port, unsigned int *proto)
{
	const char *slash = strchr(tok, '/');
	if (!slash || slash == tok || slash - tok > 5 || !slash[1])
		return -EINVAL;
	unsigned long v = 0;
	for (const char *p = tok; p < slash; p++) {
		if (*p < '0' || *p > '9')
			return -EINVAL;
		v = v * 10 + (unsigned long)(*p - '0');
	}
	if (v > 65535)
		return -EINVAL;
	*port = (uint16_t)v;
	const char *pr = slash + 1;
	*proto = strcasecmp(pr, "tcp") == 0 ? PROTO_TCP : strcasecmp(pr, "udp") == 0 ? PROTO_UDP : PROTO_MAX;
	return 0;
}

static int ov_parse_line(struct overlay *o, char *line)
{
	char *save = NULL;
	char *hash = strchr(line, '#');
	if (hash)
		*hash = '\0';
	char *name = strtok_r(line, " \t\r\n", &save);
	if (!name)
		return 0;
	char *pp = strtok_r(NULL, " \t\r\n", &save);
	uint16_t port;
	unsigned int proto;
	if (!pp || !name_ok(name) || parse_port_proto(pp, &port, &proto) < 0)
		return -EINVAL;
	bool keep = proto != PROTO_MAX;
	if (keep) {
		int err = ov_push(o, name, port, (uint8_t)proto, false);
		if (err)
			return err;
	}
	for (char *a; (a = strtok_r(NULL, " \t\r\n", &save));) {
		if (!name_ok(a))
			return -EINVAL;
		int err = keep ? ov_push(o, a, port, (uint8_t)proto, true) : 0;
		if (err)
			return err;
	}
	return 0;
}

/* The overlay file through the bounded reader: no FIFO or device, lines
 * and size capped (SVC_FILE_MAX), so a hostile file cannot hang or bloat us. */
static int ov_parse_file(struct overlay *o, const char *path, unsigned int *bad_line)
{
	struct file_lines *fl;
	unsigned int lineno = 0;
	char *line;
	size_t len;
	int rc, err = file_lines_open(&fl, path, FILE_LINE_MAX, SVC_FILE_MAX);

	if (err < 0)
		return err;
	while ((rc = file_lines_next(fl, &line, &len)) > 0) {
		lineno++;
		err = ov_parse_line(o, line);
		if (err) {
			if (err == -EINVAL && bad_line)
				*bad_line = lineno;
			break;
		}
	}
	if (!err && rc < 0)
		err = rc;
	file_lines_close(fl);
	return err;
}

int svc_overlay_load(const char *path, unsigned int *bad_line)
{
	if (bad_line)
		*bad_line = 0;
	if (!path)
		return -EINVAL;
	struct overlay fresh = { 0 };
	int err = ov_parse_file(&fresh, path, bad_line);
	if (!err)
		err = ov_index(&fresh);
	if (err) {
		overlay_clear(&fresh);
		return err;
	}
	overlay_clear(&ov);
	ov = fresh;
	return 0;
}

static int table_foreach(const struct svc_table *t, svc_foreach_cb cb, void *data)
{
	for (size_t i = 0; i < t->n_lookup; i++) {
		const struct svc_lookup *l = &t->lookup[i];
		int ret = cb(builtin_name(l->name), l->port, l->proto, data);
		if (ret)
			return ret;
	}
	return 0;
}

int svc_foreach(svc_foreach_cb cb, void *data)
{
	for (size_t i = 0; i < ov.n; i++) {
		int ret = cb(ov.ent[i].name, ov.ent[i].port, ov.ent[i].proto, data);
		if (ret)
			return ret;
	}
	return table_foreach(&svc_table_wk, cb, data);
}

int svc_foreach_iana(svc_foreach_cb cb, void *data)
{
	return table_foreach(&svc_table_iana, cb, data);
}
