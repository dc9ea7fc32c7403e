/* run.h - one listing run: options -> query -> source -> filter -> enrich -> writer. */
#ifndef SOCKLS_RUN_H
#define SOCKLS_RUN_H

#include "sockls/cli.h"

/* How the run speaks: main's diagnostic printer (one line, "sockls: " added).
 * Every word a run says goes through it; run.c never prints itself. */
typedef void (*run_say_fn)(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Lists sockets as o asks. Returns the exit status: 0, 1 (runtime) or 2 (usage). */
int run_listing(const struct opts *o, run_say_fn say);

/* --list-services: every name the built-in table and the overlay know. */
int run_list_services(const struct opts *o, run_say_fn say);

#endif
