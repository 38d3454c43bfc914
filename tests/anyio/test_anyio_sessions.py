"""Resets and session boundaries through the anyio adapter, on both backends.

The same rules as ``tests/stream/test_stream_sessions.py`` holds for the
trio stream, kept by the same ledger: each direction reports each reset
once; bytes of a later session never come before the reset that ended the
earlier one, nor in one chunk with its bytes; the data of a ``send`` that
raised the reset was not sent; and only a task that reads learns of a reset
the peer started.
"""

from __future__ import annotations

from collections.abc import Callable

import anyio
import anyio.lowlevel
import pytest
from anyio_harness import SERVER_KEY, damage_data, handshake, memory_pair
from helpers_core import fuzz
from hypothesis import given, strategies as st

from trio_ossuary import ConnectionFailed, OssuaryOptions
from trio_ossuary.anyio import ChannelReset, OssuaryByteStream
from trio_ossuary.sansio import NEED_DATA, OssuaryConnection, SessionReset

pytestmark = pytest.mark.anyio


async def test_a_reset_is_reported_once_per_direction_then_data_flows() -> None:
    client_t, server_t = memory_pair()
    client, server = await handshake(client_t, server_t)
    await client.send(b"AAAA")
    assert await server.receive() == b"AAAA"
    client_t.hook = damage_data()
    await client.send(b"BBBB")  # damaged on the way: lost
    with pytest.raises(ChannelReset) as info:
        await server.receive()
    assert info.value.resets == 1
    with pytest.raises(ChannelReset):
        await client.receive()  # the server's Reset
    with pytest.raises(ChannelReset):
        await client.send(b"not sent")
    got: list[bytes] = []

    async def server_receives() -> None:
        got.append(await server.receive())  # takes part in the handshake

    async with anyio.create_task_group() as group:
        group.start_soon(server_receives)
        await client.send(b"CCCC")
    assert got == [b"CCCC"]  # once each: no second report
    with pytest.raises(ChannelReset):
        await server.send(b"x")  # the server's sending direction's report
    await server.send(b"DDDD")
    assert await client.receive() == b"DDDD"
    await client.aclose()
    await server.aclose()


async def test_only_a_task_that_reads_learns_of_a_reset_the_peer_started() -> None:
    client_t, server_t = memory_pair()
    client, server = await handshake(client_t, server_t)
    client_t.hook = damage_data()
    await client.send(b"damaged")
    with pytest.raises(ChannelReset):
        await server.receive()  # the server resets and sends its Reset
    # The client is not reading: it does not know, and its send goes out
    # in the session that ended, where the server drops it.
    await client.send(b"into the void")
    with pytest.raises(ChannelReset):
        await client.receive()  # reading, it learns
    with pytest.raises(ChannelReset):
        await client.send(b"reported")
    got: list[bytes] = []

    async def server_receives() -> None:
        got.append(await server.receive())

    async with anyio.create_task_group() as group:
        group.start_soon(server_receives)
        await client.send(b"after")
    assert got == [b"after"]  # "into the void" never arrived
    await client.aclose()
    await server.aclose()


async def test_bytes_of_the_next_session_wait_behind_the_reset() -> None:
    """Issue #9's attack, step by step, with a client driven by hand.

    The server reads AA of AAAA (the damaged BBBB came in the same read and
    reset the session); its sending task then drives the new handshake and
    reads, in the same transport read as the client's ClientAuthentication,
    the new session's CCCC.  The receiver must get the rest of AAAA, then
    the reset, then CCCC: never AA and CCCC in one chunk.
    """
    client_t, server_t = memory_pair()
    hand = OssuaryConnection(server_side=False, authorized_keys=[SERVER_KEY.public_key])

    async def hand_handshake(then: bytes = b"") -> None:
        await client_t.send(hand.data_to_send())  # ClientHandshake
        while not hand.handshake_complete:
            hand.receive_data(await client_t.receive())
            while hand.next_event() is not NEED_DATA:
                pass
        if then:
            hand.send_data(then)
        await client_t.send(hand.data_to_send())  # ClientAuthentication (+ data)

    ends: list[OssuaryByteStream] = []

    async def wrap_server() -> None:
        ends.append(
            await OssuaryByteStream.wrap(
                server_t, server_side=True, secret_key=SERVER_KEY
            )
        )

    async with anyio.create_task_group() as group:
        group.start_soon(wrap_server)
        await hand_handshake()
    (server,) = ends
    hand.send_data(b"AAAA")
    good = hand.data_to_send()
    hand.send_data(b"BBBB")
    bad = hand.data_to_send()
    await client_t.send(good + bad[:-1] + bytes([bad[-1] ^ 1]))
    assert await server.receive(2) == b"AA"  # the same read reset the session
    hand.receive_data(await client_t.receive())  # the server's Reset
    assert isinstance(hand.next_event(), SessionReset)
    with pytest.raises(ChannelReset):
        await server.send(b"x")  # the sending direction's report
    async with anyio.create_task_group() as group:
        group.start_soon(server.send, b"hello")  # drives the new handshake
        await hand_handshake(then=b"CCCC")
    assert await server.receive() == b"AA"
    with pytest.raises(ChannelReset):
        await server.receive()
    assert await server.receive() == b"CCCC"
    await server.aclose()


async def test_the_max_resets_th_reset_breaks_the_stream_for_good() -> None:
    client_t, server_t = memory_pair()
    client, server = await handshake(
        client_t,
        server_t,
        server=OssuaryOptions(secret_key=SERVER_KEY, max_resets=2),
    )
    client_t.hook = damage_data(2)
    await client.send(b"one")
    with pytest.raises(ChannelReset):
        await server.receive()
    with pytest.raises(ChannelReset):
        await client.receive()
    with pytest.raises(ChannelReset):
        await client.send(b"x")

    async def serve() -> None:
        with pytest.raises(anyio.BrokenResourceError) as info:
            await server.receive()
        assert not isinstance(info.value, ChannelReset)
        assert isinstance(info.value.__cause__, ConnectionFailed)
        assert "reset limit" in str(info.value.__cause__)

    async with anyio.create_task_group() as group:
        group.start_soon(serve)
        await client.send(b"two")  # handshakes again, then is damaged
    await client.aclose()
    await server.aclose()


# -- the rule as a property ------------------------------------------------------


async def until(condition: Callable[[], bool]) -> None:
    """Let the other tasks run until ``condition`` holds (bounded)."""
    with anyio.fail_after(10):
        while not condition():
            await anyio.lowlevel.checkpoint()


@fuzz(40)
@given(
    sizes=st.lists(st.integers(1, 3000), min_size=1, max_size=12),
    damaged=st.sets(st.integers(0, 11), max_size=3),
    reads=st.lists(st.integers(1, 4000), min_size=1, max_size=6),
)
async def test_between_resets_the_receiver_gets_one_run_of_one_session(
    sizes: list[int], damaged: set[int], reads: list[int]
) -> None:
    """Whatever is damaged and however the receiver cuts what it reads.

    Message i is ``sizes[i]`` bytes of value i.  The client sends them in
    order, catching its sending direction's resets, with a task reading
    for it (so it learns of the server's resets); each message is let
    arrive, or its damage be reported on both sides, before the next.  A
    damaged message is lost, and the server must see, between two
    ChannelResets, exactly the run of whole messages sent between two
    damaged ones.  (The window where another task reads the next session's
    first record is replayed exactly by
    ``test_bytes_of_the_next_session_wait_behind_the_reset``.)
    """
    client_t, server_t = memory_pair()
    client, server = await handshake(
        client_t,
        server_t,
        server=OssuaryOptions(secret_key=SERVER_KEY, max_resets=10),
        client=OssuaryOptions(authorized_keys=[SERVER_KEY.public_key], max_resets=10),
    )
    segments: list[bytearray] = [bytearray()]
    client_resets = [0]

    async def client_reads() -> None:
        while True:
            try:
                await client.receive()
            except ChannelReset:
                client_resets[0] += 1

    async def server_reads() -> None:
        turn = 0
        while True:
            try:
                chunk = await server.receive(reads[turn % len(reads)])
            except ChannelReset:
                segments.append(bytearray())
                continue
            turn += 1
            segments[-1] += chunk

    async with anyio.create_task_group() as group:
        group.start_soon(client_reads)
        group.start_soon(server_reads)
        for i, size in enumerate(sizes):
            if i in damaged:
                client_t.hook = damage_data()
            while True:
                try:
                    await client.send(bytes([i]) * size)
                except ChannelReset:
                    continue
                break
            if i in damaged:
                resets = len(segments)
                await until(lambda n=resets: client_resets[0] == n)
            else:
                await until(lambda i=i: bytes([i]) in segments[-1])
                await until(lambda i=i, size=size: segments[-1].count(i) == size)
        group.cancel_scope.cancel()
    await client.aclose()
    await server.aclose()

    expected: list[list[int]] = [[]]
    for i in range(len(sizes)):
        if i in damaged:
            expected.append([])
        else:
            expected[-1].append(i)
    got = [bytes(segment) for segment in segments]
    assert got == [b"".join(bytes([i]) * sizes[i] for i in run) for run in expected]


async def test_a_wrapped_stream_has_no_reset_to_report_at_first() -> None:
    client_t, server_t = memory_pair()
    client, server = await handshake(client_t, server_t)
    assert isinstance(client, OssuaryByteStream)
    await client.send(b"first")
    assert await server.receive() == b"first"
    await client.aclose()
    await server.aclose()
