/* SPDX-License-Identifier: MIT */
/* cli_hint.c - what a refused command line said: the whole argv word getopt
 * stopped in, and the sockls spelling of an lsof habit (-iTCP, -sTCP:LISTEN,
 * -i :22). Pure string work for cli.c; no printing. */
#include <ctype.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "sockls/cli_hint.h"

/* Does the long option named by word ("--name" or "--name=x", an unambiguous
 * prefix as getopt_long allows) take the next argv word as its argument? */
static bool long_takes_next(const char *word, const struct option *longs)
{
	size_t len = strcspn(word + 2, "=");
	const struct option *hit = NULL;

	if (word[2 + len] == '=')
		return false;
	for (const struct option *lo = longs; lo->name; lo++) {
		if (strncmp(lo->name, word + 2, len) != 0)
			continue;
		if (strlen(lo->name) == len)
			return lo->has_arg == required_argument;
		hit = hit ? NULL : lo;
	}
	return hit && hit->has_arg == required_argument;
}

size_t cli_long_matches(const char *word, const struct option *longs, char *buf, size_t cap)
{
	size_t len = strcspn(word + 2, "="), n = 0, used = 0;

	if (cap)
		buf[0] = '\0';
	for (const struct option *lo = longs; lo->name; lo++) {
		if (strncmp(lo->name, word + 2, len) != 0)
			continue;
		if (strlen(lo->name) == len)
			return 1; /* exact: not ambiguous */
		n++;
		if (used < cap) {
			int w = snprintf(buf + used, cap - used, "%s--%s", used ? ", " : "", lo->name);
			used += w > 0 ? (size_t)w : 0;
		}
	}
	return n;
}

/* glibc does not say which word an unknown short option came from (in
 * "-iTCP" optind may or may not have moved on), so walk argv as it does:
 * option words keep their order when getopt permutes. */
const char *cli_bad_word(int argc, char *const *argv, int bad, const char *shorts,
			 const struct option *longs)
{
	for (int i = 1; i < argc; i++) {
		const char *w = argv[i];
		if (!w || strcmp(w, "--") == 0)
			return NULL;
		if (w[0] != '-' || w[1] == '\0')
			continue;
		if (w[1] == '-') {
			i += long_takes_next(w, longs);
			continue;
		}
		for (const char *c = w + 1; *c; c++) {
			const char *o = *c == ':' ? NULL : strchr(shorts, *c);
			if (!o)
				return *c == bad ? w : NULL;
			if (o[1] == ':') {
				i += c[1] == '\0';
				break;
			}
		}
	}
	return NULL;
}

/* lsof's "TCP"/"UDP" at s: the sockls letter, and the length matched. */
static size_t lsof_proto(const char *s, const char **letter)
{
	if (strncasecmp(s, "tcp", 3) == 0 || strncasecmp(s, "udp", 3) == 0) {
		*letter = tolower((unsigned char)s[0]) == 't' ? "-t" : "-u";
		return 3;
	}
	return 0;
}

static void append(char *buf, size_t cap, const char *a, const char *b)
{
	size_t n = strlen(buf);

	snprintf(buf + n, cap - n, "%s%s%s", n ? " " : "", a, b);
}

/* A state as lsof spells it (LISTEN, ESTABLISHED, CLOSE_WAIT): all capitals. */
static bool is_state_word(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!isupper((unsigned char)*s) && *s != '_')
			return false;
	return true;
}

/* lsof -i lists sockets in every state: without a state the sockls spelling
 * needs -a (ss, and so sockls, show connected sockets only by default):
 * "-t" becomes "-ta", else "-a" is added. */
static void add_all(char *buf, size_t cap)
{
	char *p = strstr(buf, "-t");

	if (!p)
		p = strstr(buf, "-u");
	if (p && (p[2] == ' ' || p[2] == '\0') && strlen(buf) + 2 <= cap) {
		memmove(p + 3, p + 2, strlen(p + 2) + 1);
		p[2] = 'a';
		return;
	}
	append(buf, cap, "-a", "");
}

/* "[TCP|UDP][:PORT|:STATE]" after lsof's -i or -s: the sockls spelling. */
static bool lsof_spec(const char *s, bool state, char *buf, size_t cap)
{
	const char *letter = NULL;
	char low[32];
	size_t i;
	bool with_state = state;

	s += lsof_proto(s, &letter);
	if (letter)
		append(buf, cap, letter, "");
	if (*s == ':' && s[1]) {
		if (!(state || is_state_word(s + 1)))
			append(buf, cap, "--port ", s + 1);
		else {
			for (i = 0; s[1 + i] && i + 1 < sizeof(low); i++)
				low[i] = (char)tolower((unsigned char)s[1 + i]);
			low[i] = '\0';
			append(buf, cap, "--state ", low);
			with_state = true;
		}
		s += strlen(s);
	}
	if (*s != '\0' || !buf[0])
		return false;
	if (!with_state)
		add_all(buf, cap);
	return true;
}

bool cli_lsof_hint(const char *word, char *buf, size_t cap)
{
	buf[0] = '\0';
	if (!word || cap == 0)
		return false;
	if (strncmp(word, "-s", 2) == 0 && lsof_proto(word + 2, &(const char *){ NULL }))
		return lsof_spec(word + 2, true, buf, cap);
	if (strncmp(word, "-i", 2) == 0) {
		word += 2;
		if (*word == '4' || *word == '6') {
			append(buf, cap, *word == '4' ? "-4" : "-6", "");
			word++;
		}
		if (*word == '@')
			return false; /* a host: no one sockls spelling for "either end" */
		return lsof_spec(word, false, buf, cap);
	}
	/* A bare word the filter grammar has no use for: ":22", "TCP:LISTEN". */
	if (word[0] == ':' || lsof_proto(word, &(const char *){ NULL }) == 3) {
		if (word[0] != ':' && word[3] != '\0' && word[3] != ':')
			return false;
		return lsof_spec(word, false, buf, cap);
	}
	return false;
}
