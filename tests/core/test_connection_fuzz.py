"""Property tests for the sans-IO core, with Hypothesis.

(a) Arbitrary bytes, cut into arbitrary chunks, only ever make
    ``next_event`` raise the errors it documents, and never make the
    connection hold more than it was fed or one packet's worth.
(b) A valid packet stream with bits flipped, bytes cut, duplicated or
    inserted never yields plaintext the sender did not send, in that order.
(c) Two connections with deliveries split and interleaved at random always
    complete the handshake and deliver every byte, in order.
(d) With corruption, lost packets and a clock that jumps, the pair settles:
    either the channel works again or a side reports why it gave up; data is
    never altered or reordered, and every reset is reported.
"""

from __future__ import annotations

import collections
import random
import re

from helpers_core import (
    TERMINAL_STATES,
    ConnectionPair,
    Outcome,
    assert_table_allows,
    fuzz,
    key_from,
    pair_with_side_in,
)
from hypothesis import event, given, strategies as st
from wire_spec import (
    CLIENT_AUTHENTICATION,
    CLIENT_HANDSHAKE,
    CONTROL,
    DATA,
    DISCONNECT,
    HEADER,
    KNOWN_TYPES,
    MAX_BODY,
    MAX_PACKET,
    PREFIX,
    RESET,
    SERVER_HANDSHAKE,
    SUB,
    split_packets,
)

from trio_ossuary import (
    AuthenticationError,
    ConnectionFailed,
    OssuaryError,
    ProtocolVersionError,
    RemoteProtocolError,
)
from trio_ossuary.sansio import (
    ConnectionClosed,
    DataReceived,
    OssuaryConnection,
    SessionReset,
    State,
    UntrustedServer,
)

#: The exceptions next_event documents.
DOCUMENTED = (
    AuthenticationError,
    ProtocolVersionError,
    RemoteProtocolError,
    ConnectionFailed,
)


def check_output(conn: OssuaryConnection) -> bytes:
    """Take what ``conn`` wants to send; it must be whole, sane packets."""
    out = conn.data_to_send()
    for packet in split_packets(out):
        assert packet.type in KNOWN_TYPES
        assert packet.length <= MAX_BODY
        assert packet.reserved == 0
    return out


def drain_checked(pair: ConnectionPair, conn: OssuaryConnection) -> list[Outcome]:
    """pair.drain, checking errors, state changes and buffering on the way."""
    before = conn.state
    outcomes = pair.drain(conn)
    for outcome in outcomes:
        if isinstance(outcome, OssuaryError):
            assert isinstance(outcome, DOCUMENTED), repr(outcome)
            assert conn.state is State.FAILED
    assert_table_allows(before, conn.state, server=conn.server_side)
    if not outcomes or not isinstance(outcomes[-1], OssuaryError | ConnectionClosed):
        # NEED_DATA: at most one incomplete packet is held back.
        assert conn.buffered_input < MAX_PACKET
    if conn.state in TERMINAL_STATES:
        assert conn.buffered_input == 0
    return outcomes


# -- (a) arbitrary bytes ------------------------------------------------------------


@st.composite
def plausible_packets(draw: st.DrawFn) -> bytes:
    """Packets with believable headers, so the fuzz reaches past the framing."""
    ptype = draw(
        st.sampled_from(
            [
                CLIENT_HANDSHAKE,
                SERVER_HANDSHAKE,
                CLIENT_AUTHENTICATION,
                DISCONNECT,
                RESET,
                DATA,
                0,
                66,
                65535,
            ]
        )
    )
    size = draw(
        st.sampled_from([0, 3, 4, 5, 19, 20, 21, 84, 124, 200]) | st.integers(0, 300)
    )
    body = bytearray(draw(st.binary(min_size=size, max_size=size)))
    if size >= 8 and draw(st.booleans()):
        # A handshake prefix that agrees with the size, version 1 or not.
        version = draw(st.sampled_from([1, 1, 0, 2]))
        body[:8] = PREFIX.pack(size, version)
        offset = 52 if ptype == SERVER_HANDSHAKE else 8
        if size >= offset + 20 and draw(st.booleans()):
            body[offset : offset + 4] = SUB.pack(size - offset - 20, 16)
    elif size >= 4 and ptype in (RESET, DISCONNECT):
        body[:4] = CONTROL.pack(draw(st.integers(0, 0xFFFF)), draw(st.booleans()), 0)
    elif size >= 20 and ptype == DATA and draw(st.booleans()):
        body[:4] = SUB.pack(size - 20, 16)
    msg_id = draw(st.integers(0, 3) | st.integers(0, 0xFFFF))
    length = draw(st.just(size) | st.integers(0, 0xFFFF))
    return HEADER.pack(length, msg_id, ptype, 0) + bytes(body)


WHERE = [
    State.AWAIT_SERVER_HANDSHAKE,
    State.AWAIT_CLIENT_HANDSHAKE,
    State.AWAIT_CLIENT_AUTHENTICATION,
    State.AWAIT_TRUST,
    State.ESTABLISHED,
    State.AWAIT_RESET,
]


@fuzz(150)
@given(
    where=st.sampled_from(WHERE),
    pick_server=st.booleans(),
    pieces=st.lists(
        st.binary(max_size=80) | plausible_packets() | st.just("genuine"),
        max_size=10,
    ),
    data=st.data(),
    eof=st.booleans(),
)
def test_arbitrary_bytes_raise_only_documented_errors(
    where: State,
    pick_server: bool,
    pieces: list[bytes | str],
    data: st.DataObject,
    eof: bool,
) -> None:
    pair, conn = pair_with_side_in(where)
    if where is State.ESTABLISHED and pick_server:
        conn = pair.server  # both sides are established: fuzz either
    check_output(conn)
    peer = pair.peer(conn)
    stream = bytearray()
    for piece in pieces:
        if piece == "genuine":
            # A real packet from the peer, when it can send one.
            if peer.handshake_complete:
                peer.send_data(f"genuine {len(stream)}".encode())
            stream += peer.data_to_send()
        else:
            assert isinstance(piece, bytes)
            stream += piece
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=8)))
    failed = False
    for start, end in zip([0, *cuts], [*cuts, len(stream)], strict=True):
        chunk = bytes(stream[start:end])
        if not chunk:
            continue
        held = conn.buffered_input
        conn.receive_data(chunk)
        assert conn.buffered_input <= held + len(chunk)
        outcomes = drain_checked(pair, conn)
        check_output(conn)
        if any(isinstance(o, OssuaryError) for o in outcomes):
            failed = True
        if failed:
            assert conn.state is State.FAILED
    event(f"(a) {where.name} -> {conn.state.name}")
    if eof:
        conn.receive_data(b"")
        outcomes = drain_checked(pair, conn)
        # After end of file the connection never waits for more.
        assert outcomes
        assert isinstance(outcomes[-1], OssuaryError | ConnectionClosed)
        assert conn.state in TERMINAL_STATES


# -- (b) mutated valid streams ------------------------------------------------------


def payload_piece(seed: int, index: int, size: int) -> bytes:
    return random.Random(f"{seed}/{index}").randbytes(size)


@st.composite
def mutations(draw: st.DrawFn, length: int) -> list[tuple[str, int, int, bytes]]:
    kinds = st.sampled_from(["flip", "truncate", "duplicate", "insert", "delete"])
    result = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(kinds)
        a = draw(st.integers(0, length))
        b = draw(st.integers(a, min(length, a + 400)))
        junk = draw(st.binary(min_size=1, max_size=40)) if kind == "insert" else b""
        result.append((kind, a, b, junk))
    return result


def mutate(stream: bytes, changes: list[tuple[str, int, int, bytes]]) -> bytes:
    out = bytearray(stream)
    for kind, a, b, junk in changes:
        a = min(a, len(out))
        b = min(b, len(out))
        if kind == "flip" and out:
            index = min(a, len(out) - 1)
            out[index] ^= 1 << (b % 8)
        elif kind == "truncate":
            del out[a:]
        elif kind == "duplicate":
            out[b:b] = out[a:b]
        elif kind == "insert":
            out[a:a] = junk
        elif kind == "delete":
            del out[a:b]
    return bytes(out)


@fuzz(150)
@given(
    seed=st.integers(0, 1 << 16),
    client_sends=st.booleans(),
    sizes=st.lists(
        st.integers(0, 600) | st.sampled_from([16384, 16385]), min_size=1, max_size=5
    ),
    data=st.data(),
    eof=st.booleans(),
)
def test_mutated_stream_never_delivers_altered_plaintext(
    seed: int, client_sends: bool, sizes: list[int], data: st.DataObject, eof: bool
) -> None:
    # Record everything one side sends in a clean run...
    pair = ConnectionPair(seed=seed)
    pair.handshake()
    sender = pair.side(client_sends)
    payload = b""
    for index, size in enumerate(sizes):
        piece = payload_piece(seed, index, size)
        sender.send_data(piece)
        payload += piece
    pair.transfer(sender)
    stream = bytes(pair.transcript[client_sends])
    # ...then replay it, damaged, to a fresh copy of the receiver.  With the
    # same seed it answers exactly as before, so the stream still fits it.
    changes = data.draw(mutations(len(stream)))
    damaged = mutate(stream, changes)
    fresh = ConnectionPair(seed=seed)
    receiver = fresh.side(not client_sends)
    receiver.data_to_send()
    cuts = sorted(data.draw(st.lists(st.integers(0, len(damaged)), max_size=6)))
    delivered = bytearray()
    for start, end in zip([0, *cuts], [*cuts, len(damaged)], strict=True):
        if start == end:
            continue
        receiver.receive_data(damaged[start:end])
        for outcome in drain_checked(fresh, receiver):
            if isinstance(outcome, DataReceived):
                delivered += outcome.data
        check_output(receiver)
    if eof:
        receiver.receive_data(b"")
        for outcome in drain_checked(fresh, receiver):
            if isinstance(outcome, DataReceived):
                delivered += outcome.data
    # Whatever was delivered is exactly the start of what was sent.
    assert payload.startswith(bytes(delivered))
    event(
        "(b) "
        + ("all" if delivered == payload else "part" if delivered else "none")
        + f" delivered, receiver {receiver.state.name}"
    )
    if damaged == stream:
        assert bytes(delivered) == payload


# -- (c) random interleavings ------------------------------------------------------


CONFIGS = ["anonymous", "mutual", "tofu", "keyless-tofu", "keyed-client"]


def configured_pair(config: str, seed: int) -> ConnectionPair:
    client_key = key_from(f"client {seed}")
    if config == "mutual":
        return ConnectionPair(
            seed=seed, client_key=client_key, require_client_auth=True
        )
    if config == "tofu":
        return ConnectionPair(seed=seed, trust_server=False)
    if config == "keyless-tofu":
        return ConnectionPair(seed=seed, keyless_server=True, trust_server=False)
    if config == "keyed-client":
        return ConnectionPair(seed=seed, client_key=client_key)
    return ConnectionPair(seed=seed)


@fuzz(150)
@given(
    seed=st.integers(0, 1 << 16),
    config=st.sampled_from(CONFIGS),
    to_send=st.tuples(
        st.lists(st.binary(max_size=300) | st.sampled_from([b"", b"x" * 20000])),
        st.lists(st.binary(max_size=300) | st.sampled_from([b"", b"y" * 20000])),
    ),
    data=st.data(),
)
def test_random_interleavings_complete_and_deliver_in_order(
    seed: int,
    config: str,
    to_send: tuple[list[bytes], list[bytes]],
    data: st.DataObject,
) -> None:
    pair = configured_pair(config, seed)
    queued = {True: collections.deque(to_send[0]), False: collections.deque(to_send[1])}
    in_flight = {True: bytearray(), False: bytearray()}  # keyed by sender
    sent = {True: bytearray(), False: bytearray()}
    received = {True: bytearray(), False: bytearray()}  # keyed by sender
    outcomes: list[Outcome] = []

    def deliver(from_client: bool, count: int | None) -> None:
        src = pair.side(from_client)
        in_flight[from_client] += check_output(src)
        wire = in_flight[from_client]
        count = len(wire) if count is None else min(count, len(wire))
        if count:
            pair.peer(src).receive_data(bytes(wire[:count]))
            del wire[:count]
        for outcome in drain_checked(pair, pair.peer(src)):
            outcomes.append(outcome)
            if isinstance(outcome, DataReceived):
                received[from_client] += outcome.data
            if isinstance(outcome, UntrustedServer):
                pair.client.approve_server_key(outcome.public_key)
                for later in drain_checked(pair, pair.client):
                    outcomes.append(later)

    def send(from_client: bool) -> None:
        conn = pair.side(from_client)
        if conn.handshake_complete and queued[from_client]:
            piece = queued[from_client].popleft()
            pair.send(conn, piece)
            sent[from_client] += piece

    def done() -> bool:
        return (
            not any(queued.values())
            and not any(in_flight.values())
            and not (pair.client.bytes_to_send or pair.server.bytes_to_send)
        )

    for _ in range(data.draw(st.integers(0, 60), label="steps")):
        action = data.draw(st.sampled_from(["c2s", "s2c", "send-c", "send-s"]))
        if action.startswith("send"):
            send(action == "send-c")
        else:
            from_client = action == "c2s"
            size = len(in_flight[from_client]) + pair.side(from_client).bytes_to_send
            deliver(from_client, data.draw(st.integers(0, size), label="count"))
    for _ in range(200):
        if done():
            break
        send(True)
        send(False)
        deliver(True, None)
        deliver(False, None)
    else:
        raise AssertionError("the exchange did not finish")

    assert pair.client.handshake_complete
    assert pair.server.handshake_complete
    assert pair.client.resets == pair.server.resets == 0
    assert not [o for o in outcomes if isinstance(o, SessionReset | OssuaryError)]
    assert received[True] == sent[True]
    assert received[False] == sent[False]
    assert pair.client.remote_public_key == pair.server.local_public_key
    expected_client_key = (
        key_from(f"client {seed}").public_key
        if config in ("mutual", "keyed-client")
        else None
    )
    assert pair.server.remote_public_key == expected_client_key


# -- (d) faults, loss and time ------------------------------------------------------

CHUNK = re.compile(rb"<([cs]):(\d+):([a-z]*)>")


def chunk(side: str, index: int) -> bytes:
    filler = "abcdefghijklmnopqrstuvwxyz"[index % 26] * (index * 37 % 300)
    return f"<{side}:{index}:{filler}>".encode()


def parse_chunks(stream: bytes, side: str) -> list[int]:
    """The chunk indices in a delivered stream, checking each is intact."""
    indices = []
    pos = 0
    for match in CHUNK.finditer(stream):
        assert match.start() == pos, "bytes between chunks"
        index = int(match.group(2))
        assert match.group(0) == chunk(side, index), "altered chunk"
        indices.append(index)
        pos = match.end()
    assert pos == len(stream), "a chunk was cut"
    return indices


class Wire:
    """Bytes in flight one way, kept as packets so whole ones can be lost."""

    def __init__(self) -> None:
        self.packets: collections.deque[bytearray] = collections.deque()
        self.offset = 0  # bytes of the first packet already delivered

    def push(self, data: bytes) -> None:
        self.packets.extend(bytearray(bytes(p)) for p in split_packets(data))

    def pending(self) -> int:
        return sum(map(len, self.packets)) - self.offset

    def take(self, count: int) -> bytes:
        out = bytearray()
        while count and self.packets:
            first = self.packets[0]
            part = first[self.offset : self.offset + count]
            out += part
            count -= len(part)
            self.offset += len(part)
            if self.offset == len(first):
                self.packets.popleft()
                self.offset = 0
        return bytes(out)

    def flip(self, index: int, bit: int) -> None:
        if self.packets:
            first = self.packets[0]
            position = self.offset + index % (len(first) - self.offset)
            first[position] ^= 1 << bit

    def lose_packet(self) -> None:
        if self.packets and self.offset == 0:
            self.packets.popleft()


@fuzz(120)
@given(seed=st.integers(0, 1 << 16), data=st.data())
def test_faults_are_reported_and_the_pair_settles(
    seed: int, data: st.DataObject
) -> None:
    pair = ConnectionPair(seed=seed)
    wires = {True: Wire(), False: Wire()}  # keyed by sender
    next_index = {True: 0, False: 0}
    delivered = {True: bytearray(), False: bytearray()}  # keyed by sender
    reported: dict[bool, list[Outcome]] = {True: [], False: []}  # keyed by side

    def record(is_client: bool, outcomes: list[Outcome]) -> None:
        reported[is_client] += outcomes
        for outcome in outcomes:
            if isinstance(outcome, DataReceived):
                delivered[not is_client] += outcome.data

    def drain(is_client: bool) -> None:
        record(is_client, drain_checked(pair, pair.side(is_client)))

    def collect(from_client: bool) -> Wire:
        wire = wires[from_client]
        wire.push(check_output(pair.side(from_client)))
        return wire

    def deliver(from_client: bool, count: int | None) -> None:
        wire = collect(from_client)
        chunk_bytes = wire.take(wire.pending() if count is None else count)
        if chunk_bytes:
            pair.peer(pair.side(from_client)).receive_data(chunk_bytes)
        drain(not from_client)

    def send(from_client: bool) -> None:
        conn = pair.side(from_client)
        if conn.handshake_complete:
            side = "c" if from_client else "s"
            pair.send(conn, chunk(side, next_index[from_client]))
            next_index[from_client] += 1

    # Phase 1: anything goes.
    for _ in range(data.draw(st.integers(0, 40), label="steps")):
        action = data.draw(
            st.sampled_from(["deliver", "deliver", "send", "flip", "lose", "tick"])
        )
        from_client = data.draw(st.booleans(), label="client side")
        if action == "deliver":
            wire = collect(from_client)
            deliver(from_client, data.draw(st.integers(0, wire.pending())))
        elif action == "send":
            send(from_client)
        elif action == "flip":
            collect(from_client).flip(
                data.draw(st.integers(0, 1 << 16)), data.draw(st.integers(0, 7))
            )
        elif action == "lose":
            collect(from_client).lose_packet()
        else:
            pair.clock.advance(data.draw(st.sampled_from([0.5, 1.0, 3.0, 4.0, 9.0])))
            drain(True)
            drain(False)

    # Phase 2: a clean transport and a driver that wakes at deadlines, until
    # the channel carries a probe both ways, or nothing more can happen by
    # itself because a side has given up.
    probes: dict[bool, int] = {}

    def probe_arrived(from_client: bool) -> bool:
        indices = parse_chunks(bytes(delivered[from_client]), "cs"[not from_client])
        return from_client in probes and indices[-1:] == [probes[from_client]]

    for _ in range(400):
        deliver(True, None)
        deliver(False, None)
        if any(w.pending() for w in wires.values()) or (
            pair.client.bytes_to_send or pair.server.bytes_to_send
        ):
            continue
        live = [c for c in (pair.client, pair.server) if c.state not in TERMINAL_STATES]
        if len(live) == 2 and all(c.handshake_complete for c in live):
            if probe_arrived(True) and probe_arrived(False):
                break
            for from_client in (True, False):
                if not probe_arrived(from_client):
                    probes[from_client] = next_index[from_client]
                    send(from_client)
            continue
        probes.clear()
        deadlines = [c.wait_deadline for c in live if c.wait_deadline is not None]
        if not deadlines:
            break
        pair.clock.now = max(pair.clock.now, min(deadlines))
        drain(True)
        drain(False)
    else:
        raise AssertionError("the pair never settled")

    live = [c for c in (pair.client, pair.server) if c.state not in TERMINAL_STATES]
    # A side still alive is established: either both are and the channel
    # works, or the other gave up (and said why, below) in a way this one
    # could not hear of, such as a lost Disconnect.
    assert all(c.state is State.ESTABLISHED for c in live)
    if len(live) == 2:
        assert probe_arrived(True)
        assert probe_arrived(False)

    # Every reset is reported, in order; a failure says why.
    for is_client in (True, False):
        conn = pair.side(is_client)
        counts = [o.resets for o in reported[is_client] if isinstance(o, SessionReset)]
        assert counts == list(range(1, len(counts) + 1))
        errors = [o for o in reported[is_client] if isinstance(o, OssuaryError)]
        if conn.state is State.CLOSED:
            # Nobody called close(): the peer's Disconnect said "closed".
            assert reported[is_client][-1] == ConnectionClosed()
            assert conn.resets == len(counts)
        elif conn.state is State.FAILED:
            assert errors, "failed without saying why"
            assert conn.resets in (len(counts), len(counts) + 1)
        else:
            assert conn.resets == len(counts)
            assert not errors
    event(
        f"(d) client {pair.client.state.name}, server {pair.server.state.name}, "
        f"resets {max(pair.client.resets, pair.server.resets)}"
    )
    # Data is never altered or reordered, and only lost with a reset.
    for from_client in (True, False):
        side = "c" if from_client else "s"
        indices = parse_chunks(bytes(delivered[from_client]), side)
        assert indices == sorted(set(indices))
        settled = all(pair.side(c).state is State.ESTABLISHED for c in (True, False))
        if settled and pair.client.resets == pair.server.resets == 0:
            assert indices == list(range(next_index[from_client]))
