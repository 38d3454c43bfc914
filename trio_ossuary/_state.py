"""The Ossuary v1 state machine, as one table.

Two rules for this file:

1. This file decides what may happen in which state: every change of state
   the protocol makes is listed in :data:`TRANSITIONS`, and :func:`arrival`
   says whether a packet may arrive in a state.
   :class:`~trio_ossuary.sansio.OssuaryConnection` only asks (:func:`arrival`
   for each packet, :func:`next_state` for each change) and performs the
   side effects (packets, keys, timers).
2. This file does not know which role it plays.  A client and a server differ
   only in their initial state (:func:`initial_state`), which is also where a
   reset sends them back to.

``docs/draw_state_diagram.py`` draws the diagram in the documentation from
:data:`TRANSITIONS` and :data:`EXPECTED_PACKET`, so the picture cannot drift
from the code.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from ._wire import PacketType

__all__ = [
    "EXPECTED_PACKET",
    "TERMINAL_STATES",
    "TRANSITIONS",
    "WAITING_STATES",
    "Arrival",
    "Input",
    "State",
    "arrival",
    "initial_state",
    "next_state",
]


class State(enum.Enum):
    """Where a connection is in its life."""

    #: Server, initially and after a reset: waiting for ClientHandshake.
    AWAIT_CLIENT_HANDSHAKE = "await client handshake"
    #: Client, once its ClientHandshake is queued: waiting for ServerHandshake.
    AWAIT_SERVER_HANDSHAKE = "await server handshake"
    #: Client: the server proved its key, which we do not trust (yet).  The
    #: handshake pauses until the application approves or rejects the key.
    AWAIT_TRUST = "await trust decision"
    #: Server, after sending ServerHandshake: waiting for ClientAuthentication.
    AWAIT_CLIENT_AUTHENTICATION = "await client authentication"
    #: The channel is up: data flows both ways.
    ESTABLISHED = "established"
    #: We sent Reset and drop everything but the peer's answering Reset.
    AWAIT_RESET = "await reset"
    #: Closed cleanly, by us or by the peer.  Terminal.
    CLOSED = "closed"
    #: Failed for good.  Terminal.
    FAILED = "failed"

    def __repr__(self) -> str:
        return f"State.{self.name}"


class Input(enum.Enum):
    """What can happen to a connection: a packet arrives or the application acts.

    Only what changes the state is an input: a Data record that decrypts
    leaves an established connection established, so it is not one.
    """

    #: A well-formed ClientHandshake arrived.
    CLIENT_HANDSHAKE = "ClientHandshake"
    #: A ServerHandshake arrived, verified, from a server key we trust.
    TRUSTED_SERVER_HANDSHAKE = "ServerHandshake (trusted key)"
    #: A ServerHandshake arrived, verified, from a key we do not trust yet.
    UNTRUSTED_SERVER_HANDSHAKE = "ServerHandshake (unknown key)"
    #: The application approved the pending server key.
    APPROVE = "approve key"
    #: A ClientAuthentication arrived and was accepted.
    CLIENT_AUTHENTICATION = "ClientAuthentication"
    #: The peer's Reset arrived.
    RESET = "Reset"
    #: A recoverable fault: bad MAC, msg_id gap, a packet the state does not
    #: expect (:data:`Arrival.UNEXPECTED`), bad length in a handshake packet,
    #: handshake wait exceeded.
    FAULT = "fault"
    #: An authentication failure, version mismatch, oversized packet, rejected
    #: server key, a fault or Reset beyond the reset limit, a truncated
    #: transport, or the peer's Disconnect(error).
    FATAL = "fatal error"
    #: The application closed the connection with an error
    #: (``close(error=True)``): it sends Disconnect(error) and has failed.
    CLOSE_WITH_ERROR = "close (error)"
    #: The application closed the connection, or the peer's Disconnect(closed).
    CLOSE = "close"


_LIVE: Final = (
    State.AWAIT_CLIENT_HANDSHAKE,
    State.AWAIT_SERVER_HANDSHAKE,
    State.AWAIT_TRUST,
    State.AWAIT_CLIENT_AUTHENTICATION,
    State.ESTABLISHED,
    State.AWAIT_RESET,
)

#: Marks a transition back to the role's initial state (a completed reset).
INITIAL: Final = "initial"


def _build() -> dict[tuple[State, Input], State | str]:
    table: dict[tuple[State, Input], State | str] = {
        # The handshake, in protocol order.
        (State.AWAIT_CLIENT_HANDSHAKE, Input.CLIENT_HANDSHAKE): (
            State.AWAIT_CLIENT_AUTHENTICATION
        ),
        (State.AWAIT_SERVER_HANDSHAKE, Input.TRUSTED_SERVER_HANDSHAKE): (
            State.ESTABLISHED
        ),
        (State.AWAIT_SERVER_HANDSHAKE, Input.UNTRUSTED_SERVER_HANDSHAKE): (
            State.AWAIT_TRUST
        ),
        (State.AWAIT_TRUST, Input.APPROVE): State.ESTABLISHED,
        (State.AWAIT_CLIENT_AUTHENTICATION, Input.CLIENT_AUTHENTICATION): (
            State.ESTABLISHED
        ),
    }
    for state in _LIVE:
        # A Reset from the peer always sends us back to the start (after we
        # answer it, unless we were the side waiting for it).
        table[state, Input.RESET] = INITIAL
        table[state, Input.FATAL] = State.FAILED
        table[state, Input.CLOSE] = State.CLOSED
        table[state, Input.CLOSE_WITH_ERROR] = State.FAILED
        # A recoverable fault: send Reset and wait for the peer's.  (While
        # already waiting, only the handshake wait running out is a fault;
        # every other packet is dropped: see arrival.)
        table[state, Input.FAULT] = State.AWAIT_RESET
    return table


#: Every transition: ``(state, input) -> next state``.  The string
#: ``"initial"`` means the role's initial state.  A pair that is absent is one
#: that cannot happen: a packet the state does not expect is never an input
#: of its own but an :data:`Input.FAULT` (:func:`arrival` says which packets
#: those are), and the application's calls are checked before they reach the
#: table, so the engine treats a missing pair as its own bug
#: (:exc:`AssertionError`).
TRANSITIONS: Final = _build()

#: The states that end a connection: no transition leaves them, and a packet
#: arriving in them is dropped.
TERMINAL_STATES: Final = frozenset(State).difference(_LIVE)

#: The states that wait for the peer's next handshake packet (or, in
#: AWAIT_RESET, its Reset): the ones whose wait a handshake timeout bounds.
#: AWAIT_TRUST waits for the application instead.
WAITING_STATES: Final = frozenset(
    {
        State.AWAIT_CLIENT_HANDSHAKE,
        State.AWAIT_SERVER_HANDSHAKE,
        State.AWAIT_CLIENT_AUTHENTICATION,
        State.AWAIT_RESET,
    }
)

#: The packet each state expects from the peer, besides a Reset or a
#: Disconnect (which every live state takes).  A state not listed expects
#: none: AWAIT_TRUST (the peer has nothing more to send before our answer),
#: AWAIT_RESET (only the peer's Reset) and the terminal states.
EXPECTED_PACKET: Final[Mapping[State, PacketType]] = MappingProxyType(
    {
        State.AWAIT_CLIENT_HANDSHAKE: PacketType.CLIENT_HANDSHAKE,
        State.AWAIT_SERVER_HANDSHAKE: PacketType.SERVER_HANDSHAKE,
        State.AWAIT_CLIENT_AUTHENTICATION: PacketType.CLIENT_AUTHENTICATION,
        State.ESTABLISHED: PacketType.DATA,
    }
)


class Arrival(enum.Enum):
    """What a packet arriving in a state is: :func:`arrival`'s answer."""

    #: The packet the state expects, or a Reset or a Disconnect in a live
    #: state: handle it.
    EXPECTED = "expected"
    #: Dropped unread: anything but a Reset or a Disconnect while waiting for
    #: the peer's Reset (the rest of the session being reset), and any packet
    #: once the connection has closed or failed.
    DROPPED = "dropped"
    #: A packet the state does not expect, or of a type this protocol
    #: version does not define: a recoverable fault (:data:`Input.FAULT`).
    UNEXPECTED = "unexpected"

    def __repr__(self) -> str:
        return f"Arrival.{self.name}"


_ALWAYS: Final = frozenset({PacketType.RESET, PacketType.DISCONNECT})


def arrival(state: State, packet: PacketType | None) -> Arrival:
    """May ``packet`` arrive in ``state``?

    Args:
      state: The connection's state when the packet arrives.
      packet: The packet's type; None for a type byte this protocol version
          does not define.

    The answer is about the state alone.  Just after a reset the engine
    also drops what the peer sent in the session just abandoned, before our
    Reset reached it (a Data record, a packet whose msg_id is not 0): that
    is a question of which session a packet belongs to, which the engine
    tracks, not of the state.

    Returns:
      :data:`Arrival.EXPECTED`, :data:`Arrival.DROPPED` or
      :data:`Arrival.UNEXPECTED`, as :class:`Arrival` says.
    """
    if state in TERMINAL_STATES:
        return Arrival.DROPPED
    if packet in _ALWAYS:
        return Arrival.EXPECTED
    if state is State.AWAIT_RESET:
        return Arrival.DROPPED
    if packet is not None and EXPECTED_PACKET.get(state) is packet:
        return Arrival.EXPECTED
    return Arrival.UNEXPECTED


def initial_state(*, server: bool) -> State:
    """The state a connection starts in, and returns to after a reset."""
    return State.AWAIT_CLIENT_HANDSHAKE if server else State.AWAIT_SERVER_HANDSHAKE


def next_state(state: State, event: Input, *, server: bool) -> State | None:
    """Return the state after ``event`` in ``state``, or None if not allowed.

    None means the pair is not in :data:`TRANSITIONS`, which the engine never
    asks for (see there): it raises :exc:`AssertionError` if it does.  A
    packet that may not arrive is screened by :func:`arrival` first and
    becomes :data:`Input.FAULT`, which every live state allows.
    """
    target = TRANSITIONS.get((state, event))
    if target is None:
        return None
    if target == INITIAL:
        return initial_state(server=server)
    assert isinstance(target, State)
    return target
