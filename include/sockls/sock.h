/* SPDX-License-Identifier: MIT */
/* sock.h - the backend-neutral socket record every source fills and every writer reads. */
#ifndef SOCKLS_SOCK_H
#define SOCKLS_SOCK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum sock_proto {
	PROTO_TCP,
	PROTO_UDP,
	PROTO_RAW,
	PROTO_UNIX,
	PROTO_PACKET,  /* AF_PACKET: packet_diag, /proc/net/packet */
	PROTO_NETLINK, /* AF_NETLINK: netlink_diag, /proc/net/netlink */
	PROTO_MPTCP,   /* inet_diag with IPPROTO_MPTCP */
	PROTO_SCTP,    /* inet_diag with IPPROTO_SCTP */
	PROTO_VSOCK,   /* AF_VSOCK: vsock_diag */
#ifdef SOCKLS_FIXTURE_KIND
	PROTO_DUMMY,   /* tests/kind/: a kind of the fixture build only */
	PROTO_XDP,     /* tests/kind/: its sock_diag kind (xsk_diag) */
#endif
	PROTO_MAX
};

#define PROTO_BIT(p) (1u << (p))

/* Kernel TCP state numbers (include/net/tcp_states.h); UDP, RAW and UNIX
 * reuse them: ESTABLISHED for connected, CLOSE for unconnected. */
enum sock_state {
	ST_UNKNOWN = 0,
	ST_ESTABLISHED = 1,
	ST_SYN_SENT,
	ST_SYN_RECV,
	ST_FIN_WAIT1,
	ST_FIN_WAIT2,
	ST_TIME_WAIT,
	ST_CLOSE,
	ST_CLOSE_WAIT,
	ST_LAST_ACK,
	ST_LISTEN,
	ST_CLOSING,
	ST_NEW_SYN_RECV, /* kernel-internal request socket; shown as SYN_RECV */
	ST_BOUND_INACTIVE,
	ST_MAX
};

#define STATE_BIT(s) (1u << (s))
/* What ss calls "all": every state a dump can report (ss's SS_ALL), without
 * bound-inactive: asking for that bit makes kernels 6.8+ walk the whole bind
 * table too (+40% time at 100k sockets), and ss -a does not ask for it. */
#define STATES_ALL (((1u << ST_NEW_SYN_RECV) - 1) & ~1u)
/* Default listing: connected sockets as ss shows them (its SS_CONN: everything
 * but LISTEN, CLOSE, TIME_WAIT and SYN_RECV); a bind()-only socket is not connected. */
#define STATES_CONNECTED (STATES_ALL & ~(STATE_BIT(ST_LISTEN) | STATE_BIT(ST_CLOSE) | \
					 STATE_BIT(ST_TIME_WAIT) | STATE_BIT(ST_SYN_RECV) | \
					 STATE_BIT(ST_BOUND_INACTIVE)))
/* -l: LISTEN for TCP/UNIX stream, UNCONN (CLOSE) for datagram sockets. */
#define STATES_LISTENING (STATE_BIT(ST_LISTEN) | STATE_BIT(ST_CLOSE))

/* Bits of sock_rec.have: which optional facts the source supplied. A writer
 * prints "unknown"/null for a fact whose bit is clear, never a made-up 0. */
enum rec_have {
	HAVE_UID = 1u << 0,
	HAVE_INODE = 1u << 1,
	HAVE_COOKIE = 1u << 2,
	HAVE_TIMER = 1u << 3,
	HAVE_TCP_INFO = 1u << 4,
	HAVE_MEMINFO = 1u << 5,
	HAVE_V6ONLY = 1u << 6,
	HAVE_CONG = 1u << 7,
	HAVE_PEER_INODE = 1u << 8, /* UNIX: the source knows the peer (peer_inode 0: none) */
	HAVE_SOCKOPT = 1u << 9,   /* INET_DIAG_SOCKOPT (5.10+): sockopt bits below */
	HAVE_CGROUP = 1u << 10,    /* cgroup_id: INET_DIAG_CGROUP_ID (5.8+, full sockets) */
	HAVE_MPTCP_INFO = 1u << 11, /* MPTCP: tcp_info[] holds a struct mptcp_info */
	HAVE_RECV_Q = 1u << 12,
	HAVE_SEND_Q = 1u << 13,   /* /proc has no LISTEN backlog, no UNIX queues */
	HAVE_IFINDEX = 1u << 14,  /* inet: scope id / bound device known (/proc: no) */
};

/* Bits of sock_rec.sockopt. */
#define SOCKOPT_BIND_NO_PORT 0x01u /* IP_BIND_ADDRESS_NO_PORT */

/* Timer kinds, numbered as /proc/net/tcp's "tr" column and idiag_timer. */
enum sock_timer {
	TIMER_OFF = 0,
	TIMER_ON = 1,        /* retransmit */
	TIMER_KEEPALIVE = 2,
	TIMER_TIMEWAIT = 3,
	TIMER_PROBE = 4,     /* zero window probe */
	TIMER_DELACK = 5,    /* not reported by current kernels, kept for completeness */
};

struct sock_endpoint {
	uint8_t addr[16];  /* network order; IPv4 in the first 4 bytes */
	uint16_t port;     /* host order */
	uint32_t ifindex;  /* scope id / bound device, 0 if none */
	uint32_t id;       /* NETLINK: port id; VSOCK: port (32 bits; addr holds the
			    * CID as a host-order uint32_t); 0 for the other kinds */
};

#define SOCK_TCP_INFO_MAX 256
#define SOCK_MEMINFO_VARS 9
#define SOCK_CONG_MAX 16
#define SOCK_UNIX_PATH_MAX 108

struct sock_owner {
	int32_t pid;
	int32_t fd;
	char comm[16]; /* raw bytes from the kernel, NUL-terminated; escape before printing */
};

/* Plain data from the kernel or /proc, nothing else: sources fill it, the
 * filter and enrichment read it (const), writers read it through a row.
 * Everything before the payload is reset by sock_rec_reset(); a field added there is
 * zero unless a source sets it. */
struct sock_rec {
	uint8_t proto;   /* enum sock_proto */
	uint8_t family;  /* AF_INET, AF_INET6, AF_UNIX */
	uint8_t state;   /* enum sock_state */
	uint8_t timer;   /* enum sock_timer */
	uint8_t retrans;
	uint8_t v6only;
	uint8_t raw_protocol; /* RAW: IP protocol number */
	uint8_t unix_type;    /* UNIX, PACKET, VSOCK: SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, ... */
	uint16_t kind_proto;  /* PACKET: ethertype (host order); NETLINK: netlink protocol */
	uint8_t sockopt;      /* SOCKOPT_* bits, valid with HAVE_SOCKOPT */
	uint8_t assoc;        /* SCTP: 1 for an association, 0 for a socket (endpoint); an
			       * association shares its socket's inode and cookie */
	uint32_t have;   /* enum rec_have bits */
	struct sock_endpoint local, remote;
	uint32_t recv_q, send_q;
	uint32_t uid;
	uint32_t expires_ms;
	uint64_t inode;
	uint64_t peer_inode; /* UNIX */
	uint64_t cookie;
	uint64_t cgroup_id;  /* inode of the socket's cgroup2 directory */
	uint16_t tcp_info_len;   /* bytes of tcp_info the kernel sent (size differs by kernel) */
	uint16_t path_len;       /* UNIX: bytes in path; abstract names start with NUL */
	/* The payload, last: bulky facts valid only through a have-bit or a
	 * length above, so sock_rec_reset() leaves them alone (~400 bytes). */
	struct {
		uint32_t meminfo[SOCK_MEMINFO_VARS];
		char cong[SOCK_CONG_MAX];
		uint8_t tcp_info[SOCK_TCP_INFO_MAX];
		char path[SOCK_UNIX_PATH_MAX + 1];
	};
};

/* Clears every field but the payload (whose bytes count only through the
 * head's have-bits and lengths); cheaper than a memset of the whole record. */
void sock_rec_reset(struct sock_rec *rec);

/* Called once per record; the record is only valid during the call.
 * Return 0 to continue, a negative errno to stop the dump with that error. */
typedef int (*sock_rec_cb)(const struct sock_rec *rec, void *data);

/* Names as sockls prints them and --state accepts them. UDP/RAW/UNIX CLOSE prints as UNCONN. */
const char *sock_state_name(unsigned int proto, unsigned int state);
const char *sock_proto_name(unsigned int proto);
/* "inet", "inet6", "unix", "packet", "netlink", "vsock"; NULL for another. */
const char *sock_family_name(unsigned int family);
bool sock_is_v4mapped(const uint8_t addr[16]);
bool sock_addr_is_any(unsigned int family, const uint8_t addr[16]);
/* A TCP mini-socket: TIME_WAIT, or a SYN_RECV request (no inode). The kernel
 * keeps no owner, memory or tcp_info for them. */
bool sock_is_minisock(const struct sock_rec *rec);
/* An IPv6 wildcard with IPV6_V6ONLY off (TCP and UDP accept IPv4 too),
 * printed "*" as ss does (ss does so for raw sockets as well): 1 yes, 0 no, -1 unknown (an IPv6 wildcard whose V6ONLY the source
 * did not say, as from /proc). */
int sock_dual_stack(const struct sock_rec *rec);
/* An SCTP association state (SCTP_STATE_CLOSED ... SHUTDOWN_ACK_SENT, as
 * sctp_diag's idiag_state and /proc/net/sctp/assocs's ST give it) as the
 * nearest TCP state, which sockls shows (ss prints the SCTP name, "`- ESTAB");
 * ST_UNKNOWN beyond. */
uint8_t sock_sctp_state(uint8_t sctp_state);
/* An IPv6 link-local address: its scope id is part of it. */
bool sock_is_linklocal(unsigned int family, const uint8_t addr[16]);

#endif
