/* SPDX-License-Identifier: MIT */
/* json.h - the sockls JSON/NDJSON document (schema: docs/sockls.schema.json) over a jsonw stream. */
#ifndef SOCKLS_JSON_H
#define SOCKLS_JSON_H

#include <stdint.h>

#include "sockls/jsonw.h"
#include "sockls/row.h"

struct eph_range;
struct netns_tally;

/* Bumped whenever a field is renamed, retyped or removed; adding a field is not a bump.
 * --json-version 1 keeps the previous schema (docs/sockls.v1.schema.json), byte for byte. */
#define JSON_SCHEMA_VERSION 2
#define JSON_SCHEMA_MIN 1

/* The schema a stream's documents follow: its jsonw_schema(), else the newest. */
static inline unsigned int json_schema(const struct jsonw *jw)
{
	unsigned int v = jsonw_schema(jw);

	return v ? v : JSON_SCHEMA_VERSION;
}

/* v2 names the other end "remote" and nests both ends; v1 did neither. */
static inline bool json_v1(const struct jsonw *jw)
{
	return json_schema(jw) == 1;
}

/* A top-level NDJSON object (a --watch diff, a -E event, an --ephemeral
 * --watch refresh) says its schema in v2, first; v1 lines had no version. */
static inline void json_line_version(struct jsonw *jw)
{
	if (!json_v1(jw))
		jsonw_key_uint(jw, "version", json_schema(jw));
}

/*
 * --json: json_begin(), then json_sock() per record, then json_end().
 * --ndjson: json_sock() alone on a compact jsonw; each object ends its line.
 *
 * json_begin writes {"version":1,"source":source,"ephemeral":{...}|null,
 * "sockets":[ ; eph NULL gives "ephemeral": null. Reserved ports are listed as
 * [low, high] pairs of consecutive runs (a single port is [p, p]).
 * json_sock writes one socket object; ext is the enum query_ext bits that
 * select the optional blocks. json_end closes the document and flushes;
 * json_status before it adds how the run went, json_netns_tally the
 * namespaces of --all-netns.
 * All return 0 or the writer's negative errno (-EPIPE on a closed pipe).
 */
/* The document's opening and common keys ({"version", "source", "ephemeral"),
 * leaving the object open for the caller's own key (-s, --ephemeral). */
int json_head(struct jsonw *jw, const char *source, const struct eph_range *eph);
int json_begin(struct jsonw *jw, const char *source, const struct eph_range *eph);
int json_sock(struct jsonw *jw, const struct sock_row *row, uint32_t ext);
int json_end(struct jsonw *jw);
struct writer_status;
/* The run's status as members of the open object: "incomplete" (always),
 * "errors" (when any), "kill" (-K). */
int json_status(struct jsonw *jw, const struct writer_status *st);

/* --all-netns (ns not NULL): "namespaces": {"read": N, "unreadable": M}, the
 * namespaces listed and those that could not be read (not entered, or held
 * only by processes not ours to inspect). Nothing for ns NULL. */
void json_netns_tally(struct jsonw *jw, const struct netns_tally *ns);

struct cg_entry;

/* A cgroup as JSON: {"path", "id" (null when known by path only), "unit",
 * "container": {"runtime", "id", "name"}|null, "pod": {"uid", "namespace",
 * "name"}|null}, each name null when not known; null for e NULL. The value
 * of "cgroup" (--cgroup) and of "netns_owner" (--all-netns). */
void json_cgroup(struct jsonw *jw, const struct cg_entry *e);

#endif
