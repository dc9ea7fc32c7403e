/* SPDX-License-Identifier: MIT */
/* services.h - port <-> service names (built-in well-known and IANA tables plus an optional /etc/services overlay) and IANA port classes. */
#ifndef SOCKLS_SERVICES_H
#define SOCKLS_SERVICES_H

#include <stdint.h>

/* RFC 6335 section 6: 0-1023, 1024-49151, 49152-65535. */
enum svc_class {
	SVC_CLASS_WELL_KNOWN,
	SVC_CLASS_REGISTERED,
	SVC_CLASS_DYNAMIC,
};

/* The two built-in tables, generated at build time from data/ (IANA's
 * registry, snapshot 2024-04-30):
 *   SVC_BUILTIN_WELL_KNOWN  IANA's system ports (0-1023) plus the curated
 *                           registered ports of data/services-wellknown.tsv;
 *                           names what really runs on a port. The default.
 *   SVC_BUILTIN_IANA        IANA's full registry (data/services.tsv), obscure
 *                           registrations included (3000 hbci, 8080 http-alt). */
enum svc_builtin {
	SVC_BUILTIN_WELL_KNOWN,
	SVC_BUILTIN_IANA,
};

/* Name shown for port/proto: the overlay's if it has one, else the
 * well-known table's. proto is PROTO_TCP or PROTO_UDP (anything else: NULL);
 * NULL when the port has no name. O(1), no file is read. */
const char *svc_name(unsigned int proto, uint16_t port);

/* As svc_name(), with the built-in table b after the overlay
 * (--iana-services: SVC_BUILTIN_IANA). */
const char *svc_name_from(enum svc_builtin b, unsigned int proto, uint16_t port);

/* IANA's registered name for port/proto from the full registry alone (no
 * --services overlay, no well-known curation), or NULL. Where IANA lists
 * several names for a port the primary is the one data/services-overlay.tsv
 * picks (80 http, not www; 2049 nfs, not shilp; 43 whois for IANA's nicname).
 * For JSON's "iana_service". O(1). */
const char *svc_iana_name(unsigned int proto, uint16_t port);

/* Case-insensitive (ASCII) name or alias -> port. proto PROTO_MAX accepts tcp
 * or udp (tcp preferred). Searched in order: the overlay, the well-known
 * table, IANA's full registry; the first that knows the name answers.
 * 0, or -ENOENT. */
int svc_port(const char *name, unsigned int proto, uint16_t *port);

enum svc_class svc_port_class(uint16_t port);
/* "well-known", "registered", "dynamic"; "?" for an out-of-range value. */
const char *svc_class_name(enum svc_class c);

/* Load an /etc/services-format file ("name port/proto [aliases] [# comment]")
 * over the built-in tables for the rest of the run; it replaces any previous
 * overlay. Entries for protocols other than tcp/udp are skipped; the first
 * entry for a port/proto wins, as with getservbyport(). Returns 0, -errno from
 * opening or reading, -ENOMEM, or -EINVAL with *bad_line (if non-NULL) set to
 * the 1-based number of the first malformed line. On error the previous
 * overlay stays in place. */
#define SVC_FILE_MAX (16u << 20) /* bytes of a --services file */
int svc_overlay_load(const char *path, unsigned int *bad_line);
void svc_overlay_free(void);

typedef int (*svc_foreach_cb)(const char *name, uint16_t port, unsigned int proto, void *data);

/* Calls cb for every overlay entry (primary names and aliases), then every
 * name and alias of the WELL-KNOWN table (not IANA's full registry: that is
 * svc_foreach_iana); names may repeat. A nonzero return from cb stops the
 * walk and is returned. --list-services and the completions use this. */
int svc_foreach(svc_foreach_cb cb, void *data);

/* Calls cb for every name and alias of IANA's full registry (no overlay),
 * in the same way. */
int svc_foreach_iana(svc_foreach_cb cb, void *data);

#endif
