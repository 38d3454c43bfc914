"""Closing against the reference: Disconnect from either side, transport cuts.

The reference answers a Disconnect it receives in the data phase with a
Reset (its error path turns the closed state into a reset); a closed
trio-ossuary stream ignores that.  A transport that ends without a
Disconnect is a truncation to us unless ``eof_is_close`` says otherwise.
"""

from __future__ import annotations

import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import trio
from interposer import (
    PacketHook,
)
from refpeer import (
    LIMIT,
    echo,
    passthrough,
    proxy,
    python_server,
    reference_client,
    reference_server,
)
from wire_spec import (
    DATA,
    DISCONNECT,
    RESET,
    Packet,
)

from trio_ossuary import (
    ChannelReset,
    OssuaryStream,
    SecretKey,
    open_ossuary_over_tcp_stream,
)


@dataclass
class Received:
    """What a stream delivered before it broke."""

    data: bytearray
    error: trio.BrokenResourceError


async def receive_until_broken(stream: OssuaryStream[Any]) -> Received:
    """Receive until the stream raises BrokenResourceError (which it must)."""
    data = bytearray()
    while True:
        try:
            chunk = await stream.receive_some()
        except trio.BrokenResourceError as exc:
            return Received(data, exc)
        assert chunk, "a clean end where a broken one was expected"
        data += chunk


async def test_python_client_disconnects_from_rust_server(reference: Path) -> None:
    key = SecretKey.generate()
    to_server, to_client = passthrough(), passthrough()
    with trio.fail_after(LIMIT):
        async with reference_server(reference, key) as server:
            async with proxy(
                server.port, to_server=to_server, to_client=to_client
            ) as relay:
                stream = await open_ossuary_over_tcp_stream(
                    "127.0.0.1", relay.port, authorized_keys=[key.public_key]
                )
                assert await echo(stream, b"bye soon") == b"bye soon"
                await stream.aclose()
            line = await server.connection()
    assert line.end == "disconnect(closed)"
    # Our Disconnect says "closed", not "error" (flag in its body's 3rd byte).
    disconnects = [p for p in to_server.seen if p.type == DISCONNECT]
    assert len(disconnects) == 1
    assert disconnects[0].body[2] == 0
    # The reference answered it with a Reset, which we ignored.
    assert [p.type for p in to_client.seen][-1] == RESET
    assert "after peer disconnect: library sent" in server.process.stdout


async def test_rust_client_disconnects_from_python_server(reference: Path) -> None:
    key = SecretKey.generate()
    to_server = passthrough()
    with trio.fail_after(LIMIT):
        async with python_server(key) as server:
            async with proxy(server.port, to_server=to_server) as relay:
                result = await reference_client(
                    reference, relay.port, trust=key.public_key, close=True
                )
            served = await server.connection()
    assert result.returncode == 0, result
    assert [p.type for p in to_server.seen][-1] == DISCONNECT
    assert to_server.seen[-1].body[2] == 0  # closed, not error
    assert served.error is None  # receive_some returned b""
    assert len(served.received) == 101


@pytest.mark.parametrize("eof_is_close", [False, True])
async def test_rust_client_closes_tcp_without_disconnect(
    reference: Path, eof_is_close: bool
) -> None:
    key = SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with python_server(key, eof_is_close=eof_is_close) as server:
            result = await reference_client(
                reference, server.port, trust=key.public_key
            )
            served = await server.connection()
    assert result.returncode == 0, result
    assert len(served.received) == 101
    if eof_is_close:
        assert served.error is None
    else:
        assert isinstance(served.error, trio.BrokenResourceError)
        assert "without a Disconnect" in str(served.error)


async def test_python_client_closes_tcp_without_disconnect(reference: Path) -> None:
    key = SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with reference_server(reference, key) as server:
            stream = await open_ossuary_over_tcp_stream(
                "127.0.0.1", server.port, authorized_keys=[key.public_key]
            )
            assert await echo(stream, b"abrupt") == b"abrupt"
            await stream.transport_stream.aclose()
            line = await server.connection()
    assert line.handshake == "ok"
    assert line.bytes == len(b"abrupt")
    assert line.end == "eof"


async def test_transport_cut_mid_stream(reference: Path) -> None:
    # The proxy stops at the server's third record and resets both TCP
    # connections, while the server is echoing.
    key = SecretKey.generate()
    cut_here = trio.Event()

    def until_third_record(packet: Packet) -> bytes:
        if packet.type == DATA and to_client.count(DATA) == 3:
            cut_here.set()
        return b"" if cut_here.is_set() else packet.raw

    to_client = PacketHook(until_third_record)
    with trio.fail_after(LIMIT):
        async with reference_server(reference, key) as server:
            async with proxy(server.port, to_client=to_client) as relay:
                stream = await open_ossuary_over_tcp_stream(
                    "127.0.0.1", relay.port, authorized_keys=[key.public_key]
                )
                async with stream, trio.open_nursery() as nursery:
                    assert await echo(stream, b"before the cut") == b"before the cut"

                    async def cut() -> None:
                        await cut_here.wait()
                        await relay.cut()

                    nursery.start_soon(cut)
                    await stream.send_all(b"x" * 100_000)
                    received = await receive_until_broken(stream)
            line = await server.connection()
    assert not isinstance(received.error, ChannelReset)
    # Exactly the records before the cut: the first of the echo.
    assert bytes(received.data) == b"x" * 16384
    assert line.end.startswith(("socket_error", "error")), line


async def test_rust_server_killed_mid_session(reference: Path) -> None:
    key = SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with reference_server(reference, key) as server:
            stream = await open_ossuary_over_tcp_stream(
                "127.0.0.1", server.port, authorized_keys=[key.public_key]
            )
            async with stream:
                assert await echo(stream, b"still there?") == b"still there?"
                server.process.kill()
                assert await server.process.wait() == -signal.SIGKILL
                with pytest.raises(trio.BrokenResourceError) as info:
                    await stream.receive_some()
                with pytest.raises(trio.BrokenResourceError):
                    await stream.send_all(b"anyone?")
    assert not isinstance(info.value, ChannelReset)
