/* SPDX-License-Identifier: MIT */
/* fuzz_writers.c - libFuzzer target for the table, JSON and --count-by writers fed with
 * hostile rows: every string field (unix path, congestion name, owners'
 * names, interface names, the Service name of a --services overlay, the
 * namespace tag) and every number comes from the input; more than the
 * table's lookahead of rows, so both the buffered and the streaming paths
 * run. The JSON must stay valid UTF-8 text; neither writer may overrun. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/count.h"
#include "sockls/json.h"
#include "sockls/jsonw.h"
#include "sockls/query.h"
#include "sockls/table.h"
#include "sockls/writer.h"

struct cursor {
	const uint8_t *p;
	size_t n;
};

static uint8_t take8(struct cursor *c)
{
	uint8_t v = 0;

	if (c->n) {
		v = *c->p++;
		c->n--;
	}
	return v;
}

static void take(struct cursor *c, void *out, size_t len)
{
	size_t k = len < c->n ? len : c->n;

	memset(out, 0, len);
	memcpy(out, c->p, k);
	c->p += k;
	c->n -= k;
}

/* A string of up to max bytes from the input (any bytes but NUL), kept in buf. */
static const char *take_str(struct cursor *c, char *buf, size_t max)
{
	size_t len = take8(c);

	len = len * 97 % (max + 1); /* long strings without long inputs */
	for (size_t i = 0; i < len; i++) {
		uint8_t b = c->n ? take8(c) : (uint8_t)('A' + i % 26);
		buf[i] = b ? (char)b : '\x1b';
	}
	buf[len] = '\0';
	return buf;
}

static void fill_rec(struct cursor *c, struct sock_rec *r)
{
	static const uint8_t fams[] = { AF_INET, AF_INET6, AF_UNIX };

	take(c, r, offsetof(struct sock_rec, meminfo));
	r->proto %= PROTO_MAX;
	r->family = fams[r->family % 3];
	r->state %= ST_MAX;
	r->tcp_info_len %= SOCK_TCP_INFO_MAX + 1;
	r->path_len %= SOCK_UNIX_PATH_MAX + 1;
	take(c, r->meminfo, sizeof(r->meminfo));
	take(c, r->cong, sizeof(r->cong));
	r->cong[SOCK_CONG_MAX - 1] = '\0';
	take(c, r->tcp_info, sizeof(r->tcp_info));
	take(c, r->path, r->path_len);
	r->path[r->path_len] = '\0';
}

struct counters {
	struct count_keys keys;
	void *state[3];
};

static const struct writer_ops *const count_ops[3] = {
	&count_writer, &count_json_writer, &count_prom_writer,
};

/* The --count-by keys from the input's last bytes (the cursor's reading of
 * the rest, and so the corpus, stay as they were), and the three writers. */
static void counters_open(struct counters *k, const uint8_t *data, size_t size, FILE *out)
{
	struct writer_ctx ctx = { .out = out, .header = true, .source = "netlink",
				  .count = &k->keys, .count_netns = "ns:1" };

	memset(k, 0, sizeof(*k));
	for (size_t i = 0; i < COUNT_KEYS_MAX && i < size; i++) {
		uint8_t key = data[size - 1 - i] % CK_MAX;
		bool dup = false;
		for (size_t j = 0; j < k->keys.n; j++)
			dup |= k->keys.key[j] == key;
		if (!dup)
			k->keys.key[k->keys.n++] = key;
	}
	if (!k->keys.n)
		k->keys.key[k->keys.n++] = CK_STATE;
	k->keys.numeric = size & 1;
	ctx.count_top = size % 7 ? size % 7 : SIZE_MAX;
	for (int i = 0; i < 3; i++)
		if (count_ops[i]->open(&ctx, &k->state[i]) < 0)
			k->state[i] = NULL;
}

static void counters_row(struct counters *k, const struct sock_row *row)
{
	for (int i = 0; i < 3; i++)
		if (k->state[i])
			count_ops[i]->row(k->state[i], row);
}

static void counters_end(struct counters *k)
{
	for (int i = 0; i < 3; i++)
		if (k->state[i]) {
			count_ops[i]->end(k->state[i]);
			count_ops[i]->free(k->state[i]);
		}
}

static void one_row(struct cursor *c, struct table *t, struct jsonw *jw, uint32_t ext,
		    struct counters *k)
{
	static char service[6000], netns[300], ifl[80], ifr[80], comm[16];
	static struct sock_owner owners[64];
	struct sock_rec rec;
	struct sock_row row;

	fill_rec(c, &rec);
	memset(&row, 0, sizeof(row));
	row.rec = &rec;
	row.service = take8(c) & 1 ? take_str(c, service, sizeof(service) - 1) : NULL;
	row.netns = take8(c) & 1 ? take_str(c, netns, sizeof(netns) - 1) : NULL;
	row.local.ifname = take8(c) & 1 ? take_str(c, ifl, sizeof(ifl) - 1) : NULL;
	row.remote.ifname = take8(c) & 1 ? take_str(c, ifr, sizeof(ifr) - 1) : NULL;
	row.portid_comm = take8(c) & 1 ? take_str(c, comm, sizeof(comm) - 1) : NULL;
	row.local.service = row.service;
	row.local.port_class = take8(c) % 4;
	row.n_owners = take8(c) % 65;
	for (size_t i = 0; i < row.n_owners; i++) {
		take(c, &owners[i], sizeof(owners[i]));
		owners[i].comm[15] = '\0';
	}
	row.owners = owners;
	table_row(t, &row);
	json_sock(jw, &row, ext);
	counters_row(k, &row);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cursor c = { data, size };
	uint32_t ext = take8(&c) & (EXT_INFO | EXT_MEMORY | EXT_TIMERS | EXT_EXTENDED |
				    EXT_PROCESSES | EXT_NUMERIC);
	struct table_cfg cfg = { .header = true, .netns = take8(&c) & 1, .ext = ext };
	FILE *out = fopen("/dev/null", "w");
	struct table *t;
	struct jsonw *jw;
	unsigned int rows = 1 + take8(&c) % 3 * 300; /* up to 601: past the 512-row lookahead */
	struct counters k;

	if (!out)
		return 0;
	t = table_new(out, &cfg);
	jw = jsonw_new(out, false);
	counters_open(&k, data, size, out);
	for (unsigned int i = 0; t && jw && i < rows; i++) {
		struct cursor again = c; /* the same bytes for every row: cheap, long runs */
		one_row(&again, t, jw, ext, &k);
	}
	counters_end(&k);
	if (t)
		table_end(t);
	table_free(t);
	jsonw_free(jw);
	fclose(out);
	return 0;
}
