"""Cancelling OssuaryStream calls at many points, then checking the data.

The contract (see the ``_stream`` module docstring and the method docstrings):

* A cancelled ``receive_some`` loses no plaintext and leaves the stream fully
  usable, whatever it was doing: reading, handshaking, or writing the
  handshake or Reset packets that receiving sometimes has to write.
* A cancelled ``send_all`` leaves the stream either usable, the peer holding
  a prefix of whole records, or with its *sending* direction broken for good
  (every later ``send_all`` raises :exc:`trio.BrokenResourceError`), the peer
  holding whole records at most followed by one partial record and nothing
  after it.  Either way the receiving direction keeps working.

Cancellation points are chosen three ways: after the N-th byte the stream
reads (an :class:`~interposer.Interposer` hook cancels), while a write is
stalled after exactly N bytes (an interposer budget), and after N scheduling
ticks of a helper task over trio's lockstep transport, where every write
waits for the peer to read it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import trio
import trio.testing
from interposer import (
    Hook,
    Interposer,
    corrupt_packet,
    handshake_both,
    ossuary_pair,
)
from wire_spec import (
    DATA,
    parse_packets,
)

from trio_ossuary import ChannelReset, ConnectionFailed, OssuaryStream, PublicKey

Pair = tuple[OssuaryStream[Any], OssuaryStream[Any]]

#: Bytes on the wire: ClientHandshake, ClientAuthentication (client side).
CLIENT_HANDSHAKE_BYTES = 8 + 84
CLIENT_AUTH_BYTES = 8 + 124
SERVER_HANDSHAKE_BYTES = 8 + 200
#: A Data record's overhead: header, length fields, tag.
RECORD_OVERHEAD = 8 + 4 + 16
MAX_RECORD = 16384

#: What the senders send: small records, one message of two records, more.
MESSAGES = [b"a", b"b" * 300, b"c" * (MAX_RECORD + 100), b"d" * 50]
PAYLOAD = b"".join(MESSAGES)


def records(messages: list[bytes]) -> list[int]:
    """The plaintext sizes of the records that ``messages`` become."""
    sizes = []
    for message in messages:
        sizes += [
            len(message[i : i + MAX_RECORD]) for i in range(0, len(message), MAX_RECORD)
        ]
    return sizes


def record_boundaries(messages: list[bytes]) -> set[int]:
    """The plaintext offsets at which a whole-records prefix can end."""
    bounds, total = {0}, 0
    for size in records(messages):
        total += size
        bounds.add(total)
    return bounds


#: Seconds an iteration may take before it counts as hung (only a broken
#: stream comes anywhere near it).
HANG_GUARD = 10


@contextmanager
def iteration(what: str) -> Iterator[None]:
    """Say which iteration failed, and turn a hang into a failure."""
    try:
        with trio.fail_after(HANG_GUARD):
            yield
    except (AssertionError, trio.TooSlowError) as exc:
        raise AssertionError(f"{what}: {exc!r}") from exc


async def send_messages(stream: OssuaryStream[Any], messages: list[bytes]) -> None:
    for message in messages:
        await stream.send_all(message)


class Collector:
    """Receives everything from a stream, in a task of its own, until EOF.

    Attributes:
      received: The data so far.
      error: The BrokenResourceError that ended it, or None for a clean EOF.
      done: Set once it has ended.
    """

    def __init__(self, stream: OssuaryStream[Any]) -> None:
        self.stream = stream
        self.received = bytearray()
        self.error: trio.BrokenResourceError | None = None
        self.done = trio.Event()

    async def run(self) -> None:
        try:
            while chunk := await self.stream.receive_some():
                self.received += chunk
        except trio.BrokenResourceError as exc:
            self.error = exc
        finally:
            self.done.set()


async def cancel_when_blocked(
    scope: trio.CancelScope, then: Callable[[], None]
) -> None:
    """Cancel ``scope`` once everything is stuck, let that settle, then ``then()``."""
    await trio.testing.wait_all_tasks_blocked()
    scope.cancel()
    await trio.testing.wait_all_tasks_blocked()
    then()


async def cancel_after_ticks(scope: trio.CancelScope, ticks: int) -> None:
    for _ in range(ticks):
        await trio.lowlevel.checkpoint()
    scope.cancel()


async def exchange_both_ways(
    client: OssuaryStream[Any], server: OssuaryStream[Any]
) -> None:
    """Check that data still flows both ways (over any transport)."""
    async with trio.open_nursery() as nursery:
        nursery.start_soon(client.send_all, b"ping")
        assert await server.receive_some() == b"ping"
    async with trio.open_nursery() as nursery:
        nursery.start_soon(server.send_all, b"pong")
        assert await client.receive_some() == b"pong"


# -- receive_some -------------------------------------------------------------------


def incoming_offsets() -> Iterator[int]:
    # Every offset through the handshake packets the server reads, then a
    # spread through the records.
    yield from range(0, CLIENT_HANDSHAKE_BYTES + CLIENT_AUTH_BYTES + 40)
    yield from range(CLIENT_HANDSHAKE_BYTES + CLIENT_AUTH_BYTES + 40, 17500, 331)


def cancel_at_byte(tap: Interposer[Any], scope: trio.CancelScope, limit: int) -> Hook:
    """A hook cancelling ``scope`` once ``limit`` bytes have come through."""

    def count(data: bytes) -> bytes:
        if len(tap.received) + len(data) >= limit:
            scope.cancel()
        return data

    return count


@pytest.mark.parametrize("transport", ["memory", "lockstep"])
async def test_cancel_receive_some_after_each_incoming_byte(transport: str) -> None:
    for limit in incoming_offsets():
        with iteration(f"cancelled after incoming byte {limit}"):
            client_raw: trio.abc.Stream
            server_raw: trio.abc.Stream
            if transport == "memory":
                client_raw, server_raw = trio.testing.memory_stream_pair()
            else:
                client_raw, server_raw = trio.testing.lockstep_stream_pair()
            # Read in small pieces, so that the cancellation can land anywhere.
            tap = Interposer(server_raw, max_receive=13 if limit < 400 else 97)
            client, server = ossuary_pair(client_raw, tap)
            received = bytearray()
            async with trio.open_nursery() as nursery:
                nursery.start_soon(send_messages, client, MESSAGES)
                with trio.CancelScope() as scope:
                    tap.on_receive = cancel_at_byte(tap, scope, limit)
                    while len(received) < len(PAYLOAD):
                        received += await server.receive_some()
                tap.on_receive = tap.max_receive = None
                while len(received) < len(PAYLOAD):
                    received += await server.receive_some()
            assert received == PAYLOAD
            await exchange_both_ways(client, server)


async def test_cancel_receive_some_while_writing_the_server_handshake() -> None:
    # receive_some on the server writes the ServerHandshake; cancel it while
    # the transport has taken exactly n bytes of it.
    for budget in range(SERVER_HANDSHAKE_BYTES + 1):
        with iteration(f"ServerHandshake write stalled at byte {budget}"):
            client_raw, server_raw = trio.testing.memory_stream_pair()
            tap = Interposer(server_raw, send_budget=budget)
            client, server = ossuary_pair(client_raw, tap)
            results: list[bytes] = []
            async with trio.open_nursery() as nursery:
                nursery.start_soon(client.send_all, b"hello")
                with trio.CancelScope() as scope:
                    nursery.start_soon(cancel_when_blocked, scope, tap.allow_send)
                    results.append(await server.receive_some())
                # Short of the whole packet the write stalls and the
                # cancellation lands; with all of it allowed there is
                # nothing to cancel.
                assert scope.cancelled_caught is (budget < SERVER_HANDSHAKE_BYTES)
                if scope.cancelled_caught:
                    results.append(await server.receive_some())
            assert results == [b"hello"]
            await exchange_both_ways(client, server)


async def test_cancel_receive_some_while_writing_a_reset() -> None:
    # The server finds a corrupted record and must answer with a Reset (12
    # bytes); receive_some is cancelled while n of them are written.
    for budget in range(12 + 1):
        with iteration(f"Reset write stalled at byte {budget}"):
            client_raw, server_raw = trio.testing.memory_stream_pair()
            client_tap = Interposer(client_raw)
            server_tap = Interposer(server_raw)
            client, server = ossuary_pair(client_tap, server_tap)
            await handshake_both(client, server)
            client_tap.on_send = corrupt_packet(DATA)
            server_tap.send_budget = budget
            await client.send_all(b"corrupted")
            await reset_cancelled_while_writing(
                client, server, server_tap, stalls=budget < 12
            )


async def reset_cancelled_while_writing(
    client: OssuaryStream[Any],
    server: OssuaryStream[Any],
    server_tap: Interposer[Any],
    *,
    stalls: bool,
) -> None:
    """The server's receive_some, cancelled if its Reset write ``stalls``."""
    async with trio.open_nursery() as nursery:
        with trio.CancelScope() as scope:
            nursery.start_soon(cancel_when_blocked, scope, server_tap.allow_send)
            with pytest.raises(ChannelReset):
                await server.receive_some()
        assert scope.cancelled_caught is stalls
        if scope.cancelled_caught:
            with pytest.raises(ChannelReset):
                await server.receive_some()
    with pytest.raises(ChannelReset):
        await client.receive_some()
    with pytest.raises(ChannelReset):
        await client.send_all(b"x")
    with pytest.raises(ChannelReset):
        await server.send_all(b"x")
    await exchange_both_ways(client, server)


async def test_cancel_receive_some_after_each_scheduling_tick_over_lockstep() -> None:
    uncancelled_in_a_row = cancelled = 0
    ticks = 0
    while uncancelled_in_a_row < 5:
        with iteration(f"cancelled after {ticks} ticks"):
            client, server = ossuary_pair(*trio.testing.lockstep_stream_pair())
            received = bytearray()
            async with trio.open_nursery() as nursery:
                nursery.start_soon(send_messages, client, MESSAGES)
                with trio.CancelScope() as scope:
                    nursery.start_soon(cancel_after_ticks, scope, ticks)
                    while len(received) < len(PAYLOAD):
                        received += await server.receive_some()
                while len(received) < len(PAYLOAD):
                    received += await server.receive_some()
            assert received == PAYLOAD
            await exchange_both_ways(client, server)
            if scope.cancelled_caught:
                cancelled += 1
                uncancelled_in_a_row = 0
            else:
                uncancelled_in_a_row += 1
            ticks += 1
    assert cancelled > 20


# -- send_all ------------------------------------------------------------------------


def outgoing_offsets(messages: list[bytes]) -> Iterator[int]:
    """Offsets to stall the client's writes at: every byte of the handshake,
    then the edges and middle of each record's header and body."""
    handshake = CLIENT_HANDSHAKE_BYTES + CLIENT_AUTH_BYTES
    yield from range(handshake)
    start = handshake
    for size in records(messages):
        end = start + RECORD_OVERHEAD + size
        yield from sorted(
            {start, start + 1, start + 7, start + 8, start + 12, start + 13}
        )
        yield from sorted({(start + end) // 2, end - 1})
        start = end
    yield start
    yield start + 1000


async def check_after_cancelled_send(
    client: OssuaryStream[Any],
    server: OssuaryStream[Any],
    messages: list[bytes],
    collector: Collector,
) -> bool:
    """Assert the contract after a send_all that may have been cancelled.

    ``collector`` is running on ``server``.  Returns whether the client could
    still send.
    """
    payload = b"".join(messages)
    probe: BaseException | None = None
    try:
        await client.send_all(b"probe")
    except trio.BrokenResourceError as exc:
        probe = exc
        assert not isinstance(probe, ChannelReset)
        # The cause is documented and says why, not a stray trio.Cancelled.
        assert isinstance(probe.__cause__, ConnectionFailed)
        assert "cancelled part-way" in str(probe.__cause__)
        for data in (b"more", b""):
            with pytest.raises(trio.BrokenResourceError):
                await client.send_all(data)
    # The receiving direction works in every case.
    async with trio.open_nursery() as replies:
        replies.start_soon(server.send_all, b"reply")
        assert await client.receive_some() == b"reply"
    await client.aclose()
    with trio.fail_after(10):
        await collector.done.wait()
    received = bytes(collector.received)
    if probe is None:
        # Usable: the peer got whole records, then the probe, then EOF.
        assert collector.error is None
        assert received.endswith(b"probe")
        prefix = received[: -len(b"probe")]
    else:
        # Broken for sending: nothing followed the cut, not even the
        # Disconnect, so the peer sees a truncated stream.
        assert isinstance(collector.error, trio.BrokenResourceError)
        prefix = received
    assert len(prefix) in record_boundaries(messages), len(prefix)
    assert payload.startswith(prefix)
    return probe is None


@pytest.mark.parametrize("handshake_first", [False, True])
async def test_cancel_send_all_with_the_write_stalled_at_each_offset(
    handshake_first: bool,
) -> None:
    handshake = CLIENT_HANDSHAKE_BYTES + CLIENT_AUTH_BYTES
    offsets = [
        n for n in outgoing_offsets(MESSAGES) if n >= handshake or not handshake_first
    ]
    outcomes = set()
    for budget in offsets:
        with iteration(f"write stalled at byte {budget}"):
            client_raw, server_raw = trio.testing.memory_stream_pair()
            tap = Interposer(client_raw)
            client, server = ossuary_pair(tap, server_raw)
            if handshake_first:
                await handshake_both(client, server)
            tap.send_budget = budget - len(tap.sent)
            collector = Collector(server)
            async with trio.open_nursery() as nursery:
                nursery.start_soon(collector.run)
                with trio.CancelScope() as scope:
                    nursery.start_soon(cancel_when_blocked, scope, tap.allow_send)
                    await send_messages(client, MESSAGES)
                tap.allow_send()
                usable = await check_after_cancelled_send(
                    client, server, MESSAGES, collector
                )
                # On the wire: whole packets only, or the cut and nothing
                # after it (not even a Disconnect).
                if usable:
                    assert b"".join(p.raw for p in parse_packets(tap.sent)) == tap.sent
                else:
                    assert len(tap.sent) == budget
                nursery.cancel_scope.cancel()
            outcomes.add((scope.cancelled_caught, collector.error is None))
    # Cancelled with the stream usable, cancelled with sending broken, and
    # not cancelled at all: every case came up.
    assert outcomes == {(True, True), (True, False), (False, True)}


async def test_cancel_send_all_after_each_scheduling_tick_over_lockstep() -> None:
    uncancelled_in_a_row = 0
    outcomes: list[tuple[bool, bool]] = []
    ticks = 0
    while uncancelled_in_a_row < 5:
        with iteration(f"cancelled after {ticks} ticks"):
            client, server = ossuary_pair(*trio.testing.lockstep_stream_pair())
            collector = Collector(server)
            async with trio.open_nursery() as nursery:
                nursery.start_soon(collector.run)
                with trio.CancelScope() as scope:
                    nursery.start_soon(cancel_after_ticks, scope, ticks)
                    await send_messages(client, MESSAGES)
                await check_after_cancelled_send(client, server, MESSAGES, collector)
            uncancelled_in_a_row = (
                0 if scope.cancelled_caught else uncancelled_in_a_row + 1
            )
            outcomes.append((scope.cancelled_caught, collector.error is None))
            ticks += 1
    assert outcomes.count((True, True)) > 5
    assert outcomes.count((True, False)) > 0


def socket_stream_pair() -> tuple[trio.SocketStream, trio.SocketStream]:
    """Two connected sockets: the transport on which send_all's fast path runs."""
    a, b = trio.socket.socketpair()
    return trio.SocketStream(a), trio.SocketStream(b)


async def test_cancel_send_all_after_each_scheduling_tick_over_a_socket(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same contract on the fast path (one batch, a writable socket).

    ``_send_batch`` is the general path's write: counting its calls shows
    that the sends checked here took the fast path.
    """
    general = 0
    send_batch = OssuaryStream._send_batch

    async def counted(self: OssuaryStream[Any], batch: memoryview) -> bool:
        nonlocal general
        general += 1
        return await send_batch(self, batch)

    monkeypatch.setattr(OssuaryStream, "_send_batch", counted)
    uncancelled_in_a_row = 0
    outcomes: list[tuple[bool, bool]] = []
    ticks = 0
    while uncancelled_in_a_row < 5:
        with iteration(f"cancelled after {ticks} ticks"):
            client, server = ossuary_pair(*socket_stream_pair())
            await handshake_both(client, server)
            collector = Collector(server)
            async with trio.open_nursery() as nursery:
                nursery.start_soon(collector.run)
                with trio.CancelScope() as scope:
                    nursery.start_soon(cancel_after_ticks, scope, ticks)
                    await send_messages(client, MESSAGES)
                await check_after_cancelled_send(client, server, MESSAGES, collector)
            await server.aclose()
            uncancelled_in_a_row = (
                0 if scope.cancelled_caught else uncancelled_in_a_row + 1
            )
            outcomes.append((scope.cancelled_caught, collector.error is None))
            ticks += 1
    # Cancelled between records (usable) and not cancelled at all both came
    # up; a cancellation inside the socket's write breaks sending, as on any
    # transport.
    assert (True, True) in outcomes
    assert (False, True) in outcomes
    # Every send of the uncancelled runs took the fast path; the general
    # path only wrote the probes and replies check_after_cancelled_send makes.
    assert general < len(outcomes) * len(MESSAGES) / 2


async def test_cancel_receive_some_after_each_scheduling_tick_over_a_socket() -> None:
    """receive_some's fast path (channel up, nothing queued) loses nothing."""
    uncancelled_in_a_row = cancelled = 0
    ticks = 0
    while uncancelled_in_a_row < 5:
        with iteration(f"cancelled after {ticks} ticks"):
            client, server = ossuary_pair(*socket_stream_pair())
            await handshake_both(client, server)
            received = bytearray()
            async with trio.open_nursery() as nursery:
                nursery.start_soon(send_messages, client, MESSAGES)
                with trio.CancelScope() as scope:
                    nursery.start_soon(cancel_after_ticks, scope, ticks)
                    while len(received) < len(PAYLOAD):
                        received += await server.receive_some(7000)
                while len(received) < len(PAYLOAD):
                    received += await server.receive_some(7000)
            assert received == PAYLOAD
            await exchange_both_ways(client, server)
            await client.aclose()
            await server.aclose()
            if scope.cancelled_caught:
                cancelled += 1
                uncancelled_in_a_row = 0
            else:
                uncancelled_in_a_row += 1
            ticks += 1
    assert cancelled > 3


async def test_cancelled_send_all_waiting_for_another_tasks_handshake_is_harmless() -> (
    None
):
    # receive_some drives the handshake; send_all waits for it and is
    # cancelled while waiting: nothing was written for it, all is well.
    release = trio.Event()

    async def trust(key: PublicKey) -> bool:
        await release.wait()
        return True

    client, server = ossuary_pair(
        *trio.testing.memory_stream_pair(),
        client_options={"authorized_keys": [], "on_untrusted_server": trust},
    )
    async with trio.open_nursery() as nursery:
        nursery.start_soon(server.do_handshake)
        got: list[bytes] = []

        async def receive() -> None:
            got.append(await client.receive_some())

        nursery.start_soon(receive)
        await trio.testing.wait_all_tasks_blocked()
        with trio.CancelScope() as scope:
            nursery.start_soon(cancel_when_blocked, scope, lambda: None)
            await client.send_all(b"never sent")
        assert scope.cancelled_caught
        release.set()
        await client.send_all(b"sent")
        assert await server.receive_some() == b"sent"
        await server.send_all(b"back")
    assert got == [b"back"]


# -- the trust decision ----------------------------------------------------------------


@pytest.mark.parametrize("call", ["do_handshake", "receive_some", "send_all"])
async def test_cancelling_an_async_trust_decision_asks_again(
    autojump_clock: trio.testing.MockClock, call: str
) -> None:
    asked: list[PublicKey] = []

    async def trust(key: PublicKey) -> bool:
        asked.append(key)
        if len(asked) == 1:
            await trio.sleep_forever()  # say, a user who walked away
        return True

    client, server = ossuary_pair(
        *trio.testing.memory_stream_pair(),
        client_options={"authorized_keys": [], "on_untrusted_server": trust},
    )
    calls: dict[str, Callable[[], Awaitable[object]]] = {
        "do_handshake": client.do_handshake,
        "receive_some": client.receive_some,
        "send_all": lambda: client.send_all(b"first"),
    }
    async with trio.open_nursery() as nursery:
        nursery.start_soon(server.do_handshake)
        with trio.move_on_after(1) as scope:
            await calls[call]()
        assert scope.cancelled_caught
        await client.send_all(b"second")
        assert await server.receive_some() == b"second"
    assert asked == [server.local_public_key] * 2


async def test_cancel_in_the_transports_wait_hook_writes_nothing() -> None:
    # With a hook the wait is real, and cancelling it leaves nothing on the
    # wire (the peer's first bytes are the next call's) and the stream usable.
    client_raw, server_raw = trio.testing.memory_stream_pair()
    client, server = ossuary_pair(client_raw, server_raw)
    await handshake_both(client, server)
    waits = 0

    async def hook() -> None:
        nonlocal waits
        waits += 1
        if waits == 1:
            scope.cancel()
        await trio.lowlevel.checkpoint()

    client_raw.send_stream.wait_send_all_might_not_block_hook = hook
    with trio.CancelScope() as scope:
        await client.send_all(b"lost")
    assert scope.cancelled_caught
    await client.send_all(b"kept")
    assert waits == 2
    assert await server.receive_some() == b"kept"
