"""The relay between an Ossuary channel and a plaintext stream, and how it ends.

Theory of operation
===================

Every tunnel end is built from one piece, :func:`relay`, which copies bytes
both ways between an Ossuary channel and a *plain* stream (a TCP or Unix
connection, a command's stdin and stdout, or this process's stdin and
stdout) until the connection ends, then closes both.  How it ended is the
one thing the relay decides, and it is decided once: the first task to see
an end records it (:class:`~.ending.Ending`), and everything after follows
from that record.

The rule
--------

A plaintext side gets a clean end of stream only when the other plaintext
side ended cleanly.  So:

* **Clean endings.**  The peer closes the channel (a Disconnect without the
  failure flag: its own plaintext side ended cleanly), or our plaintext
  side reaches its end of file (and, for a command, exits with status 0,
  which ``finish`` reports) and we close the channel.  Then the plain side
  is closed normally (a FIN, a closed pipe) and the channel gets a clean
  Disconnect.
* **Everything else aborts.**  The channel fails (truncation, reset,
  Disconnect with the failure flag, timeout); the plaintext side fails (a
  read or write error, a command that exits non-zero or is killed); or the
  connection is cut by a stop (:class:`Cutoff`: a signal's grace period
  ran out, a second signal) or cancelled from outside.  Then the plain side
  is aborted (:func:`~.ending.abort_plain`: a reset for a socket, the
  ``abort`` callback, which kills a command's group; stdio's callers exit
  non-zero) and the channel is closed with the failure flag, so the far end
  aborts its own plaintext side in turn.

Ossuary has no half-close
-------------------------

A Disconnect ends both directions, while TCP and pipes let one side say
"I am done sending" and keep reading.  So what a plain side's end of file
means depends on the end:

* On the **server** (``serve --forward`` / ``--exec``) the plain side is the
  service.  A service that closes its output is finished: the channel is
  closed at once (``linger=None``), after everything it produced has been
  sent, and for a command only once it has exited with status 0.
* On the **client** (``connect``) the plain side is the user or a local
  application, who may still want the answer.  The channel stays open and
  the server's data keeps flowing until the server closes the channel or
  has been silent for ``linger`` seconds; then the client closes it.  That
  last ending (:attr:`~.ending.Ending.STOPPED_WAITING`) is clean toward both
  sides, but it proves nothing about completeness: a server that paused
  longer than ``linger`` is cut short.  ``linger=math.inf`` waits for the
  server's own end.
"""

from __future__ import annotations

import contextlib
import errno
import math
from collections.abc import Awaitable, Callable, Iterator
from typing import Final, Protocol

import trio

from .._keys import PublicKey
from .ending import Ending, RelayResult, abort_plain
from .errors import describe_os_error, logger

__all__ = [
    "CHANNEL_ERRORS",
    "CLOSE_PATIENCE",
    "Channel",
    "Cutoff",
    "broken_pipe",
    "close_channel",
    "relay",
]

_CHUNK: Final = 1 << 16
#: What a channel (or a plain stream) raises when it cannot go on.
CHANNEL_ERRORS: Final = (trio.BrokenResourceError, trio.ClosedResourceError)
#: How long an aborted channel's Disconnect (with the failure flag) may take
#: to write; after that the transport is closed without it, which the peer
#: reads as a truncation: a failure too.
CLOSE_PATIENCE: Final = 1.0


class Channel(Protocol):
    """What the command line uses of an established Ossuary channel.

    :class:`~trio_ossuary.OssuaryStream` has all of it.
    """

    @property
    def remote_public_key(self) -> PublicKey | None:
        """The peer's proven key, or None if it is anonymous."""

    @property
    def transport_stream(self) -> trio.abc.Stream:
        """The stream the channel runs over."""

    async def send_all(self, data: bytes | bytearray | memoryview) -> None:
        """Send all of ``data``."""

    async def wait_send_all_might_not_block(self) -> None:
        """Wait until sending might not block."""

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        """Receive some data; ``b""`` once the peer has closed."""

    async def aclose(self, *, error: bool = False) -> None:
        """Close the channel, with the failure flag if ``error``."""


class Cutoff:
    """The order to cut every open connection, and why.

    A graceful stop (:mod:`.draining`) lets connections run; when its grace
    period runs out (or a second signal comes) it calls :meth:`cut`, which
    cancels every :meth:`scope` entered so far or later.  A relay inside
    such a scope ends as :attr:`~.ending.Ending.CUT`: both plaintext sides
    are aborted.
    """

    def __init__(self) -> None:
        self.reason = ""
        self._scopes: set[trio.CancelScope] = set()
        self._cut = False

    @property
    def is_cut(self) -> bool:
        """Whether :meth:`cut` was called."""
        return self._cut

    def cut(self, reason: str) -> None:
        """Cut every connection (the first reason given is kept).

        Args:
          reason: Why, for the log lines: ``the server stopped (SIGTERM)``.
        """
        if not self._cut:
            self._cut = True
            self.reason = reason
        for scope in list(self._scopes):
            scope.cancel()

    @contextlib.contextmanager
    def scope(self) -> Iterator[trio.CancelScope]:
        """A cancel scope that :meth:`cut` cancels (at once if already cut).

        Yields:
          The scope; its ``cancelled_caught`` tells that the cut ended it.
        """
        scope = trio.CancelScope()
        if self._cut:
            scope.cancel()
        self._scopes.add(scope)
        try:
            with scope:
                yield scope
        finally:
            self._scopes.discard(scope)


async def close_channel(channel: Channel, *, clean: bool) -> None:
    """Close ``channel`` after a relay: cleanly, or with the failure flag.

    Shielded from the caller's cancellation, and bounded: a clean close by
    the channel's own patience (its Disconnect is best effort), an abortive
    one by :data:`CLOSE_PATIENCE`.  Either way the transport is closed.

    Args:
      channel: The channel.
      clean: Whether the connection ended cleanly.
    """
    with trio.CancelScope(shield=True):
        if clean:
            await channel.aclose()
            return
        with trio.move_on_after(CLOSE_PATIENCE):
            await channel.aclose(error=True)
        # Cancelled, aclose still closed the transport.
        await channel.aclose()


def _plain_failure(exc: BaseException) -> str:
    """Why a plain stream failed, in a few words (``broken pipe``)."""
    cause = exc.__cause__ if exc.__cause__ is not None else exc.__context__
    if isinstance(cause, OSError):
        return describe_os_error(cause)
    return str(exc) or type(exc).__name__


def broken_pipe(exc: BaseException | None) -> bool:
    """Whether a plain write failed because the reader closed its end (EPIPE).

    Args:
      exc: The plaintext side's error.

    Returns:
      True for a broken pipe.
    """
    while exc is not None:
        if isinstance(exc, OSError) and exc.errno == errno.EPIPE:
            return True
        exc = exc.__cause__ or exc.__context__
    return False


async def relay(
    channel: Channel,
    plain: trio.abc.Stream,
    *,
    linger: float | None,
    cutoff: Cutoff | None = None,
    finish: Callable[[], Awaitable[str | None]] | None = None,
    abort: Callable[[], None] | None = None,
) -> RelayResult:
    """Copy bytes both ways until the connection ends, then close both sides.

    See the module's docstring for the rule.  A cancellation from outside
    (or a :class:`KeyboardInterrupt`) ends the connection like a cut, then
    propagates.

    Args:
      channel: The Ossuary channel, established.
      plain: The plaintext side.
      linger: What ``plain``'s end of file does: None closes the channel at
          once (server side); a number keeps receiving from the channel until
          it has been silent that many seconds, or closes (client side;
          ``0`` closes at once, ``math.inf`` waits for the peer to close).
      cutoff: Ends the relay as :attr:`~.ending.Ending.CUT` when cut.
      finish: Awaited once ``plain`` reaches end of file, before anything
          else: None if the plaintext side ended cleanly, or words for its
          failure (``exit status 3``), which make the ending a failure.
      abort: Called when the connection ends in a failure, before ``plain``
          is aborted (a command's :func:`~.processes.kill_group`).

    Returns:
      How it ended, and the byte counts.
    """
    result = RelayResult()
    lingering = False
    done: trio.CancelScope | None = None
    # Whether downstream is in a receive without a deadline, and how many
    # such receives it has begun (upstream times the one lingering overtakes).
    receiving = False
    receives = 0

    def end(ending: Ending, cause: str | None = None) -> None:
        # The first end seen is the connection's end.
        if result.ending is None:
            result.ending = ending
            result.cause = cause
        if done is not None:
            done.cancel()

    async def upstream() -> None:
        nonlocal lingering
        while True:
            try:
                data = await plain.receive_some(_CHUNK)
            except CHANNEL_ERRORS as exc:
                logger.debug("plaintext side failed: %s", exc)
                result.plain_error = exc
                end(Ending.PLAIN_FAILED, _plain_failure(exc))
                return
            if not data:
                break
            try:
                await channel.send_all(data)
            except CHANNEL_ERRORS as exc:
                # Either the peer has closed the channel, and downstream will
                # drain what it sent and see the end, or the channel broke,
                # and downstream will get the same error: let it decide.
                logger.debug("cannot send any more: %s", exc)
                return
            result.to_peer += len(data)
        logger.debug("plaintext side reached end of file")
        if finish is not None:
            failure = await finish()
            if failure is not None:
                end(Ending.PLAIN_FAILED, failure)
                return
        if linger is None or linger <= 0:
            end(Ending.CLOSED)
            return
        lingering = True
        if receiving and math.isfinite(linger):
            # The receive in progress started before lingering, without a
            # deadline of its own: it gets linger seconds from now.
            started = receives
            await trio.sleep(linger)
            if receiving and receives == started:
                logger.debug("the peer was silent for %s s; closing", linger)
                end(Ending.STOPPED_WAITING, f"{linger:g}")

    async def downstream() -> None:
        nonlocal receiving, receives
        while True:
            if lingering and linger is not None and math.isfinite(linger):
                # Each receive after the plaintext side's end of file gets
                # linger seconds.
                with trio.move_on_after(linger) as scope:
                    try:
                        data = await channel.receive_some(_CHUNK)
                    except CHANNEL_ERRORS as exc:
                        result.error = exc
                        end(Ending.CHANNEL_FAILED)
                        return
                if scope.cancelled_caught:
                    logger.debug("the peer was silent for %s s; closing", linger)
                    end(Ending.STOPPED_WAITING, f"{linger:g}")
                    return
            else:
                # No cancel scope per chunk (one costs about as much as a
                # scheduler pass): a receive that lingering overtakes is
                # timed by upstream.
                receiving = True
                receives += 1
                try:
                    data = await channel.receive_some(_CHUNK)
                except CHANNEL_ERRORS as exc:
                    result.error = exc
                    end(Ending.CHANNEL_FAILED)
                    return
                finally:
                    receiving = False
            if not data:
                logger.debug("the peer closed the channel")
                end(Ending.PEER_CLOSED)
                return
            result.from_peer += len(data)
            try:
                await plain.send_all(data)
            except CHANNEL_ERRORS as exc:
                logger.debug("plaintext side failed: %s", exc)
                result.plain_error = exc
                result.plain_writing = True
                end(Ending.PLAIN_FAILED, _plain_failure(exc))
                return

    cut = cutoff.scope() if cutoff is not None else contextlib.nullcontext(None)
    try:
        with cut as cut_scope:
            async with trio.open_nursery() as nursery:
                done = nursery.cancel_scope
                nursery.start_soon(upstream)
                nursery.start_soon(downstream)
        if cut_scope is not None and cut_scope.cancelled_caught:
            assert cutoff is not None
            end(Ending.CUT, cutoff.reason)
    except BaseException:
        end(Ending.CUT, "interrupted")
        raise
    finally:
        assert result.ending is not None
        clean = result.ending.clean
        # Shielded: a relay cancelled from outside still closes both sides
        # (each close here is bounded).
        with trio.CancelScope(shield=True):
            if not clean:
                # The plaintext application learns first, and for certain: a
                # cut-off transfer must never look complete to it.
                if abort is not None:
                    abort()
                await abort_plain(plain)
            await close_channel(channel, clean=clean)
            if clean:
                await trio.aclose_forcefully(plain)
    return result
