"""The Ossuary wire format, as the tests understand it.

Test modules and harnesses take packet layouts, constants, field offsets and
the protocol's cryptographic conventions from here rather than restating
them.  This module is
written from the protocol description (``docs/protocol.rst`` and
``shared/vectors/README.md``) with :mod:`struct` and :mod:`cryptography`, and
deliberately does not import ``trio_ossuary._wire``: the tests check the
library against values defined independently of it, so a mistake in the
library's encoder cannot hide behind the same mistake here.

A packet is an 8-byte header (big-endian u16 ``len``, ``msg_id``, ``type``,
``reserved``) followed by ``len`` body bytes.  Inside bodies the fields are
little-endian: handshake bodies open with ``len, version`` and five reserved
bytes; encrypted fields open with ``data_len, tag_len``; Reset and
Disconnect carry ``len, flag, 0``.

Contents: the constants; :class:`Packet` with :func:`split_packets` (every
byte must be in a whole packet) and :func:`parse_packets` (a trailing partial
packet is left out); builders for forged packets (:func:`make_packet`,
:func:`control_packet`, :func:`with_msg_id`, :func:`flip`, :func:`replace`);
and the protocol's cryptography as an attacker or a hand-written peer needs
it (:func:`x25519_public`, :func:`x25519_shared`, :func:`nonce_bytes`,
:func:`seal`, :func:`open_sealed`).
"""

from __future__ import annotations

import dataclasses
import struct
from typing import Final

from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

# -- packet types ----------------------------------------------------------------

CLIENT_HANDSHAKE: Final = 0x01
SERVER_HANDSHAKE: Final = 0x02
CLIENT_AUTHENTICATION: Final = 0x03
DISCONNECT: Final = 0x10
RESET: Final = 0x11
DATA: Final = 0x20
KNOWN_TYPES: Final = frozenset(
    {CLIENT_HANDSHAKE, SERVER_HANDSHAKE, CLIENT_AUTHENTICATION, DISCONNECT, RESET, DATA}
)

# -- layouts -----------------------------------------------------------------------

HEADER: Final = struct.Struct(">HHHH")  # len, msg_id, type, reserved
PREFIX: Final = struct.Struct("<HB5x")  # handshake bodies: len, version
SUB: Final = struct.Struct("<HH")  # encrypted fields: data_len, tag_len
CONTROL: Final = struct.Struct("<HBB")  # Reset/Disconnect: len, flag, 0

MAX_PLAINTEXT: Final = 16384
MAX_BODY: Final = MAX_PLAINTEXT + 4 + 16
MAX_PACKET: Final = HEADER.size + MAX_BODY
NONCE_MOD: Final = 1 << 96

#: Whole handshake packet sizes on the wire.
PACKET_SIZE: Final = {
    CLIENT_HANDSHAKE: 92,
    SERVER_HANDSHAKE: 208,
    CLIENT_AUTHENTICATION: 132,
}

#: Field offsets within whole handshake packets (header included).
CH_EPHEMERAL: Final = slice(16, 48)
CH_NONCE: Final = slice(48, 60)
CH_CHALLENGE: Final = slice(60, 92)
SH_EPHEMERAL: Final = slice(16, 48)
SH_NONCE: Final = slice(48, 60)
SH_SEALED: Final = slice(64, 208)  # ciphertext (128) and tag (16)
CA_SEALED: Final = slice(20, 132)  # ciphertext (96) and tag (16)

#: What trio-ossuary emits for Reset and for Disconnect (closed / failed).
RESET_PACKET: Final = bytes.fromhex("000400000011000004000100")
DISCONNECT_CLOSED: Final = bytes.fromhex("000400000010000004000000")
DISCONNECT_ERROR: Final = bytes.fromhex("000400000010000004000100")


# -- packets -------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Packet:
    """One packet, as bytes with its header fields readable.

    Attributes:
      raw: The whole packet, header included (also ``bytes(packet)``).
      direction: Where a harness saw it (``"c2s"``, ``"s2c"``), or ``""``.
      index: Its position among the packets seen in that direction, from 0.
    """

    raw: bytes
    direction: str = ""
    index: int = 0

    def _field(self, which: int) -> int:
        return int(HEADER.unpack_from(self.raw)[which])

    @property
    def length(self) -> int:
        """The header's body length field."""
        return self._field(0)

    @property
    def msg_id(self) -> int:
        return self._field(1)

    @property
    def type(self) -> int:
        """The packet type (compare with :data:`DATA` and friends)."""
        return self._field(2)

    @property
    def reserved(self) -> int:
        return self._field(3)

    @property
    def body(self) -> bytes:
        return self.raw[HEADER.size :]

    @property
    def flag(self) -> int | None:
        """The error flag of a Reset or Disconnect, else None."""
        if self.type in (RESET, DISCONNECT) and len(self.raw) >= 11:
            return self.raw[10]
        return None

    def __bytes__(self) -> bytes:
        return self.raw

    def replace(
        self,
        *,
        length: int | None = None,
        msg_id: int | None = None,
        type: int | None = None,
        reserved: int | None = None,
        body: bytes | None = None,
    ) -> bytes:
        """Return the packet's bytes with some fields changed.

        The length field keeps its value unless ``length`` is given, even when
        ``body`` changes size: a forged packet may lie.
        """
        header = HEADER.pack(
            self.length if length is None else length,
            self.msg_id if msg_id is None else msg_id,
            self.type if type is None else type,
            self.reserved if reserved is None else reserved,
        )
        return header + (self.body if body is None else body)

    def flipped(self, offset: int = -1, mask: int = 0x01) -> bytes:
        """Return the raw packet with the byte at ``offset`` XORed with ``mask``.

        The default flips the last bit of the packet, inside the
        authentication tag of an encrypted packet.
        """
        return flip(self.raw, offset, mask)

    def __repr__(self) -> str:
        where = f" {self.direction}#{self.index}" if self.direction else ""
        return (
            f"<Packet{where} type=0x{self.type:02x} msg_id={self.msg_id} "
            f"{len(self.raw)} bytes>"
        )


def _split(data: bytes, direction: str) -> tuple[list[Packet], int]:
    packets: list[Packet] = []
    pos = 0
    while len(data) - pos >= HEADER.size:
        end = pos + HEADER.size + HEADER.unpack_from(data, pos)[0]
        if end > len(data):
            break
        packets.append(Packet(data[pos:end], direction, len(packets)))
        pos = end
    return packets, pos


def split_packets(data: bytes | bytearray, direction: str = "") -> list[Packet]:
    """Split bytes that hold whole packets only; fail the test if they do not."""
    packets, used = _split(bytes(data), direction)
    assert used == len(data), f"truncated packet at offset {used}"
    return packets


def parse_packets(data: bytes | bytearray, direction: str = "") -> list[Packet]:
    """Split bytes into the packets they hold; a trailing partial one is left out."""
    return _split(bytes(data), direction)[0]


def packet_types(data: bytes) -> list[int]:
    """The types of the (whole) packets in ``data``, in order."""
    return [p.type for p in split_packets(data)]


# -- forging -------------------------------------------------------------------------


def make_packet(
    ptype: int, body: bytes, *, msg_id: int = 0, length: int | None = None
) -> bytes:
    """A packet with the given body; ``length`` overrides the header's field."""
    return HEADER.pack(len(body) if length is None else length, msg_id, ptype, 0) + body


def control_packet(ptype: int, flag: int) -> bytes:
    """A Reset or Disconnect, as any implementation would send it."""
    return make_packet(ptype, CONTROL.pack(4, flag, 0))


def with_msg_id(raw: bytes, msg_id: int) -> bytes:
    """``raw`` (a whole packet) with its header's msg_id changed."""
    return raw[:2] + struct.pack(">H", msg_id) + raw[4:]


def flip(data: bytes, offset: int, mask: int = 0x01) -> bytes:
    """``data`` with the bits of ``mask`` flipped in the byte at ``offset``."""
    out = bytearray(data)
    out[offset] ^= mask
    return bytes(out)


def replace(raw: bytes, where: slice, value: bytes) -> bytes:
    """``raw`` with the field at ``where`` overwritten by ``value`` (same size)."""
    out = bytearray(raw)
    assert len(out[where]) == len(value)
    out[where] = value
    return bytes(out)


# -- the protocol's cryptography ----------------------------------------------------


def x25519_public(secret: bytes | X25519PrivateKey) -> bytes:
    """The raw X25519 public key for a private key (or its 32 raw bytes)."""
    if isinstance(secret, bytes):
        secret = X25519PrivateKey.from_private_bytes(secret)
    return secret.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def x25519_shared(secret: bytes, peer_public: bytes) -> bytes:
    """The X25519 shared secret, which is the session key."""
    private = X25519PrivateKey.from_private_bytes(secret)
    return private.exchange(X25519PublicKey.from_public_bytes(peer_public))


def nonce_bytes(value: bytes | int) -> bytes:
    """A nonce as sent: 12 bytes, a big-endian counter modulo 2**96."""
    if isinstance(value, bytes):
        return value
    return (value % NONCE_MOD).to_bytes(12, "big")


def open_sealed(key: bytes, nonce: bytes | int, sealed: bytes) -> bytes:
    """Decrypt ChaCha20-Poly1305 ciphertext-and-tag (no associated data)."""
    return ChaCha20Poly1305(key).decrypt(nonce_bytes(nonce), sealed, None)


def seal(key: bytes, nonce: bytes | int, plaintext: bytes) -> bytes:
    """Encrypt with ChaCha20-Poly1305; returns ciphertext and tag."""
    return ChaCha20Poly1305(key).encrypt(nonce_bytes(nonce), plaintext, None)
