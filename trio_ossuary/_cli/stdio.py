"""This process's stdin and stdout as trio streams, for ``trio-ossuary``.

Everything here serves the command line only: :func:`open_stdin` and
:func:`open_stdout` (polled for pipes and sockets, a worker thread for files
and terminals), :func:`inherited_socket`, the socket that inetd handed us
on a descriptor, and :func:`stdin_peer`, the name of the client on it, and
:func:`child_environment`, the environment handed to the commands the CLI
starts: this process's own, without the key passphrase.

The library proper never imports this module.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import sys
from collections.abc import Iterator
from typing import Final

import trio

from .._peer import UNKNOWN_PEER, peer_name
from .passphrase import PASSPHRASE_ENV

__all__ = [
    "child_environment",
    "inherited_socket",
    "open_stdin",
    "open_stdout",
    "stdin_peer",
]

_CHUNK: Final = 1 << 16


def child_environment() -> dict[str, str]:
    """Return this process's environment without the key passphrase.

    For the commands the CLI runs (``--exec``, ``--proxy-command``), which
    have no business knowing it.

    Returns:
      A copy of ``os.environ`` without ``$TRIO_OSSUARY_PASSPHRASE``.
    """
    return {k: v for k, v in os.environ.items() if k != PASSPHRASE_ENV}


@contextlib.contextmanager
def inherited_socket(fd: int) -> Iterator[socket.socket | None]:
    """The socket at ``fd`` (inetd's connection), or None if it is not one.

    The socket object holds a duplicate of ``fd``, closed on leaving the
    block; ``fd`` itself stays open.

    Args:
      fd: A file descriptor of this process.

    Yields:
      The socket, or None.
    """
    try:
        if not stat.S_ISSOCK(os.fstat(fd).st_mode):
            yield None
            return
        duplicate = os.dup(fd)
    except OSError:  # closed under our feet
        yield None
        return
    try:
        sock = socket.socket(fileno=duplicate)
    except OSError:
        os.close(duplicate)
        yield None
        return
    with sock:
        yield sock


def stdin_peer() -> str:
    """Name the peer on stdin for a log line: its address, or ``stdio``.

    Under inetd (or systemd with ``Accept=yes``) stdin is the client's
    socket, and the client is named as a listening server names it
    (``HOST:PORT``, or ``unix:PATH`` with the peer's process and user ids).
    Anything else (a pipe from ssh, a terminal, a socket with no peer)
    is ``stdio``.

    Returns:
      The name.
    """
    with inherited_socket(0) as sock:
        name = UNKNOWN_PEER if sock is None else peer_name(sock)
    return "stdio" if name == UNKNOWN_PEER else name


# ---------------------------------------------------------------------------
# stdin and stdout as trio streams


def _pollable(fd: int) -> bool:
    """Whether ``fd`` can be put in non-blocking mode and polled safely.

    Pipes and sockets can.  Regular files and ``/dev/null`` cannot be polled
    at all, and a terminal is usually shared with stderr and the shell, whose
    writes would start failing if we made it non-blocking.
    """
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


class _ThreadReader(trio.abc.ReceiveStream):
    """Reads a file descriptor in a worker thread (for files and terminals)."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._closed = False

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        if self._closed:
            raise trio.ClosedResourceError("stdin was closed")
        try:
            # A read from a terminal cannot be interrupted; abandoning it on
            # cancellation is fine because we only cancel when finishing.
            return await trio.to_thread.run_sync(
                os.read, self._fd, max_bytes or _CHUNK, abandon_on_cancel=True
            )
        except OSError as exc:
            raise trio.BrokenResourceError(f"cannot read stdin: {exc}") from exc

    async def aclose(self) -> None:
        self._closed = True
        await trio.lowlevel.checkpoint()


class _ThreadWriter(trio.abc.SendStream):
    """Writes a file descriptor in a worker thread (for files and terminals)."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._closed = False

    def _write_all(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]

    async def send_all(self, data: bytes | bytearray | memoryview) -> None:
        if self._closed:
            raise trio.ClosedResourceError("stdout was closed")
        try:
            await trio.to_thread.run_sync(self._write_all, bytes(data))
        except OSError as exc:
            raise trio.BrokenResourceError(f"cannot write stdout: {exc}") from exc

    async def wait_send_all_might_not_block(self) -> None:
        await trio.lowlevel.checkpoint()

    async def aclose(self) -> None:
        self._closed = True
        await trio.lowlevel.checkpoint()


def open_stdin() -> trio.abc.ReceiveStream:
    """Return this process's stdin as a trio stream.

    Pipes and sockets are polled (on a duplicate descriptor, restored to
    blocking mode when closed); files, ``/dev/null`` and terminals are read in
    a worker thread.

    Returns:
      The stream; closing it leaves file descriptor 0 open.
    """
    fd = sys.stdin.fileno() if sys.stdin is not None else 0
    if _pollable(fd):
        return trio.lowlevel.FdStream(os.dup(fd))
    return _ThreadReader(fd)


def open_stdout() -> trio.abc.SendStream:
    """Return this process's stdout as a trio stream (see :func:`open_stdin`).

    Returns:
      The stream; closing it leaves file descriptor 1 open.
    """
    with contextlib.suppress(Exception):
        sys.stdout.flush()
    fd = sys.stdout.fileno() if sys.stdout is not None else 1
    if _pollable(fd):
        return trio.lowlevel.FdStream(os.dup(fd))
    return _ThreadWriter(fd)
