/* SPDX-License-Identifier: MIT */
/* fuzz_filter.c - libFuzzer target: any words either build a filter or fail with a named token; every
 * compiled program passes the kernel's audit and accepts whatever filter_match accepts.
 *
 * Input: lines. "S:x" is a --state value, "s:x" --sport, "d:x" --dport,
 * "p:x" --port; every other line is expression text (split at blanks). */
#include <arpa/inet.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "../tests/unit/bytecode_run.h"
#include "sockls/bytecode.h"
#include "sockls/filter.h"

#define MAX_LINES 64

static void check(bool ok)
{
	if (!ok)
		abort();
}

static struct sock_rec mkrec(int family, const char *src, int sport, const char *dst, int dport,
			     unsigned int state)
{
	struct sock_rec r;
	memset(&r, 0, sizeof(r));
	r.family = (uint8_t)family;
	r.state = (uint8_t)state;
	inet_pton(family, src, r.local.addr);
	inet_pton(family, dst, r.remote.addr);
	r.local.port = (uint16_t)sport;
	r.remote.port = (uint16_t)dport;
	return r;
}

static void check_records(const struct filter *f)
{
	static uint8_t prog[BC_MAX_LEN];
	const struct sock_rec recs[] = {
		mkrec(AF_INET, "10.0.0.1", 22, "10.0.0.2", 40000, ST_ESTABLISHED),
		mkrec(AF_INET, "0.0.0.0", 443, "0.0.0.0", 0, ST_LISTEN),
		mkrec(AF_INET6, "::1", 80, "::1", 65535, ST_TIME_WAIT),
		mkrec(AF_INET6, "::ffff:10.0.0.1", 0, "::ffff:127.0.0.1", 53, ST_NEW_SYN_RECV),
		mkrec(AF_INET6, "2001:db8::1", 65535, "fe80::1", 1, ST_CLOSE),
	};
	for (unsigned int fam = 0; fam < 2; fam++) {
		unsigned int family = fam ? AF_INET6 : AF_INET;
		size_t len = 0;
		check(bc_compile(f, family, prog, sizeof(prog), &len) == 0);
		check(len <= BC_MAX_LEN && len % 4 == 0);
		check(len == 0 || bc_audit(prog, len) == 0);
		bool exact = bc_exact(f, family);
		for (size_t i = 0; i < sizeof(recs) / sizeof(recs[0]); i++) {
			if (recs[i].family != family)
				continue;
			const struct filter_node *root = filter_root(f);
			bool want = !root || filter_node_match(root, &recs[i]);
			bool got = len == 0 || bc_run(prog, len, &recs[i]);
			check(!want || got);
			check(!exact || want == got);
			check(!filter_match(f, &recs[i]) || want);
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	char *expr[MAX_LINES];
	const char *states[MAX_LINES];
	struct filter_spec spec = { .states = states, .expr = expr, .default_states = STATES_CONNECTED };
	struct filter *f = NULL;
	struct filter_error err;

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	for (char *line = text, *next; line && spec.n_expr < MAX_LINES && spec.n_states < MAX_LINES;
	     line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (line[0] && line[1] == ':' && strchr("Ssdp", line[0])) {
			const char *v = line + 2;
			if (line[0] == 'S')
				states[spec.n_states++] = v;
			else if (line[0] == 's')
				spec.sport = v;
			else if (line[0] == 'd')
				spec.dport = v;
			else
				spec.port = v;
		} else {
			expr[spec.n_expr++] = line;
		}
	}
	int rc = filter_build(&spec, &f, &err);
	if (rc == 0) {
		check(f != NULL);
		check_records(f);
		filter_free(f);
	} else {
		check(f == NULL && err.msg[0] != '\0');
		check(memchr(err.token, '\0', sizeof(err.token)) && memchr(err.msg, '\0', sizeof(err.msg)));
	}
	free(text);
	return 0;
}
