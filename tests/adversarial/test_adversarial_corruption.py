"""Bit flips at every byte of every packet kind, through real OssuaryStreams.

For each packet kind (client_handshake, server_handshake,
client_authentication, and data packets in both directions) and every byte
offset, three separate runs each flip one bit (0x01, 0x10, 0x80) of the first
such packet in transit and drive a full request/response exchange
(:func:`adversary.exchange`) under a mock clock.  Every run must:

* never deliver corrupted, duplicated or reordered plaintext (checked by
  :func:`adversary.exchange` from the unique markers in every message);
* end, well inside the hang guard;
* raise nothing but :class:`~trio_ossuary.ChannelReset` or
  :exc:`trio.BrokenResourceError` caused by an
  :class:`~trio_ossuary.OssuaryError` or a transport error;
* end the way ``docs/protocol.rst`` says for the field that was hit, which
  :func:`expected` spells out: ignored fields change nothing, faults reset the
  session and the exchange then completes, a wrong version or an oversized
  length fails for good, a length that promises more bytes than come stalls
  the handshake until its timeout, and a field covered by a signature but not
  by the tag fails authentication for good.
"""

from __future__ import annotations

import struct
from typing import Any

import pytest
import trio
from adversary import (
    CLIENT_KEY,
    Report,
    exchange,
    make_streams,
    seeded_engines,
)
from interposer import (
    corrupt,
    hooks_for,
    interposed,
    nth_of_type,
)
from wire_spec import (
    CLIENT_AUTHENTICATION,
    CLIENT_HANDSHAKE,
    DATA,
    MAX_BODY,
    PACKET_SIZE,
    SERVER_HANDSHAKE,
)

MASKS = (0x01, 0x10, 0x80)

#: Outcome kinds.
IGNORED = "ignored"  # nothing happens
RESET = "reset"  # the session resets once, then the exchange completes
STALL = "stall"  # the handshake never completes: timeout on at least one side
SWALLOW = "swallow"  # a data packet claims more bytes: it swallows what follows
OVERSIZED = "oversized"  # the receiver fails (RemoteProtocolError)
VERSION = "version"  # the receiver fails (ProtocolVersionError)
AUTH_AT_SERVER = "auth@server"  # AuthenticationError at the server
AUTH_AT_CLIENT = "auth@client"  # AuthenticationError at the client

# (name, direction, packet type, size of the first such packet)
FIRST_REQUEST = 8 + 4 + len(b"request 0 try 1|") + 16
KINDS = [
    ("client_handshake", "c2s", CLIENT_HANDSHAKE, PACKET_SIZE[CLIENT_HANDSHAKE]),
    ("server_handshake", "s2c", SERVER_HANDSHAKE, PACKET_SIZE[SERVER_HANDSHAKE]),
    (
        "client_authentication",
        "c2s",
        CLIENT_AUTHENTICATION,
        PACKET_SIZE[CLIENT_AUTHENTICATION],
    ),
    ("data c2s", "c2s", DATA, FIRST_REQUEST),
    ("data s2c", "s2c", DATA, 8 + 4 + len(b"answer to request 0 try 1|") + 16),
]


def header_outcome(kind: str, offset: int, mask: int, size: int) -> str:
    """The outcome of a flip in the 8-byte header."""
    if offset < 2:
        length = size - 8
        raw = bytearray(struct.pack(">H", length))
        raw[offset] ^= mask
        flipped = struct.unpack(">H", bytes(raw))[0]
        if flipped > MAX_BODY:
            return OVERSIZED
        if flipped < length:
            return RESET  # the body is too short for its type
        if kind.startswith("data"):
            # The receiver waits for more; the application's next messages
            # complete the "packet", which fails its length check, unless
            # the application gives up first and closes.
            return SWALLOW
        if kind == "client_authentication" and flipped - length <= FIRST_REQUEST:
            # The client counts itself established and sends its request at
            # once, which completes the packet: wrong body length, reset.
            return RESET
        # Nothing follows in time: the handshake stalls until its timeout.
        return STALL
    if offset < 6:  # msg_id and type
        return RESET
    return IGNORED  # reserved: never looked at


def expected(kind: str, offset: int, mask: int, size: int) -> str:
    """What docs/protocol.rst says a flip at ``offset`` must do."""
    handshake = not kind.startswith("data")
    if offset < 8:
        return header_outcome(kind, offset, mask, size)
    if not handshake:
        return RESET  # length fields, ciphertext, tag: all faults
    if offset in (8, 9):  # the body's own length field
        return RESET
    if offset == 10:
        return VERSION
    if offset < 16:  # reserved bytes of the handshake prefix
        return IGNORED
    if kind == "client_authentication":
        return RESET  # subpacket lengths, ciphertext, tag
    if offset < 48:  # ephemeral public key
        # Any flip changes the key.  (X25519 ignores the top bit, which
        # would leave the session key unchanged and fail the signature for
        # good; the engine refuses a key with that bit set, so it resets.)
        return RESET
    if offset < 60 or kind == "server_handshake":
        return RESET  # nonce; server subpacket lengths, ciphertext, tag
    return AUTH_AT_CLIENT  # the client's challenge: the server signs a wrong one


def check(
    kind: str, direction: str, offset: int, mask: int, outcome: str, report: Report
) -> None:
    where = f"{kind} offset {offset} mask {mask:#04x}: {report.outcome()}"
    client, server = report.client, report.server
    resets = client.engine_resets + server.engine_resets
    if outcome == IGNORED:
        assert report.outcome() == ("ok", "ok"), where
        assert resets == 0, where
    elif outcome == RESET:
        assert client.done, where
        assert server.done, where
        assert client.error is None, where
        assert server.error is None, where
        assert resets >= 1, where
    elif outcome == SWALLOW:
        if client.error is None:
            assert client.done, where
            assert server.done, where
            assert resets >= 1, where
        else:
            # The client gave up and closed; its Disconnect was swallowed
            # too, so the server saw the transport end mid-packet, or (when
            # the server's packet was the long one) heard the Disconnect.
            assert client.error == "gave-up", where
            assert server.error in (None, "RemoteProtocolError"), where
    elif outcome == STALL:
        labels = set(report.outcome())
        assert "HandshakeTimeoutError" in labels, where
        assert labels <= {"HandshakeTimeoutError", "ConnectionFailed"}, where
    else:
        # One side detects the failure (and says why); the other hears of it
        # through Disconnect(error) and reports ConnectionFailed.
        detector = {
            OVERSIZED: "RemoteProtocolError",
            VERSION: "ProtocolVersionError",
            AUTH_AT_SERVER: "AuthenticationError",
            AUTH_AT_CLIENT: "AuthenticationError",
        }[outcome]
        if outcome == AUTH_AT_SERVER:
            at_server = True
        elif outcome == AUTH_AT_CLIENT:
            at_server = False
        else:  # the receiver of the damaged packet
            at_server = direction == "c2s"
        pair = ("ConnectionFailed", detector)
        assert report.outcome() == (pair if at_server else pair[::-1]), where


async def one_flip(direction: str, ptype: int, offset: int, mask: int) -> Report:
    tamper = corrupt(nth_of_type(ptype), offset, mask)
    hooks = hooks_for(direction, tamper)
    # Seeded ephemeral keys and nonces: the same ciphertexts on every run, so
    # whatever a misframed packet leaves behind is reproducible too.
    with seeded_engines(f"{direction}:{ptype}:{offset}:{mask}"):
        return await flip_once(hooks, direction)


async def flip_once(hooks: dict[str, Any], direction: str) -> Report:
    async with interposed(**hooks) as adversary:
        client, server = make_streams(
            adversary,
            client={"secret_key": CLIENT_KEY},
            server={"require_client_auth": True},
        )
        report = await exchange(client, server)
        # Exactly one packet was touched: the flip happened.
        assert len(adversary.wire(direction).sent) >= 1
        return report


@pytest.mark.parametrize(
    ("kind", "direction", "ptype", "size"), KINDS, ids=[k[0] for k in KINDS]
)
async def test_bit_flip_at_every_offset(
    kind: str,
    direction: str,
    ptype: int,
    size: int,
    autojump_clock: trio.testing.MockClock,
) -> None:
    """Every offset except the header's length field (see the next test)."""
    seen: dict[str, int] = {}
    for offset in range(2, size):
        for mask in MASKS:
            outcome = expected(kind, offset, mask, size)
            report = await one_flip(direction, ptype, offset, mask)
            check(kind, direction, offset, mask, outcome, report)
            seen[outcome] = seen.get(outcome, 0) + 1
    # Sanity: the table exercised the interesting outcomes for this kind.
    assert seen[RESET] > size
    assert seen[IGNORED] >= 6


async def test_bit_flip_in_the_length_field(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """The header's length field, in every packet kind: 30 cases.

    A longer length above the maximum fails for good; a shorter one is a
    fault; a longer one stalls a handshake or, in the data phase, swallows
    the following bytes until a length check fails.  Where the protocol says
    "reset", the exchange must then complete.
    """
    wrong: list[str] = []
    seen: set[str] = set()
    for kind, direction, ptype, size in KINDS:
        for offset in (0, 1):
            for mask in MASKS:
                outcome = expected(kind, offset, mask, size)
                seen.add(outcome)
                report = await one_flip(direction, ptype, offset, mask)
                try:
                    check(kind, direction, offset, mask, outcome, report)
                except AssertionError as exc:
                    wrong.append(str(exc).splitlines()[0])
    assert seen == {OVERSIZED, RESET, STALL, SWALLOW}
    assert not wrong, "\n".join(wrong)


async def test_every_packet_of_a_long_conversation(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """Flip one ciphertext bit of the n-th data packet, for many n, both ways.

    Later packets run under advanced nonces and msg_ids (and, after the first
    reset, under a new session); each flip must still reset and recover.
    """
    for direction in ("c2s", "s2c"):
        for n in range(6):
            tamper = corrupt(nth_of_type(DATA, n), 20, 0x04)
            hooks = hooks_for(direction, tamper)
            async with interposed(**hooks) as adversary:
                client, server = make_streams(adversary)
                report = await exchange(client, server, rounds=8)
            where = f"{direction} data packet {n}: {report.outcome()}"
            assert report.client.done, where
            assert report.server.done, where
            # One reset, which each direction of a stream may report.
            assert report.client.engine_resets == 1, where
            assert report.server.engine_resets == 1, where
            assert 1 <= report.client.resets + report.server.resets <= 4, where
