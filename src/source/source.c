/* SPDX-License-Identifier: MIT */
/* source.c - one interface over the netlink and /proc sources: the requests a
 * query needs (from the protocol table), the bytecode, probing and fallback.
 * With --source auto a request goes to sock_diag first; a refused one falls
 * back to /proc (a UNIX one after a probe: refused()) and stays there for the
 * source's next dumps. plan() probes every request only where a word before
 * the output depends on it: --source netlink, a JSON head, no /proc file. */
#include <errno.h>
#include <linux/inet_diag.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "sockls/bytecode.h"
#include "sockls/file.h"
#include "sockls/nl.h"
#include "sockls/num.h"
#include "sockls/proc.h"
#include "sockls/proto.h"
#include "sockls/source.h"

struct source {
	const struct query *q;
	struct nl_source *nl;
	source_note_cb note;
	void *note_data;
	uint64_t proc_only;      /* req_bit()s that netlink cannot serve (probed or refused) */
	unsigned int probed, probed_proc;
	bool planned;            /* plan() ran: proc_only and unix_answered are known */
	bool dumped;             /* a dump ran: fell_back says what /proc served */
	bool tcp_probed;         /* source_sees_bound_inactive() probed the TCP requests */
	bool unix_answered;      /* unix_diag answered the probe: /proc/net/unix, whose
				  * names can forge rows, is never read instead */
	int missing_err;         /* SRC_NETLINK: the first request netlink cannot serve */
	const char *name;
	unsigned long asked, answered; /* requests made this dump; those a source answered */
	unsigned long fell_back; /* requests of this dump that /proc served instead */
	uint32_t answered_protos; /* this dump: PROTO_BIT()s of kinds a source answered for */
	uint32_t malformed_told; /* this dump: /proc files (bit proto * 2 + file) noted malformed */
	uint8_t *bc;             /* bytecode buffer, BC_MAX_LEN bytes, made on first use */
	bool no_cgroup_bc;       /* the kernel refused INET_DIAG_BC_CGROUP_COND (before 5.8) */
};

static void note(const struct source *s, enum source_note_kind kind, unsigned int proto,
		 unsigned int family, const char *file, unsigned long count)
{
	struct source_note n = { kind, proto, family, file, count };

	if (s->note)
		s->note(&n, s->note_data);
}

/* Errors after which /proc can still answer (no module, not allowed, old kernel). */
static bool nl_fallback_ok(int err)
{
	return err == -EPROTONOSUPPORT || err == -ENOENT || err == -EACCES || err == -EPERM ||
	       err == -EOPNOTSUPP || err == -EAFNOSUPPORT || err == -EINVAL || err == -ENOSYS;
}

/* One bit per request: four per protocol row (inet, inet6, both, unix). */
static uint64_t req_bit(unsigned int proto, unsigned int family)
{
	unsigned int f = family == AF_INET ? 0 : family == AF_INET6 ? 1 : family == AF_UNSPEC ? 2 : 3;

	return 1ull << (proto * 4 + f);
}

/* The kernel filter for this request, or 0 bytes: then user space filters alone. */
static size_t compile_bc(struct source *s, const struct proto_desc *d, unsigned int family)
{
	size_t len = 0;

	if (!s->q->kernel_filter || !d->inet || !s->q->filter)
		return 0;
	if (!s->bc && !(s->bc = malloc(BC_MAX_LEN)))
		return 0;
	if (bc_compile_flags(s->q->filter, family, s->no_cgroup_bc ? BC_NO_CGROUP : 0, s->bc,
			     BC_MAX_LEN, &len) < 0)
		return 0; /* cannot happen at BC_MAX_LEN */
	return len;
}

/* Kernels before 5.8 answer EINVAL to a program with a cgroup condition (their
 * audit knows no such op): from then on the cgroup part is left to user space,
 * which rechecks every record anyway. True when the request is to be made again. */
static bool drop_cgroup_bc(struct source *s, const struct proto_desc *d, unsigned int family,
			   int err, const struct nl_dump_result *res, size_t bc_len)
{
	if (err != -EINVAL || res->cb_failed || res->records || !bc_len || s->no_cgroup_bc ||
	    !bc_has_op(s->bc, bc_len, INET_DIAG_BC_CGROUP_COND))
		return false;
	s->no_cgroup_bc = true;
	note(s, SN_NO_CGROUP_BC, d->id, family, NULL, 0);
	return true;
}

/* SRC_AUTO, a request refused before any record: whether /proc stands in
 * (remembered for the next dumps). UNIX only when unix_diag does not answer a
 * probe either: /proc/net/unix, whose names can forge rows, is no stand-in
 * for a dump refused while unix_diag works. */
static bool refused(struct source *s, const struct proto_desc *d, unsigned int family)
{
	if (d->id == PROTO_UNIX && !s->planned) {
		int err = s->nl ? nl_source_probe(s->nl, d->id, family) : -ENOTCONN;
		s->unix_answered = err == 0;
	}
	if (d->id == PROTO_UNIX && s->unix_answered)
		return false;
	s->proc_only |= req_bit(d->id, family);
	return true;
}

/* Dump one request from netlink; 1 means "use /proc instead". */
static int dump_netlink(struct source *s, const struct proto_desc *d, unsigned int family,
			sock_rec_cb cb, void *data)
{
	struct nl_dump_result res;
	bool autom = s->q->source == SRC_AUTO;
	size_t bc_len;
	int err;

	if (!s->nl) {
		err = nl_source_open(&s->nl, s->q->rcvbuf);
		if (err < 0)
			return autom && nl_fallback_ok(err) ? 1 : err;
	}
	bc_len = compile_bc(s, d, family);
	err = nl_source_dump(s->nl, d->id, family, s->q, bc_len ? s->bc : NULL, bc_len, cb,
			     data, &res);
	if (drop_cgroup_bc(s, d, family, err, &res, bc_len)) {
		bc_len = compile_bc(s, d, family);
		err = nl_source_dump(s->nl, d->id, family, s->q, bc_len ? s->bc : NULL, bc_len,
				     cb, data, &res);
	}
	if (err < 0 && !res.cb_failed && res.records == 0 && autom && nl_fallback_ok(err) &&
	    refused(s, d, family))
		return 1;
	if (err == -ENOENT && !res.cb_failed && res.records == 0)
		note(s, SN_NO_HANDLER, d->id, family, d->diag_module, 0);
	if (res.interrupted)
		note(s, SN_INCONSISTENT, d->id, family, NULL, 0);
	if (err == 0) {
		s->answered++;
		s->answered_protos |= PROTO_BIT(d->id);
		note(s, SN_NETLINK_DONE, d->id, family, NULL, res.records);
	}
	return err;
}

struct dump_args {
	sock_rec_cb cb;
	void *data;
};

static int dump_proc_file(struct source *s, const struct proto_desc *d, unsigned int family,
			  unsigned int file, const struct dump_args *a)
{
	struct proc_stats st;
	int err = proc_source_dump(s->q->proc_root, d->id, family, file, s->q, a->cb, a->data,
				   &st);
	uint32_t bit = 1u << (d->id * 2 + file);

	if (err == -ENOENT) {
		note(s, SN_PROC_MISSING, d->id, family, st.file, 0);
		return 0;
	}
	if (err < 0 && st.fail.err) {
		char msg[FILE_PATH_MAX + 128];
		note(s, SN_FILE_FAIL, d->id, family, file_fail_msg(&st.fail, msg, sizeof(msg)), 0);
	}
	/* a file listing both families is read for each: its bad lines are told once */
	if (st.malformed && !(s->malformed_told & bit))
		note(s, SN_MALFORMED, d->id, family, st.file, st.malformed);
	if (st.malformed)
		s->malformed_told |= bit;
	if (st.ambiguous)
		note(s, SN_AMBIGUOUS, d->id, family, st.file, st.ambiguous);
	if (err == 0) {
		s->answered++;
		s->answered_protos |= PROTO_BIT(d->id);
		note(s, SN_PROC_DONE, d->id, family, st.file, st.matched);
	}
	/* A file refused or given up (named above, the run is incomplete): the
	 * other files still answer. A callback's error (a writer's) ends the dump. */
	return err < 0 && st.fail.err ? 0 : err;
}

static int dump_proc(struct source *s, const struct proto_desc *d, unsigned int family,
		     const struct dump_args *a)
{
	unsigned int n = proc_file_count(d->id);
	int err = 0;

	if (n == 0)
		return dump_proc_file(s, d, family, 0, a); /* noted missing */
	for (unsigned int f = 0; err >= 0 && f < n; f++)
		if (proc_file_wanted(d->id, f, query_states_for(s->q, d->id)))
			err = dump_proc_file(s, d, family, f, a);
	return err;
}

static int dump_one(struct source *s, const struct proto_desc *d, unsigned int family,
		    void *arg)
{
	const struct dump_args *a = arg;
	int err;

	s->asked++;
	if (s->q->source != SRC_PROC) {
		err = s->proc_only & req_bit(d->id, family) ? 1 :
			dump_netlink(s, d, family, a->cb, a->data);
		if (err != 1)
			return err;
		note(s, SN_FALLBACK, d->id, family, NULL, 0);
		s->fell_back++;
	}
	/* both families of an inet kind; a kind without a sock_diag family
	 * (diag_family 0, /proc only) has one file, read once */
	if (family == AF_UNSPEC && d->inet) {
		err = dump_proc(s, d, AF_INET, a);
		return err < 0 ? err : dump_proc(s, d, AF_INET6, a);
	}
	return dump_proc(s, d, family, a);
}

typedef int (*req_fn)(struct source *s, const struct proto_desc *d, unsigned int family,
		      void *arg);

/* Calls fn for each request the query needs, in the protocol table's order. */
static int each_request(struct source *s, req_fn fn, void *arg)
{
	const uint32_t both = FAM_INET | FAM_INET6;
	int err = 0;

	for (size_t i = 0; err >= 0 && i < proto_count; i++) {
		const struct proto_desc *d = &proto_table[i];
		/* a kind that cannot be in any state asked for needs no request */
		if (!(s->q->protos & PROTO_BIT(d->id)) || !(s->q->states & d->states))
			continue;
		if (!d->inet) {
			err = fn(s, d, d->diag_family, arg);
			continue;
		}
		/* One request for both families: one walk of the kernel's tables. */
		if (d->one_walk && (s->q->families & both) == both && s->q->source != SRC_PROC) {
			err = fn(s, d, AF_UNSPEC, arg);
			continue;
		}
		if (s->q->families & FAM_INET)
			err = fn(s, d, AF_INET, arg);
		if (err >= 0 && (s->q->families & FAM_INET6))
			err = fn(s, d, AF_INET6, arg);
	}
	return err;
}

/* An empty dump (no state asked for) tells whether netlink serves a request. */
static int probe_one(struct source *s, const struct proto_desc *d, unsigned int family,
		     void *arg)
{
	int err = nl_source_probe(s->nl, d->id, family);

	(void)arg;
	s->probed++;
	if (err == 0 && d->id == PROTO_UNIX)
		s->unix_answered = true;
	if (err < 0 && nl_fallback_ok(err)) {
		s->proc_only |= req_bit(d->id, family);
		s->probed_proc++;
		if (s->q->source == SRC_NETLINK && !s->missing_err) {
			s->missing_err = err;
			note(s, SN_NO_MODULE, d->id, family, d->diag_module,
			     (unsigned long)-err);
		}
	}
	return 0;
}

/* Which requests /proc must serve, so the JSON head names the source
 * truthfully (netlink, proc or mixed) and, with SRC_NETLINK, a missing
 * sock_diag module is named (probe_one) before any output. */
static const char *plan(struct source *s)
{
	s->planned = true;
	if (s->q->source == SRC_PROC || !s->nl)
		return "proc";
	each_request(s, probe_one, NULL);
	if (s->probed_proc == 0)
		return "netlink";
	return s->probed_proc == s->probed ? "proc" : "mixed";
}

/* Whether the /proc file of a request is there (either family for both). */
static int proc_there(struct source *s, const struct proto_desc *d, unsigned int family,
		      void *arg)
{
	char path[PROC_FILE_MAX];
	unsigned int *found = arg; /* [0]: requests, [1]: those with a file there */
	bool any = false;

	found[0]++;
	for (unsigned int f = 0; f < 2 && !any; f++) {
		unsigned int fam = family != AF_UNSPEC ? family : f ? AF_INET6 : AF_INET;
		for (unsigned int i = 0; i < proc_file_count(d->id) && !any; i++)
			if (proc_path(path, sizeof(path), s->q->proc_root, d->id, fam, i) == 0 &&
			    access(path, F_OK) == 0)
				any = true;
	}
	found[1] += any;
	return 0;
}

/* Whether /proc has a file for some request (or no request is needed). */
static bool proc_has_some(struct source *s)
{
	unsigned int found[2] = { 0, 0 };

	if (!s->q->protos)
		return true;
	each_request(s, proc_there, found);
	return found[0] == 0 || found[1] > 0;
}

/* When only /proc can answer, at least one of its files must be there. */
static int check_some_source(struct source *s)
{
	if (!s->name || strcmp(s->name, "proc") != 0)
		return 0;
	return proc_has_some(s) ? 0 : -ENOMEDIUM;
}

/* SRC_AUTO skips the probes while the answer cannot change a word before
 * the output: netlink is open and /proc could stand in for any request
 * (check_some_source() cannot fail). The first refused request plans. */
static bool plan_later(struct source *s)
{
	return s->q->source == SRC_AUTO && s->nl && proc_has_some(s);
}

/* A missing file for one family is normal; a root with no net/ at all is a typo. */
static int check_proc_root(const char *root)
{
	char path[4096];
	struct stat st;

	if ((size_t)snprintf(path, sizeof(path), "%s/net", root) >= sizeof(path))
		return -ENAMETOOLONG;
	if (stat(path, &st) < 0)
		return -errno;
	return S_ISDIR(st.st_mode) ? 0 : -ENOTDIR;
}

static int open_parts(struct source *s, enum source_step *step)
{
	int err;

	if (s->q->source == SRC_PROC && (err = check_proc_root(s->q->proc_root)) < 0) {
		*step = SOURCE_STEP_PROC_ROOT;
		return err;
	}
	if (s->q->source != SRC_PROC) {
		err = nl_source_open(&s->nl, s->q->rcvbuf);
		if (err < 0 && (s->q->source == SRC_NETLINK || !nl_fallback_ok(err))) {
			*step = SOURCE_STEP_NETLINK;
			return err;
		}
	}
	return 0;
}

int source_open(struct source **out, const struct query *q, source_note_cb note_cb,
		void *note_data, enum source_step *step)
{
	struct source *s = calloc(1, sizeof(*s));
	int err;

	*step = SOURCE_STEP_NONE;
	*out = NULL;
	if (!s)
		return -ENOMEM;
	s->q = q;
	s->note = note_cb;
	s->note_data = note_data;
	err = open_parts(s, step);
	if (err < 0) {
		source_close(s);
		return err;
	}
	if (!plan_later(s))
		s->name = plan(s);
	if (s->missing_err) {
		err = s->missing_err;
		*step = SOURCE_STEP_MODULE;
		source_close(s);
		return err;
	}
	if ((err = check_some_source(s)) < 0) {
		*step = SOURCE_STEP_NO_SOURCE;
		source_close(s);
		return err;
	}
	*out = s;
	return 0;
}

void source_close(struct source *s)
{
	if (!s)
		return;
	nl_source_close(s->nl);
	free(s->bc);
	free(s);
}

const char *source_name(struct source *s)
{
	/* before any dump the probes tell; after one, what served its requests */
	if (!s->name && !s->dumped)
		s->name = plan(s);
	if (s->name)
		return s->name;
	return !s->fell_back ? "netlink" : s->fell_back == s->asked ? "proc" : "mixed";
}

/* 6.8 added the bind table walk that state bit 13 asks for. */
static bool kernel_lists_bound_inactive(void)
{
	struct utsname u;
	uint64_t major = 0, minor = 0;
	const char *dot;
	size_t n;

	if (uname(&u) < 0 || !(dot = strchr(u.release, '.')))
		return false;
	n = strspn(dot + 1, "0123456789");
	if (num_parse(u.release, (size_t)(dot - u.release), 10, 1000, &major) < 0 ||
	    num_parse(dot + 1, n, 10, 1000, &minor) < 0)
		return false;
	return major > 6 || (major == 6 && minor >= 8);
}

const uint32_t *source_answered_protos(const struct source *s)
{
	return &s->answered_protos;
}

/* Before the first dump (SRC_AUTO): whether sock_diag serves the TCP requests. */
static int probe_tcp(struct source *s, const struct proto_desc *d, unsigned int family,
		     void *arg)
{
	(void)arg;
	if (d->id == PROTO_TCP && nl_fallback_ok(nl_source_probe(s->nl, d->id, family)))
		s->proc_only |= req_bit(d->id, family);
	return 0;
}

bool source_sees_bound_inactive(struct source *s)
{
	if (!s->planned && !s->dumped && s->nl && !s->tcp_probed)
		each_request(s, probe_tcp, NULL);
	s->tcp_probed = true;
	return !(s->proc_only & (req_bit(PROTO_TCP, AF_INET) | req_bit(PROTO_TCP, AF_INET6))) &&
	       s->q->source != SRC_PROC && s->nl && kernel_lists_bound_inactive();
}

int source_dump(struct source *s, sock_rec_cb cb, void *data)
{
	struct dump_args a = { cb, data };
	int err;

	s->asked = s->answered = s->fell_back = 0;
	s->answered_protos = 0;
	s->malformed_told = 0;
	err = each_request(s, dump_one, &a);
	s->dumped = true;
	/* An empty answer only when a source answered: sock_diag refused and no
	 * /proc/net files (proc mounted subset=pid) is no answer at all. */
	if (err == 0 && s->asked && s->answered == 0)
		return -ENOMEDIUM;
	return err;
}

struct nl_source *source_swap_nl(struct source *s, struct nl_source *nl)
{
	struct nl_source *had = s->nl;

	s->nl = nl;
	return had;
}
