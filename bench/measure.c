/* SPDX-License-Identifier: MIT */
/* measure.c - run one command with stdout to /dev/null and report its wall, CPU and peak RSS. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct measure_opts {
	double timeout;        /* seconds; 0 = none */
	const char *err_path;  /* child's stderr; NULL = inherited */
	char **argv;
};

static volatile sig_atomic_t measure_alarm;

static void measure_on_alarm(int sig)
{
	(void)sig;
	measure_alarm = 1;
}

static void measure_usage(void)
{
	fputs("usage: measure [-t seconds] [-e stderr-file] -- command [args...]\n"
	      "prints: wall=S user=S sys=S maxrss_kb=K status=N|timeout|signal:N\n",
	      stderr);
	exit(2);
}

static void measure_parse(int argc, char **argv, struct measure_opts *o)
{
	int c;

	memset(o, 0, sizeof(*o));
	while ((c = getopt(argc, argv, "+t:e:h")) != -1) {
		switch (c) {
		case 't':
			o->timeout = strtod(optarg, NULL);
			break;
		case 'e':
			o->err_path = optarg;
			break;
		default:
			measure_usage();
		}
	}
	if (optind >= argc)
		measure_usage();
	o->argv = argv + optind;
}

static double measure_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* In the child: stdout to /dev/null (output cost is the tool's, terminal cost is not). */
static void measure_exec(const struct measure_opts *o)
{
	int fd = open("/dev/null", O_WRONLY);

	if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0)
		_exit(126);
	if (o->err_path) {
		int efd = open(o->err_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		if (efd < 0 || dup2(efd, STDERR_FILENO) < 0)
			_exit(126);
	}
	execvp(o->argv[0], o->argv);
	fprintf(stderr, "measure: %s: %s\n", o->argv[0], strerror(errno));
	_exit(127);
}

static void measure_arm(double timeout)
{
	struct sigaction sa;
	struct itimerval it;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = measure_on_alarm;   /* no SA_RESTART: wait4 must return EINTR */
	sigaction(SIGALRM, &sa, NULL);
	memset(&it, 0, sizeof(it));
	it.it_value.tv_sec = (time_t)timeout;
	it.it_value.tv_usec = (suseconds_t)((timeout - (double)(time_t)timeout) * 1e6);
	setitimer(ITIMER_REAL, &it, NULL);
}

static double measure_tv(const struct timeval *tv)
{
	return (double)tv->tv_sec + (double)tv->tv_usec / 1e6;
}

int main(int argc, char **argv)
{
	struct measure_opts o;
	struct rusage ru;
	int status = 0, timed_out = 0;
	double t0, t1;
	pid_t pid, r;

	measure_parse(argc, argv, &o);
	t0 = measure_now();
	pid = fork();
	if (pid < 0) {
		perror("measure: fork");
		return 1;
	}
	if (pid == 0)
		measure_exec(&o);
	if (o.timeout > 0)
		measure_arm(o.timeout);
	for (;;) {
		r = wait4(pid, &status, 0, &ru);
		if (r == pid)
			break;
		if (r < 0 && errno == EINTR && measure_alarm && !timed_out) {
			timed_out = 1;
			kill(pid, SIGKILL);
			continue;
		}
		if (r < 0 && errno != EINTR) {
			perror("measure: wait4");
			return 1;
		}
	}
	t1 = measure_now();
	printf("wall=%.6f user=%.6f sys=%.6f maxrss_kb=%ld status=", t1 - t0,
	       measure_tv(&ru.ru_utime), measure_tv(&ru.ru_stime), ru.ru_maxrss);
	if (timed_out)
		printf("timeout\n");
	else if (WIFSIGNALED(status))
		printf("signal:%d\n", WTERMSIG(status));
	else
		printf("%d\n", WEXITSTATUS(status));
	return 0;
}
