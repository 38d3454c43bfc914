"""Helpers for the interop tests: the reference programs as real processes.

The reference build directory (``OSSUARY_REFERENCE_PEER``, or the build
that :mod:`reference_build` makes) holds
``ossuary-peer``, a driver for the Rust library with a small command line,
and upstream's C examples built against the library's C API.  Every child
started here is killed and reaped when its context manager exits, whatever
the test did, and every wait is bounded: these tests may fail, never hang.

What the driver prints (see the reference's README):

* ``server``: ``listening on HOST:PORT public_key=HEX mode=...`` once, then
  per connection ``event ...`` lines and a last line
  ``conn N from ADDR handshake=ok|failed:WHY remote_key=HEX|none bytes=N
  end=WHY``;
* ``client``: ``OK TOTAL remote_key=HEX`` (exit 0) or ``FAIL WHY`` (exit 1).
"""

from __future__ import annotations

import re
import signal
import socket
import struct
import subprocess
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import trio
from interposer import (
    Interposer,
    PacketHook,
)
from wire_spec import (
    DATA,
    Packet,
    parse_packets,
)

from trio_ossuary import (
    ChannelReset,
    OssuaryStream,
    PublicKey,
    SecretKey,
    open_ossuary_over_tcp_listeners,
)

#: Hang guard for one child or one exchange; only a hang reaches it.
LIMIT: Final = 30.0

#: The C examples' fixed port and key (``secret_key`` and ``public_key`` in
#: the reference's examples/server.c and examples/client.c).
C_EXAMPLE_PORT: Final = 9981
C_EXAMPLE_SECRET: Final = SecretKey.from_hex(
    "10866ec48a11f3c56d77a64b2f54aa066c0cb475d8c87d35b491eed6ac0bdebc"
)
C_EXAMPLE_PUBLIC: Final = PublicKey.from_hex(
    "be1ca074f4a58bbbd262a7f9523b6fb0bb9e8662287c3389a2e163dc55de281f"
)


def seed_hex(key: SecretKey) -> str:
    """The 32-byte Ed25519 seed in hex, as ``ossuary-peer --secret`` takes it."""
    return key.secret_bytes().hex()


# -- child processes ----------------------------------------------------------


class Child:
    """A running reference program whose stdout and stderr are collected."""

    def __init__(self, process: trio.Process, argv: Sequence[str]) -> None:
        self.process = process
        self.argv = list(argv)
        self.stdout = ""
        self.stderr = ""
        self._changed = trio.Event()
        self._open = 2

    async def _pump(self, which: str, stream: trio.abc.ReceiveStream) -> None:
        while chunk := await stream.receive_some(65536):
            text = chunk.decode("utf-8", "replace")
            if which == "stdout":
                self.stdout += text
            else:
                self.stderr += text
            self._wake()
        self._open -= 1
        self._wake()

    def _wake(self) -> None:
        self._changed.set()
        self._changed = trio.Event()

    def describe(self) -> str:
        """The command line, its exit status and its output, for assertions."""
        return (
            f"{' '.join(self.argv)} (exit {self.process.returncode})\n"
            f"--- stdout:\n{self.stdout}--- stderr:\n{self.stderr}"
        )

    async def wait_for(self, pattern: str, limit: float = LIMIT) -> re.Match[str]:
        """Wait until stdout matches ``pattern``; fail if the child ends first."""
        regex = re.compile(pattern, re.MULTILINE)
        with trio.move_on_after(limit):
            while True:
                match = regex.search(self.stdout)
                if match is not None:
                    return match
                if self._open == 0:
                    raise AssertionError(
                        f"ended before printing {regex.pattern!r}:\n{self.describe()}"
                    )
                await self._changed.wait()
        raise AssertionError(
            f"no {regex.pattern!r} within {limit} s:\n{self.describe()}"
        )

    async def wait(self, limit: float = LIMIT) -> int:
        """Wait for the exit status and the end of both outputs."""
        with trio.fail_after(limit):
            status = await self.process.wait()
            while self._open:
                await self._changed.wait()
        return status

    def kill(self) -> None:
        """SIGKILL the child (if it is still running)."""
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGKILL)


@asynccontextmanager
async def child(
    argv: Sequence[str],
    *,
    stdin: int | None = subprocess.DEVNULL,
    env: Mapping[str, str] | None = None,
) -> AsyncIterator[Child]:
    """Start ``argv``; on exit, kill it and reap it, whatever happened."""
    process = await trio.lowlevel.open_process(
        list(argv),
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=None if env is None else dict(env),
        start_new_session=True,
    )
    running = Child(process, argv)
    try:
        async with trio.open_nursery() as nursery:
            assert process.stdout is not None
            assert process.stderr is not None
            nursery.start_soon(running._pump, "stdout", process.stdout)
            nursery.start_soon(running._pump, "stderr", process.stderr)
            try:
                yield running
            finally:
                with trio.CancelScope(shield=True):
                    running.kill()
                    await process.wait()
    finally:
        with trio.CancelScope(shield=True):
            for pipe in (process.stdin, process.stdout, process.stderr):
                if pipe is not None:
                    await pipe.aclose()


@dataclass(frozen=True)
class Finished:
    """A reference program that ran to completion."""

    argv: list[str]
    returncode: int
    stdout: str
    stderr: str

    def __str__(self) -> str:
        return (
            f"{' '.join(self.argv)} (exit {self.returncode})\n"
            f"--- stdout:\n{self.stdout}--- stderr:\n{self.stderr}"
        )


async def run(argv: Sequence[str], limit: float = LIMIT) -> Finished:
    """Run ``argv`` to completion within ``limit`` seconds (killed otherwise)."""
    with trio.fail_after(limit):
        result = await trio.run_process(
            list(argv),
            stdin=subprocess.DEVNULL,
            capture_stdout=True,
            capture_stderr=True,
            check=False,
            start_new_session=True,
        )
    return Finished(
        list(argv),
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )


# -- the driver: ossuary-peer -----------------------------------------------------


@dataclass(frozen=True)
class ConnLine:
    """The last line the reference server prints for a connection."""

    handshake: str
    remote_key: str
    bytes: int
    end: str


class ReferenceServer:
    """An ``ossuary-peer server`` process and what it printed."""

    def __init__(self, process: Child, port: int, public_key: PublicKey) -> None:
        self.process = process
        self.port = port
        self.public_key = public_key

    async def connection(self, n: int = 1) -> ConnLine:
        """Wait for the summary line of the ``n``-th connection (from 1)."""
        match = await self.process.wait_for(
            rf"^conn {n} from \S+ handshake=(\S+) remote_key=(\S+) bytes=(\d+) "
            rf"end=(.+)$"
        )
        return ConnLine(match[1], match[2], int(match[3]), match[4])

    def handshakes(self) -> int:
        """How many handshakes the server has completed so far."""
        return len(re.findall(r"^event server handshake #", self.process.stdout, re.M))


@asynccontextmanager
async def reference_server(
    directory: Path,
    key: SecretKey,
    *,
    authorized: Iterable[PublicKey] | None = None,
    port: int = 0,
) -> AsyncIterator[ReferenceServer]:
    """Run ``ossuary-peer server`` on 127.0.0.1 with ``key``.

    With ``authorized`` it requires client authentication
    (``--authenticated``) and accepts those keys.
    """
    argv = [
        str(directory / "ossuary-peer"),
        "server",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--secret",
        seed_hex(key),
    ]
    if authorized is not None:
        keys = ",".join(bytes(k).hex() for k in authorized)
        argv += ["--authenticated", "--authorized", keys]
    async with child(argv) as process:
        match = await process.wait_for(
            r"^listening on 127\.0\.0\.1:(\d+) public_key=([0-9a-f]{64}) mode=\S+$"
        )
        yield ReferenceServer(process, int(match[1]), PublicKey.from_hex(match[2]))


async def reference_client(
    directory: Path,
    port: int,
    *,
    trust: PublicKey,
    key: SecretKey | None = None,
    sizes: Sequence[int] = (1, 100),
    close: bool = False,
) -> Finished:
    """Run ``ossuary-peer client`` against 127.0.0.1:``port`` to completion.

    The client sends deterministic data of each size, checks the echo, and
    with ``close`` ends with a Disconnect (else with a bare TCP close).
    """
    argv = [
        str(directory / "ossuary-peer"),
        "client",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--trust",
        bytes(trust).hex(),
        "--sizes",
        ",".join(str(size) for size in sizes) or "0",
        "--timeout",
        "20",
    ]
    if key is not None:
        argv += ["--secret", seed_hex(key)]
    if close:
        argv.append("--close")
    return await run(argv)


# -- a Python echo server ---------------------------------------------------------


@dataclass
class Served:
    """What the Python server saw of one connection.

    Attributes:
      remote_key: The client's key once the handshake was done (None for an
          anonymous client, or if the handshake failed).
      received: The plaintext it received (and echoed).
      resets: The ChannelReset errors it caught (see ``keep_going``).
      error: The exception that ended it, or None after a clean Disconnect.
      ended: Whether the connection is over.
    """

    remote_key: PublicKey | None = None
    received: bytearray = field(default_factory=bytearray)
    resets: list[ChannelReset] = field(default_factory=list)
    error: BaseException | None = None
    ended: bool = False


class PythonServer:
    """A trio-ossuary echo server on 127.0.0.1 and what it saw."""

    def __init__(self, port: int, public_key: PublicKey, keep_going: bool) -> None:
        self.port = port
        self.public_key = public_key
        self.keep_going = keep_going
        self.served: list[Served] = []
        self._changed = trio.Event()

    def _wake(self) -> None:
        self._changed.set()
        self._changed = trio.Event()

    async def _wait(self, done: Callable[[], bool], limit: float) -> None:
        with trio.fail_after(limit):
            while not done():
                await self._changed.wait()

    async def connection(self, n: int = 1, limit: float = LIMIT) -> Served:
        """Wait until the ``n``-th connection (from 1) has ended; return it."""
        await self._wait(
            lambda: len(self.served) >= n and self.served[n - 1].ended, limit
        )
        return self.served[n - 1]

    async def received(self, size: int, n: int = 1, limit: float = LIMIT) -> Served:
        """Wait until the ``n``-th connection has received ``size`` bytes."""
        await self._wait(
            lambda: (
                len(self.served) >= n
                and (
                    len(self.served[n - 1].received) >= size or self.served[n - 1].ended
                )
            ),
            limit,
        )
        return self.served[n - 1]

    async def handle(self, stream: OssuaryStream[trio.abc.Stream]) -> None:
        seen = Served()
        self.served.append(seen)
        try:
            async with stream:
                await stream.do_handshake()
                seen.remote_key = stream.remote_public_key
                while True:
                    try:
                        data = await stream.receive_some()
                        if not data:
                            break
                        seen.received += data
                        self._wake()
                        await stream.send_all(data)
                    except ChannelReset as exc:
                        seen.resets.append(exc)
                        if not self.keep_going:
                            raise
        except trio.BrokenResourceError as exc:
            seen.error = exc
        finally:
            seen.ended = True
            self._wake()


@asynccontextmanager
async def python_server(
    key: SecretKey, *, port: int = 0, keep_going: bool = False, **options: Any
) -> AsyncIterator[PythonServer]:
    """Serve trio-ossuary echo connections on 127.0.0.1 with ``key``.

    With ``keep_going`` a connection carries on after a ChannelReset (the
    next call handshakes again); otherwise the reset ends it.
    """
    listeners = await open_ossuary_over_tcp_listeners(
        port, host="127.0.0.1", secret_key=key, **options
    )
    tcp = listeners[0].transport_listener
    assert isinstance(tcp, trio.SocketListener)
    bound = tcp.socket.getsockname()[1]
    server = PythonServer(bound, key.public_key, keep_going)
    async with trio.open_nursery() as nursery:
        await nursery.start(trio.serve_listeners, server.handle, listeners)
        try:
            yield server
        finally:
            nursery.cancel_scope.cancel()


async def echo(stream: OssuaryStream[Any], data: bytes) -> bytes:
    """Send ``data`` while reading back as many bytes; return what came back."""
    received = bytearray()

    async def send() -> None:
        await stream.send_all(data)

    async with trio.open_nursery() as nursery:
        nursery.start_soon(send)
        while len(received) < len(data):
            chunk = await stream.receive_some()
            assert chunk, f"channel closed after {len(received)} of {len(data)} bytes"
            received += chunk
    return bytes(received)


# -- a TCP proxy that can corrupt packets or cut the connection -------------------


class Proxy:
    """A one-connection TCP proxy on 127.0.0.1 between a client and a server.

    It relays until both ends have closed.  Bytes toward the server pass
    through the ``to_server`` hook, bytes toward the client through
    ``to_client`` (both :class:`~interposer.PacketHook`, e.g. from
    :func:`tamper_data`).
    """

    def __init__(self, port: int) -> None:
        self.port = port
        self.upstream: Interposer[trio.SocketStream] | None = None
        self.downstream: trio.SocketStream | None = None
        self.connected = trio.Event()
        self.done = trio.Event()
        self.was_cut = False

    async def cut(self) -> None:
        """Cut both TCP connections at once, with RST, mid-stream."""
        await self.connected.wait()
        self.was_cut = True
        assert self.upstream is not None
        assert self.downstream is not None
        streams = (self.upstream.transport, self.downstream)
        # Both first: once one is closed, its pump closes the other.
        for stream in streams:
            abort_on_close(stream)
        for stream in streams:
            await stream.aclose()


def abort_on_close(stream: trio.SocketStream) -> None:
    """Make closing ``stream`` send RST (no FIN, no TIME_WAIT)."""
    stream.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


async def _pump(
    source: trio.abc.ReceiveStream, sink: trio.abc.SendStream, tcp: trio.SocketStream
) -> None:
    try:
        while data := await source.receive_some(65536):
            await sink.send_all(data)
        # Pass the end of the stream on (a FIN for a FIN), as a proxy should.
        await tcp.send_eof()
    except (trio.BrokenResourceError, trio.ClosedResourceError, OSError):
        # The source broke (a reference that aborts with bytes unread sends a
        # reset, not a FIN): the other side must hear of it too, or it waits
        # for bytes that never come.  Closing it also ends the other pump.
        await trio.aclose_forcefully(tcp)


def passthrough() -> PacketHook:
    """A proxy hook that changes nothing and keeps what it saw."""
    return PacketHook(lambda packet: packet.raw)


def tamper_data(nth: int, change: Callable[[Packet], bytes]) -> PacketHook:
    """A proxy hook that replaces the ``nth`` (from 0) data record by ``change``."""
    count = 0

    def on_packet(packet: Packet) -> bytes:
        nonlocal count
        if packet.type != DATA:
            return packet.raw
        count += 1
        return change(packet) if count == nth + 1 else packet.raw

    return PacketHook(on_packet)


def bad_tag(packet: Packet) -> bytes:
    """The record with one bit of its Poly1305 tag flipped."""
    return packet.flipped()


def huge_data_len(packet: Packet) -> bytes:
    """The record claiming 65535 bytes of ciphertext in its 16-byte body."""
    # data_len is the first field after the header (little-endian, as the
    # reference writes its packed struct on x86).
    return packet.raw[:8] + b"\xff\xff" + packet.raw[10:]


@asynccontextmanager
async def proxy(
    server_port: int,
    *,
    to_server: PacketHook | None = None,
    to_client: PacketHook | None = None,
) -> AsyncIterator[Proxy]:
    """Listen on 127.0.0.1 and relay one connection to ``server_port``.

    Whole packets only cross (a hook holds back a partial one), so a cut
    never leaves half a packet with the reference: its driver would wait for
    the rest until its idle timeout.
    """
    to_server = to_server or passthrough()
    to_client = to_client or passthrough()
    listener = (await trio.open_tcp_listeners(0, host="127.0.0.1"))[0]
    control = Proxy(listener.socket.getsockname()[1])

    async def relay() -> None:
        async with listener:
            downstream = await listener.accept()
        upstream_tcp = await trio.open_tcp_stream("127.0.0.1", server_port)
        upstream = Interposer(upstream_tcp, on_send=to_server, on_receive=to_client)
        control.upstream, control.downstream = upstream, downstream
        control.connected.set()
        async with downstream, upstream, trio.open_nursery() as nursery:
            nursery.start_soon(_pump, downstream, upstream, upstream_tcp)
            nursery.start_soon(_pump, upstream, downstream, downstream)
        control.done.set()

    async with trio.open_nursery() as nursery:
        nursery.start_soon(relay)
        try:
            yield control
        except BaseException:
            nursery.cancel_scope.cancel()
            raise
        # Let the last bytes (a Disconnect, say) through: the relay ends
        # once both ends have closed.
        with trio.fail_after(LIMIT):
            await control.done.wait()


# -- the C examples ------------------------------------------------------------------


def _tcp_table() -> list[tuple[int, int, int, int]]:
    """(local port, remote port, state, rx_queue) of every IPv4 TCP socket."""
    rows = []
    with open("/proc/net/tcp") as table:
        next(table)
        for line in table:
            fields = line.split()
            local_port = int(fields[1].rsplit(":", 1)[1], 16)
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            state = int(fields[3], 16)
            rx_queue = int(fields[4].split(":")[1], 16)
            rows.append((local_port, remote_port, state, rx_queue))
    return rows


_TCP_LISTEN: Final = 0x0A


async def wait_listening(port: int, process: Child, limit: float = LIMIT) -> None:
    """Wait until a socket listens on ``port`` (without connecting to it).

    The C server accepts exactly one connection, so a probe connection would
    use it up; the kernel's socket table tells without touching it.
    """
    with trio.fail_after(limit):
        while not any(row[0] == port and row[2] == _TCP_LISTEN for row in _tcp_table()):
            if process.process.returncode is not None:
                raise AssertionError(f"the C server exited:\n{process.describe()}")
            await trio.sleep(0.01)


async def wait_port_free(port: int, limit: float = 70.0) -> None:
    """Wait until ``port`` can be bound without SO_REUSEADDR, as server.c binds.

    A TIME_WAIT connection on the port (it lasts a minute) would make the C
    server exit at once ("could not bind").  These tests never leave one,
    but something else on the machine may; then this waits it out, or says
    plainly what is wrong.
    """
    with trio.move_on_after(limit):
        while True:
            probe = socket.socket()
            try:
                probe.bind(("0.0.0.0", port))
            except OSError:
                await trio.sleep(0.2)
                continue
            finally:
                probe.close()
            return
    raise AssertionError(
        f"port {port} stayed busy for {limit} s (another program, or a "
        f"connection in TIME_WAIT): the C example server cannot bind it"
    )


async def wait_read_by_peer(stream: trio.SocketStream, limit: float = LIMIT) -> None:
    """Wait until the peer program has read every byte sent on ``stream``.

    The peer's socket is the one whose ports mirror ours; its receive queue
    in the kernel's socket table is what it has not read yet.  A peer that
    exited (its socket gone) has nothing left to read.
    """
    ours = stream.socket.getsockname()[1]
    theirs = stream.socket.getpeername()[1]
    # Polled: the kernel offers no event for "the peer has read it".
    with trio.fail_after(limit):
        while True:
            unread = [
                row for row in _tcp_table() if row[:2] == (theirs, ours) and row[3]
            ]
            if not unread:
                return
            await trio.sleep(0.005)


class OnePacketPerRead(trio.abc.Stream):
    """A TCP stream that hands the peer one Ossuary packet per read.

    The reference's C API mishandles two packets arriving in one ``read``
    (it keeps the second both in its own buffer and the caller's).  So each
    packet is written alone, and the next only once the peer has read it.
    Closing sends RST, so that the C server's fixed port is not left in
    TIME_WAIT (it binds without SO_REUSEADDR).
    """

    def __init__(self, transport: trio.SocketStream) -> None:
        self.transport = transport
        # Passes on whole packets only, holding back a partial one.
        self._whole_packets = PacketHook(lambda packet: packet.raw)

    async def send_all(self, data: bytes | bytearray | memoryview) -> None:
        for packet in parse_packets(self._whole_packets(bytes(data))):
            await self.transport.send_all(packet.raw)
            await wait_read_by_peer(self.transport)

    async def wait_send_all_might_not_block(self) -> None:
        await self.transport.wait_send_all_might_not_block()

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        return await self.transport.receive_some(max_bytes)

    async def aclose(self) -> None:
        abort_on_close(self.transport)
        await self.transport.aclose()
