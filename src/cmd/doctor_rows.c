/* SPDX-License-Identifier: MIT */
/* doctor_rows.c - the rows of --doctor's two samples: the first is kept (by
 * cookie, only what a check compares), the second is judged as it streams. */
#include <errno.h>
#include <linux/sock_diag.h>
#include <linux/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/cgroup.h"
#include "sockls/tcpinfo.h"
#include "sockls/writer.h"

#include "doctor_int.h"

#define LISTENERS_MAX (1u << 16)
#define SYNQ_MAX 4096u
#define CW_MAX (1u << 20)

/* Grows *v (of *cap elements of size sz) to hold one more, up to max. */
static void *grow(void *pv, size_t *cap, size_t n, size_t sz, size_t max)
{
	void **v = pv;
	size_t c = *cap ? *cap * 2 : 64;
	void *nv;

	if (n < *cap)
		return *v;
	if (n >= max)
		return NULL;
	if (!(nv = realloc(*v, c * sz)))
		return NULL;
	*v = nv;
	*cap = c;
	return nv;
}

static void count_synq(struct doc_run *d, const struct sock_rec *rec)
{
	struct doc_synq *q;

	for (size_t i = 0; i < d->n_sq; i++) {
		q = &d->sq[i];
		if (q->ns == d->cur && q->port == rec->local.port && q->family == rec->family &&
		    !memcmp(q->addr, rec->local.addr, 16)) {
			q->count[d->sample]++;
			return;
		}
	}
	if (!grow(&d->sq, &d->cap_sq, d->n_sq, sizeof(*d->sq), SYNQ_MAX))
		return;
	q = &d->sq[d->n_sq++];
	memset(q, 0, sizeof(*q));
	q->ns = (uint16_t)d->cur;
	q->family = rec->family;
	memcpy(q->addr, rec->local.addr, 16);
	q->port = rec->local.port;
	q->count[d->sample] = 1;
}

static int keep_first(struct doc_run *d, const struct sock_rec *rec)
{
	struct doc_prev p = { .cookie = rec->cookie, .state = rec->state };
	bool keep = false;

	if (rec->proto == PROTO_TCP && rec->state == ST_LISTEN) {
		p.send_q = rec->recv_q;   /* a listener's accept queue */
		keep = (rec->have & HAVE_RECV_Q) != 0;
	} else if (rec->proto == PROTO_TCP) {
		p.send_q = rec->send_q;
		p.have_acked = TCPINFO_FIELD(rec, tcpi_bytes_acked, p.bytes_acked);
		keep = rec->state == ST_CLOSE_WAIT || ((rec->have & HAVE_SEND_Q) && rec->send_q);
	} else if (rec->have & HAVE_MEMINFO) {
		p.drops = rec->meminfo[SK_MEMINFO_DROPS];
		p.have_drops = keep = true;
	}
	return keep ? doc_prev_put(&d->prev, &p) : 0;
}

static const char *row_cg(const struct sock_row *row, char *buf, size_t cap)
{
	const char *l = row->cg_label ? row->cg_label : cg_label(row->cgroup, buf, cap);

	return l ? l : "";
}

static void add_listener(struct doc_run *d, const struct sock_row *row, const struct doc_prev *p)
{
	const struct sock_rec *rec = row->rec;
	struct doc_listener *l;
	char buf[96];

	if (!(rec->have & HAVE_SEND_Q)) {
		d->no_backlog++;
		return;
	}
	if (!grow(&d->ls, &d->cap_ls, d->n_ls, sizeof(*d->ls), LISTENERS_MAX))
		return;
	l = &d->ls[d->n_ls++];
	memset(l, 0, sizeof(*l));
	l->ns = (uint16_t)d->cur;
	l->family = rec->family;
	memcpy(l->addr, rec->local.addr, 16);
	l->port = rec->local.port;
	l->inode = rec->inode;
	l->cookie = rec->cookie;
	l->uid = rec->uid;
	l->have_uid = (rec->have & HAVE_UID) != 0;
	l->have_backlog = true;
	l->backlog = rec->send_q;
	l->recv_q_max = rec->recv_q;
	if (p && p->state == ST_LISTEN && p->send_q > l->recv_q_max)
		l->recv_q_max = p->send_q;
	snprintf(l->cg, sizeof(l->cg), "%s", row_cg(row, buf, sizeof(buf)));
}

static void add_close_wait(struct doc_run *d, const struct sock_row *row)
{
	const struct sock_rec *rec = row->rec;
	struct doc_cw *c;
	char buf[96];
	uint32_t age;

	if (!grow(&d->cw, &d->cap_cw, d->n_cw, sizeof(*d->cw), CW_MAX))
		return;
	c = &d->cw[d->n_cw++];
	memset(c, 0, sizeof(*c));
	c->ns = (uint16_t)d->cur;
	c->inode = rec->inode;
	c->uid = rec->uid;
	c->have_uid = (rec->have & HAVE_UID) != 0;
	if ((c->have_age = TCPINFO_FIELD(rec, tcpi_last_data_recv, age)))
		c->age_ms = age;
	snprintf(c->cg, sizeof(c->cg), "%s", row_cg(row, buf, sizeof(buf)));
}

/* The socket finding just made gets the row's cgroup label. */
static void label_last(struct doc_run *d, size_t before, const struct sock_row *row)
{
	char buf[96];

	if (d->f.n > before)
		snprintf(d->f.v[d->f.n - 1].cg, sizeof(d->f.v[0].cg), "%s",
			 row_cg(row, buf, sizeof(buf)));
}

static void judge(struct doc_run *d, const struct sock_row *row)
{
	const struct sock_rec *rec = row->rec;
	const struct doc_prev *p = doc_prev_get(&d->prev, rec->cookie);
	size_t before = d->f.n;

	if (rec->proto == PROTO_TCP && rec->state == ST_LISTEN) {
		add_listener(d, row, p);
		return;
	}
	if (rec->proto == PROTO_TCP && !sock_is_minisock(rec)) {
		d->tcp_conns++;
		d->tcp_info += (rec->have & HAVE_TCP_INFO) != 0;
		if (rec->state == ST_CLOSE_WAIT && p && p->state == ST_CLOSE_WAIT)
			add_close_wait(d, row);
		if (doc_check_stalled(rec, p, &d->t, d->cur, &d->f))
			d->ns[d->cur].stalled++;
	} else if (rec->proto == PROTO_UDP || rec->proto == PROTO_RAW) {
		d->dgrams++;
		d->dgram_mem += (rec->have & HAVE_MEMINFO) != 0;
		if (doc_check_drops(rec, p, &d->t, d->cur, &d->f))
			d->ns[d->cur].socket_drops += rec->meminfo[SK_MEMINFO_DROPS] - p->drops;
	}
	label_last(d, before, row);
}

int doc_row(const struct sock_row *row, void *data)
{
	struct doc_run *d = data;
	const struct sock_rec *rec = row->rec;

	d->rows[d->sample]++;
	if (!(rec->have & HAVE_COOKIE))
		d->no_cookie++;
	if (rec->proto == PROTO_TCP && (rec->state == ST_SYN_RECV || rec->state == ST_NEW_SYN_RECV))
		count_synq(d, rec);
	if (d->sample == 0)
		return keep_first(d, rec) < 0 ? -ENOMEM : 0;
	if (d->eph && eph_report_add(d->eph, rec) < 0)
		d->nomem = true;
	judge(d, row);
	return 0;
}

static int find_ns(struct doc_run *d, const char *tag)
{
	struct doc_ns_facts *v;

	for (size_t i = 0; i < d->n_ns; i++)
		if ((!tag && !d->ns[i].tag) || (tag && d->ns[i].tag && !strcmp(tag, d->ns[i].tag)))
			return (int)i;
	if (d->n_ns >= DOC_NS_MAX || !(v = realloc(d->ns, (d->n_ns + 1) * sizeof(*v))))
		return -ENOMEM;
	d->ns = v;
	doc_ns_facts_init(&v[d->n_ns]);
	v[d->n_ns].index = (unsigned int)d->n_ns;
	v[d->n_ns].host_global = d->n_ns == 0;
	if (tag && !(v[d->n_ns].tag = strdup(tag)))
		return -ENOMEM;
	return (int)d->n_ns++;
}

int doc_end_netns(struct doc_run *d)
{
	int err = 0;

	if (d->eph)
		err = doc_check_ephemeral(d->eph, &d->t, d->cur, &d->ns[d->cur], &d->f);
	eph_report_free(d->eph);
	d->eph = NULL;
	return err;
}

int doc_netns(const struct writer_ns *w, void *data)
{
	struct doc_run *d = data;
	struct doc_ns_facts *ns;
	char buf[96];
	int i, err;

	if (d->sample == 1 && (err = doc_end_netns(d)) < 0)
		return err;
	if ((i = find_ns(d, w->tag)) < 0)
		return i;
	d->cur = (unsigned int)i;
	ns = &d->ns[i];
	if (w->owner && cg_label(w->owner, buf, sizeof(buf)))
		snprintf(ns->owner, sizeof(ns->owner), "%s", buf);
	ns->have_k[d->sample] = kstat_read(d->o->proc_root, &ns->k[d->sample]) == 0;
	if (d->sample == 0)
		return 0;
	doc_read_settings(d->o->proc_root, ns);
	doc_read_sockstat(d->o->proc_root, ns);
	if (w->eph && !(d->eph = eph_report_new(w->eph)))
		return -ENOMEM;
	if (d->eph) {
		eph_report_set_listed(d->eph, d->o->protos & (PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP)));
		if (w->set)
			eph_report_set_settings(d->eph, w->set);
	} else {
		doc_note(d, DOC_CHK_EPHEMERAL, ns->index, "the ephemeral port range is unknown");
	}
	return 0;
}
