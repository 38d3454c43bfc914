"""Packet layouts in ``trio_ossuary._wire``: encoders, decoders, length checks.

The expected bytes come from the tests' own description of the wire,
:mod:`wire_spec` (written from the layouts in the vectors' README, not taken
from ``_wire``), and every recorded reference packet is run through the
decoders.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, strategies as st
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
    HEADER,
    KNOWN_TYPES,
    MAX_BODY,
    MAX_PACKET,
    MAX_PLAINTEXT,
    PREFIX,
    RESET,
    SERVER_HANDSHAKE,
    SH_EPHEMERAL,
    SH_NONCE,
    SH_SEALED,
    SUB,
    split_packets,
)

from trio_ossuary import _wire as wire
from trio_ossuary._wire import (
    ClientAuthentication,
    ClientHandshake,
    ClientIdentity,
    MalformedPacket,
    PacketType,
    ResetOrDisconnect,
    ServerHandshake,
    ServerIdentity,
    UnframedPacket,
    UnsupportedVersion,
)

u16 = st.integers(0, 0xFFFF)
u8 = st.integers(0, 0xFF)
VECTORS = sorted((Path(__file__).resolve().parents[1] / "vectors").glob("*.json"))


def test_constants_match_the_reference_layouts() -> None:
    assert wire.PROTOCOL_VERSION == 1
    assert wire.HEADER_LEN == HEADER.size == 8
    assert wire.MAX_PLAINTEXT_LEN == MAX_PLAINTEXT == 16384
    assert wire.MAX_BODY_LEN == MAX_BODY == 16404
    assert wire.MAX_PACKET_LEN == MAX_PACKET == 16412
    assert wire.CLIENT_HANDSHAKE_BODY_LEN == 84
    assert wire.SERVER_HANDSHAKE_BODY_LEN == 200
    assert wire.CLIENT_AUTH_BODY_LEN == 124
    assert wire.RESET_BODY_LEN == 4
    assert wire.SERVER_HANDSHAKE_PLAIN_LEN == 128
    assert wire.CLIENT_AUTH_PLAIN_LEN == 96
    assert {int(t): t.name for t in PacketType} == {
        CLIENT_HANDSHAKE: "CLIENT_HANDSHAKE",
        SERVER_HANDSHAKE: "SERVER_HANDSHAKE",
        CLIENT_AUTHENTICATION: "CLIENT_AUTHENTICATION",
        DISCONNECT: "DISCONNECT",
        RESET: "RESET",
        DATA: "DATA",
    }
    assert wire.FIXED_BODY_LEN == {
        PacketType.CLIENT_HANDSHAKE: 84,
        PacketType.SERVER_HANDSHAKE: 200,
        PacketType.CLIENT_AUTHENTICATION: 124,
        PacketType.DISCONNECT: 4,
        PacketType.RESET: 4,
    }


@given(body_len=u16, msg_id=u16, ptype=st.sampled_from(PacketType))
def test_header_round_trip(body_len: int, msg_id: int, ptype: PacketType) -> None:
    encoded = wire.encode_header(body_len, msg_id, ptype)
    # Four big-endian u16 fields, the last one reserved (zero).
    assert encoded == HEADER.pack(body_len, msg_id, int(ptype), 0)
    assert wire.HEADER.unpack(encoded) == (body_len, msg_id, ptype, 0)
    assert wire.packet_type(wire.HEADER.unpack(encoded)[2]) is ptype


@given(
    body_len=st.integers(0x10000, 1 << 20) | st.integers(-(1 << 20), -1),
    ptype=st.sampled_from(PacketType),
)
def test_header_refuses_lengths_that_do_not_fit(
    body_len: int, ptype: PacketType
) -> None:
    with pytest.raises(struct.error):
        wire.encode_header(body_len, 0, ptype)


@given(value=u16)
def test_packet_type_lookup(value: int) -> None:
    found = wire.packet_type(value)
    if value in KNOWN_TYPES:
        assert found is not None
        assert int(found) == value
    else:
        assert found is None


@given(
    expected=st.sampled_from([84, 200, 124]),
    declared=u16,
    version=u8,
    reserved=st.binary(min_size=5, max_size=5),
    rest=st.binary(max_size=16),
)
def test_handshake_prefix_check(
    expected: int, declared: int, version: int, reserved: bytes, rest: bytes
) -> None:
    body = memoryview(struct.pack("<HB", declared, version) + reserved + rest)
    if declared == expected:
        assert wire.check_handshake_prefix(body, expected) == version
    else:
        with pytest.raises(MalformedPacket, match=str(declared)):
            wire.check_handshake_prefix(body, expected)


@pytest.mark.parametrize("body_len", [84, 200, 124])
def test_handshake_prefix_encoding(body_len: int) -> None:
    prefix = wire.encode_handshake_prefix(body_len)
    # u16 LE length, version 1, five zero bytes.
    assert prefix == body_len.to_bytes(2, "little") + b"\x01" + bytes(5)
    assert wire.check_handshake_prefix(memoryview(prefix), body_len) == 1


@given(
    expected=st.sampled_from([96, 128]),
    offset=st.sampled_from([8, 52]),
    data_len=u16,
    tag_len=u16,
)
def test_subheader_check_is_exact(
    expected: int, offset: int, data_len: int, tag_len: int
) -> None:
    body = memoryview(bytes(offset) + SUB.pack(data_len, tag_len))
    if (data_len, tag_len) == (expected, 16):
        wire.check_subheader(body, offset, expected)
    else:
        with pytest.raises(MalformedPacket):
            wire.check_subheader(body, offset, expected)


@given(
    size=st.integers(0, 80) | st.sampled_from([16403, 16404, 16405]),
    data_len=u16 | st.integers(0, 80),
    tag_len=st.just(16) | u16,
)
def test_data_body_check_is_exact(size: int, data_len: int, tag_len: int) -> None:
    head = SUB.pack(data_len, tag_len)
    body = memoryview((head + bytes(size))[:size])
    if size < 20:
        with pytest.raises(MalformedPacket, match="too short"):
            wire.check_data_body(body)
    elif tag_len != 16:
        with pytest.raises(MalformedPacket, match="tag"):
            wire.check_data_body(body)
    elif data_len + 20 != size:
        with pytest.raises(MalformedPacket, match="declares"):
            wire.check_data_body(body)
    else:
        assert wire.check_data_body(body) == data_len


@given(plaintext_len=st.integers(0, 16384))
def test_data_body_of_every_legal_size(plaintext_len: int) -> None:
    body = SUB.pack(plaintext_len, 16) + bytes(plaintext_len + 16)
    assert len(body) <= wire.MAX_BODY_LEN
    assert wire.check_data_body(memoryview(body)) == plaintext_len


@given(error=st.booleans(), garbage_len=u16, last=u8)
def test_control_body_round_trip(error: bool, garbage_len: int, last: int) -> None:
    encoded = wire.encode_reset_body(error)
    # We write the real length; flag 1 for an error, then a zero byte.
    assert encoded == b"\x04\x00" + bytes([int(error)]) + b"\x00"
    assert wire.reset_body_flag(memoryview(encoded)) is error
    # The reference's length field is garbage: it is never looked at.
    theirs = CONTROL.pack(garbage_len, int(error), last)
    assert wire.reset_body_flag(memoryview(theirs)) is error


@given(
    packets=st.lists(
        st.tuples(u16, st.sampled_from(PacketType), st.binary(max_size=64)),
        max_size=8,
    )
)
def test_stream_of_headers_splits_back(
    packets: list[tuple[int, PacketType, bytes]],
) -> None:
    stream = b"".join(
        wire.encode_header(len(body), msg_id, ptype) + body
        for msg_id, ptype, body in packets
    )
    decoded = [(p.msg_id, p.type, p.body) for p in split_packets(stream)]
    assert decoded == [(m, int(t), b) for m, t, b in packets]


# -- the reference's own packets --------------------------------------------------


def load(path: Path) -> dict[str, Any]:
    with path.open() as f:
        return json.load(f)  # type: ignore[no-any-return]


def test_vectors_present() -> None:
    assert VECTORS


@pytest.mark.parametrize("path", VECTORS, ids=lambda p: p.stem)
def test_reference_packets_pass_the_checks(path: Path) -> None:
    vector = load(path)
    for index, record in enumerate(vector["packets"]):
        raw = bytes.fromhex(record.get("wire_as_delivered", record["wire"]))
        (packet,) = split_packets(raw)
        ptype = wire.packet_type(packet.type)
        assert ptype is not None, index
        assert packet.reserved == 0
        assert packet.length <= wire.MAX_BODY_LEN
        assert raw[:8] == wire.encode_header(packet.length, packet.msg_id, ptype)
        assert packet.msg_id == record["msg_id"]
        body = memoryview(packet.body)
        if ptype in wire.FIXED_BODY_LEN:
            assert packet.length == wire.FIXED_BODY_LEN[ptype], index
        if ptype in (PacketType.RESET, PacketType.DISCONNECT):
            assert packet.msg_id == 0
            assert raw[10] in (0, 1)
            assert raw[11] == 0
            flag = wire.reset_body_flag(body)
            assert flag is (raw[10] == 1)
            if ptype is PacketType.RESET:
                assert flag  # a Reset always carries the error flag
            # Apart from the (garbage) length field, our encoding is theirs.
            assert raw[10:] == wire.encode_reset_body(flag)[2:]
        elif ptype is PacketType.DATA:
            plaintext = bytes.fromhex(record.get("plaintext", ""))
            assert wire.check_data_body(body) == len(plaintext)
        else:
            assert wire.check_handshake_prefix(body, packet.length) == 1
            assert packet.body[:8] == wire.encode_handshake_prefix(packet.length)
            if ptype is PacketType.SERVER_HANDSHAKE:
                wire.check_subheader(body, 52, wire.SERVER_HANDSHAKE_PLAIN_LEN)
            if ptype is PacketType.CLIENT_AUTHENTICATION:
                wire.check_subheader(body, 8, wire.CLIENT_AUTH_PLAIN_LEN)


@given(data_len=st.integers(0, 16384), msg_id=u16)
def test_data_prefix_is_the_header_then_the_subheader(
    data_len: int, msg_id: int
) -> None:
    packed = wire.DATA_PREFIX.pack(
        data_len + 20, msg_id, 0x20, data_len & 0xFF, data_len >> 8, 16
    )
    # Big-endian header (body = data + 4 + 16), then little-endian subheader.
    assert packed == struct.pack(">HHHH", data_len + 20, msg_id, 0x20, 0) + (
        struct.pack("<HH", data_len, 16)
    )


# -- typed bodies ---------------------------------------------------------------


def body_slice(where: slice) -> slice:
    """A body's offsets, from wire_spec's whole-packet slices."""
    return slice(where.start - HEADER.size, where.stop - HEADER.size)


def handshake_body(ptype: int, fields: bytes, plain_len: int | None = None) -> bytes:
    """A handshake body as wire_spec lays it out (not through _wire)."""
    size = {CLIENT_HANDSHAKE: 84, SERVER_HANDSHAKE: 200, CLIENT_AUTHENTICATION: 124}
    body = PREFIX.pack(size[ptype], 1)
    if ptype == SERVER_HANDSHAKE:
        assert plain_len is not None
        body += fields[:44] + SUB.pack(plain_len, 16) + fields[44:]
    elif ptype == CLIENT_AUTHENTICATION:
        assert plain_len is not None
        body += SUB.pack(plain_len, 16) + fields
    else:
        body += fields
    assert len(body) == size[ptype]
    return body


@given(fields=st.binary(min_size=76, max_size=76))
def test_client_handshake_round_trip(fields: bytes) -> None:
    body = handshake_body(CLIENT_HANDSHAKE, fields)
    packet = ClientHandshake.decode(body)
    assert packet.ephemeral_public == body[body_slice(CH_EPHEMERAL)]
    assert packet.nonce == body[body_slice(CH_NONCE)]
    assert packet.challenge == body[body_slice(CH_CHALLENGE)]
    assert packet.encode() == body


@given(fields=st.binary(min_size=188, max_size=188))
def test_server_handshake_round_trip(fields: bytes) -> None:
    body = handshake_body(SERVER_HANDSHAKE, fields, 128)
    packet = ServerHandshake.decode(body)
    assert packet.ephemeral_public == body[body_slice(SH_EPHEMERAL)]
    assert packet.nonce == body[body_slice(SH_NONCE)]
    assert packet.sealed_identity == body[body_slice(SH_SEALED)]
    assert packet.encode() == body


@given(fields=st.binary(min_size=112, max_size=112))
def test_client_authentication_round_trip(fields: bytes) -> None:
    body = handshake_body(CLIENT_AUTHENTICATION, fields, 96)
    packet = ClientAuthentication.decode(body)
    assert packet.sealed_identity == body[body_slice(CA_SEALED)]
    assert packet.encode() == body


@given(plain=st.binary(min_size=128, max_size=128))
def test_identity_plaintexts_round_trip(plain: bytes) -> None:
    server = ServerIdentity.decode(plain)
    assert (server.public_key, server.challenge, server.signature) == (
        plain[:32],
        plain[32:64],
        plain[64:],
    )
    assert server.encode() == plain
    client = ClientIdentity.decode(plain[:96])
    assert (client.public_key, client.signature) == (plain[:32], plain[32:96])
    assert client.encode() == plain[:96]


@given(error=st.booleans(), garbage_len=u16, last=u8)
def test_reset_or_disconnect_body(error: bool, garbage_len: int, last: int) -> None:
    for ptype in (PacketType.RESET, PacketType.DISCONNECT):
        theirs = CONTROL.pack(garbage_len, int(error), last)
        assert ResetOrDisconnect.decode(theirs, ptype).error is error
    assert ResetOrDisconnect(error).encode() == CONTROL.pack(4, int(error), 0)


@pytest.mark.parametrize("size", [0, 3, 5, 16])
def test_reset_or_disconnect_of_another_size_is_unframed(size: int) -> None:
    with pytest.raises(UnframedPacket, match=f"^disconnect packet of {size} bytes$"):
        ResetOrDisconnect.decode(bytes(size), PacketType.DISCONNECT)


HANDSHAKES = pytest.mark.parametrize(
    ("decode", "ptype", "size", "plain_len"),
    [
        (ClientHandshake.decode, CLIENT_HANDSHAKE, 84, None),
        (ServerHandshake.decode, SERVER_HANDSHAKE, 200, 128),
        (ClientAuthentication.decode, CLIENT_AUTHENTICATION, 124, 96),
    ],
    ids=["client_handshake", "server_handshake", "client_authentication"],
)


def zero_body(ptype: int, size: int, plain_len: int | None) -> bytes:
    """A well-formed handshake body of ``ptype`` with every field zero."""
    return handshake_body(ptype, bytes(size - 8 - (4 if plain_len else 0)), plain_len)


@HANDSHAKES
@given(version=st.integers(0, 255).filter(lambda v: v != 1), extra=st.integers(-80, 8))
def test_another_version_is_reported_before_the_size(
    decode: Any, ptype: int, size: int, plain_len: int | None, version: int, extra: int
) -> None:
    edited = bytearray(zero_body(ptype, size, plain_len))
    edited[2] = version
    body = (bytes(edited) + bytes(max(extra, 0)))[: size + extra]
    with pytest.raises(UnsupportedVersion) as excinfo:
        decode(body)
    assert excinfo.value.version == version


@HANDSHAKES
@pytest.mark.parametrize("extra", [-80, -1, 1, 8])
def test_a_handshake_body_of_another_size_is_unframed(
    decode: Any, ptype: int, size: int, plain_len: int | None, extra: int
) -> None:
    body = (zero_body(ptype, size, plain_len) + bytes(max(extra, 0)))[: size + extra]
    name = PacketType(ptype).name
    with pytest.raises(
        UnframedPacket, match=f"^{name} body of {size + extra} bytes, expected {size}$"
    ):
        decode(body)


@HANDSHAKES
def test_a_handshake_length_field_that_lies_is_malformed_but_framed(
    decode: Any, ptype: int, size: int, plain_len: int | None
) -> None:
    body = zero_body(ptype, size, plain_len)
    lying = (size + 1).to_bytes(2, "little") + body[2:]
    with pytest.raises(MalformedPacket) as excinfo:
        decode(lying)
    assert type(excinfo.value) is MalformedPacket
    assert str(excinfo.value) == (
        f"handshake body says it is {size + 1} bytes, expected {size}"
    )


@pytest.mark.parametrize(
    ("decode", "ptype", "size", "plain_len"),
    [
        (ServerHandshake.decode, SERVER_HANDSHAKE, 200, 128),
        (ClientAuthentication.decode, CLIENT_AUTHENTICATION, 124, 96),
    ],
    ids=["server_handshake", "client_authentication"],
)
def test_a_sealed_field_subheader_that_lies_is_malformed_but_framed(
    decode: Any, ptype: int, size: int, plain_len: int
) -> None:
    body = handshake_body(ptype, bytes(size - 12), plain_len - 1)
    with pytest.raises(MalformedPacket) as excinfo:
        decode(body)
    assert type(excinfo.value) is MalformedPacket
    assert str(excinfo.value) == (
        f"encrypted field declares {plain_len - 1}+16 bytes, expected {plain_len}+16"
    )


@pytest.mark.parametrize(
    ("make", "sizes"),
    [
        (ClientHandshake, (32, 12, 32)),
        (ServerHandshake, (32, 12, 144)),
        (ClientAuthentication, (112,)),
        (ServerIdentity, (32, 32, 64)),
        (ClientIdentity, (32, 64)),
    ],
    ids=lambda v: getattr(v, "__name__", ""),
)
def test_typed_bodies_refuse_fields_of_the_wrong_size(
    make: Any, sizes: tuple[int, ...]
) -> None:
    make(*(bytes(n) for n in sizes))
    for index in range(len(sizes)):
        wrong = [bytes(n) for n in sizes]
        wrong[index] = bytes(sizes[index] + 1)
        with pytest.raises(ValueError, match=f"must be {sizes[index]} bytes"):
            make(*wrong)


@given(plaintext_len=st.integers(0, 64))
def test_decode_data_returns_the_sealed_record(plaintext_len: int) -> None:
    sealed = bytes(range(256))[:plaintext_len] + bytes(16)
    body = SUB.pack(plaintext_len, 16) + sealed
    assert bytes(wire.decode_data(memoryview(body))) == sealed
    with pytest.raises(UnframedPacket, match="declares"):
        wire.decode_data(memoryview(body + b"x"))


@pytest.mark.parametrize("path", VECTORS, ids=lambda p: p.stem)
def test_reference_handshakes_decode_and_encode_byte_for_byte(path: Path) -> None:
    decoders: dict[int, Any] = {
        CLIENT_HANDSHAKE: ClientHandshake.decode,
        SERVER_HANDSHAKE: ServerHandshake.decode,
        CLIENT_AUTHENTICATION: ClientAuthentication.decode,
    }
    seen = 0
    for record in load(path)["packets"]:
        raw = bytes.fromhex(record.get("wire_as_delivered", record["wire"]))
        (packet,) = split_packets(raw)
        if packet.type in decoders:
            assert decoders[packet.type](packet.body).encode() == packet.body
            seen += 1
        elif packet.type in (RESET, DISCONNECT):
            flag = ResetOrDisconnect.decode(packet.body, PacketType(packet.type))
            assert flag.encode()[2:] == packet.body[2:]
    assert seen
