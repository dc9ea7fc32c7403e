/* SPDX-License-Identifier: MIT */
/* term.c - terminal mode and signals of the loops over time. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
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
static volatile sig_atomic_t saved_in = -1, saved_out = -1;

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
	static const int stops[] = { SIGINT, SIGTERM, SIGHUP };

	for (size_t i = 0; i < sizeof(stops) / sizeof(stops[0]); i++)
		if (term_handle(stops[i], on_stop) < 0)
			return -errno;
	return term_handle(SIGWINCH, on_winch) < 0 ? -errno : 0;
}

int term_handle(int sig, void (*fn)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sa.sa_handler = fn;
	return sigaction(sig, &sa, NULL);
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

/* The terminal as term_open() found it and as the view wants it; entered:
 * the view has it now (not while stopped by Ctrl-Z, nor in the background). */
static struct termios raw_mode;
static volatile sig_atomic_t entered;

/* Both run in signal handlers: write() and tcsetattr() only. */
static void leave_now(void)
{
	put(saved_out, "\x1b[0m\x1b[?25h\x1b[?1049l");
	(void)tcsetattr(saved_in, TCSANOW, &saved);
	entered = 0;
}

static void enter_now(void)
{
	(void)tcsetattr(saved_in, TCSANOW, &raw_mode);
	/* alternate screen, cursor hidden, screen cleared */
	put(saved_out, "\x1b[?1049h\x1b[?25l\x1b[H\x1b[2J");
	entered = 1;
}

static bool foreground(void)
{
	return tcgetpgrp(saved_in) == getpgrp();
}

static void on_tstp(int sig)
{
	int e = errno;
	sigset_t set;

	if (saved_in >= 0 && entered)
		leave_now();
	signal(sig, SIG_DFL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig); /* stops here; SIGCONT's handler runs first on the way back */
	sigprocmask(SIG_BLOCK, &set, NULL);
	term_handle(sig, on_tstp);
	errno = e;
}

static void on_cont(int sig)
{
	int e = errno;

	(void)sig;
	if (saved_in >= 0 && !entered && foreground())
		enter_now();
	term_resized = 1;
	errno = e;
}

/* Ctrl-\: the terminal back, then the default action (quit, maybe a core). */
static void on_quit(int sig)
{
	if (saved_in >= 0 && entered)
		leave_now();
	signal(sig, SIG_DFL);
	raise(sig); /* delivered when the handler returns */
}

int term_open(int in_fd, int out_fd)
{
	if (!isatty(in_fd) || !isatty(out_fd))
		return -ENOTTY;
	if (tcgetattr(in_fd, &saved) < 0)
		return -errno;
	raw_mode = saved;
	raw_mode.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	raw_mode.c_cc[VMIN] = 0;
	raw_mode.c_cc[VTIME] = 0;
	if (tcsetattr(in_fd, TCSANOW, &raw_mode) < 0)
		return -errno;
	saved_in = in_fd;
	saved_out = out_fd;
	enter_now();
	if (term_handle(SIGTSTP, on_tstp) < 0 || term_handle(SIGCONT, on_cont) < 0 ||
	    term_handle(SIGQUIT, on_quit) < 0) {
		int e = errno;
		term_close();
		return -e;
	}
	return 0;
}

bool term_claim(void)
{
	if (saved_in >= 0 && !entered && foreground())
		enter_now();
	return entered;
}

void term_close(void)
{
	if (saved_in < 0)
		return;
	signal(SIGTSTP, SIG_DFL);
	signal(SIGQUIT, SIG_DFL);
	signal(SIGCONT, SIG_DFL);
	if (entered)
		put(saved_out, "\x1b[0m\x1b[?25h\x1b[?1049l");
	entered = 0;
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

/* The rest of an escape sequence, if it comes at once: ESC [ A, ESC O A, ESC [ 5 ~. */
static int read_escape(int fd)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	unsigned char seq[8];
	size_t n = 0;

	while (n < sizeof(seq) && poll(&p, 1, 30) > 0 && read(fd, &seq[n], 1) == 1)
		if (n++ > 0 && (seq[n - 1] == '~' || (seq[n - 1] >= 'A' && seq[n - 1] <= 'Z')))
			break;
	if (n < 2 || (seq[0] != '[' && seq[0] != 'O'))
		return n ? TERM_KEY_OTHER : 0x1b;
	switch (seq[n - 1]) {
	case 'A': return TERM_KEY_UP;
	case 'B': return TERM_KEY_DOWN;
	case 'C': return TERM_KEY_RIGHT;
	case 'D': return TERM_KEY_LEFT;
	case 'H': return TERM_KEY_HOME;
	case 'F': return TERM_KEY_END;
	case '~': break;
	default: return TERM_KEY_OTHER;
	}
	switch (n == 3 ? seq[1] : 0) {
	case '1': case '7': return TERM_KEY_HOME;
	case '4': case '8': return TERM_KEY_END;
	case '5': return TERM_KEY_PGUP;
	case '6': return TERM_KEY_PGDN;
	default: return TERM_KEY_OTHER;
	}
}

int term_wait_key(unsigned long long deadline, int key_fd)
{
	struct pollfd p = { .fd = key_fd, .events = POLLIN };

	while (!term_stop) {
		unsigned long long now = term_now_ms();
		int wait = now >= deadline ? 0 : (int)(deadline - now);
		unsigned char c;
		int r;
		if (term_resized)
			return 0;
		r = poll(&p, key_fd >= 0, wait);
		if (r > 0 && read(key_fd, &c, 1) == 1)
			return c == 0x1b ? read_escape(key_fd) : c ? c : ' ';
		if (r > 0)
			return 0; /* hang-up or error on the terminal */
		if (r == 0 && wait == 0)
			return 0; /* the deadline, after one look for a key */
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

int term_live(const struct term_live *l)
{
	unsigned long long next = 0;
	int key;

	while (!term_stop) {
		bool fresh = false;
		int ret;

		if (!*l->paused && term_now_ms() >= next) {
			next = term_now_ms() + l->interval_ms;
			if ((ret = l->refresh(l->ctx)))
				return ret;
			fresh = true;
		}
		term_resized = 0;
		if (term_claim() && l->draw(l->ctx, fresh) < 0)
			return errno ? -errno : -EIO;
		key = term_wait_key(*l->paused ? term_now_ms() + 1000 : next, STDIN_FILENO);
		while (key > 0 && l->key(l->ctx, key))
			key = term_wait_key(0, STDIN_FILENO);
		if (key != 0)
			break;
	}
	return 0;
}
