"""Ossuary v1 packet layouts: encoding and decoding, nothing else.

Every packet is an 8-byte header followed by a body::

    header (big-endian):  u16 len | u16 msg_id | u16 type | u16 reserved

``len`` counts the body only.  Bodies are the reference's packed C structs in
little-endian order, unlike the header.  See ``docs/protocol.rst`` for the
full specification with offsets.

This module knows nothing about keys or state; it only turns bytes into
fields and back, and says precisely what is wrong with bytes that do not fit.
"""

from __future__ import annotations

import enum
import struct
from typing import Final

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
    "MalformedPacket",
    "PacketType",
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
      MalformedPacket: declared data length + 4 + 16 is not the body size, or
          the tag length is not 16.
    """
    if len(body) < SUBHEADER.size + TAG_LEN:
        raise MalformedPacket(f"data packet body of {len(body)} bytes is too short")
    data_len, tag_len = SUBHEADER.unpack_from(body)
    if tag_len != TAG_LEN:
        raise MalformedPacket(f"data packet declares a {tag_len}-byte tag")
    if data_len + SUBHEADER.size + TAG_LEN != len(body):
        raise MalformedPacket(
            f"data packet declares {data_len} bytes of data "
            f"but its body holds {len(body) - SUBHEADER.size - TAG_LEN}"
        )
    return int(data_len)


def reset_body_flag(body: memoryview) -> bool:
    """Return the error flag of a Reset/Disconnect body (length field ignored)."""
    return bool(body[2])
