"""One forged Reset costs one reset on each side, and the channel recovers.

Anyone on the path can slip a Reset into either direction (issue #18).  The
side that receives it answers with its own Reset and starts a new session,
while the peer, which sent no Reset, keeps sending records of the old session
until ours reaches it, and then answers ours: its echo.  The engine must drop
those records and that echo as what they are, the tail of the session just
abandoned, not count them as new faults.  Before this was so, the records in
flight toward a client reset it again, the two sides' Resets crossed each
other's next handshakes, and one forged Reset ended every connection at the
reset limit.

:class:`Lagged` models a link with records in flight: every byte takes a
fixed number of ticks to arrive, both sides send a record per tick, and the
attacker's Reset arrives ahead of everything still on its way.  The whole
run is deterministic (seeded randomness, a clock that never moves).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

import pytest
from helpers_core import ConnectionPair, Outcome, spoil_next_record
from wire_spec import (
    RESET_PACKET,
    SERVER_HANDSHAKE,
    SH_SEALED,
    flip,
    packet_types,
    split_packets,
)

from trio_ossuary import OssuaryError
from trio_ossuary.sansio import (
    DataReceived,
    HandshakeComplete,
    SessionReset,
    State,
)

LATENCY = 3


@dataclasses.dataclass
class Lagged:
    """A client and a server whose bytes take ``latency`` ticks to arrive."""

    latency: int = LATENCY
    pair: ConnectionPair = dataclasses.field(default_factory=ConnectionPair)
    now: int = 0
    #: In flight, by sender (True: the client): (tick of arrival, bytes).
    wires: dict[bool, list[tuple[int, bytes]]] = dataclasses.field(
        default_factory=lambda: {True: [], False: []}
    )
    #: What each side reported (True: the client), in order.
    events: dict[bool, list[Outcome]] = dataclasses.field(
        default_factory=lambda: {True: [], False: []}
    )
    #: Every record each side sent (True: the client), in order.
    sent: dict[bool, list[bytes]] = dataclasses.field(
        default_factory=lambda: {True: [], False: []}
    )

    def inject(self, *, toward_client: bool, data: bytes) -> None:
        """Deliver ``data`` at this tick, ahead of everything in flight."""
        self.wires[not toward_client].insert(0, (self.now, data))

    def tick(self, senders: Iterable[bool] = ()) -> None:
        """Each side in ``senders`` sends a record if it can; bytes move."""
        pair = self.pair
        for is_client in senders:
            conn = pair.side(is_client)
            if conn.handshake_complete:
                record = b"record %d of the %s|" % (
                    len(self.sent[is_client]),
                    b"client" if is_client else b"server",
                )
                pair.send(conn, record)
                self.sent[is_client].append(record)
        for is_client in (True, False):
            out = pair.side(is_client).data_to_send()
            if out:
                self.wires[is_client].append((self.now + self.latency, out))
        for is_client in (True, False):
            wire = self.wires[not is_client]
            due = b"".join(data for when, data in wire if when <= self.now)
            wire[:] = [(when, data) for when, data in wire if when > self.now]
            conn = pair.side(is_client)
            if due:
                conn.receive_data(due)
            outcomes = pair.drain(conn)
            failures = [o for o in outcomes if isinstance(o, OssuaryError)]
            assert not failures, (is_client, failures, self.events)
            self.events[is_client] += outcomes
        self.now += 1

    def run(self, ticks: int, senders: Iterable[bool] = ()) -> None:
        senders = tuple(senders)
        for _ in range(ticks):
            self.tick(senders)

    def settle(self) -> None:
        """Move bytes until nothing is in flight or waiting to be sent."""
        for _ in range(10 * self.latency + 10):
            self.tick()
        assert not self.wires[True]
        assert not self.wires[False]

    def resets(self) -> tuple[int, int]:
        """(client, server) resets, each checked against its reports."""
        counts = []
        for is_client in (True, False):
            conn = self.pair.side(is_client)
            reported = [
                e for e in self.events[is_client] if isinstance(e, SessionReset)
            ]
            assert [e.resets for e in reported] == list(range(1, conn.resets + 1))
            counts.append(conn.resets)
        return counts[0], counts[1]

    def check_sessions(self) -> None:
        """What each side received is, between resets, one unbroken run of
        what the other sent, and the runs follow each other in order."""
        for is_client in (True, False):
            sent = self.sent[not is_client]
            runs: list[bytes] = [b""]
            for event in self.events[is_client]:
                if isinstance(event, SessionReset):
                    runs.append(b"")
                elif isinstance(event, DataReceived):
                    runs[-1] += event.data
            position = 0
            for run in runs:
                if not run:
                    continue
                first = run.split(b"|", 1)[0] + b"|"
                start = sent.index(first, position)
                count = run.count(b"|")
                assert run == b"".join(sent[start : start + count]), run
                position = start + count

    def assert_recovered(self) -> None:
        """Both sides are up again and a record gets through each way."""
        pair = self.pair
        assert pair.client.state is State.ESTABLISHED
        assert pair.server.state is State.ESTABLISHED
        for is_client in (True, False):
            before = len(self.sent[not is_client])
            self.tick([not is_client])
            self.settle()
            assert len(self.sent[not is_client]) == before + 1
            received = [
                e for e in self.events[is_client] if isinstance(e, DataReceived)
            ]
            assert received[-1].data.endswith(self.sent[not is_client][-1])


def established(latency: int = LATENCY) -> Lagged:
    link = Lagged(latency)
    link.settle()
    assert link.pair.client.handshake_complete
    assert link.pair.server.handshake_complete
    return link


#: Which sides send records (True: the client), by the Reset's target.
TRAFFIC: dict[str, Callable[[bool], list[bool]]] = {
    "toward-it": lambda toward_client: [not toward_client],
    "from-it": lambda toward_client: [toward_client],
    "both-ways": lambda toward_client: [True, False],
    "none": lambda toward_client: [],
}
DIRECTIONS = pytest.mark.parametrize(
    "toward_client", [True, False], ids=["toward-client", "toward-server"]
)


@DIRECTIONS
@pytest.mark.parametrize("traffic", list(TRAFFIC))
@pytest.mark.parametrize("latency", [1, 3])
def test_a_forged_reset_costs_one_reset_on_each_side(
    toward_client: bool, traffic: str, latency: int
) -> None:
    link = established(latency)
    senders = TRAFFIC[traffic](toward_client)
    link.run(2 * latency + 1, senders)
    if senders:
        # Records are in flight in every sending direction at this moment.
        for sender in senders:
            assert link.wires[sender]
    link.inject(toward_client=toward_client, data=RESET_PACKET)
    link.run(12 * latency, senders)
    link.settle()
    assert link.resets() == (1, 1)
    link.check_sessions()
    link.assert_recovered()
    assert link.resets() == (1, 1)


@DIRECTIONS
def test_a_forged_reset_toward_a_receiving_side_with_a_low_limit(
    toward_client: bool,
) -> None:
    # The attack ended every connection at the limit, whatever it
    # was; with max_resets=2 one forged Reset must still leave it alive.
    link = Lagged(pair=ConnectionPair(max_resets=2))
    link.settle()
    senders = [not toward_client]
    link.run(10, senders)
    link.inject(toward_client=toward_client, data=RESET_PACKET)
    link.run(40, senders)
    link.settle()
    assert link.resets() == (1, 1)
    link.check_sessions()
    link.assert_recovered()


@DIRECTIONS
@pytest.mark.parametrize("tick", range(4 * LATENCY))
def test_a_forged_reset_during_the_handshake_costs_at_most_one_each(
    toward_client: bool, tick: int
) -> None:
    # From the first packet to the first records, at every tick.
    link = Lagged()
    link.run(tick, [True, False])
    link.inject(toward_client=toward_client, data=RESET_PACKET)
    link.run(8 * LATENCY, [True, False])
    link.settle()
    client, server = link.resets()
    if not toward_client and tick <= LATENCY:
        # The server still waits for the first ClientHandshake: there is no
        # session to reset, and the Reset is dropped.
        assert (client, server) == (0, 0)
    else:
        assert (client, server) == (1, 1)
    link.check_sessions()
    link.assert_recovered()


def test_two_forged_resets_cost_two_each() -> None:
    # Only the first Reset after an exchange is its echo: a later forged one
    # is a new request, answered and counted.
    link = established()
    link.run(7, [False])
    link.inject(toward_client=True, data=RESET_PACKET)
    link.run(30, [False])
    link.inject(toward_client=True, data=RESET_PACKET)
    link.run(30, [False])
    link.settle()
    assert link.resets() == (2, 2)
    link.check_sessions()
    link.assert_recovered()


def test_the_abandoned_sessions_records_are_dropped_not_counted() -> None:
    # Step by step: a client receiving records gets a forged Reset.
    pair = ConnectionPair()
    pair.handshake()
    pair.send(pair.server, b"delivered before the Reset")
    pair.send(pair.server, b"in flight")
    pair.send(pair.server, b"also in flight")
    before, *in_flight = split_packets(pair.server.data_to_send())
    pair.client.receive_data(before.raw + RESET_PACKET)
    outcomes = pair.drain(pair.client)
    assert outcomes == [
        DataReceived(b"delivered before the Reset"),
        SessionReset("the peer reset the session", initiated_locally=False, resets=1),
    ]
    answer = pair.client.data_to_send()
    assert answer.startswith(RESET_PACKET)
    # The records the server sent before our Reset reached it: dropped.
    pair.client.receive_data(b"".join(p.raw for p in in_flight))
    assert pair.drain(pair.client) == []
    assert pair.client.data_to_send() == b""
    assert pair.client.resets == 1
    # The server answers our Reset (its echo, dropped), then the handshake.
    pair.server.receive_data(answer)
    assert [type(e) for e in pair.drain(pair.server)] == [SessionReset]
    echo = pair.server.data_to_send()
    assert echo.startswith(RESET_PACKET)
    assert packet_types(echo[len(RESET_PACKET) :]) == [SERVER_HANDSHAKE]
    pair.client.receive_data(echo)
    assert pair.server_key is not None
    assert pair.drain(pair.client) == [HandshakeComplete(pair.server_key.public_key)]
    pair.transfer(pair.client)
    assert pair.drain(pair.server) == [HandshakeComplete(None)]
    assert pair.client.resets == pair.server.resets == 1


def test_the_abandoned_server_handshake_is_dropped() -> None:
    # A forged Reset reaches the client between its ClientHandshake and the
    # server's answer, which then arrives in the new session, sealed for the
    # old one.
    pair = ConnectionPair()
    pair.transfer(pair.client)
    assert pair.drain(pair.server) == []
    old_answer = pair.server.data_to_send()
    pair.client.receive_data(RESET_PACKET + old_answer)
    outcomes = pair.drain(pair.client)
    assert [type(e) for e in outcomes] == [SessionReset]
    assert pair.client.resets == 1
    assert pair.client.state is State.AWAIT_SERVER_HANDSHAKE
    exchange = pair.pump()
    assert [type(e) for e in exchange.client] == [HandshakeComplete]
    assert [type(e) for e in exchange.server] == [SessionReset, HandshakeComplete]
    assert pair.client.resets == pair.server.resets == 1


def test_a_damaged_server_handshake_after_a_reset_still_resets() -> None:
    # What the abandoned session's key cannot open is not its answer: a
    # ServerHandshake damaged on the way is a fault, as it always was.
    pair = ConnectionPair()
    pair.handshake()
    assert [type(e) for e in spoil_next_record(pair, pair.client)] == [SessionReset]
    pair.transfer(pair.server)  # the server's Reset
    assert [type(e) for e in pair.drain(pair.client)] == [SessionReset]
    pair.transfer(pair.client)  # the client's answer and ClientHandshake
    assert pair.drain(pair.server) == []
    hello = split_packets(pair.server.data_to_send())[0]
    assert hello.type == SERVER_HANDSHAKE
    pair.client.receive_data(hello.replace(body=flip(hello.body, SH_SEALED.start + 3)))
    outcome = pair.drain(pair.client)[0]
    assert isinstance(outcome, SessionReset)
    assert outcome.initiated_locally
    assert "server handshake" in outcome.reason
    assert pair.client.resets == 2


def test_a_server_waiting_for_a_client_handshake_drops_a_reset() -> None:
    pair = ConnectionPair()
    pair.server.receive_data(RESET_PACKET)
    assert pair.drain(pair.server) == []
    assert pair.server.data_to_send() == b""
    assert pair.server.resets == 0
    assert pair.server.state is State.AWAIT_CLIENT_HANDSHAKE
    pair.handshake()
    assert pair.client.resets == pair.server.resets == 0


def test_two_forged_resets_at_any_two_moments_cost_at_most_two_each() -> None:
    # However the second Reset falls on the first one's exchange (before,
    # with or after the answers, in the same direction or the other), the
    # channel comes back and neither side counts more than two.
    outcomes = set()
    for first_toward_client in (True, False):
        for second_toward_client in (True, False):
            for first in (0, 1, 2, 4, 7, 12):
                for gap in (0, 1, 2, 3, 5):
                    link = Lagged(latency=2)
                    for now in range(70):
                        if now == first:
                            link.inject(
                                toward_client=first_toward_client, data=RESET_PACKET
                            )
                        if now == first + gap:
                            link.inject(
                                toward_client=second_toward_client, data=RESET_PACKET
                            )
                        link.tick([True, False] if now < 50 else [])
                    link.settle()
                    client, server = link.resets()
                    assert client <= 2, (first_toward_client, first, gap)
                    assert server <= 2, (first_toward_client, first, gap)
                    link.check_sessions()
                    link.assert_recovered()
                    outcomes.add((client, server))
    assert (2, 2) in outcomes  # the cases did not all collapse into one
