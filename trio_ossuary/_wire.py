"""Ossuary v1 packet layouts: encoding and decoding, nothing else.

Every packet is an 8-byte header followed by a body::

    header (big-endian):  u16 len | u16 msg_id | u16 type | u16 reserved

``len`` counts the body only.  Bodies are the reference's packed C structs in
little-endian order, unlike the header.  See ``docs/protocol.rst`` for the
full specification with offsets.

This module knows nothing about keys or state; it only turns bytes into
fields and back, and says precisely what is wrong with bytes that do not fit.
Each packet body has a class with ``decode`` and ``encode``
(:class:`ClientHandshake`, :class:`ServerHandshake`,
:class:`ClientAuthentication`, :class:`ResetOrDisconnect`), and so has each
encrypted field's plaintext (:class:`ServerIdentity`,
:class:`ClientIdentity`).  A Data body is decoded by :func:`decode_data`;
the engine's record path packs and unpacks Data headers itself, with
:data:`DATA_PREFIX`, :data:`HEADER` and :data:`SUBHEADER` from here, because
a call per record costs more than the rest of its work.

A body that does not fit raises :exc:`MalformedPacket`, or one of its two
subclasses that the engine treats differently: :exc:`UnframedPacket` (the
body is not the size its type requires, so the packet boundaries that follow
are in doubt) and :exc:`UnsupportedVersion` (the peer speaks another
protocol version, whose sizes are not ours to judge).
"""

from __future__ import annotations

import enum
import struct
from collections.abc import Callable
from typing import Final, final

import attrs

__all__ = [
    "CHALLENGE_LEN",
    "CLIENT_AUTH_BODY_LEN",
    "CLIENT_AUTH_PLAIN_LEN",
    "CLIENT_HANDSHAKE_BODY_LEN",
    "DATA_PREFIX",
    "HEADER",
    "HEADER_LEN",
    "KEY_LEN",
    "MAX_BODY_LEN",
    "MAX_PACKET_LEN",
    "MAX_PLAINTEXT_LEN",
    "NONCE_LEN",
    "PROTOCOL_VERSION",
    "SERVER_HANDSHAKE_BODY_LEN",
    "SERVER_HANDSHAKE_PLAIN_LEN",
    "SIGNATURE_LEN",
    "SUBHEADER",
    "TAG_LEN",
    "ClientAuthentication",
    "ClientHandshake",
    "ClientIdentity",
    "MalformedPacket",
    "PacketType",
    "ResetOrDisconnect",
    "ServerHandshake",
    "ServerIdentity",
    "UnframedPacket",
    "UnsupportedVersion",
    "decode_data",
]

PROTOCOL_VERSION: Final = 1
KEY_LEN: Final = 32
NONCE_LEN: Final = 12
CHALLENGE_LEN: Final = 32
SIGNATURE_LEN: Final = 64
TAG_LEN: Final = 16

#: The header: body length, msg_id, packet type, reserved; all big-endian u16.
HEADER: Final = struct.Struct(">HHHH")
HEADER_LEN: Final = HEADER.size  # 8
#: The prefix of every encrypted (sub)packet: data length and tag length, LE.
SUBHEADER: Final = struct.Struct("<HH")
#: A Data packet's header and subheader together, for the record path:
#: body length, msg_id, type (big-endian u16), the reserved u16, then the data
#: length as its low and high byte and the tag length as one byte and a zero
#: (so the little-endian subheader fits in the same big-endian struct).
DATA_PREFIX: Final = struct.Struct(">HHH2xBBBx")
#: The prefix of the three handshake bodies: length (LE), version, 5 reserved.
HANDSHAKE_PREFIX: Final = struct.Struct("<HB5x")
#: Reset and Disconnect bodies: length (LE, garbage in the reference), flag, 0.
RESET_BODY: Final = struct.Struct("<HBB")

MAX_PLAINTEXT_LEN: Final = 16384
MAX_BODY_LEN: Final = MAX_PLAINTEXT_LEN + SUBHEADER.size + TAG_LEN  # 16404
MAX_PACKET_LEN: Final = HEADER_LEN + MAX_BODY_LEN  # 16412

SERVER_HANDSHAKE_PLAIN_LEN: Final = KEY_LEN + CHALLENGE_LEN + SIGNATURE_LEN  # 128
CLIENT_AUTH_PLAIN_LEN: Final = KEY_LEN + SIGNATURE_LEN  # 96

CLIENT_HANDSHAKE_BODY_LEN: Final = (
    HANDSHAKE_PREFIX.size + KEY_LEN + NONCE_LEN + CHALLENGE_LEN
)  # 84
SERVER_HANDSHAKE_BODY_LEN: Final = (
    HANDSHAKE_PREFIX.size
    + KEY_LEN
    + NONCE_LEN
    + SUBHEADER.size
    + SERVER_HANDSHAKE_PLAIN_LEN
    + TAG_LEN
)  # 200
CLIENT_AUTH_BODY_LEN: Final = (
    HANDSHAKE_PREFIX.size + SUBHEADER.size + CLIENT_AUTH_PLAIN_LEN + TAG_LEN
)  # 124
RESET_BODY_LEN: Final = RESET_BODY.size  # 4


class PacketType(enum.IntEnum):
    """The packet types of Ossuary v1, as carried in the header."""

    #: Client -> server, cleartext: ephemeral key, nonce, challenge.
    CLIENT_HANDSHAKE = 0x01
    #: Server -> client: ephemeral key and nonce, then the encrypted identity.
    SERVER_HANDSHAKE = 0x02
    #: Client -> server, encrypted: the client's identity and signature.
    CLIENT_AUTHENTICATION = 0x03
    #: Either way: the connection is over (flag 0 = closed, 1 = failed).
    DISCONNECT = 0x10
    #: Either way: drop the session and handshake again with fresh keys.
    RESET = 0x11
    #: Either way, once established: one encrypted application record.
    DATA = 0x20


_KNOWN_TYPES: Final = frozenset(int(t) for t in PacketType)

#: The exact body length of each fixed-size packet type.
FIXED_BODY_LEN: Final = {
    PacketType.CLIENT_HANDSHAKE: CLIENT_HANDSHAKE_BODY_LEN,
    PacketType.SERVER_HANDSHAKE: SERVER_HANDSHAKE_BODY_LEN,
    PacketType.CLIENT_AUTHENTICATION: CLIENT_AUTH_BODY_LEN,
    PacketType.DISCONNECT: RESET_BODY_LEN,
    PacketType.RESET: RESET_BODY_LEN,
}


class MalformedPacket(Exception):
    """Internal: a packet whose fields do not add up.  Never escapes the core."""


class UnframedPacket(MalformedPacket):
    """Internal: a body of the wrong size for its type (or its own subheader).

    Where the next packet begins is then in doubt.
    """


class UnsupportedVersion(MalformedPacket):
    """Internal: a handshake body of another protocol version."""

    def __init__(self, version: int) -> None:
        super().__init__(f"protocol version {version}")
        self.version = version


def packet_type(value: int) -> PacketType | None:
    """Return the :class:`PacketType` for a header value, or None if unknown."""
    return PacketType(value) if value in _KNOWN_TYPES else None


def encode_header(body_len: int, msg_id: int, ptype: PacketType) -> bytes:
    """Return the 8-byte header for a packet."""
    return HEADER.pack(body_len, msg_id, ptype, 0)


def encode_handshake_prefix(body_len: int) -> bytes:
    """Return the 8-byte length/version prefix of a handshake body."""
    return HANDSHAKE_PREFIX.pack(body_len, PROTOCOL_VERSION)


def encode_reset_body(error: bool) -> bytes:
    """Return a Reset or Disconnect body.

    The reference writes a meaningless value in the length field; we write the
    real length (4).  Receivers ignore the field either way.
    """
    return RESET_BODY.pack(RESET_BODY_LEN, 1 if error else 0, 0)


def check_handshake_prefix(body: memoryview, expected_len: int) -> int:
    """Validate a handshake body's length field; return its version byte.

    Raises:
      MalformedPacket: the body's own length field disagrees with its size.
    """
    inner_len, version = HANDSHAKE_PREFIX.unpack_from(body)
    if inner_len != expected_len:
        raise MalformedPacket(
            f"handshake body says it is {inner_len} bytes, expected {expected_len}"
        )
    return int(version)


def check_subheader(body: memoryview, offset: int, expected_data_len: int) -> None:
    """Validate an encrypted subpacket's data and tag lengths.

    Raises:
      MalformedPacket: the lengths are not the ones this packet must carry.
    """
    data_len, tag_len = SUBHEADER.unpack_from(body, offset)
    if data_len != expected_data_len or tag_len != TAG_LEN:
        raise MalformedPacket(
            f"encrypted field declares {data_len}+{tag_len} bytes, "
            f"expected {expected_data_len}+{TAG_LEN}"
        )


def check_data_body(body: memoryview) -> int:
    """Validate a Data body's lengths exactly; return the plaintext length.

    Raises:
      UnframedPacket: declared data length + 4 + 16 is not the body size, or
          the tag length is not 16.
    """
    if len(body) < SUBHEADER.size + TAG_LEN:
        raise UnframedPacket(f"data packet body of {len(body)} bytes is too short")
    data_len, tag_len = SUBHEADER.unpack_from(body)
    if tag_len != TAG_LEN:
        raise UnframedPacket(f"data packet declares a {tag_len}-byte tag")
    if data_len + SUBHEADER.size + TAG_LEN != len(body):
        raise UnframedPacket(
            f"data packet declares {data_len} bytes of data "
            f"but its body holds {len(body) - SUBHEADER.size - TAG_LEN}"
        )
    return int(data_len)


def reset_body_flag(body: memoryview) -> bool:
    """Return the error flag of a Reset/Disconnect body (length field ignored)."""
    return bool(body[2])


def decode_data(body: memoryview) -> memoryview:
    """Return a Data body's sealed record (ciphertext and tag), checked.

    Raises:
      UnframedPacket: as :func:`check_data_body`.
    """
    check_data_body(body)
    return body[SUBHEADER.size :]


# -- typed bodies ---------------------------------------------------------------


def _exactly(size: int) -> Callable[[object, attrs.Attribute[bytes], bytes], None]:
    """An attrs validator: the field is ``size`` bytes, no more, no fewer."""

    def check(
        instance: object, attribute: attrs.Attribute[bytes], value: bytes
    ) -> None:
        if type(value) is not bytes or len(value) != size:
            raise ValueError(f"{attribute.name} must be {size} bytes")

    return check


def _handshake_fields(body: bytes, ptype: PacketType) -> memoryview:
    """Check a handshake body's version, size and length field; return it.

    The version comes first: another version may well have other sizes, so
    a body of another size is reported as the version it claims.

    Raises:
      UnsupportedVersion: the version byte is not :data:`PROTOCOL_VERSION`.
      UnframedPacket: the body is not the size of ``ptype``'s body.
      MalformedPacket: the body's own length field disagrees with its size.
    """
    expected = FIXED_BODY_LEN[ptype]
    if len(body) > 2 and body[2] != PROTOCOL_VERSION:
        raise UnsupportedVersion(body[2])
    if len(body) != expected:
        raise UnframedPacket(
            f"{ptype.name} body of {len(body)} bytes, expected {expected}"
        )
    view = memoryview(body)
    check_handshake_prefix(view, expected)
    return view


def _sealed_field(view: memoryview, offset: int, plain_len: int) -> bytes:
    """Return the encrypted field at ``offset`` (after its subheader), checked.

    Raises:
      MalformedPacket: its subheader declares other lengths.
    """
    check_subheader(view, offset, plain_len)
    return bytes(view[offset + SUBHEADER.size :])


def _seal_prefix(body_len: int, plain_len: int) -> bytes:
    return encode_handshake_prefix(body_len) + SUBHEADER.pack(plain_len, TAG_LEN)


@final
@attrs.frozen(slots=True)
class ClientHandshake:
    """Client -> server, in the clear: the client's session material."""

    #: The client's ephemeral X25519 public key.
    ephemeral_public: bytes = attrs.field(validator=_exactly(KEY_LEN))
    #: The client's nonce base for this session.
    nonce: bytes = attrs.field(validator=_exactly(NONCE_LEN))
    #: The random challenge the server must sign.
    challenge: bytes = attrs.field(validator=_exactly(CHALLENGE_LEN))

    @classmethod
    def decode(cls, body: bytes) -> ClientHandshake:
        """Read a ClientHandshake body.

        Raises:
          MalformedPacket: as :func:`_handshake_fields` says.
        """
        _handshake_fields(body, PacketType.CLIENT_HANDSHAKE)
        return cls(body[8:40], body[40:52], body[52:84])

    def encode(self) -> bytes:
        """Return the 84-byte body."""
        return b"".join(
            (
                encode_handshake_prefix(CLIENT_HANDSHAKE_BODY_LEN),
                self.ephemeral_public,
                self.nonce,
                self.challenge,
            )
        )


@final
@attrs.frozen(slots=True)
class ServerHandshake:
    """Server -> client: its session material, then its sealed identity."""

    #: The server's ephemeral X25519 public key.
    ephemeral_public: bytes = attrs.field(validator=_exactly(KEY_LEN))
    #: The server's nonce base for this session.
    nonce: bytes = attrs.field(validator=_exactly(NONCE_LEN))
    #: A :class:`ServerIdentity`, encrypted: ciphertext and tag.
    sealed_identity: bytes = attrs.field(
        validator=_exactly(SERVER_HANDSHAKE_PLAIN_LEN + TAG_LEN)
    )

    @classmethod
    def decode(cls, body: bytes) -> ServerHandshake:
        """Read a ServerHandshake body.

        Raises:
          MalformedPacket: as :func:`_handshake_fields` says, or the sealed
              field's subheader declares other lengths.
        """
        view = _handshake_fields(body, PacketType.SERVER_HANDSHAKE)
        sealed = _sealed_field(view, 52, SERVER_HANDSHAKE_PLAIN_LEN)
        return cls(body[8:40], body[40:52], sealed)

    def encode(self) -> bytes:
        """Return the 200-byte body."""
        return b"".join(
            (
                encode_handshake_prefix(SERVER_HANDSHAKE_BODY_LEN),
                self.ephemeral_public,
                self.nonce,
                SUBHEADER.pack(SERVER_HANDSHAKE_PLAIN_LEN, TAG_LEN),
                self.sealed_identity,
            )
        )


@final
@attrs.frozen(slots=True)
class ClientAuthentication:
    """Client -> server: the client's sealed identity."""

    #: A :class:`ClientIdentity`, encrypted: ciphertext and tag.
    sealed_identity: bytes = attrs.field(
        validator=_exactly(CLIENT_AUTH_PLAIN_LEN + TAG_LEN)
    )

    @classmethod
    def decode(cls, body: bytes) -> ClientAuthentication:
        """Read a ClientAuthentication body.

        Raises:
          MalformedPacket: as :func:`_handshake_fields` says, or the sealed
              field's subheader declares other lengths.
        """
        view = _handshake_fields(body, PacketType.CLIENT_AUTHENTICATION)
        return cls(_sealed_field(view, 8, CLIENT_AUTH_PLAIN_LEN))

    def encode(self) -> bytes:
        """Return the 124-byte body."""
        return _seal_prefix(CLIENT_AUTH_BODY_LEN, CLIENT_AUTH_PLAIN_LEN) + (
            self.sealed_identity
        )


@final
@attrs.frozen(slots=True)
class ServerIdentity:
    """The plaintext of :attr:`ServerHandshake.sealed_identity`."""

    #: The server's long-term Ed25519 public key.
    public_key: bytes = attrs.field(validator=_exactly(KEY_LEN))
    #: The server's challenge, which the client signs.
    challenge: bytes = attrs.field(validator=_exactly(CHALLENGE_LEN))
    #: The server's signature over its ephemeral key, its nonce and the
    #: client's challenge.
    signature: bytes = attrs.field(validator=_exactly(SIGNATURE_LEN))

    @classmethod
    def decode(cls, plain: bytes) -> ServerIdentity:
        """Read the decrypted field (its size is fixed by the subheader check)."""
        return cls(plain[0:32], plain[32:64], plain[64:128])

    def encode(self) -> bytes:
        """Return the 128 bytes to encrypt."""
        return self.public_key + self.challenge + self.signature


@final
@attrs.frozen(slots=True)
class ClientIdentity:
    """The plaintext of :attr:`ClientAuthentication.sealed_identity`."""

    #: The client's long-term Ed25519 public key (an anonymous client sends
    #: a placeholder).
    public_key: bytes = attrs.field(validator=_exactly(KEY_LEN))
    #: The client's signature over the server's ephemeral key, its nonce and
    #: the server's challenge (all zero from an anonymous client).
    signature: bytes = attrs.field(validator=_exactly(SIGNATURE_LEN))

    @classmethod
    def decode(cls, plain: bytes) -> ClientIdentity:
        """Read the decrypted field (its size is fixed by the subheader check)."""
        return cls(plain[0:32], plain[32:96])

    def encode(self) -> bytes:
        """Return the 96 bytes to encrypt."""
        return self.public_key + self.signature


@final
@attrs.frozen(slots=True)
class ResetOrDisconnect:
    """The body of a Reset or a Disconnect: one flag."""

    #: The flag: True for an error (1), False for a clean close (0).
    error: bool

    @classmethod
    def decode(cls, body: bytes, ptype: PacketType) -> ResetOrDisconnect:
        """Read a Reset or Disconnect body; its length field is ignored.

        Raises:
          UnframedPacket: the body is not 4 bytes.
        """
        if len(body) != RESET_BODY_LEN:
            raise UnframedPacket(f"{ptype.name.lower()} packet of {len(body)} bytes")
        return cls(reset_body_flag(memoryview(body)))

    def encode(self) -> bytes:
        """Return the 4-byte body (see :func:`encode_reset_body`)."""
        return encode_reset_body(self.error)
