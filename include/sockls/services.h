/* services.h - port <-> service names (built-in IANA table plus an optional /etc/services overlay) and IANA port classes. */
#ifndef SOCKLS_SERVICES_H
#define SOCKLS_SERVICES_H

#include <stdint.h>

/* RFC 6335 section 6: 0-1023, 1024-49151, 49152-65535. */
enum svc_class {
	SVC_CLASS_WELL_KNOWN,
	SVC_CLASS_REGISTERED,
	SVC_CLASS_DYNAMIC,
};

/* Name shown for port/proto: the overlay's if it has one, else the built-in
 * one. proto is PROTO_TCP or PROTO_UDP (anything else: NULL); NULL when the
 * port has no name. O(1) for the built-in table, no file is read. */
const char *svc_name(unsigned int proto, uint16_t port);

/* Case-insensitive name or alias -> port. proto PROTO_MAX accepts tcp or udp
 * (tcp preferred). The overlay is searched first. 0, or -ENOENT. */
int svc_port(const char *name, unsigned int proto, uint16_t *port);

enum svc_class svc_port_class(uint16_t port);
/* "well-known", "registered", "dynamic"; "?" for an out-of-range value. */
const char *svc_class_name(enum svc_class c);

/* Load an /etc/services-format file ("name port/proto [aliases] [# comment]")
 * over the built-in table for the rest of the run; it replaces any previous
 * overlay. Entries for protocols other than tcp/udp are skipped; the first
 * entry for a port/proto wins, as with getservbyport(). Returns 0, -errno from
 * opening or reading, -ENOMEM, or -EINVAL with *bad_line (if non-NULL) set to
 * the 1-based number of the first malformed line. On error the previous
 * overlay stays in place. */
int svc_overlay_load(const char *path, unsigned int *bad_line);
void svc_overlay_free(void);

/* Calls cb for every overlay entry (primary names and aliases), then every
 * built-in one; names may repeat. A nonzero return from cb stops the walk and
 * is returned. */
int svc_foreach(int (*cb)(const char *name, uint16_t port, unsigned int proto, void *data),
		void *data);

#endif
