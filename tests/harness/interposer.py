"""The man in the middle: one harness for seeing and tampering with the wire.

Two ways to put it between an :class:`~trio_ossuary.OssuaryStream` and its
peer, sharing one packet reassembler and one vocabulary of tampering:

**Under one end, in line.**  An :class:`Interposer` is a
:class:`trio.abc.Stream` that wraps a real transport and passes everything
through, except where a test asks otherwise::

    client_raw, server_raw = trio.testing.memory_stream_pair()
    tap = Interposer(client_raw)
    client = OssuaryStream(tap, ...)

Everything the client writes goes through ``tap.send_all`` ("outgoing") and
everything it reads comes through ``tap.receive_some`` ("incoming"), in the
caller's task, with no task of the harness's own.  On the way a test can:

* **Inspect.**  :attr:`Interposer.sent` and :attr:`Interposer.received` keep
  every byte that crossed, after the hooks; :func:`~wire_spec.parse_packets`
  splits them into packets.
* **Transform.**  :attr:`Interposer.on_send` and :attr:`Interposer.on_receive`
  are byte hooks: called with the bytes crossing, they return the bytes to
  pass on (sync or async).  Return changed bytes to corrupt, ``b""`` to drop,
  extra bytes to inject; raise (say :exc:`trio.BrokenResourceError`) to make
  the transport fail; ``await trio.sleep_forever()`` to stall.  They are plain
  attributes, so a test can swap them at any time.  :class:`PacketHook` turns
  a per-packet *tamper* function (below) into a byte hook.
* **Throttle.**  :attr:`Interposer.send_budget` and
  :attr:`Interposer.receive_budget` (None: unlimited) are how many more bytes
  may cross.  Once a budget is spent, calls in that direction block
  (cancellably) until :meth:`Interposer.allow_send` or
  :meth:`Interposer.allow_receive` adds more.  A ``send_all`` bigger than its
  budget first writes exactly the allowed prefix, so cancelling it leaves a
  partial write on the wire at an offset the test chose.
  :attr:`Interposer.max_receive` caps each read, to fragment the input.
* **Catch spinning.**  ``max_calls`` bounds the transport calls made through
  the interposer; one more fails the test with an :exc:`AssertionError`, so
  an endpoint that spins cannot hang the suite.

Closing the interposer wakes any call blocked on a budget (it raises
:exc:`trio.ClosedResourceError`) and closes the transport.

**Between two ends, with pump tasks.**  :func:`interposed` builds an
:class:`Adversary`: two in-memory transports (``client_transport`` and
``server_transport``, each an :class:`Interposer` with a ``max_calls`` guard)
joined through two :class:`Wire` objects, one per direction, each with a task
that reassembles the packets its endpoint writes and hands each one to the
direction's tamper function.  As the pumps run in their own tasks, a wire can
hold packets back, reorder them, delay them on the (mock) clock without
blocking the sender, :meth:`Wire.inject` bytes at any moment, or cut the
wire so that the receiver sees end of file and the sender's next write fails.
With ``lockstep=True`` the transports are
:func:`trio.testing.lockstep_stream_pair` (every write waits for the reader),
for back-pressure.

**Tampering.**  A tamper function takes a :class:`~wire_spec.Packet` (with its
``direction`` and ``index``) and answers with what to deliver instead: bytes,
or a list of items::

    packet.raw                        pass it on
    b"" or []                         drop it
    [packet.raw, packet.raw]          duplicate it
    packet.flipped() or flip(...)     corrupt it
    [b"...", packet.raw]              inject something before it
    [Delay(2.0), packet.raw]          delay it (and everything after it)
    [packet.raw[:30], CUT]            truncate it and cut the wire

Delay and CUT are about time and about the connection, so only a
:class:`Wire` honours them; a :class:`PacketHook` refuses them.  Builders:
:func:`nth_of_type`, :func:`on_match`, :func:`corrupt`, :func:`swap_next`,
:func:`corrupt_packet`, :func:`drop_packet`, :func:`hooks_for`.

**Reassembly.**  :class:`PacketReader` (used by both) cuts a byte stream into
packets however the transport fragments it.  A header whose length exceeds
the largest body the protocol allows cannot start a packet: everything
buffered is then passed on as it is and recorded as *unframed*, and reading
starts afresh on the next bytes.  Bytes still being reassembled when the
stream ends are passed on by a :class:`Wire` (and recorded as unframed) but
never by a :class:`PacketHook`.

Things to know: an async hook that is cancelled loses the bytes it was given
(the test asked for it); a ``send_all`` cancelled inside the transport is not
recorded in :attr:`Interposer.sent`, as nobody knows how much of it went out.

The wire format comes from :mod:`wire_spec`, which is written independently of
``trio_ossuary._wire``.  Three conveniences for building the streams under
test close the module: :func:`ossuary_pair`, :func:`handshake_both`, and
:class:`HandClient`, a sans-IO client the test drives one step at a time
against a stream server.
"""

from __future__ import annotations

import dataclasses
import inspect
import operator
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from typing import Any, Final, Generic, TypeVar

import trio
import trio.testing
from wire_spec import (
    DATA,
    DISCONNECT,
    HEADER,
    MAX_BODY,
    Packet,
    parse_packets,
)

from trio_ossuary import (
    OssuaryStream,
    PublicKey,
    SecretKey,
)
from trio_ossuary.sansio import (
    NEED_DATA,
    Event,
    HandshakeComplete,
    OssuaryConnection,
)

__all__ = [
    "CUT",
    "Adversary",
    "Delay",
    "HandClient",
    "Hook",
    "Interposer",
    "Item",
    "PacketHook",
    "PacketReader",
    "Tamper",
    "Wire",
    "corrupt",
    "corrupt_packet",
    "drop_packet",
    "handshake_both",
    "hooks_for",
    "interposed",
    "nth_of_type",
    "on_match",
    "ossuary_pair",
    "swap_next",
]

_READ_SIZE: Final = 65536

T_Transport = TypeVar("T_Transport", bound=trio.abc.Stream)
T_Stream2 = TypeVar("T_Stream2", bound=trio.abc.Stream)

#: A byte hook: given the bytes crossing, return (or await) the bytes to pass on.
Hook = Callable[[bytes], "bytes | Awaitable[bytes]"]


# -- tampering ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Delay:
    """In a tamper answer: wait this long before delivering what follows."""

    seconds: float


class _Cut:
    def __repr__(self) -> str:
        return "CUT"


#: In a tamper answer: end the stream here (the receiver sees end of file, the
#: sender's next write fails).
CUT: Final = _Cut()

Item = bytes | Delay | _Cut
#: Given a packet, what to deliver instead (see the module docstring).  The
#: builders below always answer with a list, so that they compose.
Tamper = Callable[[Packet], "bytes | Iterable[Item]"]


def _items(answer: bytes | Iterable[Item]) -> list[Item]:
    if isinstance(answer, bytes | bytearray):
        return [bytes(answer)]
    return list(answer)


class PacketReader:
    """Reassembles the packets of one direction from arbitrary fragments.

    Args:
      direction: The name given to the packets (``Packet.direction``).

    Attributes:
      seen: Every whole packet read, in order; ``seen[i].index == i``.
      unframed: Every byte passed on that did not parse as a packet.
    """

    def __init__(self, direction: str = "") -> None:
        self.direction = direction
        self.seen: list[Packet] = []
        self.unframed = bytearray()
        self._buffer = bytearray()

    def feed(self, data: bytes | bytearray) -> None:
        """Add bytes read from the stream."""
        self._buffer += data

    def pop(self) -> Packet | bytes | None:
        """The next whole packet, or unframed bytes, or None to wait for more."""
        buf = self._buffer
        if len(buf) < HEADER.size:
            return None
        end = HEADER.size + HEADER.unpack_from(buf)[0]
        if end > HEADER.size + MAX_BODY:  # not a packet: pass it all on as it is
            raw = bytes(buf)
            self.unframed += raw
            buf.clear()
            return raw
        if len(buf) < end:
            return None
        packet = Packet(bytes(buf[:end]), self.direction, len(self.seen))
        del buf[:end]
        self.seen.append(packet)
        return packet

    def flush(self) -> bytes:
        """At end of stream: return (and record as unframed) the partial packet."""
        rest = bytes(self._buffer)
        self._buffer.clear()
        self.unframed += rest
        return rest

    def count(self, ptype: int) -> int:
        """How many packets of type ``ptype`` have been read."""
        return sum(1 for packet in self.seen if packet.type == ptype)


class PacketHook:
    """A byte hook that hands whole packets, one at a time, to ``tamper``.

    ``tamper(packet)`` answers as described in the module docstring (bytes or
    a list of bytes; Delay and CUT are refused with :exc:`TypeError`).
    Incomplete packets are held back until the rest arrives.

    Attributes:
      seen: Every packet that came through, in order (before ``tamper``).
    """

    def __init__(self, tamper: Tamper, direction: str = "") -> None:
        self._tamper = tamper
        self._reader = PacketReader(direction)
        self.seen = self._reader.seen

    def __call__(self, data: bytes) -> bytes:
        self._reader.feed(data)
        out = bytearray()
        while (piece := self._reader.pop()) is not None:
            if isinstance(piece, bytes):
                out += piece
                continue
            for item in _items(self._tamper(piece)):
                if not isinstance(item, bytes | bytearray):
                    raise TypeError(f"{item!r} needs a Wire, not a PacketHook")
                out += item
        return bytes(out)

    def count(self, ptype: int) -> int:
        """How many packets of type ``ptype`` have come through."""
        return self._reader.count(ptype)


def nth_of_type(ptype: int, n: int = 0) -> Callable[[Packet], bool]:
    """A predicate matching the ``n``-th (from 0) packet of type ``ptype``.

    It counts the packets it is shown, so use each one for one direction.
    """
    seen = 0

    def match(packet: Packet) -> bool:
        nonlocal seen
        if packet.type != ptype:
            return False
        seen += 1
        return seen == n + 1

    return match


def on_match(
    match: Callable[[Packet], bool],
    action: Callable[[Packet], bytes | Iterable[Item]],
) -> Callable[[Packet], list[Item]]:
    """Apply ``action`` to the packets ``match`` selects; pass the rest."""

    def tamper(packet: Packet) -> list[Item]:
        return _items(action(packet)) if match(packet) else [packet.raw]

    return tamper


def corrupt(
    match: Callable[[Packet], bool], offset: int, mask: int
) -> Callable[[Packet], list[Item]]:
    """Flip the bits of ``mask`` at ``offset`` in the packets ``match`` selects."""
    return on_match(match, lambda p: p.flipped(offset, mask))


def swap_next(match: Callable[[Packet], bool]) -> Callable[[Packet], list[Item]]:
    """Hold the matching packet back and deliver it after the next one."""
    held: list[bytes] = []

    def tamper(packet: Packet) -> list[Item]:
        if held:
            return [packet.raw, held.pop()]
        if match(packet):
            held.append(packet.raw)
            return []
        return [packet.raw]

    return tamper


def corrupt_packet(ptype: int = DATA, nth: int = 0) -> PacketHook:
    """A hook that flips a bit in the tag of the ``nth`` (from 0) ``ptype`` packet."""
    return PacketHook(on_match(nth_of_type(ptype, nth), Packet.flipped))


def drop_packet(ptype: int, nth: int = 0) -> PacketHook:
    """A hook that silently drops the ``nth`` (from 0) packet of type ``ptype``."""
    return PacketHook(on_match(nth_of_type(ptype, nth), lambda packet: b""))


def hooks_for(direction: str, tamper: Tamper) -> dict[str, Any]:
    """Keyword arguments for :func:`interposed`: ``tamper`` on one direction."""
    assert direction in ("c2s", "s2c")
    return {direction: tamper}


# -- in line: the Interposer ------------------------------------------------------


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
      max_calls: Transport calls allowed before the test fails (None:
          unlimited).
      name: Names the interposer in its repr and in the ``max_calls`` failure.

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
        max_calls: int | None = None,
        name: str = "interposed",
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
        self._calls_left = max_calls
        self._name = name
        self._inbox = bytearray()
        self._eof = False

    def __repr__(self) -> str:
        return f"<{self._name} transport>"

    def _count_call(self) -> None:
        if self._calls_left is not None:
            self._calls_left -= 1
            if self._calls_left < 0:
                raise AssertionError(
                    f"the {self._name} endpoint made too many transport calls"
                    " (spinning?)"
                )

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
        self._count_call()
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
        self._count_call()
        await self._send_budget.take(1)
        await self.transport.wait_send_all_might_not_block()

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        self._count_call()
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


# -- between two ends: the Adversary ------------------------------------------------

_Memory = trio.StapledStream[Any, Any]


class Wire:
    """One direction through the :class:`Adversary`.

    Attributes:
      name: ``"c2s"`` or ``"s2c"``.
      tamper: The tamper function (None passes everything through); may be
          replaced at any time.
      sent: Every packet the endpoint wrote, untouched.
      delivered: Every byte that reached the other endpoint.
      unframed: Bytes the endpoint wrote that do not parse as packets.
      cut: Whether this direction has ended.
    """

    def __init__(
        self, name: str, source: _Memory, dest: _Memory, tamper: Tamper | None
    ) -> None:
        self.name = name
        self.tamper = tamper
        self.delivered = bytearray()
        self.cut = False
        self._reader = PacketReader(name)
        self.sent = self._reader.seen
        self.unframed = self._reader.unframed
        self._source = source
        self._dest = dest
        self._lock = trio.Lock()

    def delivered_packets(self) -> list[Packet]:
        """The whole packets that reached the other endpoint."""
        return parse_packets(self.delivered, self.name)

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
        """Carry this direction until the endpoint stops writing or it is cut."""
        while not self.cut:
            try:
                data = await self._source.receive_some(_READ_SIZE)
            except (trio.BrokenResourceError, trio.ClosedResourceError):
                data = b""
            if not data:
                rest = b"" if self.cut else self._reader.flush()
                if rest:
                    await self._deliver([rest])
                if not self.cut:
                    async with self._lock:
                        self.cut = True
                        await self._dest.send_stream.aclose()
                return
            self._reader.feed(data)
            while not self.cut and (piece := self._reader.pop()) is not None:
                if isinstance(piece, bytes):
                    await self._deliver([piece])
                elif self.tamper is None:
                    await self._deliver([piece.raw])
                else:
                    await self._deliver(_items(self.tamper(piece)))


class Adversary:
    """Both endpoint transports and both directions; see the module docstring.

    Attributes:
      c2s, s2c: The two :class:`Wire` objects.
      client_transport, server_transport: What each endpoint talks to.
    """

    def __init__(
        self,
        c2s: Wire,
        s2c: Wire,
        client: Interposer[_Memory],
        server: Interposer[_Memory],
    ) -> None:
        self.c2s = c2s
        self.s2c = s2c
        self.client_transport = client
        self.server_transport = server

    def wire(self, direction: str) -> Wire:
        return self.c2s if direction == "c2s" else self.s2c


@asynccontextmanager
async def interposed(
    c2s: Tamper | None = None,
    s2c: Tamper | None = None,
    *,
    lockstep: bool = False,
    max_calls: int = 20_000,
) -> AsyncIterator[Adversary]:
    """Run an :class:`Adversary` for the duration of the block.

    Args:
      c2s, s2c: The initial tamper functions of each direction.
      lockstep: Use :func:`trio.testing.lockstep_stream_pair` (every write
          waits for the reader) instead of buffered memory streams.
      max_calls: How many transport calls each endpoint may make; exceeding
          it fails the test, so an endpoint that spins cannot hang it.
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
        Interposer(client_end, max_calls=max_calls, name="client"),
        Interposer(server_end, max_calls=max_calls, name="server"),
    )
    async with trio.open_nursery() as nursery:
        nursery.start_soon(to_server.pump)
        nursery.start_soon(to_client.pump)
        try:
            yield adversary
        finally:
            nursery.cancel_scope.cancel()


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


async def server_and_hand_client(
    server_key: SecretKey,
    transports: tuple[trio.abc.Stream, trio.abc.Stream] | None = None,
) -> tuple[OssuaryStream[Any], HandClient]:
    """An :class:`OssuaryStream` server and a :class:`HandClient`, handshaken.

    Over a memory stream pair, or over ``transports`` (the client's, then the
    server's).  The client trusts ``server_key``.
    """
    client_raw, server_raw = transports or trio.testing.memory_stream_pair()
    server = OssuaryStream(server_raw, server_side=True, secret_key=server_key)
    client = HandClient(client_raw, server_key.public_key)
    async with trio.open_nursery() as nursery:
        nursery.start_soon(server.do_handshake)
        await client.handshake()
    return server, client
