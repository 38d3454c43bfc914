"""Session boundaries in OssuaryStream's plaintext (issue #9, point 1).

After a reset, whichever task drives the new handshake may also read the
peer's first records of the new session: a client may send data in the very
write that carries its ClientAuthentication.  The receiving application must
still hear of the reset before it gets any of those bytes, and never get
bytes of two sessions in one chunk; otherwise an attacker who flips one bit
deletes records from the middle of the stream and the application sees the
bytes around the hole as contiguous.

The first tests replay the attack step by step: the server is an
:class:`~trio_ossuary.OssuaryStream` with a receiving and a sending task, the
client an :class:`~trio_ossuary.OssuaryConnection` driven by hand, and
explicit events order every step, so the window is hit on every run.
"""

from __future__ import annotations

from typing import Any

import pytest
import trio
import trio.testing
from adversary import SERVER_KEY

from trio_ossuary import (
    NEED_DATA,
    ChannelReset,
    DataReceived,
    Event,
    HandshakeComplete,
    OssuaryConnection,
    OssuaryStream,
    SessionReset,
)

#: What a receiving task records for a ChannelReset.
RESET = "reset"
#: ... and for a receive_some that found nothing to return (virtual time).
SILENCE = "silence"


class HandClient:
    """An OssuaryConnection client, driven one step at a time by the test."""

    def __init__(self, transport: trio.abc.Stream) -> None:
        self.transport = transport
        self.conn = OssuaryConnection(
            authorized_keys=[SERVER_KEY.public_key], clock=trio.current_time
        )

    async def flush(self, tamper: Any = None) -> None:
        """Write everything the engine has queued, in one transport write."""
        data = self.conn.data_to_send()
        if tamper is not None:
            data = tamper(data)
        await self.transport.send_all(data)

    async def read_until(self, event_type: type[Event]) -> list[Event]:
        """Read and process until the engine reports ``event_type``."""
        events: list[Event] = []
        while True:
            event = self.conn.next_event()
            if event is NEED_DATA:
                self.conn.receive_data(await self.transport.receive_some())
                continue
            events.append(event)
            if isinstance(event, event_type):
                return events


def flip_last_bit(data: bytes) -> bytes:
    """Flip the last bit: inside the tag of the last record in ``data``."""
    return data[:-1] + bytes([data[-1] ^ 0x01])


async def receive_into(
    stream: OssuaryStream[Any],
    log: list[bytes | str],
    max_bytes: int | None,
    count: int,
) -> None:
    """Make ``count`` receive_some calls, logging data and ChannelResets."""
    for _ in range(count):
        with trio.move_on_after(60):
            try:
                log.append(await stream.receive_some(max_bytes))
            except ChannelReset:
                log.append(RESET)
            continue
        log.append(SILENCE)
        return


@pytest.mark.parametrize("driver", ["send_all", "do_handshake"])
@pytest.mark.parametrize(
    ("first_max", "later_max", "expected"),
    [
        (None, None, [b"AAAA", RESET, b"CCCC"]),
        # Half of AAAA is still buffered when CCCC arrives: never b"AACCCC".
        (2, 6, [b"AA", b"AA", RESET, b"CCCC"]),
    ],
)
async def test_new_session_data_read_by_another_task_waits_for_the_reset(
    driver: str,
    first_max: int | None,
    later_max: int | None,
    expected: list[bytes | str],
    autojump_clock: trio.testing.MockClock,
) -> None:
    client_raw, server_raw = trio.testing.memory_stream_pair()
    server = OssuaryStream(server_raw, server_side=True, secret_key=SERVER_KEY)
    client = HandClient(client_raw)
    received: list[bytes | str] = []
    resume_receiving = trio.Event()

    async def receiving_task() -> None:
        await receive_into(server, received, first_max, 1)
        await resume_receiving.wait()  # the application is busy elsewhere
        await receive_into(server, received, later_max, len(expected) - 1)

    async def sending_task() -> None:
        if driver == "send_all":
            # As the docs say: catch the reset, send again.
            with pytest.raises(ChannelReset):
                await server.send_all(b"lost")
            await server.send_all(b"after the reset")
        else:
            await server.do_handshake()

    async with trio.open_nursery() as nursery:
        nursery.start_soon(server.do_handshake)
        await client.flush()
        await client.read_until(HandshakeComplete)
        await client.flush()
    async with trio.open_nursery() as nursery:
        # 1. AAAA, then BBBB with one bit of its tag flipped in transit.
        client.conn.send_data(b"AAAA")
        client.conn.send_data(b"BBBB")
        await client.flush(tamper=flip_last_bit)
        # 2. The server's receive_some returns AAAA; its engine resets.
        nursery.start_soon(receiving_task)
        await trio.testing.wait_all_tasks_blocked()
        assert received == [expected[0]]
        # 3. The client answers the Reset and handshakes again; the server's
        #    other task drives the new handshake.
        await client.read_until(SessionReset)
        await client.flush()
        nursery.start_soon(sending_task)
        await client.read_until(HandshakeComplete)
        # 4. ClientAuthentication and CCCC in one write.
        client.conn.send_data(b"CCCC")
        await client.flush()
        await trio.testing.wait_all_tasks_blocked()
        # 5. The receiving task comes back.
        resume_receiving.set()
    assert received == expected
    if driver == "send_all":
        [answer] = await client.read_until(DataReceived)
        assert isinstance(answer, DataReceived)
        assert answer.data == b"after the reset"
