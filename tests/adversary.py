"""A packet-aware attacker in the middle, for the adversarial test suite.

:func:`interposed` builds two transports, one for a client
:class:`~trio_ossuary.OssuaryStream` and one for a server, joined through an
:class:`Adversary`.  Each side talks to its own in-memory stream pair
(:func:`trio.testing.memory_stream_pair`, or the lockstep variant for
back-pressure); the adversary holds the far ends and runs one pump task per
direction.  A pump reassembles the Ossuary packets its endpoint writes
(8-byte header: big-endian u16 body length, msg_id, type, reserved) and
hands each whole packet to that direction's *tamper* hook, which returns what
to deliver instead::

    [packet.raw]                      pass it on
    []                                drop it
    [packet.raw, packet.raw]          duplicate it
    [flip(packet.raw, 17, 0x01)]      corrupt it
    [packet.raw[:30], CUT]            truncate it and cut the wire
    [Delay(2.0), packet.raw]          delay it (and everything after it)
    [b"...", packet.raw]              inject something before it

Hooks may keep packets and return them later (reordering).  A test can also
:meth:`Wire.inject` bytes at any moment.  Each direction records what its
endpoint sent (:attr:`Wire.sent`) and what reached the other end
(:attr:`Wire.delivered`), so tests can look for, say, the Disconnect(error)
that refuses a peer.

The module also has what the tests need to forge or re-encrypt handshake
fields (written from the byte layouts in ``docs/protocol.rst``, not from the
library), a scenario runner that drives a client and a server through an
exchange with retries, and the check that every exception is a documented
one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import random
import struct
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from typing import Any, Final

import trio
import trio.testing
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from trio_ossuary import ChannelReset, OssuaryError, OssuaryStream, SecretKey
from trio_ossuary.sansio import OssuaryConnection

# -- the wire ------------------------------------------------------------------

HEADER: Final = struct.Struct(">HHHH")
CLIENT_HANDSHAKE: Final = 0x01
SERVER_HANDSHAKE: Final = 0x02
CLIENT_AUTHENTICATION: Final = 0x03
DISCONNECT: Final = 0x10
RESET: Final = 0x11
DATA: Final = 0x20
MAX_BODY: Final = 16384 + 4 + 16
#: Whole packet sizes on the wire.
PACKET_SIZE: Final = {
    CLIENT_HANDSHAKE: 92,
    SERVER_HANDSHAKE: 208,
    CLIENT_AUTHENTICATION: 132,
}

#: Field offsets within whole packets (header included), per docs/protocol.rst.
CH_EPHEMERAL: Final = slice(16, 48)
CH_NONCE: Final = slice(48, 60)
CH_CHALLENGE: Final = slice(60, 92)
SH_EPHEMERAL: Final = slice(16, 48)
SH_NONCE: Final = slice(48, 60)
SH_SEALED: Final = slice(64, 208)  # ciphertext (128) and tag (16)
CA_SEALED: Final = slice(20, 132)  # ciphertext (96) and tag (16)


@dataclasses.dataclass(frozen=True)
class Packet:
    """One packet as an endpoint wrote it.

    Attributes:
      direction: ``"c2s"`` or ``"s2c"``.
      index: Its position among the packets of that direction, from 0.
      raw: The whole packet, header included.
    """

    direction: str
    index: int
    raw: bytes

    @property
    def length(self) -> int:
        return int(HEADER.unpack_from(self.raw)[0])

    @property
    def msg_id(self) -> int:
        return int(HEADER.unpack_from(self.raw)[1])

    @property
    def type(self) -> int:
        return int(HEADER.unpack_from(self.raw)[2])

    @property
    def body(self) -> bytes:
        return self.raw[8:]

    @property
    def flag(self) -> int | None:
        """The error flag of a Reset or Disconnect, else None."""
        if self.type in (RESET, DISCONNECT) and len(self.raw) >= 11:
            return self.raw[10]
        return None

    def __repr__(self) -> str:
        return (
            f"<Packet {self.direction}#{self.index} type=0x{self.type:02x} "
            f"msg_id={self.msg_id} {len(self.raw)} bytes>"
        )


def split_packets(data: bytes, direction: str = "?") -> list[Packet]:
    """Split bytes into packets; a trailing partial packet is left out."""
    packets: list[Packet] = []
    pos = 0
    while len(data) - pos >= 8:
        length = HEADER.unpack_from(data, pos)[0]
        if pos + 8 + length > len(data):
            break
        packets.append(Packet(direction, len(packets), data[pos : pos + 8 + length]))
        pos += 8 + length
    return packets


def make_packet(
    ptype: int, body: bytes, *, msg_id: int = 0, length: int | None = None
) -> bytes:
    """A packet with the given body; ``length`` overrides the header's field."""
    return HEADER.pack(len(body) if length is None else length, msg_id, ptype, 0) + body


def control_packet(ptype: int, flag: int) -> bytes:
    """A Reset or Disconnect, as any implementation would send it."""
    return make_packet(ptype, struct.pack("<HBB", 4, flag, 0))


def with_msg_id(raw: bytes, msg_id: int) -> bytes:
    return raw[:2] + struct.pack(">H", msg_id) + raw[4:]


def flip(raw: bytes, offset: int, mask: int) -> bytes:
    """``raw`` with the bits of ``mask`` flipped in the byte at ``offset``."""
    out = bytearray(raw)
    out[offset] ^= mask
    return bytes(out)


def replace(raw: bytes, where: slice, value: bytes) -> bytes:
    out = bytearray(raw)
    assert len(out[where]) == len(value)
    out[where] = value
    return bytes(out)


# -- the adversary ---------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Delay:
    """In a hook's answer: wait this long before delivering what follows."""

    seconds: float


class _Cut:
    def __repr__(self) -> str:
        return "CUT"


#: In a hook's answer: end the stream here (the receiver sees end of file, the
#: sender's next write fails).
CUT: Final = _Cut()

Item = bytes | Delay | _Cut
Tamper = Callable[[Packet], Iterable[Item]]


class Wire:
    """One direction through the adversary.

    Attributes:
      name: ``"c2s"`` or ``"s2c"``.
      tamper: The per-packet hook (None passes everything through); may be
          replaced at any time.
      sent: Every packet the endpoint wrote, untouched.
      delivered: Every byte that reached the other endpoint.
      unframed: Bytes the endpoint wrote that do not parse as packets.
    """

    def __init__(
        self,
        name: str,
        source: trio.StapledStream[Any, Any],
        dest: trio.StapledStream[Any, Any],
        tamper: Tamper | None,
    ) -> None:
        self.name = name
        self.tamper = tamper
        self.sent: list[Packet] = []
        self.delivered = bytearray()
        self.unframed = bytearray()
        self.cut = False
        self._source = source
        self._dest = dest
        self._lock = trio.Lock()

    def delivered_packets(self) -> list[Packet]:
        return split_packets(bytes(self.delivered), self.name)

    def sent_types(self) -> list[int]:
        return [p.type for p in self.sent]

    def sent_disconnect(self) -> int | None:
        """The flag of the first Disconnect the endpoint sent, or None."""
        for packet in self.sent:
            if packet.type == DISCONNECT:
                return packet.flag
        return None

    async def inject(self, data: bytes) -> None:
        """Deliver ``data`` to the receiving endpoint now, between packets."""
        await self._deliver([data])

    async def cut_wire(self) -> None:
        """End this direction: the receiver sees end of file."""
        await self._deliver([CUT])

    async def _deliver(self, items: Iterable[Item]) -> None:
        async with self._lock:
            for item in items:
                if self.cut:
                    return
                if isinstance(item, Delay):
                    await trio.sleep(item.seconds)
                elif isinstance(item, _Cut):
                    await self._shut()
                elif item:
                    try:
                        await self._dest.send_all(item)
                    except (trio.BrokenResourceError, trio.ClosedResourceError):
                        # The receiver has gone: the sender's next write fails,
                        # like a TCP connection that was reset.
                        await self._shut()
                        return
                    self.delivered += item

    async def _shut(self) -> None:
        self.cut = True
        await self._dest.send_stream.aclose()
        await self._source.receive_stream.aclose()

    async def pump(self) -> None:
        buf = bytearray()
        while not self.cut:
            try:
                data = await self._source.receive_some(1 << 16)
            except (trio.BrokenResourceError, trio.ClosedResourceError):
                data = b""
            if not data:
                if buf and not self.cut:
                    self.unframed += buf
                    await self._deliver([bytes(buf)])
                if not self.cut:
                    async with self._lock:
                        self.cut = True
                        await self._dest.send_stream.aclose()
                return
            buf += data
            while len(buf) >= 8 and not self.cut:
                length = HEADER.unpack_from(buf)[0]
                if length > MAX_BODY:  # not an Ossuary packet: pass it on as is
                    self.unframed += buf
                    raw = bytes(buf)
                    buf.clear()
                    await self._deliver([raw])
                    break
                if len(buf) < 8 + length:
                    break
                raw = bytes(buf[: 8 + length])
                del buf[: 8 + length]
                packet = Packet(self.name, len(self.sent), raw)
                self.sent.append(packet)
                items = [raw] if self.tamper is None else list(self.tamper(packet))
                await self._deliver(items)


class _Guarded(trio.abc.Stream):
    """An endpoint's transport, which fails loudly if the endpoint spins."""

    def __init__(
        self, inner: trio.StapledStream[Any, Any], name: str, budget: int
    ) -> None:
        self._inner = inner
        self._name = name
        self._budget = budget

    def _spend(self) -> None:
        self._budget -= 1
        if self._budget < 0:
            raise AssertionError(
                f"the {self._name} endpoint made too many transport calls (spinning?)"
            )

    async def send_all(self, data: bytes | bytearray | memoryview) -> None:
        self._spend()
        await self._inner.send_all(data)

    async def wait_send_all_might_not_block(self) -> None:
        self._spend()
        await self._inner.wait_send_all_might_not_block()

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        self._spend()
        return bytes(await self._inner.receive_some(max_bytes))

    async def aclose(self) -> None:
        await self._inner.aclose()

    def __repr__(self) -> str:
        return f"<{self._name} transport>"


class Adversary:
    """Both transports and both directions; see the module docstring."""

    def __init__(
        self, c2s: Wire, s2c: Wire, client: _Guarded, server: _Guarded
    ) -> None:
        self.c2s = c2s
        self.s2c = s2c
        self.client_transport: trio.abc.Stream = client
        self.server_transport: trio.abc.Stream = server

    def wire(self, direction: str) -> Wire:
        return self.c2s if direction == "c2s" else self.s2c


@asynccontextmanager
async def interposed(
    c2s: Tamper | None = None,
    s2c: Tamper | None = None,
    *,
    lockstep: bool = False,
    budget: int = 20_000,
) -> AsyncIterator[Adversary]:
    """Run an :class:`Adversary` for the duration of the block.

    Args:
      c2s, s2c: The initial tamper hooks of each direction.
      lockstep: Use :func:`trio.testing.lockstep_stream_pair` (every write
          waits for the reader) instead of unbuffered-free memory streams.
      budget: How many transport calls each endpoint may make; exceeding it
          fails the test, so an endpoint that spins cannot hang it.
    """
    pair = (
        trio.testing.lockstep_stream_pair
        if lockstep
        else trio.testing.memory_stream_pair
    )
    client_end, client_far = pair()
    server_end, server_far = pair()
    to_server = Wire("c2s", client_far, server_far, c2s)
    to_client = Wire("s2c", server_far, client_far, s2c)
    adversary = Adversary(
        to_server,
        to_client,
        _Guarded(client_end, "client", budget),
        _Guarded(server_end, "server", budget),
    )
    async with trio.open_nursery() as nursery:
        nursery.start_soon(to_server.pump)
        nursery.start_soon(to_client.pump)
        try:
            yield adversary
        finally:
            nursery.cancel_scope.cancel()


# -- hook builders ---------------------------------------------------------------


def hooks_for(direction: str, tamper: Tamper) -> dict[str, Any]:
    """Keyword arguments for :func:`interposed`: ``tamper`` on one direction."""
    assert direction in ("c2s", "s2c")
    return {direction: tamper}


def nth_of_type(ptype: int, n: int = 0) -> Callable[[Packet], bool]:
    """A predicate matching the n-th packet of a type in one direction."""
    seen = [0]

    def match(packet: Packet) -> bool:
        if packet.type != ptype:
            return False
        seen[0] += 1
        return seen[0] == n + 1

    return match


def on_match(
    match: Callable[[Packet], bool], action: Callable[[Packet], Iterable[Item]]
) -> Tamper:
    """Apply ``action`` to the packets ``match`` selects; pass the rest."""

    def tamper(packet: Packet) -> Iterable[Item]:
        if match(packet):
            return action(packet)
        return [packet.raw]

    return tamper


def corrupt(match: Callable[[Packet], bool], offset: int, mask: int) -> Tamper:
    return on_match(match, lambda p: [flip(p.raw, offset, mask)])


def swap_next(match: Callable[[Packet], bool]) -> Tamper:
    """Hold the matching packet back and deliver it after the next one."""
    held: list[bytes] = []

    def tamper(packet: Packet) -> Iterable[Item]:
        if held:
            return [packet.raw, held.pop()]
        if match(packet):
            held.append(packet.raw)
            return []
        return [packet.raw]

    return tamper


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


# -- cryptographic helpers for forging ------------------------------------------------


def x25519_public(private: X25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def session_key(stream: OssuaryStream[Any], peer_ephemeral: bytes) -> bytes:
    """The session key ``stream`` shares with the peer that sent ``peer_ephemeral``.

    Reads the engine's current ephemeral secret: this is what an attacker who
    had broken the key exchange would know.  The engine forgets that secret
    once the channel is established, so call this while ``stream`` is still
    waiting for the packet carrying ``peer_ephemeral``.
    """
    conn = stream._conn
    assert conn is not None
    return conn._session.private.exchange(
        X25519PublicKey.from_public_bytes(peer_ephemeral)
    )


def nonce12(value: bytes | int) -> bytes:
    if isinstance(value, bytes):
        return value
    return (value % (1 << 96)).to_bytes(12, "big")


def open_sealed(key: bytes, nonce: bytes | int, sealed: bytes) -> bytes:
    return ChaCha20Poly1305(key).decrypt(nonce12(nonce), sealed, None)


def seal(key: bytes, nonce: bytes | int, plaintext: bytes) -> bytes:
    return ChaCha20Poly1305(key).encrypt(nonce12(nonce), plaintext, None)


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
) -> tuple[OssuaryStream[trio.abc.Stream], OssuaryStream[trio.abc.Stream]]:
    """A client trusting SERVER_KEY and a server, over the adversary."""
    client_opts: dict[str, Any] = {"authorized_keys": [SERVER_KEY.public_key]}
    client_opts.update(client or {})
    server_opts: dict[str, Any] = {
        "secret_key": SERVER_KEY,
        "authorized_keys": [CLIENT_KEY.public_key],
    }
    server_opts.update(server or {})
    return (
        OssuaryStream(adversary.client_transport, **client_opts),
        OssuaryStream(adversary.server_transport, server_side=True, **server_opts),
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
