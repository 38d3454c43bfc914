"""The engine's record path: how input and output buffers are handled.

The engine keeps a ``bytes`` object handed to ``receive_data`` without
copying it, decrypts large records in place through a memoryview, and queues
output packet by packet.  These tests check what that must not change: input
of any type and any split gives the same data, input the caller changes
afterwards changes nothing, and a bad record after good ones is reported
only once their data is out.
"""

from __future__ import annotations

import pytest
from helpers_core import ConnectionPair, split_packets

from trio_ossuary.sansio import (
    DataReceived,
    SessionReset,
)

# Both sides of the engine's copy-or-view threshold (1024 bytes), the
# largest record, an empty one.
SIZES = [16384, 5000, 1, 0, 1024, 1025, 64, 16384]
RECORDS = [bytes([i]) * size for i, size in enumerate(SIZES, start=1)]
PAYLOAD = b"".join(RECORDS)


def _records(pair: ConnectionPair) -> bytes:
    for record in RECORDS:
        pair.client.send_record(record)
    return pair.client.data_to_send()


@pytest.mark.parametrize("as_type", [bytes, bytearray, memoryview])
@pytest.mark.parametrize("piece", [1, 7, 1000, 16411, 16412, 16413, 1 << 20])
def test_any_split_and_type_of_input_gives_the_same_data(
    as_type: type, piece: int
) -> None:
    pair = ConnectionPair()
    pair.handshake()
    wire = _records(pair)
    received = bytearray()
    for start in range(0, len(wire), piece):
        pair.server.receive_data(as_type(wire[start : start + piece]))
        for event in pair.drain(pair.server):
            assert isinstance(event, DataReceived)
            received += event.data
    assert received == PAYLOAD
    assert pair.server.buffered_input == 0


def test_input_changed_after_receive_data_changes_nothing() -> None:
    pair = ConnectionPair()
    pair.handshake()
    pair.client.send_data(b"x" * 2000)
    wire = pair.client.data_to_send()
    # Half a record, then the rest: the first part waits in the engine while
    # the caller reuses its buffer.
    buffer = bytearray(wire[:1000])
    pair.server.receive_data(buffer)
    assert pair.drain(pair.server) == []
    buffer[:] = bytes(len(buffer))
    rest = bytearray(wire[1000:])
    pair.server.receive_data(rest)
    rest[:] = bytes(len(rest))
    assert pair.drain(pair.server) == [DataReceived(b"x" * 2000)]


@pytest.mark.parametrize("size", [64, 16384])
@pytest.mark.parametrize("as_type", [bytes, bytearray])
def test_bad_record_after_good_ones_waits_for_their_data(
    size: int, as_type: type
) -> None:
    pair = ConnectionPair()
    pair.handshake()
    pair.client.send_record(b"a" * size)
    pair.client.send_record(b"b" * size)
    pair.client.send_record(b"c" * size)
    packets = split_packets(pair.client.data_to_send())
    damaged = bytearray(bytes(packets[1]))
    damaged[-1] ^= 1  # the tag of the second record
    pair.server.receive_data(as_type(bytes(packets[0]) + damaged + bytes(packets[2])))
    first, second = pair.drain(pair.server)[:2]
    assert first == DataReceived(b"a" * size)
    assert isinstance(second, SessionReset)
    assert "bad MAC" in second.reason
