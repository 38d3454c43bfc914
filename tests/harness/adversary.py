"""Attacks and scenarios for the adversarial suite, on top of the harness.

The man in the middle itself is :mod:`interposer` (:func:`interposed` and its
tamper functions) and the wire format is :mod:`wire_spec`; this module holds
what the adversarial tests build with them:

* a standard cast of keys (:data:`SERVER_KEY`, :data:`CLIENT_KEY`,
  :data:`OTHER_KEY`) and :func:`make_streams`, a client and a server over an
  :class:`~interposer.Adversary`;
* :func:`exchange`, a scenario runner that drives the two through a
  request/response exchange with retries, whatever the adversary does, and
  checks that no altered, duplicated or reordered plaintext is delivered;
* :func:`check_documented`, the check that every exception is a documented
  one;
* :class:`KeyKnowingAttacker`, which rewrites and reseals fields inside the
  encrypted handshake, with :func:`session_key`;
* :func:`seeded_engines`, for runs whose every ciphertext is reproducible.
"""

from __future__ import annotations

import dataclasses
import hashlib
import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Final

import trio
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from interposer import (
    Adversary,
    Item,
    ossuary_pair,
)
from wire_spec import (
    CA_SEALED,
    CH_CHALLENGE,
    CH_EPHEMERAL,
    CH_NONCE,
    CLIENT_AUTHENTICATION,
    CLIENT_HANDSHAKE,
    SERVER_HANDSHAKE,
    SH_EPHEMERAL,
    SH_NONCE,
    SH_SEALED,
    Packet,
    open_sealed,
    replace,
    seal,
)

from trio_ossuary import ChannelReset, OssuaryError, OssuaryStream, SecretKey
from trio_ossuary.sansio import OssuaryConnection

__all__ = [
    "CLIENT_KEY",
    "OTHER_KEY",
    "SERVER_KEY",
    "KeyKnowingAttacker",
    "Report",
    "SideReport",
    "check_documented",
    "check_in_order",
    "exchange",
    "make_streams",
    "seeded_engines",
    "session_key",
]


# -- documented outcomes -------------------------------------------------------------


def check_documented(exc: BaseException) -> str:
    """Return a short label for ``exc``, failing the test if it is undocumented.

    OssuaryStream may raise :class:`~trio_ossuary.ChannelReset`, or
    :class:`trio.BrokenResourceError` whose ``__cause__`` is an
    :class:`~trio_ossuary.OssuaryError` or the transport's own error.
    """
    if isinstance(exc, ChannelReset):
        return "reset"
    if type(exc) is trio.BrokenResourceError:
        cause = exc.__cause__
        if isinstance(cause, OssuaryError):
            return type(cause).__name__
        if isinstance(cause, trio.BrokenResourceError | trio.ClosedResourceError):
            return "transport"
    raise AssertionError(
        f"undocumented exception {exc!r} (cause {exc.__cause__!r})"
    ) from exc


# -- the session key, as an attacker who broke the exchange knows it ----------------


def session_key(stream: OssuaryStream[Any], peer_ephemeral: bytes) -> bytes:
    """The session key ``stream`` shares with the peer that sent ``peer_ephemeral``.

    Reads the engine's current ephemeral secret: this is what an attacker who
    had broken the key exchange would know.  The engine forgets that secret
    once the channel is established, so call this while ``stream`` is still
    waiting for the packet carrying ``peer_ephemeral``.
    """
    conn = stream._conn
    assert conn is not None
    private = conn._session.private
    assert private is not None, "the engine has already forgotten its secret"
    return private.exchange(X25519PublicKey.from_public_bytes(peer_ephemeral))


# -- a standard cast and a scenario runner ---------------------------------------


def _test_key(label: str) -> SecretKey:
    return SecretKey.from_bytes(hashlib.sha256(b"adversary:" + label.encode()).digest())


SERVER_KEY: Final = _test_key("server")
CLIENT_KEY: Final = _test_key("client")
OTHER_KEY: Final = _test_key("other")


def make_streams(
    adversary: Adversary,
    *,
    client: dict[str, Any] | None = None,
    server: dict[str, Any] | None = None,
) -> tuple[OssuaryStream[Any], OssuaryStream[Any]]:
    """A client trusting SERVER_KEY and a server, over the adversary.

    The server holds SERVER_KEY and authorizes CLIENT_KEY; ``client`` and
    ``server`` override the options of each side.
    """
    return ossuary_pair(
        adversary.client_transport,
        adversary.server_transport,
        server_key=SERVER_KEY,
        client_options=client,
        server_options={"authorized_keys": [CLIENT_KEY.public_key], **(server or {})},
    )


@dataclasses.dataclass
class SideReport:
    """What one side of :func:`exchange` saw."""

    resets: int = 0
    received: bytearray = dataclasses.field(default_factory=bytearray)
    engine_resets: int = 0  # resets the engine counted, silent ones included
    error: str | None = None  # label from check_documented
    error_text: str = ""
    done: bool = False  # finished its part of the exchange normally
    exceptions: list[BaseException] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Report:
    client: SideReport
    server: SideReport
    client_sent: list[bytes]
    server_sent: list[bytes]

    def outcome(self) -> tuple[str, str]:
        """A compact summary: ``ok``, ``reset-ok`` or the error label, per side."""

        def one(side: SideReport) -> str:
            if side.error is not None:
                return side.error
            return "reset-ok" if side.resets else "ok"

        return one(self.client), one(self.server)


def check_in_order(received: bytes | bytearray, sent: Sequence[bytes]) -> list[int]:
    """Every delivered message is one that was sent, whole, in order, once.

    Messages end with ``|``.  Returns the indices of the delivered messages.
    """
    pieces = bytes(received).split(b"|")
    assert pieces[-1] == b"", f"a partial message was delivered: {pieces[-1]!r}"
    indices: list[int] = []
    for piece in pieces[:-1]:
        message = piece + b"|"
        assert message in sent, f"delivered bytes nobody sent: {message!r}"
        index = sent.index(message)
        assert not indices or index > indices[-1], (
            f"out of order or replayed: {message!r}"
        )
        indices.append(index)
    return indices


async def exchange(
    client: OssuaryStream[Any],
    server: OssuaryStream[Any],
    *,
    rounds: int = 2,
    idle: float = 5.0,
    attempts: int = 12,
    guard: float = 600.0,
    prefix: bytes = b"",
) -> Report:
    """Drive a request/response exchange through whatever the adversary does.

    The client sends ``rounds`` requests, each answered by the server, and
    then closes.  Every ChannelReset is counted and the application carries
    on (each direction of a stream reports a reset once, so one reset may
    show up twice).  A client that hears nothing for ``idle`` seconds sends
    its request again, and after ``attempts`` requests gives up and closes
    (``error == "gave-up"``): the idle policy an application needs, since a
    lost final packet is indistinguishable from silence.  Any other exception must be a
    documented one and ends that side.  The whole run must finish within
    ``guard`` seconds (a hang fails the test).

    Every message carries a unique marker, so the caller can check that no
    corrupted, duplicated or reordered plaintext was ever delivered.
    """
    report = Report(SideReport(), SideReport(), [], [])

    def failed(side: SideReport, exc: BaseException) -> None:
        side.exceptions.append(exc)
        side.error = check_documented(exc)
        side.error_text = str(exc.__cause__ or exc)

    async def run_client() -> None:
        side = report.client
        answered = 0
        tries = 0
        try:
            while answered < rounds:
                tries += 1
                if tries > attempts:
                    # The idle policy gives up: close and let the peer know.
                    side.error = "gave-up"
                    return
                request = prefix + b"request %d try %d|" % (answered, tries)
                report.client_sent.append(request)
                try:
                    await client.send_all(request)
                    with trio.move_on_after(idle):
                        while True:
                            chunk = await client.receive_some()
                            if not chunk:
                                # A Disconnect(0), perhaps a forged one: the
                                # documented truncation risk.
                                side.error = "closed"
                                return
                            side.received += chunk
                            if side.received.count(b"|") > answered:
                                answered = side.received.count(b"|")
                                break
                except ChannelReset as exc:
                    side.exceptions.append(exc)
                    side.resets += 1
            side.done = True
        except trio.BrokenResourceError as exc:
            failed(side, exc)
        finally:
            with trio.CancelScope(shield=True):
                await client.aclose()

    async def run_server() -> None:
        side = report.server
        try:
            while True:
                try:
                    chunk = await server.receive_some()
                except ChannelReset as exc:
                    side.exceptions.append(exc)
                    side.resets += 1
                    continue
                if not chunk:
                    side.done = True
                    return
                side.received += chunk
                for request in bytes(chunk).split(b"|")[:-1]:
                    answer = b"answer to " + request + b"|"
                    report.server_sent.append(answer)
                    try:
                        await server.send_all(answer)
                    except ChannelReset as exc:
                        side.exceptions.append(exc)
                        side.resets += 1
        except trio.BrokenResourceError as exc:
            failed(side, exc)
        finally:
            with trio.CancelScope(shield=True):
                await server.aclose()

    with trio.fail_after(guard):
        async with trio.open_nursery() as nursery:
            nursery.start_soon(run_client)
            nursery.start_soon(run_server)
    for stream, side in ((client, report.client), (server, report.server)):
        side.engine_resets = 0 if stream._conn is None else stream._conn.resets
    check_in_order(report.server.received, report.client_sent)
    check_in_order(report.client.received, report.server_sent)
    return report


# -- an attacker who knows the session key -------------------------------------------


class KeyKnowingAttacker:
    """Rewrites fields inside the encrypted handshake, resealing them.

    It reads the session key out of the client's engine (see
    :func:`session_key`), so it models the strongest attacker on the wire: one
    who has broken the key exchange.  Even so, any field it changes must be
    caught by a signature or an authorization check, since it holds neither
    long-term secret key.  Install :meth:`c2s` and :meth:`s2c` as hooks; set
    ``edit`` to one of the ``edit_*`` names below before the handshake.
    """

    def __init__(
        self, client: OssuaryStream[Any], edit: str, forger: SecretKey
    ) -> None:
        self.client = client
        self.edit = edit
        self.forger = forger
        self.client_ephemeral = b""
        self.client_nonce = b""  # as the client sent it
        self.client_challenge = b""
        self.ca_nonce = b""  # the nonce the server will decrypt with
        self.server_ephemeral = b""
        self.server_nonce = b""
        self.server_challenge = b""
        self.session_key = b""
        self.done = False

    def c2s(self, packet: Packet) -> list[Item]:
        raw = packet.raw
        if self.done:
            return [raw]
        if packet.type == CLIENT_HANDSHAKE:
            self.client_ephemeral = raw[CH_EPHEMERAL]
            self.client_nonce = self.ca_nonce = raw[CH_NONCE]
            self.client_challenge = raw[CH_CHALLENGE]
            if self.edit == "client nonce":
                self.ca_nonce = bytes(b ^ 0x5A for b in self.client_nonce)
                raw = replace(raw, CH_NONCE, self.ca_nonce)
            elif self.edit == "client challenge":
                raw = replace(raw, CH_CHALLENGE, bytes(reversed(self.client_challenge)))
        elif packet.type == CLIENT_AUTHENTICATION:
            self.done = True
            # Learnt from the ServerHandshake: by now the client has forgotten
            # its ephemeral secret.
            key = self.session_key
            plain = open_sealed(key, self.client_nonce, raw[CA_SEALED])
            client_key, signature = plain[:32], plain[32:]
            if self.edit == "client key":
                client_key = bytes(self.forger.public_key)
            elif self.edit == "client key and signature":
                client_key = bytes(self.forger.public_key)
                signature = self.forger.sign(
                    self.client_ephemeral + self.client_nonce + self.server_challenge
                )
            elif self.edit == "client signature":
                signature = bytes(reversed(signature))
            elif self.edit == "zero client key":
                client_key = bytes(32)
            elif self.edit == "zero client signature":
                signature = bytes(64)
            elif self.edit == "client signature over another message":
                assert self.forger is not None
                signature = self.forger.sign(b"some other message")
            sealed = seal(key, self.ca_nonce, client_key + signature)
            raw = replace(raw, CA_SEALED, sealed)
        return [raw]

    def s2c(self, packet: Packet) -> list[Item]:
        raw = packet.raw
        if packet.type != SERVER_HANDSHAKE or self.done:
            return [raw]
        self.server_ephemeral = raw[SH_EPHEMERAL]
        self.server_nonce = raw[SH_NONCE]
        key = self.session_key = session_key(self.client, self.server_ephemeral)
        plain = open_sealed(key, self.server_nonce, raw[SH_SEALED])
        server_key, challenge, signature = plain[:32], plain[32:64], plain[64:]
        self.server_challenge = challenge
        nonce = self.server_nonce
        if self.edit == "server nonce":
            nonce = bytes(b ^ 0xA5 for b in nonce)
            raw = replace(raw, SH_NONCE, nonce)
        elif self.edit == "server key":
            server_key = bytes(self.forger.public_key)
        elif self.edit == "server key and signature":
            server_key = bytes(self.forger.public_key)
            signature = self.forger.sign(
                self.server_ephemeral + self.server_nonce + self.client_challenge
            )
        elif self.edit == "server challenge":
            challenge = bytes(reversed(challenge))
        elif self.edit == "server signature":
            signature = bytes(reversed(signature))
        elif self.edit == "zero server key":
            server_key = bytes(32)
        elif self.edit == "zero server challenge":
            challenge = bytes(32)
        elif self.edit == "zero server signature":
            signature = bytes(64)
        sealed = seal(key, nonce, server_key + challenge + signature)
        return [replace(raw, SH_SEALED, sealed)]


@contextmanager
def seeded_engines(seed: str) -> Iterator[None]:
    """Give every OssuaryConnection made inside the block seeded randomness.

    Each engine gets its own generator, named by its role and creation order,
    so the ephemeral keys and nonces (and so every ciphertext) are the same
    on every run.
    """
    original = OssuaryConnection.__init__
    made: dict[str, int] = {}

    def init(self: OssuaryConnection, *args: Any, **kwargs: Any) -> None:
        role = "server" if kwargs.get("server_side") else "client"
        made[role] = made.get(role, 0) + 1
        rng = random.Random(f"{seed}:{role}:{made[role]}")
        kwargs.setdefault("random_bytes", rng.randbytes)
        original(self, *args, **kwargs)

    OssuaryConnection.__init__ = init  # type: ignore[method-assign]
    try:
        yield
    finally:
        OssuaryConnection.__init__ = original  # type: ignore[method-assign]
