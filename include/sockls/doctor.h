/* SPDX-License-Identifier: MIT */
/* doctor.h - sockls --doctor: thresholds, the facts of two samples and the
 * findings the checks draw from them. The checks are pure (unit-tested):
 * they read numbers and write findings (src/doctor/); src/cmd/doctor.c
 * gathers the numbers and hands the report to the writer table. */
#ifndef SOCKLS_DOCTOR_H
#define SOCKLS_DOCTOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "sockls/ephemeral.h"
#include "sockls/kstat.h"
#include "sockls/sock.h"

enum doc_sev { DOC_INFO, DOC_WARNING, DOC_CRITICAL, DOC_SEV_MAX };
/* --fail-on none: no severity fails the run */
#define DOC_FAIL_NONE DOC_SEV_MAX

enum doc_subject { DOC_SUBJ_SOCKET, DOC_SUBJ_LISTENER, DOC_SUBJ_PROCESS, DOC_SUBJ_DESTINATION,
		   DOC_SUBJ_HOST, DOC_SUBJ_MAX };

enum doc_check { DOC_CHK_ACCEPT, DOC_CHK_SYN, DOC_CHK_CLOSE_WAIT, DOC_CHK_STALLED, DOC_CHK_DROPS,
		 DOC_CHK_HOST, DOC_CHK_EPHEMERAL, DOC_CHK_MAX };

/* --doctor-threshold NAME=VALUE; defaults in doctor_thresh.c and the man page. */
enum doc_thr {
	THR_ACCEPT_PCT,        /* accept queue at least this % of the backlog: warning */
	THR_SYN_PCT,           /* SYN queue at least this % of its limit: warning */
	THR_CLOSE_WAIT_WARN,   /* CLOSE_WAIT sockets held by one owner over the sample */
	THR_CLOSE_WAIT_CRIT,
	THR_RETRANS_WARN,      /* consecutive unanswered retransmissions (tcpi_retransmits) */
	THR_BACKOFF_CRIT,      /* exponential backoff of the retransmit timer */
	THR_SENDQ_GROWTH,      /* bytes Send-Q must grow (with nothing acknowledged) */
	THR_LIMITED_PCT,       /* % of busy time limited by rwnd or sndbuf */
	THR_LIMITED_MIN_MS,    /* busy time below this is too short to judge */
	THR_DROPS_WARN,        /* skmem drops grown during the sample */
	THR_DROPS_CRIT,
	THR_ORPHANS_PCT,       /* orphans against tcp_max_orphans */
	THR_TW_PCT,            /* TIME_WAIT against tcp_max_tw_buckets */
	THR_EPH_HEADROOM_PCT,  /* a destination with less headroom than this % */
	THR_PER_CHECK,         /* findings listed per check (not host/process); the rest summed */
	THR_MAX
};

struct doc_thresholds {
	double v[THR_MAX];
};

void doc_thresholds_default(struct doc_thresholds *t);
/* "NAME=VALUE": sets one. -EINVAL with msg a line naming what was typed. */
int doc_threshold_set(struct doc_thresholds *t, const char *arg, char *msg, size_t cap);
const char *doc_threshold_name(unsigned int i);
/* "info", "warning", "critical" (and "none" for --fail-on): the value, or -1. */
int doc_sev_parse(const char *s, bool allow_none);
const char *doc_sev_name(unsigned int sev);
const char *doc_check_name(unsigned int check);
const char *doc_subject_name(unsigned int subj);

/* One number of a finding's evidence; unknown prints as ?/null. */
struct doc_ev {
	const char *name;   /* the unit is in the name: _bytes, _ms, _pct, _pages */
	bool known, real;   /* real: d holds it, else u */
	uint64_t u;
	double d;
};

#define DOC_EV_MAX 8
#define DOC_WHAT_MAX 320

struct doc_finding {
	uint8_t check, sev, subject;
	uint16_t ns;                 /* index in the run's namespaces */
	char what[DOC_WHAT_MAX];     /* the subject: "127.0.0.1:8080", "10.0.0.1:443 from ..." */
	const char *title;           /* what is wrong, a few words */
	const char *advice;          /* one line on what to do */
	uint64_t inode;              /* socket or listener: its owners are looked up by it */
	uint32_t uid;
	bool have_uid, have_owner;
	struct sock_owner owner;     /* the first owner (CLOSE_WAIT: the process) */
	char cg[96];                 /* unit/container/pod label of the socket, "" unknown */
	struct doc_ev ev[DOC_EV_MAX];
	unsigned int n_ev;
};

/* Findings of a run, in order of arrival; sorted before output. */
struct doc_findings {
	struct doc_finding *v;
	size_t n, cap;
	size_t limit;                       /* per check (THR_PER_CHECK), for all subjects
					     * but host and process */
	size_t listed[DOC_CHK_MAX];         /* such findings kept per check */
	size_t more[DOC_CHK_MAX][DOC_SEV_MAX]; /* such findings beyond the limit */
};

void doc_findings_init(struct doc_findings *f, size_t limit);
void doc_findings_free(struct doc_findings *f);
/* A new finding (zeroed, check/sev/subject/ns set), or NULL: out of memory,
 * or a finding beyond the limit (then counted in more[][]). */
struct doc_finding *doc_add(struct doc_findings *f, unsigned int check, unsigned int sev,
			    unsigned int subject, unsigned int ns);
void doc_ev_u(struct doc_finding *x, const char *name, bool known, uint64_t v);
void doc_ev_d(struct doc_finding *x, const char *name, bool known, double v);
/* Adds the "N more" findings and sorts: severity, check, namespace, subject. */
void doc_findings_finish(struct doc_findings *f);
/* The worst severity found, or -1 when none. */
int doc_worst(const struct doc_findings *f);

/* What a namespace's kernel said, at the first (0) and second (1) sample. */
struct doc_ns_facts {
	unsigned int index;             /* its place in the run's namespaces */
	const char *tag;                /* --all-netns tag, NULL for the one namespace */
	char owner[96];                 /* the container or pod holding it, "" none */
	struct kstat k[2];
	bool have_k[2];
	/* sysctls, -1 unknown */
	int64_t somaxconn, syncookies, max_syn_backlog, max_tw_buckets, max_orphans;
	int64_t tcp_mem[3];             /* pages */
	/* sockstat at the second sample, -1 unknown */
	int64_t orphans, tw, mem_pages;
	bool host_global;               /* orphans and tcp_mem are host-wide: judged once */
	/* gauges for --prometheus, filled by the checks; -1 unknown */
	double accept_max_pct, syn_max_pct, eph_min_headroom_pct;
	uint64_t close_wait_held, stalled, socket_drops;
	unsigned int full_listeners, syn_full_listeners;
};

void doc_ns_facts_init(struct doc_ns_facts *ns);
/* The growth of a kstat counter (TcpExt/Tcp/Udp, field) between the samples:
 * true with *d set when both samples gave it. */
bool doc_delta(const struct doc_ns_facts *ns, const char *group, const char *field, uint64_t *d);

/* A TCP listener over both samples. */
struct doc_listener {
	uint16_t ns;
	uint8_t family;
	uint8_t addr[16];
	uint16_t port;
	uint64_t inode, cookie;
	uint32_t uid;
	bool have_uid;
	bool have_backlog;              /* Send-Q of a LISTEN socket: min(backlog, somaxconn) */
	uint32_t backlog;
	uint32_t recv_q_max;            /* accept queue, the larger of the two samples */
	uint32_t syn_recv_max;          /* SYN_RECV request sockets, the larger of the two */
	char cg[96];
};

/* The SYN queue limit the kernel applies (tcp_conn_request): the listener's
 * max_ack_backlog, and without syncookies also max_syn_backlog less a quarter.
 * 0 when the backlog is unknown. */
uint32_t doc_syn_limit(const struct doc_listener *l, const struct doc_ns_facts *ns);
/* Accept queue and SYN queue of one listener. Returns bits: 1 accept queue
 * full, 2 SYN queue at its limit. */
unsigned int doc_check_listener(const struct doc_listener *l, struct doc_ns_facts *ns,
				const struct doc_thresholds *t, struct doc_findings *out);
/* The namespace's listen and request-queue counters: ListenOverflows with no
 * full listener seen, TCPReqQFullDrop/DoCookies, UDP errors. full: listeners
 * found full in this namespace (doc_check_listener's bit 1), syn_full: bit 2. */
void doc_check_counters(struct doc_ns_facts *ns, unsigned int full, unsigned int syn_full,
			struct doc_findings *out);
/* Orphans, TIME_WAIT and TCP memory against their limits. */
void doc_check_host(struct doc_ns_facts *ns, const struct doc_thresholds *t,
		    struct doc_findings *out);

/* A socket's numbers at the first sample, by cookie. */
struct doc_prev {
	uint64_t cookie;
	uint32_t send_q;
	uint32_t drops;
	uint64_t bytes_acked;
	uint8_t state;
	bool have_drops, have_acked;
};

/* One TCP connection (cur, second sample) against its first sample (prev,
 * NULL when it was not kept): zero window, persist timer, retransmits,
 * Send-Q growth, rwnd/sndbuf limited. Returns true when a finding was made. */
bool doc_check_stalled(const struct sock_rec *cur, const struct doc_prev *prev,
		       const struct doc_thresholds *t, unsigned int ns, struct doc_findings *out);
/* A UDP/RAW socket whose skmem drops grew since prev. */
bool doc_check_drops(const struct sock_rec *cur, const struct doc_prev *prev,
		     const struct doc_thresholds *t, unsigned int ns, struct doc_findings *out);

/* A CLOSE_WAIT socket present in both samples. */
struct doc_cw {
	uint16_t ns;
	uint64_t inode;
	bool have_owner, have_uid, have_age;
	struct sock_owner owner;
	uint32_t uid;
	uint32_t age_ms;                /* tcpi_last_data_recv: since the peer's FIN */
	char cg[96];
};

/* Groups them per namespace and owner (pid; else uid) and makes findings.
 * Sorts v. Returns the number of sockets held past the threshold. */
size_t doc_check_close_wait(struct doc_cw *v, size_t n, const struct doc_thresholds *t,
			    struct doc_ns_facts *nss, struct doc_findings *out);

/* Destinations below the headroom threshold and listeners inside the range
 * that are not reserved, from the namespace's ephemeral report. */
int doc_check_ephemeral(const struct eph_report *rep, const struct doc_thresholds *t,
			unsigned int ns, struct doc_ns_facts *facts, struct doc_findings *out);

/* A check that could not run (or ran in part), and why. */
struct doc_note {
	uint8_t check;
	uint16_t ns;
	char why[160];
};

/* What the output needs besides the findings. */
struct doc_report {
	const struct doc_findings *f;
	const struct doc_ns_facts *ns;
	size_t n_ns;
	const struct doc_note *notes;
	size_t n_notes;
	unsigned int interval_ms;
	int fail_on;
	bool all_netns;
	bool ran[DOC_CHK_MAX];
};

/* The report is written by the writer table's WREC_DOCTOR entries
 * (src/output/doctor_out.c: text, JSON, and Prometheus through this, from
 * src/output/doctor_prom.c). 0 or -errno. */
int doc_print_prom(FILE *out, const struct doc_report *r);

#endif
