"""Benchmark OssuaryStream against trio.SSLStream and against the raw crypto.

One command measures every figure of the performance page:

    /work/venv/bin/python notes-to-self/benchmark.py           # 7 rounds
    /work/venv/bin/python notes-to-self/benchmark.py --quick   # 3 short rounds

Both endpoints of every connection live in this one process, on one thread,
so each figure is the CPU cost of *both* ends.  The contenders are
interleaved round by round (each round measures every figure for every
contender, alternating which one goes first), so that slow drift of the
machine hits them alike; ratios are taken within a round, and the table shows
their median.

Figures:

* ``aead``: cryptography's ChaCha20-Poly1305, encrypt then decrypt of
  16384-byte records (the ceiling for bulk data with both ends on one core).
* ``primitives``: the public-key operations one handshake needs at least:
  two X25519 key generations and exchanges, one Ed25519 signature and
  verification (mutual authentication adds one more of each).
* ``bulk-memory`` / ``bulk-tcp``: 64 MiB sent in 64 KiB ``send_all`` calls,
  received with ``receive_some(65536)``, over
  :func:`trio.testing.memory_stream_pair` or loopback TCP.
* ``handshake`` / ``handshake-mutual``: sequential full handshakes over
  memory streams (stream objects created for each).  Ossuary: anonymous client
  / mutual authentication; TLS 1.3: server certificate only / mutual TLS.
* ``pingpong-memory`` / ``pingpong-tcp``: 64-byte echo round trips.
* ``memory``: RSS and tracemalloc growth per established, idle pair (both
  ends plus their memory-stream transport), each contender in a fresh
  subprocess.
* ``idle10k``: 10,000 established connections over memory streams, each
  server end parked in ``receive_some`` in its own task; then one echo on
  every connection at once, then a clean close.
* ``tcp1000``: 1,000 clients connect over 127.0.0.1 and handshake at once.

Every stream figure also runs over the bare transport ("no security"; for
handshakes, the same three messages with no cryptography): the floor that
trio, the transport and this harness impose.
``OSSUARY_BENCH_ROOT=/some/dir`` benchmarks a copy of ``trio_ossuary`` found
in that directory instead of this checkout's (to try out a change).

For profiling, run one figure for one contender, e.g.::

    py-spy record -r 500 -f raw -o /tmp/bulk.txt -- /work/venv/bin/python \
        notes-to-self/benchmark.py --only bulk-memory --contender ossuary \
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
from collections.abc import Callable
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


# -- raw limits ----------------------------------------------------------------


def aead_limit(duration: float, *, aes: bool = False) -> float:
    """MB/s of plaintext through AEAD encrypt + decrypt (Ossuary's or TLS's)."""
    cipher = AESGCM(os.urandom(32)) if aes else ChaCha20Poly1305(os.urandom(32))
    record = os.urandom(RECORD)
    count = 0
    start = time.perf_counter()
    while True:
        for _ in range(32):
            nonce = count.to_bytes(12, "big")
            cipher.decrypt(nonce, cipher.encrypt(nonce, record, None), None)
            count += 1
        elapsed = time.perf_counter() - start
        if elapsed >= duration:
            return count * RECORD / elapsed / 1e6


def primitives_limit(duration: float, *, mutual: bool) -> float:
    """Handshakes/s if a handshake cost nothing but its public-key operations."""
    server_key = Ed25519PrivateKey.generate()
    server_pub = server_key.public_key().public_bytes_raw()
    client_key = Ed25519PrivateKey.generate()
    client_pub = client_key.public_key().public_bytes_raw()
    extra = os.urandom(44)
    count = 0
    start = time.perf_counter()
    while True:
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
        count += 1
        elapsed = time.perf_counter() - start
        if elapsed >= duration:
            return count / elapsed


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
        received = 0
        while received < total:
            data = await server.receive_some(CHUNK)
            if not data:
                raise RuntimeError("unexpected EOF")
            received += len(data)
    elapsed = time.perf_counter() - start
    await close_all(client, server)
    return total / elapsed / 1e6


async def handshakes(contender: str, duration: float, *, mutual: bool) -> float:
    """Sequential full handshakes per second over memory streams."""
    fx = fixture()
    count = 0
    start = time.perf_counter()
    while True:
        a, b = trio.testing.memory_stream_pair()
        client, server = fx.wrap(contender, a, b, mutual=mutual)
        await handshake_both(client, server)
        count += 1
        elapsed = time.perf_counter() - start
        if elapsed >= duration:
            return count / elapsed


async def pingpong(contender: str, kind: str, duration: float) -> float:
    """64-byte echo round trips per second."""
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

    async with trio.open_nursery() as nursery:
        nursery.start_soon(echo)
        count = 0
        start = time.perf_counter()
        while True:
            for _ in range(16):
                await client.send_all(message)
                await receive_exactly(client, PING)
            count += 16
            elapsed = time.perf_counter() - start
            if elapsed >= duration:
                break
        nursery.cancel_scope.cancel()
    await close_all(client, server)
    return count / elapsed


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
            got = 0
            while got < PING:
                data = await client.receive_some(CHUNK)
                if not data:
                    raise RuntimeError("unexpected EOF")
                got += len(data)
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
                got = 0
                while got < PING:
                    data = await stream.receive_some(CHUNK)
                    if not data:
                        raise RuntimeError("unexpected EOF")
                    got += len(data)
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


# figure -> (unit, description)
FIGURES: dict[str, tuple[str, str]] = {
    "aead": ("MB/s", "AEAD enc+dec, 16 KiB records [1]"),
    "primitives": ("/s", "handshake primitives, server auth only"),
    "primitives-mutual": ("/s", "handshake primitives, mutual auth"),
    "bulk-memory": ("MB/s", "bulk 64 KiB writes, memory streams"),
    "bulk-tcp": ("MB/s", "bulk 64 KiB writes, loopback TCP"),
    "handshake": ("/s", "handshakes (anon client / server cert)"),
    "handshake-mutual": ("/s", "handshakes (mutual / mutual TLS)"),
    "pingpong-memory": ("rt/s", "64-byte ping-pong, memory streams"),
    "pingpong-tcp": ("rt/s", "64-byte ping-pong, loopback TCP"),
    "memory-rss": ("KB", "RSS per established idle pair"),
    "memory-traced": ("KB", "tracemalloc per established idle pair"),
}

SECTIONS = (
    "aead",
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
        results.add("aead", "raw", aead_limit(s.duration))
        results.add("aead", "tls", aead_limit(s.duration, aes=True))
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
            timed(
                f"pingpong-{kind}",
                lambda c, k=kind: trio.run(pingpong, c, k, s.duration),
                floor=True,
            )
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


def ratios(a: list[float], b: list[float]) -> list[float]:
    return [x / y for x, y in zip(a, b, strict=False) if y]


# (figure, numerator figure/contender, denominator figure/contender,
#  comparison, target)
TARGETS: list[tuple[str, tuple[str, str], tuple[str, str], str, float]] = [
    ("bulk-memory", ("bulk-memory", "ossuary"), ("bulk-memory", "tls"), ">=", 2.0),
    ("bulk-memory", ("bulk-memory", "ossuary"), ("aead", "raw"), ">=", 0.6),
    ("bulk-tcp", ("bulk-tcp", "ossuary"), ("bulk-tcp", "tls"), ">=", 2.0),
    ("handshake", ("handshake", "ossuary"), ("handshake", "tls"), ">=", 3.0),
    ("handshake", ("handshake", "ossuary"), ("primitives", "raw"), ">=", 0.7),
    (
        "handshake-mutual",
        ("handshake-mutual", "ossuary"),
        ("handshake-mutual", "tls"),
        ">=",
        3.0,
    ),
    (
        "handshake-mutual",
        ("handshake-mutual", "ossuary"),
        ("primitives-mutual", "raw"),
        ">=",
        0.7,
    ),
    (
        "pingpong-memory",
        ("pingpong-memory", "ossuary"),
        ("pingpong-memory", "tls"),
        ">=",
        1.5,
    ),
    ("memory-rss", ("memory-rss", "ossuary"), ("memory-rss", "tls"), "<=", 0.25),
]


def print_table(results: Results) -> None:
    v = results.values
    print()
    print(
        "Medians over rounds, (min-max) in brackets; ratios are per round, median shown."
    )
    print()
    header = (
        f"{'figure':<42} {'unit':<5} {'OssuaryStream':>22} {'SSLStream':>22} "
        f"{'raw limit':>20} {'no security':>22}"
    )
    print(header)
    print("-" * len(header))
    for figure, (unit, description) in FIGURES.items():
        if figure not in v:
            continue
        row = v[figure]
        print(
            f"{description:<42} {unit:<5} {fmt_cell(row.get('ossuary')):>22} "
            f"{fmt_cell(row.get('tls')):>22} {fmt_cell(row.get('raw')):>20} "
            f"{fmt_cell(row.get('transport')):>22}"
        )
    print(
        "[1] raw limit: ChaCha20-Poly1305 (Ossuary's cipher); SSLStream column: "
        "AES-256-GCM (the TLS suite negotiated here)"
    )
    print()
    print(f"{'target':<52} {'ratio (min-max)':>24} {'verdict':>8}")
    print("-" * 86)
    for _figure, (nf, nc), (df, dc), op, target in TARGETS:
        num = v.get(nf, {}).get(nc)
        den = v.get(df, {}).get(dc)
        if not num or not den:
            continue
        rs = ratios(num, den)
        med = statistics.median(rs)
        ok = med >= target if op == ">=" else med <= target
        name = (
            f"{nf} Ossuary / {LABEL.get(dc, dc) if dc != 'raw' else df} {op} {target}x"
        )
        print(f"{name:<52} {fmt_cell(rs):>24} {'PASS' if ok else 'MISS':>8}")


def print_scale(results: Results) -> None:
    for name, runs in results.scale.items():
        print()
        print(name)
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
            print(f"  {LABEL.get(contender, contender):<14} {verdict}  {details}")
            if run.get("first_errors"):
                print(f"    first errors: {run['first_errors']}")
            if failed:
                print(f"    stderr: {run.get('stderr')}")


def describe_machine() -> None:
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    print(
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
        "--only", help=f"comma-separated sections: {','.join(SECTIONS)}"
    )
    parser.add_argument("--skip", help="comma-separated sections to leave out")
    parser.add_argument(
        "--contender", choices=CONTENDERS, help="measure only this contender"
    )
    parser.add_argument("--no-warmup", action="store_true")
    parser.add_argument("--json", help="also write the raw results here")
    parser.add_argument("--worker", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker_main(args.worker)
        return

    s = QUICK if args.quick else FULL
    if args.rounds:
        s.rounds = args.rounds
    sections = set(args.only.split(",")) if args.only else set(SECTIONS)
    if args.skip:
        sections -= set(args.skip.split(","))
    unknown = sections - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {sorted(unknown)}")
    contenders = [args.contender] if args.contender else list(CONTENDERS)

    describe_machine()
    print(f"trio_ossuary from {Path(sys.modules['trio_ossuary'].__file__).parent}")
    print(f"TLS: {trio.run(tls_parameters)}, trustme ECDSA P-256 certificates")
    print(
        f"settings: {s.rounds} rounds, {s.duration:g} s per timed figure, "
        f"bulk {s.bulk_bytes >> 20} MiB, memory over {s.memory_pairs} pairs "
        f"(tracemalloc over {s.traced_pairs})"
    )
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
    print_scale(results)
    print(f"\ntotal time {time.perf_counter() - overall:.0f} s")
    if args.json:
        Path(args.json).write_text(
            json.dumps({"values": results.values, "scale": results.scale}, indent=1)
        )


if __name__ == "__main__":
    main()
