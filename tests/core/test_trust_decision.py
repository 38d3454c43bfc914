"""A trust decision names the key it is about, and only that key is decided.

The engine shows :class:`~trio_ossuary.sansio.UntrustedServer` and waits.  The
application may keep calling ``next_event()`` while it decides, so the
session can be reset under it and another ServerHandshake show another key.
A decision about a key other than the one now waiting must approve (or
refuse) nothing (issue #9).
"""

from __future__ import annotations

import pytest
from helpers_core import (
    ConnectionPair,
    key_from,
    random_bytes,
)
from wire_spec import (
    CLIENT_AUTHENTICATION,
    CLIENT_HANDSHAKE,
    DISCONNECT_ERROR,
    RESET,
    RESET_PACKET,
    packet_types,
    split_packets,
)

from trio_ossuary import (
    ConnectionFailed,
    LocalProtocolError,
    SecretKey,
    UntrustedServerError,
)
from trio_ossuary.sansio import (
    NEED_DATA,
    HandshakeComplete,
    OssuaryConnection,
    SessionReset,
    State,
    UntrustedServer,
)

REAL = key_from("the real server")
EVIL = key_from("the attacker's server")


def attacker_answers(pair: ConnectionPair, key: SecretKey, label: str) -> None:
    """Inject a Reset, then answer the client's new ClientHandshake as ``key``."""
    client = pair.client
    client.receive_data(RESET_PACKET)
    event = client.next_event()
    assert isinstance(event, SessionReset)
    assert not event.initiated_locally
    sent = split_packets(client.data_to_send())
    assert [p.type for p in sent] == [RESET, CLIENT_HANDSHAKE]
    attacker = OssuaryConnection(
        server_side=True,
        secret_key=key,
        clock=pair.clock,
        random_bytes=random_bytes(label),
    )
    attacker.receive_data(bytes(sent[1]))
    assert pair.drain(attacker) == []
    client.receive_data(attacker.data_to_send())


def swapped_while_deciding() -> ConnectionPair:
    """The attack of issue #9, up to the moment the application answers.

    The client was shown the real server's key; while the application decides,
    it keeps calling ``next_event()``, and the attacker resets the session and
    presents its own key, validly signed.
    """
    pair = ConnectionPair(server_key=REAL, trust_server=False)
    exchange = pair.pump(approve=None)
    assert exchange.client == [UntrustedServer(REAL.public_key)]
    assert pair.client.untrusted_server_key == REAL.public_key
    assert pair.client.next_event() is NEED_DATA  # still deciding
    attacker_answers(pair, EVIL, "attacker")
    assert pair.client.next_event() == UntrustedServer(EVIL.public_key)
    assert pair.client.untrusted_server_key == EVIL.public_key
    assert pair.client.next_event() is NEED_DATA
    return pair


def assert_still_waiting(client: OssuaryConnection) -> None:
    """Nothing was decided: the client waits, trusting no key."""
    assert client.state is State.AWAIT_TRUST
    assert client.remote_public_key is None
    assert client.bytes_to_send == 0  # no ClientAuthentication went out
    assert client.next_event() is NEED_DATA
    assert client.failure is None


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_decision_about_a_key_no_longer_waiting_is_refused(decision: str) -> None:
    pair = swapped_while_deciding()
    client = pair.client
    call = (
        client.approve_server_key if decision == "approve" else client.reject_server_key
    )
    with pytest.raises(LocalProtocolError) as refused:
        call(REAL.public_key)  # the answer to the question the user was asked
    message = str(refused.value)
    assert REAL.public_key.fingerprint() in message
    assert EVIL.public_key.fingerprint() in message
    # Nothing was decided: the attacker's key waits for a decision of its own.
    assert_still_waiting(client)
    assert client.untrusted_server_key == EVIL.public_key
    # And it was not trusted behind the scenes: shown again after another
    # reset, it is still untrusted.
    attacker_answers(pair, EVIL, "attacker again")
    assert client.next_event() == UntrustedServer(EVIL.public_key)
    assert_still_waiting(client)


def test_refused_decision_leaves_the_waiting_key_to_be_decided() -> None:
    pair = swapped_while_deciding()
    with pytest.raises(LocalProtocolError):
        pair.client.approve_server_key(REAL.public_key)
    pair.client.reject_server_key(EVIL.public_key)  # the user says no to it
    assert pair.client.data_to_send() == DISCONNECT_ERROR
    with pytest.raises(ConnectionFailed) as failed:
        pair.client.next_event()
    cause = failed.value.__cause__
    assert isinstance(cause, UntrustedServerError)
    assert cause.public_key == EVIL.public_key


def test_the_key_that_is_waiting_can_be_approved() -> None:
    pair = swapped_while_deciding()
    pair.client.approve_server_key(EVIL.public_key)  # shown, and approved
    assert pair.client.next_event() == HandshakeComplete(EVIL.public_key)
    assert packet_types(pair.client.data_to_send()) == [CLIENT_AUTHENTICATION]


@pytest.mark.parametrize("form", ["PublicKey", "bytes"])
def test_decision_names_the_key_as_a_key_or_its_bytes(form: str) -> None:
    pair = ConnectionPair(server_key=REAL, trust_server=False)
    pair.pump(approve=None)
    key = REAL.public_key
    pair.client.approve_server_key(key if form == "PublicKey" else bytes(key))
    assert pair.client.next_event() == HandshakeComplete(key)


def test_decision_about_another_key_without_a_reset_is_refused() -> None:
    pair = ConnectionPair(server_key=REAL, trust_server=False)
    pair.pump(approve=None)
    for call in (pair.client.approve_server_key, pair.client.reject_server_key):
        with pytest.raises(LocalProtocolError):
            call(EVIL.public_key)
        assert_still_waiting(pair.client)
    pair.client.approve_server_key(REAL.public_key)
    assert pair.client.next_event() == HandshakeComplete(REAL.public_key)
