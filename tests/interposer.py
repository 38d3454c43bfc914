"""Interposer: a transport wrapper that lets a test see and tamper with bytes.

An :class:`Interposer` is a :class:`trio.abc.Stream` that sits on top of a
real transport and passes everything through, except where a test asks
otherwise.  Put it under one end of a connection::

    client_raw, server_raw = trio.testing.memory_stream_pair()
    tap = Interposer(client_raw)
    client = OssuaryStream(tap, ...)
    server = OssuaryStream(server_raw, server_side=True, ...)

Everything the client writes goes through ``tap.send_all`` ("outgoing") and
everything it reads comes through ``tap.receive_some`` ("incoming").  On the
way a test can:

* **Inspect.**  :attr:`Interposer.sent` and :attr:`Interposer.received` keep
  every byte that crossed, after the hooks; :func:`parse_packets` splits them
  into Ossuary packets.
* **Transform.**  :attr:`Interposer.on_send` and :attr:`Interposer.on_receive`
  are hooks: called with the bytes crossing, they return the bytes to pass on
  (they may be sync or async).  Return changed bytes to corrupt, ``b""`` to
  drop, extra bytes to inject; raise (say :exc:`trio.BrokenResourceError`)
  to make the transport fail; ``await trio.sleep_forever()`` to stall.  The
  hooks are plain attributes, so a test can swap them at any time.
* **Work packet by packet.**  :class:`PacketHook` turns a per-packet function
  into a hook, reassembling whole Ossuary packets however the transport
  fragments them.  :func:`corrupt_packet` and :func:`drop_packet` build the
  common ones.
* **Throttle.**  :attr:`Interposer.send_budget` and
  :attr:`Interposer.receive_budget` (None: unlimited) are how many more bytes
  may cross.  Once a budget is spent, calls in that direction block
  (cancellably) until :meth:`Interposer.allow_send` or
  :meth:`Interposer.allow_receive` adds more.  A ``send_all`` bigger than its
  budget first writes exactly the allowed prefix, so cancelling it leaves a
  partial write on the wire at an offset the test chose.
  :attr:`Interposer.max_receive` caps each read, to fragment the input.

Closing the interposer wakes any call blocked on a budget (it raises
:exc:`trio.ClosedResourceError`) and closes the transport.

Things to know: an async hook that is cancelled loses the bytes it was given
(the test asked for it); bytes a :class:`PacketHook` is still reassembling
when the stream ends are never passed on; a ``send_all`` cancelled inside the
transport is not recorded in :attr:`Interposer.sent`, as nobody knows how much
of it went out.

The Ossuary framing is written here from the protocol description (an 8-byte
big-endian header ``len, msg_id, type, reserved``, then ``len`` body bytes),
independently of ``trio_ossuary._wire``.

Three conveniences for building the streams under test close the module:
:func:`ossuary_pair`, :func:`handshake_both`, and :class:`HandClient`, a
sans-IO client the test drives one step at a time against a stream server.
"""

from __future__ import annotations

import dataclasses
import inspect
import operator
import struct
from collections.abc import Awaitable, Callable
from typing import Any, Final, Generic, TypeVar

import trio

from trio_ossuary import (
    NEED_DATA,
    Event,
    HandshakeComplete,
    OssuaryConnection,
    OssuaryStream,
    PublicKey,
    SecretKey,
)

__all__ = [
    "CLIENT_AUTHENTICATION",
    "CLIENT_HANDSHAKE",
    "DATA",
    "DISCONNECT",
    "RESET",
    "SERVER_HANDSHAKE",
    "HandClient",
    "Hook",
    "Interposer",
    "Packet",
    "PacketHook",
    "corrupt_packet",
    "drop_packet",
    "handshake_both",
    "ossuary_pair",
    "parse_packets",
]

#: Packet types, as carried in the header.
CLIENT_HANDSHAKE: Final = 0x01
SERVER_HANDSHAKE: Final = 0x02
CLIENT_AUTHENTICATION: Final = 0x03
DISCONNECT: Final = 0x10
RESET: Final = 0x11
DATA: Final = 0x20

_HEADER: Final = struct.Struct(">HHHH")
_READ_SIZE: Final = 65536

T_Transport = TypeVar("T_Transport", bound=trio.abc.Stream)
T_Stream2 = TypeVar("T_Stream2", bound=trio.abc.Stream)

#: A hook: given the bytes crossing, return (or await) the bytes to pass on.
Hook = Callable[[bytes], "bytes | Awaitable[bytes]"]


async def _apply(hook: Hook | None, data: bytes) -> bytes:
    if hook is None:
        return data
    result = hook(data)
    if inspect.isawaitable(result):
        result = await result
    return bytes(result)


class _Budget:
    """How many more bytes may cross in one direction; None for unlimited."""

    def __init__(self) -> None:
        self.left: int | None = None
        self.closed = False
        self._lot = trio.lowlevel.ParkingLot()

    async def take(self, wanted: int) -> int:
        """Wait until some bytes may cross; return how many (at most wanted)."""
        if self.left == 0:
            while self.left == 0 and not self.closed:
                await self._lot.park()
        else:
            await trio.lowlevel.checkpoint()
        if self.closed:
            raise trio.ClosedResourceError("the interposer was closed")
        return wanted if self.left is None else min(wanted, self.left)

    def spend(self, count: int) -> None:
        if self.left is not None:
            self.left -= count

    def set(self, value: int | None) -> None:
        self.left = value
        self._lot.unpark_all()

    def close(self) -> None:
        self.closed = True
        self._lot.unpark_all()


class Interposer(trio.abc.Stream, Generic[T_Transport]):
    """Pass bytes between a stream user and ``transport``, under test control.

    Args:
      transport: The stream to wrap.
      on_send: Hook for outgoing bytes (see the module docstring).
      on_receive: Hook for incoming bytes.
      send_budget: Outgoing bytes allowed before ``send_all`` blocks.
      receive_budget: Incoming bytes allowed before ``receive_some`` blocks.
      max_receive: Return at most this many bytes from one ``receive_some``.

    Attributes:
      transport: The wrapped stream.
      on_send, on_receive: The hooks; replace them whenever you like.
      sent: Every byte passed to the transport (after ``on_send``).
      received: Every byte returned to the caller (after ``on_receive``).
      max_receive: As the argument.
    """

    def __init__(
        self,
        transport: T_Transport,
        *,
        on_send: Hook | None = None,
        on_receive: Hook | None = None,
        send_budget: int | None = None,
        receive_budget: int | None = None,
        max_receive: int | None = None,
    ) -> None:
        self.transport = transport
        self.on_send = on_send
        self.on_receive = on_receive
        self.max_receive = max_receive
        self.sent = bytearray()
        self.received = bytearray()
        self._send_budget = _Budget()
        self._send_budget.set(send_budget)
        self._receive_budget = _Budget()
        self._receive_budget.set(receive_budget)
        self._inbox = bytearray()
        self._eof = False

    # -- budgets --------------------------------------------------------------

    @property
    def send_budget(self) -> int | None:
        """Outgoing bytes that may still cross (None: unlimited)."""
        return self._send_budget.left

    @send_budget.setter
    def send_budget(self, value: int | None) -> None:
        self._send_budget.set(value)

    @property
    def receive_budget(self) -> int | None:
        """Incoming bytes that may still cross (None: unlimited)."""
        return self._receive_budget.left

    @receive_budget.setter
    def receive_budget(self, value: int | None) -> None:
        self._receive_budget.set(value)

    def allow_send(self, count: int | None = None) -> None:
        """Let ``count`` more outgoing bytes through; None lifts the limit."""
        left = self._send_budget.left
        if count is None or left is None:
            self._send_budget.set(None)
        else:
            self._send_budget.set(left + count)

    def allow_receive(self, count: int | None = None) -> None:
        """Let ``count`` more incoming bytes through; None lifts the limit."""
        left = self._receive_budget.left
        if count is None or left is None:
            self._receive_budget.set(None)
        else:
            self._receive_budget.set(left + count)

    # -- trio.abc.Stream ------------------------------------------------------

    async def send_all(self, data: bytes | bytearray | memoryview) -> None:
        payload = await _apply(self.on_send, bytes(data))
        if not payload:
            await self._send_budget.take(0)
            return
        view = memoryview(payload)
        while view:
            count = await self._send_budget.take(len(view))
            piece = view[:count]
            await self.transport.send_all(piece)
            self.sent += piece
            self._send_budget.spend(count)
            view = view[count:]

    async def wait_send_all_might_not_block(self) -> None:
        await self._send_budget.take(1)
        await self.transport.wait_send_all_might_not_block()

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        if max_bytes is not None:
            max_bytes = operator.index(max_bytes)
            if max_bytes < 1:
                raise ValueError("max_bytes must be >= 1")
        limit = _READ_SIZE if max_bytes is None else max_bytes
        if self.max_receive is not None:
            limit = min(limit, self.max_receive)
        limit = await self._receive_budget.take(limit)
        while not self._inbox and not self._eof:
            data = await self.transport.receive_some(limit)
            if not data:
                self._eof = True
                break
            self._inbox += await _apply(self.on_receive, bytes(data))
        out = bytes(self._inbox[:limit])
        del self._inbox[:limit]
        self.received += out
        self._receive_budget.spend(len(out))
        return out

    async def aclose(self) -> None:
        self._send_budget.close()
        self._receive_budget.close()
        await self.transport.aclose()


# -- packets ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Packet:
    """One Ossuary packet as it crossed the wire.

    Attributes:
      msg_id: The header's message id.
      type: The header's packet type (compare with :data:`DATA` and friends).
      body: The bytes after the header.
      raw: The whole packet, header included.
    """

    msg_id: int
    type: int
    body: bytes
    raw: bytes

    def flipped(self, offset: int = -1, mask: int = 0x01) -> bytes:
        """Return the raw packet with one byte XORed with ``mask``.

        The default flips the last bit of the packet, inside the
        authentication tag of an encrypted packet.
        """
        raw = bytearray(self.raw)
        raw[offset] ^= mask
        return bytes(raw)


def _split(buffer: bytearray) -> list[Packet]:
    """Remove the complete packets at the front of ``buffer`` and return them."""
    packets = []
    pos = 0
    while len(buffer) - pos >= _HEADER.size:
        length, msg_id, ptype, _ = _HEADER.unpack_from(buffer, pos)
        end = pos + _HEADER.size + length
        if end > len(buffer):
            break
        raw = bytes(buffer[pos:end])
        packets.append(Packet(msg_id, ptype, raw[_HEADER.size :], raw))
        pos = end
    del buffer[:pos]
    return packets


def parse_packets(data: bytes | bytearray) -> list[Packet]:
    """Split bytes (say :attr:`Interposer.sent`) into the packets they hold.

    A trailing partial packet is ignored.
    """
    return _split(bytearray(data))


class PacketHook:
    """A hook that hands whole packets, one at a time, to ``on_packet``.

    ``on_packet(packet)`` returns the bytes to pass on in its place:
    ``packet.raw`` to leave it alone, ``packet.flipped()`` to corrupt it,
    ``b""`` to drop it.  Incomplete packets are held back until the rest
    arrives.

    Attributes:
      seen: Every packet that came through, in order (before ``on_packet``).
    """

    def __init__(self, on_packet: Callable[[Packet], bytes]) -> None:
        self._on_packet = on_packet
        self._buffer = bytearray()
        self.seen: list[Packet] = []

    def __call__(self, data: bytes) -> bytes:
        self._buffer += data
        out = bytearray()
        for packet in _split(self._buffer):
            self.seen.append(packet)
            out += self._on_packet(packet)
        return bytes(out)

    def count(self, ptype: int) -> int:
        """How many packets of type ``ptype`` have come through."""
        return sum(1 for packet in self.seen if packet.type == ptype)


def _nth_of_type(ptype: int, nth: int, action: Callable[[Packet], bytes]) -> PacketHook:
    counter = 0

    def on_packet(packet: Packet) -> bytes:
        nonlocal counter
        if packet.type != ptype:
            return packet.raw
        counter += 1
        return action(packet) if counter == nth + 1 else packet.raw

    return PacketHook(on_packet)


def corrupt_packet(ptype: int = DATA, nth: int = 0) -> PacketHook:
    """A hook that flips a bit in the tag of the ``nth`` (from 0) ``ptype`` packet."""
    return _nth_of_type(ptype, nth, Packet.flipped)


def drop_packet(ptype: int, nth: int = 0) -> PacketHook:
    """A hook that silently drops the ``nth`` (from 0) packet of type ``ptype``."""
    return _nth_of_type(ptype, nth, lambda packet: b"")


# -- Ossuary pairs --------------------------------------------------------------


def ossuary_pair(
    client_transport: T_Transport,
    server_transport: T_Stream2,
    *,
    server_key: SecretKey | None = None,
    client_options: dict[str, Any] | None = None,
    server_options: dict[str, Any] | None = None,
) -> tuple[OssuaryStream[T_Transport], OssuaryStream[T_Stream2]]:
    """Build a client and a server :class:`OssuaryStream` over two transports.

    The server gets ``server_key`` (a fresh key if None) and the client trusts
    it, unless ``client_options`` says otherwise; everything else is the
    defaults, overridden by the two option dicts.
    """
    key = SecretKey.generate() if server_key is None else server_key
    client_kwargs: dict[str, Any] = {"authorized_keys": [key.public_key]}
    client_kwargs.update(client_options or {})
    server_kwargs: dict[str, Any] = {"server_side": True, "secret_key": key}
    server_kwargs.update(server_options or {})
    return (
        OssuaryStream(client_transport, **client_kwargs),
        OssuaryStream(server_transport, **server_kwargs),
    )


async def handshake_both(*streams: OssuaryStream[Any]) -> None:
    """Run ``do_handshake`` on all the streams at once."""
    async with trio.open_nursery() as nursery:
        for stream in streams:
            nursery.start_soon(stream.do_handshake)


class HandClient:
    """An OssuaryConnection client over a raw transport, driven by the test.

    Nothing happens unless the test asks, so it can place every packet
    exactly, e.g. ClientAuthentication and a record in one write.
    """

    def __init__(self, transport: trio.abc.Stream, server_key: PublicKey) -> None:
        self.transport = transport
        self.conn = OssuaryConnection(
            authorized_keys=[server_key], clock=trio.current_time
        )

    async def flush(self, tamper: Callable[[bytes], bytes] | None = None) -> None:
        """Write everything the engine has queued, in one transport write."""
        data = self.conn.data_to_send()
        if tamper is not None:
            data = tamper(data)
        await self.transport.send_all(data)

    async def read_until(self, event_type: type[Event]) -> list[Event]:
        """Read and process until the engine reports ``event_type``."""
        events: list[Event] = []
        while True:
            event = self.conn.next_event()
            if event is NEED_DATA:
                self.conn.receive_data(await self.transport.receive_some())
                continue
            events.append(event)
            if isinstance(event, event_type):
                return events

    async def handshake(self) -> None:
        """Complete the handshake (the server must be handshaking too)."""
        await self.flush()
        await self.read_until(HandshakeComplete)
        await self.flush()
