"""The relay's linger rule, on a mock clock: after the plaintext side's end of
file, the channel is read until the peer has been silent ``linger`` seconds.

The relay keeps no cancel scope per chunk (``trio_ossuary/_cli/relay.py``),
so the receive already waiting when the end of file comes is timed apart
from the later ones: both cases are here.
"""

from __future__ import annotations

import pytest
import trio
import trio.testing

from trio_ossuary import PublicKey
from trio_ossuary._cli.relay import relay


class FakeChannel:
    """A channel whose peer speaks when the test says, and never closes."""

    def __init__(self) -> None:
        self.incoming_send, self.incoming = trio.open_memory_channel[bytes](10)
        self.sent = bytearray()
        self.closed_with: bool | None = None

    @property
    def remote_public_key(self) -> PublicKey | None:
        return None

    @property
    def transport_stream(self) -> trio.abc.Stream:
        raise NotImplementedError

    async def send_all(self, data: bytes | bytearray | memoryview) -> None:
        await trio.lowlevel.checkpoint()
        self.sent += data

    async def wait_send_all_might_not_block(self) -> None:
        await trio.lowlevel.checkpoint()

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        return await self.incoming.receive()

    async def aclose(self, *, error: bool = False) -> None:
        await trio.lowlevel.checkpoint()
        self.closed_with = error


async def run_relay(
    channel: FakeChannel,
    peer: list[tuple[float, bytes]],
    *,
    eof_at: float,
    linger: float,
) -> tuple[float, bytes]:
    """Relay; the plain side ends at ``eof_at``; the peer sends ``peer``.

    Returns when the relay ended (seconds after the start) and what the
    plain side received.
    """
    plain, local = trio.testing.memory_stream_pair()
    received = bytearray()
    start = trio.current_time()
    ended = 0.0

    async def local_user() -> None:
        await trio.sleep_until(start + eof_at)
        await local.send_stream.aclose()
        while data := await local.receive_some():
            received.extend(data)

    async def remote_peer() -> None:
        for when, data in peer:
            await trio.sleep_until(start + when)
            await channel.incoming_send.send(data)

    async with trio.open_nursery() as nursery:
        nursery.start_soon(local_user)
        nursery.start_soon(remote_peer)
        with trio.fail_after(100):  # virtual seconds: a relay that never ends
            result = await relay(channel, plain, linger=linger)
        ended = trio.current_time() - start
        nursery.cancel_scope.cancel()
    assert result.error is None
    assert result.plain_error is None
    assert channel.closed_with is False
    return ended, bytes(received)


async def test_silent_peer_waiting_receive_times_out_linger_after_eof(
    autojump_clock: trio.testing.MockClock,
) -> None:
    # The receive has waited since the start; the end of file at 5 s gives
    # it linger (2 s) more: the relay ends at 7 s, not 2 s after the start.
    ended, received = await run_relay(FakeChannel(), [], eof_at=5.0, linger=2.0)
    assert ended == pytest.approx(7.0)
    assert received == b""


async def test_peer_that_keeps_talking_keeps_the_relay_open(
    autojump_clock: trio.testing.MockClock,
) -> None:
    # After the end of file at 1 s, chunks come 1.5 s apart (less than the
    # 2 s linger): each is delivered, and the relay ends 2 s after the last.
    peer = [(2.0, b"a"), (3.5, b"b"), (5.0, b"c")]
    ended, received = await run_relay(FakeChannel(), peer, eof_at=1.0, linger=2.0)
    assert received == b"abc"
    assert ended == pytest.approx(7.0)


async def test_chunk_just_before_the_waiting_receive_times_out(
    autojump_clock: trio.testing.MockClock,
) -> None:
    # The waiting receive gets its chunk 1.9 s into the linger: it is
    # delivered, and the next receive has a full linger of its own.
    peer = [(2.9, b"late")]
    ended, received = await run_relay(FakeChannel(), peer, eof_at=1.0, linger=2.0)
    assert received == b"late"
    assert ended == pytest.approx(4.9)
