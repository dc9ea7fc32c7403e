/* SPDX-License-Identifier: MIT */
/* fuzz_cgroup.c - libFuzzer target: the cgroup path parser (cg_parse_path)
 * on any bytes, and what reads its result: the label and the --unit,
 * --container and --pod matchers.
 *
 * Input: a path (up to the first NUL); after the NUL, if any, a word for the
 * matchers and names as runtime state would give them, separated by '\n'.
 * Invariants: every field is NUL-terminated in its array; a container id is
 * 64 lower-case hex digits found in the path; a runtime implies an id; a pod
 * UID is 32-36 hex digits and dashes; the unit is a piece of one component
 * ending in a unit suffix; user@UID.service is in the path when it is said;
 * two parses agree; the label fits its buffer and starts as documented; a
 * component equal to the unit matches --unit. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/cgroup.h"

static void check(bool ok)
{
	if (!ok)
		abort();
}

static bool terminated(const char *a, size_t cap)
{
	return memchr(a, '\0', cap) != NULL;
}

static bool hex_lower(const char *s, size_t n, bool dash)
{
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f') ||
		      (dash && s[i] == '-')))
			return false;
	return true;
}

static void check_names(const char *path, const struct cg_names *n)
{
	static const char *const runtimes[] = { "", "docker", "podman", "containerd", "cri-o" };
	bool known = false;
	char user[48];

	check(terminated(n->unit, sizeof(n->unit)) && terminated(n->runtime, sizeof(n->runtime)) &&
	      terminated(n->ctr_id, sizeof(n->ctr_id)) && terminated(n->pod_uid, sizeof(n->pod_uid)));
	check(!n->ctr_name[0] && !n->pod_ns[0] && !n->pod_name[0]); /* state is not read here */
	for (size_t i = 0; i < sizeof(runtimes) / sizeof(runtimes[0]); i++)
		known |= strcmp(n->runtime, runtimes[i]) == 0;
	check(known);
	check(!n->runtime[0] || n->ctr_id[0]);
	check(!n->ctr_id[0] || (strlen(n->ctr_id) == 64 && hex_lower(n->ctr_id, 64, false) &&
				strstr(path, n->ctr_id)));
	check(!n->pod_uid[0] || (strlen(n->pod_uid) >= 32 && strlen(n->pod_uid) <= 36 &&
				 hex_lower(n->pod_uid, strlen(n->pod_uid), true)));
	check(!n->unit[0] || strstr(path, n->unit));
	check(!n->unit[0] || strlen(n->unit) == CG_UNIT_MAX - 1 || !strchr(n->unit, '/'));
	if (n->user_service) {
		snprintf(user, sizeof(user), "user@%u.service", (unsigned int)n->user_uid);
		check(strstr(path, user) != NULL);
	}
}

static void check_label(struct cg_entry *e)
{
	char small[24], big[1200];
	const char *l = cg_label(e, big, sizeof(big));

	check(l == big && strlen(big) < sizeof(big));
	check(strncmp(big, "pod:", 4) == 0 || strncmp(big, "ctr:", 4) == 0 ||
	      strncmp(big, "unit:", 5) == 0 || strncmp(big, e->path, strlen(big)) == 0);
	check(cg_label(e, small, sizeof(small)) == small && strlen(small) < sizeof(small));
	check(strncmp(big, small, strlen(small)) == 0);
}

/* Every component the unit came from matches --unit with its own text. */
static void check_unit(const struct cg_entry *e)
{
	const char *p = e->path;
	size_t ul = strlen(e->names->unit);

	while (*p && ul && ul < CG_UNIT_MAX - 1) {
		size_t n = strcspn(p, "/");
		if (n == ul && memcmp(p, e->names->unit, n) == 0)
			check(cg_match_unit(e, e->names->unit));
		p += n + (p[n] == '/');
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *in = malloc(size + 1), *rest, *word;
	const char *name = "", *ns = "";
	struct cg_names n, again;
	struct cg_entry e;

	if (!in)
		return 0;
	memcpy(in, data, size);
	in[size] = '\0';
	rest = strlen(in) < size ? in + strlen(in) + 1 : in + size;
	word = rest;
	if ((rest = strchr(rest, '\n'))) {
		*rest++ = '\0';
		name = rest;
		if ((rest = strchr(rest, '\n'))) {
			*rest++ = '\0';
			ns = rest;
		}
	}
	cg_parse_path(in, &n);
	check_names(in, &n);
	cg_parse_path(in, &again);
	check(memcmp(&n, &again, sizeof(n)) == 0);
	e = (struct cg_entry){ .id = 1, .path = in, .names = &n };
	check_label(&e);
	check_unit(&e);
	snprintf(n.ctr_name, sizeof(n.ctr_name), "%s", name);
	snprintf(n.pod_name, sizeof(n.pod_name), "%s", name);
	snprintf(n.pod_ns, sizeof(n.pod_ns), "%s", ns);
	check_label(&e);
	(void)cg_match_unit(&e, word);
	(void)cg_match_container(&e, word);
	(void)cg_match_pod(&e, word);
	check(!n.ctr_id[0] || !n.ctr_name[0] || cg_match_container(&e, n.ctr_name));
	check(!n.pod_uid[0] || !n.pod_name[0] || cg_match_pod(&e, n.pod_name));
	check(!cg_match_unit(NULL, word) && !cg_match_container(NULL, word) &&
	      !cg_match_pod(NULL, word));
	free(in);
	return 0;
}
