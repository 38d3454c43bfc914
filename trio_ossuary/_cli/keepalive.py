"""How long a TCP connection on a dead link lives: keep-alives and a timeout.

Theory of operation
===================

A TCP connection whose link has died (a cable pulled, a NAT or firewall
that forgot the connection, a peer machine that lost power) gives no sign
of it by itself.  A side with data waiting to be acknowledged retransmits
for about 15 minutes (Linux's ``tcp_retries2``) before it gives up; a side
that only waits to receive waits forever.  A tunnel stuck that way never
tells its local application that the transfer is lost.

So every TCP socket ``serve`` and ``connect`` open or accept (the Ossuary
connection on both ends, ``serve --forward``'s connection to its service,
``connect --listen``'s local connections) gets two settings, as spiped
enables keep-alives by default:

* *Keep-alives* (``SO_KEEPALIVE``): after ``--keepalive`` seconds in which
  nothing arrived, the kernel sends a probe, then another every
  ``--keepalive`` seconds (``TCP_KEEPIDLE`` and ``TCP_KEEPINTVL``).  A peer
  that is alive answers; its answer also keeps NAT and firewall state
  fresh.
* *A bound on unacknowledged data* (``TCP_USER_TIMEOUT``, Linux): data, or
  keep-alive probes, left unacknowledged for ``--user-timeout`` seconds end
  the connection with ``ETIMEDOUT``.

Together they bound how long a connection outlives its link.  One that is
sending ends ``--user-timeout`` seconds after the last acknowledgement.  One
that only receives sends its first probe ``--keepalive`` seconds after the
last packet arrived, and ends at the first probe due once ``--user-timeout``
has passed: at most ``--keepalive`` seconds after the longer of the two.
Where ``TCP_USER_TIMEOUT`` is missing (not Linux) the kernel's probe count
applies instead: ``TCP_KEEPCNT`` is set to :data:`PROBES`, so an idle
connection ends ``PROBES + 1`` times ``--keepalive`` after the last packet
there, and a sending one after the kernel's own retransmission limit.  The
connection then fails like any broken channel: the plaintext side is
aborted and the command reports the error.

``0`` turns keep-alives off, or leaves the kernel's default for the
timeout.  Unix sockets have neither and are left alone.  ``serve --stdio``
applies the settings to its stdin and stdout when they are a TCP socket
(inetd, systemd's ``Accept=yes``).
"""

from __future__ import annotations

import argparse
import math
import socket
from dataclasses import dataclass
from typing import Final, Protocol

from .errors import logger
from .stdio import inherited_socket

__all__ = [
    "DEFAULT_IDLE",
    "DEFAULT_USER_TIMEOUT",
    "PROBES",
    "KeepAlive",
    "add_keepalive_options",
    "keepalive_from_args",
]

#: Seconds of silence before the first keep-alive probe, and between probes.
DEFAULT_IDLE: Final = 30
#: Seconds data may go unacknowledged before the connection is ended.
DEFAULT_USER_TIMEOUT: Final = 120.0
#: Unanswered probes that end a connection where TCP_USER_TIMEOUT is missing.
PROBES: Final = 4
#: The largest TCP_KEEPIDLE / TCP_KEEPINTVL Linux accepts.
_MAX_IDLE: Final = 32767
#: TCP_USER_TIMEOUT is an int of milliseconds.
_MAX_USER_TIMEOUT: Final = (2**31 - 1) // 1000

#: macOS calls TCP_KEEPIDLE TCP_KEEPALIVE.
_TCP_KEEPIDLE: Final = getattr(
    socket, "TCP_KEEPIDLE", getattr(socket, "TCP_KEEPALIVE", None)
)


class _Socket(Protocol):
    """What :meth:`KeepAlive.apply` needs: a stdlib or a trio socket."""

    @property
    def family(self) -> int: ...

    def setsockopt(self, level: int, option: int, value: int, /) -> None: ...


@dataclass(frozen=True)
class KeepAlive:
    """The keep-alive and timeout settings for a command's TCP sockets.

    Attributes:
      idle: Seconds of silence before the first probe and between probes;
          0 turns keep-alives off.
      user_timeout: Seconds data may go unacknowledged (``TCP_USER_TIMEOUT``);
          0 leaves the kernel's default.
    """

    idle: int = DEFAULT_IDLE
    user_timeout: float = DEFAULT_USER_TIMEOUT

    def apply(self, sock: _Socket) -> None:
        """Set the options on a connected or accepted socket.

        A Unix socket is left alone.  An option the platform lacks is
        skipped; one it refuses is logged (at debug level) and skipped: a
        connection works without them.

        Args:
          sock: The socket (stdlib or trio).
        """
        if sock.family not in (socket.AF_INET, socket.AF_INET6):
            return
        options: list[tuple[int, int | None, int]] = [
            (socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1 if self.idle else 0),
            # A tunnel must not hold back a small write (trio's SocketStream
            # sets it too; serve --stdio's inherited socket is no SocketStream).
            (socket.IPPROTO_TCP, socket.TCP_NODELAY, 1),
        ]
        if self.idle:
            options += [
                (socket.IPPROTO_TCP, _TCP_KEEPIDLE, self.idle),
                (socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPINTVL", None), self.idle),
                (socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPCNT", None), PROBES),
            ]
        if self.user_timeout:
            milliseconds = max(1, round(self.user_timeout * 1000))
            option = getattr(socket, "TCP_USER_TIMEOUT", None)
            options.append((socket.IPPROTO_TCP, option, milliseconds))
        for level, option, value in options:
            if option is None:
                continue
            try:
                sock.setsockopt(level, option, value)
            except OSError as exc:  # pragma: no cover - platform refusals
                logger.debug("cannot set socket option %d: %s", option, exc)

    def apply_to_fd(self, fd: int) -> None:
        """Set the options on the socket at ``fd``, if it is a TCP socket.

        For ``serve --stdio`` under inetd or systemd (``Accept=yes``), whose
        stdin and stdout are the client's connection.  Anything that is not
        a socket is left alone.

        Args:
          fd: A file descriptor of this process (it stays open).
        """
        # The options stay with the socket when the duplicate is closed.
        with inherited_socket(fd) as sock:
            if sock is not None:
                self.apply(sock)


def _idle(value: str) -> int:
    if not (value.isascii() and value.isdigit()) or int(value) > _MAX_IDLE:
        raise argparse.ArgumentTypeError(
            f"invalid keep-alive interval {value!r}: expected whole seconds, "
            f"0 to {_MAX_IDLE}"
        )
    return int(value)


def _user_timeout(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not (0 <= number <= _MAX_USER_TIMEOUT) or 0 < number < 0.001:
        raise argparse.ArgumentTypeError(
            f"invalid timeout {value!r}: expected seconds, 0 (the system's "
            f"default) or 0.001 to {_MAX_USER_TIMEOUT}"
        )
    return number


def add_keepalive_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--keepalive`` and ``--user-timeout`` to a command.

    Args:
      parser: The command's parser.
    """
    group = parser.add_argument_group("dead links (TCP sockets)")
    group.add_argument(
        "--keepalive",
        metavar="SECONDS",
        type=_idle,
        default=DEFAULT_IDLE,
        help="send a TCP keep-alive probe after SECONDS in which nothing "
        "arrived, and every SECONDS after that (default: "
        f"{DEFAULT_IDLE}; 0 turns keep-alives off)",
    )
    group.add_argument(
        "--user-timeout",
        metavar="SECONDS",
        type=_user_timeout,
        default=DEFAULT_USER_TIMEOUT,
        help="end a connection whose data or keep-alive probes have gone "
        "unacknowledged for SECONDS (TCP_USER_TIMEOUT, on Linux; default: "
        f"{DEFAULT_USER_TIMEOUT:g}; 0 leaves the system's default, about 15 "
        "minutes).  A dead link ends a connection at most --keepalive seconds "
        "after the longer of the two",
    )


def keepalive_from_args(args: argparse.Namespace) -> KeepAlive:
    """The settings the command line asked for.

    Args:
      args: Parsed by a parser given :func:`add_keepalive_options`.

    Returns:
      The settings.
    """
    return KeepAlive(idle=args.keepalive, user_timeout=args.user_timeout)
