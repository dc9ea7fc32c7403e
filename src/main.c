/* SPDX-License-Identifier: MIT */
/* main.c - sockls: argv -> options -> run -> exit status; owns say(), the one
 * printer of diagnostics (run.c speaks through it). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sockls/cli.h"
#include "sockls/esc.h"
#include "sockls/run.h"

#ifndef SOCKLS_VERSION
#define SOCKLS_VERSION "unknown" /* the Makefile defines it */
#endif
#define EXIT_USAGE 2
#define SAY_MAX 1024

/* One line on stderr. Messages quote argv words, file names and kernel text:
 * the whole line passes esc_term(), the one escaping choke point for stderr. */
__attribute__((format(printf, 1, 2)))
static void say(const char *fmt, ...)
{
	char raw[SAY_MAX], esc[ESC_TERM_SIZE(SAY_MAX)];
	va_list ap;
	int n;

	fflush(stdout);
	va_start(ap, fmt);
	n = vsnprintf(raw, sizeof(raw), fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	esc_term(raw, (size_t)n < sizeof(raw) ? (size_t)n : sizeof(raw) - 1, esc, sizeof(esc));
	fprintf(stderr, "sockls: %s\n", esc);
}

/* fds 0-2 closed at exec would be taken by the first files sockls opens (the
 * netlink socket as fd 1): hold them with /dev/null. Returns false when
 * stdout itself was closed, which is a write error. */
static bool hold_std_fds(void)
{
	bool out_ok = true;

	for (int fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) >= 0 || errno != EBADF)
			continue;
		if (fd == 1)
			out_ok = false;
		int n = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
		if (n >= 0 && n != fd)
			close(n);
	}
	return out_ok;
}

/* Writes text to stdout; a failed write is one line and status 1. */
static int print_text(const char *text)
{
	if (fputs(text, stdout) != EOF && fflush(stdout) == 0)
		return EXIT_SUCCESS;
	return run_write_failed(errno ? -errno : -EIO, say);
}

int main(int argc, char **argv)
{
	static char outbuf[1 << 16];
	struct opts o;
	struct cli_error cerr;
	int ret;

	if (!hold_std_fds()) {
		return run_write_failed(-EBADF, say);
	}
	/* A reader that goes away (sockls | head -1) ends the run quietly, status 0. */
	signal(SIGPIPE, SIG_IGN);
	setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	ret = cli_parse(argc, argv, &o, &cerr);
	if (ret < 0) {
		say("%s", cerr.msg);
		fputs("Try 'sockls --help' for more information.\n", stderr);
		return EXIT_USAGE;
	}
	if (ret == CLI_HELP)
		return print_text(cli_usage);
	if (ret == CLI_VERSION)
		return print_text("sockls " SOCKLS_VERSION "\n");
	/* what the mode writes, in the format asked: the writer table says whether it can */
	if ((ret = run_check_output(&o, say))) {
		fputs("Try 'sockls --help' for more information.\n", stderr);
		return ret;
	}
	if (o.list_services)
		return run_list_services(&o, say);
	if (o.doctor)
		return run_doctor(&o, say);
	if (o.watch_ms)
		return o.ephemeral ? run_eph_watch(&o, say) : run_watch(&o, say);
	if (o.events)
		return run_events(&o, say);
	if (o.kill)
		return run_kill(&o, say);
	if (o.count_by)
		return run_count(&o, say);
	return run_listing(&o, say);
}
