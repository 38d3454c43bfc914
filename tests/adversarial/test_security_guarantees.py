"""Guarantees of ``docs/security.rst`` (and the stream docs) not held elsewhere.

Most promises that page makes have their tests next to the code they are
about (the list, guarantee by guarantee, is in the page itself).  These are
the ones that had none:

* what travels in the clear: none of the plaintext, the long-term public
  keys, the server's challenge or either signature;
* the two directions cannot be confused: a record reflected to its sender
  does not decrypt, even with its msg_id made right;
* a cancelled ``aclose`` still closes the transport.
"""

from __future__ import annotations

import pytest
import trio
import trio.testing
from helpers_core import (
    ConnectionPair,
    key_from,
)
from interposer import (
    handshake_both,
    ossuary_pair,
)
from wire_spec import (
    CH_CHALLENGE,
    CH_EPHEMERAL,
    CH_NONCE,
    CLIENT_HANDSHAKE,
    DATA,
    DISCONNECT_CLOSED,
    SERVER_HANDSHAKE,
    SH_EPHEMERAL,
    SH_NONCE,
    split_packets,
)

from trio_ossuary.sansio import DataReceived, SessionReset

CLIENT_KEY = key_from("guarantees client")
MARKER_TO_SERVER = b"the client's secret plaintext, 1"
MARKER_TO_CLIENT = b"the server's secret plaintext, 2"


def test_nothing_but_ephemeral_keys_and_nonces_travels_in_the_clear() -> None:
    """Confidentiality: security.rst says the data, the long-term public keys,
    the server's challenge and the signatures are all sent encrypted."""
    pair = ConnectionPair(
        client_key=CLIENT_KEY,
        require_client_auth=True,
    )
    pair.handshake()
    pair.client.send_data(MARKER_TO_SERVER)
    pair.server.send_data(MARKER_TO_CLIENT)
    pair.transfer(pair.client)
    pair.transfer(pair.server)
    assert pair.drain(pair.server) == [DataReceived(MARKER_TO_SERVER)]
    assert pair.drain(pair.client) == [DataReceived(MARKER_TO_CLIENT)]

    from_client = bytes(pair.transcript[True])
    from_server = bytes(pair.transcript[False])
    hello = next(p for p in split_packets(from_client) if p.type == CLIENT_HANDSHAKE)
    answer = next(p for p in split_packets(from_server) if p.type == SERVER_HANDSHAKE)
    client_ephemeral, client_nonce = hello.raw[CH_EPHEMERAL], hello.raw[CH_NONCE]
    client_challenge = hello.raw[CH_CHALLENGE]  # the one field the protocol sends clear
    server_ephemeral, server_nonce = answer.raw[SH_EPHEMERAL], answer.raw[SH_NONCE]
    assert pair.server_key is not None
    server_challenge = pair.server_random.draws[0]  # drawn first, as the reference
    # Ed25519 signatures are deterministic: these are the ones that were sent.
    server_signature = pair.server_key.sign(
        server_ephemeral + server_nonce + client_challenge
    )
    client_signature = CLIENT_KEY.sign(
        client_ephemeral + client_nonce + server_challenge
    )
    hidden = {
        "client plaintext": MARKER_TO_SERVER,
        "server plaintext": MARKER_TO_CLIENT,
        "client public key": bytes(CLIENT_KEY.public_key),
        "server public key": bytes(pair.server_key.public_key),
        "server challenge": server_challenge,
        "server signature": server_signature,
        "client signature": client_signature,
    }
    wire = from_client + from_server
    for what, value in hidden.items():
        assert value not in wire, f"the {what} is on the wire in the clear"
    assert [p.type for p in split_packets(from_client)][-1] == DATA


@pytest.mark.parametrize("sender", ["client", "server"])
def test_a_record_reflected_to_its_sender_does_not_decrypt(sender: str) -> None:
    """Packets of one direction do not decrypt as packets of the other, as
    each direction counts its nonces from its own random start."""
    pair = ConnectionPair()
    pair.handshake()
    conn = pair.client if sender == "client" else pair.server
    conn.send_record(b"reflected back to its sender")
    record = split_packets(conn.data_to_send())[0]
    # Give it the msg_id its sender expects next, so that only the
    # cryptography can catch it.
    expected_id = len(split_packets(bytes(pair.transcript[sender != "client"])))
    conn.receive_data(record.replace(msg_id=expected_id))
    outcomes = pair.drain(conn)
    assert len(outcomes) == 1, outcomes
    reset = outcomes[0]
    assert isinstance(reset, SessionReset)
    assert reset.initiated_locally
    assert "failed authentication" in reset.reason


async def test_a_cancelled_aclose_still_closes_the_transport() -> None:
    """The stream docs: "Even a cancelled aclose closes the transport"."""
    client_raw, server_raw = trio.testing.lockstep_stream_pair()
    client, server = ossuary_pair(client_raw, server_raw)
    await handshake_both(client, server)
    with trio.CancelScope() as scope:
        scope.cancel()  # before the Disconnect can be written
        await client.aclose()
    assert scope.cancelled_caught
    with pytest.raises(trio.ClosedResourceError):
        await client_raw.send_all(b"the transport is closed")
    # The peer sees the transport close, after at most the Disconnect.
    arrived = b""
    while chunk := await server_raw.receive_some():
        arrived += chunk
    assert DISCONNECT_CLOSED.startswith(arrived)
    with pytest.raises(trio.ClosedResourceError):
        await client.send_all(b"x")
    await server.aclose()
