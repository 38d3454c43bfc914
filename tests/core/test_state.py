"""The transition table in ``trio_ossuary._state`` and the connection's use of it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from helpers_core import (
    LIVE_STATES,
    TERMINAL_STATES,
    ConnectionPair,
    assert_table_allows,
    pair_with_side_in,
    reachable,
    spoil_next_record,
)

import trio_ossuary._connection
from trio_ossuary import ConnectionFailed
from trio_ossuary._state import (
    EXPECTED_PACKET,
    INITIAL,
    TERMINAL_STATES as TABLE_TERMINAL_STATES,
    TRANSITIONS,
    WAITING_STATES,
    Arrival,
    Input,
    arrival,
    initial_state,
    next_state,
)
from trio_ossuary._wire import PacketType
from trio_ossuary.sansio import OssuaryConnection, SessionReset, State

ROLES = pytest.mark.parametrize("server", [False, True], ids=["client", "server"])
LIVE = pytest.mark.parametrize(
    "state", sorted(LIVE_STATES, key=str), ids=lambda s: s.name.lower()
)
TERMINAL = pytest.mark.parametrize(
    "state", sorted(TERMINAL_STATES, key=str), ids=lambda s: s.name.lower()
)


def test_initial_states_per_role() -> None:
    assert initial_state(server=True) is State.AWAIT_CLIENT_HANDSHAKE
    assert initial_state(server=False) is State.AWAIT_SERVER_HANDSHAKE
    pair = ConnectionPair()
    assert pair.server.state is State.AWAIT_CLIENT_HANDSHAKE
    assert pair.client.state is State.AWAIT_SERVER_HANDSHAKE
    assert OssuaryConnection().state is State.AWAIT_SERVER_HANDSHAKE
    assert OssuaryConnection(server_side=True).state is State.AWAIT_CLIENT_HANDSHAKE


@ROLES
@LIVE
def test_every_live_state_handles_reset_fatal_close_fault(
    state: State, server: bool
) -> None:
    assert next_state(state, Input.RESET, server=server) is initial_state(server=server)
    assert next_state(state, Input.FATAL, server=server) is State.FAILED
    assert next_state(state, Input.CLOSE, server=server) is State.CLOSED
    assert next_state(state, Input.FAULT, server=server) is State.AWAIT_RESET
    assert next_state(state, Input.CLOSE_WITH_ERROR, server=server) is State.FAILED


@ROLES
@TERMINAL
def test_terminal_states_have_no_outgoing_transitions(
    state: State, server: bool
) -> None:
    for event in Input:
        assert next_state(state, event, server=server) is None
    assert not [key for key in TRANSITIONS if key[0] is state]


def test_table_targets_are_states_or_the_initial_marker() -> None:
    for (state, event), target in TRANSITIONS.items():
        assert isinstance(state, State)
        assert isinstance(event, Input)
        assert isinstance(target, State) or target == INITIAL
    # Only a completed reset goes back to the start.
    assert {e for (_, e), t in TRANSITIONS.items() if t == INITIAL} == {Input.RESET}


@ROLES
def test_pairs_not_in_the_table_are_refused(server: bool) -> None:
    for state in State:
        for event in Input:
            target = next_state(state, event, server=server)
            assert (target is None) == ((state, event) not in TRANSITIONS)
    assert next_state(State.ESTABLISHED, Input.CLIENT_HANDSHAKE, server=server) is None
    assert (
        next_state(State.AWAIT_SERVER_HANDSHAKE, Input.APPROVE, server=server) is None
    )
    assert next_state(State.AWAIT_RESET, Input.APPROVE, server=server) is None


def test_table_does_not_know_its_role() -> None:
    # Client and server differ only in where a reset sends them.
    for (state, event), target in TRANSITIONS.items():
        as_client = next_state(state, event, server=False)
        as_server = next_state(state, event, server=True)
        if target == INITIAL:
            assert (as_client, as_server) == (
                State.AWAIT_SERVER_HANDSHAKE,
                State.AWAIT_CLIENT_HANDSHAKE,
            )
        else:
            assert as_client is as_server is target


def test_handshake_paths() -> None:
    def walk(start: State, *events: Input, server: bool) -> State:
        state = start
        for event in events:
            target = next_state(state, event, server=server)
            assert target is not None, (state, event)
            state = target
        return state

    client = initial_state(server=False)
    server = initial_state(server=True)
    trusted = walk(client, Input.TRUSTED_SERVER_HANDSHAKE, server=False)
    assert trusted is State.ESTABLISHED
    assert walk(client, Input.UNTRUSTED_SERVER_HANDSHAKE, server=False) is (
        State.AWAIT_TRUST
    )
    tofu = walk(client, Input.UNTRUSTED_SERVER_HANDSHAKE, Input.APPROVE, server=False)
    assert tofu is State.ESTABLISHED
    assert walk(server, Input.CLIENT_HANDSHAKE, server=True) is (
        State.AWAIT_CLIENT_AUTHENTICATION
    )
    accepted = walk(
        server, Input.CLIENT_HANDSHAKE, Input.CLIENT_AUTHENTICATION, server=True
    )
    assert accepted is State.ESTABLISHED
    # A reset from the peer while waiting for it completes the reset.
    assert walk(client, Input.FAULT, Input.RESET, server=False) is client
    assert walk(server, Input.FAULT, Input.FAULT, Input.RESET, server=True) is server


@ROLES
def test_every_state_of_a_role_is_reachable(server: bool) -> None:
    seen = reachable(initial_state(server=server), server=server)
    # The other role's first waiting state is the only one a role never sees.
    other_start = initial_state(server=not server)
    role_only = {State.AWAIT_TRUST} if server else {State.AWAIT_CLIENT_AUTHENTICATION}
    assert seen == set(State) - {other_start} - role_only


@ROLES
@LIVE
def test_every_live_state_can_end_or_establish(state: State, server: bool) -> None:
    ahead = reachable(state, server=server)
    assert ahead >= TERMINAL_STATES
    assert State.ESTABLISHED in ahead


def test_state_reprs_and_values() -> None:
    for state in State:
        assert repr(state) == f"State.{state.name}"
        # Values are words for messages ("... in state 'await reset'").
        assert state.value.replace(" ", "").isalpha()
        assert state.value.islower()
    assert len({s.value for s in State}) == len(State)
    assert len({e.value for e in Input}) == len(Input)


# -- the connection follows the table -------------------------------------------


def observed_states(pair: ConnectionPair) -> list[tuple[bool, State, State]]:
    """Run a scenario with every kind of step; record each side's changes."""
    log: list[tuple[bool, State, State]] = []
    assert pair.server_key is not None
    server_key = pair.server_key.public_key
    last = {True: pair.client.state, False: pair.server.state}

    def note() -> None:
        for is_client in (True, False):
            now = pair.side(is_client).state
            if now is not last[is_client]:
                log.append((is_client, last[is_client], now))
                last[is_client] = now

    steps: list[Callable[[], object]] = [
        lambda: pair.pump(approve=None),
        lambda: pair.client.approve_server_key(server_key),
        lambda: pair.drain(pair.client),
        pair.pump,
        lambda: spoil_next_record(pair, pair.server),
        pair.pump,
        lambda: pair.clock.advance(4.0),
        lambda: pair.drain(pair.server),
        pair.pump,
        pair.client.close,
        pair.pump,
    ]
    for step in steps:
        step()
        note()
    return log


def test_connection_changes_state_only_as_the_table_allows() -> None:
    pair = ConnectionPair(trust_server=False)
    log = observed_states(pair)
    for is_client, before, after in log:
        assert_table_allows(before, after, server=not is_client)
    client_path = [after for is_client, _, after in log if is_client]
    assert client_path == [
        State.AWAIT_TRUST,
        State.ESTABLISHED,
        State.AWAIT_RESET,
        State.ESTABLISHED,  # the Reset and the new handshake in one pump
        State.CLOSED,
    ]
    assert pair.server.state is State.CLOSED
    # The timeout at the end hit nobody: both were established by then.
    assert pair.client.resets == pair.server.resets == 1


@LIVE
def test_scenario_helper_reaches_each_live_state(state: State) -> None:
    _, conn = pair_with_side_in(state)
    assert conn.state is state
    assert_table_allows(initial_state(server=conn.server_side), state, server=True)


# -- the connection asks the table for every change --------------------------------


class TableSpy:
    """Stands in for ``next_state`` in the engine and notes every question."""

    def __init__(self) -> None:
        self.asked: list[tuple[State, Input, State | None]] = []

    def __call__(self, state: State, event: Input, *, server: bool) -> State | None:
        target = next_state(state, event, server=server)
        self.asked.append((state, event, target))
        return target


@pytest.fixture
def table_spy(monkeypatch: pytest.MonkeyPatch) -> TableSpy:
    spy = TableSpy()
    monkeypatch.setattr("trio_ossuary._connection.next_state", spy)
    return spy


def test_every_state_change_of_a_scenario_is_an_answer_of_the_table(
    table_spy: TableSpy,
) -> None:
    pair = ConnectionPair(trust_server=False)
    log = observed_states(pair)
    # Each observed change is the end of a run of answers from the table
    # (one pump may take a side through several).
    answered = [target for _, _, target in table_spy.asked]
    for _, _, after in log:
        assert after in answered
    assert {event for _, event, _ in table_spy.asked} >= {
        Input.UNTRUSTED_SERVER_HANDSHAKE,
        Input.APPROVE,
        Input.CLIENT_HANDSHAKE,
        Input.CLIENT_AUTHENTICATION,
        Input.FAULT,
        Input.RESET,
        Input.TRUSTED_SERVER_HANDSHAKE,
        Input.CLOSE,
    }


def test_close_with_error_goes_through_the_table(table_spy: TableSpy) -> None:
    pair = ConnectionPair()
    pair.pump()
    table_spy.asked.clear()
    pair.client.close(error=True)
    assert pair.client.state is State.FAILED
    assert table_spy.asked == [
        (State.ESTABLISHED, Input.CLOSE_WITH_ERROR, State.FAILED)
    ]


def test_the_peers_disconnect_error_goes_through_the_table(
    table_spy: TableSpy,
) -> None:
    pair = ConnectionPair()
    pair.pump()
    pair.client.close(error=True)
    table_spy.asked.clear()
    pair.server.receive_data(pair.client.data_to_send())
    with pytest.raises(ConnectionFailed, match=r"peer reported a failure"):
        pair.server.next_event()
    assert pair.server.state is State.FAILED
    assert table_spy.asked == [(State.ESTABLISHED, Input.FATAL, State.FAILED)]


def test_every_input_is_one_the_engine_uses() -> None:
    # An input the engine never passes to the table would be drawn in the
    # diagram for nothing.
    source = Path(trio_ossuary._connection.__file__).read_text()
    for event in Input:
        assert f"Input.{event.name})" in source, event


# -- which packet may arrive in which state ------------------------------------

#: The protocol's rule, written out: the packet each live state handles
#: besides Reset and Disconnect.
HANDLED = {
    State.AWAIT_CLIENT_HANDSHAKE: {PacketType.CLIENT_HANDSHAKE},
    State.AWAIT_SERVER_HANDSHAKE: {PacketType.SERVER_HANDSHAKE},
    State.AWAIT_TRUST: set(),
    State.AWAIT_CLIENT_AUTHENTICATION: {PacketType.CLIENT_AUTHENTICATION},
    State.ESTABLISHED: {PacketType.DATA},
    State.AWAIT_RESET: set(),
}
PACKETS: list[PacketType | None] = [*PacketType, None]  # None: an unknown type


def test_which_packet_may_arrive_in_which_state() -> None:
    assert set(HANDLED) == LIVE_STATES
    assert TABLE_TERMINAL_STATES == TERMINAL_STATES
    for state in State:
        for packet in PACKETS:
            got = arrival(state, packet)
            if state in TERMINAL_STATES:
                assert got is Arrival.DROPPED, (state, packet)
            elif packet in {PacketType.RESET, PacketType.DISCONNECT, *HANDLED[state]}:
                assert got is Arrival.EXPECTED, (state, packet)
            elif state is State.AWAIT_RESET:
                assert got is Arrival.DROPPED, (state, packet)
            else:
                assert got is Arrival.UNEXPECTED, (state, packet)
    for state, packet in EXPECTED_PACKET.items():
        assert HANDLED[state] == {packet}


def test_waiting_states_are_those_a_handshake_timeout_bounds() -> None:
    # Waiting for the peer: each handles a packet of the handshake (or, in
    # AWAIT_RESET, only a Reset); AWAIT_TRUST waits for the application.
    waiting = {
        State.AWAIT_CLIENT_HANDSHAKE,
        State.AWAIT_SERVER_HANDSHAKE,
        State.AWAIT_CLIENT_AUTHENTICATION,
        State.AWAIT_RESET,
    }
    assert waiting == WAITING_STATES


class ArrivalSpy:
    """Stands in for ``arrival`` in the engine; can overrule one answer."""

    def __init__(self) -> None:
        self.asked: list[tuple[State, PacketType | None]] = []
        self.overrule: dict[tuple[State, PacketType | None], Arrival] = {}

    def __call__(self, state: State, packet: PacketType | None) -> Arrival:
        self.asked.append((state, packet))
        return self.overrule.get((state, packet), arrival(state, packet))


@pytest.fixture
def arrival_spy(monkeypatch: pytest.MonkeyPatch) -> ArrivalSpy:
    spy = ArrivalSpy()
    monkeypatch.setattr("trio_ossuary._connection.arrival", spy)
    return spy


def test_the_engine_asks_of_each_handshake_packet_and_reset(
    arrival_spy: ArrivalSpy,
) -> None:
    pair = ConnectionPair()
    pair.handshake()
    spoil_next_record(pair, pair.server)
    pair.pump()
    assert set(arrival_spy.asked) >= {
        (State.AWAIT_CLIENT_HANDSHAKE, PacketType.CLIENT_HANDSHAKE),
        (State.AWAIT_SERVER_HANDSHAKE, PacketType.SERVER_HANDSHAKE),
        (State.AWAIT_CLIENT_AUTHENTICATION, PacketType.CLIENT_AUTHENTICATION),
        (State.ESTABLISHED, PacketType.DATA),  # the spoiled record
        (State.ESTABLISHED, PacketType.RESET),
        (State.AWAIT_RESET, PacketType.RESET),
    }


def test_a_packet_the_table_calls_unexpected_is_a_fault(
    arrival_spy: ArrivalSpy,
) -> None:
    arrival_spy.overrule[State.AWAIT_CLIENT_HANDSHAKE, PacketType.CLIENT_HANDSHAKE] = (
        Arrival.UNEXPECTED
    )
    pair = ConnectionPair()
    pair.transfer(pair.client)
    (reset,) = pair.drain(pair.server)
    assert isinstance(reset, SessionReset)
    assert "unexpected CLIENT_HANDSHAKE packet" in reset.reason
    assert pair.server.state is State.AWAIT_RESET


def test_a_packet_the_table_drops_is_dropped_unread(arrival_spy: ArrivalSpy) -> None:
    arrival_spy.overrule[State.AWAIT_CLIENT_HANDSHAKE, PacketType.CLIENT_HANDSHAKE] = (
        Arrival.DROPPED
    )
    pair = ConnectionPair()
    pair.transfer(pair.client)
    assert pair.drain(pair.server) == []
    assert pair.server.state is State.AWAIT_CLIENT_HANDSHAKE
    assert pair.server.data_to_send() == b""
    assert pair.server.buffered_input == 0


def test_a_change_the_table_lacks_is_the_engines_bug(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As the table's docstring says: never a fault of the peer's.
    monkeypatch.setattr(
        "trio_ossuary._connection.next_state", lambda *args, **kwargs: None
    )
    pair = ConnectionPair()
    pair.transfer(pair.client)
    with pytest.raises(AssertionError, match="no transition for"):
        pair.server.next_event()
