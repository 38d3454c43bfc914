"""OssuaryStream: the trio.abc.Stream contract, concurrency, errors, resets, close.

Most tests run both ends in one trio run over trio's in-memory transports,
with an :class:`~interposer.Interposer` under the client when a test needs to
see or damage the bytes on the wire.  Timeouts are exercised under the
``autojump_clock`` fixture, so waiting is virtual.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
import trio
import trio.testing
from interposer import (
    Interposer,
    PacketHook,
    corrupt_packet,
    handshake_both,
    ossuary_pair,
)
from trio.testing import assert_checkpoints
from wire_spec import (
    CH_EPHEMERAL,
    CLIENT_AUTHENTICATION,
    CLIENT_HANDSHAKE,
    DATA,
    DISCONNECT,
    DISCONNECT_ERROR,
    HEADER,
    PREFIX,
    SERVER_HANDSHAKE,
    parse_packets,
)

from trio_ossuary import (
    ChannelReset,
    ConnectionFailed,
    HandshakeTimeoutError,
    OssuaryError,
    OssuaryStream,
    ProtocolVersionError,
    PublicKey,
    RemoteProtocolError,
    SecretKey,
    UntrustedServerError,
)

Pair = tuple[OssuaryStream[Any], OssuaryStream[Any]]


def memory_pair(**options: Any) -> Pair:
    return ossuary_pair(*trio.testing.memory_stream_pair(), **options)


def tapped_pair(
    **options: Any,
) -> tuple[OssuaryStream[Any], OssuaryStream[Any], Interposer[Any]]:
    client_raw, server_raw = trio.testing.memory_stream_pair()
    tap = Interposer(client_raw)
    client, server = ossuary_pair(tap, server_raw, **options)
    return client, server, tap


async def established_memory_pair(**options: Any) -> Pair:
    client, server = memory_pair(**options)
    await handshake_both(client, server)
    return client, server


async def outcome_of(afn: Callable[[], Awaitable[object]]) -> BaseException | object:
    """Run ``afn``; return what it returned or the Exception it raised."""
    try:
        return await afn()
    except Exception as exc:
        return exc


def broken_by(result: object, cause_type: type[BaseException]) -> BaseException:
    """Check ``result`` is a BrokenResourceError caused by ``cause_type``."""
    assert type(result) is trio.BrokenResourceError, result
    cause = result.__cause__
    assert isinstance(cause, cause_type), repr(cause)
    return cause


# -- the generic stream checks ------------------------------------------------


async def clogged_lockstep_pair() -> Pair:
    # As trio's SSLStream tests do: with the handshake still to do, a
    # receive_some that unclogs a blocked sender would itself have to send.
    client, server = ossuary_pair(*trio.testing.lockstep_stream_pair())
    await handshake_both(client, server)
    return client, server


async def test_generic_stream_checks_over_memory_streams(
    autojump_clock: trio.testing.MockClock,
) -> None:
    async def stream_maker() -> Pair:
        return memory_pair()

    await trio.testing.check_two_way_stream(stream_maker, clogged_lockstep_pair)


async def test_generic_stream_checks_over_lockstep_streams(
    autojump_clock: trio.testing.MockClock,
) -> None:
    # A lockstep transport blocks every write until the peer reads it, so the
    # handshake (done here by whichever call comes first) must interleave
    # exactly.  The autojump clock skips aclose's bounded wait for a reader.
    async def stream_maker() -> Pair:
        return ossuary_pair(*trio.testing.lockstep_stream_pair())

    await trio.testing.check_two_way_stream(stream_maker, clogged_lockstep_pair)


async def test_generic_stream_checks_with_mutual_auth_and_eof_is_close(
    autojump_clock: trio.testing.MockClock,
) -> None:
    client_key = SecretKey.generate()

    async def stream_maker() -> Pair:
        return memory_pair(
            client_options={
                "secret_key": client_key,
                "on_untrusted_server": lambda key: True,
                "authorized_keys": [],
                "eof_is_close": True,
            },
            server_options={
                "require_client_auth": True,
                "authorized_keys": [client_key.public_key],
                "eof_is_close": True,
            },
        )

    await trio.testing.check_two_way_stream(stream_maker, None)


# -- attributes and small behaviours -------------------------------------------


async def test_public_key_attributes_mutual_authentication() -> None:
    client_key, server_key = SecretKey.generate(), SecretKey.generate()
    client, server = memory_pair(
        server_key=server_key,
        client_options={"secret_key": client_key},
        server_options={
            "require_client_auth": True,
            "authorized_keys": [client_key.public_key],
        },
    )
    assert client.local_public_key == client_key.public_key
    assert server.local_public_key == server_key.public_key
    assert client.remote_public_key is None
    assert server.remote_public_key is None
    assert not client.server_side
    assert server.server_side
    assert "client handshaking" in repr(client)
    await handshake_both(client, server)
    assert client.remote_public_key == server_key.public_key
    assert server.remote_public_key == client_key.public_key
    assert "server established" in repr(server)


@pytest.mark.parametrize("end", ["peer closes", "transport breaks"])
async def test_remote_public_key_names_the_peer_while_up_and_after_the_end(
    end: str,
) -> None:
    server_key = SecretKey.generate()
    client_raw, server_raw = trio.testing.memory_stream_pair()
    client, server = ossuary_pair(
        Interposer(client_raw, on_send=corrupt_packet(DATA)),
        server_raw,
        server_key=server_key,
    )
    await handshake_both(client, server)
    assert client.remote_public_key == server_key.public_key
    # A reset: no key is named until the new handshake has proved one.
    await client.send_all(b"corrupted in transit")
    with pytest.raises(ChannelReset):
        await server.receive_some()
    with pytest.raises(ChannelReset):
        await client.receive_some()  # read the server's Reset and answered it
    assert client.remote_public_key is None
    assert "client handshaking" in repr(client)
    await handshake_both(client, server)
    assert client.remote_public_key == server_key.public_key
    # The end: the key still names the peer of the channel that just ended.
    if end == "peer closes":
        await server.aclose()
        assert await client.receive_some() == b""
    else:
        await client_raw.aclose()
        with pytest.raises(trio.BrokenResourceError):
            await client.send_all(b"x")
    assert client.remote_public_key == server_key.public_key


async def test_public_key_attributes_anonymous_client_and_keyless_server() -> None:
    seen: list[PublicKey] = []

    def trust(key: PublicKey) -> bool:
        seen.append(key)
        return True

    client_raw, server_raw = trio.testing.memory_stream_pair()
    client = OssuaryStream(client_raw, on_untrusted_server=trust)
    server = OssuaryStream(server_raw, server_side=True)
    # A server without a key makes one for the stream.
    server_public = server.local_public_key
    assert isinstance(server_public, PublicKey)
    assert client.local_public_key is None
    await handshake_both(client, server)
    assert seen == [server_public]
    assert client.remote_public_key == server_public
    assert server.remote_public_key is None


async def test_send_all_empty_is_a_checkpoint_and_sends_nothing() -> None:
    client, server, tap = tapped_pair()
    await handshake_both(client, server)
    before = bytes(tap.sent)
    for empty in (b"", bytearray(), memoryview(b"")):
        with assert_checkpoints():
            await client.send_all(empty)
    assert tap.sent == before
    await client.send_all(b"x")
    assert await server.receive_some() == b"x"
    assert [p.type for p in parse_packets(tap.sent[len(before) :])] == [DATA]


async def test_do_handshake_twice_is_a_checkpoint() -> None:
    client, server = await established_memory_pair()
    with assert_checkpoints():
        await client.do_handshake()
    with assert_checkpoints():
        await server.do_handshake()


async def test_receive_some_returns_at_most_max_bytes_and_keeps_the_rest() -> None:
    client, server = await established_memory_pair()
    await client.send_all(b"abcdefghij")
    assert await server.receive_some(3) == b"abc"
    assert await server.receive_some(4) == b"defg"
    assert await server.receive_some() == b"hij"


@pytest.mark.parametrize("total", [5 * 1024 * 1024])
async def test_large_transfer_in_random_chunks_both_ways(total: int) -> None:
    client, server = await established_memory_pair()
    rng = random.Random(7)
    to_server = rng.randbytes(total)
    to_client = rng.randbytes(total)

    async def send(stream: OssuaryStream[Any], data: bytes, seed: int) -> None:
        chunks = random.Random(seed)
        view = memoryview(data)
        while view:
            size = chunks.choice([1, 100, 16383, 16384, 16385, 70000, 300000])
            await stream.send_all(view[:size])
            view = view[size:]

    async def receive(stream: OssuaryStream[Any], expected: bytes, seed: int) -> None:
        sizes = random.Random(seed)
        got = bytearray()
        while len(got) < len(expected):
            chunk = await stream.receive_some(sizes.randint(1, 1 << 18))
            assert chunk
            got += chunk
        assert got == expected

    async with trio.open_nursery() as nursery:
        nursery.start_soon(send, client, to_server, 1)
        nursery.start_soon(send, server, to_client, 2)
        nursery.start_soon(receive, server, to_server, 3)
        nursery.start_soon(receive, client, to_client, 4)


# -- concurrency ------------------------------------------------------------------


async def test_second_concurrent_receive_some_is_busy() -> None:
    client, server = await established_memory_pair()
    got: list[bytes] = []

    async def receive() -> None:
        got.append(await server.receive_some())

    async with trio.open_nursery() as nursery:
        nursery.start_soon(receive)
        await trio.testing.wait_all_tasks_blocked()
        with pytest.raises(trio.BusyResourceError, match="receiving"):
            await server.receive_some()
        # The sending direction is independent.
        await server.send_all(b"still fine")
        assert await client.receive_some() == b"still fine"
        await client.send_all(b"x")
    assert got == [b"x"]


async def test_second_concurrent_send_all_is_busy() -> None:
    client_raw, server_raw = trio.testing.memory_stream_pair()
    tap = Interposer(client_raw)
    client, server = ossuary_pair(tap, server_raw)
    await handshake_both(client, server)
    tap.send_budget = 0  # the transport takes nothing for now
    async with trio.open_nursery() as nursery:
        nursery.start_soon(client.send_all, b"first")
        await trio.testing.wait_all_tasks_blocked()
        with pytest.raises(trio.BusyResourceError, match="sending"):
            await client.send_all(b"second")
        with pytest.raises(trio.BusyResourceError, match="sending"):
            await client.wait_send_all_might_not_block()
        tap.allow_send(None)
    assert await server.receive_some() == b"first"


@pytest.mark.parametrize("first", ["receive_some", "send_all", "do_handshake"])
async def test_the_first_call_drives_the_handshake_and_the_others_wait(
    first: str,
) -> None:
    release = trio.Event()
    drivers: list[str] = []

    async def trust(key: PublicKey) -> bool:
        drivers.append(trio.lowlevel.current_task().name)
        await release.wait()
        return True

    client, server, tap = tapped_pair(
        client_options={"authorized_keys": [], "on_untrusted_server": trust}
    )
    calls: dict[str, Callable[[], Awaitable[object]]] = {
        "receive_some": client.receive_some,
        "send_all": lambda: client.send_all(b"ping"),
        "do_handshake": client.do_handshake,
    }
    results: dict[str, object] = {}

    async def run(name: str) -> None:
        results[name] = await calls[name]()

    async with trio.open_nursery() as nursery:
        nursery.start_soon(server.do_handshake)
        nursery.start_soon(run, first, name=first)
        await trio.testing.wait_all_tasks_blocked()
        for name in calls:
            if name != first:
                nursery.start_soon(run, name, name=name)
        await trio.testing.wait_all_tasks_blocked()
        # Everyone is waiting for the one handshake, paused in the callback.
        assert drivers == [first]
        assert results == {}
        release.set()
        assert await server.receive_some() == b"ping"
        await server.send_all(b"pong")
    assert results == {"receive_some": b"pong", "send_all": None, "do_handshake": None}
    sent_types = [p.type for p in parse_packets(tap.sent)]
    assert sent_types == [CLIENT_HANDSHAKE, CLIENT_AUTHENTICATION, DATA]


async def test_send_and_receive_run_at_the_same_time() -> None:
    client, server = await established_memory_pair()
    async with trio.open_nursery() as nursery:

        async def receive_then_reply() -> None:
            assert await server.receive_some() == b"question"
            await server.send_all(b"answer")

        nursery.start_soon(receive_then_reply)
        got: list[bytes] = []

        async def client_receive() -> None:
            got.append(await client.receive_some())

        nursery.start_soon(client_receive)
        await trio.testing.wait_all_tasks_blocked()
        # The client is blocked receiving; it can still send.
        await client.send_all(b"question")
    assert got == [b"answer"]


async def fake_server_with_version_2(transport: trio.abc.Stream) -> None:
    # A ServerHandshake of the right size announcing protocol version 2.
    await transport.receive_some()
    body = PREFIX.pack(200, 2) + bytes(192)
    await transport.send_all(HEADER.pack(len(body), 0, SERVER_HANDSHAKE, 0) + body)
    await trio.sleep_forever()


async def closing_server(transport: trio.abc.Stream) -> None:
    await transport.receive_some()
    await transport.aclose()


async def silent_server(transport: trio.abc.Stream) -> None:
    await trio.sleep_forever()


async def refusing_server(transport: trio.abc.Stream) -> None:
    # A real server whose key the client does not trust.
    server = OssuaryStream(transport, server_side=True)
    with pytest.raises(trio.BrokenResourceError):
        await server.do_handshake()
    await trio.sleep_forever()


@pytest.mark.parametrize(
    ("peer", "cause_type"),
    [
        (refusing_server, UntrustedServerError),
        (fake_server_with_version_2, ProtocolVersionError),
        (closing_server, RemoteProtocolError),
        (silent_server, HandshakeTimeoutError),
    ],
)
async def test_a_failed_handshake_wakes_every_waiter_with_the_same_error(
    autojump_clock: trio.testing.MockClock,
    peer: Callable[[trio.abc.Stream], Awaitable[None]],
    cause_type: type[BaseException],
) -> None:
    client_raw, server_raw = trio.testing.memory_stream_pair()
    client = OssuaryStream(client_raw)  # trusts no server
    results: dict[str, object] = {}

    async def record(name: str, afn: Callable[[], Awaitable[object]]) -> None:
        results[name] = await outcome_of(afn)

    async with trio.open_nursery() as nursery:
        nursery.start_soon(peer, server_raw)
        async with trio.open_nursery() as waiters:
            waiters.start_soon(record, "receive_some", client.receive_some)
            waiters.start_soon(record, "send_all", lambda: client.send_all(b"x"))
            waiters.start_soon(record, "do_handshake", client.do_handshake)
            waiters.start_soon(record, "do_handshake again", client.do_handshake)
        nursery.cancel_scope.cancel()
    causes = {id(broken_by(result, cause_type)) for result in results.values()}
    assert len(results) == 4
    assert len(causes) == 1  # the very same exception object
    # ...and it stays that way.
    broken_by(await outcome_of(client.receive_some), cause_type)
    await client.aclose()


# -- errors ------------------------------------------------------------------------


async def test_transport_failure_on_receive_breaks_the_stream() -> None:
    client, server, tap = tapped_pair()
    await handshake_both(client, server)
    failure = trio.BrokenResourceError("cable cut")

    def cut(data: bytes) -> bytes:
        raise failure

    tap.on_receive = cut
    await server.send_all(b"lost")
    with pytest.raises(trio.BrokenResourceError) as info:
        await client.receive_some()
    assert info.value.__cause__ is failure
    for call in (client.receive_some, lambda: client.send_all(b"x")):
        with pytest.raises(trio.BrokenResourceError) as info:
            await call()
        assert info.value.__cause__ is failure
    await client.aclose()
    with pytest.raises(trio.ClosedResourceError):
        await client.receive_some()


async def test_transport_failure_on_send_breaks_the_stream() -> None:
    client, server, tap = tapped_pair()
    await handshake_both(client, server)
    failure = trio.BrokenResourceError("cable cut")

    def cut(data: bytes) -> bytes:
        raise failure

    tap.on_send = cut
    with pytest.raises(trio.BrokenResourceError) as info:
        await client.send_all(b"x")
    assert info.value.__cause__ is failure
    with pytest.raises(trio.BrokenResourceError) as info:
        await client.receive_some()
    assert info.value.__cause__ is failure


async def test_transport_failure_during_the_handshake() -> None:
    client, server, tap = tapped_pair()
    failure = trio.ClosedResourceError("the pipe went away")

    def cut(data: bytes) -> bytes:
        raise failure

    tap.on_receive = cut
    async with trio.open_nursery() as nursery:
        nursery.start_soon(outcome_of, server.do_handshake)
        with pytest.raises(trio.BrokenResourceError) as info:
            await client.do_handshake()
        nursery.cancel_scope.cancel()
    assert info.value.__cause__ is failure


async def test_oversized_packet_is_a_permanent_failure_reported_to_the_peer() -> None:
    client, server = await established_memory_pair()
    # Write, under the server's stream, a header announcing 65535 bytes.
    await server.transport_stream.send_all(HEADER.pack(0xFFFF, 0, DATA, 0))
    cause = broken_by(await outcome_of(client.receive_some), RemoteProtocolError)
    assert "65535" in str(cause)
    broken_by(await outcome_of(lambda: client.send_all(b"x")), RemoteProtocolError)
    # The client told the server why with Disconnect(error).
    broken_by(await outcome_of(server.receive_some), ConnectionFailed)


@pytest.mark.parametrize(
    ("trailer", "cause_type"),
    [
        pytest.param(
            HEADER.pack(0xFFFF, 0, DATA, 0), RemoteProtocolError, id="oversized packet"
        ),
        pytest.param(DISCONNECT_ERROR, ConnectionFailed, id="Disconnect(error)"),
    ],
)
async def test_data_read_together_with_a_fatal_error_is_delivered_first(
    trailer: bytes, cause_type: type[BaseException]
) -> None:
    client, server = await established_memory_pair()
    # All of it waits in the transport, so the client reads it in one go.
    await server.send_all(b"last ")
    await server.send_all(b"words")
    await server.transport_stream.send_all(trailer)
    assert await client.receive_some() == b"last words"
    broken_by(await outcome_of(client.receive_some), cause_type)
    broken_by(await outcome_of(lambda: client.send_all(b"x")), cause_type)


async def test_calls_after_aclose_raise_closed_resource_error() -> None:
    client, server = await established_memory_pair()
    with assert_checkpoints():
        await client.aclose()
    for _ in range(2):
        with assert_checkpoints():
            await client.aclose()  # idempotent
    calls: list[Callable[[], Awaitable[object]]] = [
        client.receive_some,
        lambda: client.send_all(b"x"),
        lambda: client.send_all(b""),
        client.wait_send_all_might_not_block,
        client.do_handshake,
    ]
    for call in calls:
        with pytest.raises(trio.ClosedResourceError):
            await call()
    assert "closed" in repr(client)
    assert await server.receive_some() == b""


async def test_calls_after_aclose_of_a_broken_stream_raise_closed() -> None:
    client, server = await established_memory_pair()
    await server.transport_stream.send_all(HEADER.pack(0xFFFF, 0, DATA, 0))
    with pytest.raises(trio.BrokenResourceError):
        await client.receive_some()
    await client.aclose()
    with pytest.raises(trio.ClosedResourceError):
        await client.send_all(b"x")
    with pytest.raises(trio.ClosedResourceError):
        await client.receive_some()


# -- resets ---------------------------------------------------------------------


def ephemeral_keys(data: bytes | bytearray) -> list[bytes]:
    """The ephemeral public keys of the ClientHandshakes in ``data``."""
    return [
        p.raw[CH_EPHEMERAL] for p in parse_packets(data) if p.type == CLIENT_HANDSHAKE
    ]


async def test_channel_reset_is_raised_once_per_direction_then_data_flows() -> None:
    assert issubclass(ChannelReset, trio.BrokenResourceError)
    assert issubclass(ChannelReset, OssuaryError)
    client, server, tap = tapped_pair()
    await handshake_both(client, server)
    tap.on_send = corrupt_packet(DATA, nth=1)
    await client.send_all(b"intact")
    assert await server.receive_some() == b"intact"

    client_pending: list[BaseException | object] = []

    async def client_receive() -> None:
        client_pending.append(await outcome_of(client.receive_some))

    async with trio.open_nursery() as nursery:
        nursery.start_soon(client_receive)
        await trio.testing.wait_all_tasks_blocked()
        await client.send_all(b"corrupted in transit")
        # The server finds the bad record and resets the session ...
        with pytest.raises(ChannelReset) as server_reset:
            await server.receive_some()
    # ... and the client's pending receive_some learns of it.
    [client_reset] = client_pending
    assert isinstance(client_reset, ChannelReset)
    assert server_reset.value.resets == client_reset.resets == 1
    assert "bad MAC" in server_reset.value.reason
    # The sending directions have not reported it yet: they do, once.
    with pytest.raises(ChannelReset):
        await client.send_all(b"dropped")
    with pytest.raises(ChannelReset):
        await server.send_all(b"dropped")
    # Now the stream is usable again: the next calls handshake anew.
    async with trio.open_nursery() as nursery:
        nursery.start_soon(client.send_all, b"after the reset")
        assert await server.receive_some() == b"after the reset"
    await server.send_all(b"and back")
    assert await client.receive_some() == b"and back"
    first, second = ephemeral_keys(tap.sent)
    assert first != second  # fresh ephemeral keys


async def test_channel_reset_from_send_all_comes_before_any_handshake() -> None:
    # The next send_all reports the reset straight away, even while the peer
    # is not (yet) there to handshake with.
    client, server, tap = tapped_pair()
    await handshake_both(client, server)
    tap.on_send = corrupt_packet(DATA)
    await client.send_all(b"corrupted")
    with pytest.raises(ChannelReset):
        await server.receive_some()
    # Hang guards only (a call that waited for the peer would never return):
    # generous, as a loaded machine may pause this process for a while.
    with trio.fail_after(10), pytest.raises(ChannelReset):
        await server.send_all(b"x")
    with trio.fail_after(10), pytest.raises(ChannelReset):
        await client.receive_some()
    with trio.fail_after(10), pytest.raises(ChannelReset):
        await client.send_all(b"y")
    async with trio.open_nursery() as nursery:
        nursery.start_soon(server.send_all, b"z")
        assert await client.receive_some() == b"z"


async def test_data_before_a_corrupted_record_is_delivered_before_the_reset() -> None:
    client, server, tap = tapped_pair()
    await handshake_both(client, server)
    tap.on_send = corrupt_packet(DATA, nth=2)
    for message in (b"one ", b"two ", b"corrupted", b"after"):
        await client.send_all(message)
    # All four records wait in the transport; the server reads them at once.
    assert await server.receive_some() == b"one two "
    with pytest.raises(ChannelReset):
        await server.receive_some()


async def test_first_handshake_resets_are_reported_where_data_may_be_lost() -> None:
    # The client resets on a corrupted ServerHandshake: it had sent nothing,
    # so it reports nothing.  The server had sent its ServerHandshake, so for
    # all it knows the client had completed and sent data that the reset
    # lost: its receiving direction reports the reset; its sending direction
    # had nothing to lose.
    client_raw, server_raw = trio.testing.memory_stream_pair()
    tap = Interposer(client_raw, on_receive=corrupt_packet(SERVER_HANDSHAKE))
    client, server = ossuary_pair(tap, server_raw)
    async with trio.open_nursery() as nursery:
        nursery.start_soon(client.send_all, b"hello")
        with pytest.raises(ChannelReset) as info:
            await server.receive_some()
        assert info.value.reason == "the peer reset the session"
        assert await server.receive_some() == b"hello"
    await server.send_all(b"world")
    assert await client.receive_some() == b"world"
    assert len(ephemeral_keys(tap.sent)) == 2


async def test_after_max_resets_the_stream_is_broken_for_good() -> None:
    client, server, tap = tapped_pair(
        client_options={"max_resets": 3}, server_options={"max_resets": 3}
    )
    await handshake_both(client, server)
    tap.on_send = PacketHook(lambda p: p.flipped() if p.type == DATA else p.raw)
    for resets in (1, 2):
        async with trio.open_nursery() as nursery:
            nursery.start_soon(client.send_all, b"never arrives")
            with pytest.raises(ChannelReset) as info:
                await server.receive_some()
        assert info.value.resets == resets
        with pytest.raises(ChannelReset):
            await client.receive_some()
        with pytest.raises(ChannelReset):
            await client.send_all(b"x")
        with pytest.raises(ChannelReset):
            await server.send_all(b"x")
    # The third reset is the last one allowed: the stream breaks instead.
    async with trio.open_nursery() as nursery:
        nursery.start_soon(client.send_all, b"never arrives")
        server_result = await outcome_of(server.receive_some)
    cause = broken_by(server_result, ConnectionFailed)
    assert "reset limit" in str(cause)
    broken_by(await outcome_of(client.receive_some), ConnectionFailed)
    for stream in (client, server):
        for result in (
            await outcome_of(stream.receive_some),
            await outcome_of(lambda: stream.send_all(b"x")),  # noqa: B023
        ):
            assert not isinstance(result, ChannelReset)
            broken_by(result, ConnectionFailed)


async def test_max_resets_applies_during_the_first_handshake_too() -> None:
    client_raw, server_raw = trio.testing.memory_stream_pair()
    corrupt_every_server_handshake = PacketHook(
        lambda p: p.flipped() if p.type == SERVER_HANDSHAKE else p.raw
    )
    tap = Interposer(client_raw, on_receive=corrupt_every_server_handshake)
    client, server = ossuary_pair(
        tap,
        server_raw,
        client_options={"max_resets": 3},
        server_options={"max_resets": 3},
    )
    results: dict[str, object] = {}

    async def handshake(name: str, stream: OssuaryStream[Any]) -> None:
        results[name] = await outcome_of(stream.do_handshake)

    async with trio.open_nursery() as nursery:
        nursery.start_soon(handshake, "client", client)
        nursery.start_soon(handshake, "server", server)
    assert "reset limit" in str(broken_by(results["client"], ConnectionFailed))
    server_cause = broken_by(results["server"], ConnectionFailed)
    assert isinstance(server_cause, ConnectionFailed)
    assert server_cause.by_peer
    assert len(ephemeral_keys(tap.sent)) == 3


# -- closing ------------------------------------------------------------------------


async def test_aclose_sends_disconnect_and_the_peer_reads_eof() -> None:
    client, server, tap = tapped_pair()
    await handshake_both(client, server)
    await client.send_all(b"last words")
    await client.aclose()
    disconnect = parse_packets(tap.sent)[-1]
    assert disconnect.type == DISCONNECT
    assert disconnect.body[2] == 0  # flag 0: closed, not failed
    assert await server.receive_some() == b"last words"
    assert await server.receive_some() == b""
    assert await server.receive_some() == b""
    # The transport was closed too.
    with pytest.raises(trio.ClosedResourceError):
        await tap.transport.send_all(b"x")
    await server.aclose()


async def test_aclose_before_any_handshake_only_closes_the_transport() -> None:
    client, _server, tap = tapped_pair()
    await client.aclose()
    assert tap.sent == b""
    with pytest.raises(trio.ClosedResourceError):
        await tap.transport.receive_some()


@pytest.mark.parametrize("established", [True, False])
@pytest.mark.parametrize("transport", ["lockstep, peer not reading", "stalled"])
async def test_aclose_is_bounded_on_a_clogged_or_silent_transport(
    autojump_clock: trio.testing.MockClock, established: bool, transport: str
) -> None:
    client: OssuaryStream[Any]
    server: OssuaryStream[Any]
    if transport == "stalled":
        client_raw, server_raw = trio.testing.memory_stream_pair()
        tap = Interposer(client_raw)
        client, server = ossuary_pair(tap, server_raw)
        if established:
            await handshake_both(client, server)
        tap.send_budget = 0
        raw: trio.abc.Stream = client_raw
    else:
        lockstep_client, lockstep_server = trio.testing.lockstep_stream_pair()
        client, server = ossuary_pair(lockstep_client, lockstep_server)
        if established:
            await handshake_both(client, server)
        raw = lockstep_client
    if not established:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(outcome_of, client.do_handshake)
            await trio.testing.wait_all_tasks_blocked()
            nursery.cancel_scope.cancel()
    # Nobody reads what the client writes.
    with trio.fail_after(10):
        await client.aclose()
    with pytest.raises(trio.ClosedResourceError):
        await raw.send_all(b"x")
    await client.aclose()  # still idempotent


async def test_transport_eof_without_disconnect_is_broken_not_eof() -> None:
    client, server = await established_memory_pair()
    await client.send_all(b"data")
    await client.transport_stream.aclose()  # truncation: no Disconnect
    assert await server.receive_some() == b"data"
    broken_by(await outcome_of(server.receive_some), RemoteProtocolError)


async def test_eof_is_close_treats_transport_eof_as_a_clean_close() -> None:
    client, server = await established_memory_pair(
        server_options={"eof_is_close": True}
    )
    await client.send_all(b"data")
    await client.transport_stream.aclose()
    assert await server.receive_some() == b"data"
    assert await server.receive_some() == b""
    assert await server.receive_some() == b""


async def test_eof_is_close_still_refuses_eof_in_the_middle_of_a_packet() -> None:
    client, server = await established_memory_pair(
        server_options={"eof_is_close": True}
    )
    await client.transport_stream.send_all(HEADER.pack(100, 0, DATA, 0) + b"part")
    await client.transport_stream.aclose()
    broken_by(await outcome_of(server.receive_some), RemoteProtocolError)


# -- slow peers ---------------------------------------------------------------------


@pytest.mark.parametrize("limit", [0.5, 3.0, 20.0])
async def test_a_server_that_never_speaks_is_cut_off(
    autojump_clock: trio.testing.MockClock, limit: float
) -> None:
    client_raw, _server_raw = trio.testing.memory_stream_pair()
    client = OssuaryStream(client_raw, handshake_timeout=limit)
    start = trio.current_time()
    cause = broken_by(
        await outcome_of(lambda: client.send_all(b"x")), HandshakeTimeoutError
    )
    assert trio.current_time() - start == pytest.approx(limit)
    assert f"{limit:g} seconds" in str(cause)


async def test_a_client_that_never_speaks_is_cut_off(
    autojump_clock: trio.testing.MockClock,
) -> None:
    _client_raw, server_raw = trio.testing.memory_stream_pair()
    server = OssuaryStream(server_raw, server_side=True, handshake_timeout=2)
    broken_by(await outcome_of(server.receive_some), HandshakeTimeoutError)


@pytest.mark.parametrize("delivered", [0, 7, 8, 100, 207])
async def test_a_server_that_stalls_mid_handshake_is_cut_off(
    autojump_clock: trio.testing.MockClock, delivered: int
) -> None:
    # The ServerHandshake is 208 bytes; the client only ever gets a prefix.
    client_raw, server_raw = trio.testing.memory_stream_pair()
    tap = Interposer(client_raw, receive_budget=delivered)
    client, server = ossuary_pair(tap, server_raw)
    async with trio.open_nursery() as nursery:
        nursery.start_soon(outcome_of, server.do_handshake)
        broken_by(await outcome_of(client.do_handshake), HandshakeTimeoutError)
        nursery.cancel_scope.cancel()


async def test_a_client_that_stalls_mid_handshake_is_cut_off(
    autojump_clock: trio.testing.MockClock,
) -> None:
    # The client's ClientAuthentication never gets through: the transport
    # takes part of it, then nothing.  Both ends give up at their deadlines.
    client_raw, server_raw = trio.testing.memory_stream_pair()
    tap = Interposer(client_raw, send_budget=92 + 50)
    client, server = ossuary_pair(tap, server_raw)
    results: list[object] = []

    async def client_handshake() -> None:
        results.append(await outcome_of(client.do_handshake))

    async with trio.open_nursery() as nursery:
        nursery.start_soon(client_handshake)
        broken_by(await outcome_of(server.receive_some), HandshakeTimeoutError)
    [client_result] = results
    broken_by(client_result, HandshakeTimeoutError)
    assert len(tap.sent) == 92 + 50  # nothing after the cut-off packet


async def test_a_peer_silent_after_a_reset_is_cut_off_too(
    autojump_clock: trio.testing.MockClock,
) -> None:
    # Every handshake gets handshake_timeout, the ones after resets too.
    client, server, tap = tapped_pair(client_options={"handshake_timeout": 7})
    await handshake_both(client, server)
    await trio.sleep(100)
    tap.on_send = corrupt_packet(DATA)
    await client.send_all(b"corrupted")
    with pytest.raises(ChannelReset):
        await server.receive_some()
    with pytest.raises(ChannelReset):
        await client.receive_some()
    with pytest.raises(ChannelReset):
        await client.send_all(b"x")
    # The server says nothing more.
    start = trio.current_time()
    result = await outcome_of(lambda: client.send_all(b"x"))
    broken_by(result, HandshakeTimeoutError)
    assert trio.current_time() - start == pytest.approx(7)


async def test_a_slow_trust_decision_counts_against_the_handshake_timeout(
    autojump_clock: trio.testing.MockClock,
) -> None:
    async def slow_trust(key: PublicKey) -> bool:
        await trio.sleep(60)
        return True

    client, server = memory_pair(
        client_options={
            "authorized_keys": [],
            "on_untrusted_server": slow_trust,
            "handshake_timeout": 100,
        },
        server_options={"handshake_timeout": 5},
    )
    async with trio.open_nursery() as nursery:
        nursery.start_soon(outcome_of, client.do_handshake)
        broken_by(await outcome_of(server.receive_some), HandshakeTimeoutError)
        nursery.cancel_scope.cancel()
