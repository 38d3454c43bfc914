"""Whole packets dropped, duplicated, reordered, delayed, truncated, replayed.

Every test drives a real client and server :class:`~trio_ossuary.OssuaryStream`
through :func:`adversary.exchange`, which fails the test on any undocumented
exception, any hang, and any plaintext delivered twice, out of order or
altered.  Each test then checks the specific outcome the protocol promises.
"""

from __future__ import annotations

from typing import Any

import pytest
import trio
import trio.testing
from adversary import (
    CLIENT_KEY,
    SERVER_KEY,
    Report,
    check_documented,
    exchange,
    make_streams,
)
from interposer import (
    CUT,
    Adversary,
    Delay,
    Item,
    Tamper,
    hooks_for,
    interposed,
    nth_of_type,
    on_match,
    swap_next,
)
from wire_spec import (
    CLIENT_AUTHENTICATION,
    CLIENT_HANDSHAKE,
    DATA,
    DISCONNECT,
    PACKET_SIZE,
    RESET,
    SERVER_HANDSHAKE,
    SH_EPHEMERAL,
    SH_NONCE,
    Packet,
    control_packet,
    parse_packets,
    with_msg_id,
)

from trio_ossuary import ChannelReset, OssuaryStream


async def run(
    c2s: Tamper | None = None,
    s2c: Tamper | None = None,
    *,
    client: dict[str, Any] | None = None,
    server: dict[str, Any] | None = None,
    **options: Any,
) -> tuple[Report, Adversary]:
    async with interposed(c2s, s2c) as adversary:
        client_stream, server_stream = make_streams(
            adversary, client=client, server=server
        )
        report = await exchange(client_stream, server_stream, **options)
    return report, adversary


def drop(ptype: int, n: int = 0) -> Tamper:
    return on_match(nth_of_type(ptype, n), lambda p: [])


def duplicate(ptype: int, n: int = 0) -> Tamper:
    return on_match(nth_of_type(ptype, n), lambda p: [p.raw, p.raw])


def recovered(report: Report) -> bool:
    """Both sides finished the exchange after at least one reset."""
    return (
        report.client.done
        and report.server.done
        and report.client.engine_resets >= 1
        and report.server.engine_resets >= 1
    )


# -- truncation ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("direction", "ptype", "keep"),
    [
        ("c2s", CLIENT_HANDSHAKE, 1),
        ("c2s", CLIENT_HANDSHAKE, 50),
        ("s2c", SERVER_HANDSHAKE, 7),
        ("s2c", SERVER_HANDSHAKE, 100),
        ("c2s", CLIENT_AUTHENTICATION, 131),
        ("c2s", DATA, 20),
        ("s2c", DATA, 9),
    ],
)
async def test_truncated_mid_packet(
    direction: str, ptype: int, keep: int, autojump_clock: trio.testing.MockClock
) -> None:
    """The wire is cut inside a packet: the receiver says so, nothing leaks."""
    cut = on_match(nth_of_type(ptype), lambda p: [p.raw[:keep], CUT])
    hooks = hooks_for(direction, cut)
    report, adversary = await run(**hooks)
    receiver, sender = (
        (report.server, report.client)
        if direction == "c2s"
        else (report.client, report.server)
    )
    assert receiver.error == "RemoteProtocolError"
    assert "in the middle of a packet" in receiver.error_text
    # The sender learns from the Disconnect(error), from its own write
    # failing, or from the end of file in the other direction.
    assert sender.error in ("ConnectionFailed", "RemoteProtocolError", "transport")
    assert not receiver.done
    assert bytes(adversary.wire(direction).delivered).endswith(
        adversary.wire(direction).sent[-1].raw[:keep]
    )


async def test_truncated_at_a_packet_boundary(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """A clean-looking end of file with no Disconnect is a truncation."""
    report, _ = await run(c2s=on_match(nth_of_type(DATA, 1), lambda p: [CUT]))
    assert report.server.error == "RemoteProtocolError"
    assert "without a Disconnect" in report.server.error_text
    assert report.server.received == b"request 0 try 1|"


async def test_dropped_disconnect_is_a_truncation(
    autojump_clock: trio.testing.MockClock,
) -> None:
    report, adversary = await run(c2s=drop(DISCONNECT))
    assert report.client.done
    assert adversary.c2s.sent_disconnect() == 0
    assert report.server.error == "RemoteProtocolError"
    assert "truncated" in report.server.error_text


async def test_eof_is_close_accepts_a_dropped_disconnect(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """The documented opt-out: with eof_is_close, EOF after data is a close."""
    report, _ = await run(c2s=drop(DISCONNECT), server={"eof_is_close": True})
    assert report.outcome() == ("ok", "ok")


# -- drops, duplicates, reordering ---------------------------------------------------


@pytest.mark.parametrize(
    ("ptype", "direction"), [(CLIENT_HANDSHAKE, "c2s"), (SERVER_HANDSHAKE, "s2c")]
)
async def test_dropped_handshake_packet_times_out(
    ptype: int, direction: str, autojump_clock: trio.testing.MockClock
) -> None:
    """Without the first packets nothing can proceed: the timeout ends it."""
    report, _ = await run(**hooks_for(direction, drop(ptype)))
    assert "HandshakeTimeoutError" in report.outcome()
    assert set(report.outcome()) <= {"HandshakeTimeoutError", "ConnectionFailed"}
    assert report.client.received == report.server.received == b""


async def test_dropped_client_authentication_resets(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """The client counts itself established; its first record shows the gap."""
    report, adversary = await run(c2s=drop(CLIENT_AUTHENTICATION))
    assert recovered(report)
    assert RESET in adversary.s2c.sent_types()


@pytest.mark.parametrize("direction", ["c2s", "s2c"])
@pytest.mark.parametrize("n", [0, 1, 3])
async def test_dropped_data_packet_resets(
    direction: str, n: int, autojump_clock: trio.testing.MockClock
) -> None:
    """A lost record shows as a msg_id gap on the next one: reset, recover."""
    report, _ = await run(**hooks_for(direction, drop(DATA, n)), rounds=4)
    assert recovered(report)
    # The dropped record's plaintext never arrived.
    sent = report.client_sent if direction == "c2s" else report.server_sent
    received = report.server.received if direction == "c2s" else report.client.received
    assert sent[n] not in received


@pytest.mark.parametrize(
    ("ptype", "direction"),
    [
        (CLIENT_HANDSHAKE, "c2s"),
        (SERVER_HANDSHAKE, "s2c"),
        (CLIENT_AUTHENTICATION, "c2s"),
        (DATA, "c2s"),
        (DATA, "s2c"),
    ],
)
async def test_duplicated_packet_resets(
    ptype: int, direction: str, autojump_clock: trio.testing.MockClock
) -> None:
    report, _ = await run(**hooks_for(direction, duplicate(ptype)), rounds=3)
    assert recovered(report)


@pytest.mark.parametrize("direction", ["c2s", "s2c"])
async def test_duplicate_with_a_fresh_msg_id_is_refused(
    direction: str, autojump_clock: trio.testing.MockClock
) -> None:
    """Rewriting the msg_id does not help: the nonce has moved on."""
    tamper = on_match(
        nth_of_type(DATA), lambda p: [p.raw, with_msg_id(p.raw, p.msg_id + 1)]
    )
    report, _ = await run(**hooks_for(direction, tamper), rounds=3)
    assert recovered(report)


@pytest.mark.parametrize("direction", ["c2s", "s2c"])
async def test_reordered_data_packets_reset(
    direction: str, autojump_clock: trio.testing.MockClock
) -> None:
    report, adversary = await run(
        **hooks_for(direction, swap_next(nth_of_type(DATA, 0))), rounds=3
    )
    assert recovered(report)
    wire = adversary.wire(direction)
    data = [p for p in wire.sent if p.type == DATA]
    delivered = [p.raw for p in wire.delivered_packets()]
    assert delivered.index(data[1].raw) < delivered.index(data[0].raw)


async def test_reordered_reset_and_client_handshake(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """The client's answering Reset and new ClientHandshake arrive swapped.

    The server, still waiting for the Reset, drops the handshake; the
    recovery must still end (recovering, or failing for good), never hang.
    """

    def damage_then_swap(packet: Packet) -> list[Item]:
        if packet.type == DATA and packet.index == 3:
            return [packet.raw[:-1] + bytes([packet.raw[-1] ^ 1])]
        return list(swap(packet))

    swap = swap_next(nth_of_type(RESET))
    report, adversary = await run(c2s=damage_then_swap, rounds=2)
    # The server dropped the early ClientHandshake, so it never answered a
    # second one, and the new handshake stalled until its timeout.
    assert adversary.s2c.sent_types().count(SERVER_HANDSHAKE) == 1
    assert "HandshakeTimeoutError" in report.outcome()
    assert set(report.outcome()) <= {"HandshakeTimeoutError", "ConnectionFailed"}
    assert report.server.engine_resets == 1


# -- delays ---------------------------------------------------------------------


async def test_delay_within_the_handshake_timeout(
    autojump_clock: trio.testing.MockClock,
) -> None:
    report, _ = await run(
        s2c=on_match(nth_of_type(SERVER_HANDSHAKE), lambda p: [Delay(2.5), p.raw])
    )
    assert report.outcome() == ("ok", "ok")
    assert report.client.engine_resets == report.server.engine_resets == 0


async def test_delay_beyond_the_handshake_timeout(
    autojump_clock: trio.testing.MockClock,
) -> None:
    report, _ = await run(
        s2c=on_match(nth_of_type(SERVER_HANDSHAKE), lambda p: [Delay(30), p.raw])
    )
    assert report.client.error == "HandshakeTimeoutError"
    assert report.server.error in ("ConnectionFailed", "HandshakeTimeoutError")


async def test_delayed_data_arrives_intact(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """Latency is not an attack: every record arrives, in order, once."""
    report, _ = await run(
        c2s=on_match(lambda p: p.type == DATA, lambda p: [Delay(1), p.raw]),
        s2c=on_match(lambda p: p.type == DATA, lambda p: [Delay(2), p.raw]),
        rounds=5,
    )
    assert report.outcome() == ("ok", "ok")
    assert report.server.received == b"".join(report.client_sent)


# -- replay ---------------------------------------------------------------------


async def record_session() -> Adversary:
    async with interposed() as adversary:
        client, server = make_streams(adversary)
        report = await exchange(client, server, rounds=3)
        assert report.outcome() == ("ok", "ok")
    return adversary


async def replay_into(
    stream: OssuaryStream[Any], attacker: trio.abc.Stream, recorded: bytes
) -> str:
    """Send a recording to ``stream`` and return how ``stream`` ended."""
    received = bytearray()
    label = "?"

    async def feed() -> None:
        await attacker.send_all(recorded)
        with trio.move_on_after(10):  # answer nothing, read everything
            while await attacker.receive_some():
                pass
        await attacker.aclose()

    async def victim() -> None:
        nonlocal label
        try:
            while chunk := await stream.receive_some():
                received.extend(chunk)
            label = "closed"
        except trio.BrokenResourceError as exc:
            label = check_documented(exc)

    with trio.fail_after(60):
        async with trio.open_nursery() as nursery:
            nursery.start_soon(feed)
            nursery.start_soon(victim)
    assert received == b"", "a replayed session delivered plaintext"
    return label


async def test_replayed_session_against_a_fresh_server(
    autojump_clock: trio.testing.MockClock,
) -> None:
    adversary = await record_session()
    recorded = b"".join(p.raw for p in adversary.c2s.sent)
    assert b"".join(p.raw for p in adversary.c2s.sent if p.type == DATA)
    server_side, attacker = trio.testing.memory_stream_pair()
    server = make_streams_server(server_side)
    label = await replay_into(server, attacker, recorded)
    # The replayed ClientAuthentication was sealed under the old session's
    # key; the fresh server's new ephemeral key makes it fail: a reset, and
    # the recording's own Disconnect or end of file ends the connection.
    assert label in ("ConnectionFailed", "RemoteProtocolError", "HandshakeTimeoutError")
    assert server._conn is not None
    assert server._conn.resets >= 1
    assert server.remote_public_key is None


async def test_replayed_session_against_a_fresh_client(
    autojump_clock: trio.testing.MockClock,
) -> None:
    adversary = await record_session()
    recorded = b"".join(p.raw for p in adversary.s2c.sent)
    client_side, attacker = trio.testing.memory_stream_pair()
    client = make_streams_client(client_side)
    label = await replay_into(client, attacker, recorded)
    assert label in ("ConnectionFailed", "RemoteProtocolError", "HandshakeTimeoutError")
    assert client._conn is not None
    assert client._conn.resets >= 1


def make_streams_server(transport: trio.abc.Stream) -> OssuaryStream[Any]:
    return OssuaryStream(
        transport,
        server_side=True,
        secret_key=SERVER_KEY,
        authorized_keys=[CLIENT_KEY.public_key],
    )


def make_streams_client(transport: trio.abc.Stream) -> OssuaryStream[Any]:
    return OssuaryStream(transport, authorized_keys=[SERVER_KEY.public_key])


async def test_replayed_handshake_gets_fresh_keys(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """Replaying a ClientHandshake gets a ServerHandshake with a new key."""
    adversary = await record_session()
    client_handshake = adversary.c2s.sent[0].raw
    server_side, attacker = trio.testing.memory_stream_pair()
    server = make_streams_server(server_side)
    async with trio.open_nursery() as nursery:
        nursery.start_soon(server.do_handshake)
        await attacker.send_all(client_handshake)
        answer = b""
        while len(answer) < PACKET_SIZE[SERVER_HANDSHAKE]:
            answer += await attacker.receive_some()
        nursery.cancel_scope.cancel()
    fresh = parse_packets(answer)[0]
    recorded = adversary.s2c.sent[0]
    assert fresh.type == recorded.type == SERVER_HANDSHAKE
    assert fresh.raw[SH_EPHEMERAL] != recorded.raw[SH_EPHEMERAL]
    assert fresh.raw[SH_NONCE] != recorded.raw[SH_NONCE]


@pytest.mark.parametrize("fix_msg_id", [False, True])
@pytest.mark.parametrize("direction", ["c2s", "s2c"])
async def test_replayed_data_packet_within_the_session(
    direction: str, fix_msg_id: bool, autojump_clock: trio.testing.MockClock
) -> None:
    """An old record injected again is refused, even with a fitting msg_id."""
    seen: list[Packet] = []

    def tamper(packet: Packet) -> list[Item]:
        if packet.type != DATA:
            return [packet.raw]
        seen.append(packet)
        if len(seen) == 3:
            old = seen[0].raw
            if fix_msg_id:
                old = with_msg_id(old, packet.msg_id)
            return [old, packet.raw]
        return [packet.raw]

    report, _ = await run(**hooks_for(direction, tamper), rounds=4)
    assert recovered(report)  # and exchange() checked nothing came twice


async def test_replayed_data_packet_from_an_earlier_session(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """After a reset, a record of the previous session is still refused."""
    seen: list[Packet] = []

    def tamper(packet: Packet) -> list[Item]:
        if packet.type != DATA:
            return [packet.raw]
        seen.append(packet)
        if len(seen) == 2:  # the second record: corrupt it, forcing a reset
            return [packet.raw[:-1] + bytes([packet.raw[-1] ^ 0x40])]
        if len(seen) == 4:  # in the new session: replay the first record
            return [with_msg_id(seen[0].raw, packet.msg_id), packet.raw]
        return [packet.raw]

    report, _ = await run(c2s=tamper, rounds=4)
    assert report.client.done
    assert report.server.done
    assert report.server.engine_resets >= 2


# -- no silent gaps with concurrent tasks -------------------------------------------


@pytest.mark.parametrize("lockstep", [False, True])
@pytest.mark.parametrize("direction", ["c2s", "s2c"])
@pytest.mark.parametrize("n", [2, 5, 8])
async def test_no_silent_gap_with_concurrent_senders(
    direction: str, n: int, lockstep: bool, autojump_clock: trio.testing.MockClock
) -> None:
    """Each side sends and receives in separate tasks; one record is damaged.

    Whatever task drives the new handshake, a receiver must hear of the reset
    before it is handed anything sent after it: every gap in the numbered
    messages it receives is preceded by a ChannelReset.
    """

    def damage(packet: Packet) -> list[Item]:
        if packet.type == DATA and packet.index == n:
            return [packet.raw[:-1] + bytes([packet.raw[-1] ^ 1])]
        return [packet.raw]

    events: dict[str, list[int | str]] = {"client": [], "server": []}

    async def sender(stream: OssuaryStream[Any], name: bytes) -> None:
        i = 0
        while i < 8:
            try:
                await stream.send_all(b"%s %d|" % (name, i))
                i += 1
            except ChannelReset:
                pass
            except trio.BrokenResourceError:
                return
            await trio.sleep(0.01)

    async def receiver(stream: OssuaryStream[Any], name: str) -> None:
        buffer = b""
        while True:
            with trio.move_on_after(5):
                try:
                    chunk = await stream.receive_some()
                except ChannelReset:
                    events[name].append("reset")
                    continue
                except trio.BrokenResourceError as exc:
                    events[name].append(check_documented(exc))
                    return
                if not chunk:
                    return
                buffer += chunk
                *messages, buffer = buffer.split(b"|")
                events[name] += [int(m.split()[1]) for m in messages]
                continue
            return  # idle: the peer is done

    hooks = hooks_for(direction, damage)
    async with interposed(**hooks, lockstep=lockstep) as adversary:
        client, server = make_streams(adversary)
        with trio.fail_after(120):
            async with trio.open_nursery() as nursery:
                nursery.start_soon(sender, client, b"c")
                nursery.start_soon(sender, server, b"s")
                nursery.start_soon(receiver, client, "client")
                nursery.start_soon(receiver, server, "server")
    assert client._conn is not None
    assert client._conn.resets >= 1
    for name, seen in events.items():
        expected = 0
        told = True
        for event in seen:
            if isinstance(event, str):
                told = True
                continue
            assert event == expected or told, f"{name}: silent gap in {seen}"
            assert event >= expected, f"{name}: went backwards in {seen}"
            expected = event + 1
            told = False


# -- cancelling a read that had to write ---------------------------------------------


async def test_cancelled_receive_while_answering_a_reset(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """A receive_some cancelled while it writes the answer to a peer's Reset.

    The adversary holds each client packet for 1.2 s, so the answering Reset
    and ClientHandshake are still being written when the call is cancelled
    at 1 s.  That write is shielded (bounded by the handshake timeout): the
    reset completes, and the stream stays usable.
    """
    async with interposed(lockstep=True) as adversary:
        client, server = make_streams(adversary)
        async with trio.open_nursery() as nursery:
            nursery.start_soon(server.do_handshake)
            await client.do_handshake()
        received = bytearray()

        async def server_reads() -> None:
            while True:
                try:
                    data = await server.receive_some()
                except ChannelReset:
                    continue
                if not data:
                    return
                received.extend(data)

        async with trio.open_nursery() as nursery:
            nursery.start_soon(server_reads)
            adversary.c2s.tamper = lambda packet: [Delay(1.2), packet.raw]
            await client.send_all(b"taken by the adversary|")
            nursery.start_soon(adversary.s2c.inject, control_packet(RESET, 1))
            with trio.move_on_after(1) as scope:
                await client.receive_some()  # answers the Reset: blocks
            assert scope.cancelled_caught
            adversary.c2s.tamper = None
            # Documented: the reset is reported once, then the stream works.
            with pytest.raises(ChannelReset):
                await client.send_all(b"again|")
            with trio.fail_after(20):
                await client.send_all(b"again|")
                await client.aclose()
        assert received.endswith(b"again|")


async def test_server_handshake_replayed_after_a_reset(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """The first session's ServerHandshake, replayed in every later session.

    Its signature still verifies (the challenges are kept across resets), but
    it was sealed under the first session's key, so it never passes: the
    client keeps resetting until the limit.
    """
    recorded: list[bytes] = []

    def s2c(packet: Packet) -> list[Item]:
        if packet.type == SERVER_HANDSHAKE:
            if not recorded:
                recorded.append(packet.raw)
            return [recorded[0]]
        return [packet.raw]

    def c2s(packet: Packet) -> list[Item]:
        if packet.type == DATA and packet.index == 2:  # force the first reset
            return [packet.raw[:-1] + bytes([packet.raw[-1] ^ 1])]
        return [packet.raw]

    report, adversary = await run(c2s=c2s, s2c=s2c, attempts=30)
    assert report.outcome() == ("ConnectionFailed", "ConnectionFailed")
    assert "reset limit" in report.client.error_text
    assert report.server.received == b""
    handshakes = [p for p in adversary.s2c.sent if p.type == SERVER_HANDSHAKE]
    assert len(handshakes) >= 2
    assert len({p.raw for p in handshakes}) == len(handshakes)  # all fresh
