"""The graceful stop in one process, where the order of events is the point.

A stop lets open connections run until they end by themselves or the grace
period runs out, and only then cuts them; a second signal cuts at once; the
exit status says whether anything was cut.  These are races in a real
server, so they are driven here step by step (``wait_all_tasks_blocked``,
and trio's mock clock for the grace period), without real timers.  The same
rules with real processes are in ``test_cli_endings.py``.
"""

from __future__ import annotations

import os
import signal
from typing import Any

import trio
import trio.testing

from trio_ossuary import OssuaryOptions, SecretKey, open_ossuary_over_tcp_stream
from trio_ossuary._cli.draining import GracefulStop
from trio_ossuary._cli.relay import Cutoff
from trio_ossuary._cli.server import Server, ServerKeys


async def test_a_stop_waits_for_the_open_connections_to_end() -> None:
    stop = GracefulStop(grace=float("inf"), what="test")
    finished = trio.Event()
    drained: list[bool] = []

    async def connection() -> None:
        with stop.connection():
            await finished.wait()

    async def drain() -> None:
        await stop.drain()
        drained.append(True)

    async with trio.open_nursery() as nursery:
        nursery.start_soon(connection)
        nursery.start_soon(drain)
        await trio.testing.wait_all_tasks_blocked()
        stop.request_stop(signal.SIGTERM)
        await trio.testing.wait_all_tasks_blocked()
        # Stopping, but nothing is touched while the connection runs.
        assert stop.stopping.is_set()
        assert drained == []
        assert not stop.cutoff.is_cut
        finished.set()
    assert drained == [True]
    assert stop.exit_status() == 0


async def test_the_grace_period_cuts_what_is_still_open(
    autojump_clock: trio.testing.MockClock,
) -> None:
    stop = GracefulStop(grace=5, what="the server")
    ends: list[str] = []

    async def idle_connection() -> None:
        # Idle is not special: it is cut like any other.
        with stop.connection(), stop.cutoff.scope() as cut:
            await trio.sleep_forever()
        ends.append("cut" if cut.cancelled_caught else "ended")

    async with trio.open_nursery() as nursery:
        nursery.start_soon(idle_connection)
        await trio.testing.wait_all_tasks_blocked()
        stop.request_stop(signal.SIGTERM)
        started = trio.current_time()
        await stop.drain()
        assert trio.current_time() - started == 5
    assert ends == ["cut"]
    assert "SIGTERM" in stop.cutoff.reason
    assert "5 s grace period ran out" in stop.cutoff.reason
    assert stop.exit_status() == 128 + signal.SIGTERM


async def test_a_second_signal_cuts_at_once() -> None:
    stop = GracefulStop(grace=float("inf"), what="the server")

    async def connection() -> None:
        with stop.connection(), stop.cutoff.scope():
            await trio.sleep_forever()

    async with trio.open_nursery() as nursery:
        nursery.start_soon(connection)
        nursery.start_soon(stop.drain)
        await trio.testing.wait_all_tasks_blocked()
        stop.request_stop(signal.SIGTERM)
        await trio.testing.wait_all_tasks_blocked()
        assert not stop.cutoff.is_cut
        stop.request_stop(signal.SIGINT)
    assert stop.cutoff.is_cut
    assert "then told to stop at once (SIGINT)" in stop.cutoff.reason
    assert stop.exit_status() == 128 + signal.SIGINT


async def test_a_stop_with_nothing_open_exits_0() -> None:
    stop = GracefulStop(grace=float("inf"), what="the server")
    stop.request_stop(signal.SIGTERM)
    await stop.drain()
    stop.request_stop(signal.SIGINT)  # nothing left to cut
    assert stop.exit_status() == 0


async def test_a_cut_reaches_scopes_entered_after_it() -> None:
    # A connection still in its handshake when the cut comes, and one whose
    # relay starts just after: both are cut.
    cutoff = Cutoff()
    cutoff.cut("stopped")
    with cutoff.scope() as scope:
        await trio.sleep_forever()
    assert scope.cancelled_caught
    assert cutoff.reason == "stopped"
    cutoff.cut("again")
    assert cutoff.reason == "stopped"


async def test_second_signal_cuts_a_listening_server_short() -> None:
    key = SecretKey.generate()
    keys = ServerKeys(OssuaryOptions(secret_key=key), "server.key", None)
    entered = trio.Event()
    cut: list[bool] = []

    async def long_running(
        channel: Any, peer: str, started: float, cutoff: Cutoff
    ) -> None:
        # A connection with no end in sight: only the cut ends it.
        entered.set()
        with cutoff.scope() as scope:
            await trio.sleep_forever()
        cut.append(scope.cancelled_caught)

    server = Server(long_running, keys, max_connections=None, grace=float("inf"))
    listeners = await trio.open_tcp_listeners(0, host="127.0.0.1")
    port = listeners[0].socket.getsockname()[1]
    status: list[int] = []

    async def run() -> None:
        status.append(await server.run(listeners))

    async with trio.open_nursery() as nursery:
        nursery.start_soon(run)
        client = await open_ossuary_over_tcp_stream(
            "127.0.0.1", port, authorized_keys=[key.public_key]
        )
        await client.do_handshake()
        await entered.wait()
        await trio.testing.wait_all_tasks_blocked()
        os.kill(os.getpid(), signal.SIGTERM)
        await trio.testing.wait_all_tasks_blocked()
        assert not status  # waiting for the connection, with no end in sight
        assert cut == []
        os.kill(os.getpid(), signal.SIGINT)
    assert status == [128 + signal.SIGINT]
    assert cut == [True]
    await client.aclose()
