"""How a connection ended (:class:`Ending`), what that does at the plaintext
edge, and the one line it logs.

A connection ends in one of six ways (:class:`Ending`); :mod:`.relay`
records the first it sees.  Three are clean: the peer closed the channel,
our plaintext side ended (a command with status 0), or the client stopped
waiting after ``--linger``; only they may look like a clean end to a
plaintext application.  The other three (the channel failed, the plaintext
side failed, a stop cut the connection) *abort* the plaintext side
(:func:`abort_plain`): a socket is reset (:func:`.endpoints.reset_socket`,
as stunnel's ``reset = yes``), a ``--exec`` command is killed, and stdio
ends with a non-zero exit status (the callers raise); and the channel is
closed with the failure flag, so that the far end aborts its own side.

Each connection ends in one log line at the default level (:func:`log_end`,
silenced by ``-q``): who (its address, and the key it proved), for how
long, how many bytes each way, and how it ended (:func:`describe_end`, or
:func:`handshake_failure` when it never got past its handshake).

A peer that answers a handshake with something printable, such as an SSH or
HTTP banner, was probably never an Ossuary peer: :class:`FirstBytes` keeps
the first bytes a transport delivered so that :func:`not_ossuary_hint` can
say so.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import Final, TypeAlias

import trio

from .._errors import AuthenticationError, ConnectionFailed, UntrustedServerError
from .endpoints import reset_socket
from .errors import describe_channel_error

__all__ = [
    "Ending",
    "FirstBytes",
    "RelayResult",
    "Transport",
    "UNPROVEN",
    "abort_plain",
    "handshake_failure",
    "describe_end",
    "log_end",
    "not_ossuary_hint",
    "session_logger",
]

#: One line per connection; INFO is shown by default, ``-q`` raises it.
session_logger: Final = logging.getLogger("trio_ossuary.cli.session")

#: Who a peer is when it proved no key because its handshake never ended.
UNPROVEN: Final = "(no key proven)"

_PREFIX: Final = 64
_SHOWN: Final = 40


class Ending(enum.Enum):
    """How a connection ended; the relay records the first end it sees.

    Only the first three are clean: the plaintext side is closed normally
    and the channel gets a clean Disconnect.  The others abort the
    plaintext side and close the channel with the failure flag.
    """

    #: The peer closed the channel cleanly: its plaintext side ended cleanly.
    PEER_CLOSED = "peer closed"
    #: Our plaintext side ended cleanly (a command: with status 0) and we
    #: closed the channel.
    CLOSED = "closed"
    #: Client only: our input ended and the server was then silent for
    #: ``--linger`` seconds, so we closed.  Clean, but it proves nothing
    #: about completeness.
    STOPPED_WAITING = "stopped waiting"
    #: The channel failed: reset, truncated, Disconnect with the failure
    #: flag, timed out.
    CHANNEL_FAILED = "channel failed"
    #: Our plaintext side failed: a read or write error, a command that
    #: exited non-zero or was killed.
    PLAIN_FAILED = "plaintext side failed"
    #: A stop cut it: a signal and its grace period, or a second signal.
    CUT = "cut"

    @property
    def clean(self) -> bool:
        """Whether the plaintext side gets a clean end of stream."""
        return self in (Ending.PEER_CLOSED, Ending.CLOSED, Ending.STOPPED_WAITING)


@dataclass
class RelayResult:
    """How a relay between a channel and a plaintext stream ended.

    Attributes:
      ending: How it ended (None only while it runs).
      cause: Words for a plaintext failure (``exit status 3``, or the
          error of a failed read or write: ``broken pipe``), a cut's reason,
          or the ``--linger`` time that ran out.
      error: What failed the channel, or None.
      plain_error: What failed the plaintext side, or None.
      plain_writing: Whether that failure was a write (else a read).
      note: Something the log line adds (how a command ended after the
          peer had closed).
      from_peer: Plaintext bytes received over the channel.
      to_peer: Plaintext bytes sent over the channel.
    """

    ending: Ending | None = None
    cause: str | None = None
    error: BaseException | None = None
    plain_error: BaseException | None = None
    plain_writing: bool = False
    note: str | None = None
    from_peer: int = 0
    to_peer: int = 0


async def abort_plain(plain: trio.abc.AsyncResource) -> None:
    """Close ``plain`` so that its user sees a failure, not an end of file.

    A socket is reset (:func:`~.endpoints.reset_socket`); anything else is
    just closed (a command is killed by the relay's ``abort`` callback, and
    stdio's failure is the exit status).

    Args:
      plain: The plaintext side of a relay.
    """
    sock = getattr(plain, "socket", None)
    if isinstance(plain, trio.SocketStream) and sock is not None:
        reset_socket(sock)
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
        self._stapled: Transport | None = None

    def stapled(self) -> Transport:
        """The transport for the channel: sends to the wrapped stream, receives here."""
        self._stapled = trio.StapledStream(self.transport_stream, self)
        return self._stapled

    def stop_recording(self) -> None:
        """Once the handshake is done: the channel receives straight from the
        wrapped stream too (one wrapper less under every parked receive, about
        1 KB per idle tunnel connection).  Call it while nothing receives."""
        if self._stapled is not None:
            self._stapled.receive_stream = self.transport_stream

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
Transport: TypeAlias = "trio.StapledStream[trio.abc.Stream, trio.abc.ReceiveStream]"


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


def _cause(exc: BaseException) -> BaseException:
    # What the stream's BrokenResourceError wraps, if anything.
    cause = exc.__cause__
    return cause if cause is not None else exc


def handshake_failure(
    exc: BaseException, transport: FirstBytes, role: str, peer: str
) -> tuple[str, str]:
    """Name the peer and the ending of a connection whose handshake failed.

    ``refused`` is only ever our refusal of the peer (it did not prove an
    authorized key), naming the key it proved if it proved one; a peer that
    ended the handshake with a failure refused us (or its service failed),
    and says so; anything else failed.

    Args:
      exc: What the handshake raised.
      transport: The transport, with the first bytes the peer sent.
      role: What the peer is: ``client`` or ``server``.
      peer: How to name it in the words: ``client HOST:PORT``.

    Returns:
      The key's fingerprint (or :data:`UNPROVEN`) and the ending, for
      :func:`log_end`.
    """
    hint = not_ossuary_hint(transport.prefix, role)
    if hint is not None:
        return UNPROVEN, f"failed: {hint}"
    cause = _cause(exc)
    if isinstance(cause, ConnectionFailed) and cause.by_peer:
        theirs = "or its service failed" if role == "server" else "or gave up"
        return UNPROVEN, f"failed: the {role} refused our key, {theirs}"
    if isinstance(cause, AuthenticationError) and not isinstance(
        cause, UntrustedServerError
    ):
        key = cause.public_key
        return (UNPROVEN if key is None else key.fingerprint()), f"refused: {cause}"
    return UNPROVEN, f"failed: {describe_channel_error(exc, peer)}"


def describe_end(result: RelayResult, peer: str, local: str) -> str:
    """Say how a relay ended, in the words of the connection's log line.

    ``closed by the client``, ``closed: the service ended``, ``closed:
    stopped waiting ...``, ``reset: WHY``, ``cut: WHY``: the first word
    says whether the plaintext sides saw a clean end (``closed``) or an
    abort (``reset``, ``cut``).

    Args:
      result: What the relay returned.
      peer: How to name the other end of the channel (``client HOST:PORT``).
      local: How to name our plaintext side (``the service``).

    Returns:
      The ending, for :func:`log_end`.
    """
    words = _ending_words(result, peer, local)
    return words if result.note is None else f"{words} ({result.note})"


def _ending_words(result: RelayResult, peer: str, local: str) -> str:
    ending = result.ending
    role = peer.split()[0]
    if ending is Ending.PEER_CLOSED:
        return f"closed by the {role}"
    if ending is Ending.CLOSED:
        return f"closed: {local} ended"
    if ending is Ending.STOPPED_WAITING:
        return (
            f"closed: stopped waiting, the {role} was silent for {result.cause} s "
            f"after {local} ended (not proof that the answer was complete)"
        )
    if ending is Ending.CUT:
        return f"cut: {result.cause}"
    if ending is Ending.PLAIN_FAILED:
        if result.plain_error is None:
            return f"reset: {local} failed: {result.cause}"
        verb = "write to" if result.plain_writing else "read from"
        return f"reset: cannot {verb} {local}: {result.cause}"
    assert result.error is not None
    return f"reset: {describe_channel_error(result.error, peer)}"


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
      ending: How it ended: ``closed ...``, ``reset: WHY``, ``cut: WHY``,
          ``refused: WHY`` (we refused the peer), ``failed: WHY``.
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
