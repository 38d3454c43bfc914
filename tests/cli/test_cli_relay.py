"""The relay's end, decided once, in one process and step by step.

:func:`trio_ossuary._cli.relay.relay` records the first end it sees and
closes both sides by it: cleanly only after a clean end, otherwise aborting
the plaintext side (``abort``) and closing the channel with the failure
flag.  The real-process tests (``test_cli_endings.py``) show each ending on
the wire; these drive the races between the two directions and a cut
deterministically (``wait_all_tasks_blocked``), with a channel that records
how it was closed.
"""

from __future__ import annotations

import math

import pytest
import trio
import trio.testing

from trio_ossuary._cli.ending import Ending
from trio_ossuary._cli.relay import Cutoff, relay


class RecordingChannel(trio.abc.Stream):
    """One end of a memory stream pair that closes as OssuaryStream does."""

    def __init__(self, stream: trio.abc.Stream) -> None:
        self.stream = stream
        self.closed_with: list[bool] = []
        #: If set, aclose waits for it (to land something during the close).
        self.hold_close: trio.Event | None = None

    @property
    def remote_public_key(self) -> None:
        return None

    @property
    def transport_stream(self) -> trio.abc.Stream:
        return self.stream

    async def send_all(self, data: bytes | bytearray | memoryview) -> None:
        await self.stream.send_all(data)

    async def wait_send_all_might_not_block(self) -> None:
        await self.stream.wait_send_all_might_not_block()

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        return bytes(await self.stream.receive_some(max_bytes))

    async def aclose(self, *, error: bool = False) -> None:
        self.closed_with.append(error)
        if self.hold_close is not None:
            await self.hold_close.wait()
        await self.stream.aclose()


def pairs() -> tuple[
    RecordingChannel, trio.abc.Stream, trio.abc.Stream, trio.abc.Stream
]:
    """Our channel, the peer's end of it, our plain side, the application."""
    ours, peer = trio.testing.memory_stream_pair()
    plain, app = trio.testing.memory_stream_pair()
    return RecordingChannel(ours), peer, plain, app


async def test_the_peer_closing_is_a_clean_end() -> None:
    channel, peer, plain, app = pairs()
    aborted: list[bool] = []
    async with trio.open_nursery() as nursery:

        async def run() -> None:
            result = await relay(
                channel, plain, linger=None, abort=lambda: aborted.append(True)
            )
            assert result.ending is Ending.PEER_CLOSED

        nursery.start_soon(run)
        await peer.send_all(b"answer")
        assert await app.receive_some() == b"answer"
        await peer.aclose()
        # The application gets the end of stream, not an error.
        assert await app.receive_some() == b""
    assert aborted == []
    assert channel.closed_with == [False]


async def test_a_cut_aborts_both_sides_even_mid_write() -> None:
    channel, peer, plain, _app = pairs()
    cutoff = Cutoff()
    aborted: list[bool] = []
    results = []
    async with trio.open_nursery() as nursery:

        async def run() -> None:
            results.append(
                await relay(
                    channel,
                    plain,
                    linger=math.inf,
                    cutoff=cutoff,
                    abort=lambda: aborted.append(True),
                )
            )

        nursery.start_soon(run)
        await peer.send_all(b"x" * 100_000)  # the application reads nothing
        await trio.testing.wait_all_tasks_blocked()
        cutoff.cut("stopped")
    [result] = results
    assert result.ending is Ending.CUT
    assert result.cause == "stopped"
    assert aborted == [True]
    assert channel.closed_with[0] is True


async def test_the_first_end_seen_is_the_end() -> None:
    # The service ends (a clean end of its output), and a cut comes while
    # the relay is closing the channel: the connection had already ended
    # cleanly, and stays so.
    channel, peer, plain, app = pairs()
    channel.hold_close = trio.Event()
    cutoff = Cutoff()
    results = []
    async with trio.open_nursery() as nursery:

        async def run() -> None:
            results.append(await relay(channel, plain, linger=None, cutoff=cutoff))

        nursery.start_soon(run)
        await app.send_all(b"last words")
        await app.send_eof()
        assert await peer.receive_some() == b"last words"
        await trio.testing.wait_all_tasks_blocked()
        assert channel.closed_with == [False]  # closing, held
        cutoff.cut("too late")
        channel.hold_close.set()
    assert results[0].ending is Ending.CLOSED
    assert channel.closed_with == [False]
    assert await app.receive_some() == b""  # a clean end, not a reset


@pytest.mark.parametrize(
    ("failure", "ending"),
    [(None, Ending.CLOSED), ("exit status 3", Ending.PLAIN_FAILED)],
)
async def test_finish_decides_whether_the_end_of_output_is_clean(
    failure: str | None, ending: Ending
) -> None:
    channel, peer, plain, app = pairs()
    aborted: list[bool] = []

    async def finish() -> str | None:
        return failure

    async with trio.open_nursery() as nursery:
        results = []

        async def run() -> None:
            results.append(
                await relay(
                    channel,
                    plain,
                    linger=None,
                    finish=finish,
                    abort=lambda: aborted.append(True),
                )
            )

        nursery.start_soon(run)
        await app.send_all(b"output")
        await app.send_eof()
        assert await peer.receive_some() == b"output"
    assert results[0].ending is ending
    assert results[0].cause == failure
    assert channel.closed_with[0] is (failure is not None)
    assert aborted == ([True] if failure else [])


async def test_a_cancellation_from_outside_aborts_like_a_cut() -> None:
    channel, _peer, plain, _app = pairs()
    aborted: list[bool] = []
    with trio.CancelScope() as scope:

        async def cancel_when_blocked() -> None:
            await trio.testing.wait_all_tasks_blocked()
            scope.cancel()

        async with trio.open_nursery() as nursery:
            nursery.start_soon(cancel_when_blocked)
            await relay(channel, plain, linger=None, abort=lambda: aborted.append(True))
    assert scope.cancelled_caught
    assert aborted == [True]
    assert channel.closed_with[0] is True
