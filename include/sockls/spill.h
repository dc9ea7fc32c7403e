/* SPDX-License-Identifier: MIT */
/* spill.h - an unnamed temporary file for bytes that must wait (the table's
 * rows beyond its memory bound, until the column widths are known). */
#ifndef SOCKLS_SPILL_H
#define SOCKLS_SPILL_H

#include <stddef.h>

struct spill;

/* An unlinked file in $TMPDIR (or /tmp): nothing is left behind, whatever
 * happens. 0 or -errno. */
int spill_open(struct spill **out);
/* Appends len bytes. 0 or -errno (-ENOSPC on a full disk). */
int spill_write(struct spill *s, const void *buf, size_t len);
/* Ends writing; the next spill_read() starts at the first byte. 0 or -errno. */
int spill_rewind(struct spill *s);
/* Up to cap bytes into buf: the count, 0 at the end, or -errno. */
long spill_read(struct spill *s, void *buf, size_t cap);
void spill_close(struct spill *s);

/* Where the file goes: $TMPDIR, else /tmp. */
const char *spill_dir(void);

#endif
