"""Asking an established channel to finish, and how long it gets.

Theory of operation
===================

Asking a channel to finish means sending a Disconnect, which the peer reads
as a clean close.  The Disconnect must not be written while a record is
half-written (the library skips it then), so :class:`DrainingChannel` lets a
``send_all`` in progress complete and only then reports end of stream to the
task reading the channel; the handler then closes the channel, which sends
the Disconnect.  Data the client sends after that moment is not delivered:
Ossuary has no half-close, so the server cannot keep reading once it has
said goodbye.

A listening server (:mod:`.server`) stops every open channel this way
on SIGTERM or SIGINT.  ``serve --stdio`` has one connection and nothing to
reload, so SIGHUP (the terminal or ssh session going away) ends it like
SIGTERM and SIGINT do: :class:`OneConnection` asks that channel to finish
in the same way and waits for it for the same grace period.
"""

from __future__ import annotations

import signal
from collections.abc import Awaitable, Callable
from typing import Final

import trio

from .._keys import PublicKey
from .errors import logger
from .relay import Channel

__all__ = ["DEFAULT_GRACE", "DrainingChannel", "OneConnection"]

#: Seconds open connections get to finish after SIGTERM or SIGINT.
DEFAULT_GRACE: Final = 5.0


class DrainingChannel(trio.abc.Stream):
    """An established channel that can be told to finish at a clean point.

    After :meth:`stop`, a ``receive_some`` (the one waiting, or the next one)
    returns ``b""`` as if the peer had closed, but only once no ``send_all``
    is half-way through; a ``send_all`` started after that end of stream was
    reported waits (sending nothing) until it is cancelled.  So the task that
    reads the channel sees its end, the handler closes it, and the close can
    send a clean Disconnect.  Everything else is the wrapped channel's.

    Args:
      channel: The established channel.
    """

    def __init__(self, channel: Channel) -> None:
        self.channel: Channel = channel
        self._stopping = False
        self._eof_reported = False
        self._receive_scope: trio.CancelScope | None = None
        self._sending = 0
        self._idle = trio.Event()
        self._idle.set()

    # The rest of what a connection handler uses (see Channel).
    @property
    def remote_public_key(self) -> PublicKey | None:
        """The client's proven key, or None if it is anonymous."""
        return self.channel.remote_public_key

    @property
    def transport_stream(self) -> trio.abc.Stream:
        """The wrapped channel's transport."""
        return self.channel.transport_stream

    def stop(self) -> None:
        """Ask the reader to finish: end of stream after the send in progress."""
        self._stopping = True
        if self._receive_scope is not None:
            self._receive_scope.cancel()

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        """Receive from the channel, or ``b""`` once stopped (see the class)."""
        if not self._stopping:
            with trio.CancelScope() as scope:
                self._receive_scope = scope
                try:
                    return await self.channel.receive_some(max_bytes)
                finally:
                    self._receive_scope = None
        self._eof_reported = True
        while self._sending:
            await self._idle.wait()
        await trio.lowlevel.checkpoint()
        return b""

    async def send_all(self, data: bytes | bytearray | memoryview) -> None:
        """Send on the channel (see the class for what happens once stopped)."""
        if self._eof_reported:
            await trio.sleep_forever()
        self._sending += 1
        self._idle = trio.Event()
        try:
            await self.channel.send_all(data)
        finally:
            self._sending -= 1
            if not self._sending:
                self._idle.set()

    async def wait_send_all_might_not_block(self) -> None:
        """As the wrapped channel's."""
        await self.channel.wait_send_all_might_not_block()

    async def aclose(self, *, error: bool = False) -> None:
        """Close the channel, as :meth:`OssuaryStream.aclose` does.

        Args:
          error: Send Disconnect with the failure flag (the plaintext side
              failed), so the peer does not take the end for a clean one.
        """
        await self.channel.aclose(error=error)


# ---------------------------------------------------------------------------
# serve --stdio


class OneConnection:
    """The life of ``serve --stdio``: one channel, drained on a signal.

    On the first SIGTERM, SIGINT or SIGHUP the channel is asked to finish
    (:meth:`DrainingChannel.stop`, at once or as soon as its handshake is
    done) and gets ``grace`` seconds; a second signal, or the end of the
    grace period, cuts it off.

    Args:
      grace: Seconds the channel gets to finish after a signal.
    """

    def __init__(self, *, grace: float) -> None:
        self._grace = grace
        self._draining: DrainingChannel | None = None
        self._signal: int | None = None
        self._forced: int | None = None
        self._scope = trio.CancelScope()

    def drain(self, channel: Channel) -> DrainingChannel:
        """Wrap the established channel so that a signal can stop it.

        Args:
          channel: The channel, once its handshake is done.

        Returns:
          The channel to hand to the connection handler.
        """
        self._draining = DrainingChannel(channel)
        if self._signal is not None:
            self._draining.stop()
        return self._draining

    def request_stop(self, signum: int) -> None:
        """Ask the channel to finish, or cut it off if already asked.

        Args:
          signum: The signal that asked for it.
        """
        if self._signal is None:
            self._signal = signum
            logger.info(
                "signal %d: closing the connection, waiting up to %g s",
                signum,
                self._grace,
            )
            if self._draining is not None:
                self._draining.stop()
            self._scope.deadline = trio.current_time() + self._grace
        elif self._forced is None:
            self._forced = signum
            self._scope.cancel()

    async def run(self, body: Callable[[], Awaitable[int]]) -> int:
        """Run the connection, watching for signals.

        Args:
          body: Serves the connection; returns the exit status.

        Returns:
          What ``body`` returned, or 128 plus the signal number if it had to
          be cut off.
        """
        status = 0
        signals = [signal.SIGINT, signal.SIGTERM, signal.SIGHUP]
        with trio.open_signal_receiver(*signals) as received:
            async with trio.open_nursery() as nursery:

                async def watch() -> None:
                    async for signum in received:
                        self.request_stop(signum)

                nursery.start_soon(watch)
                with self._scope:
                    status = await body()
                nursery.cancel_scope.cancel()
        if self._scope.cancelled_caught:
            assert self._signal is not None
            logger.info("the connection was cut off")
            return 128 + (self._forced or self._signal)
        return status
