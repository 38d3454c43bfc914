"""Helpers for testing the sans-IO core, :class:`trio_ossuary.sansio.OssuaryConnection`.

* :class:`FakeClock` and :func:`random_bytes` (a seeded, recording
  ``random_bytes``) make a connection fully deterministic.
* :class:`ConnectionPair` wires a client to a server, moves bytes between them
  and collects what :meth:`~trio_ossuary.sansio.OssuaryConnection.next_event` reports
  on each side.  It checks every event, exception and ``repr`` it sees for
  leaked secrets.
* :func:`fuzz` sizes a property test, scaled by ``OSSUARY_FUZZ_SCALE``.
* :class:`ManualClient` and :class:`ManualServer` are a small, independent
  Ossuary peer built on :mod:`wire_spec` (the byte layouts of
  ``shared/vectors/README.md``, written with ``struct`` and ``cryptography``).
  Tests use them to forge packets that a correct implementation never sends
  (bad signatures, all-zero fields, wrong versions and lengths); as they do
  not use ``trio_ossuary._wire``, they also cross-check the library's encoder.

The wire format itself (constants, packets, forging helpers) lives in
:mod:`wire_spec`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import random
import re
from collections.abc import Iterable, Mapping
from typing import Final

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from hypothesis import HealthCheck, settings
from wire_spec import (
    CH_CHALLENGE,
    CH_EPHEMERAL,
    CH_NONCE,
    CLIENT_AUTHENTICATION,
    CLIENT_HANDSHAKE,
    DATA,
    PREFIX,
    SERVER_HANDSHAKE,
    SH_EPHEMERAL,
    SH_NONCE,
    SH_SEALED,
    SUB,
    flip,
    make_packet,
    nonce_bytes,
    split_packets,
    x25519_public,
    x25519_shared,
)

from trio_ossuary import OssuaryError, PublicKey, SecretKey
from trio_ossuary._state import TRANSITIONS, next_state
from trio_ossuary.sansio import (
    ANONYMOUS_CLIENT_KEY,
    NEED_DATA,
    ConnectionClosed,
    DataReceived,
    Event,
    HandshakeComplete,
    OssuaryConnection,
    SessionReset,
    State,
    UntrustedServer,
)

# -- determinism ----------------------------------------------------------------


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class RecordingRandom:
    """A deterministic ``random_bytes(n)`` that remembers every draw.

    Args:
      seed: Seeds the generator.
      forced: Draw index -> the bytes to hand out for that draw instead.
    """

    def __init__(
        self, seed: int | str = 0, *, forced: Mapping[int, bytes] | None = None
    ) -> None:
        self._rng = random.Random(f"random_bytes:{seed}")
        self._forced = dict(forced or {})
        self.draws: list[bytes] = []

    def __call__(self, n: int) -> bytes:
        value = self._forced.get(len(self.draws))
        if value is None:
            value = self._rng.randbytes(n)
        assert len(value) == n, f"forced draw {len(self.draws)} is not {n} bytes"
        self.draws.append(value)
        return value

    @property
    def sizes(self) -> list[int]:
        return [len(d) for d in self.draws]


def random_bytes(
    seed: int | str = 0, *, forced: Mapping[int, bytes] | None = None
) -> RecordingRandom:
    """Return a deterministic, recording ``random_bytes`` for one connection."""
    return RecordingRandom(seed, forced=forced)


def key_from(label: str) -> SecretKey:
    """A deterministic Ed25519 key, different for every label."""
    return SecretKey.from_bytes(random.Random(f"key:{label}").randbytes(32))


# -- a client and a server, wired together ------------------------------------

Outcome = Event | OssuaryError
#: Everything next_event may return besides NEED_DATA.
EVENT_TYPES: Final = (
    HandshakeComplete,
    UntrustedServer,
    DataReceived,
    SessionReset,
    ConnectionClosed,
)


@dataclasses.dataclass
class Exchange:
    """What each side reported during :meth:`ConnectionPair.pump`."""

    client: list[Outcome] = dataclasses.field(default_factory=list)
    server: list[Outcome] = dataclasses.field(default_factory=list)


class ConnectionPair:
    """A client and a server :class:`OssuaryConnection` on one fake clock.

    Args:
      seed: Seeds both sides' randomness and the server's default key.
      client_key: The client's key; None (the default) for an anonymous client.
      server_key: The server's key; by default a deterministic one.
      keyless_server: Give the server no key (it makes one of its own).
      trust_server: The client trusts the server's key from the start (else
          it reports UntrustedServer).
      trusted_servers: More server keys the client trusts from the start.
      require_client_auth: The server's option.
      authorized_clients: The server's authorized keys; by default the
          client's own key, if it has one.
      client_random, server_random: Override the seeded randomness.
      max_resets, handshake_timeout: Passed to both connections.
      client_max_resets, server_max_resets: Override max_resets on one side.
    """

    def __init__(
        self,
        *,
        seed: int | str = 0,
        client_key: SecretKey | None = None,
        server_key: SecretKey | None = None,
        keyless_server: bool = False,
        trust_server: bool = True,
        trusted_servers: Iterable[PublicKey] = (),
        require_client_auth: bool = False,
        authorized_clients: Iterable[PublicKey] | None = None,
        client_random: RecordingRandom | None = None,
        server_random: RecordingRandom | None = None,
        max_resets: int = 5,
        handshake_timeout: float = 3.0,
        client_max_resets: int | None = None,
        server_max_resets: int | None = None,
    ) -> None:
        self.clock = FakeClock()
        if server_key is None and not keyless_server:
            server_key = key_from(f"server:{seed}")
        self.client_key = client_key
        self.server_key = server_key
        self.client_random = client_random or random_bytes(f"client:{seed}")
        self.server_random = server_random or random_bytes(f"server:{seed}")
        if authorized_clients is None:
            authorized_clients = [] if client_key is None else [client_key.public_key]
        trusted = [server_key.public_key] if trust_server and server_key else []
        trusted += trusted_servers
        self.server = OssuaryConnection(
            server_side=True,
            secret_key=server_key,
            authorized_keys=authorized_clients,
            require_client_auth=require_client_auth,
            clock=self.clock,
            random_bytes=self.server_random,
            max_resets=server_max_resets or max_resets,
            handshake_timeout=handshake_timeout,
        )
        self.client = OssuaryConnection(
            server_side=False,
            secret_key=client_key,
            authorized_keys=trusted,
            clock=self.clock,
            random_bytes=self.client_random,
            max_resets=client_max_resets or max_resets,
            handshake_timeout=handshake_timeout,
        )
        #: Every byte each side handed to the other through this pair.
        self.transcript: dict[bool, bytearray] = {True: bytearray(), False: bytearray()}
        self._plaintexts: list[bytes] = []
        self._shared_cache: tuple[int, int, list[bytes]] = (-1, -1, [])

    # -- sides --

    def side(self, client: bool) -> OssuaryConnection:
        return self.client if client else self.server

    def peer(self, conn: OssuaryConnection) -> OssuaryConnection:
        return self.server if conn is self.client else self.client

    # -- moving bytes --

    def transfer(self, sender: OssuaryConnection) -> bytes:
        """Hand everything ``sender`` has queued to its peer; return it."""
        out = sender.data_to_send()
        if out:
            self.transcript[sender is self.client] += out
            self.peer(sender).receive_data(out)
        return out

    def drain(self, conn: OssuaryConnection) -> list[Outcome]:
        """Call next_event until NEED_DATA, ConnectionClosed or an exception."""
        outcomes: list[Outcome] = []
        while True:
            self.assert_no_secrets(repr(conn))
            try:
                event = conn.next_event()
            except OssuaryError as exc:
                self.assert_no_secrets_in_exception(exc)
                outcomes.append(exc)
                return outcomes
            if event is NEED_DATA:
                return outcomes
            assert isinstance(event, EVENT_TYPES), event
            if isinstance(event, DataReceived):
                assert event.data, "DataReceived never carries nothing"
            self.assert_no_secrets(repr(event))
            outcomes.append(event)
            if isinstance(event, ConnectionClosed):
                return outcomes

    def pump(self, *, approve: bool | None = True, max_rounds: int = 50) -> Exchange:
        """Move bytes both ways until neither side has anything to send.

        Args:
          approve: How the client answers UntrustedServer: approve (True),
              reject (False), or leave the decision pending (None).
        """
        exchange = Exchange()
        for round_ in range(max_rounds):
            # A side is asked for events in the first round and then only
            # when bytes reached it, so a failed side reports its failure
            # once rather than once per round.
            to_server = self.transfer(self.client)
            if to_server or round_ == 0:
                exchange.server += self.drain(self.server)
            to_client = self.transfer(self.server)
            client_events = self.drain(self.client) if to_client or round_ == 0 else []
            exchange.client += client_events
            shown = [e for e in client_events if isinstance(e, UntrustedServer)]
            if approve is not None and shown:
                # The decision is about the key shown last: the one waiting.
                if approve:
                    self.client.approve_server_key(shown[-1].public_key)
                else:
                    self.client.reject_server_key(shown[-1].public_key)
                exchange.client += self.drain(self.client)
            if not to_server and not to_client and not self.client.bytes_to_send:
                return exchange
        raise AssertionError(f"still exchanging bytes after {max_rounds} rounds")

    def handshake(self) -> Exchange:
        """Pump until the channel is up; fail the test if it does not come up."""
        exchange = self.pump()
        assert self.client.handshake_complete, exchange
        assert self.server.handshake_complete, exchange
        return exchange

    def send(self, conn: OssuaryConnection, data: bytes) -> None:
        """``conn.send_data(data)``, remembering the plaintext as a secret."""
        self._plaintexts.append(data)
        conn.send_data(data)

    # -- secrets --

    def _shared_secrets(self) -> list[bytes]:
        # Every pair of 32-byte draws, one from each side: this includes every
        # X25519 shared secret either side ever computed.
        ours = [d for d in self.client_random.draws if len(d) == 32]
        theirs = [d for d in self.server_random.draws if len(d) == 32]
        cached_ours, cached_theirs, shared = self._shared_cache
        if (cached_ours, cached_theirs) != (len(ours), len(theirs)):
            shared = []
            for a in ours:
                for b in theirs:
                    with contextlib.suppress(ValueError):  # a low-order draw
                        shared.append(x25519_shared(a, x25519_public(b)))
            self._shared_cache = (len(ours), len(theirs), shared)
        return shared

    def secrets(self) -> list[bytes]:
        """Every secret value the two sides hold or derived, as raw bytes."""
        values = [d for d in self.client_random.draws if len(d) == 32]
        values += [d for d in self.server_random.draws if len(d) == 32]
        values += [k.secret_bytes() for k in (self.client_key, self.server_key) if k]
        return values + self._shared_secrets()

    def assert_no_secrets(self, text: str) -> None:
        for secret in self.secrets():
            for form in (secret.hex(), secret.hex().upper(), repr(secret)[2:-1]):
                assert form not in text, f"secret leaked into {text!r}"
        for plain in self._plaintexts:
            if len(plain) >= 8:
                assert plain.hex() not in text, f"plaintext leaked into {text!r}"
                assert repr(plain)[2:-1] not in text, f"plaintext in {text!r}"

    def assert_no_secrets_in_exception(self, exc: BaseException) -> None:
        assert_no_key_material(exc)
        seen: BaseException | None = exc
        while seen is not None:
            self.assert_no_secrets(str(seen))
            self.assert_no_secrets(repr(seen))
            seen = seen.__cause__ or seen.__context__


_LONG_HEX: Final = re.compile(r"[0-9a-fA-F]{32}")


def assert_no_key_material(exc: BaseException) -> None:
    """No message in an exception chain holds 16 or more bytes as hex.

    Keys are named by fingerprint (base64) in messages, so a long run of hex
    digits can only be key material, secret or not, leaking out.
    """
    seen: BaseException | None = exc
    while seen is not None:
        for text in (str(seen), repr(seen)):
            found = _LONG_HEX.search(text)
            assert found is None, f"hex key material in {text!r}"
        seen = seen.__cause__ or seen.__context__


# -- a hand-written peer for forging packets ------------------------------------


class _ManualPeer:
    """The parts both manual sides share: keys, nonces, msg_ids, records."""

    def __init__(self, label: str) -> None:
        rng = random.Random(f"manual:{label}")
        self.challenge = rng.randbytes(32)
        self.ephemeral_secret = rng.randbytes(32)
        self.ephemeral_public = x25519_public(self.ephemeral_secret)
        self.nonce = rng.randbytes(12)
        self.send_nonce = int.from_bytes(self.nonce, "big")
        self.recv_nonce = 0
        self.msg_id = 0
        self.aead: ChaCha20Poly1305 | None = None

    def agree(self, peer_ephemeral: bytes) -> None:
        self.aead = ChaCha20Poly1305(
            x25519_shared(self.ephemeral_secret, peer_ephemeral)
        )

    def packet(self, ptype: int, body: bytes, *, msg_id: int | None = None) -> bytes:
        if msg_id is None:
            msg_id = self.msg_id
            self.msg_id = (self.msg_id + 1) % 65536
        return make_packet(ptype, body, msg_id=msg_id)

    def seal(self, plaintext: bytes) -> bytes:
        assert self.aead is not None
        sealed = self.aead.encrypt(nonce_bytes(self.send_nonce), plaintext, None)
        self.send_nonce += 1
        return sealed

    def data(
        self,
        plaintext: bytes,
        *,
        data_len: int | None = None,
        tag_len: int = 16,
        msg_id: int | None = None,
    ) -> bytes:
        """A Data packet, optionally with lying length fields."""
        declared = len(plaintext) if data_len is None else data_len
        body = SUB.pack(declared, tag_len) + self.seal(plaintext)
        return self.packet(DATA, body, msg_id=msg_id)

    def open(self, data: bytes) -> list[bytes]:
        """Decrypt every Data packet in ``data`` (control packets are skipped)."""
        assert self.aead is not None
        plaintexts = []
        for pkt in split_packets(data):
            if pkt.type == DATA:
                plain = self.aead.decrypt(
                    nonce_bytes(self.recv_nonce), pkt.body[4:], None
                )
                self.recv_nonce += 1
                plaintexts.append(plain)
        return plaintexts


class ManualClient(_ManualPeer):
    """A client built by hand: can send whatever a test needs it to."""

    def __init__(self, label: str = "client", *, key: SecretKey | None = None) -> None:
        super().__init__(f"client:{label}")
        self.key = key
        self.server_challenge = b""
        self.server_key = b""

    def client_handshake(
        self,
        *,
        version: int = 1,
        inner_len: int = 84,
        ephemeral_public: bytes | None = None,
    ) -> bytes:
        public = self.ephemeral_public if ephemeral_public is None else ephemeral_public
        body = PREFIX.pack(inner_len, version) + public + self.nonce + self.challenge
        return self.packet(CLIENT_HANDSHAKE, body)

    def accept_server_handshake(self, data: bytes) -> None:
        """Read the ServerHandshake at the start of ``data`` (no checks)."""
        pkt = split_packets(data)[0]
        assert pkt.type == SERVER_HANDSHAKE
        server_nonce = pkt.raw[SH_NONCE]
        self.agree(pkt.raw[SH_EPHEMERAL])
        assert self.aead is not None
        plain = self.aead.decrypt(server_nonce, pkt.raw[SH_SEALED], None)
        self.server_key = plain[:32]
        self.server_challenge = plain[32:64]
        self.recv_nonce = int.from_bytes(server_nonce, "big") + 1

    def signed_message(self) -> bytes:
        return self.ephemeral_public + self.nonce + self.server_challenge

    def client_authentication(
        self,
        *,
        public: bytes | None = None,
        signature: bytes | None = None,
        inner_len: int = 124,
        data_len: int = 96,
        tag_len: int = 16,
        version: int = 1,
    ) -> bytes:
        if public is None:
            public = (
                ANONYMOUS_CLIENT_KEY if self.key is None else bytes(self.key.public_key)
            )
        if signature is None:
            signature = (
                bytes(64) if self.key is None else self.key.sign(self.signed_message())
            )
        body = (
            PREFIX.pack(inner_len, version)
            + SUB.pack(data_len, tag_len)
            + self.seal(public + signature)
        )
        return self.packet(CLIENT_AUTHENTICATION, body)


class ManualServer(_ManualPeer):
    """A server built by hand: can answer with forged ServerHandshakes."""

    def __init__(self, key: SecretKey, label: str = "server") -> None:
        super().__init__(f"server:{label}")
        self.key = key
        self.client_challenge = b""
        self.client_ephemeral = b""
        self.client_nonce = b""

    def server_handshake(
        self,
        client_handshake: bytes,
        *,
        public: bytes | None = None,
        challenge: bytes | None = None,
        signature: bytes | None = None,
        version: int = 1,
        inner_len: int = 200,
        data_len: int = 128,
    ) -> bytes:
        """Answer the ClientHandshake at the start of ``client_handshake``."""
        pkt = split_packets(client_handshake)[0]
        assert pkt.type == CLIENT_HANDSHAKE
        self.client_ephemeral = pkt.raw[CH_EPHEMERAL]
        self.client_nonce = pkt.raw[CH_NONCE]
        self.client_challenge = pkt.raw[CH_CHALLENGE]
        self.agree(self.client_ephemeral)
        self.recv_nonce = int.from_bytes(self.client_nonce, "big") + 1
        if public is None:
            public = bytes(self.key.public_key)
        if challenge is None:
            challenge = self.challenge
        if signature is None:
            signature = self.key.sign(
                self.ephemeral_public + self.nonce + self.client_challenge
            )
        body = (
            PREFIX.pack(inner_len, version)
            + self.ephemeral_public
            + self.nonce
            + SUB.pack(data_len, 16)
            + self.seal(public + challenge + signature)
        )
        return self.packet(SERVER_HANDSHAKE, body)


# -- scenarios and checks shared by several test modules ---------------------------

#: The states in which a connection is alive, and the two it ends in.
LIVE_STATES: Final = frozenset(State) - {State.CLOSED, State.FAILED}
TERMINAL_STATES: Final = frozenset({State.CLOSED, State.FAILED})


def spoil_next_record(pair: ConnectionPair, sender: OssuaryConnection) -> list[Outcome]:
    """Send one record with a bad MAC; return what the receiver reports."""
    sender.send_record(b"spoiled")
    packet = split_packets(sender.data_to_send())[0]
    receiver = pair.peer(sender)
    receiver.receive_data(packet.replace(body=flip(packet.body, 4)))
    return pair.drain(receiver)


def pair_with_side_in(
    state: State, *, seed: int | str = 0
) -> tuple[ConnectionPair, OssuaryConnection]:
    """A pair with one side in the live ``state``; returns (pair, that side)."""
    pair = ConnectionPair(seed=seed, trust_server=state is not State.AWAIT_TRUST)
    if state in (State.AWAIT_SERVER_HANDSHAKE, State.AWAIT_CLIENT_HANDSHAKE):
        return pair, pair.side(state is State.AWAIT_SERVER_HANDSHAKE)
    if state is State.AWAIT_CLIENT_AUTHENTICATION:
        pair.transfer(pair.client)
        assert pair.drain(pair.server) == []
        return pair, pair.server
    if state is State.AWAIT_TRUST:
        pair.pump(approve=None)
        return pair, pair.client
    if state is State.AWAIT_RESET:
        pair.handshake()
        outcomes = spoil_next_record(pair, pair.server)
        assert [type(e) for e in outcomes] == [SessionReset], outcomes
        return pair, pair.client
    assert state is State.ESTABLISHED, state
    pair.handshake()
    return pair, pair.client


def reachable(start: State, *, server: bool) -> set[State]:
    """Every state the transition table can lead to from ``start``."""
    seen = {start}
    todo = [start]
    while todo:
        state = todo.pop()
        for (source, event), _ in TRANSITIONS.items():
            if source is state:
                target = next_state(state, event, server=server)
                assert target is not None
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
    return seen


def assert_table_allows(before: State, after: State, *, server: bool) -> None:
    """A connection's change of state must follow the table (in one or more
    steps: one call may handle several packets)."""
    assert after in reachable(before, server=server), (
        f"{before} -> {after} is not in the transition table"
    )


# -- property-test sizes ---------------------------------------------------------

#: Examples per property; OSSUARY_FUZZ_SCALE=10 runs ten times as many (for
#: long runs, see tests/fuzz/README.rst).
SCALE: Final = float(os.environ.get("OSSUARY_FUZZ_SCALE", "1"))


def fuzz(examples: int) -> settings:
    """Hypothesis settings for ``examples`` examples, times :data:`SCALE`."""
    return settings(
        max_examples=max(1, int(examples * SCALE)),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
