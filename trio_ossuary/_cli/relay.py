"""What every tunnel end runs on: the relay, child processes, signals.

Theory of operation
===================

Everything is built from one piece, :func:`relay`, which copies bytes both
ways between an Ossuary channel and a *plain* stream (a TCP connection, a
child process's ``stdio``, or this process's stdin and stdout) until one
side is done, then closes both.

Ossuary has no half-close: a Disconnect ends both directions.  TCP and pipes
do have one, and clients use it ("here is my request, I am done sending").
So the question is what to do when the plain side reaches end of file:

* On the **server** side (``serve --forward`` / ``--exec``) the plain side is
  the service.  A service that closes its output is finished, so the channel
  is closed at once, after everything it produced has been sent.
* On the **client** side (``connect``, ``connect --listen``) the plain side is
  the user or a local client, who may still want the answer.  The channel
  stays open and the server's data keeps flowing until the server closes the
  channel or has been silent for ``--linger`` seconds (default 1); then the
  client closes it.  So ``echo hi | trio-ossuary connect HOST:PORT`` against
  an echo server prints ``hi`` and exits about a second later.  A service
  that only answers once its input ends (``sort``, ``tr`` with buffered
  output) cannot be used this way: it would never see the end of its input.

When the channel ends first, nothing more can be sent to the peer, and the
plain side is ended at once.  How depends on how the channel ended: after a
clean Disconnect the plain side is closed (an end of file); after a failure
(truncation, reset, authentication failure, timeout) it is aborted, so that
a cut-off transfer never looks complete: a TCP connection is reset, a
command is killed (the ``abort`` callback), and stdio exits with status 1
(see :mod:`.ending`).  The other way round, a plain side that fails,
or a ``--forward`` target that cannot be reached, closes the channel with
the failure flag, so that the far end aborts its own plain side.

Commands (``serve --exec``, ``connect --proxy-command``) are trio processes
whose ``stdio`` (their stdin and stdout pipes as one stream) is the plain
side or the transport.  An ``--exec`` command runs in a session (so a
process group) of its own, so that a pipeline or anything it starts in the
background can be ended together (:func:`reap_group`, :func:`kill_group`).
"""

from __future__ import annotations

import contextlib
import math
import os
import signal
import subprocess
from collections.abc import Awaitable, Callable, Mapping
from typing import Final, Protocol

import trio

from .._keys import PublicKey
from .ending import RelayResult, abort_plain
from .errors import logger

__all__ = [
    "CHANNEL_ERRORS",
    "EXIT_GRACE",
    "Channel",
    "close_forcefully",
    "kill_group",
    "reap_group",
    "relay",
    "run_cancellable",
    "start_command",
]

_CHUNK: Final = 1 << 16
#: How long a child process gets to exit after its stdin is closed.
EXIT_GRACE: Final = 1.0
#: What a channel (or a plain stream) raises when it cannot go on.
CHANNEL_ERRORS: Final = (trio.BrokenResourceError, trio.ClosedResourceError)


class Channel(Protocol):
    """What the command line uses of an established Ossuary channel.

    :class:`~trio_ossuary.OssuaryStream` has all of it, and so has the
    listening server's :class:`~.draining.DrainingChannel`, which the
    connection handlers are given instead.
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


async def close_forcefully(channel: Channel) -> None:
    """Close ``channel`` at once, as :func:`trio.aclose_forcefully` does.

    Args:
      channel: The channel.
    """
    with trio.CancelScope() as scope:
        scope.cancel()
        await channel.aclose()


async def relay(
    channel: Channel,
    plain: trio.abc.Stream,
    *,
    linger: float | None,
    abort: Callable[[], None] | None = None,
) -> RelayResult:
    """Copy bytes both ways until one side is done, then close both streams.

    A channel that ends cleanly closes ``plain``; a channel that fails aborts
    it (``abort``, then :func:`abort_plain`); a plaintext side that fails
    closes the channel with the failure flag.

    Args:
      channel: The Ossuary channel.
      plain: The plaintext side.
      linger: What to do when ``plain`` reaches end of file: None closes the
          channel at once (server side); a number keeps receiving from the
          channel until it has been silent that many seconds, or closes
          (client side; ``math.inf`` waits for the peer to close).
      abort: Called when the channel fails, before ``plain`` is closed (a
          command's :func:`kill_group`).

    Returns:
      How it ended: the channel's error (None if it ended cleanly), the
      plaintext side's, and the byte counts.
    """
    result = RelayResult()
    lingering = False
    # Whether downstream is in a receive without a deadline, and how many
    # such receives it has begun (upstream times the one lingering overtakes).
    receiving = False
    receives = 0

    async def upstream(done: trio.CancelScope) -> None:
        nonlocal lingering
        while True:
            try:
                data = await plain.receive_some(_CHUNK)
            except CHANNEL_ERRORS as exc:
                logger.debug("plaintext side failed: %s", exc)
                result.plain_error = exc
                done.cancel()
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
        if linger is None or linger <= 0:
            done.cancel()
            return
        lingering = True
        if receiving and math.isfinite(linger):
            # The receive in progress started before lingering, without a
            # deadline of its own: it gets linger seconds from now.
            started = receives
            await trio.sleep(linger)
            if receiving and receives == started:
                logger.debug("the peer was silent for %s s; closing", linger)
                done.cancel()

    async def downstream(done: trio.CancelScope) -> None:
        nonlocal receiving, receives
        try:
            while True:
                if lingering and linger is not None and math.isfinite(linger):
                    # Each receive after the plaintext side's end of file
                    # gets linger seconds.
                    with trio.move_on_after(linger) as scope:
                        try:
                            data = await channel.receive_some(_CHUNK)
                        except CHANNEL_ERRORS as exc:
                            result.error = exc
                            return
                    if scope.cancelled_caught:
                        logger.debug("the peer was silent for %s s; closing", linger)
                        return
                else:
                    # No cancel scope per chunk (one costs about as much as
                    # a scheduler pass): a receive that lingering overtakes
                    # is timed by upstream.
                    receiving = True
                    receives += 1
                    try:
                        data = await channel.receive_some(_CHUNK)
                    except CHANNEL_ERRORS as exc:
                        result.error = exc
                        return
                    finally:
                        receiving = False
                if not data:
                    logger.debug("the peer closed the channel")
                    return
                result.from_peer += len(data)
                try:
                    await plain.send_all(data)
                except CHANNEL_ERRORS as exc:
                    logger.debug("plaintext side failed: %s", exc)
                    result.plain_error = exc
                    return
        finally:
            done.cancel()

    try:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(upstream, nursery.cancel_scope)
            nursery.start_soon(downstream, nursery.cancel_scope)
    finally:
        failed = result.error is not None
        try:
            await channel.aclose(error=result.plain_error is not None)
        finally:
            if failed:
                # Integrity at the edge: a truncated channel must not look
                # like a complete transfer to the plaintext application.
                if abort is not None:
                    abort()
                await abort_plain(plain)
            else:
                await trio.aclose_forcefully(plain)
    return result


# ---------------------------------------------------------------------------
# Commands


async def start_command(
    command: str, *, env: Mapping[str, str], own_group: bool
) -> trio.Process:
    """Start ``command`` with ``/bin/sh -c``, its stdin and stdout piped.

    Args:
      command: The shell command line.
      env: Its whole environment.
      own_group: Start it in a session (so a process group) of its own.

    Returns:
      The process; ``process.stdio`` is its stdin and stdout as one stream.

    Raises:
      OSError: if it cannot be started.
    """
    return await trio.lowlevel.open_process(
        command,
        shell=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        start_new_session=own_group,
        env=dict(env),
    )


def _signal_group(process: trio.Process, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signum)


def kill_group(process: trio.Process) -> None:
    """Kill a command (and its process group, if it leads one) at once.

    Args:
      process: The command.
    """
    _signal_group(process, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError):
        process.kill()


async def reap_group(process: trio.Process) -> None:
    """Wait briefly for a command to exit, then end its whole process group.

    It gets :data:`EXIT_GRACE` seconds, then SIGTERM and as long again, then
    SIGKILL; whatever it left running in the background gets SIGTERM.

    Args:
      process: A command started with ``own_group``.
    """
    with trio.CancelScope(shield=True):
        for signum in (None, signal.SIGTERM, signal.SIGKILL):
            if signum is not None:
                _signal_group(process, signum)
            with trio.move_on_after(EXIT_GRACE):
                await process.wait()
                break
        _signal_group(process, signal.SIGTERM)
    logger.debug("command exited with status %s", process.returncode)


# ---------------------------------------------------------------------------
# Signals


async def run_cancellable(main: Callable[[], Awaitable[int]]) -> int:
    """Run ``main()``, ending it cleanly on SIGTERM or SIGHUP.

    Args:
      main: The command's body.

    Returns:
      What ``main`` returned, or 128 plus the signal number.
    """
    status: int | None = None
    result = 0
    signals = [
        getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
    ]
    with trio.open_signal_receiver(*signals) as received:
        async with trio.open_nursery() as nursery:

            async def watch() -> None:
                nonlocal status
                async for signum in received:
                    status = 128 + signum
                    nursery.cancel_scope.cancel()
                    return

            nursery.start_soon(watch)
            result = await main()
            nursery.cancel_scope.cancel()
    return result if status is None else status
