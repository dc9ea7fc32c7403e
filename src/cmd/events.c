/* SPDX-License-Identifier: MIT */
/* events.c - -E: one record per closed TCP/UDP socket from the sock_diag
 * destroy multicast groups. The destroy message is the record; a dump polled
 * every second, on a thread of its own so that reading events never waits
 * for it, adds what it saw earlier (owner, uid, first sighting, last state).
 * Lost events are counted from the socket's drops. */
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "sockls/evseen.h"
#include "sockls/filter.h"
#include "sockls/proto.h"
#include "sockls/run.h"
#include "sockls/sockev.h"
#include "sockls/term.h"
#include "sockls/watch_out.h"
#include "sockls/writer.h"

#define POLL_MS 1000
/* How often the reading thread looks at the signals and the poller. */
#define WAKE_MS 200
/* Batches read before output is flushed (64 events each). */
#define DRAIN_BATCHES 256

/* The states a poll asks for: every socket that can be destroyed. TIME_WAIT
 * and request sockets never are (their full socket was, or will be, under
 * another cookie), and they can be most of a busy host's sockets. */
#define POLL_STATES (STATES_ALL & ~(STATE_BIT(ST_TIME_WAIT) | STATE_BIT(ST_SYN_RECV)))

struct events {
	const struct opts *o;
	struct opts poll_o;   /* the dump that finds sockets before they close */
	run_say_fn say;
	struct filter *filter;
	struct evseen *seen;
	struct sockev *ev;
	struct writer out;    /* the table's writer of events (WREC_EVENT) */
	struct sockev_stats st;
	uint64_t drops_told, unreadable_told;
	double now_wall;            /* when the batch being handled was read */
	int out_err;
	/* the poller thread */
	pthread_t poller;
	bool poller_started;
	pthread_mutex_t mu;
	pthread_cond_t cv;          /* CLOCK_MONOTONIC */
	bool stop;                  /* under mu: the poller ends */
	int poll_status;            /* under mu: a poll failed with this exit status */
};

static int add_row(const struct sock_row *row, void *data)
{
	return evseen_add(data, row, term_now_ms(), term_wall());
}

/* Waits until ms (monotonic) or a stop; with mu held. */
static void poller_sleep(struct events *e, unsigned long long ms)
{
	struct timespec ts = { .tv_sec = (time_t)(ms / 1000), .tv_nsec = (long)(ms % 1000) * 1000000L };

	while (!e->stop && term_now_ms() < ms)
		if (pthread_cond_timedwait(&e->cv, &e->mu, &ts) == ETIMEDOUT)
			break;
}

static void *poller_main(void *data)
{
	struct events *e = data;
	struct run_hooks h = { .row = add_row, .data = e->seen };
	struct run *r = NULL;
	int ret = 0;

	pthread_mutex_lock(&e->mu);
	while (!e->stop && ret == 0) {
		unsigned long long next = term_now_ms() + POLL_MS;
		pthread_mutex_unlock(&e->mu);
		evseen_begin(e->seen, term_now_ms(), term_wall());
		/* the pipeline is built at the first poll and kept */
		if ((r || (ret = run_open(&r, &e->poll_o, e->say, &h)) == 0) &&
		    (ret = run_pass(r)) == 0)
			evseen_end(e->seen);
		pthread_mutex_lock(&e->mu);
		e->poll_status = ret;
		poller_sleep(e, next);
	}
	pthread_mutex_unlock(&e->mu);
	run_close(r);
	return NULL;
}

/* The poller blocks every signal: they reach the reading thread. */
static int poller_start(struct events *e)
{
	pthread_condattr_t ca;
	sigset_t all, old;
	int err;

	if (pthread_mutex_init(&e->mu, NULL) || pthread_condattr_init(&ca))
		return -ENOMEM;
	(void)pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	err = pthread_cond_init(&e->cv, &ca);
	pthread_condattr_destroy(&ca);
	if (err)
		return -err;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	err = pthread_create(&e->poller, NULL, poller_main, e);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	e->poller_started = err == 0;
	return -err;
}

static void poller_stop(struct events *e)
{
	if (!e->poller_started)
		return;
	pthread_mutex_lock(&e->mu);
	e->stop = true;
	pthread_cond_signal(&e->cv);
	pthread_mutex_unlock(&e->mu);
	pthread_join(e->poller, NULL);
	pthread_cond_destroy(&e->cv);
	pthread_mutex_destroy(&e->mu);
	e->poller_started = false;
}

static int poller_status(struct events *e)
{
	int ret;

	pthread_mutex_lock(&e->mu);
	ret = e->poll_status;
	pthread_mutex_unlock(&e->mu);
	return ret;
}

/* The filter sees the event's own record, with the last state a poll saw
 * (the kernel's CLOSE when none did) and the cgroup a poll learned. */
static bool wanted(const struct events *e, const struct sock_rec *rec, const struct ev_sighting *s)
{
	struct sock_rec r;

	if (!e->filter)
		return true;
	r = *rec;
	if (s) {
		r.state = s->state;
		r.cgroup_id = s->cgroup_id;
		if (s->have_cgroup)
			r.have |= HAVE_CGROUP;
	}
	return filter_match(e->filter, &r);
}

/* The socket existed when its first row arrived (first_*) and was alive when
 * the last poll that listed it started (alive_*): it lived at least from one
 * to the other. Not to the moment its close is read: the kernel sends the
 * message from a work queue, seconds late under load, and sockls may read it
 * late too. */
static void join_sighting(struct watch_event *we, const struct ev_sighting *s)
{
	we->seen = true;
	we->last_state = s->state;
	we->first_seen = s->first_wall;
	we->last_seen = s->alive_wall;
	we->lifetime_min_ms = s->alive_ms > s->first_ms ? s->alive_ms - s->first_ms : 0;
	we->e.have_uid = s->have_uid;
	we->e.uid = s->uid;
	we->e.have_owner = s->have_owner;
	we->e.pid = s->pid;
	memcpy(we->e.comm, s->comm, sizeof(we->e.comm));
}

static int on_event(const struct sock_rec *rec, void *data)
{
	struct events *e = data;
	struct ev_sighting seen;
	const struct ev_sighting *s = (rec->have & HAVE_COOKIE) &&
				      evseen_get(e->seen, rec->cookie, &seen) ? &seen : NULL;
	struct sock_row row = { .rec = rec };
	struct watch_event we = { .time = e->now_wall };

	if (!wanted(e, rec, s))
		return 0;
	/* the message has no uid or owner (sockev: unknown); tcpi_rtt 0 is "no sample" */
	snap_ent_fill(&we.e, &row);
	we.have_retrans = proto_has(rec->proto, PROTO_F_TCPINFO) && (rec->have & HAVE_TCP_INFO);
	we.e.have_rtt = we.e.have_rtt && we.e.rtt_us != 0;
	if (s)
		join_sighting(&we, s);
	e->out_err = e->out.ops->event(e->out.state, &we);
	return e->out_err;
}

/* Lost events: the exact count is the socket's drop counter, plus what
 * arrived unreadable. */
static int tell_lost(struct events *e)
{
	uint64_t drops = e->drops_told, lost;

	(void)sockev_drops(e->ev, &drops);
	if (drops < e->drops_told)
		drops = e->drops_told;
	lost = drops - e->drops_told + e->st.unreadable - e->unreadable_told;
	e->drops_told = drops;
	e->unreadable_told = e->st.unreadable;
	if (!lost)
		return 0;
	e->out_err = e->out.ops->lost(e->out.state, lost, term_wall());
	return e->out_err;
}

/* Reads what is queued (a bounded number of batches), then says what was
 * lost and flushes. 0, or an exit status after saying why. */
static int drain(struct events *e)
{
	int n = 1, err;

	for (int i = 0; i < DRAIN_BATCHES && n > 0; i++) {
		e->now_wall = term_wall();
		n = sockev_read(e->ev, on_event, e, &e->st);
	}
	if (n < 0 && n != e->out_err)
		return e->say("cannot read events: %s", strerror(-n)), 1;
	err = n < 0 ? n : tell_lost(e);
	if (err == 0)
		err = e->out.ops->flush(e->out.state);
	return err < 0 ? run_write_failed(err, e->say) : 0;
}

/* With no filter at all every close is reported, as ss -E does. */
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

	if (!o->n_states && !o->sport && !o->dport && !o->port && !o->n_expr)
		return 0;
	if (filter_build(&spec, &e->filter, &ferr) < 0) {
		e->say("%s", ferr.msg);
		return 2;
	}
	/* a destroyed socket is in no process's descriptors any more */
	if (filter_uses_pid(e->filter)) {
		e->say("-E cannot filter by pid: a closed socket has no owning process");
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
		e->say("the kernel refused to join the sock_diag destroy groups: %s", strerror(-err));
	else if (err == -EPROTONOSUPPORT)
		e->say("-E reports TCP and UDP sockets only: ask for -t or -u");
	else if (err < 0)
		e->say("cannot join the sock_diag destroy groups: %s", strerror(-err));
	if (err < 0)
		return 1;
	if (!(e->seen = evseen_new()))
		return e->say("out of memory"), 1;
	return run_stream_open(e->o, WREC_EVENT, e->say, &e->out);
}

/* Reads events as they come until a signal or a failed poll; at the end
 * what is still queued is read too. */
static int event_loop(struct events *e)
{
	struct pollfd p = { .fd = sockev_fd(e->ev), .events = POLLIN };
	int ret = 0, err;

	if ((err = poller_start(e)) < 0) {
		e->say("cannot start the poll thread: %s", strerror(-err));
		return 1;
	}
	while (!term_stop && ret == 0) {
		if (poll(&p, 1, WAKE_MS) > 0)
			ret = drain(e);
		if (ret == 0)
			ret = poller_status(e);
	}
	poller_stop(e);
	return ret ? ret : drain(e);
}

/* The poll lists every socket that can close (the filter applies to the
 * events), with the owners if -p asked for them. */
static void poll_opts(struct opts *p)
{
	p->default_states = POLL_STATES;
	p->n_states = 0;
	p->sport = p->dport = p->port = NULL;
	p->expr = NULL;
	p->n_expr = 0;
	p->protos &= proto_set(PROTO_F_DESTROY); /* the kinds whose destruction is heard */
	p->out = OUT_TABLE;
	p->netns = NULL;    /* the whole process is in it already */
	p->netns_pid = 0;
}

int run_events(const struct opts *o, run_say_fn say)
{
	struct events e = { .o = o, .poll_o = *o, .say = say };
	uint64_t lost;
	int ret, err;

	if ((err = term_signals()) < 0) {
		say("cannot handle signals: %s", strerror(-err));
		return 1;
	}
	poll_opts(&e.poll_o);
	ret = open_events(&e);
	if (ret == 0)
		ret = event_loop(&e);
	lost = e.drops_told + e.unreadable_told;
	if (ret == 0 && lost)
		say("%llu event%s lost (receive buffer overflow; try a larger --rcvbuf)",
		    (unsigned long long)lost, lost == 1 ? "" : "s");
	writer_free(&e.out);
	evseen_free(e.seen);
	sockev_close(e.ev);
	filter_free(e.filter);
	return ret;
}
