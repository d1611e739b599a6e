"""A private tmux server driven through one control-mode client, for timing what a terminal app draws.

Polling with ``tmux capture-pane`` as a new process every 10 ms would cost a fork and exec per poll on the
same (two) cores as the app being timed; a control-mode client (``tmux -C``) takes the same commands over a
pipe, so a poll is one write and one read. The server runs on its own socket with no user config, and every
session is created at a fixed size.
"""

from __future__ import annotations

import os
import queue
import re
import shlex
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

WIDTH, HEIGHT = 160, 45
POLL_S = 0.010
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def normalise(text: str) -> str:
    """Whitespace of any kind (NBSP, narrow NBSP, runs) as one space: how titles are compared to the screen."""
    return _SPACES.sub(" ", text).strip()


class TmuxError(RuntimeError):
    pass


class Tmux:
    def __init__(self, socket: str | None = None) -> None:
        self.socket = socket or f"newsreader-bench-{os.getpid()}"
        self.base = ["tmux", "-L", self.socket, "-f", "/dev/null"]
        subprocess.run(
            [*self.base, "new-session", "-d", "-s", "keeper", "-x", "80", "-y", "24", "sleep 86400"],
            check=True,
        )
        self.client = subprocess.Popen(
            [*self.base, "-C", "attach-session", "-t", "keeper", "-f", "no-output"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            bufsize=1,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self._lock = threading.Lock()
        self._sync()

    def _read(self) -> None:
        assert self.client.stdout is not None
        for line in self.client.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def _next(self, timeout: float) -> str:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise TmuxError("tmux control client did not answer") from None
        if line is None:
            raise TmuxError("tmux control client exited")
        return line

    def _sync(self) -> None:
        """Consume the attach's own reply block (flags 0) before sending commands."""
        self.cmd("display-message -p ok")

    def cmd(self, command: str, timeout: float = 10.0) -> list[str]:
        """Run one tmux command; its output lines. Notifications (``%...`` outside a block) are skipped."""
        assert self.client.stdin is not None
        with self._lock:
            self.client.stdin.write(command + "\n")
            self.client.stdin.flush()
            while True:
                line = self._next(timeout)
                if line.startswith("%begin") and line.split()[-1] == "1":
                    break
            out: list[str] = []
            while True:
                line = self._next(timeout)
                if line.startswith("%end") or line.startswith("%error"):
                    if line.startswith("%error"):
                        raise TmuxError(f"{command}: {' '.join(out)}")
                    return out
                out.append(line)

    # -- sessions ----------------------------------------------------------------------------------------

    def start(self, name: str, argv: list[str], env: dict[str, str] | None = None) -> float:
        """Start ``argv`` in a new detached session of WIDTH x HEIGHT; returns the perf_counter of the start."""
        prefix = ["env", *(f"{k}={v}" for k, v in (env or {}).items())] if env else []
        command = shlex.join([*prefix, *argv])
        t0 = time.perf_counter()
        self.cmd(f"new-session -d -s {name} -x {WIDTH} -y {HEIGHT} {shlex.quote(command)}")
        return t0

    def kill(self, name: str) -> None:
        try:
            self.cmd(f"kill-session -t {name}")
        except TmuxError:
            pass

    def capture(self, name: str) -> list[str]:
        return self.cmd(f"capture-pane -p -t {name}")

    def screen(self, name: str) -> str:
        return normalise("\n".join(self.capture(name)).replace("\n", " \n "))

    def keys(self, name: str, *keys: str, literal: bool = False) -> None:
        flag = "-l " if literal else ""
        self.cmd(f"send-keys -t {name} {flag}" + " ".join(shlex.quote(k) for k in keys))

    def pane_pid(self, name: str) -> int:
        return int(self.cmd(f"display-message -p -t {name} '#{{pane_pid}}'")[0])

    def size(self, name: str) -> str:
        return self.cmd(f"display-message -p -t {name} '#{{window_width}}x#{{window_height}}'")[0]

    def wait_for(
        self, name: str, test: Callable[[list[str]], bool], since: float, timeout: float = 60.0
    ) -> float | None:
        """Poll the pane every POLL_S until ``test(lines)``; seconds from ``since``, or None on timeout."""
        deadline = since + timeout
        tick = time.perf_counter()
        while True:
            lines = self.capture(name)
            now = time.perf_counter()
            if test(lines):
                return now - since
            if now > deadline:
                return None
            tick += POLL_S
            delay = tick - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            else:
                tick = time.perf_counter()

    def wait_stable(self, name: str, quiet: float = 0.5, timeout: float = 30.0) -> list[str]:
        """Wait until the pane has not changed for ``quiet`` seconds; its lines."""
        last, since = None, time.perf_counter()
        deadline = since + timeout
        while time.perf_counter() < deadline:
            lines = self.capture(name)
            if lines != last:
                last, since = lines, time.perf_counter()
            elif time.perf_counter() - since >= quiet:
                break
            time.sleep(0.05)
        return last or []

    def close(self) -> None:
        try:
            if self.client.stdin:
                self.client.stdin.close()
            self.client.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self.client.kill()
        subprocess.run([*self.base, "kill-server"], capture_output=True)


def contains(*needles: str, columns: slice | None = None) -> Callable[[list[str]], bool]:
    """A test: every needle (whitespace-normalised) is on screen, or in those ``columns`` of it."""
    wanted = [normalise(n) for n in needles]
    columns = columns or slice(None)

    def test(lines: list[str]) -> bool:
        screen = normalise(" \n ".join(line[columns] for line in lines))
        return all(w in screen for w in wanted)

    return test


def process_memory(pane_pid: int, needle: str) -> dict[str, int] | None:
    """VmHWM and VmRSS (KiB) of the pane's process running ``needle`` (the pane's shell or a descendant)."""
    for pid in [pane_pid, *_descendants(pane_pid)]:
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        if needle in cmdline:
            values = {}
            for line in status.splitlines():
                key, _, rest = line.partition(":")
                if key in ("VmHWM", "VmRSS"):
                    values[key] = int(rest.split()[0])
            return values
    return None


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out
