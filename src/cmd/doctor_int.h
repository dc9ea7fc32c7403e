/* SPDX-License-Identifier: MIT */
/* doctor_int.h - the state of one --doctor run, shared by src/cmd/doctor*.c. */
#ifndef SOCKLS_DOCTOR_INT_H
#define SOCKLS_DOCTOR_INT_H

#include "sockls/cli.h"
#include "sockls/doctor.h"
#include "sockls/htab.h"
#include "sockls/run.h"

/* The first sample's sockets, indexed by cookie. */
struct doc_prev_tab {
	struct doc_prev *v;
	size_t n, cap;
	struct htab idx;            /* by cookie, of v */
	bool full;                  /* sockets past the bound were not kept */
};

int doc_prev_put(struct doc_prev_tab *t, const struct doc_prev *p);
const struct doc_prev *doc_prev_get(const struct doc_prev_tab *t, uint64_t cookie);
void doc_prev_free(struct doc_prev_tab *t);

/* SYN_RECV request sockets of one local address and port, per sample. */
struct doc_synq {
	uint16_t ns;
	uint8_t family;
	uint8_t addr[16];
	uint16_t port;
	uint32_t count[2];
};

#define DOC_NOTES_MAX 48
#define DOC_NS_MAX 4096

struct doc_run {
	const struct opts *o;
	run_say_fn say;
	struct doc_thresholds t;
	unsigned int sample;        /* 0 or 1 */
	unsigned int cur;           /* the namespace whose rows come now */
	struct doc_ns_facts *ns;
	size_t n_ns;
	struct doc_prev_tab prev;
	struct doc_listener *ls;
	size_t n_ls, cap_ls;
	struct doc_synq *sq;
	size_t n_sq, cap_sq;
	struct doc_cw *cw;
	size_t n_cw, cap_cw;
	struct eph_report *eph;     /* the current namespace's, second sample */
	struct doc_findings f;
	struct doc_note notes[DOC_NOTES_MAX];
	size_t n_notes;
	unsigned long rows[2];
	unsigned long tcp_conns, tcp_info, dgrams, dgram_mem, no_backlog, no_cookie;
	bool nomem;
};

__attribute__((format(printf, 4, 5)))
void doc_note(struct doc_run *d, unsigned int check, unsigned int ns, const char *fmt, ...);
void doc_read_settings(const char *root, struct doc_ns_facts *ns);
void doc_read_sockstat(const char *root, struct doc_ns_facts *ns);
void doc_note_counters(struct doc_run *d, const struct doc_ns_facts *ns);
void doc_note_settings(struct doc_run *d, const struct doc_ns_facts *ns);
/* doctor_rows.c: one row of a sample; the end of a namespace's rows */
int doc_row(const struct sock_row *row, void *data);
int doc_netns(const struct writer_ns *ns, void *data);
int doc_end_netns(struct doc_run *d);

#endif
