/* SPDX-License-Identifier: MIT */
/* gen_svc_table.c - build-time generator: data/services.tsv + data/services-wellknown.tsv -> the C service tables. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Usage: gen_svc_table SERVICES_TSV WELLKNOWN_TSV > services_table.c
 * The output depends only on the contents of the two files (never on their
 * paths, the locale or the time), so two runs give identical bytes. */

#define N_PORTS 65536
#define N_PROTOS 2 /* index order matches enum sock_proto: PROTO_TCP, PROTO_UDP */
#define NAME_MAX_LEN 63
#define MAX_FIELDS 8
#define MAX_ALIASES 64

static const char *const proto_names[N_PROTOS] = { "tcp", "udp" };

/* One port/proto: the name shown and a comma-separated alias list (or NULL). */
struct gen_ent {
	char *name;
	char *aliases;
};

struct gen_table {
	struct gen_ent ent[N_PORTS][N_PROTOS];
};

struct gen_row {
	unsigned int name;
	unsigned int port;
	unsigned int proto;
	unsigned int alias;
};

struct gen_rows {
	struct gen_row *row;
	size_t n, cap;
};

/* Interned names, in first-seen order; ids start at 1 (0 = no name). */
struct gen_pool {
	char **name;
	size_t n, cap;
	unsigned int *slot; /* open addressing: id, 0 = empty */
	size_t n_slots;
};

static struct gen_pool pool;
static const char *cur_file;
static unsigned int cur_line;

_Noreturn static void die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (cur_file)
		fprintf(stderr, "%s:%u: ", cur_file, cur_line);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(1);
}

static void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n);
	if (!q)
		die("out of memory");
	return q;
}

static char *xstrdup(const char *s)
{
	char *d = strdup(s);
	if (!d)
		die("out of memory");
	return d;
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* ASCII case-insensitive compare, the order services.c searches in. */
static int ascii_casecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int d = lower((unsigned char)*a) - lower((unsigned char)*b);
		if (d || !*a)
			return d;
	}
}

/* Names must survive /etc/services tokenising and a C string literal. */
static int name_ok(const char *s)
{
	size_t len = strlen(s);
	if (len == 0 || len > NAME_MAX_LEN || strstr(s, "??"))
		return 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		int alnum = (c >= '0' && c <= '9') || (lower(c) >= 'a' && lower(c) <= 'z');
		if (!alnum && (i == 0 || !strchr("._+*/-", c)))
			return 0;
	}
	return 1;
}

static unsigned long str_hash(const char *s)
{
	unsigned long h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static void pool_grow(void)
{
	size_t n_slots = pool.n_slots ? pool.n_slots * 2 : 16384;
	unsigned int *slot = calloc(n_slots, sizeof(*slot));
	if (!slot)
		die("out of memory");
	for (size_t id = 1; id <= pool.n; id++) {
		size_t i = str_hash(pool.name[id - 1]) & (n_slots - 1);
		while (slot[i])
			i = (i + 1) & (n_slots - 1);
		slot[i] = (unsigned int)id;
	}
	free(pool.slot);
	pool.slot = slot;
	pool.n_slots = n_slots;
}

static unsigned int pool_intern(const char *name)
{
	if (2 * (pool.n + 1) > pool.n_slots)
		pool_grow();
	size_t i = str_hash(name) & (pool.n_slots - 1);
	for (; pool.slot[i]; i = (i + 1) & (pool.n_slots - 1))
		if (strcmp(pool.name[pool.slot[i] - 1], name) == 0)
			return pool.slot[i];
	if (pool.n == pool.cap) {
		pool.cap = pool.cap ? pool.cap * 2 : 1024;
		pool.name = xrealloc(pool.name, pool.cap * sizeof(*pool.name));
	}
	pool.name[pool.n++] = xstrdup(name);
	if (pool.n >= 65535)
		die("too many names for uint16_t ids");
	pool.slot[i] = (unsigned int)pool.n;
	return (unsigned int)pool.n;
}

/* Splits line at tabs; returns the field count. */
static size_t split_tabs(char *line, char **field, size_t max)
{
	size_t n = 0;
	line[strcspn(line, "\r\n")] = '\0';
	for (char *p = line;; p++) {
		char *tab = strchr(p, '\t');
		if (n == max)
			return max + 1;
		field[n++] = p;
		if (!tab)
			return n;
		*tab = '\0';
		p = tab;
	}
}

static unsigned int parse_num(const char *s, const char **end)
{
	unsigned long v = 0;
	const char *p = s;
	for (; *p >= '0' && *p <= '9' && p - s < 6; p++)
		v = v * 10 + (unsigned long)(*p - '0');
	if (p == s || v >= N_PORTS)
		die("bad port '%s'", s);
	*end = p;
	return (unsigned int)v;
}

/* "80" or "6000-6063" -> [*lo, *hi]. */
static void parse_ports(const char *s, unsigned int *lo, unsigned int *hi, int range_ok)
{
	const char *end;
	*lo = *hi = parse_num(s, &end);
	if (*end == '-' && range_ok)
		*hi = parse_num(end + 1, &end);
	if (*end || *hi < *lo)
		die("bad port '%s'", s);
}

static unsigned int parse_proto(const char *s)
{
	for (unsigned int i = 0; i < N_PROTOS; i++)
		if (strcmp(s, proto_names[i]) == 0)
			return i;
	die("bad protocol '%s'", s);
	return 0;
}

/* "-" -> NULL; otherwise every comma-separated alias must be a valid name
 * that differs from name and from the aliases before it. */
static char *parse_aliases(const char *s, const char *name)
{
	if (strcmp(s, "-") == 0)
		return NULL;
	if (!s[0] || s[0] == ',' || s[strlen(s) - 1] == ',' || strstr(s, ",,"))
		die("empty alias in '%s'", s);
	char *list = xstrdup(s), *save = NULL, *seen[MAX_ALIASES];
	size_t n = 0;
	for (char *a = strtok_r(list, ",", &save); a; a = strtok_r(NULL, ",", &save)) {
		if (!name_ok(a) || ascii_casecmp(a, name) == 0)
			die("bad alias '%s'", a);
		for (size_t k = 0; k < n; k++)
			if (ascii_casecmp(seen[k], a) == 0)
				die("repeated alias '%s'", a);
		if (n == MAX_ALIASES)
			die("more than %d aliases", MAX_ALIASES);
		seen[n++] = a;
	}
	free(list);
	return xstrdup(s);
}

typedef void (*line_fn)(char **field, size_t n, void *data);

static void read_lines(const char *path, line_fn fn, void *data)
{
	FILE *f = fopen(path, "r");
	if (!f)
		die("%s: %s", path, strerror(errno));
	char *line = NULL, *field[MAX_FIELDS + 1];
	size_t cap = 0;
	cur_file = path;
	cur_line = 0;
	while (getline(&line, &cap, f) >= 0) {
		cur_line++;
		if (line[0] == '#' || line[strspn(line, " \t\r\n")] == '\0')
			continue;
		fn(field, split_tabs(line, field, MAX_FIELDS), data);
	}
	if (ferror(f))
		die("read error");
	free(line);
	fclose(f);
	cur_file = NULL;
}

/* data/services.tsv: port proto name aliases. */
static void iana_line(char **field, size_t n, void *data)
{
	struct gen_table *t = data;
	unsigned int port, hi;
	if (n != 4)
		die("want 4 tab-separated columns");
	parse_ports(field[0], &port, &hi, 0);
	unsigned int proto = parse_proto(field[1]);
	struct gen_ent *e = &t->ent[port][proto];
	if (e->name)
		die("%u/%s listed twice", port, field[1]);
	if (!name_ok(field[2]))
		die("bad name '%s'", field[2]);
	e->name = xstrdup(field[2]);
	e->aliases = parse_aliases(field[3], field[2]);
}

/* Whether name is among the names the full table has for port/proto. */
static int iana_has(const struct gen_ent *e, const char *name)
{
	if (!e->name)
		return 0;
	if (ascii_casecmp(e->name, name) == 0)
		return 1;
	if (!e->aliases)
		return 0;
	char *list = xstrdup(e->aliases), *save = NULL;
	int found = 0;
	for (char *a = strtok_r(list, ",", &save); a && !found; a = strtok_r(NULL, ",", &save))
		found = ascii_casecmp(a, name) == 0;
	free(list);
	return found;
}

struct wk_ctx {
	const struct gen_table *iana;
	struct gen_table *wk;
	unsigned char seen[N_PORTS][N_PROTOS];
};

static void wk_set(struct wk_ctx *c, unsigned int port, unsigned int proto, char **field)
{
	const char *name = field[2], *source = field[4];
	struct gen_ent *e = &c->wk->ent[port][proto];
	if (c->seen[port][proto]++)
		die("%u/%s listed twice", port, proto_names[proto]);
	if (strcmp(source, "omit") == 0) {
		if (strcmp(name, "-") != 0 || strcmp(field[3], "-") != 0)
			die("an omit row has no name and no aliases");
		e->name = e->aliases = NULL;
		return;
	}
	if (strcmp(source, "iana") != 0 && strcmp(source, "curated") != 0)
		die("bad source '%s' (iana, curated or omit)", source);
	if (!name_ok(name))
		die("bad name '%s'", name);
	if (strcmp(source, "iana") == 0 && !iana_has(&c->iana->ent[port][proto], name))
		die("source iana, but data/services.tsv has no %s for %u/%s", name, port,
		    proto_names[proto]);
	e->name = xstrdup(name);
	e->aliases = parse_aliases(field[3], name);
}

/* data/services-wellknown.tsv: port[-hi] proto name aliases source reason. */
static void wk_line(char **field, size_t n, void *data)
{
	unsigned int lo, hi;
	if (n != 6)
		die("want 6 tab-separated columns");
	if (!field[5][0])
		die("every row gives a reason");
	parse_ports(field[0], &lo, &hi, 1);
	unsigned int proto = parse_proto(field[1]);
	for (unsigned int port = lo; port <= hi; port++)
		wk_set(data, port, proto, field);
}

static void rows_push(struct gen_rows *r, unsigned int name, unsigned int port,
		      unsigned int proto, unsigned int alias)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 4096;
		r->row = xrealloc(r->row, r->cap * sizeof(*r->row));
	}
	r->row[r->n++] = (struct gen_row){ name, port, proto, alias };
}

/* Interns every name of t (port, proto, primary then aliases order) and
 * lists its name->port rows. */
static void table_rows(const struct gen_table *t, struct gen_rows *r)
{
	for (unsigned int port = 0; port < N_PORTS; port++) {
		for (unsigned int proto = 0; proto < N_PROTOS; proto++) {
			const struct gen_ent *e = &t->ent[port][proto];
			if (!e->name)
				continue;
			rows_push(r, pool_intern(e->name), port, proto, 0);
			if (!e->aliases)
				continue;
			char *list = xstrdup(e->aliases), *save = NULL;
			for (char *a = strtok_r(list, ",", &save); a; a = strtok_r(NULL, ",", &save))
				rows_push(r, pool_intern(a), port, proto, 1);
			free(list);
		}
	}
}

/* Lower-case name, primaries before aliases, proto, port; then the exact
 * spelling, so the order is total and qsort's result is deterministic. */
static int row_cmp(const void *pa, const void *pb)
{
	const struct gen_row *a = pa, *b = pb;
	const char *na = pool.name[a->name - 1], *nb = pool.name[b->name - 1];
	int d = ascii_casecmp(na, nb);
	if (d)
		return d;
	if (a->alias != b->alias)
		return a->alias < b->alias ? -1 : 1;
	if (a->proto != b->proto)
		return a->proto < b->proto ? -1 : 1;
	if (a->port != b->port)
		return a->port < b->port ? -1 : 1;
	return strcmp(na, nb);
}

static void emit_pool(void)
{
	unsigned long off = 0;
	printf("const unsigned int svc_n_names = %zu;\n\n", pool.n);
	printf("/* Every name once, NUL-terminated; svc_name_off[id] is where name id starts. */\n");
	printf("const char svc_pool[] =\n");
	for (size_t i = 0; i < pool.n; i++)
		printf("\t\"%s\\0\"\n", pool.name[i]);
	printf("\t;\n\nconst uint32_t svc_name_off[%zu] = {\n\t0,", pool.n + 1);
	for (size_t i = 0; i < pool.n; i++) {
		printf("%s%lu,", i % 10 == 9 ? "\n\t" : " ", off);
		off += strlen(pool.name[i]) + 1;
	}
	printf("\n};\n\n");
}

static void emit_table(const char *id, const struct gen_table *t, const struct gen_rows *r)
{
	printf("/* %s: [port] = { tcp name id, udp name id }; 0 = unnamed. */\n", id);
	printf("static const uint16_t %s_by_port[65536][2] = {\n", id);
	for (unsigned int port = 0; port < N_PORTS; port++) {
		const struct gen_ent *e = t->ent[port];
		if (!e[0].name && !e[1].name)
			continue;
		printf("\t[%u] = { %u, %u },\n", port, e[0].name ? pool_intern(e[0].name) : 0,
		       e[1].name ? pool_intern(e[1].name) : 0);
	}
	printf("};\n\n/* %s: sorted by lower-case name, primaries before aliases, then proto, port. */\n",
	       id);
	printf("static const struct svc_lookup %s_lookup[%zu] = {\n", id, r->n);
	for (size_t i = 0; i < r->n; i++)
		printf("\t{ %u, %u, %u, %u },\n", r->row[i].name, r->row[i].port, r->row[i].proto,
		       r->row[i].alias);
	printf("};\n\nconst struct svc_table svc_table_%s = {\n", id);
	printf("\t.by_port = %s_by_port,\n\t.lookup = %s_lookup,\n\t.n_lookup = %zu,\n};\n\n", id, id,
	       r->n);
}

/* The well-known table starts as the system ports of the full one. */
static void wk_init(struct gen_table *wk, const struct gen_table *iana)
{
	for (unsigned int port = 0; port < 1024; port++)
		for (unsigned int proto = 0; proto < N_PROTOS; proto++)
			wk->ent[port][proto] = iana->ent[port][proto];
}

/* Frees what main made, so that a sanitizer build finds no leak; the well-known
 * table shares the strings it copied from the full one. */
static void free_all(struct gen_table *iana, struct wk_ctx *wk, struct gen_rows *a,
		     struct gen_rows *b)
{
	for (unsigned int port = 0; port < N_PORTS; port++)
		for (unsigned int proto = 0; proto < N_PROTOS; proto++) {
			struct gen_ent *w = &wk->wk->ent[port][proto], *i = &iana->ent[port][proto];
			if (w->name != i->name)
				free(w->name);
			if (w->aliases != i->aliases)
				free(w->aliases);
			free(i->name);
			free(i->aliases);
		}
	for (size_t i = 0; i < pool.n; i++)
		free(pool.name[i]);
	free(pool.name);
	free(pool.slot);
	free(a->row);
	free(b->row);
	free(wk->wk);
	free(wk);
	free(iana);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s SERVICES_TSV WELLKNOWN_TSV > services_table.c\n", argv[0]);
		return 2;
	}
	struct gen_table *iana = calloc(1, sizeof(*iana));
	struct wk_ctx *wk = calloc(1, sizeof(*wk));
	if (!iana || !wk || !(wk->wk = calloc(1, sizeof(*wk->wk))))
		die("out of memory");
	wk->iana = iana;
	read_lines(argv[1], iana_line, iana);
	wk_init(wk->wk, iana);
	read_lines(argv[2], wk_line, wk);

	struct gen_rows wk_rows = { 0 }, iana_rows = { 0 };
	table_rows(wk->wk, &wk_rows);
	table_rows(iana, &iana_rows);
	qsort(wk_rows.row, wk_rows.n, sizeof(*wk_rows.row), row_cmp);
	qsort(iana_rows.row, iana_rows.n, sizeof(*iana_rows.row), row_cmp);

	printf("/* services_table.c - GENERATED by tools/gen_svc_table from data/services.tsv and\n"
	       " * data/services-wellknown.tsv (IANA registry snapshot 2024-04-30, CC0); do not edit. */\n"
	       "#include \"services_table.h\"\n\n");
	emit_pool();
	emit_table("wk", wk->wk, &wk_rows);
	emit_table("iana", iana, &iana_rows);
	if (fflush(stdout) || ferror(stdout))
		die("write error: %s", strerror(errno));
	free_all(iana, wk, &wk_rows, &iana_rows);
	return 0;
}
