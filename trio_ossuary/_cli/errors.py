"""One-line error messages for the ``trio-ossuary`` command line.

Everything here serves the command line only: the program name every message
starts with, :class:`CliError` (a failure to report as one line), :func:`say`,
the CLI's logger, and the few words that describe a socket, file or channel
error without a traceback.

The library proper never imports this module.
"""

from __future__ import annotations

import errno
import logging
import os
import socket
import sys
from typing import Final

import trio

from .._errors import (
    AuthenticationError,
    ConnectionFailed,
    HandshakeTimeoutError,
    OssuaryError,
    UntrustedServerError,
)

__all__ = [
    "PROG",
    "USAGE",
    "CliError",
    "describe_channel_error",
    "describe_os_error",
    "leaf_exceptions",
    "logger",
    "say",
]

#: The program name used in every message.
PROG: Final = "trio-ossuary"

#: The CLI's own logger; a child of the library's, so ``-v`` shows both.
logger: Final = logging.getLogger("trio_ossuary.cli")


#: Exit status for a command line that is wrong: an unknown, missing or
#: conflicting option, a malformed value, or a file that holds another kind
#: of thing than its option takes.  Everything a correct command line can
#: still fail on (a missing or unreadable file, a network failure) is 1.
USAGE: Final = 2


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
