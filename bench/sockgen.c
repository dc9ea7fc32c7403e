/* SPDX-License-Identifier: MIT */
/* sockgen.c - fill the current (private) network namespace with loopback sockets for the benchmark. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#define SG_MAX_LISTENERS 64
#define SG_MAX_WORKERS 4096
#define SG_FD_RESERVE 64          /* stdio, listeners, pipes */
#define SG_ADDRS_PER_BLOCK 1000   /* source addresses per 127.B.0.0/16 block */
#define SG_PORT_BASE 10000        /* source ports start here: clear of the listeners */
#define SG_TW_REFRESH 55          /* seconds: TIME_WAIT lasts 60 s, make a new set before it ends */

struct sg_opts {
	unsigned long pairs, udp, timewait;
	unsigned int workers, listeners, port;
	const char *ready;
};

/* A worker's share: pair and UDP indexes [lo, hi), or the TIME_WAIT role. */
struct sg_share {
	unsigned long pair_lo, pair_hi, udp_lo, udp_hi;
	int timewait;
};

struct sg_worker {
	pid_t pid;
	int ready_fd;
	int ready;
};

static void sg_usage(void)
{
	fputs("usage: sockgen [-n pairs] [-u udp] [-w timewait] [-j workers] [-l listeners]\n"
	      "               [-p first-port] -r ready-file\n"
	      "Creates the sockets in the current network namespace, writes the ready file,\n"
	      "then sleeps until SIGTERM/SIGINT, which also ends its workers.\n", stderr);
	exit(2);
}

static unsigned long sg_num(const char *s)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || end == s || *end || s[0] == '-')
		sg_usage();
	return v;
}

static void sg_parse(int argc, char **argv, struct sg_opts *o)
{
	int c;

	memset(o, 0, sizeof(*o));
	o->workers = 4;
	o->listeners = 16;
	o->port = 5001;
	while ((c = getopt(argc, argv, "n:u:w:j:l:p:r:h")) != -1) {
		switch (c) {
		case 'n': o->pairs = sg_num(optarg); break;
		case 'u': o->udp = sg_num(optarg); break;
		case 'w': o->timewait = sg_num(optarg); break;
		case 'j': o->workers = (unsigned int)sg_num(optarg); break;
		case 'l': o->listeners = (unsigned int)sg_num(optarg); break;
		case 'p': o->port = (unsigned int)sg_num(optarg); break;
		case 'r': o->ready = optarg; break;
		default: sg_usage();
		}
	}
	if (!o->ready || optind != argc || o->listeners == 0 ||
	    o->listeners > SG_MAX_LISTENERS || o->port + o->listeners > SG_PORT_BASE)
		sg_usage();
	if (o->workers == 0)
		o->workers = 1;
}

/* As root the hard limit can go up to fs.nr_open; otherwise take the hard limit. */
static unsigned long sg_raise_nofile(void)
{
	struct rlimit rl = { 1u << 20, 1u << 20 };

	if (setrlimit(RLIMIT_NOFILE, &rl) == 0)
		return rl.rlim_cur;
	getrlimit(RLIMIT_NOFILE, &rl);
	rl.rlim_cur = rl.rlim_max;
	setrlimit(RLIMIT_NOFILE, &rl);
	getrlimit(RLIMIT_NOFILE, &rl);
	return rl.rlim_cur;
}

/* Index i of a family -> 127.B.x.y:port, B picking the family so sources never collide. */
static void sg_addr(struct sockaddr_in *sa, unsigned int block, unsigned long i)
{
	unsigned long q = i % SG_ADDRS_PER_BLOCK;

	memset(sa, 0, sizeof(*sa));
	sa->sin_family = AF_INET;
	sa->sin_port = htons((uint16_t)(SG_PORT_BASE + i / SG_ADDRS_PER_BLOCK));
	sa->sin_addr.s_addr = htonl((127u << 24) | (block << 16) |
				    ((unsigned int)(q / 250) << 8) | (unsigned int)(1 + q % 250));
}

static int sg_linger(int fd, int on)
{
	struct linger l = { on, 0 };

	return setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l));
}

static int sg_listen(const struct sg_opts *o, int *lfd)
{
	struct sockaddr_in sa;
	unsigned int i;
	int one = 1;

	for (i = 0; i < o->listeners; i++) {
		memset(&sa, 0, sizeof(sa));
		sa.sin_family = AF_INET;
		sa.sin_port = htons((uint16_t)(o->port + i));
		lfd[i] = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
		if (lfd[i] < 0 || setsockopt(lfd[i], SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0 ||
		    sg_linger(lfd[i], 1) < 0 ||
		    bind(lfd[i], (struct sockaddr *)&sa, sizeof(sa)) < 0 || listen(lfd[i], 65535) < 0) {
			fprintf(stderr, "sockgen: listener on port %u: %s\n", o->port + i, strerror(errno));
			return -1;
		}
	}
	return 0;
}

/* One established pair: both ends stay open. Each worker's blocking accept takes one
 * connection from the listener it just connected to, so the queue never grows. */
static int sg_pair(const struct sg_opts *o, const int *lfd, unsigned long k, unsigned int block,
		   int keep, int *cfd_out, int *sfd_out)
{
	struct sockaddr_in src, dst;
	unsigned int li = (unsigned int)(k % o->listeners);
	int c, s;

	sg_addr(&src, block, k);
	memset(&dst, 0, sizeof(dst));
	dst.sin_family = AF_INET;
	dst.sin_port = htons((uint16_t)(o->port + li));
	dst.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	c = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (c < 0)
		return -1;
	if ((keep && sg_linger(c, 1) < 0) || bind(c, (struct sockaddr *)&src, sizeof(src)) < 0 ||
	    connect(c, (struct sockaddr *)&dst, sizeof(dst)) < 0) {
		close(c);
		return -1;
	}
	s = accept4(lfd[li], NULL, NULL, SOCK_CLOEXEC);
	if (s < 0 || sg_linger(s, keep) < 0) {
		close(c);
		if (s >= 0)
			close(s);
		return -1;
	}
	*cfd_out = c;
	*sfd_out = s;
	return 0;
}

static int sg_udp(unsigned long u)
{
	struct sockaddr_in sa;
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);

	sg_addr(&sa, 3, u);
	if (fd < 0)
		return -1;
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		close(fd);
		return -1;
	}
	return 0;
}

/* The client closes first (active close), so the client side lands in TIME_WAIT once the
 * server's FIN arrives; the server closes without linger so it sends FIN, not RST. */
static int sg_timewait_set(const struct sg_opts *o, const int *lfd, unsigned int gen)
{
	unsigned long i;
	int c, s;

	for (i = 0; i < o->timewait; i++) {
		if (sg_pair(o, lfd, i, 4 + gen % 8, 0, &c, &s) < 0) {
			fprintf(stderr, "sockgen: timewait %lu: %s\n", i, strerror(errno));
			return -1;
		}
		close(c);
		close(s);
	}
	return 0;
}

static void sg_signal_ready(int fd)
{
	if (write(fd, "R", 1) != 1)
		_exit(1);
	close(fd);
}

static void sg_timewait_worker(const struct sg_opts *o, const int *lfd, int ready_fd)
{
	unsigned int gen = 0;

	for (;;) {
		if (sg_timewait_set(o, lfd, gen) < 0)
			_exit(1);
		if (gen++ == 0)
			sg_signal_ready(ready_fd);
		sleep(SG_TW_REFRESH);
	}
}

static void sg_worker(const struct sg_opts *o, const int *lfd, const struct sg_share *sh,
		      int ready_fd)
{
	unsigned long k;
	int c, s;

	if (sh->timewait)
		sg_timewait_worker(o, lfd, ready_fd);
	for (k = sh->pair_lo; k < sh->pair_hi; k++) {
		if (sg_pair(o, lfd, k, 1, 1, &c, &s) < 0) {
			fprintf(stderr, "sockgen: pair %lu: %s\n", k, strerror(errno));
			_exit(1);
		}
	}
	for (k = sh->udp_lo; k < sh->udp_hi; k++) {
		if (sg_udp(k) < 0) {
			fprintf(stderr, "sockgen: udp %lu: %s\n", k, strerror(errno));
			_exit(1);
		}
	}
	sg_signal_ready(ready_fd);
	for (;;)
		pause();
}

static pid_t sg_spawn(const struct sg_opts *o, const int *lfd, const struct sg_share *sh,
		      const sigset_t *oldmask, int sfd, pid_t parent, struct sg_worker *w)
{
	int p[2];
	pid_t pid;

	if (pipe2(p, O_CLOEXEC) < 0)
		return -1;
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		close(p[0]);
		close(sfd);
		sigprocmask(SIG_SETMASK, oldmask, NULL);
		prctl(PR_SET_PDEATHSIG, SIGTERM);
		if (getppid() != parent)
			_exit(1);
		sg_worker(o, lfd, sh, p[1]);
		_exit(0);
	}
	close(p[1]);
	w->pid = pid;
	w->ready_fd = p[0];
	w->ready = 0;
	return pid;
}

/* Split pairs and UDP sockets evenly; add workers until each fits in the fd limit. */
static unsigned int sg_plan(const struct sg_opts *o, unsigned long nofile, struct sg_share *sh)
{
	unsigned long budget = nofile > 2 * SG_FD_RESERVE ? nofile - SG_FD_RESERVE : SG_FD_RESERVE;
	unsigned long fds = 2 * o->pairs + o->udp;
	unsigned long n = (fds + budget - 1) / budget;
	unsigned long i;

	if (n < o->workers)
		n = o->workers;
	if (n > SG_MAX_WORKERS - 1)
		return 0;
	for (i = 0; i < n; i++) {
		memset(&sh[i], 0, sizeof(sh[i]));
		sh[i].pair_lo = o->pairs * i / n;
		sh[i].pair_hi = o->pairs * (i + 1) / n;
		sh[i].udp_lo = o->udp * i / n;
		sh[i].udp_hi = o->udp * (i + 1) / n;
	}
	if (o->timewait) {
		memset(&sh[n], 0, sizeof(sh[n]));
		sh[n].timewait = 1;
		n++;
	}
	return (unsigned int)n;
}

static void sg_stop(struct sg_worker *w, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (w[i].pid > 0)
			kill(w[i].pid, SIGTERM);
	for (i = 0; i < n; i++)
		if (w[i].pid > 0)
			waitpid(w[i].pid, NULL, 0);
}

static int sg_write_ready(const struct sg_opts *o, unsigned int nworkers)
{
	char tmp[4096];
	FILE *f;

	snprintf(tmp, sizeof(tmp), "%s.tmp", o->ready);
	f = fopen(tmp, "w");
	if (!f)
		return -1;
	fprintf(f, "pid=%ld\nsockets=%lu\npairs=%lu\nlisteners=%u\nudp=%lu\ntimewait=%lu\nworkers=%u\n",
		(long)getpid(), 2 * o->pairs + o->listeners + o->timewait, o->pairs, o->listeners,
		o->udp, o->timewait, nworkers);
	if (fclose(f) != 0)
		return -1;
	return rename(tmp, o->ready);
}

/* Wait for every worker's ready byte, a worker's death, or a stop signal. */
static int sg_wait_ready(struct sg_worker *w, unsigned int n, int sfd)
{
	static struct pollfd pfd[SG_MAX_WORKERS + 1];
	unsigned int i, left = n;
	char b;

	while (left) {
		pfd[0].fd = sfd;
		pfd[0].events = POLLIN;
		for (i = 0; i < n; i++) {
			pfd[i + 1].fd = w[i].ready ? -1 : w[i].ready_fd;
			pfd[i + 1].events = POLLIN;
		}
		if (poll(pfd, n + 1, -1) < 0 && errno != EINTR)
			return -1;
		if (pfd[0].revents)
			return -1;
		for (i = 0; i < n; i++) {
			if (w[i].ready || !pfd[i + 1].revents)
				continue;
			if (read(w[i].ready_fd, &b, 1) != 1)
				return -1;
			w[i].ready = 1;
			close(w[i].ready_fd);
			left--;
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	static struct sg_share share[SG_MAX_WORKERS];
	static struct sg_worker work[SG_MAX_WORKERS];
	struct signalfd_siginfo si;
	struct sg_opts o;
	int lfd[SG_MAX_LISTENERS];
	sigset_t mask, oldmask;
	unsigned int n, i;
	int sfd, rc = 1;

	sg_parse(argc, argv, &o);
	n = sg_plan(&o, sg_raise_nofile(), share);
	if (n == 0) {
		fputs("sockgen: too many workers needed for the fd limit\n", stderr);
		return 1;
	}
	if (sg_listen(&o, lfd) < 0)
		return 1;
	sigemptyset(&mask);
	sigaddset(&mask, SIGTERM);
	sigaddset(&mask, SIGINT);
	sigaddset(&mask, SIGHUP);
	sigaddset(&mask, SIGCHLD);
	sigprocmask(SIG_BLOCK, &mask, &oldmask);
	sfd = signalfd(-1, &mask, SFD_CLOEXEC);
	if (sfd < 0)
		return 1;
	for (i = 0; i < n; i++) {
		if (sg_spawn(&o, lfd, &share[i], &oldmask, sfd, getpid(), &work[i]) < 0) {
			perror("sockgen: fork");
			sg_stop(work, i);
			return 1;
		}
	}
	if (sg_wait_ready(work, n, sfd) < 0 || sg_write_ready(&o, n) < 0) {
		fputs("sockgen: a worker failed or a stop came before all sockets existed\n", stderr);
		sg_stop(work, n);
		return 1;
	}
	/* Sleep until told to stop; a worker that dies on its own is a failure. */
	while (read(sfd, &si, sizeof(si)) == (ssize_t)sizeof(si)) {
		if (si.ssi_signo != SIGCHLD) {
			rc = 0;
			break;
		}
		fputs("sockgen: a worker died\n", stderr);
		break;
	}
	sg_stop(work, n);
	unlink(o.ready);
	return rc;
}
