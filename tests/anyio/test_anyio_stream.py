"""OssuaryByteStream as an anyio byte stream, on asyncio and on trio.

anyio has no generic conformance suite for byte streams (trio has
``check_two_way_stream``); these tests hold the contract of
:class:`anyio.abc.ByteStream` as anyio's own streams keep it, each on both
backends: data both ways, ``max_bytes``, ``EndOfStream`` at the peer's
close, ``ClosedResourceError`` after ``aclose``, ``BrokenResourceError``
with its cause, ``BusyResourceError`` for two tasks at once, no
``send_eof``, and the typed attributes.
"""

from __future__ import annotations

import anyio
import anyio.abc
import pytest
from anyio_harness import (
    CLIENT_KEY,
    SERVER_KEY,
    damage_data,
    handshake,
    memory_pair,
    ossuary_pair,
)

from trio_ossuary import (
    ConnectionFailed,
    OssuaryError,
    OssuaryOptions,
    RemoteProtocolError,
)
from trio_ossuary.anyio import (
    ChannelReset,
    OssuaryAttribute,
    OssuaryByteStream,
)

pytestmark = pytest.mark.anyio

TRANSPORTS = pytest.mark.parametrize("kind", ["memory", "socket"])


@TRANSPORTS
async def test_data_flows_both_ways_at_once_in_order(kind: str) -> None:
    payload = bytes(range(256)) * 1200  # 300 KiB: several batches of records
    async with ossuary_pair(kind) as (client, server):

        async def pour(stream: OssuaryByteStream) -> None:
            for start in range(0, len(payload), 70_000):
                await stream.send(payload[start : start + 70_000])

        async def drink(stream: OssuaryByteStream, into: bytearray) -> None:
            while len(into) < len(payload):
                chunk = await stream.receive(50_000)
                assert 0 < len(chunk) <= 50_000
                into += chunk

        at_client, at_server = bytearray(), bytearray()
        async with anyio.create_task_group() as group:
            group.start_soon(pour, client)
            group.start_soon(pour, server)
            group.start_soon(drink, client, at_client)
            group.start_soon(drink, server, at_server)
        assert at_client == payload
        assert at_server == payload


async def test_receive_honours_max_bytes_and_refuses_less_than_one() -> None:
    async with ossuary_pair() as (client, server):
        await client.send(b"abcdef")
        assert await server.receive(2) == b"ab"
        assert await server.receive() == b"cdef"
        with pytest.raises(ValueError, match="positive"):
            await server.receive(0)


async def test_an_empty_send_sends_nothing() -> None:
    client_t, server_t = memory_pair()
    client, server = await handshake(client_t, server_t)
    before = len(client_t.written)
    await client.send(b"")
    assert len(client_t.written) == before
    await client.aclose()
    await server.aclose()


@TRANSPORTS
async def test_end_of_stream_at_the_peers_disconnect_after_its_data(kind: str) -> None:
    async with ossuary_pair(kind) as (client, server):
        await client.send(b"last words")
        await client.aclose()
        assert await server.receive() == b"last words"
        for _ in range(2):
            with pytest.raises(anyio.EndOfStream):
                await server.receive()
        # The peer is gone: sending is a broken stream, not a hang.
        with pytest.raises(anyio.BrokenResourceError) as info:
            await server.send(b"anyone?")
        assert isinstance(info.value.__cause__, ConnectionFailed)


async def test_closed_resource_after_aclose_and_closing_twice_is_fine() -> None:
    async with ossuary_pair() as (client, _server):
        await client.aclose()
        await client.aclose()
        with pytest.raises(anyio.ClosedResourceError):
            await client.send(b"x")
        with pytest.raises(anyio.ClosedResourceError):
            await client.receive()


async def test_aclose_wakes_a_task_waiting_to_receive_with_closed() -> None:
    async with ossuary_pair() as (client, _server):
        seen: list[BaseException] = []

        async def wait_for_data() -> None:
            try:
                await client.receive()
            except anyio.ClosedResourceError as exc:
                seen.append(exc)

        async with anyio.create_task_group() as group:
            group.start_soon(wait_for_data)
            await anyio.wait_all_tasks_blocked()
            await client.aclose()
        assert len(seen) == 1


async def test_a_transport_eof_without_disconnect_is_broken_with_the_cause() -> None:
    client_t, server_t = memory_pair()
    client, server = await handshake(client_t, server_t)
    await client_t.aclose()  # the transport ends; no Disconnect was sent
    with pytest.raises(anyio.BrokenResourceError) as info:
        await server.receive()
    assert isinstance(info.value.__cause__, RemoteProtocolError)
    assert "truncated" in str(info.value.__cause__)
    await server.aclose()
    await client.aclose()


async def test_eof_is_close_makes_a_bare_eof_the_end_of_stream() -> None:
    client_t, server_t = memory_pair()
    client, server = await handshake(
        client_t,
        server_t,
        server=OssuaryOptions(secret_key=SERVER_KEY, eof_is_close=True),
    )
    await client_t.aclose()
    with pytest.raises(anyio.EndOfStream):
        await server.receive()
    await server.aclose()
    await client.aclose()


async def test_two_receivers_or_two_senders_are_busy() -> None:
    async with ossuary_pair() as (client, server):
        async with anyio.create_task_group() as group:
            group.start_soon(server.receive)
            await anyio.wait_all_tasks_blocked()
            with pytest.raises(anyio.BusyResourceError, match="receiving"):
                await server.receive()
            await client.send(b"done")
        client_t = client.transport_stream
        assert isinstance(client_t, anyio.abc.ByteStream)


async def test_send_eof_is_not_implemented() -> None:
    async with ossuary_pair() as (client, _server):
        with pytest.raises(NotImplementedError, match="half-close"):
            await client.send_eof()


async def test_attributes_name_both_keys_the_role_and_the_transports() -> None:
    options = OssuaryOptions(
        secret_key=CLIENT_KEY, authorized_keys=[SERVER_KEY.public_key]
    )
    async with ossuary_pair("socket", client=options) as (client, server):
        assert client.extra(OssuaryAttribute.remote_public_key) == SERVER_KEY.public_key
        assert client.extra(OssuaryAttribute.local_public_key) == CLIENT_KEY.public_key
        assert server.extra(OssuaryAttribute.remote_public_key) == CLIENT_KEY.public_key
        assert not client.extra(OssuaryAttribute.server_side)
        assert server.extra(OssuaryAttribute.server_side)
        # The transport's own attributes come through.
        family = client.extra(anyio.abc.SocketAttribute.family)
        assert family == server.extra(anyio.abc.SocketAttribute.family)


async def test_an_anonymous_client_is_named_by_none() -> None:
    async with ossuary_pair() as (client, server):
        assert server.extra(OssuaryAttribute.remote_public_key) is None
        assert client.extra(OssuaryAttribute.local_public_key) is None


async def test_the_peer_is_none_between_sessions_and_kept_after_the_end() -> None:
    client_t, server_t = memory_pair()
    client, server = await handshake(client_t, server_t)
    assert client.extra(OssuaryAttribute.remote_public_key) == SERVER_KEY.public_key
    client_t.hook = damage_data()
    await client.send(b"lost")
    # The server's read finds the damage and resets; until the new
    # handshake, neither side names a peer.
    got: list[bytes] = []

    async def server_reads() -> None:
        with pytest.raises(ChannelReset):
            await server.receive()
        got.append(await server.receive())

    async with anyio.create_task_group() as group:
        group.start_soon(server_reads)
        await anyio.wait_all_tasks_blocked()
        assert server.extra(OssuaryAttribute.remote_public_key) is None
        with pytest.raises(ChannelReset):
            await client.receive()  # the client reads the server's Reset
        assert client.extra(OssuaryAttribute.remote_public_key) is None
        with pytest.raises(ChannelReset):
            await client.send(b"not sent")  # the sending direction's report
        await client.send(b"again")  # drives the new handshake, then sends
    assert got == [b"again"]  # the send that raised the reset sent nothing
    assert client.extra(OssuaryAttribute.remote_public_key) == SERVER_KEY.public_key
    await server.aclose()
    with pytest.raises(anyio.EndOfStream):
        await client.receive()
    assert client.extra(OssuaryAttribute.remote_public_key) == SERVER_KEY.public_key
    await client.aclose()


async def test_channel_reset_is_a_broken_resource_and_an_ossuary_error() -> None:
    reset = ChannelReset("test", resets=1)
    assert isinstance(reset, anyio.BrokenResourceError)
    assert isinstance(reset, OssuaryError)
    assert reset.resets == 1


async def test_there_is_no_public_initializer() -> None:
    client_t, _ = memory_pair()
    with pytest.raises(TypeError, match="wrap"):
        OssuaryByteStream(client_t, server_side=False, checked=OssuaryOptions())


async def test_wrap_refuses_options_with_keywords() -> None:
    client_t, _ = memory_pair()
    with pytest.raises(TypeError, match="not both"):
        await OssuaryByteStream.wrap(
            client_t, options=OssuaryOptions(), handshake_timeout=1.0
        )
