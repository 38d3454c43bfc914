"""What the other end sees after a clean close."""

from __future__ import annotations

import pytest
import trio
import trio.testing

from trio_ossuary import (
    ConnectionFailed,
    HandshakeTimeoutError,
    OssuaryStream,
    SecretKey,
)


async def established_pair() -> tuple[
    OssuaryStream[trio.StapledStream[trio.abc.SendStream, trio.abc.ReceiveStream]],
    OssuaryStream[trio.StapledStream[trio.abc.SendStream, trio.abc.ReceiveStream]],
]:
    key = SecretKey.generate()
    client_transport, server_transport = trio.testing.memory_stream_pair()
    client = OssuaryStream(client_transport, authorized_keys=[key.public_key])
    server = OssuaryStream(server_transport, server_side=True, secret_key=key)
    async with trio.open_nursery() as nursery:
        nursery.start_soon(client.do_handshake)
        nursery.start_soon(server.do_handshake)
    return client, server


async def test_send_after_the_peer_closed_is_broken_not_a_hang() -> None:
    client, server = await established_pair()
    await server.aclose()
    assert await client.receive_some() == b""
    assert await client.receive_some() == b""  # and stays at EOF
    with trio.fail_after(5), pytest.raises(trio.BrokenResourceError) as info:
        await client.send_all(b"too late")
    assert isinstance(info.value.__cause__, ConnectionFailed)
    await client.aclose()


async def test_reset_answer_the_transport_will_not_take_is_a_timeout(
    autojump_clock: trio.testing.MockClock,
) -> None:
    # The peer sends a Reset and then never reads: the answer cannot be
    # written, and after one handshake timeout the stream gives up on it.
    key = SecretKey.generate()
    client_transport, server_transport = trio.testing.lockstep_stream_pair()
    client = OssuaryStream(client_transport, authorized_keys=[key.public_key])
    server = OssuaryStream(server_transport, server_side=True, secret_key=key)
    async with trio.open_nursery() as nursery:
        nursery.start_soon(client.do_handshake)
        nursery.start_soon(server.do_handshake)
    reset = bytes.fromhex("000400000011000004000100")
    async with trio.open_nursery() as nursery:
        nursery.start_soon(server.transport_stream.send_all, reset)
        start = trio.current_time()
        with pytest.raises(trio.BrokenResourceError) as info:
            await client.receive_some()
    assert isinstance(info.value.__cause__, HandshakeTimeoutError)
    assert "did not take" in str(info.value.__cause__)
    assert trio.current_time() - start == pytest.approx(3.0)
    await client.aclose()
    await server.aclose()


async def test_close_with_error_is_a_failure_for_the_peer() -> None:
    client, server = await established_pair()
    await server.send_all(b"partial")
    await server.aclose(error=True)
    # What was sent before arrives; then the end is a failure, not an EOF.
    assert await client.receive_some() == b"partial"
    with pytest.raises(trio.BrokenResourceError) as info:
        await client.receive_some()
    assert isinstance(info.value.__cause__, ConnectionFailed)
    assert info.value.__cause__.by_peer
    await client.aclose()
