/* SPDX-License-Identifier: MIT */
/* run_peers.c - -p on TCP/UDP: before the listing, one dump of the
 * connected sockets whose remote address is local (loopback or an address of
 * the namespace; inet_diag bytecode asks the kernel for those alone) into the
 * tuple -> inode table, so that a row can name the processes at the other end
 * even when that end comes later in the streamed listing. In the caller's
 * namespace the dump runs on a thread beside the /proc scan of the owners. */
#include <arpa/inet.h>
#include <errno.h>
#include <ifaddrs.h>
#include <malloc.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/peertab.h"
#include "sockls/proto.h"
#include "sockls/summary.h"

#include "run_int.h"

/* Beyond this many addresses the kernel gets no address list (a long OR chain
 * costs it per socket): every connected socket comes, user space sorts. */
#define PEER_BC_ADDRS 64
#define PEER_ADDRS_MAX 65536
#define PEER_STATES (STATES_CONNECTED & ~STATE_BIT(ST_SYN_SENT))

struct local_addrs {
	uint8_t (*v)[16]; /* sorted; IPv4 as v4-mapped */
	size_t n, cap;
};

struct peer_job {
	pthread_t tid;
	bool thread;             /* tid runs and is to be joined */
	struct run_peers *p;     /* its query and source, kept across passes */
	struct peertab *pt;
	struct local_addrs la;
	int err;
};

static int addr_cmp(const void *a, const void *b)
{
	return memcmp(a, b, 16);
}

static void to_mapped(uint8_t out[16], const struct sockaddr *sa)
{
	static const uint8_t pre[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };

	if (sa->sa_family == AF_INET) {
		memcpy(out, pre, 12);
		memcpy(out + 12, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, 4);
	} else {
		memcpy(out, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, 16);
	}
}

/* The addresses of the namespace the thread is in (getifaddrs asks rtnetlink there). */
static int read_addrs(struct local_addrs *la)
{
	struct ifaddrs *ifa, *i;

	if (getifaddrs(&ifa) < 0)
		return -errno;
	for (i = ifa; i; i = i->ifa_next) {
		if (!i->ifa_addr || (i->ifa_addr->sa_family != AF_INET &&
				     i->ifa_addr->sa_family != AF_INET6) || la->n >= PEER_ADDRS_MAX)
			continue;
		if (la->n == la->cap) {
			size_t cap = la->cap ? la->cap * 2 : 16;
			void *v = realloc(la->v, cap * 16);
			if (!v) {
				freeifaddrs(ifa);
				return -ENOMEM;
			}
			la->v = v;
			la->cap = cap;
		}
		to_mapped(la->v[la->n++], i->ifa_addr);
	}
	freeifaddrs(ifa);
	if (la->n)
		qsort(la->v, la->n, 16, addr_cmp);
	return 0;
}

static bool is_local(const struct local_addrs *la, const struct sock_rec *rec)
{
	static const uint8_t lo6[16] = { [15] = 1 };
	uint8_t k[16] = { [10] = 0xff, [11] = 0xff };

	if (rec->family == AF_INET)
		memcpy(k + 12, rec->remote.addr, 4);
	else
		memcpy(k, rec->remote.addr, 16);
	if ((sock_is_v4mapped(k) && k[12] == 127) || memcmp(k, lo6, 16) == 0)
		return true;
	return la->n && bsearch(k, la->v, la->n, 16, addr_cmp) != NULL;
}

static int peer_cb(const struct sock_rec *rec, void *data)
{
	struct peer_job *j = data;

	if (!(PEER_STATES & STATE_BIT(rec->state)) || !is_local(&j->la, rec))
		return 0;
	return peertab_add(j->pt, rec) < 0 ? -ENOMEM : 0;
}

/* Words of the expression; the filter copies what it parses. */
struct words {
	char text[3 * (PEER_BC_ADDRS + 2)][INET6_ADDRSTRLEN + 2];
	char *v[3 * (PEER_BC_ADDRS + 2)];
	int n;
};

static void word(struct words *w, const char *s)
{
	snprintf(w->text[w->n], sizeof(w->text[0]), "%s", s);
	w->v[w->n] = w->text[w->n];
	w->n++;
}

/* "dst 127.0.0.0/8 or dst [::1] or dst ADDR ...": the kernel's side of is_local(). */
static int locality_filter(const struct local_addrs *la, struct filter **out)
{
	struct words *w = calloc(1, sizeof(*w));
	struct filter_spec spec = { .default_states = PEER_STATES };
	struct filter_error ferr;
	char a[INET6_ADDRSTRLEN], b[INET6_ADDRSTRLEN + 2];
	int err;

	if (!w)
		return -ENOMEM;
	word(w, "dst");
	word(w, "127.0.0.0/8");
	word(w, "or");
	word(w, "dst");
	word(w, "[::1]");
	for (size_t i = 0; la->n <= PEER_BC_ADDRS && i < la->n; i++) {
		bool v4 = sock_is_v4mapped(la->v[i]);
		inet_ntop(v4 ? AF_INET : AF_INET6, v4 ? la->v[i] + 12 : la->v[i], a, sizeof(a));
		snprintf(b, sizeof(b), v4 ? "%s" : "[%s]", a);
		word(w, "or");
		word(w, "dst");
		word(w, b);
	}
	spec.expr = w->v;
	spec.n_expr = la->n > PEER_BC_ADDRS ? 0 : w->n;
	err = filter_build(&spec, out, &ferr) < 0 ? -EINVAL : 0;
	free(w);
	return err;
}

/* Room for as many sockets as the namespace counts in use (the table then
 * never copies itself; room never written costs no memory). */
#define PEER_RESERVE_MAX (16u << 20)

static void reserve(struct peer_job *j)
{
	struct summary *s = malloc(sizeof(*s));

	if (s)
		summary_init(s);
	if (s && summary_read_sockstat(j->p->q.proc_root, s, NULL) == 0) {
		static const int key[2] = { SSTAT_TCP_INUSE, SSTAT_UDP_INUSE };
		for (int udp = 0; udp < 2; udp++)
			if ((s->sockstat_have & SSTAT_BIT(key[udp])) && s->sockstat[key[udp]] > 0)
				(void)peertab_reserve(j->pt, udp, s->sockstat[key[udp]] > PEER_RESERVE_MAX ?
						      PEER_RESERVE_MAX : (size_t)s->sockstat[key[udp]]);
	}
	free(s);
}

/* The source is opened at the first dump and kept with its netlink socket
 * (with --all-netns, run_netns.c hands it each namespace's); the filter, made
 * from this namespace's addresses, is the query's for this dump only. */
static int peer_dump(struct peer_job *j)
{
	struct run_peers *p = j->p;
	struct filter *f = NULL;
	enum source_step step;
	int err = 0;

	peertab_clear(j->pt);
	reserve(j);
	j->la.n = 0;
	if ((err = read_addrs(&j->la)) < 0 || (err = locality_filter(&j->la, &f)) < 0)
		return err;
	p->q.filter = f;
	p->q.states = filter_states(f);
	if (!p->src && (err = source_open(&p->src, &p->q, NULL, NULL, &step)) < 0)
		p->src = NULL;
	if (err == 0)
		err = source_dump(p->src, peer_cb, j);
	if (peertab_seal(j->pt) < 0 && err == 0)
		err = -ENOMEM;
	p->q.filter = NULL;
	filter_free(f);
	return err;
}

static void *peer_thread(void *arg)
{
	struct peer_job *j = arg;

	j->err = peer_dump(j);
	return NULL;
}

/* -p on TCP/UDP rows that can have a peer (not -l: listeners and unconnected
 * sockets have no remote end). */
static bool wants_peers(const struct run *r)
{
	const struct opts *o = r->o;

	/* the table shows them with --peers only; JSON keeps them in their own key */
	bool shown = (o->ext & EXT_PEERS) || ((o->ext & EXT_PROCESSES) && o->out != OUT_TABLE);

	return shown && (o->protos & proto_set(PROTO_F_EPHEMERAL)) &&
	       (r->q.states & (STATES_CONNECTED | STATE_BIT(ST_TIME_WAIT))) &&
	       !r->peers.off;
}

static int job_new(struct run *r)
{
	struct peer_job *j = calloc(1, sizeof(*j));

	if (!j || !(j->pt = peertab_new())) {
		free(j);
		return -ENOMEM;
	}
	j->p = &r->peers;
	if (!r->peers.src) /* else its query stays the source's */
		r->peers.q = (struct query){
			.protos = r->o->protos & proto_set(PROTO_F_EPHEMERAL),
			/* a v4 client may reach a dual-stack server */
			.families = FAM_INET | FAM_INET6,
			.rcvbuf = r->q.rcvbuf,
			.proc_root = r->o->proc_root,
			.source = r->o->source,
			.kernel_filter = r->q.kernel_filter,
			.repeats_ok = true, /* the same tuple and inode twice is one entry */
		};
	r->peers.job = j;
	return 0;
}

int run_peers_build(struct run *r)
{
	struct peer_job *j = r->peers.job;

	if (!j)
		return 0;
	j->err = peer_dump(j);
	return j->err;
}

int run_peers_start(struct run *r)
{
	int err;

	if (!wants_peers(r))
		return 0;
	if ((err = job_new(r)) < 0)
		return err;
	if (r->o->all_netns)
		return 0; /* built in each namespace, by dump_netns */
#ifdef M_ARENA_MAX
	/* One malloc arena: a thread's own would hold megabytes for one dump. */
	mallopt(M_ARENA_MAX, 1);
#endif
	r->peers.job->thread = pthread_create(&r->peers.job->tid, NULL, peer_thread,
					      r->peers.job) == 0;
	if (!r->peers.job->thread)
		run_peers_build(r); /* no thread: in turn; the error waits for the join */
	return 0;
}

int run_peers_join(struct run *r)
{
	struct peer_job *j = r->peers.job;

	if (!j || !j->thread)
		return j ? j->err : 0;
	pthread_join(j->tid, NULL);
	j->thread = false;
	return j->err;
}

const struct peertab *run_peers_table(const struct run *r)
{
	const struct peer_job *j = r->peers.job;

	return j && j->err == 0 ? j->pt : NULL;
}

void run_peers_free(struct run *r)
{
	struct peer_job *j = r->peers.job;

	if (!j)
		return;
	run_peers_join(r);
	peertab_free(j->pt);
	free(j->la.v);
	free(j);
	r->peers.job = NULL;
}

void run_peers_close(struct run *r)
{
	run_peers_free(r);
	source_close(r->peers.src);
	r->peers.src = NULL;
}
