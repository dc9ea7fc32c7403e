# SPDX-License-Identifier: MIT
"""tmuxterm.py - a real terminal for the live views' tests: tmux at 80x24
running bash (job control: Ctrl-Z, fg), its screen, its modes
(#{alternate_on}, #{cursor_flag}), and the display columns of what it shows."""
import os
import re
import shutil
import subprocess
import tempfile
import time
import unicodedata

from lib import fail


def columns(text):
    """Display columns of text as a terminal counts them."""
    return sum(0 if unicodedata.combining(ch) else
               2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class Term:
    """tmux at COLSxROWS (80x24 unless told) running bash with job control
    (Ctrl-Z, fg), or the given shell; UTF-8. Its server is this test's alone:
    the socket lives in a directory of its own under TMPDIR, removed by close()
    (tmux kill-server leaves the socket file)."""

    def __init__(self, name, cols=80, rows=24, shell=None, secs=6):
        self.dir = tempfile.mkdtemp(prefix="sockls-%s-" % name)
        self.sock = os.path.join(self.dir, "tmux")
        self.secs = secs
        self("-u", "new-session", "-d", "-s", "w", "-x", str(cols), "-y", str(rows),
             shell or "ulimit -c 0; exec env PS1='$ ' bash --norc --noprofile")  # no core on Ctrl-\\
        self("set-option", "-t", "w", "status", "off")

    def close(self):
        """Ends the tmux server (and what runs in it) and removes its socket."""
        self("kill-server")
        shutil.rmtree(self.dir, ignore_errors=True)

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

    def wait_for(self, pred, what, secs=None, tick=None):
        end = time.time() + (secs or self.secs)
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


    def quit_from(self, gone):
        """q ends a view started by a command line that echoes BEFORE first and
        prints stty's icanon and AFTER once sockls has ended: the screen is the
        shell's again (`gone`, the view's text, is not on it), the terminal mode
        and the normal screen are back."""
        self("send-keys", "-t", "w", "q")
        s = self.wait_for(lambda s: "AFTER" in s, "q did not quit")
        if "BEFORE" not in s or gone in s:
            fail("terminal not restored (alternate screen):\n" + s)
        if "-icanon" in s or "\nicanon" not in "\n" + "\n".join(x.strip() for x in s.splitlines()):
            fail("terminal mode not restored (icanon):\n" + repr(s))
        if self("display", "-p", "-t", "w", "#{alternate_on}").strip() != "0":
            fail("alternate screen still on")


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
