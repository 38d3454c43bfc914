"""One handshake clock: the stream's.

The engine has a timer of its own for sans-IO drivers (a wait resets once
more than ``handshake_timeout`` whole seconds have passed since its last
state change, the reference's rule).  Under :class:`OssuaryStream` that timer
is off, and only the stream's deadline counts: each handshake must finish
within ``handshake_timeout`` seconds of the first call that drives it (see the
``_stream`` module docstring, "Timeouts and closing").
"""

from __future__ import annotations

from typing import Any

import pytest
import trio
import trio.testing
from interposer import Interposer, corrupt_packet, handshake_both, ossuary_pair
from wire_spec import DATA

from trio_ossuary import ChannelReset, HandshakeTimeoutError, OssuaryStream


async def reset_and_report(
    client_timeout: float, server_timeout: float
) -> tuple[OssuaryStream[Any], OssuaryStream[Any]]:
    """An established pair, reset; every reset reported but the server's send side."""
    client_raw, server_raw = trio.testing.memory_stream_pair()
    tap = Interposer(client_raw)
    client, server = ossuary_pair(
        tap,
        server_raw,
        client_options={"handshake_timeout": client_timeout},
        server_options={"handshake_timeout": server_timeout},
    )
    await handshake_both(client, server)
    tap.on_send = corrupt_packet(DATA)
    await client.send_all(b"corrupted")
    with pytest.raises(ChannelReset):
        await server.receive_some()
    with pytest.raises(ChannelReset):
        await client.receive_some()
    with pytest.raises(ChannelReset):
        await client.send_all(b"x")
    return client, server


async def test_an_application_slow_to_come_back_after_a_reset_is_not_reset_again(
    autojump_clock: trio.testing.MockClock,
) -> None:
    # The client's engine has been waiting for the ServerHandshake since the
    # reset; the application comes back after far more than the engine's
    # floor(3) + 1 seconds.  The new handshake is the stream's, and it has
    # only just begun, so it goes through: no second reset.
    client, server = await reset_and_report(3, 100)
    received: list[bytes] = []

    async def serve() -> None:
        received.append(await server.receive_some())

    async with trio.open_nursery() as nursery:
        nursery.start_soon(serve)
        await trio.sleep(10)
        await client.send_all(b"after")
    assert received == [b"after"]
    assert client.remote_public_key == server.local_public_key


async def test_the_stream_deadline_still_cuts_off_a_new_handshake(
    autojump_clock: trio.testing.MockClock,
) -> None:
    # The same, with the server the silent one: the client's deadline counts
    # from its call, and it is the stream's timeout that says so.
    client, _server = await reset_and_report(2.5, 100)
    await trio.sleep(10)
    start = trio.current_time()
    with pytest.raises(trio.BrokenResourceError) as info:
        await client.send_all(b"x")
    assert isinstance(info.value.__cause__, HandshakeTimeoutError)
    assert "2.5 seconds" in str(info.value.__cause__)
    assert trio.current_time() - start == pytest.approx(2.5)
