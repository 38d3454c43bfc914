"""The test harness's own tests: ``interposer.py`` and ``wire_spec.py``.

Every stream and adversarial suite builds on these helpers, so they are held
to the same standard: the in-line :class:`~interposer.Interposer` is a
well-behaved trio stream, packets are reassembled whatever the
fragmentation, and the two-task :class:`~interposer.Adversary` does exactly
what a tamper function answers.
"""

from __future__ import annotations

from typing import Any

import pytest
import trio
import trio.testing
from interposer import (
    CUT,
    Delay,
    Interposer,
    Item,
    PacketHook,
    PacketReader,
    interposed,
)
from wire_spec import (
    CONTROL,
    DATA,
    HEADER,
    MAX_BODY,
    RESET,
    Packet,
    make_packet,
    parse_packets,
    split_packets,
)

RESET_1 = make_packet(RESET, CONTROL.pack(4, 1, 0))
DATA_1 = make_packet(DATA, b"x" * 20, msg_id=1)
NOT_A_PACKET = HEADER.pack(MAX_BODY + 1, 0, DATA, 0) + b"junk"


async def test_the_interposer_is_itself_a_well_behaved_stream() -> None:
    # Other suites build on tests/harness/interposer.py: check it passes bytes
    # through as a trio stream must, and that its hooks and budgets work.
    async def stream_maker() -> tuple[Interposer[Any], Interposer[Any]]:
        left, right = trio.testing.memory_stream_pair()
        return Interposer(left), Interposer(right, max_receive=997)

    async def clogged_stream_maker() -> tuple[Interposer[Any], Interposer[Any]]:
        left, right = trio.testing.lockstep_stream_pair()
        return Interposer(left), Interposer(right)

    await trio.testing.check_two_way_stream(stream_maker, clogged_stream_maker)

    left_raw, right = trio.testing.memory_stream_pair()
    hook = PacketHook(lambda p: p.raw if p.type == DATA else b"")
    left = Interposer(left_raw, on_send=hook, send_budget=10)
    packets = HEADER.pack(3, 0, RESET, 0) + b"abc" + HEADER.pack(2, 1, DATA, 0) + b"de"
    for i in range(len(packets) - 1):  # one byte at a time
        await left.send_all(packets[i : i + 1])
    assert left.sent == b""  # the RESET was dropped, the DATA is incomplete
    await left.send_all(packets[-1:])
    assert [p.type for p in hook.seen] == [RESET, DATA]
    assert left.sent == HEADER.pack(2, 1, DATA, 0) + b"de"
    assert await right.receive_some() == left.sent
    assert left.send_budget == 0
    with trio.move_on_after(0.01) as scope:
        await left.send_all(HEADER.pack(0, 2, DATA, 0))
    assert scope.cancelled_caught  # the budget is spent: it blocks
    left.allow_send()
    await left.send_all(HEADER.pack(0, 3, DATA, 0))
    assert parse_packets(left.sent)[-1].msg_id == 3


def test_packet_reader_reassembles_any_fragmentation() -> None:
    reader = PacketReader("c2s")
    stream = RESET_1 + DATA_1
    got: list[Packet | bytes] = []
    for i in range(len(stream)):  # one byte at a time
        reader.feed(stream[i : i + 1])
        while (piece := reader.pop()) is not None:
            got.append(piece)
        if i < len(RESET_1) - 1:
            assert got == []  # nothing until the first packet is whole
    assert [(p.raw, p.direction, p.index) for p in got if isinstance(p, Packet)] == [
        (RESET_1, "c2s", 0),
        (DATA_1, "c2s", 1),
    ]
    assert reader.seen == got
    assert reader.count(DATA) == 1
    assert reader.flush() == b""
    assert reader.unframed == b""


def test_packet_reader_passes_on_what_cannot_be_a_packet() -> None:
    reader = PacketReader()
    reader.feed(NOT_A_PACKET)
    assert reader.pop() == NOT_A_PACKET  # a length above MAX_BODY: as it is
    reader.feed(DATA_1 + DATA_1[:5])
    packet = reader.pop()
    assert isinstance(packet, Packet)
    assert packet.raw == DATA_1  # reading starts afresh after unframed bytes
    assert reader.pop() is None
    assert reader.flush() == DATA_1[:5]  # the partial packet at the end
    assert reader.unframed == NOT_A_PACKET + DATA_1[:5]


def test_a_packet_hook_drops_duplicates_and_refuses_delay_and_cut() -> None:
    def twice_the_data(packet: Packet) -> bytes | list[Item]:
        return [packet.raw, packet.raw] if packet.type == DATA else b""

    hook = PacketHook(twice_the_data)
    assert hook(RESET_1 + DATA_1[:10]) == b""  # Reset dropped, Data held back
    assert hook(DATA_1[10:]) == DATA_1 + DATA_1
    assert hook(NOT_A_PACKET) == NOT_A_PACKET
    assert [p.type for p in hook.seen] == [RESET, DATA]
    for refused in (Delay(1.0), CUT):

        def refuse(packet: Packet, refused: Item = refused) -> list[Item]:
            return [refused]

        with pytest.raises(TypeError, match="needs a Wire"):
            PacketHook(refuse)(DATA_1)


async def test_max_calls_fails_an_endpoint_that_spins() -> None:
    left, right = trio.testing.memory_stream_pair()
    guarded = Interposer(left, max_calls=2, name="client")
    await guarded.send_all(b"a")
    await right.send_all(b"b")
    assert await guarded.receive_some() == b"b"
    with pytest.raises(AssertionError, match="client endpoint made too many"):
        await guarded.send_all(b"c")
    assert guarded.sent == b"a"
    assert await right.receive_some() == b"a"  # and "c" never went out


async def test_the_adversary_does_what_the_tamper_answers(
    autojump_clock: trio.testing.MockClock,
) -> None:
    packets = [make_packet(DATA, bytes([i]) * 10, msg_id=i) for i in range(4)]

    def tamper(packet: Packet) -> list[Item]:
        answers: list[list[Item]] = [
            [],  # drop
            [packet.raw, packet.raw],  # duplicate
            [Delay(10.0), packet.raw],  # delay
            [packet.raw[:5], CUT],  # truncate and cut
        ]
        return answers[packet.index]

    async with interposed(c2s=tamper) as adversary:
        client, server = adversary.client_transport, adversary.server_transport
        await client.send_all(b"".join(packets))
        heard = b""
        while len(heard) < 2 * len(packets[1]):
            heard += await server.receive_some()
        assert heard == packets[1] * 2
        with trio.move_on_after(9.0):
            heard += await server.receive_some()
        assert heard == packets[1] * 2  # the third packet is still delayed
        while (chunk := await server.receive_some()) != b"":
            heard += chunk
        assert heard == packets[1] * 2 + packets[2] + packets[3][:5]
        assert [p.index for p in adversary.c2s.sent] == [0, 1, 2, 3]
        assert adversary.c2s.delivered == heard
        assert adversary.c2s.cut
        with pytest.raises(trio.BrokenResourceError):
            await client.send_all(packets[0])  # the wire is cut
        await adversary.s2c.inject(b"from nowhere")
        assert await client.receive_some() == b"from nowhere"


async def test_the_adversary_passes_on_unframed_and_trailing_bytes() -> None:
    async with interposed() as adversary:
        client, server = adversary.client_transport, adversary.server_transport
        await client.send_all(DATA_1 + NOT_A_PACKET)
        await client.send_all(DATA_1[:5])
        await client.aclose()
        heard = b""
        while chunk := await server.receive_some():
            heard += chunk
    assert heard == DATA_1 + NOT_A_PACKET + DATA_1[:5]
    assert [p.raw for p in adversary.c2s.sent] == [DATA_1]
    assert adversary.c2s.unframed == NOT_A_PACKET + DATA_1[:5]
    assert adversary.c2s.delivered_packets()[0].raw == DATA_1


def test_split_packets_wants_whole_packets_and_parse_packets_does_not() -> None:
    data = RESET_1 + DATA_1 + DATA_1[:9]
    assert [p.raw for p in parse_packets(data)] == [RESET_1, DATA_1]
    with pytest.raises(AssertionError, match="truncated packet at offset 40"):
        split_packets(data)
    packet = split_packets(DATA_1)[0]
    assert (packet.length, packet.msg_id, packet.type, packet.reserved) == (
        20,
        1,
        DATA,
        0,
    )
    forged = Packet(packet.replace(msg_id=7, body=b"short"))
    assert (forged.length, forged.msg_id, forged.body) == (20, 7, b"short")
    assert packet.flipped() == DATA_1[:-1] + bytes([DATA_1[-1] ^ 1])
