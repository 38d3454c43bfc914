"""The session ledger on its own: what each direction is told, and when.

The ledger (``trio_ossuary/_ledger.py``) is the bookkeeping both stream
adapters share.  These tests feed it events by hand, in orders a stream can
see them, and check its promises: each reportable reset once per direction,
never bytes of two sessions in one chunk nor a later session's bytes before
its reset, plaintext before the peer's close, and the peer named until the
session ends.  How the engine decides ``data_may_be_lost`` is tested at the
end, on a pair of engines.
"""

from __future__ import annotations

from helpers_core import ConnectionPair, fuzz, key_from
from hypothesis import given, strategies as st
from wire_spec import RESET_PACKET

from trio_ossuary._ledger import SessionLedger
from trio_ossuary.sansio import HandshakeComplete, SessionReset

PEER = HandshakeComplete(key_from("peer").public_key)


def reset(n: int, *, lost: bool = True) -> SessionReset:
    return SessionReset(
        f"fault {n}", initiated_locally=True, resets=n, data_may_be_lost=lost
    )


def test_plaintext_is_handed_over_in_order_and_cut_at_max_bytes() -> None:
    ledger = SessionLedger()
    ledger.established(PEER)
    ledger.received(b"abc")
    ledger.received(b"")  # nothing to keep
    ledger.received(b"def")
    assert ledger.has_plaintext
    assert ledger.buffered == 6
    assert ledger.take_received(2) == b"ab"
    assert ledger.buffered == 4
    assert ledger.take_received(None) == b"cdef"
    assert not ledger.has_plaintext
    assert ledger.take_received(None) is None


def test_a_whole_chunk_is_handed_over_without_a_copy() -> None:
    ledger = SessionLedger()
    chunk = b"x" * 1000
    ledger.received(chunk)
    assert ledger.take_received(None) is chunk


def test_a_reset_after_the_first_session_is_reported_once_per_direction() -> None:
    ledger = SessionLedger()
    ledger.established(PEER)
    event = reset(1)
    ledger.reset(event)
    assert ledger.peer is None
    assert ledger.send_reset_pending
    assert ledger.take_send_reset() is event
    assert not ledger.send_reset_pending
    assert ledger.take_send_reset() is None
    assert ledger.take_received(None) is event
    assert ledger.take_received(None) is None


def test_two_resets_unreported_are_one_report_of_the_latest() -> None:
    ledger = SessionLedger()
    ledger.established(PEER)
    ledger.reset(reset(1))
    ledger.established(PEER)
    latest = reset(2)
    ledger.reset(latest)
    assert ledger.take_send_reset() is latest
    assert ledger.take_send_reset() is None
    assert ledger.take_received(None) is latest
    assert ledger.take_received(None) is None


def test_a_first_handshake_reset_that_lost_nothing_is_not_reported() -> None:
    ledger = SessionLedger()
    ledger.reset(reset(1, lost=False))
    assert not ledger.send_reset_pending
    assert ledger.take_received(None) is None
    ledger.established(PEER)
    ledger.received(b"first")
    assert ledger.take_received(None) == b"first"


def test_a_first_handshake_reset_that_may_have_lost_data_is_for_receiving_only() -> (
    None
):
    # A server reset after its ServerHandshake: the client may have sent
    # data; nothing can have been sent by this side.
    ledger = SessionLedger()
    event = reset(1)
    ledger.reset(event)
    assert not ledger.send_reset_pending
    assert ledger.take_send_reset() is None
    ledger.established(PEER)
    ledger.received(b"later")
    assert ledger.take_received(None) is event
    assert ledger.take_received(None) == b"later"


def test_bytes_of_the_next_session_wait_behind_the_reset() -> None:
    # Issue #9: AAAA, a reset (BBBB lost), CCCC read by another task before
    # the receiver looked.  The receiver sees AAAA, the reset, then CCCC.
    ledger = SessionLedger()
    ledger.established(PEER)
    ledger.received(b"AAAA")
    event = reset(1)
    ledger.reset(event)
    ledger.established(PEER)
    ledger.received(b"CC")
    ledger.received(b"CC")
    assert ledger.take_send_reset() is event  # the sender's report is apart
    assert ledger.take_received(None) == b"AAAA"
    assert ledger.take_received(None) is event
    assert ledger.take_received(None) == b"CCCC"


def test_plaintext_comes_before_the_peers_close_and_the_close_stays() -> None:
    ledger = SessionLedger()
    ledger.established(PEER)
    ledger.received(b"last words")
    ledger.peer_closed()
    assert ledger.closed_by_peer
    assert ledger.take_received(4) == b"last"
    assert ledger.take_received(None) == b" words"
    assert ledger.take_received(None) == b""
    assert ledger.take_received(None) == b""
    assert ledger.peer is PEER  # still named after the channel ended


def test_the_peer_is_named_only_while_a_session_is_up() -> None:
    ledger = SessionLedger()
    assert ledger.peer is None
    assert not ledger.ever_established
    ledger.established(PEER)
    assert ledger.peer is PEER
    assert ledger.ever_established
    ledger.reset(reset(1))
    assert ledger.peer is None
    assert ledger.ever_established


_STEP = st.one_of(
    st.tuples(st.just("data"), st.integers(0, 8)),
    st.tuples(st.just("reset"), st.none()),
    st.tuples(st.just("read"), st.none() | st.integers(1, 9)),
)


@fuzz(300)
@given(steps=st.lists(_STEP, max_size=40))
def test_what_the_receiver_sees_between_reports_is_one_session(
    steps: list[tuple[str, int | None]],
) -> None:
    """The session-boundary invariant, for any interleaving of the events.

    Session k's bytes all have the value k, so a chunk says which sessions
    it came from.  Between two reports the receiver sees bytes of one
    session only, before the first report only the first session's, and
    once everything is taken it has seen every byte once, in order.
    """
    ledger = SessionLedger()
    ledger.established(PEER)
    sent = bytearray()
    session = 0
    segments: list[set[int]] = [set()]
    received = bytearray()

    def read(max_bytes: int | None) -> bool:
        got = ledger.take_received(max_bytes)
        if got is None or got == b"":
            return False
        if isinstance(got, SessionReset):
            segments.append(set())
            return True
        assert max_bytes is None or len(got) <= max_bytes
        segments[-1].update(got)
        received.extend(got)
        return True

    for kind, arg in steps:
        if kind == "data":
            assert arg is not None
            ledger.received(bytes([session]) * arg)
            sent.extend(bytes([session]) * arg)
        elif kind == "reset":
            session += 1
            ledger.reset(reset(session))
            ledger.established(PEER)
        else:
            read(arg)
    while read(None):
        pass
    assert received == sent
    assert segments[0] <= {0}
    assert all(len(segment) <= 1 for segment in segments)
    assert len(segments) - 1 <= session  # at most one report per reset


def test_the_engine_says_whether_a_reset_may_have_lost_data() -> None:
    # A client reset while it waits for the ServerHandshake: nothing sent.
    pair = ConnectionPair()
    pair.client.data_to_send()
    pair.client.receive_data(RESET_PACKET)
    (event,) = pair.drain(pair.client)
    assert isinstance(event, SessionReset)
    assert not event.data_may_be_lost

    # A server reset before the ClientHandshake (its wait ran out; a Reset
    # there is dropped, tests/core/test_forged_reset.py): nothing sent either.
    pair = ConnectionPair()
    pair.clock.advance(5)
    (event,) = pair.drain(pair.server)
    assert isinstance(event, SessionReset)
    assert not event.data_may_be_lost

    # A server reset after its ServerHandshake: the client may be done and
    # may have sent data behind its ClientAuthentication.
    pair = ConnectionPair()
    pair.transfer(pair.client)
    assert pair.drain(pair.server) == []
    pair.server.receive_data(RESET_PACKET)
    (event,) = pair.drain(pair.server)
    assert isinstance(event, SessionReset)
    assert event.data_may_be_lost

    # Once established, every reset may have lost data, on either side.
    for side in (True, False):
        pair = ConnectionPair()
        pair.handshake()
        conn = pair.side(side)
        conn.receive_data(RESET_PACKET)
        (event,) = pair.drain(conn)
        assert isinstance(event, SessionReset)
        assert event.data_may_be_lost
