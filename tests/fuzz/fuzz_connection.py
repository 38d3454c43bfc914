"""Coverage-guided fuzzing of the sans-IO engine, :class:`OssuaryConnection`.

Run it with atheris (see ``README.rst`` beside this file)::

    python tests/fuzz/fuzz_connection.py -max_total_time=600 corpus/

Each input is a small program.  Its first bytes choose a scenario (which side
is attacked, whether a handshake has already completed, the authentication
options); the rest is a sequence of operations mixing raw hostile bytes with
the output of a real, honest peer that the input may deliver, mutate, replay,
truncate or reorder.  After every step the harness checks the promises the
engine makes:

* it raises nothing but :class:`~trio_ossuary.OssuaryError` subclasses, and
  after raising it is failed for good;
* the plaintext it delivers is always a prefix-free, in-order selection of
  the records the honest peer really sent: never altered, never twice;
* while it waits for bytes it buffers less than one maximal packet;
* nothing is ever queued after a Disconnect.

:func:`one_input` does not need atheris, so the pytest suite replays it on
Hypothesis-generated programs (``tests/adversarial/test_adversarial_fuzz.py``).
"""

from __future__ import annotations

import pathlib
import random
import sys
from collections.abc import Callable
from typing import Final

from trio_ossuary import OssuaryError, SecretKey
from trio_ossuary._state import State
from trio_ossuary.sansio import (
    NEED_DATA,
    ConnectionClosed,
    DataReceived,
    HandshakeComplete,
    OssuaryConnection,
    SessionReset,
    UntrustedServer,
)

# The tests' own wire description, which a script run does not find by itself.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "harness"))
from wire_spec import DISCONNECT, HEADER, MAX_PACKET

SERVER_KEY: Final = SecretKey.from_bytes(bytes(range(32)))
CLIENT_KEY: Final = SecretKey.from_bytes(bytes(range(32, 64)))
OTHER_KEY: Final = SecretKey.from_bytes(bytes(range(64, 96)))


class Reader:
    """Consumes a fuzz input field by field; past its end, every field is 0."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    @property
    def exhausted(self) -> bool:
        return self._pos >= len(self._data)

    def byte(self) -> int:
        if self._pos >= len(self._data):
            self._pos += 1
            return 0
        value = self._data[self._pos]
        self._pos += 1
        return value

    def u16(self) -> int:
        return self.byte() << 8 | self.byte()

    def take(self, n: int) -> bytes:
        chunk = self._data[self._pos : self._pos + n]
        self._pos += n
        return chunk


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def seeded(label: str) -> Callable[[int], bytes]:
    rng = random.Random(label)
    return rng.randbytes


class Side:
    """One engine plus everything the harness knows about it."""

    def __init__(self, conn: OssuaryConnection, name: str) -> None:
        self.conn = conn
        self.name = name
        self.failed = False
        self.closed = False
        self.sent_records: list[bytes] = []  # plaintexts its peer may receive
        self.received = bytearray()  # plaintext it delivered
        self.packets_out: list[bytes] = []  # every whole packet it emitted
        self.pending = bytearray()  # emitted bytes not yet delivered
        self.disconnected = False  # it emitted a Disconnect
        self.eof = False  # end of file was fed to it

    def collect_output(self) -> None:
        out = self.conn.data_to_send()
        if not out:
            return
        assert not self.disconnected, f"{self.name} sent bytes after Disconnect"
        pos = 0
        while pos < len(out):
            length, _msg_id, ptype, _ = HEADER.unpack_from(out, pos)
            packet = out[pos : pos + 8 + length]
            assert len(packet) == 8 + length, "the engine emitted a partial packet"
            self.packets_out.append(packet)
            if ptype == DISCONNECT:
                self.disconnected = True
                assert pos + len(packet) == len(out), "bytes after a Disconnect"
            pos += len(packet)
        self.pending += out

    def drain(self, approve: bool | None) -> None:
        """Call next_event until NEED_DATA or a failure; check each outcome."""
        for _ in range(10_000):
            try:
                event = self.conn.next_event()
            except OssuaryError:
                self.failed = True
                assert self.conn.state is State.FAILED, self.conn.state
                self.collect_output()
                try:
                    self.conn.next_event()
                except OssuaryError:
                    pass
                else:
                    raise AssertionError("a failed engine stopped raising") from None
                return
            self.collect_output()
            if event is NEED_DATA:
                if self.conn.state not in (State.CLOSED, State.FAILED):
                    assert self.conn.buffered_input < MAX_PACKET, (
                        f"{self.conn.buffered_input} bytes buffered while waiting"
                    )
                return
            if isinstance(event, DataReceived):
                assert event.data, "empty DataReceived"
                self.received += event.data
            elif isinstance(event, ConnectionClosed):
                self.closed = True
                return
            elif isinstance(event, UntrustedServer):
                if approve is None:
                    return
                if approve:
                    self.conn.approve_server_key(event.public_key)
                else:
                    self.conn.reject_server_key(event.public_key)
                    self.failed = True
                self.collect_output()
            else:
                assert isinstance(event, HandshakeComplete | SessionReset), event
        raise AssertionError("next_event never asked for more data")


def check_delivery(receiver: Side, sender: Side) -> None:
    """Delivered plaintext is an in-order selection of whole sent records."""
    data = bytes(receiver.received)
    pos = 0
    for record in sender.sent_records:
        if data.startswith(record, pos):
            pos += len(record)
    assert pos == len(data), (
        f"{receiver.name} delivered plaintext that {sender.name} never sent "
        f"in that order ({len(data)} bytes, {pos} explained)"
    )


def make_pair(r: Reader, clock: Clock) -> tuple[Side, Side, bool]:
    """Build a client and a server from the scenario byte; return the target."""
    mode = r.byte()
    require_auth = bool(mode & 1)
    client_has_key = bool(mode & 2) or (require_auth and bool(mode & 4))
    trust = not mode & 8
    authorized = [CLIENT_KEY.public_key] if not mode & 16 else [OTHER_KEY.public_key]
    server = OssuaryConnection(
        server_side=True,
        secret_key=SERVER_KEY,
        authorized_keys=authorized,
        require_client_auth=require_auth,
        max_resets=1 + r.byte() % 6,
        clock=clock,
        random_bytes=seeded("server"),
    )
    client = OssuaryConnection(
        server_side=False,
        secret_key=CLIENT_KEY if client_has_key else None,
        authorized_keys=[SERVER_KEY.public_key] if trust else [],
        max_resets=1 + r.byte() % 6,
        clock=clock,
        random_bytes=seeded("client"),
    )
    return Side(client, "client"), Side(server, "server"), bool(mode & 32)


def deliver(sender: Side, receiver: Side, data: bytes) -> None:
    # Nothing to deliver is not end of file: only op 10 feeds b"".
    if not data:
        return
    if receiver.conn.state in (State.CLOSED, State.FAILED) or receiver.failed:
        return
    if receiver.eof:
        return
    receiver.conn.receive_data(data)


def one_input(data: bytes) -> None:
    """Run one fuzz program; raise AssertionError if a promise is broken."""
    run_program(data)


def run_program(data: bytes) -> tuple[Side, Side]:
    """Run one fuzz program and return (target, honest peer)."""
    r = Reader(data)
    clock = Clock()
    client, server, target_is_client = make_pair(r, clock)
    approve: bool | None = bool(r.byte() & 1)
    client.collect_output()
    sides = (client, server)
    # Optionally complete the handshake honestly first.
    prelude = r.byte()
    if prelude & 1:
        for _ in range(4):
            for sender, receiver in ((client, server), (server, client)):
                deliver(sender, receiver, bytes(sender.pending))
                sender.pending.clear()
                receiver.drain(approve)
    target, peer = (client, server) if target_is_client else (server, client)
    steps = 0
    while not r.exhausted and steps < 64:
        steps += 1
        op = r.byte() % 12
        if op == 0:  # raw hostile bytes
            deliver(peer, target, r.take(r.u16() % 4096))
        elif op == 1:  # a hostile header, maybe announcing a huge body
            deliver(peer, target, HEADER.pack(r.u16(), r.u16(), r.byte(), r.u16()))
        elif op == 2:  # the honest peer's pending output, whole
            chunk = bytes(peer.pending)
            peer.pending.clear()
            deliver(peer, target, chunk)
        elif op == 3:  # ... with one byte flipped
            damaged = bytearray(peer.pending)
            peer.pending.clear()
            if damaged:
                damaged[r.u16() % len(damaged)] ^= r.byte() | 1
            deliver(peer, target, bytes(damaged))
        elif op == 4:  # ... only a prefix of it (the rest is lost)
            chunk = bytes(peer.pending)
            peer.pending.clear()
            deliver(peer, target, chunk[: r.u16() % (len(chunk) + 1)])
        elif op == 5:  # replay one of the peer's earlier packets
            if peer.packets_out:
                packet = peer.packets_out[r.byte() % len(peer.packets_out)]
                deliver(peer, target, packet)
        elif op == 6:  # the honest peer sends a record
            if peer.conn.handshake_complete:
                record = bytes([len(peer.sent_records) & 0xFF]) * (1 + r.byte())
                record += b"|%d|" % len(peer.sent_records)
                peer.conn.send_data(record)
                peer.sent_records.append(record)
                peer.collect_output()
        elif op == 7:  # the target sends a record
            if target.conn.handshake_complete:
                record = b"T%d" % len(target.sent_records)
                target.conn.send_data(record)
                target.sent_records.append(record)
                target.collect_output()
        elif op == 8:  # the target's output reaches the honest peer
            chunk = bytes(target.pending)
            target.pending.clear()
            deliver(target, peer, chunk)
            peer.drain(approve)
        elif op == 9:  # time passes
            clock.now += r.byte() / 16
        elif op == 10:  # end of file
            if target.conn.state not in (State.CLOSED, State.FAILED):
                target.conn.receive_data(b"")
                target.eof = True
        else:  # the target closes, or the approval policy changes
            if r.byte() & 1:
                target.conn.close(error=bool(r.byte() & 1))
                target.collect_output()
            else:
                approve = None if approve else True
        target.drain(approve)
        target.collect_output()
        peer.collect_output()
        if target.failed or target.conn.state is State.FAILED:
            # Every later call keeps failing, and nothing more is queued.
            try:
                target.conn.send_data(b"x")
            except OssuaryError:
                pass
            else:
                raise AssertionError("a failed engine accepted data")
        check_delivery(target, peer)
        check_delivery(peer, target)
    for side in sides:
        check_delivery(side, server if side is client else client)
    return target, peer


def main() -> None:
    import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]

    atheris.instrument_all()
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
