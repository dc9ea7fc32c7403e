/* SPDX-License-Identifier: MIT */
/* run_events.c - -E: one record per closed TCP/UDP socket from the sock_diag
 * destroy multicast groups, joined with a dump polled every second (owner,
 * uid, last state, lifetime); lost events counted from the socket's drops. */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>

#include "sockls/filter.h"
#include "sockls/run.h"
#include "sockls/snap.h"
#include "sockls/sockev.h"
#include "sockls/term.h"
#include "sockls/watch_out.h"

#define POLL_MS 1000

struct events {
	const struct opts *o;
	struct opts poll_o;   /* the dump that finds new sockets */
	run_say_fn say;
	struct filter *filter;
	struct snap *snap;
	struct sockev *ev;
	struct jsonw *jw;     /* --ndjson */
	uint64_t drops_told;
	unsigned long overruns;
	int out_err;
};

static int add_row(const struct sock_row *row, void *data)
{
	return snap_add(data, row);
}

static int poll_dump(struct events *e)
{
	struct run_hooks h = { .row = add_row, .data = e->snap };
	int ret;

	snap_begin(e->snap, term_now_ms());
	if ((ret = run_pipeline(&e->poll_o, e->say, &h)))
		return ret;
	return snap_end(e->snap, 1, NULL) < 0 ? 1 : 0;
}

/* The expression and --state apply to the last state the poll saw (a
 * destroyed socket is CLOSE by then); without a --state every state counts. */
static bool wanted(const struct events *e, const struct sock_rec *rec, const struct snap_ent *seen)
{
	struct sock_rec r;

	if (!e->filter)
		return true;
	memcpy(&r, rec, offsetof(struct sock_rec, meminfo));
	r.tcp_info_len = 0;
	r.have &= ~(uint32_t)HAVE_TCP_INFO;
	if (seen)
		r.state = seen->state;
	return filter_match(e->filter, &r);
}

static int on_event(const struct sock_rec *rec, void *data)
{
	struct events *e = data;
	const struct snap_ent *seen = (rec->have & HAVE_COOKIE) ? snap_find(e->snap, rec->cookie) : NULL;
	struct sock_row row = { .rec = rec };
	struct watch_event we = { .time = term_wall() };

	if (seen && seen->mark >= SNAP_CLOSED)
		seen = NULL;
	if (!wanted(e, rec, seen))
		return 0;
	snap_ent_fill(&we.e, &row);
	if (seen) {
		we.seen = true;
		we.last_state = seen->state;
		we.lifetime_ms = term_now_ms() - seen->first_ms;
		we.e.have_uid = seen->have_uid;
		we.e.uid = seen->uid;
		we.e.have_owner = seen->have_owner;
		we.e.pid = seen->pid;
		memcpy(we.e.comm, seen->comm, sizeof(we.e.comm));
	}
	e->out_err = e->jw ? watch_json_event(e->jw, &we) : watch_text_event(stdout, &we);
	return e->out_err;
}

/* Lost events: the exact count is the socket's drop counter. */
static int tell_lost(struct events *e)
{
	uint64_t drops;

	if (sockev_drops(e->ev, &drops) < 0 || drops <= e->drops_told)
		return 0;
	e->out_err = e->jw ? watch_json_lost(e->jw, drops - e->drops_told, term_wall())
			   : watch_text_lost(stdout, drops - e->drops_told, term_wall());
	e->drops_told = drops;
	return e->out_err;
}

static int build_filter(struct events *e)
{
	const struct opts *o = e->o;
	struct filter_spec spec = {
		.states = o->states, .n_states = o->n_states,
		.sport = o->sport, .dport = o->dport, .port = o->port,
		.expr = o->expr, .n_expr = o->n_expr,
		.default_states = STATES_ALL,
	};
	struct filter_error ferr;

	if (filter_build(&spec, &e->filter, &ferr) < 0) {
		e->say("%s", ferr.msg);
		return 2;
	}
	return 0;
}

static int open_events(struct events *e)
{
	int err, ret;

	if ((ret = run_enter_netns(e->o, e->say)) || (ret = build_filter(e)))
		return ret;
	err = sockev_open(&e->ev, e->o->protos, e->o->families, e->o->rcvbuf);
	if (err == -EPERM || err == -EACCES)
		e->say("-E needs CAP_NET_ADMIN to join the sock_diag destroy groups");
	else if (err == -EPROTONOSUPPORT)
		e->say("-E reports TCP and UDP sockets only: ask for -t or -u");
	else if (err < 0)
		e->say("cannot join the sock_diag destroy groups: %s", strerror(-err));
	if (err < 0)
		return 1;
	if (!(e->snap = snap_new()))
		return 1;
	if (e->o->out == OUT_NDJSON && !(e->jw = jsonw_new(stdout, false)))
		return 1;
	return 0;
}

static int event_loop(struct events *e)
{
	struct pollfd p = { .fd = sockev_fd(e->ev), .events = POLLIN };
	unsigned long long next = 0;
	int ret = 0, n;

	while (!term_stop && ret == 0) {
		unsigned long long now = term_now_ms();
		if (now >= next) {
			next = now + POLL_MS;
			if ((ret = poll_dump(e)))
				break;
			continue;
		}
		if (poll(&p, 1, (int)(next - now)) <= 0)
			continue;
		n = sockev_read(e->ev, on_event, e, &e->overruns);
		if (n >= 0)
			n = tell_lost(e);
		if (n < 0 && e->out_err == n)
			return run_write_failed(n, e->say);
		if (n < 0)
			return e->say("cannot read events: %s", strerror(-n)), 1;
	}
	return ret;
}

int run_events(const struct opts *o, run_say_fn say)
{
	struct events e = { .o = o, .poll_o = *o, .say = say };
	int ret, err;

	if ((err = term_signals()) < 0) {
		say("cannot handle signals: %s", strerror(-err));
		return 1;
	}
	e.poll_o.default_states = STATES_ALL;
	e.poll_o.protos &= PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP);
	ret = open_events(&e);
	if (ret == 0)
		ret = event_loop(&e);
	if (ret == 0 && (tell_lost(&e), e.drops_told))
		say("%llu event%s lost (receive buffer overflow; try a larger --rcvbuf)",
		    (unsigned long long)e.drops_told, e.drops_told == 1 ? "" : "s");
	jsonw_free(e.jw);
	snap_free(e.snap);
	sockev_close(e.ev);
	filter_free(e.filter);
	return ret;
}
