# SPDX-License-Identifier: MIT
"""tmuxterm.py - a real terminal for the live views' tests: tmux at 80x24
running bash (job control: Ctrl-Z, fg), its screen, its modes
(#{alternate_on}, #{cursor_flag}), and the display columns of what it shows."""
import os
import re
import subprocess
import time
import unicodedata

from lib import fail


def columns(text):
    """Display columns of text as a terminal counts them."""
    return sum(0 if unicodedata.combining(ch) else
               2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class Term:
    """tmux at 80x24 running bash (job control for Ctrl-Z and fg); UTF-8."""

    def __init__(self, name):
        self.sock = "/tmp/sockls-%s-%d" % (name, os.getpid())
        self("-u", "new-session", "-d", "-s", "w", "-x", "80", "-y", "24",
             "ulimit -c 0; exec env PS1='$ ' bash --norc --noprofile")  # no core file on Ctrl-\\
        self("set-option", "-t", "w", "status", "off")

    def close(self):
        """Ends the tmux server (and what runs in it) and removes its socket."""
        self("kill-server")
        try:
            os.unlink(self.sock)
        except OSError:
            pass

    def __call__(self, *args):
        return subprocess.run(["tmux", "-S", self.sock, *args], capture_output=True,
                              encoding="utf-8", errors="replace", timeout=10).stdout

    def run(self, cmd):
        self("send-keys", "-t", "w", "clear; %s; echo ST$?; stty -a | "
             "grep -o -- '-*icanon'; echo AF''TER" % cmd, "Enter")

    def flags(self):
        """(alternate screen on, cursor shown) as tmux sees the terminal."""
        return tuple(self("display", "-p", "-t", "w", "#{alternate_on} #{cursor_flag}").split())

    def screen(self):
        return self("capture-pane", "-p", "-t", "w")

    def wait_for(self, pred, what, secs=6, tick=None):
        end = time.time() + secs
        while time.time() < end:
            if tick:
                tick()
            s = self.screen()
            if pred(s):
                return s
            time.sleep(0.2)
        fail("live view: %s; screen:\n%s" % (what, self.screen()))

    def ctrl_z_fg(self, ready, what):
        """Ctrl-Z: the shell gets the terminal back as it was (normal screen,
        cursor shown, icanon); fg: the view takes it again and redraws (ready)."""
        self("send-keys", "-t", "w", "C-z")
        s = self.wait_for(lambda s: "Stopped" in s, "%s: Ctrl-Z did not stop it" % what)
        if self.flags() != ("0", "1"):
            fail("%s: Ctrl-Z: alternate screen / cursor %r:\n%s" % (what, self.flags(), s))
        self("send-keys", "-t", "w", "clear; stty -a | grep -o -- '-*icanon'", "Enter")
        s = self.wait_for(lambda s: re.search(r"^-?icanon$", s, re.M), "no stty output")
        if not re.search(r"^icanon$", s, re.M):
            fail("%s: Ctrl-Z: the shell got the terminal raw:\n%s" % (what, s))
        self("send-keys", "-t", "w", "fg", "Enter")
        self.wait_for(ready, "%s: fg did not redraw the view" % what)
        if self.flags() != ("1", "0"):
            fail("%s: fg: alternate screen / cursor %r" % (what, self.flags()))

    def quit_restored(self, what):
        """q, then the shell's view of the terminal (after Ctrl-Z and fg the
        command line has ended already: bash goes on when a job stops)."""
        self("send-keys", "-t", "w", "q")
        self.wait_for(lambda s: self.flags() == ("0", "1"), "%s: q did not quit" % what)
        self("send-keys", "-t", "w", "clear; stty -a | grep -o -- '-*icanon'; echo AF''TER",
             "Enter")
        return self.restored(what, None)

    def restored(self, what, status="0"):
        """The command line of run() has ended: sockls's exit status (None:
        not printed), the normal screen, the cursor, icanon."""
        s = self.wait_for(lambda s: "AFTER" in s, what)
        if status is not None and "ST%s\n" % status not in s:
            fail("%s: exit status not %s:\n%s" % (what, status, s))
        if self.flags() != ("0", "1"):
            fail("%s: alternate screen / cursor %r, expected ('0', '1')" % (what, self.flags()))
        if "-icanon" in s or not re.search(r"^icanon$", s, re.M):
            fail("%s: terminal mode not restored:\n%s" % (what, s))
        return s


def note_counts(screen):
    m = re.search(r"\.\.\. (\d+) more rows \((\d+) above, (\d+) below\)", screen)
    return tuple(int(x) for x in m.groups()) if m else None


def check_lines(screen, title, what):
    """No line wider than 80 columns, none wrapped: the title stays on top."""
    for ln in screen.split("\n"):
        if columns(ln) > 80:
            fail("%s: a line of %d columns:\n%s" % (what, columns(ln), ln))
    if not screen.startswith(title):
        fail("%s: the title is not on the first line (a line wrapped?):\n%s" % (what, screen))
