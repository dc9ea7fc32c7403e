/* SPDX-License-Identifier: MIT */
/* term.h - the terminal of the --watch live view and the signals of the
 * loops over time (--watch, -E): raw keys, the alternate screen, the size,
 * and a restore that runs on every way out. */
#ifndef SOCKLS_TERM_H
#define SOCKLS_TERM_H

#include <signal.h>
#include <stdbool.h>

/* Set by the handlers term_signals() installs. */
extern volatile sig_atomic_t term_stop;   /* SIGINT, SIGTERM, SIGHUP */
extern volatile sig_atomic_t term_resized; /* SIGWINCH, and SIGCONT: redraw */

/* Installs the handlers (SA_RESTART: reads and writes go on; a wait in
 * poll() returns early). 0 or -errno. */
int term_signals(void);

/* Keys without echo or line buffering, the alternate screen, no cursor.
 * 0 or -errno (-ENOTTY: not a terminal). While it is open, Ctrl-Z (SIGTSTP)
 * puts the terminal back before the process stops, SIGCONT takes it again
 * (and sets term_resized: redraw), and Ctrl-\ (SIGQUIT) puts it back before
 * the process quits by that signal. */
int term_open(int in_fd, int out_fd);
/* Puts back what term_open changed; harmless when it did not run. */
void term_close(void);
/* The live view may draw: the terminal is its own (term_open, and back in
 * the foreground after Ctrl-Z, taken again if need be); false while it runs
 * in the background. */
bool term_claim(void);
/* sigaction(sig) with fn, SA_RESTART. 0 or -1 with errno. */
int term_handle(int sig, void (*fn)(int));
/* Rows and columns of out_fd (24x80 when it cannot tell). */
void term_size(int out_fd, unsigned int *rows, unsigned int *cols);

/* Keys beyond a byte: the escape sequences of the cursor and paging keys. */
enum {
	TERM_KEY_UP = 0x101, TERM_KEY_DOWN, TERM_KEY_LEFT, TERM_KEY_RIGHT,
	TERM_KEY_PGUP, TERM_KEY_PGDN, TERM_KEY_HOME, TERM_KEY_END, TERM_KEY_OTHER,
};

/* Waits until deadline (term_now_ms), a signal, or a key on key_fd (>= 0;
 * -1 waits for no key). Looks for a key at least once even when the
 * deadline has passed, so keys are read however long a refresh takes.
 * Returns the key (a byte, or TERM_KEY_*), 0 at the deadline, on SIGWINCH or
 * SIGCONT, -1 on a stop signal. */
int term_wait_key(unsigned long long deadline, int key_fd);

/* The live view keeps the first message it would say until the terminal is
 * restored (a run_say_fn); term_held() returns it, or NULL. */
__attribute__((format(printf, 1, 2)))
void term_hold(const char *fmt, ...);
const char *term_held(void);

/* The loop of a live view (--watch, --ephemeral --watch), between
 * term_open and term_close: a refresh every interval_ms unless *paused, a
 * draw after each refresh, resize, SIGCONT or key, and every key typed
 * (however long a refresh took, each key typed meanwhile is taken before the
 * next refresh). */
struct term_live {
	unsigned int interval_ms;
	const bool *paused;                 /* the view's pause, which its keys toggle */
	int (*refresh)(void *ctx);          /* an exit status: not 0 ends the loop */
	int (*draw)(void *ctx, bool fresh); /* fresh: a refresh came first; < 0 (errno set): failed */
	bool (*key)(void *ctx, int key);    /* false: quit */
	void *ctx;
};
/* Runs l until a stop signal, a quit key, a failed refresh (its exit status)
 * or a failed draw (-errno). */
int term_live(const struct term_live *l);

/* Milliseconds of CLOCK_MONOTONIC, and of the wall clock as seconds. */
unsigned long long term_now_ms(void);
double term_wall(void);

#endif
