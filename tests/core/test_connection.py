"""Behaviour of the sans-IO core, :class:`trio_ossuary.sansio.OssuaryConnection`.

Every path of the state machine: the handshake in each role and trust
configuration, records, resets, disconnects, timeouts, end of file and the
permanent failures.  Most tests drive a real client against a real server
through :class:`helpers_core.ConnectionPair`; packets that a correct peer
never sends are forged with :class:`helpers_core.ManualClient` and
:class:`helpers_core.ManualServer` or by editing a real packet's fields.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from helpers_core import (
    LIVE_STATES,
    ConnectionPair,
    ManualClient,
    ManualServer,
    Outcome,
    assert_no_key_material,
    key_from,
    pair_with_side_in,
    random_bytes,
    spoil_next_record,
)
from wire_spec import (
    CA_SEALED,
    CH_CHALLENGE,
    CH_EPHEMERAL,
    CH_NONCE,
    CLIENT_AUTHENTICATION,
    CLIENT_HANDSHAKE,
    CONTROL,
    DATA,
    DISCONNECT,
    DISCONNECT_CLOSED,
    DISCONNECT_ERROR,
    HEADER,
    MAX_BODY,
    MAX_PLAINTEXT,
    RESET,
    RESET_PACKET,
    SERVER_HANDSHAKE,
    SH_EPHEMERAL,
    SH_NONCE,
    SH_SEALED,
    SUB,
    Packet,
    flip,
    make_packet,
    packet_types,
    split_packets,
    x25519_public,
    x25519_shared,
)

from trio_ossuary import (
    AuthenticationError,
    ConnectionFailed,
    HandshakeTimeoutError,
    LocalProtocolError,
    OssuaryError,
    ProtocolVersionError,
    PublicKey,
    RemoteProtocolError,
    SecretKey,
    UntrustedServerError,
)
from trio_ossuary.sansio import (
    ANONYMOUS_CLIENT_KEY,
    NEED_DATA,
    ConnectionClosed,
    DataReceived,
    HandshakeComplete,
    NeedData,
    OssuaryConnection,
    SessionReset,
    State,
    UntrustedServer,
)

CLIENT_KEY = key_from("client")
OTHER_KEY = key_from("someone else")
BOTH_DIRECTIONS = pytest.mark.parametrize(
    "client_sends", [True, False], ids=["client-sends", "server-sends"]
)


def single(outcomes: list[Outcome]) -> Outcome:
    assert len(outcomes) == 1, outcomes
    return outcomes[0]


def expect_reset(outcomes: list[Outcome], *, local: bool, resets: int) -> SessionReset:
    event = single(outcomes)
    assert isinstance(event, SessionReset), outcomes
    assert event.initiated_locally is local
    assert event.resets == resets
    return event


def ephemeral_keys(stream: bytes) -> list[bytes]:
    """The X25519 public keys carried by the handshake packets in ``stream``."""
    return [
        p.raw[CH_EPHEMERAL]  # the same offset as SH_EPHEMERAL
        for p in split_packets(stream)
        if p.type in (CLIENT_HANDSHAKE, SERVER_HANDSHAKE)
    ]


def assert_round_trip(pair: ConnectionPair, payload: bytes = b"ping") -> None:
    """Data flows both ways, intact."""
    for sender in (pair.client, pair.server):
        pair.send(sender, payload)
        pair.transfer(sender)
        assert pair.drain(pair.peer(sender)) == [DataReceived(payload)]


def failed_with(conn: OssuaryConnection) -> OssuaryError:
    """Assert the connection has failed for good; return the original error."""
    assert conn.state is State.FAILED
    with pytest.raises(ConnectionFailed) as excinfo:
        conn.next_event()
    assert conn.failure is not None
    assert excinfo.value.__cause__ is conn.failure
    assert_no_key_material(excinfo.value)
    with pytest.raises(ConnectionFailed):
        conn.send_data(b"x")
    return conn.failure


def test_need_data_is_the_one_instance_of_its_type() -> None:
    assert NeedData() is NEED_DATA
    assert isinstance(NEED_DATA, NeedData)
    assert repr(NEED_DATA) == "NEED_DATA"
    assert pickle.loads(pickle.dumps(NEED_DATA)) is NEED_DATA


# -- the handshake ------------------------------------------------------------


@pytest.mark.parametrize("client_key", [None, CLIENT_KEY], ids=["anonymous", "keyed"])
def test_handshake_with_unauthenticated_server(client_key: SecretKey | None) -> None:
    pair = ConnectionPair(client_key=client_key)
    server_public = pair.server_key.public_key if pair.server_key else None
    assert pair.client.remote_public_key is None
    assert pair.client.local_public_key == (client_key and client_key.public_key)
    assert pair.server.local_public_key == server_public

    hello = pair.transfer(pair.client)
    assert [(p.type, p.msg_id, p.length) for p in split_packets(hello)] == [
        (CLIENT_HANDSHAKE, 0, 84)
    ]
    assert pair.drain(pair.server) == []
    assert pair.server.state is State.AWAIT_CLIENT_AUTHENTICATION
    answer = pair.transfer(pair.server)
    assert [(p.type, p.msg_id, p.length) for p in split_packets(answer)] == [
        (SERVER_HANDSHAKE, 0, 200)
    ]
    assert pair.drain(pair.client) == [HandshakeComplete(server_public)]
    assert pair.client.handshake_complete
    auth = pair.transfer(pair.client)
    assert [(p.type, p.msg_id, p.length) for p in split_packets(auth)] == [
        (CLIENT_AUTHENTICATION, 1, 124)
    ]
    # An unauthenticated server reports a client key only when it is proven.
    proven = None if client_key is None else client_key.public_key
    assert pair.drain(pair.server) == [HandshakeComplete(proven)]
    assert pair.client.remote_public_key == server_public
    assert pair.server.remote_public_key == proven
    assert pair.client.resets == pair.server.resets == 0
    assert pair.client.wait_deadline is None
    assert pair.server.wait_deadline is None
    assert_round_trip(pair)


def test_mutual_authentication() -> None:
    pair = ConnectionPair(client_key=CLIENT_KEY, require_client_auth=True)
    exchange = pair.handshake()
    assert pair.server_key is not None
    assert exchange.client == [HandshakeComplete(pair.server_key.public_key)]
    assert exchange.server == [HandshakeComplete(CLIENT_KEY.public_key)]
    assert pair.server.remote_public_key == CLIENT_KEY.public_key
    assert pair.client.remote_public_key == pair.server_key.public_key
    assert_round_trip(pair, b"mutually authenticated")


def test_mutual_authentication_accepts_raw_key_bytes() -> None:
    server_key = key_from("raw server")
    client = OssuaryConnection(
        secret_key=CLIENT_KEY.secret_bytes(),
        authorized_keys=[bytes(server_key.public_key)],
        random_bytes=random_bytes("raw client"),
    )
    server = OssuaryConnection(
        server_side=True,
        secret_key=server_key.secret_bytes(),
        authorized_keys=[bytes(CLIENT_KEY.public_key)],
        require_client_auth=True,
        random_bytes=random_bytes("raw server"),
    )
    server.receive_data(client.data_to_send())
    assert server.next_event() is NEED_DATA
    client.receive_data(server.data_to_send())
    assert client.next_event() == HandshakeComplete(server_key.public_key)
    server.receive_data(client.data_to_send())
    assert server.next_event() == HandshakeComplete(CLIENT_KEY.public_key)


def refused_by_server(pair: ConnectionPair, error: type[OssuaryError]) -> str:
    """Run the handshake to the server's refusal; check both sides fail."""
    pair.transfer(pair.client)
    pair.drain(pair.server)
    pair.transfer(pair.server)
    assert pair.drain(pair.client) == [HandshakeComplete(pair.client.remote_public_key)]
    # The client counts itself established: the server sends no confirmation.
    assert pair.client.handshake_complete
    pair.transfer(pair.client)
    refusal = single(pair.drain(pair.server))
    assert type(refusal) is error
    assert pair.server.data_to_send() == DISCONNECT_ERROR
    assert failed_with(pair.server) is refusal
    assert pair.server.remote_public_key is None
    # The client learns of it through the Disconnect(error).
    pair.client.receive_data(DISCONNECT_ERROR)
    assert isinstance(single(pair.drain(pair.client)), ConnectionFailed)
    assert pair.client.data_to_send() == DISCONNECT_ERROR
    failed_with(pair.client)
    return str(refusal)


def test_server_requiring_auth_refuses_anonymous_client() -> None:
    pair = ConnectionPair(
        require_client_auth=True, authorized_clients=[OTHER_KEY.public_key]
    )
    message = refused_by_server(pair, AuthenticationError)
    assert "anonymous" in message


def test_server_refuses_unauthorized_client_key() -> None:
    pair = ConnectionPair(
        client_key=CLIENT_KEY,
        require_client_auth=True,
        authorized_clients=[OTHER_KEY.public_key],
    )
    message = refused_by_server(pair, AuthenticationError)
    assert "not authorized" in message
    assert CLIENT_KEY.public_key.fingerprint() in message


def forged_client_authentication(
    variant: str,
) -> tuple[OssuaryConnection, bytes]:
    """A real server requiring auth, and a forged ClientAuthentication for it."""
    server = OssuaryConnection(
        server_side=True,
        secret_key=key_from("strict server"),
        authorized_keys=[CLIENT_KEY.public_key],
        require_client_auth=True,
        random_bytes=random_bytes("strict server"),
    )
    forger = ManualClient(key=CLIENT_KEY)
    server.receive_data(forger.client_handshake())
    assert server.next_event() is NEED_DATA
    forger.accept_server_handshake(server.data_to_send())
    good = CLIENT_KEY.sign(forger.signed_message())
    public = bytes(CLIENT_KEY.public_key)
    fields = {
        "valid": (public, good),
        "signature-by-other-key": (public, OTHER_KEY.sign(forger.signed_message())),
        "signature-over-wrong-message": (public, CLIENT_KEY.sign(b"not the one")),
        "tampered-signature": (public, flip(good, 10)),
        "zero-signature": (public, bytes(64)),
        "zero-key": (bytes(32), good),
        "key-swapped": (bytes(OTHER_KEY.public_key), good),
        "key-not-a-point": (b"\xff" * 32, good),
    }[variant]
    return server, forger.client_authentication(public=fields[0], signature=fields[1])


def test_forged_valid_client_authentication_is_accepted() -> None:
    # The hand-written client is a faithful peer: the same code path with
    # honest values is accepted, so the refusals below are about the values.
    server, packet = forged_client_authentication("valid")
    server.receive_data(packet)
    assert server.next_event() == HandshakeComplete(CLIENT_KEY.public_key)


@pytest.mark.parametrize(
    "variant",
    [
        "signature-by-other-key",
        "signature-over-wrong-message",
        "tampered-signature",
        "zero-signature",
        "zero-key",
        "key-swapped",
        "key-not-a-point",
    ],
)
def test_bad_client_signature_fails_permanently(variant: str) -> None:
    server, packet = forged_client_authentication(variant)
    server.receive_data(packet)
    with pytest.raises(AuthenticationError) as excinfo:
        server.next_event()
    assert not isinstance(excinfo.value, UntrustedServerError)
    assert server.data_to_send() == DISCONNECT_ERROR
    assert failed_with(server) is excinfo.value
    assert server.remote_public_key is None


@pytest.mark.parametrize("variant", ["tampered-signature", "zero-signature"])
def test_unauthenticated_server_ignores_an_unproven_client_key(variant: str) -> None:
    server = OssuaryConnection(
        server_side=True,
        secret_key=key_from("lenient server"),
        random_bytes=random_bytes("lenient server"),
    )
    forger = ManualClient(key=CLIENT_KEY)
    server.receive_data(forger.client_handshake())
    assert server.next_event() is NEED_DATA
    forger.accept_server_handshake(server.data_to_send())
    good = CLIENT_KEY.sign(forger.signed_message())
    signature = flip(good, 3) if variant == "tampered-signature" else bytes(64)
    server.receive_data(
        forger.client_authentication(
            public=bytes(CLIENT_KEY.public_key), signature=signature
        )
    )
    # Nothing is enforced, but a key is never reported without proof.
    assert server.next_event() == HandshakeComplete(None)
    assert server.remote_public_key is None
    server.receive_data(forger.data(b"hello"))
    assert server.next_event() == DataReceived(b"hello")
    server.send_data(b"welcome")
    assert forger.open(server.data_to_send()) == [b"welcome"]


def client_against_manual_server(
    **forged: bytes | int,
) -> tuple[OssuaryConnection, ManualServer]:
    server_key = key_from("manual server")
    client = OssuaryConnection(
        authorized_keys=[server_key.public_key],
        random_bytes=random_bytes("client vs manual"),
    )
    server = ManualServer(server_key)
    answer = server.server_handshake(client.data_to_send(), **forged)  # type: ignore[arg-type]
    client.receive_data(answer)
    return client, server


def test_manual_server_is_a_faithful_peer() -> None:
    client, server = client_against_manual_server()
    assert client.next_event() == HandshakeComplete(server.key.public_key)
    auth = split_packets(client.data_to_send())
    assert [(p.type, p.msg_id) for p in auth] == [(CLIENT_AUTHENTICATION, 1)]
    # The anonymous client's identity: the identity point and no signature.
    assert server.aead is not None
    plain = server.aead.decrypt(server.client_nonce, auth[0].raw[CA_SEALED], None)
    assert plain == ANONYMOUS_CLIENT_KEY + bytes(64)
    client.send_data(b"to the manual server")
    server.recv_nonce = int.from_bytes(server.client_nonce, "big") + 1
    assert server.open(client.data_to_send()) == [b"to the manual server"]
    client.receive_data(server.data(b"from the manual server"))
    assert client.next_event() == DataReceived(b"from the manual server")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("public", bytes(32)),
        ("challenge", bytes(32)),
        ("signature", bytes(64)),
        ("signature", b"\x01" * 64),
        ("public", bytes(key_from("impostor").public_key)),
    ],
    ids=["zero-key", "zero-challenge", "zero-signature", "bad-signature", "impostor"],
)
def test_server_with_zero_or_bad_fields_fails_client(field: str, value: bytes) -> None:
    client, _ = client_against_manual_server(**{field: value})
    with pytest.raises(AuthenticationError) as excinfo:
        client.next_event()
    assert not isinstance(excinfo.value, UntrustedServerError)
    assert client.data_to_send() == DISCONNECT_ERROR
    assert failed_with(client) is excinfo.value
    assert client.remote_public_key is None


# -- trust on first use ----------------------------------------------------------


def paused_for_trust(**options: bool) -> tuple[ConnectionPair, PublicKey]:
    pair = ConnectionPair(trust_server=False, **options)  # type: ignore[arg-type]
    exchange = pair.pump(approve=None)
    event = single(exchange.client)
    assert isinstance(event, UntrustedServer)
    assert exchange.server == []
    assert pair.client.state is State.AWAIT_TRUST
    assert pair.client.bytes_to_send == 0  # no ClientAuthentication yet
    assert pair.client.remote_public_key is None
    assert pair.client.untrusted_server_key == event.public_key
    assert pair.client.wait_deadline is None  # the application takes its time
    assert pair.client.next_event() is NEED_DATA
    return pair, event.public_key


def test_untrusted_server_approved() -> None:
    pair, key = paused_for_trust()
    assert pair.server_key is not None
    assert key == pair.server_key.public_key
    pair.client.approve_server_key(key)
    assert pair.client.untrusted_server_key is None
    assert pair.client.next_event() == HandshakeComplete(key)
    assert pair.client.remote_public_key == key
    assert packet_types(pair.transfer(pair.client)) == [CLIENT_AUTHENTICATION]
    assert pair.drain(pair.server) == [HandshakeComplete(None)]
    assert_round_trip(pair)
    # The key stays trusted for the connection's life: a re-handshake after a
    # reset completes without asking again.
    expect_reset(spoil_next_record(pair, pair.server), local=True, resets=1)
    exchange = pair.pump(approve=None)
    assert [type(e) for e in exchange.server] == [SessionReset, HandshakeComplete]
    assert exchange.client == [HandshakeComplete(key)]
    assert_round_trip(pair)


def test_untrusted_server_rejected() -> None:
    pair, key = paused_for_trust()
    pair.client.reject_server_key(key)
    assert pair.client.untrusted_server_key is None
    assert pair.client.data_to_send() == DISCONNECT_ERROR
    failure = failed_with(pair.client)
    assert isinstance(failure, UntrustedServerError)
    assert failure.public_key == key
    assert key.fingerprint() in str(failure)
    with pytest.raises(LocalProtocolError):
        pair.client.approve_server_key(key)
    pair.server.receive_data(DISCONNECT_ERROR)
    assert isinstance(single(pair.drain(pair.server)), ConnectionFailed)


def test_keyless_server_is_trusted_on_first_use() -> None:
    pair, key = paused_for_trust(keyless_server=True)
    assert key == pair.server.local_public_key
    pair.client.approve_server_key(key)
    assert pair.client.next_event() == HandshakeComplete(key)


def test_slow_trust_decision_loses_to_server_timeout() -> None:
    pair, key = paused_for_trust()
    pair.clock.advance(4.0)
    expect_reset(pair.drain(pair.server), local=True, resets=1)
    pair.transfer(pair.server)
    expect_reset(pair.drain(pair.client), local=False, resets=1)
    assert pair.client.state is State.AWAIT_SERVER_HANDSHAKE
    with pytest.raises(LocalProtocolError):
        pair.client.approve_server_key(key)
    # The handshake starts over and asks again.
    exchange = pair.pump(approve=True)
    assert [type(e) for e in exchange.client] == [UntrustedServer, HandshakeComplete]
    assert pair.server.handshake_complete


def test_approve_or_reject_with_nothing_pending() -> None:
    pair = ConnectionPair()
    assert pair.server_key is not None
    key = pair.server_key.public_key
    for call in (pair.client.approve_server_key, pair.client.reject_server_key):
        with pytest.raises(LocalProtocolError):
            call(key)  # before the ServerHandshake
    pair.handshake()
    for conn in (pair.client, pair.server):
        for call in (conn.approve_server_key, conn.reject_server_key):
            with pytest.raises(LocalProtocolError):
                call(key)
    tofu, key = paused_for_trust()
    tofu.client.approve_server_key(key)
    with pytest.raises(LocalProtocolError):
        tofu.client.approve_server_key(key)  # already decided
    with pytest.raises(LocalProtocolError):
        tofu.client.reject_server_key(key)
    assert tofu.client.next_event() == HandshakeComplete(tofu.client.remote_public_key)


# -- randomness ----------------------------------------------------------------


def test_randomness_is_drawn_in_the_reference_order() -> None:
    pair = ConnectionPair(keyless_server=True, trust_server=False)
    client_draws = pair.client_random.draws
    server_draws = pair.server_random.draws
    assert pair.client_random.sizes == [32, 32, 12]  # challenge, ephemeral, nonce
    # A server without a key draws one after its challenge and session.
    assert pair.server_random.sizes == [32, 32, 12, 32]
    generated = SecretKey.from_bytes(server_draws[3]).public_key
    assert pair.server.local_public_key == generated

    hello = split_packets(pair.transfer(pair.client))[0]
    assert hello.raw[CH_EPHEMERAL] == x25519_public(client_draws[1])
    assert hello.raw[CH_NONCE] == client_draws[2]
    assert hello.raw[CH_CHALLENGE] == client_draws[0]
    pair.drain(pair.server)
    answer = split_packets(pair.transfer(pair.server))[0]
    assert answer.raw[SH_EPHEMERAL] == x25519_public(server_draws[1])
    assert answer.raw[SH_NONCE] == server_draws[2]
    shared = x25519_shared(client_draws[1], answer.raw[SH_EPHEMERAL])
    plain = ChaCha20Poly1305(shared).decrypt(
        server_draws[2], answer.raw[SH_SEALED], None
    )
    assert plain[:32] == bytes(generated)
    assert plain[32:64] == server_draws[0]
    assert generated.verify(
        plain[64:], answer.raw[SH_EPHEMERAL] + server_draws[2] + client_draws[0]
    )
    event = single(pair.drain(pair.client))
    assert event == UntrustedServer(generated)

    # A reset draws a new session (ephemeral, then nonce), not a challenge.
    pair.client.receive_data(RESET_PACKET)
    expect_reset(pair.drain(pair.client), local=False, resets=1)
    assert pair.client_random.sizes == [32, 32, 12, 32, 12]
    again = split_packets(pair.client.data_to_send())[1]
    assert again.raw[CH_EPHEMERAL] == x25519_public(client_draws[3])
    assert again.raw[CH_NONCE] == client_draws[4]
    assert again.raw[CH_CHALLENGE] == client_draws[0]


def test_short_random_bytes_is_refused() -> None:
    with pytest.raises(TypeError, match="random_bytes"):
        OssuaryConnection(random_bytes=lambda n: bytes(n - 1))


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"max_resets": 0}, "max_resets"),
        ({"handshake_timeout": 0}, "handshake_timeout"),
        ({"handshake_timeout": -1.0}, "handshake_timeout"),
        ({"require_client_auth": True}, "require_client_auth"),
        ({"secret_key": b"short"}, "32 bytes"),
        ({"authorized_keys": [b"short"]}, "32 bytes"),
    ],
)
def test_impossible_options(options: dict[str, object], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        OssuaryConnection(**options)  # type: ignore[arg-type]


# -- records ---------------------------------------------------------------------


@BOTH_DIRECTIONS
@pytest.mark.parametrize("size", [1, 16383, 16384, 16385, 3 * 16384 + 7])
def test_send_data_splits_into_records(client_sends: bool, size: int) -> None:
    pair = ConnectionPair()
    pair.handshake()
    sender = pair.side(client_sends)
    payload = bytes(i % 251 for i in range(size))
    pair.send(sender, payload)
    packets = split_packets(pair.transfer(sender))
    sizes = [len(p.body) - 20 for p in packets]
    assert sizes == [MAX_PLAINTEXT] * (size // MAX_PLAINTEXT) + (
        [size % MAX_PLAINTEXT] if size % MAX_PLAINTEXT else []
    )
    first_id = 2 if client_sends else 1
    assert [p.msg_id for p in packets] == list(range(first_id, first_id + len(packets)))
    assert all(p.type == DATA and p.length <= MAX_BODY for p in packets)
    # Several records that arrive together are delivered as one event.
    assert pair.drain(pair.peer(sender)) == [DataReceived(payload)]


@BOTH_DIRECTIONS
def test_send_accepts_any_bytes_like(client_sends: bool) -> None:
    pair = ConnectionPair()
    pair.handshake()
    sender = pair.side(client_sends)
    sender.send_data(bytearray(b"array "))
    sender.send_data(memoryview(b"view "))
    sender.send_record(memoryview(b"record"))
    pair.transfer(sender)
    assert pair.drain(pair.peer(sender)) == [DataReceived(b"array view record")]


@BOTH_DIRECTIONS
def test_empty_send_data_sends_nothing(client_sends: bool) -> None:
    pair = ConnectionPair()
    pair.handshake()
    sender = pair.side(client_sends)
    sender.send_data(b"")
    assert sender.bytes_to_send == 0
    assert sender.data_to_send() == b""


@BOTH_DIRECTIONS
def test_empty_record_is_accepted_and_delivers_nothing(client_sends: bool) -> None:
    pair = ConnectionPair()
    pair.handshake()
    sender = pair.side(client_sends)
    receiver = pair.peer(sender)
    sender.send_record(b"")
    wire = pair.transfer(sender)
    assert len(wire) == 28
    assert HEADER.unpack(wire[:8])[2] == DATA
    assert SUB.unpack(wire[8:12]) == (0, 16)
    assert pair.drain(receiver) == []
    # Not an end of file: the connection carries on, and the empty record used
    # up a msg_id and a nonce on both sides.
    assert receiver.state is State.ESTABLISHED
    pair.send(sender, b"after the empty record")
    packet = split_packets(pair.transfer(sender))[0]
    assert packet.msg_id == (3 if client_sends else 2)
    assert pair.drain(receiver) == [DataReceived(b"after the empty record")]


@BOTH_DIRECTIONS
def test_send_record_limits(client_sends: bool) -> None:
    pair = ConnectionPair()
    pair.handshake()
    sender = pair.side(client_sends)
    with pytest.raises(ValueError, match="16384"):  # a bad argument
        sender.send_record(bytes(MAX_PLAINTEXT + 1))
    assert sender.bytes_to_send == 0
    sender.send_record(bytes(MAX_PLAINTEXT))
    assert sender.bytes_to_send == 8 + MAX_BODY
    pair.transfer(sender)
    assert pair.drain(pair.peer(sender)) == [DataReceived(bytes(MAX_PLAINTEXT))]


def test_send_before_handshake_is_a_local_error() -> None:
    pair, _ = paused_for_trust()
    for conn in (pair.client, pair.server):  # AWAIT_TRUST / AWAIT_CLIENT_AUTH
        for send in (conn.send_data, conn.send_record):
            with pytest.raises(LocalProtocolError, match="handshake"):
                send(b"too early")
    fresh = ConnectionPair()
    for conn in (fresh.client, fresh.server):
        with pytest.raises(LocalProtocolError, match="handshake"):
            conn.send_data(b"too early")
        with pytest.raises(LocalProtocolError):
            conn.send_data(b"")  # even nothing, before the handshake


@BOTH_DIRECTIONS
def test_many_records_coalesce_into_one_event(client_sends: bool) -> None:
    pair = ConnectionPair()
    pair.handshake()
    sender = pair.side(client_sends)
    pieces = [f"<record {i}>".encode() for i in range(200)]
    for piece in pieces:
        sender.send_record(piece)
        sender.send_record(b"")
    pair.transfer(sender)
    assert pair.drain(pair.peer(sender)) == [DataReceived(b"".join(pieces))]


@BOTH_DIRECTIONS
def test_bad_mac_after_good_records_delivers_good_data_first(
    client_sends: bool,
) -> None:
    pair = ConnectionPair()
    pair.handshake()
    sender = pair.side(client_sends)
    receiver = pair.peer(sender)
    for piece in (b"one ", b"two ", b"three"):
        sender.send_record(piece)
    good = sender.data_to_send()
    sender.send_record(b"four")
    bad = split_packets(sender.data_to_send())[0]
    sender.send_record(b"five")
    after = sender.data_to_send()
    receiver.receive_data(good + bad.replace(body=flip(bad.body, 5)) + after)
    assert receiver.next_event() == DataReceived(b"one two three")
    reset = receiver.next_event()
    assert isinstance(reset, SessionReset)
    assert reset.initiated_locally
    assert "MAC" in reset.reason
    assert receiver.data_to_send() == RESET_PACKET
    assert receiver.next_event() is NEED_DATA  # "five" was thrown away
    assert receiver.buffered_input == 0


# -- resets ---------------------------------------------------------------------


def _bad_mac(p: Packet) -> bytes:
    return p.replace(body=flip(p.body, len(p.body) - 1))


def _control_of_wrong_size(p: Packet) -> bytes:
    return make_packet(RESET, CONTROL.pack(4, 1, 0) + b"\0")


#: Ways to spoil a Data packet; each must reset the receiver's session.
FAULTS: dict[str, Callable[[Packet], bytes]] = {
    "bad-mac": _bad_mac,
    "bad-mac-in-length-field": lambda p: p.replace(
        body=SUB.pack(len(p.body) - 20, 16) + flip(p.body[4:], 0)
    ),
    "msg-id-gap": lambda p: p.replace(msg_id=p.msg_id + 1),
    "msg-id-repeat": lambda p: p.replace(msg_id=p.msg_id - 1),
    "unexpected-client-handshake": lambda p: p.replace(type=CLIENT_HANDSHAKE),
    "unexpected-server-handshake": lambda p: p.replace(type=SERVER_HANDSHAKE),
    "unexpected-client-auth": lambda p: p.replace(type=CLIENT_AUTHENTICATION),
    "unknown-type": lambda p: p.replace(type=0x42),
    "data-len-too-big": lambda p: p.replace(
        body=SUB.pack(len(p.body) - 19, 16) + p.body[4:]
    ),
    "data-len-too-small": lambda p: p.replace(
        body=SUB.pack(len(p.body) - 21, 16) + p.body[4:]
    ),
    "tag-len-not-16": lambda p: p.replace(
        body=SUB.pack(len(p.body) - 21, 17) + p.body[4:]
    ),
    "body-shorter-than-tag": lambda p: make_packet(
        DATA, SUB.pack(0, 16) + bytes(8), msg_id=p.msg_id
    ),
    "header-length-short": lambda p: make_packet(DATA, p.body[:-1], msg_id=p.msg_id),
    "control-packet-of-wrong-size": _control_of_wrong_size,
}


@BOTH_DIRECTIONS
@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_fault_resets_and_rekeys(client_sends: bool, fault: str) -> None:
    pair = ConnectionPair(seed=fault)
    pair.handshake()
    old_keys = ephemeral_keys(bytes(pair.transcript[True] + pair.transcript[False]))
    sender = pair.side(client_sends)
    detector = pair.peer(sender)

    pair.send(sender, b"delivered before the fault")
    pair.transfer(sender)
    assert pair.drain(detector) == [DataReceived(b"delivered before the fault")]
    sender.send_data(b"spoiled")
    spoiled = FAULTS[fault](split_packets(sender.data_to_send())[0])
    detector.receive_data(spoiled)
    expect_reset(pair.drain(detector), local=True, resets=1)
    assert detector.state is State.AWAIT_RESET
    assert detector.handshake_complete is False
    assert detector.remote_public_key is None
    with pytest.raises(LocalProtocolError):
        detector.send_data(b"not now")
    reset = pair.transfer(detector)
    assert reset == RESET_PACKET  # msg_id 0, real length, error flag set

    expect_reset(pair.drain(sender), local=False, resets=1)
    reply = sender.data_to_send()
    assert reply[: len(RESET_PACKET)] == RESET_PACKET
    # A client answers with its Reset and a new ClientHandshake at once.
    assert [(p.type, p.msg_id) for p in split_packets(reply)[1:]] == (
        [(CLIENT_HANDSHAKE, 0)] if sender is pair.client else []
    )
    detector.receive_data(reply)
    pair.transcript[sender is pair.client] += reply
    assert pair.drain(detector) == []

    exchange = pair.pump()
    assert exchange.client == [HandshakeComplete(pair.client.remote_public_key)]
    assert [type(e) for e in exchange.server] == [HandshakeComplete]
    # Both sides used new ephemeral keys for the second handshake.
    client_keys = ephemeral_keys(bytes(pair.transcript[True]))
    server_keys = ephemeral_keys(bytes(pair.transcript[False]))
    assert len(client_keys) == len(server_keys) == 2
    assert len(set(client_keys + server_keys)) == 4
    assert set(old_keys) == {client_keys[0], server_keys[0]}
    assert pair.client.resets == pair.server.resets == 1
    assert_round_trip(pair, b"after the rekey")


def test_reset_reply_carries_the_peer_straight_into_the_new_handshake() -> None:
    # The client detects; the server answers and then waits for the new
    # ClientHandshake, which the client sends on receiving that answer.
    pair = ConnectionPair()
    pair.handshake()
    expect_reset(spoil_next_record(pair, pair.server), local=True, resets=1)
    pair.transfer(pair.client)
    expect_reset(pair.drain(pair.server), local=False, resets=1)
    assert pair.server.state is State.AWAIT_CLIENT_HANDSHAKE
    assert pair.transfer(pair.server) == RESET_PACKET
    assert pair.drain(pair.client) == []
    assert pair.client.state is State.AWAIT_SERVER_HANDSHAKE
    hello = split_packets(pair.client.data_to_send())
    assert [(p.type, p.msg_id) for p in hello] == [(CLIENT_HANDSHAKE, 0)]


def _first(data: bytes) -> Packet:
    return split_packets(data)[0]


def _spoil(data: bytes, index: int) -> bytes:
    packet = _first(data)
    return packet.replace(body=flip(packet.body, index))


#: Malformed first packets a server may receive.
FIRST_TO_SERVER: dict[str, Callable[[ManualClient], bytes]] = {
    "client-handshake-inner-len": lambda c: c.client_handshake(inner_len=83),
    "client-handshake-msg-id-gap": lambda c: _first(c.client_handshake()).replace(
        msg_id=1
    ),
    "client-handshake-low-order-key": lambda c: c.client_handshake(
        ephemeral_public=bytes(32)
    ),
    "client-handshake-body-len": lambda c: make_packet(
        CLIENT_HANDSHAKE, _first(c.client_handshake()).body[:-1]
    ),
    "client-auth-first": lambda c: make_packet(CLIENT_AUTHENTICATION, bytes(124)),
    "data-first": lambda c: make_packet(DATA, SUB.pack(0, 16) + bytes(16)),
}

#: Malformed packets a server may receive after answering a ClientHandshake.
TO_SERVER: dict[str, Callable[[ManualClient], bytes]] = {
    "client-auth-inner-len": lambda c: c.client_authentication(inner_len=100),
    "client-auth-data-len": lambda c: c.client_authentication(data_len=95),
    "client-auth-tag-len": lambda c: c.client_authentication(tag_len=15),
    "client-auth-bad-mac": lambda c: _spoil(c.client_authentication(), 30),
    "client-auth-msg-id-gap": lambda c: _first(c.client_authentication()).replace(
        msg_id=2
    ),
    "client-auth-body-len": lambda c: make_packet(
        CLIENT_AUTHENTICATION, _first(c.client_authentication()).body + b"\0", msg_id=1
    ),
    "data-instead-of-client-auth": lambda c: c.data(b"too early"),
    "second-client-handshake": lambda c: c.client_handshake(),
}


def _low_order_server_key(server: ManualServer, hello: bytes) -> bytes:
    body = _first(server.server_handshake(hello)).body
    return make_packet(SERVER_HANDSHAKE, body[:8] + bytes(32) + body[40:])


def _data_first(server: ManualServer, hello: bytes) -> bytes:
    server.server_handshake(hello)  # only to agree on a key
    return server.data(b"too early", msg_id=0)


#: Malformed answers a client may receive to its ClientHandshake.
TO_CLIENT: dict[str, Callable[[ManualServer, bytes], bytes]] = {
    "server-handshake-inner-len": lambda s, h: s.server_handshake(h, inner_len=199),
    "server-handshake-data-len": lambda s, h: s.server_handshake(h, data_len=127),
    "server-handshake-bad-mac": lambda s, h: _spoil(s.server_handshake(h), 100),
    "server-handshake-msg-id-gap": lambda s, h: _first(s.server_handshake(h)).replace(
        msg_id=1
    ),
    "server-handshake-body-len": lambda s, h: make_packet(
        SERVER_HANDSHAKE, _first(s.server_handshake(h)).body + b"\0"
    ),
    "server-handshake-low-order-key": _low_order_server_key,
    "client-handshake-to-client": lambda s, h: h,
    "data-instead-of-server-handshake": _data_first,
}


def assert_local_reset(conn: OssuaryConnection) -> None:
    event = conn.next_event()
    assert isinstance(event, SessionReset), event
    assert event.initiated_locally
    assert event.resets == 1
    assert conn.state is State.AWAIT_RESET
    assert conn.data_to_send() == RESET_PACKET
    assert conn.buffered_input == 0


def plain_server(label: str) -> OssuaryConnection:
    return OssuaryConnection(
        server_side=True,
        secret_key=key_from("server"),
        random_bytes=random_bytes(label),
    )


@pytest.mark.parametrize("case", sorted(FIRST_TO_SERVER))
def test_malformed_first_packet_resets_server(case: str) -> None:
    server = plain_server(case)
    server.receive_data(FIRST_TO_SERVER[case](ManualClient()))
    assert_local_reset(server)


@pytest.mark.parametrize("case", sorted(TO_SERVER))
def test_malformed_client_authentication_resets_server(case: str) -> None:
    server = plain_server(case)
    forger = ManualClient()
    server.receive_data(forger.client_handshake())
    assert server.next_event() is NEED_DATA
    forger.accept_server_handshake(server.data_to_send())
    server.receive_data(TO_SERVER[case](forger))
    assert_local_reset(server)


@pytest.mark.parametrize("case", sorted(TO_CLIENT))
def test_malformed_server_handshake_resets_client(case: str) -> None:
    server_key = key_from("server")
    client = OssuaryConnection(
        authorized_keys=[server_key.public_key], random_bytes=random_bytes(case)
    )
    client.receive_data(
        TO_CLIENT[case](ManualServer(server_key), client.data_to_send())
    )
    assert_local_reset(client)


@BOTH_DIRECTIONS
def test_packets_are_dropped_while_awaiting_reset(client_sends: bool) -> None:
    pair = ConnectionPair()
    pair.handshake()
    sender = pair.side(client_sends)
    detector = pair.peer(sender)
    expect_reset(spoil_next_record(pair, sender), local=True, resets=1)
    reset = detector.data_to_send()
    # Whatever the peer sent before it saw our Reset is thrown away, and so
    # is junk, including a control packet of the wrong size.
    pair.send(sender, b"in flight when the reset happened")
    junk = (
        sender.data_to_send()
        + make_packet(0x42, b"unknown type", msg_id=7)
        + make_packet(CLIENT_HANDSHAKE, bytes(84), msg_id=0)
        + make_packet(RESET, bytes(7))
        + make_packet(DISCONNECT, bytes(3))
        + make_packet(DATA, bytes(100), msg_id=12345)
    )
    detector.receive_data(junk)
    assert pair.drain(detector) == []
    assert detector.state is State.AWAIT_RESET
    assert detector.buffered_input == 0
    assert detector.data_to_send() == b""
    # An oversized header cannot be framed; while waiting it is dropped too.
    detector.receive_data(HEADER.pack(MAX_BODY + 1, 0, DATA, 0) + b"leftovers")
    assert pair.drain(detector) == []
    assert detector.state is State.AWAIT_RESET
    sender.receive_data(reset)
    expect_reset(pair.drain(sender), local=False, resets=1)
    pair.handshake()
    assert_round_trip(pair, b"recovered")


LIVE = pytest.mark.parametrize(
    "state", sorted(LIVE_STATES, key=str), ids=lambda s: s.name.lower()
)


@LIVE
def test_reset_from_peer_in_every_state(state: State) -> None:
    pair, conn = pair_with_side_in(state)
    assert conn.state is state
    conn.data_to_send()
    before = conn.resets
    # The msg_id of a Reset is not checked, and its inner length is garbage
    # in the reference's packets.
    conn.receive_data(make_packet(RESET, CONTROL.pack(0xBEEF, 1, 0), msg_id=999))
    outcomes = pair.drain(conn)
    initial = (
        State.AWAIT_CLIENT_HANDSHAKE
        if conn.server_side
        else (State.AWAIT_SERVER_HANDSHAKE)
    )
    assert conn.state is initial
    out = conn.data_to_send()
    if state is State.AWAIT_RESET:
        # The answer we were waiting for: the reset completes quietly.
        assert outcomes == []
        assert conn.resets == before
        assert packet_types(out) == [CLIENT_HANDSHAKE]
    elif state is State.AWAIT_CLIENT_HANDSHAKE:
        # No session yet, and no honest client sends a Reset here: dropped
        # (tests/core/test_forged_reset.py).
        assert outcomes == []
        assert conn.resets == before
        assert out == b""
    else:
        expect_reset(outcomes, local=False, resets=before + 1)
        assert out.startswith(RESET_PACKET)
        expected = [CLIENT_HANDSHAKE] if not conn.server_side else []
        assert packet_types(out[len(RESET_PACKET) :]) == expected
    assert conn.remote_public_key is None


def cross_damaged_records(pair: ConnectionPair) -> tuple[bytes, bytes]:
    """Both sides send a record and both records are damaged in transit."""
    damaged = []
    for conn in (pair.client, pair.server):
        conn.send_record(b"damaged in transit")
        packet = split_packets(conn.data_to_send())[0]
        damaged.append(packet.replace(body=flip(packet.body, 4)))
    return damaged[0], damaged[1]


def test_resets_that_cross_complete_each_other() -> None:
    # Both sides detect a fault at once; each one's Reset is the answer the
    # other waits for, so one reset each suffices.
    pair = ConnectionPair()
    pair.handshake()
    to_server, to_client = cross_damaged_records(pair)
    pair.server.receive_data(to_server)
    expect_reset(pair.drain(pair.server), local=True, resets=1)
    pair.client.receive_data(to_client)
    expect_reset(pair.drain(pair.client), local=True, resets=1)
    exchange = pair.pump()
    assert [type(e) for e in exchange.client] == [HandshakeComplete]
    assert [type(e) for e in exchange.server] == [HandshakeComplete]
    assert pair.client.resets == pair.server.resets == 1
    assert_round_trip(pair)


def test_crossing_reset_read_with_the_fault_still_recovers() -> None:
    # As above, but the server reads the client's Reset in the same read as
    # its own damaged record.
    pair = ConnectionPair()
    pair.handshake()
    to_server, to_client = cross_damaged_records(pair)
    pair.client.receive_data(to_client)
    expect_reset(pair.drain(pair.client), local=True, resets=1)
    pair.server.receive_data(to_server + pair.client.data_to_send())
    expect_reset(pair.drain(pair.server)[:1], local=True, resets=1)
    for _ in range(4):
        exchange = pair.pump()
        if pair.client.handshake_complete and pair.server.handshake_complete:
            break
        deadlines = [
            d for d in (pair.client.wait_deadline, pair.server.wait_deadline) if d
        ]
        pair.clock.now = min(deadlines)
        for conn in (pair.client, pair.server):
            for outcome in pair.drain(conn):
                assert isinstance(outcome, SessionReset)
    assert pair.client.handshake_complete
    assert pair.server.handshake_complete
    assert exchange.client[-1:] == [HandshakeComplete(pair.client.remote_public_key)]
    # The Reset read together with the damaged record is kept, so the
    # crossing resets complete each other: one reset each, no wait.
    assert pair.client.resets == pair.server.resets == 1
    assert_round_trip(pair)


def test_unsolicited_reset_settles_and_every_reset_is_reported() -> None:
    # A Reset the peer did not ask for (a duplicate, say) is answered; the
    # answer looks unsolicited to the other side too, so the two bounce
    # Resets for a while.  The pair must settle, either established again or
    # failed for a stated reason, and report every reset it went through.
    pair = ConnectionPair()
    pair.handshake()
    pair.client.receive_data(RESET_PACKET)
    outcomes = pair.drain(pair.client) + pair.pump().client
    reported = [e for e in outcomes if isinstance(e, SessionReset)]
    assert [e.resets for e in reported] == list(range(1, pair.client.resets + 1))
    # The server's answer to the client's answer is recognised as the echo of
    # the same exchange and not answered again: one reset each, no bouncing.
    assert pair.client.handshake_complete
    assert pair.server.handshake_complete
    assert pair.client.resets == pair.server.resets == 1
    assert_round_trip(pair, b"settled")


@BOTH_DIRECTIONS
@pytest.mark.parametrize("max_resets", [1, 2, 3, 5])
def test_reset_limit_fails_permanently(client_sends: bool, max_resets: int) -> None:
    options = {} if max_resets == 5 else {"max_resets": max_resets}
    pair = ConnectionPair(**options)  # type: ignore[arg-type]
    pair.handshake()
    sender = pair.side(client_sends)
    detector = pair.peer(sender)
    for n in range(1, max_resets):
        expect_reset(spoil_next_record(pair, sender), local=True, resets=n)
        exchange = pair.pump()
        assert pair.client.handshake_complete
        assert pair.server.handshake_complete
        assert pair.client.resets == pair.server.resets == n
        assert any(isinstance(e, HandshakeComplete) for e in exchange.client)
    last = single(spoil_next_record(pair, sender))
    assert isinstance(last, ConnectionFailed)
    assert "reset limit" in str(last)
    assert "MAC" in str(last)
    assert detector.data_to_send() == DISCONNECT_ERROR
    assert failed_with(detector) is last
    sender.receive_data(DISCONNECT_ERROR)
    assert isinstance(single(pair.drain(sender)), ConnectionFailed)
    assert sender.data_to_send() == DISCONNECT_ERROR


def test_reset_limit_reached_by_the_peers_resets() -> None:
    # The client detects both faults; the server, with the lower limit, is
    # the one that gives up when the second Reset reaches it.
    pair = ConnectionPair(server_max_resets=2)
    pair.handshake()
    expect_reset(spoil_next_record(pair, pair.server), local=True, resets=1)
    pair.handshake()
    expect_reset(spoil_next_record(pair, pair.server), local=True, resets=2)
    pair.transfer(pair.client)
    failure = single(pair.drain(pair.server))
    assert isinstance(failure, ConnectionFailed)
    assert "reset limit" in str(failure)
    assert pair.server.data_to_send() == DISCONNECT_ERROR
    pair.client.receive_data(DISCONNECT_ERROR)  # arrives while awaiting reset
    assert isinstance(single(pair.drain(pair.client)), ConnectionFailed)


@BOTH_DIRECTIONS
def test_msg_id_wraps_at_2_16(client_sends: bool) -> None:
    pair = ConnectionPair()
    pair.handshake()
    sender = pair.side(client_sends)
    receiver = pair.peer(sender)
    count = 70_000
    for _ in range(count):
        sender.send_record(b"")
    wire = sender.data_to_send()
    assert len(wire) == 28 * count
    first = 2 if client_sends else 1
    ids = [HEADER.unpack_from(wire, 28 * i)[1] for i in range(0, count, 997)]
    assert ids == [(first + i) % 65536 for i in range(0, count, 997)]
    receiver.receive_data(wire)
    assert pair.drain(receiver) == []
    pair.send(sender, b"after the wrap")
    packet = split_packets(sender.data_to_send())[0]
    assert packet.msg_id == (first + count) % 65536
    receiver.receive_data(bytes(packet))
    assert pair.drain(receiver) == [DataReceived(b"after the wrap")]
    assert receiver.resets == 0
    assert_round_trip(pair)


@BOTH_DIRECTIONS
def test_nonce_wraps_at_2_96(client_sends: bool) -> None:
    # Draw 2 of each side is its session nonce; make the sender's all ones.
    forced = random_bytes("wrap", forced={2: b"\xff" * 12})
    if client_sends:
        pair = ConnectionPair(client_random=forced)
    else:
        pair = ConnectionPair(server_random=forced)
    pair.handshake()
    sender = pair.side(client_sends)
    shared = x25519_shared(
        pair.client_random.draws[1], x25519_public(pair.server_random.draws[1])
    )
    pair.send(sender, b"first record after the wrap")
    pair.send(sender, b"second")
    wire = sender.data_to_send()
    # The handshake's encrypted field used ff..ff; the records use 0 and 1.
    aead = ChaCha20Poly1305(shared)
    records = split_packets(wire)
    assert aead.decrypt(bytes(12), records[0].body[4:], None) == (
        b"first record after the wrap"
    )
    assert aead.decrypt(bytes(11) + b"\x01", records[1].body[4:], None) == b"second"
    pair.peer(sender).receive_data(wire)
    assert pair.drain(pair.peer(sender)) == [
        DataReceived(b"first record after the wrap" + b"second")
    ]
    assert_round_trip(pair)


# -- disconnects -----------------------------------------------------------------


@pytest.mark.parametrize(
    "client_closes", [True, False], ids=["client-closes", "server-closes"]
)
@pytest.mark.parametrize("phase", ["handshake", "established"])
def test_close_sends_disconnect_and_peer_sees_closed(
    client_closes: bool, phase: str
) -> None:
    pair = ConnectionPair()
    if phase == "established":
        pair.handshake()
    else:
        pair.transfer(pair.client)
        pair.drain(pair.server)
        pair.server.data_to_send()  # the ServerHandshake never arrives
    closer = pair.side(client_closes)
    other = pair.peer(closer)
    closer.data_to_send()
    closer.close()
    assert closer.state is State.CLOSED
    assert closer.data_to_send() == DISCONNECT_CLOSED
    assert closer.next_event() == ConnectionClosed()
    other.receive_data(DISCONNECT_CLOSED)
    assert pair.drain(other) == [ConnectionClosed()]
    assert other.state is State.CLOSED
    assert other.failure is None
    # The peer answers with its own Disconnect, which the closer ignores, as
    # it ignores the reference's quirky Reset answer and anything else.
    answer = other.data_to_send()
    assert answer == DISCONNECT_CLOSED
    for late in (answer, RESET_PACKET, b"\x00\x04junk after close"):
        closer.receive_data(late)
        assert closer.next_event() == ConnectionClosed()
        assert closer.data_to_send() == b""
        assert closer.buffered_input == 0
    assert closer.resets == 0
    closer.receive_data(b"")  # EOF after close: nothing to complain about
    assert closer.next_event() == ConnectionClosed()
    for conn in (closer, other):
        with pytest.raises(LocalProtocolError, match="closed"):
            conn.send_data(b"after close")
        with pytest.raises(LocalProtocolError, match="closed"):
            conn.send_record(b"")


@BOTH_DIRECTIONS
def test_close_with_error_fails_the_peer(client_sends: bool) -> None:
    pair = ConnectionPair()
    pair.handshake()
    closer = pair.side(client_sends)
    other = pair.peer(closer)
    closer.close(error=True)
    assert closer.data_to_send() == DISCONNECT_ERROR
    failed_with(closer)
    other.receive_data(DISCONNECT_ERROR)
    failure = single(pair.drain(other))
    assert isinstance(failure, ConnectionFailed)
    assert "peer" in str(failure)
    assert other.data_to_send() == DISCONNECT_ERROR
    assert failed_with(other) is failure
    closer.receive_data(DISCONNECT_ERROR)  # ignored once failed
    assert closer.data_to_send() == b""


@BOTH_DIRECTIONS
def test_close_is_idempotent(client_sends: bool) -> None:
    pair = ConnectionPair()
    pair.handshake()
    conn = pair.side(client_sends)
    conn.close()
    conn.close()
    conn.close(error=True)
    assert conn.data_to_send() == DISCONNECT_CLOSED
    assert conn.state is State.CLOSED
    assert conn.failure is None
    failed = pair.peer(conn)
    failed.close(error=True)
    failed.close()
    assert failed.data_to_send() == DISCONNECT_ERROR
    assert failed.state is State.FAILED


@LIVE
def test_close_in_every_live_state(state: State) -> None:
    _pair, conn = pair_with_side_in(state)
    conn.data_to_send()
    conn.close()
    assert conn.data_to_send() == DISCONNECT_CLOSED
    assert conn.state is State.CLOSED
    assert conn.wait_deadline is None
    assert conn.remote_public_key is None
    for call in (conn.approve_server_key, conn.reject_server_key):
        with pytest.raises(LocalProtocolError):
            call(OTHER_KEY.public_key)


@LIVE
@pytest.mark.parametrize("error", [False, True], ids=["closed", "failed"])
def test_disconnect_from_peer_in_every_live_state(state: State, error: bool) -> None:
    pair, conn = pair_with_side_in(state)
    conn.data_to_send()
    # Nonzero msg_id and a garbage inner length, as the reference may send.
    conn.receive_data(make_packet(DISCONNECT, CONTROL.pack(0x1234, error, 0), msg_id=9))
    outcome = single(pair.drain(conn))
    if error:
        assert isinstance(outcome, ConnectionFailed)
        assert conn.data_to_send() == DISCONNECT_ERROR
        assert failed_with(conn) is outcome
    else:
        assert outcome == ConnectionClosed()
        assert conn.data_to_send() == DISCONNECT_CLOSED
        assert conn.state is State.CLOSED


@BOTH_DIRECTIONS
def test_data_before_disconnect_is_delivered_first(client_sends: bool) -> None:
    pair = ConnectionPair()
    pair.handshake()
    sender = pair.side(client_sends)
    pair.send(sender, b"last words")
    sender.close()
    pair.transfer(sender)
    assert pair.drain(pair.peer(sender)) == [
        DataReceived(b"last words"),
        ConnectionClosed(),
    ]


# -- timeouts ------------------------------------------------------------------


WAITERS = pytest.mark.parametrize(
    "waiter",
    [
        "client-await-server-handshake",
        "server-await-client-handshake",
        "server-await-auth",
    ],
)


def waiting_side(waiter: str, pair: ConnectionPair) -> OssuaryConnection:
    """Put one side in a handshake wait that started at t=1.5; lose its packets."""
    pair.clock.now = 1.5
    if waiter == "server-await-auth":
        pair.transfer(pair.client)
        assert pair.drain(pair.server) == []
        conn = pair.server
    else:
        # Re-create the waiting side at t=1.5 so its wait starts then.
        conn = OssuaryConnection(
            server_side=waiter.startswith("server"),
            secret_key=pair.server_key if waiter.startswith("server") else None,
            clock=pair.clock,
            random_bytes=random_bytes(waiter),
        )
    conn.data_to_send()  # lost in transit
    return conn


@WAITERS
def test_handshake_wait_is_more_than_3_whole_seconds(waiter: str) -> None:
    pair = ConnectionPair()
    conn = waiting_side(waiter, pair)
    assert conn.wait_deadline == 5.5
    pair.clock.now = 5.4  # 3.9 seconds: not yet
    assert conn.next_event() is NEED_DATA
    assert conn.data_to_send() == b""
    pair.clock.now = 5.5  # 4.0 seconds: more than 3 whole seconds
    event = conn.next_event()
    assert isinstance(event, SessionReset)
    assert event.initiated_locally
    assert event.resets == 1
    assert "4.0 seconds" in event.reason
    assert conn.data_to_send() == RESET_PACKET
    assert conn.state is State.AWAIT_RESET
    # Waiting for the Reset is a handshake wait of its own.
    assert conn.wait_deadline == 9.5
    pair.clock.now = 9.4
    assert conn.next_event() is NEED_DATA
    pair.clock.now = 9.5
    event = conn.next_event()
    assert isinstance(event, SessionReset)
    assert event.resets == 2
    assert conn.data_to_send() == RESET_PACKET
    # Repeated timeouts end at the reset limit.
    for n in (3, 4):
        pair.clock.advance(4.0)
        event = conn.next_event()
        assert isinstance(event, SessionReset)
        assert event.resets == n
        assert conn.data_to_send() == RESET_PACKET
    pair.clock.advance(4.0)
    with pytest.raises(HandshakeTimeoutError, match="reset limit") as excinfo:
        conn.next_event()
    assert isinstance(excinfo.value, ConnectionFailed)
    assert "seconds" in str(excinfo.value)
    assert conn.data_to_send() == DISCONNECT_ERROR
    assert conn.wait_deadline is None
    failed_with(conn)


def test_without_a_clock_the_engine_has_no_wait_deadline() -> None:
    # clock=None: the driver (OssuaryStream) owns the handshake clock, and the
    # engine's timer is off in every waiting state.
    pair = ConnectionPair()
    client = OssuaryConnection(
        clock=None,
        authorized_keys=[pair.server_key.public_key],
        random_bytes=random_bytes("no clock"),
    )
    assert client.state is State.AWAIT_SERVER_HANDSHAKE
    assert client.wait_deadline is None
    pair.server.receive_data(client.data_to_send())
    assert pair.server.next_event() is NEED_DATA
    assert pair.server.wait_deadline is not None  # the clocked one has one
    client.receive_data(pair.server.data_to_send())
    assert isinstance(client.next_event(), HandshakeComplete)
    assert client.wait_deadline is None


@pytest.mark.parametrize(("timeout", "deadline"), [(0.5, 1), (2.5, 3), (10, 11)])
def test_handshake_timeout_is_configurable(timeout: float, deadline: float) -> None:
    clock_now = [0.0]
    conn = OssuaryConnection(
        handshake_timeout=timeout,
        clock=lambda: clock_now[0],
        random_bytes=random_bytes("timeout"),
    )
    assert conn.wait_deadline == deadline
    clock_now[0] = deadline - 0.01
    assert conn.next_event() is NEED_DATA
    clock_now[0] = deadline
    assert isinstance(conn.next_event(), SessionReset)


@pytest.mark.parametrize("lost", ["client-handshake", "client-authentication"])
def test_timeout_then_recovery(lost: str) -> None:
    pair = ConnectionPair()
    if lost == "client-handshake":
        # Both sides wait from t=0 and each driver wakes at its deadline:
        # each side's Reset is the answer the other is waiting for.
        pair.client.data_to_send()
        pair.clock.now = 4.0
        expect_reset(pair.drain(pair.client), local=True, resets=1)
        expect_reset(pair.drain(pair.server), local=True, resets=1)
    else:
        pair.transfer(pair.client)
        pair.drain(pair.server)
        pair.transfer(pair.server)
        pair.drain(pair.client)
        pair.client.data_to_send()
        assert pair.client.handshake_complete
        pair.clock.now = 4.0
        expect_reset(pair.drain(pair.server), local=True, resets=1)
        assert pair.drain(pair.client) == []  # no deadline once established
    pair.pump()
    assert pair.client.handshake_complete
    assert pair.server.handshake_complete
    assert pair.client.resets == pair.server.resets == 1
    assert_round_trip(pair)


def test_established_and_trust_states_have_no_deadline() -> None:
    pair = ConnectionPair()
    pair.handshake()
    pair.clock.advance(1e6)
    for conn in (pair.client, pair.server):
        assert conn.wait_deadline is None
        assert conn.next_event() is NEED_DATA
    assert_round_trip(pair)


def test_deadline_moves_with_each_handshake_step() -> None:
    pair = ConnectionPair()
    assert pair.server.wait_deadline == 4.0
    assert pair.client.wait_deadline == 4.0
    pair.clock.now = 2.0
    pair.transfer(pair.client)
    pair.drain(pair.server)
    assert pair.server.wait_deadline == 6.0  # now awaiting authentication
    pair.clock.now = 5.0  # past the client's first deadline, but it has its
    pair.transfer(pair.server)  # packet waiting: the timeout wins.
    expect_reset(pair.drain(pair.client), local=True, resets=1)


# -- end of file ---------------------------------------------------------------


@pytest.mark.parametrize("client", [True, False], ids=["client", "server"])
def test_eof_without_partial_packet_is_truncation(client: bool) -> None:
    pair = ConnectionPair()
    conn = pair.side(client)
    conn.data_to_send()
    conn.receive_data(b"")
    with pytest.raises(RemoteProtocolError, match="truncated") as excinfo:
        conn.next_event()
    pair.assert_no_secrets_in_exception(excinfo.value)
    assert conn.data_to_send() == DISCONNECT_ERROR
    assert failed_with(conn) is excinfo.value


@BOTH_DIRECTIONS
def test_eof_in_the_middle_of_a_packet(client_sends: bool) -> None:
    pair = ConnectionPair()
    pair.handshake()
    sender = pair.side(client_sends)
    receiver = pair.peer(sender)
    pair.send(sender, b"complete record")
    pair.send(sender, b"cut short")
    wire = sender.data_to_send()
    receiver.receive_data(wire[:-5])
    receiver.receive_data(b"")
    # What arrived whole is still delivered, then the truncation is reported.
    assert receiver.next_event() == DataReceived(b"complete record")
    with pytest.raises(RemoteProtocolError, match="middle of a packet") as excinfo:
        receiver.next_event()
    assert f"{8 + 4 + 9 + 16 - 5} bytes" in str(excinfo.value)
    pair.assert_no_secrets_in_exception(excinfo.value)
    assert receiver.data_to_send() == DISCONNECT_ERROR
    failed_with(receiver)


def test_receive_data_after_eof_is_a_local_error() -> None:
    pair = ConnectionPair()
    pair.server.receive_data(b"")
    with pytest.raises(LocalProtocolError, match="end of file"):
        pair.server.receive_data(b"more")
    with pytest.raises(LocalProtocolError, match="end of file"):
        pair.server.receive_data(b"")


@BOTH_DIRECTIONS
def test_eof_after_disconnect_is_clean(client_sends: bool) -> None:
    pair = ConnectionPair()
    pair.handshake()
    sender = pair.side(client_sends)
    sender.close()
    receiver = pair.peer(sender)
    receiver.receive_data(sender.data_to_send())
    receiver.receive_data(b"")
    assert receiver.next_event() == ConnectionClosed()
    assert receiver.next_event() == ConnectionClosed()


# -- permanent failures -----------------------------------------------------------


@pytest.mark.parametrize(
    "where",
    ["client-initial", "server-initial", "client-established", "server-established"],
)
def test_oversized_header_fails_permanently(where: str) -> None:
    pair = ConnectionPair(seed=where)
    if where.endswith("established"):
        pair.handshake()
    conn = pair.side(where.startswith("client"))
    conn.data_to_send()
    conn.receive_data(HEADER.pack(MAX_BODY + 1, 0, DATA, 0) + b"x" * 10)
    # Nothing beyond what was fed is buffered; no body is waited for.
    assert conn.buffered_input == 18
    with pytest.raises(RemoteProtocolError, match="16405") as excinfo:
        conn.next_event()
    pair.assert_no_secrets_in_exception(excinfo.value)
    assert conn.buffered_input == 0
    assert conn.data_to_send() == DISCONNECT_ERROR
    assert failed_with(conn) is excinfo.value
    conn.receive_data(b"ignored now")
    assert conn.buffered_input == 0
    assert conn.resets == 0


@BOTH_DIRECTIONS
def test_largest_packet_is_awaited_not_refused(client_sends: bool) -> None:
    pair = ConnectionPair()
    pair.handshake()
    sender = pair.side(client_sends)
    receiver = pair.peer(sender)
    payload = bytes(range(256)) * 64
    pair.send(sender, payload)
    wire = sender.data_to_send()
    assert HEADER.unpack(wire[:8])[0] == MAX_BODY
    receiver.receive_data(wire[:8])
    assert receiver.next_event() is NEED_DATA
    assert receiver.buffered_input == 8
    receiver.receive_data(wire[8:-1])
    assert receiver.next_event() is NEED_DATA
    assert receiver.buffered_input == len(wire) - 1
    receiver.receive_data(wire[-1:])
    assert pair.drain(receiver) == [DataReceived(payload)]
    assert receiver.buffered_input == 0


@pytest.mark.parametrize("version", [0, 2, 255])
def test_wrong_version_in_client_handshake(version: int) -> None:
    server = OssuaryConnection(
        server_side=True, secret_key=key_from("server"), random_bytes=random_bytes()
    )
    server.receive_data(ManualClient().client_handshake(version=version))
    with pytest.raises(ProtocolVersionError) as excinfo:
        server.next_event()
    assert isinstance(excinfo.value, RemoteProtocolError)
    assert excinfo.value.version == version
    assert f"version {version}" in str(excinfo.value)
    assert server.data_to_send() == DISCONNECT_ERROR
    assert failed_with(server) is excinfo.value


@pytest.mark.parametrize("version", [0, 2])
def test_wrong_version_in_server_handshake(version: int) -> None:
    client, _ = client_against_manual_server(version=version)
    with pytest.raises(ProtocolVersionError) as excinfo:
        client.next_event()
    assert excinfo.value.version == version
    assert client.data_to_send() == DISCONNECT_ERROR
    failed_with(client)


def test_other_version_with_another_size_is_a_version_error() -> None:
    # A future version's handshake may have another size: the version byte
    # is judged first, so the answer is a clear error, not a reset.
    server = OssuaryConnection(
        server_side=True, secret_key=key_from("server"), random_bytes=random_bytes()
    )
    body = bytearray(ManualClient().client_handshake(version=2)[8:]) + bytes(16)
    body[0:2] = len(body).to_bytes(2, "little")
    server.receive_data(HEADER.pack(len(body), 0, CLIENT_HANDSHAKE, 0) + body)
    with pytest.raises(ProtocolVersionError) as excinfo:
        server.next_event()
    assert excinfo.value.version == 2
    assert server.data_to_send() == DISCONNECT_ERROR


def test_wrong_version_in_client_authentication() -> None:
    server = OssuaryConnection(
        server_side=True, secret_key=key_from("server"), random_bytes=random_bytes()
    )
    forger = ManualClient()
    server.receive_data(forger.client_handshake())
    assert server.next_event() is NEED_DATA
    forger.accept_server_handshake(server.data_to_send())
    server.receive_data(forger.client_authentication(version=7))
    with pytest.raises(ProtocolVersionError) as excinfo:
        server.next_event()
    assert excinfo.value.version == 7


# -- secrets -------------------------------------------------------------------


def test_no_secret_in_reprs_or_messages() -> None:
    plaintext = b"the launch code is 0000-SECRET-PLAINTEXT"
    pair = ConnectionPair(client_key=CLIENT_KEY, require_client_auth=True)
    texts = [repr(pair.client), repr(pair.server)]
    pair.handshake()
    texts += [repr(pair.client), repr(pair.server)]
    pair.send(pair.client, plaintext)
    pair.transfer(pair.client)
    event = single(pair.drain(pair.server))
    assert event == DataReceived(plaintext)
    texts += [repr(event), str(event)]
    reset = expect_reset(spoil_next_record(pair, pair.client), local=True, resets=1)
    texts += [repr(reset), reset.reason, repr(pair.server)]
    pair.pump()
    pair.client.close(error=True)
    pair.pump()
    texts += [repr(pair.client), repr(pair.server)]
    for conn in (pair.client, pair.server):
        with pytest.raises(ConnectionFailed) as excinfo:
            conn.next_event()
        pair.assert_no_secrets_in_exception(excinfo.value)
    for key in (CLIENT_KEY, pair.server_key):
        assert key is not None
        texts += [repr(key), str(key)]
    for text in texts:
        pair.assert_no_secrets(text)
    for key in (CLIENT_KEY, pair.server_key):
        assert key is not None
        assert key.secret_bytes().hex() not in repr(key)
        assert key.public_key.fingerprint() in repr(key)
    # The check itself catches a leak.
    with pytest.raises(AssertionError):
        pair.assert_no_secrets(f"oops {CLIENT_KEY.secret_bytes().hex()}")
    with pytest.raises(AssertionError):
        pair.assert_no_secrets(f"oops {plaintext!r}")
    with pytest.raises(AssertionError):
        pair.assert_no_secrets(f"oops {pair.secrets()[-1].hex()}")


def test_authentication_failures_name_keys_by_fingerprint_only() -> None:
    pair = ConnectionPair(
        client_key=CLIENT_KEY,
        require_client_auth=True,
        authorized_clients=[OTHER_KEY.public_key],
    )
    message = refused_by_server(pair, AuthenticationError)
    pair.assert_no_secrets(message)
    assert CLIENT_KEY.public_key.hex() not in message


@pytest.mark.parametrize("victim", ["client", "server"])
def test_ephemeral_key_with_bit_255_set_is_a_fault(victim: str) -> None:
    # X25519 would ignore the bit (same session key), but the signature
    # covers it; honest keys never set it, so it is damage: reset.
    pair = ConnectionPair()
    handshake = pair.client.data_to_send()
    if victim == "server":
        damaged = bytearray(handshake)
        damaged[8 + 8 + 31] |= 0x80
        pair.server.receive_data(bytes(damaged))
        detector = pair.server
    else:
        pair.server.receive_data(handshake)
        assert pair.server.next_event() is NEED_DATA
        damaged = bytearray(pair.server.data_to_send())
        damaged[8 + 8 + 31] |= 0x80
        pair.client.receive_data(bytes(damaged))
        detector = pair.client
    event = detector.next_event()
    assert isinstance(event, SessionReset)
    assert "bit 255" in event.reason


def test_records_before_an_oversized_header_are_delivered_first() -> None:
    pair = ConnectionPair()
    pair.handshake()
    pair.client.send_data(b"last words")
    wire = pair.client.data_to_send() + HEADER.pack(MAX_BODY + 1, 0, DATA, 0)
    pair.server.receive_data(wire)
    assert pair.server.next_event() == DataReceived(b"last words")
    with pytest.raises(RemoteProtocolError, match="largest allowed"):
        pair.server.next_event()


def test_ephemeral_secret_is_forgotten_once_established() -> None:
    # Forward secrecy within the process: an established connection no
    # longer holds the X25519 secret that made its session key.
    pair = ConnectionPair()
    assert pair.client._session.private is not None
    pair.handshake()
    assert pair.client._session.private is None
    assert pair.server._session.private is None
    assert_round_trip(pair, b"still works")
