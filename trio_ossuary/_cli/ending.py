"""What the tunnel does at its plaintext edge, and the one line it logs.

An Ossuary channel either ends cleanly (a Disconnect) or fails: it is
truncated, reset (data in flight may be lost), or it times out.  Only the
first may look like a clean end to the plaintext application; otherwise an
upload that was cut short would be taken for a complete one.  So a failed
channel *aborts* its plaintext side (:func:`abort_plain`): a TCP connection
is reset (``SO_LINGER`` 0, as stunnel's ``reset = yes``), a ``--exec``
command is killed, and stdio ends with a non-zero exit status (the callers
raise).  The other way round, when the plaintext side fails, the channel is
closed with the failure flag, so that the far end aborts its own side.

Each connection ends in one log line at the default level (:func:`log_end`,
silenced by ``-q``): who, for how long, how many bytes each way, and how it
ended.

A peer that answers a handshake with something printable, such as an SSH or
HTTP banner, was probably never an Ossuary peer: :class:`FirstBytes` keeps
the first bytes a transport delivered so that :func:`not_ossuary_hint` can
say so.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
from dataclasses import dataclass
from typing import Final, TypeAlias

import trio

from .errors import describe_channel_error

__all__ = [
    "FirstBytes",
    "RelayResult",
    "Transport",
    "abort_plain",
    "describe_end",
    "log_end",
    "not_ossuary_hint",
    "session_logger",
]

#: One line per connection; INFO is shown by default, ``-q`` raises it.
session_logger: Final = logging.getLogger("trio_ossuary.cli.session")

_PREFIX: Final = 64
_SHOWN: Final = 40


@dataclass
class RelayResult:
    """How a relay between a channel and a plaintext stream ended.

    Attributes:
      error: What failed the channel, or None if it ended cleanly.
      plain_error: What failed the plaintext side, or None.
      from_peer: Plaintext bytes received over the channel.
      to_peer: Plaintext bytes sent over the channel.
    """

    error: BaseException | None = None
    plain_error: BaseException | None = None
    from_peer: int = 0
    to_peer: int = 0


async def abort_plain(plain: trio.abc.AsyncResource) -> None:
    """Close ``plain`` so that its user sees a failure, not an end of file.

    A TCP socket is reset; anything else is just closed (a command is
    killed by the relay's ``abort`` callback).

    Args:
      plain: The plaintext side of a relay.
    """
    if isinstance(plain, trio.SocketStream):
        # Closing with a zero linger time sends RST instead of FIN.  A
        # socket that is already gone has nothing left to reset.
        linger = struct.pack("ii", 1, 0)
        with contextlib.suppress(OSError):
            plain.socket.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
    await trio.aclose_forcefully(plain)


class FirstBytes(trio.abc.ReceiveStream):
    """The receiving side of a transport, remembering the first bytes it gave.

    Only receiving goes through it: :meth:`stapled` is the transport to give
    the channel, whose sending side is the wrapped transport itself.  So
    records are written straight to the socket, and the channel can see that
    the socket is writable instead of waiting for it (the "Shortcuts" of
    ``_stream.py``; a wrapper around both sides made every write of the
    tunnel wait for the scheduler: ``docs/performance.rst``, "The tunnel").

    Args:
      transport: The stream to wrap.

    Attributes:
      transport_stream: The wrapped stream.
      prefix: Up to the first 64 bytes received.
    """

    def __init__(self, transport: trio.abc.Stream) -> None:
        self.transport_stream = transport
        self.prefix = b""

    def stapled(self) -> Transport:
        """The transport for the channel: sends to the wrapped stream, receives here."""
        return trio.StapledStream(self.transport_stream, self)

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        """Receive, keeping a copy of the first bytes."""
        data = bytes(await self.transport_stream.receive_some(max_bytes))
        if len(self.prefix) < _PREFIX:
            self.prefix += data[: _PREFIX - len(self.prefix)]
        return data

    async def aclose(self) -> None:
        """Close the wrapped stream (again, when the stapled send side did)."""
        await self.transport_stream.aclose()


#: A channel's transport as the command line makes it (:meth:`FirstBytes.stapled`).
Transport: TypeAlias = "trio.StapledStream[trio.abc.Stream, FirstBytes]"


def not_ossuary_hint(prefix: bytes, what: str) -> str | None:
    """Say that the peer is not an Ossuary peer, if its first bytes show it.

    An Ossuary packet starts with binary length and type fields, never with
    text; a banner such as ``SSH-2.0-...`` or ``HTTP/1.1 ...`` is text.  Only
    a short, printable prefix is ever shown.

    Args:
      prefix: The first bytes the peer sent.
      what: ``"server"`` or ``"client"``.

    Returns:
      The hint, or None when the bytes are not (mostly) printable text.
    """
    first_line = prefix.split(b"\n", 1)[0].rstrip(b"\r")
    if len(first_line) < 3:
        return None
    try:
        text = first_line.decode("ascii")
    except UnicodeDecodeError:
        return None
    if not text.isprintable():
        return None
    shown = text if len(text) <= _SHOWN else text[:_SHOWN] + "..."
    return f"this does not look like an Ossuary {what} (it sent {shown!r})"


def describe_end(result: RelayResult, peer: str) -> str:
    """Say how a relay ended: ``closed``, or ``reset: WHY``.

    Args:
      result: What the relay returned.
      peer: How to name the other end of the channel.

    Returns:
      The ending, for :func:`log_end`.
    """
    if result.error is not None:
        return f"reset: {describe_channel_error(result.error, peer)}"
    if result.plain_error is not None:
        lost = describe_channel_error(result.plain_error, "the plaintext side")
        return f"reset: {lost}"
    return "closed"


def _count(n: int) -> str:
    return "1 byte" if n == 1 else f"{n} bytes"


def log_end(
    peer: str, who: str, started: float, ending: str, result: RelayResult | None
) -> None:
    """Log the one line that sums a connection up.

    Args:
      peer: The peer's address.
      who: The peer's key fingerprint, or ``anonymous``.
      started: When the connection started (``trio.current_time()``).
      ending: How it ended: ``closed``, ``reset: WHY``, ``refused: WHY``.
      result: The relay's counts, if it ran.
    """
    received = result.from_peer if result is not None else 0
    sent = result.to_peer if result is not None else 0
    duration = trio.current_time() - started
    session_logger.info(
        "%s %s: %s after %.1f s, %s in, %s out",
        peer,
        who,
        " ".join(ending.split()),
        duration,
        _count(received),
        _count(sent),
    )
