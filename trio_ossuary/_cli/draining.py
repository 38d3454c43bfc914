"""A graceful stop: stop accepting, let connections end, then cut the rest.

Theory of operation
===================

Every command that carries connections (``serve``, with or without
``--stdio`` or ``--workers``; ``connect``, with or without ``--listen``)
stops the same way, through one :class:`GracefulStop`:

1. The first SIGTERM or SIGINT (and SIGHUP, except for a listening
   ``serve``, where it reloads) calls :meth:`GracefulStop.request_stop`:
   :attr:`~GracefulStop.stopping` is set, and whoever accepts connections
   stops at once (the listening sockets are closed).
2. Every open connection keeps running, untouched, until it ends by itself
   (either side's plaintext end, a failure) or the grace period runs out
   (:meth:`~GracefulStop.drain`).  An idle connection is not special:
   nothing tells it apart from one whose answer is on its way.
3. When the grace period is over, or a second signal comes, the connections
   still open are cut (:class:`~.relay.Cutoff`): the relay aborts both
   plaintext sides (a reset, a killed command, a non-zero exit) and closes
   the channel with the failure flag, so the far end aborts too.  Each cut
   connection logs one line saying so (``cut: ...``).

The exit status is 0 if every connection ended by itself, else 128 plus
the signal number (143 for SIGTERM, 130 for SIGINT; the second signal's,
if one cut the grace period short).  ``connect`` on stdio has a grace
period of 0: a signal cuts its one connection at once.

Nothing is sent to a connection when the stop begins: Ossuary has no way
to say "finish what you are doing" (a Disconnect ends both directions at
once, and would make a cut-off transfer look complete), so the stop waits
for each connection's own end.
"""

from __future__ import annotations

import contextlib
import math
import signal
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Final, TypeVar

import trio

from .errors import say
from .held_signals import HELD
from .relay import Cutoff

_T = TypeVar("_T")

__all__ = [
    "DEFAULT_GRACE",
    "GracefulStop",
    "run_cancellable",
    "signal_name",
    "stop_on_signals",
]

#: Seconds open connections get to end by themselves after SIGTERM/SIGINT.
DEFAULT_GRACE: Final = 5.0


def signal_name(signum: int) -> str:
    """``SIGTERM`` for 15, and so on.

    Args:
      signum: A signal number.

    Returns:
      Its name.
    """
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


class GracefulStop:
    """One process's connections, and how they stop (see the module).

    Args:
      grace: Seconds open connections get to end by themselves.
      who: A prefix for the log lines (a worker's name).
      what: Who is stopping, for the cut connections' log lines
          (``the server``, ``connect``).

    Attributes:
      cutoff: Cuts the connections when the grace period is over.
      stopping: Set by the first stop signal: accept nothing more.
    """

    def __init__(self, *, grace: float, who: str = "", what: str) -> None:
        self.cutoff = Cutoff()
        self.stopping = trio.Event()
        self._grace = grace
        self._who = who
        self._what = what
        self._signal: int | None = None
        self._second: int | None = None
        self._deadline = math.inf
        self._open = 0
        self._cut = 0
        self._changed = trio.Event()

    def opened(self) -> None:
        """Count a connection that was just accepted (no checkpoint)."""
        self._open += 1

    def closed(self) -> None:
        """Count a connection that has ended (no checkpoint)."""
        self._open -= 1
        self._wake()

    @contextlib.contextmanager
    def connection(self) -> Iterator[None]:
        """Count one connection while the block runs.

        Yields:
          Nothing.
        """
        self.opened()
        try:
            yield
        finally:
            self.closed()

    def _wake(self) -> None:
        self._changed.set()
        self._changed = trio.Event()

    def request_stop(self, signum: int) -> None:
        """Start the graceful stop, or cut it short if it has started.

        Args:
          signum: The signal that asked for it.
        """
        if self._signal is None:
            self._signal = signum
            self._deadline = trio.current_time() + self._grace
            self.stopping.set()
        elif self._second is None:
            self._second = signum
            if self._open:
                say(f"{self._who}second signal: cutting {self._open} connection(s) now")
            self._cut_all(
                f"{self._what} was stopped ({signal_name(self._signal)}), "
                f"then told to stop at once ({signal_name(signum)})"
            )
        self._wake()

    def _cut_all(self, reason: str) -> None:
        self._cut += self._open
        self.cutoff.cut(reason)

    async def drain(self) -> None:
        """Once stopping: wait for the open connections, cut them at the end.

        Returns when no connection is open: every one ended by itself, or
        was cut when the grace period ran out (or a second signal came) and
        has since closed.
        """
        await self.stopping.wait()
        if self._open and not self.cutoff.is_cut:
            say(
                f"{self._who}stopping: waiting up to {self._grace:g} s for "
                f"{self._open} open connection(s) to end"
            )
        with trio.move_on_at(self._deadline):
            while self._open and not self.cutoff.is_cut:
                await self._changed.wait()
        if self._open and not self.cutoff.is_cut:
            say(f"{self._who}grace period over: cutting {self._open} connection(s)")
            assert self._signal is not None
            self._cut_all(
                f"{self._what} was stopped ({signal_name(self._signal)}) and its "
                f"{self._grace:g} s grace period ran out"
            )
        while self._open:
            await self._changed.wait()

    def exit_status(self) -> int:
        """0 if no connection was cut, else 128 plus the deciding signal."""
        if not self._cut:
            return 0
        signum = self._second or self._signal
        assert signum is not None
        return 128 + signum


async def _watch(
    received: AsyncIterator[int],
    stop: GracefulStop,
    reload: Callable[[], Awaitable[object]] | None,
) -> None:
    async for signum in received:
        if signum == signal.SIGHUP and reload is not None:
            if not stop.stopping.is_set():
                await reload()
            continue
        stop.request_stop(signum)


@contextlib.asynccontextmanager
async def stop_on_signals(
    stop: GracefulStop,
    *,
    reload: Callable[[], Awaitable[object]] | None = None,
    ready: Callable[[], None] | None = None,
) -> AsyncIterator[None]:
    """Route SIGTERM, SIGINT and SIGHUP to ``stop`` while the block runs.

    Args:
      stop: What the signals stop.
      reload: Called on SIGHUP instead of stopping (before the stop began);
          None makes SIGHUP a stop signal like the others.
      ready: Called once the handlers are installed (it releases signals
          held until then: :mod:`.held_signals`).

    Yields:
      Nothing; the handlers are in place.
    """
    # The signals held back at start-up (SIGHUP may reload instead of stop):
    # one set, so that release() never unblocks one without its handler.
    with trio.open_signal_receiver(*HELD) as received:
        if ready is not None:
            ready()
        async with trio.open_nursery() as nursery:
            nursery.start_soon(_watch, received, stop, reload)
            yield
            nursery.cancel_scope.cancel()


async def run_one_connection(
    stop: GracefulStop, connection: Callable[[], Awaitable[_T]]
) -> _T:
    """Run a command's one connection (stdio), stopped like a server's.

    ``connection()`` runs counted by ``stop``, with the signals routed to
    it, so that a signal lets it run for the grace period and then cuts it.

    Args:
      stop: The command's stop.
      connection: Runs the connection; its cut is ``stop.cutoff``'s.

    Returns:
      What ``connection()`` returned.
    """
    async with stop_on_signals(stop), trio.open_nursery() as nursery:
        nursery.start_soon(stop.drain)
        with stop.connection():
            try:
                return await connection()
            finally:
                nursery.cancel_scope.cancel()


async def run_cancellable(main: Callable[[], Awaitable[int]]) -> int:
    """Run ``main()`` (no connections of its own), ending it on a signal.

    For ``demo``: SIGTERM and SIGHUP cancel it; SIGINT stays Ctrl-C.

    Args:
      main: The command's body.

    Returns:
      What ``main`` returned, or 128 plus the signal number.
    """
    status: int | None = None
    result = 0
    with trio.open_signal_receiver(signal.SIGTERM, signal.SIGHUP) as received:
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
