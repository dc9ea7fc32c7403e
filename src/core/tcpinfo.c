/* SPDX-License-Identifier: MIT */
/* tcpinfo.c - reads fields of a record's tcp_info bytes, never past what the kernel sent. */
#include <linux/tcp.h>
#include <stddef.h>
#include <string.h>

#include "sockls/tcpinfo.h"

/* Byte offsets of the head; byte 6 holds the two 4-bit window scales and byte
 * 7 bit 0 delivery_rate_app_limited (bitfields: no offsetof). */
enum { TI_CA_STATE = 1, TI_OPTIONS = 5, TI_WSCALE = 6, TI_FLAGS = 7 };

#define TCPINFO_ROW(id, field, k, t, kd) \
	[TIF_##id] = { .key = (k), .text = (t), \
		       .off = offsetof(struct tcp_info, field), /* NOLINT(bugprone-macro-parentheses) */ \
		       .size = sizeof(((struct tcp_info *)0)->field), /* NOLINT(bugprone-macro-parentheses) */ \
		       .kind = (kd) },
const struct tcpinfo_field tcpinfo_fields[TIF_N] = { TCPINFO_FIELDS(TCPINFO_ROW) };
#undef TCPINFO_ROW

size_t tcpinfo_len(const struct sock_rec *rec)
{
	if (!(rec->have & HAVE_TCP_INFO))
		return 0;
	return rec->tcp_info_len < SOCK_TCP_INFO_MAX ? rec->tcp_info_len : SOCK_TCP_INFO_MAX;
}

bool tcpinfo_get(const struct sock_rec *rec, size_t off, size_t size, void *v)
{
	if (off + size > tcpinfo_len(rec))
		return false;
	memcpy(v, rec->tcp_info + off, size);
	/* ~0U is the kernel's "no RTT sample yet", not 4294 seconds. */
	if (off == offsetof(struct tcp_info, tcpi_min_rtt) && size == 4 &&
	    *(const uint32_t *)v == UINT32_MAX)
		return false;
	return true;
}

void tcpinfo_head(const struct sock_rec *rec, struct tcpinfo_head *h)
{
	size_t len = tcpinfo_len(rec);
	const uint8_t *b = rec->tcp_info;

	memset(h, 0, sizeof(*h));
	h->have_ca_state = len > TI_CA_STATE;
	h->have_options = len > TI_OPTIONS;
	h->have_app_limited = len > TI_FLAGS;
	if (h->have_ca_state)
		h->ca_state = b[TI_CA_STATE];
	if (h->have_options)
		h->options = b[TI_OPTIONS];
	/* The kernel declares snd_wscale first: the low nibble on little-endian. */
	if (len > TI_WSCALE && (h->options & TCPI_OPT_WSCALE)) {
		h->have_wscale = true;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		h->snd_wscale = b[TI_WSCALE] & 0xf;
		h->rcv_wscale = b[TI_WSCALE] >> 4;
#else
		h->snd_wscale = b[TI_WSCALE] >> 4;
		h->rcv_wscale = b[TI_WSCALE] & 0xf;
#endif
	}
	if (h->have_app_limited)
		h->app_limited = b[TI_FLAGS] & 1;
}
