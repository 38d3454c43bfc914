"""Transports and pairs for testing the anyio adapter on both backends.

:func:`memory_pair` gives two connected in-memory anyio byte streams with a
hook on what one side writes (to damage a record on its way) and a record
of every byte written; :func:`socket_pair` gives two connected Unix socket
streams; :func:`ossuary_pair` handshakes an Ossuary client and server over
either.  Everything here runs on asyncio and on trio alike.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import AsyncIterator, Callable
from typing import Any

import anyio
import anyio.abc
import anyio.lowlevel
from helpers_core import key_from
from wire_spec import DATA, HEADER

from trio_ossuary import OssuaryOptions
from trio_ossuary.anyio import OssuaryByteStream

SERVER_KEY = key_from("anyio server")
CLIENT_KEY = key_from("anyio client")


class _Pipe:
    """One direction: bytes written and not yet read, and its ends' state."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.eof = False
        self.reader_gone = False
        self._event: anyio.Event | None = None

    def wake(self) -> None:
        if self._event is not None:
            self._event.set()
            self._event = None

    async def wait(self) -> None:
        if self._event is None:
            self._event = anyio.Event()
        await self._event.wait()


class MemoryByteStream(anyio.abc.ByteStream):
    """One end of an in-memory byte stream pair.

    Attributes:
      hook: Applied to each write before it reaches the peer (for damage).
      written: Every byte this end wrote, after the hook.
      writes: How many writes this end made.
      stalled: While True, writes never finish (a peer that stopped reading).
    """

    def __init__(self, inbound: _Pipe, outbound: _Pipe) -> None:
        self._in = inbound
        self._out = outbound
        self._closed = False
        self.hook: Callable[[bytes], bytes] | None = None
        self.written = bytearray()
        self.writes = 0
        self.stalled = False

    async def send(self, item: bytes) -> None:
        await anyio.lowlevel.checkpoint()
        if self.stalled:
            await anyio.sleep_forever()
        if self._closed:
            raise anyio.ClosedResourceError
        if self._out.reader_gone or self._out.eof:
            raise anyio.BrokenResourceError("the peer closed")
        data = bytes(item)
        if self.hook is not None:
            data = self.hook(data)
        self.writes += 1
        self.written += data
        self._out.buffer += data
        self._out.wake()

    async def receive(self, max_bytes: int = 65536) -> bytes:
        await anyio.lowlevel.checkpoint()
        while True:
            if self._closed:
                raise anyio.ClosedResourceError
            if self._in.buffer:
                data = bytes(self._in.buffer[:max_bytes])
                del self._in.buffer[:max_bytes]
                return data
            if self._in.eof:
                raise anyio.EndOfStream
            await self._in.wait()

    async def send_eof(self) -> None:
        self._out.eof = True
        self._out.wake()

    async def aclose(self) -> None:
        self._closed = True
        self._out.eof = True
        self._in.reader_gone = True
        self._out.wake()
        self._in.wake()
        await anyio.lowlevel.checkpoint()

    @property
    def extra_attributes(self) -> dict[Any, Callable[[], Any]]:
        return {}


def memory_pair() -> tuple[MemoryByteStream, MemoryByteStream]:
    """Two connected in-memory byte streams (client end, server end)."""
    one, two = _Pipe(), _Pipe()
    return MemoryByteStream(one, two), MemoryByteStream(two, one)


async def socket_pair() -> tuple[anyio.abc.ByteStream, anyio.abc.ByteStream]:
    """Two connected Unix socket streams (client end, server end)."""
    a, b = socket.socketpair()
    return (
        await anyio.abc.UNIXSocketStream.from_socket(a),
        await anyio.abc.UNIXSocketStream.from_socket(b),
    )


def damage_data(count: int = 1) -> Callable[[bytes], bytes]:
    """A hook that flips a tag bit in the next ``count`` writes of Data."""
    left = [count]

    def hook(data: bytes) -> bytes:
        if left[0] and len(data) >= HEADER.size and HEADER.unpack_from(data)[2] == DATA:
            left[0] -= 1
            return data[:-1] + bytes([data[-1] ^ 0x01])
        return data

    return hook


async def handshake(
    client_transport: anyio.abc.ByteStream,
    server_transport: anyio.abc.ByteStream,
    *,
    client: OssuaryOptions | None = None,
    server: OssuaryOptions | None = None,
) -> tuple[OssuaryByteStream, OssuaryByteStream]:
    """Wrap both ends concurrently; return (client, server), handshaken."""
    if client is None:
        client = OssuaryOptions(authorized_keys=[SERVER_KEY.public_key])
    if server is None:
        server = OssuaryOptions(secret_key=SERVER_KEY)
    ends: dict[str, OssuaryByteStream] = {}

    async def wrap_server() -> None:
        ends["server"] = await OssuaryByteStream.wrap(
            server_transport, server_side=True, options=server
        )

    async with anyio.create_task_group() as group:
        group.start_soon(wrap_server)
        ends["client"] = await OssuaryByteStream.wrap(client_transport, options=client)
    return ends["client"], ends["server"]


@contextlib.asynccontextmanager
async def ossuary_pair(
    kind: str = "memory",
    *,
    client: OssuaryOptions | None = None,
    server: OssuaryOptions | None = None,
) -> AsyncIterator[tuple[OssuaryByteStream, OssuaryByteStream]]:
    """A handshaken (client, server) over a memory or socket pair, closed after."""
    if kind == "memory":
        ct, st = memory_pair()
    else:
        ct, st = await socket_pair()
    c, s = await handshake(ct, st, client=client, server=server)
    try:
        yield c, s
    finally:
        with anyio.CancelScope(shield=True):
            await c.aclose()
            await s.aclose()
