/* SPDX-License-Identifier: MIT */
/* closegen.c - closes TCP connections at a steady rate on loopback, for the
 * -E benchmark: each connection is connected, accepted and closed by both
 * ends (two closes, two destroy events), then the listener closes (one more).
 *
 *   closegen [-r CLOSES_PER_SECOND] [-d SECONDS] [-p PORT] [-R]
 *
 * -r 0 (the default) goes as fast as it can; -R closes the client with a
 * reset (no TIME_WAIT). Prints "closes N seconds T rate R" at the end. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

struct cg_opts {
	double rate, seconds;
	unsigned int port;
	int reset;
};

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int parse(int argc, char **argv, struct cg_opts *o)
{
	int c;

	*o = (struct cg_opts){ .rate = 0, .seconds = 5, .port = 7399 };
	while ((c = getopt(argc, argv, "r:d:p:R")) != -1) {
		switch (c) {
		case 'r': o->rate = atof(optarg); break;
		case 'd': o->seconds = atof(optarg); break;
		case 'p': o->port = (unsigned int)atoi(optarg); break;
		case 'R': o->reset = 1; break;
		default: return -1;
		}
	}
	return o->seconds > 0 && o->port > 0 && o->port < 65536 && o->rate >= 0 ? 0 : -1;
}

static int listener(struct sockaddr_in *sa)
{
	int one = 1, fd = socket(AF_INET, SOCK_STREAM, 0);

	if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0 ||
	    bind(fd, (struct sockaddr *)sa, sizeof(*sa)) < 0 || listen(fd, 4096) < 0)
		return -1;
	return fd;
}

/* One connection, closed by the client first, then by the server. */
static int one_conn(int l, const struct sockaddr_in *sa, int reset)
{
	struct linger lg = { .l_onoff = 1, .l_linger = 0 };
	int c = socket(AF_INET, SOCK_STREAM, 0), s;

	if (c < 0)
		return -1;
	if (connect(c, (const struct sockaddr *)sa, sizeof(*sa)) < 0 || (s = accept(l, NULL, NULL)) < 0) {
		close(c);
		return -1;
	}
	if (reset)
		(void)setsockopt(c, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
	close(c);
	close(s);
	return 0;
}

int main(int argc, char **argv)
{
	struct cg_opts o;
	struct sockaddr_in sa = { .sin_family = AF_INET };
	unsigned long conns = 0, failed = 0;
	double t0, t, end;
	int l;

	if (parse(argc, argv, &o) < 0) {
		fprintf(stderr, "usage: closegen [-r CLOSES_PER_SECOND] [-d SECONDS] [-p PORT] [-R]\n");
		return 2;
	}
	sa.sin_port = htons((uint16_t)o.port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if ((l = listener(&sa)) < 0) {
		fprintf(stderr, "closegen: listener: %s\n", strerror(errno));
		return 1;
	}
	t0 = now_s();
	end = t0 + o.seconds;
	while ((t = now_s()) < end) {
		/* pace in steps of 32 connections */
		if (o.rate > 0 && (double)conns * 2 > (t - t0) * o.rate) {
			struct timespec d = { 0, 200000 };
			nanosleep(&d, NULL);
			continue;
		}
		for (int i = 0; i < 32; i++) {
			if (one_conn(l, &sa, o.reset) < 0)
				failed++;
			else
				conns++;
		}
	}
	t = now_s() - t0;
	close(l);
	printf("closes %lu seconds %.3f rate %.0f failed %lu\n", conns * 2 + 1, t, (double)(conns * 2) / t,
	       failed);
	return failed ? 1 : 0;
}
