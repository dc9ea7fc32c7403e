/* SPDX-License-Identifier: MIT */
/* watch_out.h - what --watch and -E write: the live screen (hand-written
 * ANSI escapes), NDJSON diff and event objects, and the event text line.
 * Schema: docs/sockls.schema.json ($defs diff, event). */
#ifndef SOCKLS_WATCH_OUT_H
#define SOCKLS_WATCH_OUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "sockls/eph_watch.h"
#include "sockls/jsonw.h"
#include "sockls/snap.h"
#include "sockls/view_line.h"

enum view_sort { VIEW_SORT_RATE, VIEW_SORT_STATE, VIEW_SORT_REMOTE, VIEW_SORT_OWNER, VIEW_SORT_MAX };

struct view;

struct view *view_new(void); /* NULL with errno */
void view_free(struct view *v);
const char *view_sort_name(enum view_sort k);

struct view_cfg {
	unsigned int rows, cols;   /* terminal size */
	enum view_sort sort;
	bool paused, owners;       /* owners: -p, an Owner column */
	bool fresh;                /* s holds a new dump (not a redraw): count its states */
	unsigned int interval_ms;
	const char *note;          /* a short status (an error), or NULL */
	struct view_scroll *scroll; /* the rows shown, moved by the keys; NULL: from the top */
};

/* One full screen of the last dump in s, drawn in place (cursor home, each
 * line cleared to its end, the rest of the screen cleared): the columns fit
 * cols (addresses elided first), the rows that do not fit are counted on the
 * last line, cfg->scroll says which are shown. 0 or -errno. */
int view_render(struct view *v, FILE *out, const struct snap *s, const struct view_cfg *cfg);

/* --ephemeral --watch: the report of the last refresh with its rates, as a
 * screen of the live view (live: drawn in place within rows x cols, with
 * the keys; the columns fit, the destinations that do not fit are counted
 * on the last line and scroll) or as plain text, one block per refresh
 * (output/eph_watch_out.c). */
#define EPH_WATCH_ALL ((size_t)-1)
struct eph_view_cfg {
	bool live, paused;
	unsigned int rows, cols;   /* live: the terminal's size */
	enum eph_sort sort;
	unsigned int interval_ms;
	size_t top_n;              /* destinations shown at most (EPH_WATCH_ALL: all) */
	struct view_scroll *scroll; /* live: the destinations shown, moved by the keys */
	double time;               /* wall clock of the refresh */
	uint32_t protos;           /* PROTO_BIT of TCP, UDP: what was dumped (the rest is "?") */
};
int eph_view_render(FILE *out, const struct eph_watch *w, const struct eph_view_cfg *cfg);
/* --ephemeral --watch --ndjson: one object per refresh, the first top_n
 * destinations (EPH_WATCH_ALL: every one); a protocol not in protos (PROTO_BIT)
 * was not dumped and is null. Schema: $defs ephemeral_watch. */
int eph_watch_json(struct jsonw *jw, const struct eph_watch *w, size_t top_n, uint32_t protos,
		   double time);

/* The facts of a closed socket for -E: the destroy message is the record
 * (tuple, cookie, final state, tcp_info); a poll that listed the socket
 * earlier adds its owner, uid, last state and when it was first listed. */
struct watch_event {
	struct snap_ent e;          /* the message's facts; uid and owner from the poll */
	bool seen;                  /* a poll listed it: last_state, first_seen, last_seen */
	bool have_retrans;          /* the message had tcp_info (TCP) */
	uint8_t last_state;
	double first_seen;          /* wall clock: the first poll that listed it had its row */
	double last_seen;           /* wall clock: the last poll that listed it started */
	uint64_t lifetime_min_ms;   /* from first_seen to last_seen: it lived at least this long */
	double time;                /* wall clock when the close was read, seconds since the epoch */
};

/* --ndjson: one diff object per dump of s. */
int watch_json_diff(struct jsonw *jw, const struct snap *s, uint64_t generation, double time);
/* -E: one close or lost object; the caller flushes (jsonw_flush) after a
 * batch. 0 or the writer's sticky -errno. */
int watch_json_event(struct jsonw *jw, const struct watch_event *ev);
int watch_json_lost(struct jsonw *jw, uint64_t count, double time);
/* The text line of one event, and of lost events, unflushed: 0, or -errno
 * when the stream has failed. */
int watch_text_event(FILE *out, const struct watch_event *ev);
int watch_text_lost(FILE *out, uint64_t count, double time);

#endif
