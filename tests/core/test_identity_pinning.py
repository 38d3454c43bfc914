"""A connection's peer identity is pinned by its first completed handshake.

Anyone on the path may send a Reset, and a reset is followed by a fresh
handshake.  Without pinning, an attacker who authenticated on a connection
could reset it and relay somebody else's unmodified handshake over it: the
application, which checked ``remote_public_key`` once, would go on crediting
the first identity (issue #9).  These tests play that attack in both roles,
with the reset started either way, and check that the connection fails with
:class:`~trio_ossuary.AuthenticationError` and Disconnect(error), and that no
data of the relayed session is delivered.  ``OssuaryStream`` inherits the rule
from the engine; its own test is at the end.
"""

from __future__ import annotations

from typing import Any

import pytest
import trio
import trio.testing
from helpers_core import (
    ConnectionPair,
    Outcome,
    key_from,
    random_bytes,
    spoil_next_record,
)
from wire_spec import (
    CLIENT_HANDSHAKE,
    DISCONNECT_ERROR,
    RESET,
    RESET_PACKET,
    packet_types,
    split_packets,
)

from trio_ossuary import (
    AuthenticationError,
    ChannelReset,
    ConnectionFailed,
    OssuaryStream,
    SecretKey,
)
from trio_ossuary.sansio import (
    DataReceived,
    HandshakeComplete,
    OssuaryConnection,
    SessionReset,
    State,
    UntrustedServer,
)

MALLORY = key_from("mallory")
VICTIM = key_from("victim")
SERVER_A = key_from("server a")
SERVER_B = key_from("server b")

#: How the pinned side's session is reset: by a Reset the attacker sends, or
#: by a damaged record that makes the pinned side reset (the attacker then
#: answers its Reset).
RESET_BY = pytest.mark.parametrize("reset_by", ["peer-reset", "damaged-record"])


def reset_session(
    pair: ConnectionPair, pinned: OssuaryConnection, reset_by: str
) -> None:
    """Reset ``pinned``'s session; leave it waiting for the new handshake."""
    if reset_by == "peer-reset":
        pinned.receive_data(RESET_PACKET)
        outcomes = pair.drain(pinned)
        assert [type(e) for e in outcomes] == [SessionReset], outcomes
    else:
        outcomes = spoil_next_record(pair, pair.peer(pinned))
        assert [type(e) for e in outcomes] == [SessionReset], outcomes
        assert pinned.data_to_send() == RESET_PACKET
        pinned.receive_data(RESET_PACKET)  # the attacker answers
        assert pair.drain(pinned) == []
    assert pinned.state is (
        State.AWAIT_CLIENT_HANDSHAKE
        if pinned.server_side
        else State.AWAIT_SERVER_HANDSHAKE
    )


def without_resets(data: bytes) -> bytes:
    """What a relaying attacker forwards: everything but Reset packets."""
    return b"".join(bytes(p) for p in split_packets(data) if p.type != RESET)


def assert_failed_by_identity_change(
    conn: OssuaryConnection, outcomes: list[Outcome]
) -> None:
    """``conn`` failed with AuthenticationError at once and delivered nothing."""
    assert len(outcomes) == 1, outcomes
    failure = outcomes[0]
    assert isinstance(failure, AuthenticationError), failure
    assert "identity changed across a reset" in str(failure)
    assert conn.data_to_send() == DISCONNECT_ERROR
    assert conn.state is State.FAILED
    assert conn.remote_public_key is None
    with pytest.raises(ConnectionFailed) as later:
        conn.next_event()
    assert later.value.__cause__ is failure


def newcomer_client(pair: ConnectionPair, key: SecretKey | None) -> OssuaryConnection:
    """Another client, trusting the same server, on the pair's clock."""
    assert pair.server_key is not None
    return OssuaryConnection(
        secret_key=key,
        authorized_keys=[pair.server_key.public_key],
        clock=pair.clock,
        random_bytes=random_bytes("newcomer"),
    )


def relay_client_handshake(
    pair: ConnectionPair, newcomer: OssuaryConnection
) -> list[Outcome]:
    """Relay ``newcomer``'s unmodified handshake to the pair's server.

    The newcomer sends a record in the same write as its ClientAuthentication,
    as the protocol allows.  Returns what the server reports on receiving it.
    """
    server = pair.server
    server.receive_data(newcomer.data_to_send())  # ClientHandshake
    assert pair.drain(server) == []
    newcomer.receive_data(without_resets(server.data_to_send()))
    event = newcomer.next_event()
    assert isinstance(event, HandshakeComplete), event
    newcomer.send_data(b"deposit 1000 to this account")
    server.receive_data(newcomer.data_to_send())  # ClientAuthentication + Data
    return pair.drain(server)


# -- the server pins its client ---------------------------------------------------


@RESET_BY
def test_relayed_handshake_of_another_authorized_client_fails(reset_by: str) -> None:
    """The issue's Mallory/Victim relay, against a server requiring client auth."""
    pair = ConnectionPair(
        client_key=MALLORY,
        require_client_auth=True,
        authorized_clients=[MALLORY.public_key, VICTIM.public_key],
    )
    pair.handshake()
    assert pair.server.remote_public_key == MALLORY.public_key
    reset_session(pair, pair.server, reset_by)
    outcomes = relay_client_handshake(pair, newcomer_client(pair, VICTIM))
    # Victim's record came in the same write: it was never delivered.
    assert not any(isinstance(o, DataReceived) for o in outcomes)
    assert_failed_by_identity_change(pair.server, outcomes)
    assert MALLORY.public_key.fingerprint() in str(outcomes[0])
    assert VICTIM.public_key.fingerprint() in str(outcomes[0])


@RESET_BY
@pytest.mark.parametrize(
    ("first", "second"),
    [(None, VICTIM), (VICTIM, None)],
    ids=["anonymous-then-authenticated", "authenticated-then-anonymous"],
)
def test_switch_between_anonymous_and_authenticated_fails(
    first: SecretKey | None, second: SecretKey | None, reset_by: str
) -> None:
    pair = ConnectionPair(client_key=first, require_client_auth=False)
    pair.handshake()
    assert pair.server.remote_public_key == (first and first.public_key)
    reset_session(pair, pair.server, reset_by)
    outcomes = relay_client_handshake(pair, newcomer_client(pair, second))
    assert_failed_by_identity_change(pair.server, outcomes)
    assert "anonymous" in str(outcomes[0])


@pytest.mark.parametrize(
    ("key", "require_client_auth"),
    [(None, False), (VICTIM, False), (VICTIM, True)],
    ids=["anonymous", "authenticated", "required"],
)
def test_same_identity_after_a_reset_is_accepted(
    key: SecretKey | None, require_client_auth: bool
) -> None:
    """The pin is on the identity, not the engine: the same key passes."""
    pair = ConnectionPair(client_key=key, require_client_auth=require_client_auth)
    pair.handshake()
    reset_session(pair, pair.server, "peer-reset")
    outcomes = relay_client_handshake(pair, newcomer_client(pair, key))
    expected = None if key is None else key.public_key
    assert outcomes == [
        HandshakeComplete(expected),
        DataReceived(b"deposit 1000 to this account"),
    ]
    assert pair.server.remote_public_key == expected


# -- the client pins its server ---------------------------------------------------


def relay_server_handshake(
    client: OssuaryConnection, pair: ConnectionPair, other_server: SecretKey
) -> list[Outcome]:
    """Answer the new ClientHandshake from a server holding ``other_server``."""
    server = OssuaryConnection(
        server_side=True,
        secret_key=other_server,
        clock=pair.clock,
        random_bytes=random_bytes("other server"),
    )
    hello = without_resets(client.data_to_send())
    assert packet_types(hello) == [CLIENT_HANDSHAKE]
    server.receive_data(hello)
    assert pair.drain(server) == []
    client.receive_data(server.data_to_send())
    return pair.drain(client)


@RESET_BY
def test_client_trusting_several_servers_refuses_another_after_reset(
    reset_by: str,
) -> None:
    pair = ConnectionPair(server_key=SERVER_A, trusted_servers=[SERVER_B.public_key])
    pair.handshake()
    assert pair.client.remote_public_key == SERVER_A.public_key
    reset_session(pair, pair.client, reset_by)
    outcomes = relay_server_handshake(pair.client, pair, SERVER_B)
    # The client fails before it authenticates itself to the other server.
    assert_failed_by_identity_change(pair.client, outcomes)
    assert SERVER_B.public_key.fingerprint() in str(outcomes[0])


def test_approved_server_key_is_pinned_too() -> None:
    """After trust on first use, another (untrusted) key is refused outright,
    not offered to the application as a new UntrustedServer."""
    pair = ConnectionPair(server_key=SERVER_A, trust_server=False)
    exchange = pair.handshake()
    assert UntrustedServer(SERVER_A.public_key) in exchange.client
    reset_session(pair, pair.client, "peer-reset")
    outcomes = relay_server_handshake(pair.client, pair, SERVER_B)
    assert not any(isinstance(o, UntrustedServer) for o in outcomes)
    assert_failed_by_identity_change(pair.client, outcomes)


def test_server_key_seen_before_approval_is_not_pinned() -> None:
    """Only a completed handshake pins: a reset while the application is
    still deciding lets the next handshake show a key of its own."""
    pair = ConnectionPair(server_key=SERVER_A, trust_server=False)
    pair.pump(approve=None)
    assert pair.client.state is State.AWAIT_TRUST
    reset_session(pair, pair.client, "peer-reset")
    outcomes = relay_server_handshake(pair.client, pair, SERVER_B)
    assert outcomes == [UntrustedServer(SERVER_B.public_key)]


# -- the stream inherits the pin ------------------------------------------------------


async def test_stream_fails_when_a_reset_brings_another_client(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """Mallory authenticates, resets and relays Victim's handshake to a server
    stream: the stream breaks with AuthenticationError as the cause, and
    Victim's record is never returned."""
    server_key = key_from("stream server")
    client_raw, server_raw = trio.testing.memory_stream_pair()
    server = OssuaryStream(
        server_raw,
        server_side=True,
        secret_key=server_key,
        authorized_keys=[MALLORY.public_key, VICTIM.public_key],
        require_client_auth=True,
    )

    def client(key: SecretKey) -> OssuaryConnection:
        return OssuaryConnection(
            secret_key=key, authorized_keys=[server_key.public_key]
        )

    async def handshake(conn: OssuaryConnection, then_send: bytes = b"") -> None:
        await client_raw.send_all(conn.data_to_send())  # ClientHandshake
        conn.receive_data(await client_raw.receive_some())
        assert isinstance(conn.next_event(), HandshakeComplete)
        if then_send:
            conn.send_data(then_send)
        await client_raw.send_all(conn.data_to_send())

    results: dict[str, Any] = {}

    async def serve() -> None:
        await server.do_handshake()
        results["first"] = server.remote_public_key
        with pytest.raises(ChannelReset):
            await server.receive_some()
        with pytest.raises(trio.BrokenResourceError) as broken:
            await server.receive_some()
        results["cause"] = broken.value.__cause__
        results["key after"] = server.remote_public_key

    async with trio.open_nursery() as nursery:
        nursery.start_soon(serve)
        await handshake(client(MALLORY))
        await client_raw.send_all(RESET_PACKET)
        assert await client_raw.receive_some() == RESET_PACKET  # the answer
        await handshake(client(VICTIM), then_send=b"deposit to this account")
        assert await client_raw.receive_some() == DISCONNECT_ERROR
    assert results["first"] == MALLORY.public_key
    assert isinstance(results["cause"], AuthenticationError)
    assert results["key after"] is None
    with pytest.raises(trio.BrokenResourceError):
        await server.receive_some()  # still broken; nothing was kept for it
    await server.aclose()
