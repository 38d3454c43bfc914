"""Where the command's own lines go, so that none of them reaches a connection.

Theory of operation
===================

Under inetd, or systemd with ``Accept=yes``, ``serve --stdio`` runs with
stdin, stdout *and* stderr all being the client's socket.  Anything written
to stderr there (a warning, the final error line, a traceback, or what an
``--exec`` command prints on its stderr, which can be what the client typed)
would reach the client in clear, outside the channel, and corrupt the
Ossuary stream (issue #18).  So before a command does anything else,
:func:`choose` decides where stderr goes:

* ``--log-file FILE``: file descriptor 2 becomes ``FILE`` (opened for
  appending, created with mode 0600), so the command's lines, each with a
  UTC timestamp, and the stderr of every command it starts all go there.
* Otherwise, if stderr is a socket and the command's data is its stdin and
  stdout (``serve --stdio``, ``connect`` without ``--listen``), stderr may
  be the connection itself: the command's lines go to the system log
  through ``/dev/log`` (facility ``daemon``, tagged ``trio-ossuary[PID]``;
  under systemd that socket is the journal's), and file descriptor 2
  becomes a pipe whose lines a thread sends to the system log too, so that
  the commands it starts (``--exec``, ``--proxy-command``) keep a stderr
  that is not the client's socket.  Without ``/dev/log`` those lines are
  dropped: nothing at all is better than cleartext on the connection.
  ``--log-file`` keeps them.
* Otherwise stderr is left alone.

Sending to the system log never blocks: a line the log socket cannot take
at once is dropped rather than stalling the connection.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import os
import socket
import stat
import sys
import threading
import time
from typing import Final

from .errors import PROG, CliError

__all__ = [
    "SYSLOG_PATH",
    "choose",
    "stderr_is_a_socket",
    "stderr_is_the_connection",
]

#: The system log's socket.
SYSLOG_PATH: Final = "/dev/log"

_DAEMON: Final = 3 << 3  # the syslog facility
_ERR, _WARNING, _INFO = 3, 4, 6  # severities
_PREFIX: Final = f"{PROG}: "
_LINE_LIMIT: Final = 4000  # a datagram the log will take
#: At exit, how long to wait for a command started in the background to
#: close its stderr (only such a command makes the wait last).
_DRAIN_LIMIT: Final = 2.0


def stderr_is_a_socket() -> bool:
    """Return whether file descriptor 2 is a socket."""
    try:
        return stat.S_ISSOCK(os.fstat(2).st_mode)
    except OSError:
        return False


def stderr_is_the_connection() -> bool:
    """Return whether stderr is the very socket stdin or stdout is (inetd)."""
    try:
        err = os.fstat(2)
        if not stat.S_ISSOCK(err.st_mode):
            return False
        for fd in (0, 1):
            other = os.fstat(fd)
            if (other.st_dev, other.st_ino) == (err.st_dev, err.st_ino):
                return True
    except OSError:
        pass
    return False


class _LineWriter(io.TextIOBase):
    """A text stream that hands on each complete line it is given.

    What comes after the last newline waits for the rest of its line.
    Subclasses say where the lines go (``_emit``), under the lock that
    keeps the lines of concurrent writes whole and in order.
    """

    def __init__(self) -> None:
        self._partial = ""
        self._lock = threading.Lock()

    def writable(self) -> bool:
        """Yes: every complete line is written out."""
        return True

    def write(self, text: str) -> int:
        """Write out every complete line of ``text``; keep the rest for later."""
        with self._lock:
            lines = (self._partial + text).split("\n")
            self._partial = lines.pop()
            if lines:
                self._emit(lines)
        return len(text)

    def flush(self) -> None:
        """Nothing is buffered but a line without its end."""

    def _emit(self, lines: list[str]) -> None:
        """Write out ``lines`` (without their newlines); the lock is held."""
        raise NotImplementedError


class _SystemLog(_LineWriter):
    """A text stream that sends each line it is given to the system log."""

    def __init__(self, path: str, tag: str) -> None:
        super().__init__()
        self._tag = tag
        self._socket: socket.socket | None = None
        try:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        except OSError:
            return
        try:
            sock.connect(path)
            sock.setblocking(False)
        except OSError:
            sock.close()
            return
        self._socket = sock

    def _emit(self, lines: list[str]) -> None:
        """Send ``lines`` to the system log, one message each."""
        for line in lines:
            self.send_line(line)

    def send_line(self, line: str) -> None:
        """Send one line, with a severity guessed from its words."""
        if self._socket is None or not line.strip():
            return
        line = line.removeprefix(_PREFIX)
        words = line.lower()
        severity = (
            _ERR if "error" in words else _WARNING if "warning" in words else _INFO
        )
        message = f"<{_DAEMON | severity}>{self._tag}[{os.getpid()}]: {line}"
        with contextlib.suppress(OSError):  # full, or no log daemon: dropped
            self._socket.send(message.encode("utf-8", "replace")[:_LINE_LIMIT])


class _Stamped(_LineWriter):
    """A text stream that writes each line to ``fd`` with a UTC timestamp."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd

    def fileno(self) -> int:
        """The log file's descriptor."""
        return self._fd

    def _emit(self, lines: list[str]) -> None:
        """Append ``lines`` to the log file, stamped, in one write."""
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        block = "".join(f"{now} [{os.getpid()}] {line}\n" for line in lines)
        with contextlib.suppress(OSError):
            os.write(self._fd, block.encode("utf-8", "replace"))


def _forward_pipe(read_end: int, log: _SystemLog) -> None:
    """Send what the commands we started write on their stderr to the log."""
    with os.fdopen(read_end, "rb") as pipe:
        for raw in pipe:
            log.send_line("stderr of a command: " + raw.decode("utf-8", "replace"))


def choose(log_file: str | None, *, data_on_stdio: bool) -> str | None:
    """Point stderr (``sys.stderr`` and descriptor 2) where it belongs.

    Args:
      log_file: The ``--log-file`` option, or None.
      data_on_stdio: Whether the command's data is its stdin and stdout.

    Returns:
      Where the lines now go, for ``-v`` to say; None if stderr is unchanged.

    Raises:
      CliError: if ``log_file`` cannot be opened (said on the system log
          instead of stderr when stderr may be the connection).
    """
    away = data_on_stdio and stderr_is_a_socket()
    if log_file is None and isinstance(sys.stderr, _SystemLog):
        return f"the system log ({SYSLOG_PATH}), since stderr is a socket"
    if log_file is not None:
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOCTTY", 0)
        try:
            fd = os.open(log_file, flags, 0o600)
        except OSError as exc:
            if away:
                _to_system_log()
            raise CliError(
                f"cannot open the log file {log_file!r}: {exc.strerror}"
            ) from None
        os.dup2(fd, 2)
        os.close(fd)
        sys.stderr = _Stamped(2)
        return f"the log file {log_file!r}"
    if away:
        _to_system_log()
        return f"the system log ({SYSLOG_PATH}), since stderr is a socket"
    return None


def _to_system_log() -> None:
    log = _SystemLog(SYSLOG_PATH, PROG)
    sys.stderr = log
    read_end, write_end = os.pipe()
    os.dup2(write_end, 2)
    os.close(write_end)
    os.set_inheritable(read_end, False)
    forwarder = threading.Thread(
        target=_forward_pipe, args=(read_end, log), name="stderr", daemon=True
    )
    forwarder.start()
    atexit.register(_finish_forwarding, forwarder)


def _finish_forwarding(forwarder: threading.Thread) -> None:
    """At exit: let the forwarder send what the commands wrote last.

    Our end of the pipe is closed, so the forwarder sees the end of file
    once the commands we started have exited (they have, unless one left
    something running in the background): the wait is bounded for that
    case only.
    """
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 2)
        os.close(null)
    forwarder.join(_DRAIN_LIMIT)
