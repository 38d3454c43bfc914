"""A forged Reset under two streams that keep sending (issue #18).

The attacker's Reset reaches one stream (client or server) in the middle of
a run of the peer's records: it is injected, by an :class:`Interposer` under
that stream, just ahead of one of the records, so at least that record, and
whatever else the peer sends before our answer reaches it, arrives after
the Reset.  Each stream must then count one reset, report it once in each
direction, drop the old session's records, and carry on: the peer's records
of the new session all arrive.  Over memory streams and real loopback TCP,
with traffic toward the stream that got the Reset or both ways.

(The engine-level cases, tick by tick, are in
``tests/core/test_forged_reset.py``.)
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
import trio
import trio.testing
from adversary import SERVER_KEY
from interposer import Interposer, PacketHook, ossuary_pair
from wire_spec import DATA, RESET_PACKET, Packet

from trio_ossuary import ChannelReset, OssuaryStream

#: Each message is one record, different from every other in every part.
MESSAGE_BYTES = 1500
#: Records of the new session each receiving side must get before the end.
AFTER_RESET = 20
#: The Reset goes in ahead of this data record (from 0) toward the target.
INJECT_BEFORE = 4


def message(sender: str, index: int) -> bytes:
    head = b"%s %06d|" % (sender.encode(), index)
    body = (b"%06d." % index) * (MESSAGE_BYTES // 7)
    return head + body[: MESSAGE_BYTES - len(head) - 1] + b"|"


def inject_reset(injected: list[Packet]) -> PacketHook:
    """A receive hook: one Reset ahead of the INJECT_BEFORE-th data record."""
    count = 0

    def tamper(packet: Packet) -> list[bytes]:
        nonlocal count
        if packet.type != DATA:
            return [packet.raw]
        count += 1
        if count == INJECT_BEFORE + 1:
            injected.append(packet)
            return [RESET_PACKET, packet.raw]
        return [packet.raw]

    return PacketHook(tamper)


@asynccontextmanager
async def transports(kind: str) -> AsyncIterator[tuple[trio.abc.Stream, Any]]:
    """A connected (client, server) pair of raw transports."""
    if kind == "memory":
        client, server = trio.testing.memory_stream_pair()
        yield client, server
        return
    listeners = await trio.open_tcp_listeners(0, host="127.0.0.1")
    port = listeners[0].socket.getsockname()[1]
    async with listeners[0]:
        tcp_client = await trio.open_tcp_stream("127.0.0.1", port)
        tcp_server = await listeners[0].accept()
    async with tcp_client, tcp_server:
        yield tcp_client, tcp_server


@dataclasses.dataclass
class Side:
    """One stream and what its application saw."""

    name: str
    stream: OssuaryStream[Any]
    sends: bool
    sent: bytearray = dataclasses.field(default_factory=bytearray)
    #: What receive_some returned, one entry per session (split at resets).
    runs: list[bytearray] = dataclasses.field(default_factory=lambda: [bytearray()])
    receive_resets: int = 0
    send_resets: int = 0
    enough: trio.Event = dataclasses.field(default_factory=trio.Event)

    def new_session_messages(self) -> int:
        return self.runs[-1].count(b"|") // 2 if len(self.runs) > 1 else 0


async def run_sides(sides: list[Side], receivers: list[Side]) -> None:
    stop = trio.Event()

    async def read(side: Side) -> None:
        while True:
            try:
                data = await side.stream.receive_some()
            except ChannelReset:
                side.receive_resets += 1
                side.runs.append(bytearray())
                continue
            assert data, f"{side.name}: the channel closed"
            side.runs[-1] += data
            if side.new_session_messages() >= AFTER_RESET:
                side.enough.set()

    async def send(side: Side) -> None:
        index = 0
        while not stop.is_set():
            data = message(side.name, index)
            index += 1
            side.sent += data
            try:
                await side.stream.send_all(data)
            except ChannelReset:
                side.send_resets += 1

    async with trio.open_nursery() as nursery:
        for side in sides:
            nursery.start_soon(read, side)
            if side.sends:
                nursery.start_soon(send, side)
        for side in receivers:
            await side.enough.wait()
        stop.set()
        nursery.cancel_scope.cancel()


def check_runs(receiver: Side, sender: Side) -> None:
    """Each run is one contiguous piece of what the sender sent, in order."""
    position = 0
    for run in receiver.runs:
        if not run:
            continue
        found = sender.sent.find(run, position)
        assert found >= 0, f"{receiver.name} got bytes out of order or never sent"
        position = found + len(run)


@pytest.mark.parametrize("kind", ["memory", "tcp"])
@pytest.mark.parametrize("target", ["client", "server"])
@pytest.mark.parametrize("traffic", ["toward-it", "both-ways"])
async def test_a_forged_reset_costs_one_reset_and_the_streams_carry_on(
    kind: str, target: str, traffic: str
) -> None:
    injected: list[Packet] = []
    async with transports(kind) as (client_raw, server_raw):
        hook = inject_reset(injected)
        if target == "client":
            client_raw = Interposer(client_raw, on_receive=hook)
        else:
            server_raw = Interposer(server_raw, on_receive=hook)
        client, server = ossuary_pair(client_raw, server_raw, server_key=SERVER_KEY)
        both = traffic == "both-ways"
        sides = [
            Side("client", client, sends=both or target == "server"),
            Side("server", server, sends=both or target == "client"),
        ]
        # Those whose peer sends; the target always among them.
        receivers = [
            side for side, peer in zip(sides, sides[::-1], strict=True) if peer.sends
        ]
        with trio.fail_after(60):
            await run_sides(sides, receivers)
    assert injected, "the Reset was never injected"
    # One reset each, whatever was in flight: the old session's records
    # after the Reset, and the peer's answering Reset, cost nothing more.
    assert client._conn is not None
    assert server._conn is not None
    assert (client._conn.resets, server._conn.resets) == (1, 1)
    peers = {"client": sides[1], "server": sides[0]}
    for side in sides:
        if side in receivers:
            # Reported once in the receiving direction, and the new session
            # goes on (AFTER_RESET records of it arrived).
            assert side.receive_resets == 1, side.name
            check_runs(side, peers[side.name])
        if side.sends:
            # ... and once in the sending direction.
            assert side.send_resets == 1, side.name
