/* SPDX-License-Identifier: MIT */
/* cli_hint.h - naming what the user typed when cli.c refuses it, and the
 * sockls spelling of lsof habits. Pure; unit-tested through cli_parse. */
#ifndef SOCKLS_CLI_HINT_H
#define SOCKLS_CLI_HINT_H

#include <stdbool.h>
#include <stddef.h>

struct option;

/* The argv word holding the unknown short option bad ("-iTCP" for 'T'), or
 * NULL. shorts and longs are the tables given to getopt_long. */
const char *cli_bad_word(int argc, char *const *argv, int bad, const char *shorts,
			 const struct option *longs);

/* How many long options the "--name" of word is a prefix of (1 for an exact
 * name), their "--names" listed into buf: more than 1 is ambiguous. */
size_t cli_long_matches(const char *word, const struct option *longs, char *buf, size_t cap);

/* The sockls spelling of an lsof word into buf: "-iTCP" gives "-ta" (lsof
 * lists every state), "-i:22" and ":22" give "--port 22 -a", "-sTCP:LISTEN"
 * and "TCP:LISTEN" give "-t --state listen". False (buf "") when word is no
 * lsof habit. */
bool cli_lsof_hint(const char *word, char *buf, size_t cap);

#endif
