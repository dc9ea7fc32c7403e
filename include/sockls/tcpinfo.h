/* SPDX-License-Identifier: MIT */
/* tcpinfo.h - the one decoder of the kernel's struct tcp_info bytes, shared by
 * the table and JSON writers (the kernel's struct may be shorter or longer). */
#ifndef SOCKLS_TCPINFO_H
#define SOCKLS_TCPINFO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/sock.h"

/* The first eight bytes: state, ca_state, ..., options and the bitfields
 * (window scales, app_limited), each known only if the kernel sent it. */
struct tcpinfo_head {
	bool have_ca_state, have_options, have_wscale, have_app_limited;
	uint8_t ca_state;
	uint8_t options;                 /* TCPI_OPT_* */
	uint8_t snd_wscale, rcv_wscale;  /* only with have_wscale (TCPI_OPT_WSCALE set) */
	bool app_limited;
};

/* Bytes of tcp_info this record holds: 0 without HAVE_TCP_INFO. */
size_t tcpinfo_len(const struct sock_rec *rec);
/* Copies the size bytes at off into v; false when the kernel's struct ends before. */
bool tcpinfo_get(const struct sock_rec *rec, size_t off, size_t size, void *v);
void tcpinfo_head(const struct sock_rec *rec, struct tcpinfo_head *h);

/* How a field's number reads. */
enum tcpinfo_kind {
	TI_UINT,
	TI_US_AS_MS, /* kernel microseconds, shown as milliseconds like ss */
	TI_SSTHRESH, /* >= 0xffff is ss's "infinite" */
	TI_RATE,     /* ~0 means unlimited */
};

/* A listener has no peer: its path, RTT and window figures were never
 * measured (the kernel reports its zeroed fields), and its unacked and sacked
 * are its accept queue and backlog (Recv-Q and Send-Q). */
#define TI_CONN 0x80

/* The one list of the tcp_info fields sockls shows, in struct tcp_info
 * order: X(id, field, JSON key, ss's -i name, kind). A NULL key: not in the
 * JSON object; a NULL name: the text writer shows it its own way (rtt:a/b,
 * retrans:a/b, rates) or not at all. */
#define TCPINFO_FIELDS(X) \
	X(RETRANSMITS, tcpi_retransmits, "retransmits", NULL, TI_UINT) \
	X(PROBES, tcpi_probes, "probes", NULL, TI_UINT) \
	X(BACKOFF, tcpi_backoff, "backoff", NULL, TI_UINT) \
	X(RTO, tcpi_rto, "rto_ms", "rto", TI_US_AS_MS | TI_CONN) \
	X(ATO, tcpi_ato, "ato_ms", "ato", TI_US_AS_MS | TI_CONN) \
	X(SND_MSS, tcpi_snd_mss, "snd_mss", "mss", TI_UINT | TI_CONN) \
	X(RCV_MSS, tcpi_rcv_mss, "rcv_mss", "rcvmss", TI_UINT | TI_CONN) \
	X(UNACKED, tcpi_unacked, "unacked", "unacked", TI_UINT | TI_CONN) \
	X(SACKED, tcpi_sacked, "sacked", "sacked", TI_UINT | TI_CONN) \
	X(LOST, tcpi_lost, "lost", "lost", TI_UINT) \
	X(RETRANS, tcpi_retrans, "retrans", NULL, TI_UINT) \
	X(FACKETS, tcpi_fackets, NULL, "fackets", TI_UINT) \
	X(LAST_DATA_SENT, tcpi_last_data_sent, "last_data_sent_ms", "lastsnd", TI_UINT | TI_CONN) \
	X(LAST_DATA_RECV, tcpi_last_data_recv, "last_data_recv_ms", "lastrcv", TI_UINT | TI_CONN) \
	X(LAST_ACK_RECV, tcpi_last_ack_recv, "last_ack_recv_ms", "lastack", TI_UINT | TI_CONN) \
	X(PMTU, tcpi_pmtu, "pmtu", "pmtu", TI_UINT | TI_CONN) \
	X(RCV_SSTHRESH, tcpi_rcv_ssthresh, "rcv_ssthresh", "rcv_ssthresh", TI_UINT | TI_CONN) \
	X(RTT, tcpi_rtt, "rtt_ms", NULL, TI_US_AS_MS | TI_CONN) \
	X(RTTVAR, tcpi_rttvar, "rttvar_ms", NULL, TI_US_AS_MS | TI_CONN) \
	X(SND_SSTHRESH, tcpi_snd_ssthresh, "snd_ssthresh", NULL, TI_SSTHRESH | TI_CONN) \
	X(SND_CWND, tcpi_snd_cwnd, "snd_cwnd", "cwnd", TI_UINT) \
	X(ADVMSS, tcpi_advmss, "advmss", "advmss", TI_UINT | TI_CONN) \
	X(REORDERING, tcpi_reordering, "reordering", NULL, TI_UINT) \
	X(RCV_RTT, tcpi_rcv_rtt, "rcv_rtt_ms", "rcv_rtt", TI_US_AS_MS | TI_CONN) \
	X(RCV_SPACE, tcpi_rcv_space, "rcv_space", "rcv_space", TI_UINT | TI_CONN) \
	X(TOTAL_RETRANS, tcpi_total_retrans, "total_retrans", NULL, TI_UINT) \
	X(PACING_RATE, tcpi_pacing_rate, "pacing_rate", NULL, TI_RATE) \
	X(MAX_PACING_RATE, tcpi_max_pacing_rate, "max_pacing_rate", NULL, TI_RATE) \
	X(BYTES_ACKED, tcpi_bytes_acked, "bytes_acked", "bytes_acked", TI_UINT) \
	X(BYTES_RECEIVED, tcpi_bytes_received, "bytes_received", "bytes_received", TI_UINT) \
	X(SEGS_OUT, tcpi_segs_out, "segs_out", "segs_out", TI_UINT) \
	X(SEGS_IN, tcpi_segs_in, "segs_in", "segs_in", TI_UINT) \
	X(NOTSENT_BYTES, tcpi_notsent_bytes, "notsent_bytes", "notsent", TI_UINT) \
	X(MIN_RTT, tcpi_min_rtt, "min_rtt_ms", "minrtt", TI_US_AS_MS | TI_CONN) \
	X(DATA_SEGS_IN, tcpi_data_segs_in, "data_segs_in", "data_segs_in", TI_UINT) \
	X(DATA_SEGS_OUT, tcpi_data_segs_out, "data_segs_out", "data_segs_out", TI_UINT) \
	X(DELIVERY_RATE, tcpi_delivery_rate, "delivery_rate", NULL, TI_UINT | TI_CONN) \
	X(BUSY_TIME, tcpi_busy_time, "busy_ms", NULL, TI_US_AS_MS) \
	X(RWND_LIMITED, tcpi_rwnd_limited, "rwnd_limited_ms", NULL, TI_US_AS_MS) \
	X(SNDBUF_LIMITED, tcpi_sndbuf_limited, "sndbuf_limited_ms", NULL, TI_US_AS_MS) \
	X(DELIVERED, tcpi_delivered, "delivered", "delivered", TI_UINT) \
	X(DELIVERED_CE, tcpi_delivered_ce, "delivered_ce", "delivered_ce", TI_UINT) \
	X(BYTES_SENT, tcpi_bytes_sent, "bytes_sent", "bytes_sent", TI_UINT) \
	X(BYTES_RETRANS, tcpi_bytes_retrans, "bytes_retrans", "bytes_retrans", TI_UINT) \
	X(DSACK_DUPS, tcpi_dsack_dups, "dsack_dups", "dsack_dups", TI_UINT) \
	X(REORD_SEEN, tcpi_reord_seen, "reord_seen", "reord_seen", TI_UINT) \
	X(RCV_OOOPACK, tcpi_rcv_ooopack, "rcv_ooopack", "rcv_ooopack", TI_UINT) \
	X(SND_WND, tcpi_snd_wnd, "snd_wnd", "snd_wnd", TI_UINT | TI_CONN)

#define TCPINFO_ID(id, field, key, text, kind) TIF_##id,
enum tcpinfo_id { TCPINFO_FIELDS(TCPINFO_ID) TIF_N };
#undef TCPINFO_ID

struct tcpinfo_field {
	const char *key;   /* JSON, or NULL */
	const char *text;  /* ss's -i name, or NULL */
	uint16_t off;
	uint8_t size;
	uint8_t kind;      /* enum tcpinfo_kind, | TI_CONN */
};

/* Indexed by enum tcpinfo_id. */
extern const struct tcpinfo_field tcpinfo_fields[TIF_N];

/* tcpinfo_get() of a named field, with its size checked against v's. */
#define TCPINFO_FIELD(rec, f, v) \
	(sizeof(v) == sizeof(((struct tcp_info *)0)->f) && \
	 tcpinfo_get((rec), offsetof(struct tcp_info, f), sizeof(v), &(v)))

#endif
