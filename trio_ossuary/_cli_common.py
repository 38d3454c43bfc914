"""Pieces shared by the ``trio-ossuary`` subcommands.

Everything here serves the command line only: one-line errors
(:class:`CliError`), loading keys with a passphrase
from the environment or the terminal, asking the person at the terminal a
yes/no question, and trio streams over this process's stdin and stdout.

The library proper never imports this module.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import logging
import os
import socket
import stat
import sys
from typing import Final

import trio

from ._errors import (
    AuthenticationError,
    ConnectionFailed,
    HandshakeTimeoutError,
    KeyFileError,
    OssuaryError,
    PassphraseRequiredError,
    UntrustedServerError,
)
from ._keyfiles import load_public_key, load_secret_key
from ._keys import SecretKey

__all__ = [
    "PASSPHRASE_ENV",
    "PROG",
    "CliError",
    "ask_yes_no",
    "child_environment",
    "describe_channel_error",
    "describe_os_error",
    "has_terminal",
    "leaf_exceptions",
    "load_key",
    "logger",
    "open_stdin",
    "open_stdout",
    "read_passphrase",
    "say",
]

#: The program name used in every message.
PROG: Final = "trio-ossuary"
#: Environment variable holding the passphrase of an encrypted key file.
PASSPHRASE_ENV: Final = "TRIO_OSSUARY_PASSPHRASE"

#: The CLI's own logger; a child of the library's, so ``-v`` shows both.
logger: Final = logging.getLogger("trio_ossuary.cli")

_TTY: Final = "/dev/tty"
_CHUNK: Final = 1 << 16


class CliError(Exception):
    """A failure to report as one ``trio-ossuary: error: ...`` line.

    Args:
      message: What went wrong, in one line.
      status: The exit status to use.
    """

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(" ".join(message.split("\n")))
        self.status = status


def say(message: str) -> None:
    """Print a ``trio-ossuary: ...`` line on stderr.

    Args:
      message: The text, without the program name.
    """
    print(f"{PROG}: {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------
# Errors in words


def leaf_exceptions(exc: BaseException) -> list[BaseException]:
    """Flatten (nested) exception groups into the exceptions they hold.

    Args:
      exc: Any exception; one that is not a group is returned alone.

    Returns:
      The leaves, depth first.
    """
    # Duck-typed so that Python 3.10 needs no exceptiongroup import here.
    inner = getattr(exc, "exceptions", None)
    if not isinstance(inner, tuple) or not inner:
        return [exc]
    return [leaf for sub in inner for leaf in leaf_exceptions(sub)]


def describe_os_error(exc: BaseException) -> str:
    """Describe a socket or file error in a few words, without a traceback.

    trio's ``open_tcp_stream`` raises "all attempts to connect ... failed"
    with the real reasons in ``__cause__``; this digs them out.

    Args:
      exc: The error.

    Returns:
      For example ``"connection refused"``.
    """
    if isinstance(exc, socket.gaierror):
        return f"cannot resolve the host name ({exc.strerror or exc})"
    if isinstance(exc, OSError):
        inner = leaf_exceptions(exc.__cause__) if exc.__cause__ else []
        if inner and inner[0] is not exc.__cause__:
            return describe_os_error(inner[0])
        if exc.errno == errno.EADDRINUSE:
            return "address already in use"
        text = os.strerror(exc.errno) if exc.errno else exc.strerror
        if text:
            return text[:1].lower() + text[1:]
    return str(exc) or type(exc).__name__


def describe_channel_error(exc: BaseException, peer: str) -> str:
    """Describe why an Ossuary channel failed, using the library's ``__cause__``.

    Args:
      exc: What the stream raised, usually :exc:`trio.BrokenResourceError`.
      peer: How to name the other end, such as ``server 127.0.0.1:8000``.

    Returns:
      One line.
    """
    cause: BaseException = exc
    if isinstance(exc, trio.BrokenResourceError) and exc.__cause__ is not None:
        cause = exc.__cause__
    # The transport's own error may itself be wrapped the same way.
    if isinstance(cause, trio.BrokenResourceError) and cause.__cause__ is not None:
        cause = cause.__cause__
    if isinstance(cause, UntrustedServerError | CliError):
        return str(cause)
    if isinstance(cause, AuthenticationError):
        return f"authentication with {peer} failed: {cause}"
    if isinstance(cause, HandshakeTimeoutError):
        return f"handshake with {peer} timed out: {cause}"
    if isinstance(cause, ConnectionFailed):
        return f"connection with {peer} failed: {cause}"
    if isinstance(cause, OssuaryError):
        return f"connection with {peer} failed: {cause}"
    if isinstance(cause, OSError):
        return f"connection with {peer} lost: {describe_os_error(cause)}"
    text = str(cause) or type(cause).__name__
    return f"connection with {peer} lost: {text}"


# ---------------------------------------------------------------------------
# The terminal, passphrases and keys


def has_terminal() -> bool:
    """Return whether this process has a controlling terminal to ask questions."""
    try:
        fd = os.open(_TTY, os.O_RDWR | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return False
    os.close(fd)
    return True


def ask_yes_no(question: str) -> bool:
    """Ask the person at the terminal, as ssh does, until they type yes or no.

    The question is written to and the answer read from ``/dev/tty``, so this
    works when stdin and stdout carry data.  It blocks: call it before
    ``trio.run`` or from a worker thread.

    Args:
      question: The text to show, ending with the question itself.

    Returns:
      True for ``yes``; False for ``no`` or end of input.

    Raises:
      CliError: if there is no terminal.
    """
    try:
        fd = os.open(_TTY, os.O_RDWR | getattr(os, "O_NOCTTY", 0))
    except OSError:
        raise CliError("no terminal to ask for confirmation") from None
    try:
        os.write(fd, question.encode("utf-8", "replace"))
        while True:
            line = bytearray()
            while not line.endswith(b"\n"):
                chunk = os.read(fd, 1)
                if not chunk:
                    return False
                line += chunk
            word = line.decode("utf-8", "replace").strip().lower()
            if word == "yes":
                return True
            if word == "no":
                return False
            os.write(fd, b"Please type 'yes' or 'no': ")
    finally:
        os.close(fd)


def read_passphrase(prompt: str, *, twice: bool = False) -> str:
    """Return the passphrase from the environment, or ask at the terminal.

    Args:
      prompt: What to ask.
      twice: Ask a second time and insist the answers match (for new keys).

    Returns:
      The passphrase.

    Raises:
      CliError: if it is neither set nor can be asked for, or the two
          answers differ.
    """
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env is not None:
        return from_env
    if not has_terminal():
        raise CliError(
            f"a passphrase is needed but there is no terminal to ask for it; "
            f"set {PASSPHRASE_ENV}"
        )
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("Enter the same passphrase again: ") != first:
        raise CliError("the passphrases do not match")
    return first


def _needs_passphrase(exc: KeyFileError) -> bool:
    return isinstance(exc, PassphraseRequiredError)


def _is_public_key_file(path: str | os.PathLike[str]) -> bool:
    try:
        load_public_key(path)
    except KeyFileError:
        return False
    return True


def load_key(path: str | os.PathLike[str]) -> SecretKey:
    """Load a secret key file, asking for its passphrase if it has one.

    The passphrase comes from ``$TRIO_OSSUARY_PASSPHRASE`` when that is set,
    else from the terminal.

    Args:
      path: The key file.

    Returns:
      The key.

    Raises:
      KeyFileError: from the library, with its one-line message.
      CliError: if a passphrase is needed and cannot be had.
    """
    from_env = os.environ.get(PASSPHRASE_ENV)
    try:
        return load_secret_key(path, from_env)
    except KeyFileError as exc:
        if _is_public_key_file(path):
            # Said first: a public key's permissions do not matter.
            raise CliError(
                f"{os.fspath(path)!r} is a public key; use the private key file"
                f" (the same name without .pub, as keygen writes it)"
            ) from None
        if from_env is not None or not _needs_passphrase(exc):
            raise
    passphrase = read_passphrase(f"Enter passphrase for {os.fspath(path)}: ")
    return load_secret_key(path, passphrase)


def child_environment() -> dict[str, str]:
    """Return this process's environment without the key passphrase.

    For the commands the CLI runs (``--exec``, ``--proxy-command``), which
    have no business knowing it.

    Returns:
      A copy of ``os.environ`` without ``$TRIO_OSSUARY_PASSPHRASE``.
    """
    return {k: v for k, v in os.environ.items() if k != PASSPHRASE_ENV}


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
