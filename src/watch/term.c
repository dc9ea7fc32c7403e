/* SPDX-License-Identifier: MIT */
/* term.c - terminal mode and signals of the loops over time. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "sockls/term.h"

volatile sig_atomic_t term_stop;
volatile sig_atomic_t term_resized;

static struct termios saved;
static int saved_in = -1, saved_out = -1;

static void on_stop(int sig)
{
	(void)sig;
	term_stop = 1;
}

static void on_winch(int sig)
{
	(void)sig;
	term_resized = 1;
}

int term_signals(void)
{
	struct sigaction sa;
	static const int stops[] = { SIGINT, SIGTERM, SIGHUP };

	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sa.sa_handler = on_stop;
	for (size_t i = 0; i < sizeof(stops) / sizeof(stops[0]); i++)
		if (sigaction(stops[i], &sa, NULL) < 0)
			return -errno;
	sa.sa_handler = on_winch;
	return sigaction(SIGWINCH, &sa, NULL) < 0 ? -errno : 0;
}

static void put(int fd, const char *s)
{
	size_t n = strlen(s);

	while (n) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

int term_open(int in_fd, int out_fd)
{
	struct termios raw;

	if (!isatty(in_fd) || !isatty(out_fd))
		return -ENOTTY;
	if (tcgetattr(in_fd, &saved) < 0)
		return -errno;
	raw = saved;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	raw.c_cc[VMIN] = 0;
	raw.c_cc[VTIME] = 0;
	if (tcsetattr(in_fd, TCSANOW, &raw) < 0)
		return -errno;
	saved_in = in_fd;
	saved_out = out_fd;
	/* alternate screen, cursor hidden, screen cleared */
	put(out_fd, "\x1b[?1049h\x1b[?25l\x1b[H\x1b[2J");
	return 0;
}

void term_close(void)
{
	if (saved_in < 0)
		return;
	put(saved_out, "\x1b[0m\x1b[?25h\x1b[?1049l");
	(void)tcsetattr(saved_in, TCSANOW, &saved);
	saved_in = saved_out = -1;
}

void term_size(int out_fd, unsigned int *rows, unsigned int *cols)
{
	struct winsize ws;

	*rows = 24;
	*cols = 80;
	if (ioctl(out_fd, TIOCGWINSZ, &ws) == 0 && ws.ws_row && ws.ws_col) {
		*rows = ws.ws_row;
		*cols = ws.ws_col;
	}
}

unsigned long long term_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000ULL + (unsigned long long)ts.tv_nsec / 1000000ULL;
}

double term_wall(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int term_wait_key(unsigned long long deadline, int key_fd)
{
	struct pollfd p = { .fd = key_fd, .events = POLLIN };

	while (!term_stop) {
		unsigned long long now = term_now_ms();
		unsigned char c;
		int r;
		if (now >= deadline || term_resized)
			return 0;
		r = poll(&p, key_fd >= 0, (int)(deadline - now));
		if (r > 0 && read(key_fd, &c, 1) == 1)
			return c ? c : ' ';
		if (r > 0)
			return 0; /* hang-up or error on the terminal */
	}
	return -1;
}

/* In the live view a message waits until the terminal is back. */
static char held[512];
static bool held_set;

void term_hold(const char *fmt, ...)
{
	va_list ap;

	if (held_set)
		return;
	va_start(ap, fmt);
	vsnprintf(held, sizeof(held), fmt, ap);
	va_end(ap);
	held_set = true;
}

const char *term_held(void)
{
	return held_set ? held : NULL;
}
