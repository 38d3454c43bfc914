"""The serve lifecycle in one process, where the order of events is the point.

:class:`DrainingChannel` must report end of stream only once no send is
half-way through, so that the Disconnect that follows can be written; and a
second SIGTERM/SIGINT must cut a graceful shutdown short, for a listening
server as for ``serve --stdio``'s one connection.  Both are races in a real
server, so they are driven here step by step
(``wait_all_tasks_blocked``), without timers.
"""

from __future__ import annotations

import os
import signal
from typing import Any

import trio
import trio.testing

from trio_ossuary import OssuaryOptions, SecretKey, open_ossuary_over_tcp_stream
from trio_ossuary._cli.draining import DrainingChannel, OneConnection
from trio_ossuary._cli.server import Server, ServerKeys


class _FakeChannel(trio.abc.Stream):
    """A lockstep stream that closes as an OssuaryStream does (``error=``)."""

    def __init__(self, stream: trio.abc.Stream) -> None:
        self.stream = stream

    async def send_all(self, data: bytes | bytearray | memoryview) -> None:
        await self.stream.send_all(data)

    async def wait_send_all_might_not_block(self) -> None:
        await self.stream.wait_send_all_might_not_block()

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        return bytes(await self.stream.receive_some(max_bytes))

    async def aclose(self, *, error: bool = False) -> None:
        await self.stream.aclose()


def _channel() -> tuple[Any, trio.abc.Stream]:
    ours, theirs = trio.testing.lockstep_stream_pair()
    return _FakeChannel(ours), theirs  # only the Stream methods are used


def _draining() -> tuple[DrainingChannel, trio.abc.Stream]:
    channel, theirs = _channel()
    return DrainingChannel(channel), theirs


async def test_end_of_stream_waits_for_the_send_in_progress() -> None:
    draining, peer = _draining()
    events: list[str] = []

    async def send() -> None:
        await draining.send_all(b"in flight")
        events.append("sent")

    async def receive() -> None:
        assert await draining.receive_some() == b""
        events.append("end of stream")

    async with trio.open_nursery() as nursery:
        nursery.start_soon(send)
        nursery.start_soon(receive)
        await trio.testing.wait_all_tasks_blocked()
        draining.stop()
        await trio.testing.wait_all_tasks_blocked()
        # The send cannot finish until the peer reads: nor may the EOF.
        assert events == []
        assert await peer.receive_some() == b"in flight"
    assert events == ["sent", "end of stream"]


async def test_a_send_after_the_end_of_stream_sends_nothing() -> None:
    draining, peer = _draining()
    draining.stop()
    assert await draining.receive_some() == b""
    with trio.CancelScope() as scope:

        async def cancel_when_blocked() -> None:
            await trio.testing.wait_all_tasks_blocked()
            scope.cancel()

        async with trio.open_nursery() as nursery:
            nursery.start_soon(cancel_when_blocked)
            await draining.send_all(b"too late")
    assert scope.cancelled_caught
    # Nothing reached the peer: it now sees the close, not a partial record.
    await draining.aclose()
    assert await peer.receive_some() == b""


async def test_without_stop_data_flows_both_ways() -> None:
    draining, peer = _draining()
    async with trio.open_nursery() as nursery:
        nursery.start_soon(draining.send_all, b"out")
        assert await peer.receive_some() == b"out"
        nursery.start_soon(peer.send_all, b"in")
        assert await draining.receive_some() == b"in"


async def test_second_signal_cuts_the_grace_period_short() -> None:
    key = SecretKey.generate()
    keys = ServerKeys(OssuaryOptions(secret_key=key), "server.key", None)
    entered = trio.Event()

    async def stubborn(channel: Any, started: float) -> None:
        # A connection that ignores the request to finish.
        entered.set()
        await trio.sleep_forever()

    server = Server(stubborn, keys, max_connections=None, grace=float("inf"))
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
        assert not status  # draining, with no end in sight
        os.kill(os.getpid(), signal.SIGINT)
    assert status == [128 + signal.SIGINT]
    await client.aclose()


async def test_one_connection_cut_short_by_a_second_signal() -> None:
    # serve --stdio: a channel that does not finish when asked.
    life = OneConnection(grace=float("inf"))
    channel, _peer = _channel()
    status: list[int] = []

    async def stubborn() -> int:
        life.drain(channel)
        await trio.sleep_forever()
        return 0  # pragma: no cover

    async def run() -> None:
        status.append(await life.run(stubborn))

    async with trio.open_nursery() as nursery:
        nursery.start_soon(run)
        await trio.testing.wait_all_tasks_blocked()
        os.kill(os.getpid(), signal.SIGTERM)
        await trio.testing.wait_all_tasks_blocked()
        assert not status  # waiting for the channel, with no end in sight
        os.kill(os.getpid(), signal.SIGINT)
    assert status == [128 + signal.SIGINT]


async def test_one_connection_cut_off_when_the_grace_period_ends() -> None:
    life = OneConnection(grace=0)

    async def stubborn() -> int:
        await trio.sleep_forever()
        return 0  # pragma: no cover

    async def signal_when_blocked() -> None:
        await trio.testing.wait_all_tasks_blocked()
        os.kill(os.getpid(), signal.SIGHUP)

    async with trio.open_nursery() as nursery:
        nursery.start_soon(signal_when_blocked)
        assert await life.run(stubborn) == 128 + signal.SIGHUP


async def test_one_connection_signalled_during_its_handshake_stops_at_once() -> None:
    # The signal comes before the channel exists: it is stopped on arrival.
    life = OneConnection(grace=float("inf"))
    channel, _peer = _channel()

    async def body() -> int:
        await trio.testing.wait_all_tasks_blocked()
        os.kill(os.getpid(), signal.SIGTERM)
        await trio.testing.wait_all_tasks_blocked()
        draining = life.drain(channel)
        assert await draining.receive_some() == b""
        return 0

    assert await life.run(body) == 0
