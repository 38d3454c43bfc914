"""An active attacker in the middle, with keys of its own.

* A terminating proxy (a real Ossuary server towards the client, a real client
  towards the server) is refused by a client that trusts the real server key,
  whatever trust policy it has.
* A forger that presents the real server's public key, or the forgeable
  identity point, cannot sign for it.
* A relay that swaps in its own ephemeral keys (and so can decrypt and reseal
  everything) is caught by the server's signature over its ephemeral key.
* An attacker who even knows the session key (:class:`KeyKnowingAttacker`)
  cannot change a single key, nonce, challenge or signature field without a
  signature or authorization check failing, and the side that notices tells
  the other with Disconnect(error).
"""

from __future__ import annotations

from typing import Any

import pytest
import trio
import trio.testing
from adversary import (
    CLIENT_KEY,
    OTHER_KEY,
    SERVER_KEY,
    KeyKnowingAttacker,
    check_documented,
    exchange,
    make_streams,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from interposer import (
    Item,
    interposed,
)
from wire_spec import (
    CH_CHALLENGE,
    CH_EPHEMERAL,
    CLIENT_HANDSHAKE,
    DISCONNECT,
    PREFIX,
    SERVER_HANDSHAKE,
    SH_EPHEMERAL,
    SH_NONCE,
    SH_SEALED,
    SUB,
    Packet,
    make_packet,
    open_sealed,
    parse_packets,
    replace,
    seal,
    x25519_public,
)

from trio_ossuary import (
    AuthenticationError,
    OssuaryStream,
    PublicKey,
    SecretKey,
    UntrustedServerError,
)
from trio_ossuary.sansio import ANONYMOUS_CLIENT_KEY


async def handshake_outcome(stream: OssuaryStream[Any]) -> BaseException | None:
    try:
        await stream.do_handshake()
    except trio.BrokenResourceError as exc:
        check_documented(exc)
        return exc.__cause__
    return None


# -- a terminating proxy with its own key ----------------------------------------


def strict_policy(key: PublicKey) -> bool:
    return key == SERVER_KEY.public_key


@pytest.mark.parametrize("policy", [None, strict_policy], ids=["no-policy", "strict"])
async def test_terminating_proxy_is_not_trusted(
    policy: Any, autojump_clock: trio.testing.MockClock
) -> None:
    """The client only trusts the real server key; the proxy cannot pass."""
    client_end, proxy_front = trio.testing.memory_stream_pair()
    proxy_back, server_end = trio.testing.memory_stream_pair()
    client = OssuaryStream(
        client_end,
        secret_key=CLIENT_KEY,
        authorized_keys=[SERVER_KEY.public_key],
        on_untrusted_server=policy,
    )
    proxy_as_server = OssuaryStream(proxy_front, server_side=True, secret_key=OTHER_KEY)
    proxy_as_client = OssuaryStream(
        proxy_back, secret_key=OTHER_KEY, on_untrusted_server=lambda key: True
    )
    server = OssuaryStream(server_end, server_side=True, secret_key=SERVER_KEY)
    outcomes: dict[str, BaseException | None] = {}

    async def attempt(name: str, stream: OssuaryStream[Any]) -> None:
        outcomes[name] = await handshake_outcome(stream)
        if name == "proxy-front" and outcomes[name] is None:
            # Only if the client got through would the proxy learn anything.
            outcomes["leak"] = AssertionError(await stream.receive_some())

    with trio.fail_after(30):
        async with trio.open_nursery() as nursery:
            nursery.start_soon(attempt, "client", client)
            nursery.start_soon(attempt, "proxy-front", proxy_as_server)
            nursery.start_soon(attempt, "proxy-back", proxy_as_client)
            nursery.start_soon(attempt, "server", server)
    refusal = outcomes["client"]
    assert isinstance(refusal, UntrustedServerError)
    assert refusal.public_key == OTHER_KEY.public_key
    assert client.remote_public_key is None
    # The proxy heard Disconnect(error) and got nothing from the client.
    assert type(outcomes["proxy-front"]).__name__ == "ConnectionFailed"
    assert "leak" not in outcomes
    # The proxy's own connection to the real server works: the attacker
    # simply has nothing to relay.
    assert outcomes["proxy-back"] is None
    assert outcomes["server"] is None


# -- a forger that claims the real server's key ------------------------------------


async def forge_server(
    attacker: trio.abc.Stream, *, public: bytes, signer: SecretKey | None
) -> bytes:
    """Answer a ClientHandshake claiming ``public``; return what comes back."""
    data = b""
    while len(data) < 92:
        data += await attacker.receive_some()
    hello = parse_packets(data)[0].raw
    secret = X25519PrivateKey.from_private_bytes(b"\x42" * 32)
    ephemeral = x25519_public(secret)
    nonce = b"\x10" * 12
    key = secret.exchange(X25519PublicKey.from_public_bytes(hello[CH_EPHEMERAL]))
    message = ephemeral + nonce + hello[CH_CHALLENGE]
    if signer is None:
        # Identity point R, zero scalar: verifies under the identity point
        # for every message with a permissive Ed25519.
        signature = ANONYMOUS_CLIENT_KEY + bytes(32)
    else:
        signature = signer.sign(message)
    sealed = seal(key, nonce, public + b"\x33" * 32 + signature)
    body = PREFIX.pack(200, 1) + ephemeral + nonce + SUB.pack(128, 16)
    await attacker.send_all(make_packet(SERVER_HANDSHAKE, body + sealed))
    answer = b""
    with trio.move_on_after(10):
        while chunk := await attacker.receive_some():
            answer += chunk
    return answer


@pytest.mark.parametrize(
    ("claimed", "signer", "tofu"),
    [
        (bytes(SERVER_KEY.public_key), OTHER_KEY, False),
        (bytes(SERVER_KEY.public_key), OTHER_KEY, True),
        (ANONYMOUS_CLIENT_KEY, None, False),
        (ANONYMOUS_CLIENT_KEY, None, True),
    ],
    ids=["real-key-wrong-signer", "real-key-tofu", "identity-point", "identity-tofu"],
)
async def test_forged_server_identity(
    claimed: bytes,
    signer: SecretKey | None,
    tofu: bool,
    autojump_clock: trio.testing.MockClock,
) -> None:
    """Claiming a key is not enough: the signature must verify under it.

    This holds even for a client that would trust any key on first use, and
    for the identity point, under which a permissive Ed25519 verifies a
    universal forgery.
    """
    client_end, attacker = trio.testing.memory_stream_pair()
    asked: list[PublicKey] = []

    def policy(key: PublicKey) -> bool:
        asked.append(key)
        return True

    client = OssuaryStream(
        client_end,
        authorized_keys=[SERVER_KEY.public_key, PublicKey(ANONYMOUS_CLIENT_KEY)]
        if not tofu
        else [],
        on_untrusted_server=policy if tofu else None,
    )
    async with trio.open_nursery() as nursery:
        result: list[bytes] = []

        async def attack() -> None:
            result.append(await forge_server(attacker, public=claimed, signer=signer))

        nursery.start_soon(attack)
        cause = await handshake_outcome(client)
    assert isinstance(cause, AuthenticationError)
    assert not isinstance(cause, UntrustedServerError)
    assert "does not verify" in str(cause)
    assert asked == []  # never offered for trust
    # The forger is told Disconnect(error), and gets nothing else.
    packets = parse_packets(result[0])
    assert [(p.type, p.flag) for p in packets] == [(DISCONNECT, 1)]


# -- a relay that swaps in its own ephemeral keys ----------------------------------


async def test_relay_with_own_ephemeral_keys_is_caught(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """The attacker agrees a key with each side and reseals everything.

    It can read the server's identity and relay it faithfully, but the
    server's signature covers the server's ephemeral key, not the attacker's.
    """
    to_server = X25519PrivateKey.from_private_bytes(b"\x01" * 32)
    to_client = X25519PrivateKey.from_private_bytes(b"\x02" * 32)
    seen: dict[str, bytes] = {}

    def c2s(packet: Packet) -> list[Item]:
        if packet.type == CLIENT_HANDSHAKE and "client" not in seen:
            seen["client"] = packet.raw[CH_EPHEMERAL]
            return [replace(packet.raw, CH_EPHEMERAL, x25519_public(to_server))]
        return [packet.raw]

    def s2c(packet: Packet) -> list[Item]:
        if packet.type != SERVER_HANDSHAKE or "server" in seen:
            return [packet.raw]
        seen["server"] = packet.raw[SH_EPHEMERAL]
        nonce = packet.raw[SH_NONCE]
        key_s = to_server.exchange(X25519PublicKey.from_public_bytes(seen["server"]))
        key_c = to_client.exchange(X25519PublicKey.from_public_bytes(seen["client"]))
        plain = open_sealed(key_s, nonce, packet.raw[SH_SEALED])
        assert plain[:32] == bytes(SERVER_KEY.public_key)  # it reads the identity
        raw = replace(packet.raw, SH_SEALED, seal(key_c, nonce, plain))
        return [replace(raw, SH_EPHEMERAL, x25519_public(to_client))]

    async with interposed(c2s, s2c) as adversary:
        client, server = make_streams(adversary, client={"secret_key": CLIENT_KEY})
        report = await exchange(client, server)
    assert report.outcome() == ("AuthenticationError", "ConnectionFailed")
    assert "does not verify" in report.client.error_text
    assert adversary.c2s.sent_disconnect() == 1
    assert report.server.received == b""


# -- a key-knowing attacker substitutes single fields ---------------------------

# (field, the side that must notice, the error it must raise)
SUBSTITUTIONS = [
    ("client nonce", "server", AuthenticationError),
    ("client challenge", "client", AuthenticationError),
    ("server nonce", "client", AuthenticationError),
    ("server key", "client", AuthenticationError),
    ("server key and signature", "client", UntrustedServerError),
    ("server challenge", "server", AuthenticationError),
    ("server signature", "client", AuthenticationError),
    ("client key", "server", AuthenticationError),
    ("client key and signature", "server", AuthenticationError),
    ("client signature", "server", AuthenticationError),
]


@pytest.mark.parametrize(("edit", "detector", "error"), SUBSTITUTIONS)
async def test_substituted_field_is_detected(
    edit: str,
    detector: str,
    error: type[Exception],
    autojump_clock: trio.testing.MockClock,
) -> None:
    async with interposed() as adversary:
        client, server = make_streams(
            adversary,
            client={"secret_key": CLIENT_KEY},
            server={"require_client_auth": True},
        )
        attacker = KeyKnowingAttacker(client, edit, OTHER_KEY)
        adversary.c2s.tamper = attacker.c2s
        adversary.s2c.tamper = attacker.s2c
        report = await exchange(client, server)
    assert attacker.done or detector == "client"
    noticed, told = (
        (report.server, report.client)
        if detector == "server"
        else (report.client, report.server)
    )
    assert noticed.error == error.__name__, report.outcome()
    cause = noticed.exceptions[-1].__cause__
    assert type(cause) is error
    if error is UntrustedServerError:
        assert isinstance(cause, UntrustedServerError)
        assert cause.public_key == OTHER_KEY.public_key
    assert told.error == "ConnectionFailed"
    wire = adversary.s2c if detector == "server" else adversary.c2s
    assert wire.sent_disconnect() == 1
    # Nothing of the application's got through to the other side.
    assert report.server.received == b""
    assert report.client.received == b""
