"""Closing: what the other end sees, the answer to a peer's Disconnect, and
closing while a handshake waits for the trust decision."""

from __future__ import annotations

from typing import Any

import pytest
import trio
import trio.testing
from interposer import (
    server_and_hand_client,
)
from wire_spec import (
    DISCONNECT,
    parse_packets,
)

from trio_ossuary import (
    ConnectionFailed,
    HandshakeTimeoutError,
    OssuaryStream,
    PublicKey,
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


# -- answering the peer's Disconnect (#9) ---------------------------------------------


@pytest.mark.parametrize("error", [False, True])
async def test_the_peer_s_disconnect_is_answered_on_the_wire(
    error: bool, autojump_clock: trio.testing.MockClock
) -> None:
    # docs/protocol.rst: a side that receives a Disconnect sends one with the
    # same flag back.
    key = SecretKey.generate()
    server, client = await server_and_hand_client(key)
    client_raw = client.transport
    client.conn.close(error=error)
    await client.flush()
    if error:
        with pytest.raises(trio.BrokenResourceError) as info:
            await server.receive_some()
        cause = info.value.__cause__
        assert isinstance(cause, ConnectionFailed)
        assert cause.by_peer
    else:
        assert await server.receive_some() == b""
    answer_bytes = b""
    with trio.move_on_after(60):
        answer_bytes = await client_raw.receive_some()
    [answer] = parse_packets(answer_bytes)
    assert answer.type == DISCONNECT
    assert answer.body[2] == error  # the same flag
    await server.aclose()  # and nothing more is written
    assert await client_raw.receive_some() == b""


async def test_the_answer_to_a_disconnect_is_bounded_on_a_clogged_transport(
    autojump_clock: trio.testing.MockClock,
) -> None:
    # Lockstep: a write waits for the reader, and this peer never reads
    # again.  The answer is abandoned after one handshake timeout, and the
    # peer's close is still reported as a clean one.
    key = SecretKey.generate()
    server, client = await server_and_hand_client(
        key, trio.testing.lockstep_stream_pair()
    )
    client.conn.close()
    async with trio.open_nursery() as nursery:
        nursery.start_soon(client.flush)
        with trio.fail_after(3 + 1):  # one handshake timeout, and some
            assert await server.receive_some() == b""
    with trio.fail_after(3 + 1):
        await server.aclose()


# -- closing while the trust callback runs (#9) ------------------------------------


async def test_aclose_during_the_trust_callback_makes_waiters_raise_closed() -> None:
    deciding = trio.Event()
    decided = trio.Event()

    async def trust(key: PublicKey) -> bool:
        deciding.set()
        await decided.wait()
        return True

    key = SecretKey.generate()
    client_transport, server_transport = trio.testing.memory_stream_pair()
    client = OssuaryStream(client_transport, on_untrusted_server=trust)
    server = OssuaryStream(server_transport, server_side=True, secret_key=key)
    results: dict[str, Any] = {}

    async def outcome(name: str, afn: Any) -> None:
        try:
            results[name] = await afn()
        except Exception as exc:
            results[name] = exc

    async with trio.open_nursery() as nursery:
        nursery.start_soon(outcome, "server", server.do_handshake)
        nursery.start_soon(outcome, "handshake", client.do_handshake)
        await deciding.wait()
        nursery.start_soon(outcome, "receive", client.receive_some)
        nursery.start_soon(outcome, "send", lambda: client.send_all(b"x"))
        await trio.testing.wait_all_tasks_blocked()
        await client.aclose()
        decided.set()
    for name in ("handshake", "receive", "send"):
        assert type(results[name]) is trio.ClosedResourceError, (name, results[name])
    await server.aclose()
