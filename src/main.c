/* main.c - sockls: argv -> options -> run -> exit status; owns say(), the one
 * printer of diagnostics (run.c speaks through it). */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "sockls/cli.h"
#include "sockls/run.h"

#ifndef SOCKLS_VERSION
#define SOCKLS_VERSION "unknown" /* the Makefile defines it */
#endif
#define EXIT_USAGE 2

__attribute__((format(printf, 1, 2)))
static void say(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("sockls: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int main(int argc, char **argv)
{
	static char outbuf[1 << 16];
	struct opts o;
	struct cli_error cerr;
	int ret;

	/* A reader that goes away (sockls | head -1) ends the run quietly, status 0. */
	signal(SIGPIPE, SIG_IGN);
	setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	ret = cli_parse(argc, argv, &o, &cerr);
	if (ret < 0) {
		say("%s", cerr.msg);
		fputs("Try 'sockls --help' for more information.\n", stderr);
		return EXIT_USAGE;
	}
	if (ret == CLI_HELP) {
		fputs(cli_usage, stdout);
		return fflush(stdout) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
	}
	if (ret == CLI_VERSION) {
		puts("sockls " SOCKLS_VERSION);
		return fflush(stdout) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
	}
	if (o.list_services)
		return run_list_services(&o, say);
	return run_listing(&o, say);
}
