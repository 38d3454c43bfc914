"""Benchmark OssuaryStream against trio.SSLStream and against the raw crypto.

One command measures every figure of the performance page.  From the
repository root, with the virtual environment of the README active::

    python benchmarks/benchmark.py           # 7 rounds
    python benchmarks/benchmark.py --quick   # 3 short rounds
    python benchmarks/benchmark.py --rst docs/performance-figures.inc.rst

Both endpoints of every connection live in this one process, on one thread,
so each figure is the CPU cost of *both* ends.  The contenders are
interleaved round by round (each round measures every figure for every
contender, alternating which one goes first), so that slow drift of the
machine hits them alike; ratios are taken within a round, and the table shows
their median.  Every figure is timed by the same loop, :class:`Stopwatch`.

Figures:

* ``aead``: cryptography's ChaCha20-Poly1305, encrypt then decrypt of
  16384-byte records (the ceiling for bulk data with both ends on one core).
* ``engine``: the sans-IO engine alone, no trio, no transport:
  ``send_data``, ``data_to_send``, the peer's ``receive_data`` and
  ``next_event`` for one 64-byte record, one 16 KiB record, and 64 KiB (four
  records) per call; each against the raw AEAD encrypt + decrypt of one
  record of the same size, measured alternately in the same round.
* ``primitives``: the public-key operations one handshake needs at least:
  two X25519 key generations and exchanges, one Ed25519 signature and
  verification (mutual authentication adds one more of each).
* ``bulk-memory`` / ``bulk-tcp``: 64 MiB sent in 64 KiB ``send_all`` calls,
  received with ``receive_some(65536)``, over
  :func:`trio.testing.memory_stream_pair` or loopback TCP.
* ``handshake`` / ``handshake-mutual``: sequential full handshakes over
  memory streams (stream objects created for each).  Ossuary: anonymous client
  / mutual authentication; TLS 1.3: server certificate only / mutual TLS.
* ``pingpong-memory`` / ``pingpong-tcp``: 64-byte echo round trips, and the
  trio task switches per round trip (task steps counted by an instrument).
* ``memory``: RSS and tracemalloc growth per established, idle pair (both
  ends plus their memory-stream transport), each contender in a fresh
  subprocess.
* ``idle10k``: 10,000 established connections over memory streams, each
  server end parked in ``receive_some`` in its own task; then one echo on
  every connection at once, then a clean close.
* ``tcp1000``: 1,000 clients connect over 127.0.0.1 and handshake at once.

Every stream figure also runs over the bare transport ("no security"; for
handshakes, the same three messages with no cryptography): the floor that
trio, the transport and this harness impose.  The targets (``TARGETS``) are
ratios against those floors and the raw cryptography, all from the same run.

``OSSUARY_BENCH_ROOT=/some/dir`` benchmarks a copy of ``trio_ossuary`` found
in that directory instead of this checkout's (to try out a change).

For profiling, run one figure for one contender, e.g.::

    py-spy record -r 500 -f raw -o bulk.txt -- python \
        benchmarks/benchmark.py --only bulk-memory --contender ossuary \
        --rounds 5 --no-warmup
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import ssl
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cryptography
import trio
import trio.testing
import trustme
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

ROOT = Path(__file__).resolve().parent.parent
# OSSUARY_BENCH_ROOT: benchmark a copy of the package (a variant) instead of
# this checkout's; subprocess workers inherit it.
sys.path.insert(0, os.environ.get("OSSUARY_BENCH_ROOT", str(ROOT)))

from trio_ossuary import OssuaryStream, SecretKey  # noqa: E402

try:
    from trio_ossuary.sansio import DataReceived, OssuaryConnection
except ImportError:  # an OSSUARY_BENCH_ROOT tree from before trio_ossuary.sansio
    from trio_ossuary import (  # type: ignore[attr-defined,no-redef]
        DataReceived,
        OssuaryConnection,
    )

CONTENDERS = ("ossuary", "tls")
LABEL = {"ossuary": "OssuaryStream", "tls": "SSLStream", "transport": "transport"}
CHUNK = 65536
RECORD = 16384
PING = 64

# -- fixtures ------------------------------------------------------------------


class Fixture:
    """Long-term keys and certificates, made once per process."""

    def __init__(self) -> None:
        self.server_key = SecretKey.generate()
        self.client_key = SecretKey.generate()
        ca = trustme.CA()
        server_cert = ca.issue_cert("localhost")
        client_cert = ca.issue_cert("client.localhost")

        def context(purpose: ssl.Purpose) -> ssl.SSLContext:
            ctx = ssl.create_default_context(purpose)
            ctx.minimum_version = ssl.TLSVersion.TLSv1_3
            return ctx

        self.tls_server = context(ssl.Purpose.CLIENT_AUTH)
        server_cert.configure_cert(self.tls_server)
        self.tls_client = context(ssl.Purpose.SERVER_AUTH)
        ca.configure_trust(self.tls_client)
        self.tls_server_mutual = context(ssl.Purpose.CLIENT_AUTH)
        server_cert.configure_cert(self.tls_server_mutual)
        ca.configure_trust(self.tls_server_mutual)
        self.tls_server_mutual.verify_mode = ssl.CERT_REQUIRED
        self.tls_client_mutual = context(ssl.Purpose.SERVER_AUTH)
        ca.configure_trust(self.tls_client_mutual)
        client_cert.configure_cert(self.tls_client_mutual)

    def wrap(
        self,
        contender: str,
        client_transport: trio.abc.Stream,
        server_transport: trio.abc.Stream,
        *,
        mutual: bool = False,
    ) -> tuple[trio.abc.Stream, trio.abc.Stream]:
        if contender == "ossuary":
            server = OssuaryStream(
                server_transport,
                server_side=True,
                secret_key=self.server_key,
                authorized_keys=[self.client_key.public_key] if mutual else (),
                require_client_auth=mutual,
            )
            client = OssuaryStream(
                client_transport,
                secret_key=self.client_key if mutual else None,
                authorized_keys=[self.server_key.public_key],
            )
            return client, server
        if contender == "tls":
            server = trio.SSLStream(
                server_transport,
                self.tls_server_mutual if mutual else self.tls_server,
                server_side=True,
            )
            client = trio.SSLStream(
                client_transport,
                self.tls_client_mutual if mutual else self.tls_client,
                server_hostname="localhost",
            )
            return client, server
        if contender == "transport":
            return client_transport, server_transport
        raise ValueError(contender)


_FIXTURE: Fixture | None = None


def fixture() -> Fixture:
    global _FIXTURE
    if _FIXTURE is None:
        _FIXTURE = Fixture()
    return _FIXTURE


async def receive_exactly(stream: trio.abc.Stream, n: int) -> None:
    got = 0
    while got < n:
        data = await stream.receive_some(CHUNK)
        if not data:
            raise RuntimeError("unexpected EOF")
        got += len(data)


async def handshake_both(client: trio.abc.Stream, server: trio.abc.Stream) -> None:
    if not hasattr(client, "do_handshake"):
        # The bare transport: the same three messages as an Ossuary handshake
        # (92, 208 and 132 bytes), with no cryptography: the harness's floor.
        async def client_side() -> None:
            await client.send_all(bytes(92))
            await receive_exactly(client, 208)
            await client.send_all(bytes(132))

        async with trio.open_nursery() as nursery:
            nursery.start_soon(client_side)
            await receive_exactly(server, 92)
            await server.send_all(bytes(208))
            await receive_exactly(server, 132)
        return
    async with trio.open_nursery() as nursery:
        nursery.start_soon(client.do_handshake)  # type: ignore[attr-defined]
        await server.do_handshake()  # type: ignore[attr-defined]


async def tcp_pair() -> tuple[trio.SocketStream, trio.SocketStream]:
    listeners = await trio.open_tcp_listeners(0, host="127.0.0.1")
    listener = listeners[0]
    port = listener.socket.getsockname()[1]
    try:
        async with trio.open_nursery() as nursery:
            client_box: list[trio.SocketStream] = []

            async def connect() -> None:
                client_box.append(await trio.open_tcp_stream("127.0.0.1", port))

            nursery.start_soon(connect)
            server = await listener.accept()
        return client_box[0], server
    finally:
        await listener.aclose()


async def transport_pair(kind: str) -> tuple[trio.abc.Stream, trio.abc.Stream]:
    if kind == "memory":
        return trio.testing.memory_stream_pair()
    return await tcp_pair()


async def close_all(*streams: trio.abc.Stream) -> None:
    for stream in streams:
        await trio.aclose_forcefully(stream)


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def raise_fd_limit(wanted: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < wanted:
        target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


# -- the timing loop -----------------------------------------------------------


class Stopwatch:
    """The one timing loop of this script.

    Iterating hands out batch sizes until ``duration`` seconds have passed;
    the caller runs that many operations for each (sync or async alike)::

        watch = Stopwatch(duration, batch=32)
        for n in watch:
            for _ in range(n):
                operation()
        return watch.rate

    The clock is read once per batch, so a batch should take well over a
    microsecond.
    """

    def __init__(self, duration: float, batch: int = 1) -> None:
        self.duration = duration
        self.batch = batch
        self.count = 0
        self.elapsed = 0.0

    def __iter__(self) -> Iterator[int]:
        self.count = 0
        start = time.perf_counter()
        while True:
            yield self.batch
            self.count += self.batch
            self.elapsed = time.perf_counter() - start
            if self.elapsed >= self.duration:
                return

    @property
    def rate(self) -> float:
        """Operations per second."""
        return self.count / self.elapsed

    @property
    def micros(self) -> float:
        """Microseconds per operation."""
        return self.elapsed / self.count * 1e6


class SwitchCounter(trio.abc.Instrument):
    """Counts trio task steps: each is one switch into a task by the scheduler."""

    def __init__(self) -> None:
        self.steps = 0

    def before_task_step(self, task: trio.lowlevel.Task) -> None:
        self.steps += 1


# -- raw limits ----------------------------------------------------------------


def raw_aead(duration: float, size: int, *, aes: bool = False) -> float:
    """Microseconds per record of AEAD encrypt + decrypt (Ossuary's or TLS's).

    Each record gets its own 12-byte nonce from a counter, as any real use
    needs: that is part of the floor.
    """
    cipher = AESGCM(os.urandom(32)) if aes else ChaCha20Poly1305(os.urandom(32))
    encrypt, decrypt = cipher.encrypt, cipher.decrypt
    record = os.urandom(size)
    count = 0
    watch = Stopwatch(duration, 256 if size <= 1024 else 32)
    for n in watch:
        for counter in range(count, count + n):
            nonce = counter.to_bytes(12, "big")
            decrypt(nonce, encrypt(nonce, record, None), None)
        count += n
    return watch.micros


def primitives_limit(duration: float, *, mutual: bool) -> float:
    """Handshakes/s if a handshake cost nothing but its public-key operations."""
    server_key = Ed25519PrivateKey.generate()
    server_pub = server_key.public_key().public_bytes_raw()
    client_key = Ed25519PrivateKey.generate()
    client_pub = client_key.public_key().public_bytes_raw()
    extra = os.urandom(44)
    watch = Stopwatch(duration)
    for _ in watch:
        client_eph = X25519PrivateKey.generate()
        client_eph_pub = client_eph.public_key().public_bytes_raw()
        server_eph = X25519PrivateKey.generate()
        server_eph_pub = server_eph.public_key().public_bytes_raw()
        server_eph.exchange(X25519PublicKey.from_public_bytes(client_eph_pub))
        client_eph.exchange(X25519PublicKey.from_public_bytes(server_eph_pub))
        message = server_eph_pub + extra
        signature = server_key.sign(message)
        Ed25519PublicKey.from_public_bytes(server_pub).verify(signature, message)
        if mutual:
            message = client_eph_pub + extra
            signature = client_key.sign(message)
            Ed25519PublicKey.from_public_bytes(client_pub).verify(signature, message)
    return watch.rate


# -- the sans-IO engine alone --------------------------------------------------


def engine_pair() -> tuple[OssuaryConnection, OssuaryConnection]:
    """An established client and server engine, bytes moved by hand."""
    server_key = fixture().server_key
    server = OssuaryConnection(server_side=True, secret_key=server_key)
    client = OssuaryConnection(authorized_keys=[server_key.public_key])
    while not (client.handshake_complete and server.handshake_complete):
        for sender, receiver in ((client, server), (server, client)):
            if sender.bytes_to_send:
                receiver.receive_data(sender.data_to_send())
            receiver.next_event()
    return client, server


def engine_records(duration: float, size: int, per_call: int = 1) -> float:
    """Microseconds per record through two engines, no I/O: send, receive.

    Each operation is ``send_data`` of ``per_call`` records of ``size`` bytes,
    ``data_to_send``, ``receive_data`` on the peer and its ``next_event``
    (one :class:`DataReceived` for them all).
    """
    client, server = engine_pair()
    message = os.urandom(size * per_call)
    send, take = client.send_data, client.data_to_send
    receive, next_event = server.receive_data, server.next_event
    event: object = None
    watch = Stopwatch(duration, max(1, 256 // per_call if size <= 1024 else 8))
    for n in watch:
        for _ in range(n):
            send(message)
            receive(take())
            event = next_event()
    if not isinstance(event, DataReceived) or event.data != message:
        raise RuntimeError(f"the engine delivered {event!r}")
    return watch.micros / per_call


# -- stream figures ------------------------------------------------------------


async def bulk(contender: str, kind: str, total: int) -> float:
    """MB/s of application data, one direction, both ends in this thread."""
    a, b = await transport_pair(kind)
    client, server = fixture().wrap(contender, a, b)
    await handshake_both(client, server)
    payload = os.urandom(CHUNK)
    sends = total // CHUNK
    total = sends * CHUNK

    async def sender() -> None:
        for _ in range(sends):
            await client.send_all(payload)

    start = time.perf_counter()
    async with trio.open_nursery() as nursery:
        nursery.start_soon(sender)
        await receive_exactly(server, total)
    elapsed = time.perf_counter() - start
    await close_all(client, server)
    return total / elapsed / 1e6


async def handshakes(contender: str, duration: float, *, mutual: bool) -> float:
    """Sequential full handshakes per second over memory streams."""
    fx = fixture()
    watch = Stopwatch(duration)
    for _ in watch:
        a, b = trio.testing.memory_stream_pair()
        client, server = fx.wrap(contender, a, b, mutual=mutual)
        await handshake_both(client, server)
    return watch.rate


async def pingpong(contender: str, kind: str, duration: float) -> tuple[float, float]:
    """64-byte echo round trips per second, and trio task switches per trip."""
    a, b = await transport_pair(kind)
    client, server = fixture().wrap(contender, a, b)
    await handshake_both(client, server)
    message = os.urandom(PING)

    async def echo() -> None:
        while True:
            data = await server.receive_some(CHUNK)
            if not data:
                return
            await server.send_all(data)

    switches = SwitchCounter()
    async with trio.open_nursery() as nursery:
        nursery.start_soon(echo)
        await trio.testing.wait_all_tasks_blocked()
        watch = Stopwatch(duration, 16)
        trio.lowlevel.add_instrument(switches)
        for n in watch:
            for _ in range(n):
                await client.send_all(message)
                await receive_exactly(client, PING)
        trio.lowlevel.remove_instrument(switches)
        nursery.cancel_scope.cancel()
    await close_all(client, server)
    return watch.rate, switches.steps / watch.count


# -- subprocess workers --------------------------------------------------------


def worker_memory(contender: str, pairs: int, traced: int) -> dict[str, Any]:
    """RSS and tracemalloc growth per established idle pair."""
    fx = fixture()
    keep: list[tuple[trio.abc.Stream, trio.abc.Stream]] = []

    async def make(n: int) -> None:
        for _ in range(n):
            a, b = trio.testing.memory_stream_pair()
            client, server = fx.wrap(contender, a, b)
            await handshake_both(client, server)
            keep.append((client, server))

    async def main() -> dict[str, Any]:
        await make(50)  # warm up: imports, caches, first-use allocations
        gc.collect()
        rss0 = rss_bytes()
        await make(pairs)
        gc.collect()
        rss1 = rss_bytes()
        tracemalloc.start()
        gc.collect()
        traced0 = tracemalloc.get_traced_memory()[0]
        await make(traced)
        gc.collect()
        traced1 = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        return {
            "rss_per_pair": (rss1 - rss0) / pairs,
            "traced_per_pair": (traced1 - traced0) / traced,
        }

    return trio.run(main)


def worker_idle(connections: int, time_limit: float) -> dict[str, Any]:
    """Many established idle Ossuary connections over memory streams."""
    fx = fixture()
    errors: list[str] = []
    phase = "establish"

    async def serve(server: trio.abc.Stream) -> None:
        try:
            await server.do_handshake()  # type: ignore[attr-defined]
            while True:
                data = await server.receive_some(CHUNK)
                if not data:
                    break
                await server.send_all(data)
        except Exception as exc:
            errors.append(f"server (after {phase}): {exc!r}")
        finally:
            await trio.aclose_forcefully(server)

    async def ping(client: trio.abc.Stream) -> None:
        try:
            await client.send_all(b"p" * PING)
            await receive_exactly(client, PING)
        except Exception as exc:
            errors.append(f"client ping: {exc!r}")

    async def close(client: trio.abc.Stream) -> None:
        try:
            await client.aclose()
        except Exception as exc:
            errors.append(f"client close: {exc!r}")

    async def main() -> dict[str, Any]:
        nonlocal phase
        result: dict[str, Any] = {"connections": connections}
        gc.collect()
        rss0 = rss_bytes()
        clients: list[trio.abc.Stream] = []
        with trio.fail_after(time_limit):
            async with trio.open_nursery() as servers:
                start = time.perf_counter()
                for _ in range(connections):
                    a, b = trio.testing.memory_stream_pair()
                    client, server = fx.wrap("ossuary", a, b)
                    servers.start_soon(serve, server)
                    try:
                        await client.do_handshake()  # type: ignore[attr-defined]
                    except Exception as exc:
                        errors.append(f"client handshake: {exc!r}")
                    clients.append(client)
                # Let the servers take the last ClientAuthentication and park.
                await trio.testing.wait_all_tasks_blocked()
                result["establish_s"] = time.perf_counter() - start
                gc.collect()
                result["rss_idle_mb"] = (rss_bytes() - rss0) / 1e6
                result["rss_per_conn"] = (rss_bytes() - rss0) / connections
                phase = "echo"
                start = time.perf_counter()
                async with trio.open_nursery() as pings:
                    for client in clients:
                        pings.start_soon(ping, client)
                result["echo_all_s"] = time.perf_counter() - start
                phase = "close"
                start = time.perf_counter()
                async with trio.open_nursery() as closers:
                    for client in clients:
                        closers.start_soon(close, client)
            result["close_all_s"] = time.perf_counter() - start
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
        result["errors"] = len(errors)
        kinds: dict[str, int] = {}
        for error in errors:
            kind = error.split(":", 1)[0]
            kinds[kind] = kinds.get(kind, 0) + 1
        result["errors_by_kind"] = kinds
        result["first_errors"] = errors[:3]
        return result

    return trio.run(main)


def worker_tcp(contender: str, clients: int, time_limit: float) -> dict[str, Any]:
    """Many clients connecting over loopback TCP and handshaking at once."""
    raise_fd_limit(4 * clients + 256)
    fx = fixture()
    errors: list[str] = []
    up = 0
    all_up = trio.Event()

    def count_up() -> None:
        nonlocal up
        up += 1
        if up == clients:
            all_up.set()

    async def main() -> dict[str, Any]:
        result: dict[str, Any] = {"clients": clients}
        gc.collect()
        rss0 = rss_bytes()
        listeners = await trio.open_tcp_listeners(0, host="127.0.0.1")
        port = listeners[0].socket.getsockname()[1]
        client_ctx = fx.tls_client

        async def handle(transport: trio.SocketStream) -> None:
            if contender == "ossuary":
                stream: trio.abc.Stream = OssuaryStream(
                    transport, server_side=True, secret_key=fx.server_key
                )
            else:
                stream = trio.SSLStream(transport, fx.tls_server, server_side=True)
            try:
                await stream.do_handshake()  # type: ignore[attr-defined]
                data = await stream.receive_some(CHUNK)
                await stream.send_all(data)
                while await stream.receive_some(CHUNK):
                    pass
            except Exception as exc:
                errors.append(f"server: {exc!r} cause {exc.__cause__!r}")
            finally:
                await trio.aclose_forcefully(stream)

        async def client() -> None:
            stream: trio.abc.Stream | None = None
            try:
                tcp = await trio.open_tcp_stream("127.0.0.1", port)
                if contender == "ossuary":
                    stream = OssuaryStream(
                        tcp, authorized_keys=[fx.server_key.public_key]
                    )
                else:
                    stream = trio.SSLStream(
                        tcp, client_ctx, server_hostname="localhost"
                    )
                await stream.do_handshake()  # type: ignore[attr-defined]
                await stream.send_all(b"p" * PING)
                await receive_exactly(stream, PING)
            except Exception as exc:
                errors.append(f"client: {exc!r} cause {exc.__cause__!r}")
            count_up()
            await all_up.wait()
            if stream is not None:
                try:
                    await stream.aclose()
                except Exception as exc:
                    errors.append(f"client close: {exc!r}")

        with trio.fail_after(time_limit):
            async with trio.open_nursery() as nursery:
                await nursery.start(trio.serve_listeners, handle, listeners)
                start = time.perf_counter()
                async with trio.open_nursery() as client_nursery:
                    for _ in range(clients):
                        client_nursery.start_soon(client)
                    await all_up.wait()
                    result["all_up_s"] = time.perf_counter() - start
                    gc.collect()
                    result["rss_all_up_mb"] = (rss_bytes() - rss0) / 1e6
                result["total_s"] = time.perf_counter() - start
                nursery.cancel_scope.cancel()
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
        result["errors"] = len(errors)
        result["first_errors"] = errors[:3]
        return result

    return trio.run(main)


def run_worker(args: list[str], timeout: float) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        return {"failed": True, "stderr": proc.stderr[-2000:]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def worker_main(args: list[str]) -> None:
    kind = args[0]
    if kind == "memory":
        result = worker_memory(args[1], int(args[2]), int(args[3]))
    elif kind == "idle":
        result = worker_idle(int(args[1]), float(args[2]))
    elif kind == "tcp":
        result = worker_tcp(args[1], int(args[2]), float(args[3]))
    else:
        raise SystemExit(f"unknown worker {kind}")
    print(json.dumps(result))


# -- the run -------------------------------------------------------------------


@dataclass
class Settings:
    rounds: int
    duration: float  # seconds per timed figure (handshakes, ping-pong, raw)
    bulk_bytes: int
    memory_pairs: int
    traced_pairs: int
    idle_connections: int
    tcp_clients: int
    scale_rounds: int


FULL = Settings(7, 1.0, 64 << 20, 2000, 500, 10_000, 1000, 3)
QUICK = Settings(3, 0.3, 16 << 20, 500, 200, 10_000, 1000, 1)


@dataclass
class Results:
    # figure -> contender -> list of per-round values
    values: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    scale: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, figure: str, contender: str, value: float) -> None:
        self.values.setdefault(figure, {}).setdefault(contender, []).append(value)


# figure -> (unit, description); "us" figures are times (lower is better).
FIGURES: dict[str, tuple[str, str]] = {
    "aead": ("MB/s", "AEAD enc+dec, 16 KiB records [1]"),
    "engine-64": ("us", "engine alone, one 64-byte record [2]"),
    "engine-16k": ("us", "engine alone, one 16 KiB record [2]"),
    "engine-64k": ("us", "engine alone, 16 KiB records, 4 a call [2]"),
    "primitives": ("/s", "handshake primitives, server auth only"),
    "primitives-mutual": ("/s", "handshake primitives, mutual auth"),
    "bulk-memory": ("MB/s", "bulk 64 KiB writes, memory streams"),
    "bulk-tcp": ("MB/s", "bulk 64 KiB writes, loopback TCP"),
    "handshake": ("/s", "handshakes (anon client / server cert)"),
    "handshake-mutual": ("/s", "handshakes (mutual / mutual TLS)"),
    "pingpong-memory": ("rt/s", "64-byte ping-pong, memory streams"),
    "pingpong-tcp": ("rt/s", "64-byte ping-pong, loopback TCP"),
    "switches-memory": ("/rt", "task switches per round trip, memory"),
    "switches-tcp": ("/rt", "task switches per round trip, TCP"),
    "memory-rss": ("KB", "RSS per established idle pair"),
    "memory-traced": ("KB", "tracemalloc per established idle pair"),
}
FOOTNOTES = (
    "[1] raw limit: ChaCha20-Poly1305 (Ossuary's cipher); SSLStream column: "
    "AES-256-GCM (the TLS suite negotiated here)",
    "[2] microseconds per record, both ends: OssuaryConnection.send_data, "
    "data_to_send, the peer's receive_data and next_event; raw limit: "
    "ChaCha20-Poly1305 encrypt + decrypt of one record of that size",
)

SECTIONS = (
    "aead",
    "engine",
    "primitives",
    "bulk-memory",
    "bulk-tcp",
    "handshake",
    "handshake-mutual",
    "pingpong-memory",
    "pingpong-tcp",
    "memory",
    "idle10k",
    "tcp1000",
)


def measure_round(
    s: Settings, results: Results, sections: set[str], contenders: list[str], rnd: int
) -> None:
    order = contenders if rnd % 2 == 0 else contenders[::-1]
    # The bare transport (no security at all) is the floor of the data figures.
    with_floor = [*order, "transport"] if len(contenders) > 1 else order

    def timed(figure: str, fn: Callable[[str], float], *, floor: bool = False) -> None:
        for contender in with_floor if floor else order:
            gc.collect()
            results.add(figure, contender, fn(contender))

    if "aead" in sections:
        results.add("aead", "raw", RECORD / raw_aead(s.duration, RECORD))
        results.add("aead", "tls", RECORD / raw_aead(s.duration, RECORD, aes=True))
    if "engine" in sections and "ossuary" in contenders:
        # The engine and the raw AEAD, alternating, a third of the time each.
        third = s.duration / 3
        for figure, size, per_call in (
            ("engine-64", PING, 1),
            ("engine-16k", RECORD, 1),
            ("engine-64k", RECORD, 4),
        ):
            for first in (True, False) if rnd % 2 == 0 else (False, True):
                gc.collect()
                if first:
                    results.add(
                        figure, "ossuary", engine_records(third, size, per_call)
                    )
                else:
                    results.add(figure, "raw", raw_aead(third, size))
    if "primitives" in sections:
        results.add("primitives", "raw", primitives_limit(s.duration, mutual=False))
        results.add(
            "primitives-mutual", "raw", primitives_limit(s.duration, mutual=True)
        )
    for kind in ("memory", "tcp"):
        if f"bulk-{kind}" in sections:
            timed(
                f"bulk-{kind}",
                lambda c, k=kind: trio.run(bulk, c, k, s.bulk_bytes),
                floor=True,
            )
    if "handshake" in sections:
        timed(
            "handshake",
            lambda c: trio.run(lambda: handshakes(c, s.duration, mutual=False)),
            floor=True,
        )
    if "handshake-mutual" in sections:
        timed(
            "handshake-mutual",
            lambda c: trio.run(lambda: handshakes(c, s.duration, mutual=True)),
            floor=True,
        )
    for kind in ("memory", "tcp"):
        if f"pingpong-{kind}" in sections:

            def trips(contender: str, kind: str = kind) -> float:
                rate, switches = trio.run(pingpong, contender, kind, s.duration)
                results.add(f"switches-{kind}", contender, switches)
                return rate

            timed(f"pingpong-{kind}", trips, floor=True)
    if "memory" in sections:
        for contender in with_floor:
            out = run_worker(
                ["memory", contender, str(s.memory_pairs), str(s.traced_pairs)], 600
            )
            if out.get("failed"):
                print(f"memory worker failed: {out['stderr']}", file=sys.stderr)
                continue
            results.add("memory-rss", contender, out["rss_per_pair"] / 1e3)
            results.add("memory-traced", contender, out["traced_per_pair"] / 1e3)


def warm_up(contenders: list[str], sections: set[str]) -> None:
    tiny = Settings(1, 0.05, 1 << 20, 0, 0, 0, 0, 0)
    measure_round(tiny, Results(), sections - {"memory"}, contenders, 0)


def summarize(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


def fmt(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def fmt_cell(values: list[float] | None) -> str:
    if not values:
        return "-"
    med, lo, hi = summarize(values)
    return f"{fmt(med)} ({fmt(lo)}-{fmt(hi)})"


# -- targets -------------------------------------------------------------------

Round = Callable[[str, str], float]  # (figure, contender) -> this round's value


def ceiling(a: float, b: float) -> float:
    """The rate of two stages that share one core: 1 / (1/a + 1/b)."""
    return 1 / (1 / a + 1 / b)


# (what, target, comparison, the ratio from one round's values).  The targets
# of the second performance issue: against the floors, all in the same run.
TARGETS: list[tuple[str, float, str, Callable[[Round], float]]] = [
    (
        "bulk, loopback TCP / 1/(1/AEAD + 1/bare TCP)",
        0.85,
        ">=",
        lambda v: (
            v("bulk-tcp", "ossuary")
            / ceiling(v("aead", "raw"), v("bulk-tcp", "transport"))
        ),
    ),
    (
        "ping-pong, memory streams / SSLStream",
        1.25,
        ">=",
        lambda v: v("pingpong-memory", "ossuary") / v("pingpong-memory", "tls"),
    ),
    (
        "ping-pong, loopback TCP / SSLStream",
        1.25,
        ">=",
        lambda v: v("pingpong-tcp", "ossuary") / v("pingpong-tcp", "tls"),
    ),
    (
        "handshakes, anon client / 1/(1/primitives + 1/bare)",
        0.8,
        ">=",
        lambda v: (
            v("handshake", "ossuary")
            / ceiling(v("primitives", "raw"), v("handshake", "transport"))
        ),
    ),
    (
        "engine, one 64-byte record: time / raw AEAD's",
        2.0,
        "<=",
        lambda v: v("engine-64", "ossuary") / v("engine-64", "raw"),
    ),
    (
        "engine, 16 KiB records: throughput / raw AEAD's",
        0.9,
        ">=",
        lambda v: v("engine-16k", "raw") / v("engine-16k", "ossuary"),
    ),
    (
        "RSS per idle pair / SSLStream",
        0.2,
        "<=",
        lambda v: v("memory-rss", "ossuary") / v("memory-rss", "tls"),
    ),
]
# Ratios shown for information, with no target.
INFO: list[tuple[str, Callable[[Round], float]]] = [
    (
        "engine, 16 KiB records 4 a call: throughput / raw",
        lambda v: v("engine-64k", "raw") / v("engine-64k", "ossuary"),
    ),
    (
        "bulk, memory streams / SSLStream",
        lambda v: v("bulk-memory", "ossuary") / v("bulk-memory", "tls"),
    ),
    (
        "bulk, loopback TCP / SSLStream",
        lambda v: v("bulk-tcp", "ossuary") / v("bulk-tcp", "tls"),
    ),
    (
        "handshakes, anon client / SSLStream",
        lambda v: v("handshake", "ossuary") / v("handshake", "tls"),
    ),
    (
        "handshakes, mutual / mutual TLS",
        lambda v: v("handshake-mutual", "ossuary") / v("handshake-mutual", "tls"),
    ),
    (
        "handshakes, mutual / 1/(1/primitives + 1/bare)",
        lambda v: (
            v("handshake-mutual", "ossuary")
            / ceiling(v("primitives-mutual", "raw"), v("handshake-mutual", "transport"))
        ),
    ),
]


def per_round(results: Results, ratio: Callable[[Round], float]) -> list[float]:
    """The ratio in each round that measured every figure it needs."""
    out = []
    rounds = max(
        (len(series) for row in results.values.values() for series in row.values()),
        default=0,
    )
    for i in range(rounds):

        def value(figure: str, contender: str, i: int = i) -> float:
            return results.values[figure][contender][i]

        try:
            out.append(ratio(value))
        except (KeyError, IndexError, ZeroDivisionError):
            continue
    return out


def target_rows(results: Results) -> list[tuple[str, str, str, str]]:
    """(what, measured (min-max), target, verdict) for each target measured."""
    rows = []
    for what, target, op, ratio in TARGETS:
        values = per_round(results, ratio)
        if not values:
            continue
        med = statistics.median(values)
        met = med >= target if op == ">=" else med <= target
        rows.append(
            (what, fmt_cell(values), f"{op} {target:g}", "met" if met else "MISS")
        )
    for what, ratio in INFO:
        values = per_round(results, ratio)
        if values:
            rows.append((what, fmt_cell(values), "-", "-"))
    return rows


def figure_rows(results: Results) -> list[tuple[str, ...]]:
    rows = []
    for figure, (unit, description) in FIGURES.items():
        row = results.values.get(figure)
        if row is None:
            continue
        rows.append(
            (
                description,
                unit,
                *(fmt_cell(row.get(c)) for c in ("ossuary", "tls", "raw", "transport")),
            )
        )
    return rows


COLUMNS = ("figure", "unit", "OssuaryStream", "SSLStream", "raw limit", "no security")


def print_table(results: Results) -> None:
    print()
    print(
        "Medians over rounds, (min-max) in brackets; ratios are per round, median shown."
    )
    print()
    widths = (42, 5, 22, 22, 20, 22)
    header = " ".join(
        f"{c:<{w}}" if i < 2 else f"{c:>{w}}"
        for i, (c, w) in enumerate(zip(COLUMNS, widths, strict=True))
    )
    print(header)
    print("-" * len(header))
    for row in figure_rows(results):
        print(
            " ".join(
                f"{c:<{w}}" if i < 2 else f"{c:>{w}}"
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    for note in FOOTNOTES:
        print(note)
    print()
    print(f"{'target':<52} {'measured (min-max)':>24} {'target':>8} {'verdict':>8}")
    print("-" * 95)
    for what, measured, target, verdict in target_rows(results):
        print(f"{what:<52} {measured:>24} {target:>8} {verdict:>8}")


def scale_lines(results: Results) -> list[str]:
    lines = []
    for name, runs in results.scale.items():
        lines.append("")
        lines.append(name)
        for run in runs:
            contender = run.get("contender", "ossuary")
            failed = run.get("failed")
            errors = run.get("errors")
            verdict = "FAIL" if failed or errors else "PASS"
            details = ", ".join(
                f"{k}={fmt(x) if isinstance(x, float) else x}"
                for k, x in run.items()
                if k not in ("first_errors", "stderr", "contender")
            )
            lines.append(
                f"  {LABEL.get(contender, contender):<14} {verdict}  {details}"
            )
            if run.get("first_errors"):
                lines.append(f"    first errors: {run['first_errors']}")
            if failed:
                lines.append(f"    stderr: {run.get('stderr')}")
    return lines


def rst_table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> list[str]:
    """A list-table: no column widths to get right."""
    lines = [".. list-table::", "   :header-rows: 1", ""]
    for row in (header, *rows):
        # A lone "-" would start a bullet list: escape it.
        cells = [r"\-" if c == "-" else c.replace("*", r"\*") for c in row]
        lines.append(f"   * - {cells[0]}")
        lines.extend(f"     - {c}" for c in cells[1:])
    return lines


def write_rst(path: Path, results: Results, about: list[str], command: str) -> None:
    """Write the figures as a reStructuredText fragment for the docs to include."""
    lines = [
        ".. Written by benchmarks/benchmark.py --rst; do not edit by hand.",
        "",
        "Produced by::",
        "",
        f"    {command}",
        "",
        *(f"| {line}" for line in about),
        "",
        "Medians over the rounds, the range (min-max) in brackets.",
        "",
        *rst_table(COLUMNS, figure_rows(results)),
        "",
        *(f"{note}\n" for note in FOOTNOTES),
        "Each ratio is taken within a round (both numbers measured seconds "
        "apart); the median of the rounds' ratios is what meets or misses the "
        "target.",
        "",
        *rst_table(
            ("ratio", "measured (min-max)", "target", "verdict"), target_rows(results)
        ),
        "",
    ]
    scale = scale_lines(results)
    if scale:
        lines += ["Scale tests::", ""]
        lines += [f"    {line}" if line else "" for line in scale[1:]]
        lines.append("")
    path.write_text("\n".join(lines))


def command_line(argv: list[str]) -> str:
    """This run's command, as the docs show it: without the output files."""
    outputs = ("--rst", "--json")
    kept: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in outputs:
            skip = True
        elif not arg.startswith(tuple(f"{o}=" for o in outputs)):
            kept.append(arg)
    return " ".join(["python benchmarks/benchmark.py", *kept])


def load_average(when: str) -> str:
    """The machine's load, which says how far to trust the figures."""
    one, five, _ = os.getloadavg()
    return f"load average {when}: {one:.1f} (1 min), {five:.1f} (5 min)"


def git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def describe_machine() -> str:
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (
        f"machine: {os.cpu_count()} CPUs ({cpu}); Python {platform.python_version()}; "
        f"trio {trio.__version__}; cryptography {cryptography.__version__}; "
        f"{ssl.OPENSSL_VERSION}"
    )


async def tls_parameters() -> str:
    a, b = trio.testing.memory_stream_pair()
    client, server = fixture().wrap("tls", a, b)
    await handshake_both(client, server)
    assert isinstance(client, trio.SSLStream)
    name, version, _bits = client.cipher()  # type: ignore[misc]
    return f"{version} {name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short run")
    parser.add_argument("--rounds", type=int, help="override the round count")
    parser.add_argument(
        "--duration", type=float, help="override the seconds per timed figure"
    )
    parser.add_argument(
        "--only", help=f"comma-separated sections: {','.join(SECTIONS)}"
    )
    parser.add_argument("--skip", help="comma-separated sections to leave out")
    parser.add_argument(
        "--contender", choices=CONTENDERS, help="measure only this contender"
    )
    parser.add_argument("--no-warmup", action="store_true")
    parser.add_argument("--json", help="also write the raw results here")
    parser.add_argument(
        "--rst", help="also write the figures here, as reStructuredText to include"
    )
    parser.add_argument("--worker", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker_main(args.worker)
        return

    s = QUICK if args.quick else FULL
    if args.rounds:
        s.rounds = args.rounds
    if args.duration:
        s.duration = args.duration
    sections = set(args.only.split(",")) if args.only else set(SECTIONS)
    if args.skip:
        sections -= set(args.skip.split(","))
    unknown = sections - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {sorted(unknown)}")
    contenders = [args.contender] if args.contender else list(CONTENDERS)

    about = [
        describe_machine(),
        f"trio_ossuary at commit {git_commit()}"
        + (" (OSSUARY_BENCH_ROOT set)" if "OSSUARY_BENCH_ROOT" in os.environ else ""),
        f"TLS: {trio.run(tls_parameters)}, trustme ECDSA P-256 certificates",
        f"settings: {s.rounds} rounds, {s.duration:g} s per timed figure, "
        f"bulk {s.bulk_bytes >> 20} MiB, memory over {s.memory_pairs} pairs "
        f"(tracemalloc over {s.traced_pairs})",
    ]
    about.append(load_average("at the start"))
    for line in about:
        print(line)
    results = Results()
    overall = time.perf_counter()
    if not args.no_warmup:
        warm_up(contenders, sections)
    for rnd in range(s.rounds):
        began = time.perf_counter()
        measure_round(s, results, sections, contenders, rnd)
        print(
            f"round {rnd + 1}/{s.rounds} done in {time.perf_counter() - began:.1f} s",
            file=sys.stderr,
        )
    for rnd in range(s.scale_rounds):
        if "idle10k" in sections and "ossuary" in contenders:
            out = run_worker(["idle", str(s.idle_connections), "300"], 400)
            results.scale.setdefault(
                f"{s.idle_connections:,} established idle connections over memory "
                f"streams (OssuaryStream; establish sequentially, echo on all at "
                f"once, close all)",
                [],
            ).append(out)
        if "tcp1000" in sections:
            order = contenders if rnd % 2 == 0 else contenders[::-1]
            for contender in order:
                out = run_worker(["tcp", contender, str(s.tcp_clients), "120"], 200)
                out["contender"] = contender
                results.scale.setdefault(
                    f"{s.tcp_clients:,} concurrent handshakes over loopback TCP "
                    f"(+ one 64-byte echo each, all held open, then closed)",
                    [],
                ).append(out)
    print_table(results)
    for line in scale_lines(results):
        print(line)
    total = time.perf_counter() - overall
    print(f"\ntotal time {total:.0f} s")
    if args.json:
        Path(args.json).write_text(
            json.dumps({"values": results.values, "scale": results.scale}, indent=1)
        )
    if args.rst:
        about.append(load_average("at the end"))
        about.append(f"total time {total:.0f} s")
        write_rst(Path(args.rst), results, about, command_line(sys.argv[1:]))


if __name__ == "__main__":
    main()
