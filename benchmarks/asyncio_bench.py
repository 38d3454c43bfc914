"""Benchmark trio_ossuary.anyio on asyncio against anyio's TLSStream on asyncio.

From the repository root, with the README's virtual environment (and the
``anyio`` and ``test`` extras, for anyio and trustme)::

    .venv/bin/python benchmarks/asyncio_bench.py            # 5 rounds
    .venv/bin/python benchmarks/asyncio_bench.py --quick    # 3 short rounds

Every measurement runs in a fresh process on a plain ``asyncio.run`` loop,
both ends in that process, so each figure is the CPU cost of both ends.
The two contenders are interleaved round by round (alternating which goes
first), ratios are taken within a round, and the table shows their median
and range.  Rates are timed by the benchmarks' one loop,
``benchlib.timing.Stopwatch``.

Figures (Ossuary: anonymous client, trusted server key; TLS: the default
TLS 1.3 context, server certificate only):

* ``bulk-tcp``: 64 KiB ``send`` calls one way over loopback TCP, the other
  end receiving with ``receive(65536)``; MB/s.
* ``handshake``: full handshakes over a fresh Unix socket pair each, both
  ends wrapped concurrently; the transports are then closed without the
  protocols' own goodbyes (TLS's close_notify waits for the peer, which
  Ossuary's Disconnect does not), so only the handshake is timed.
* ``pingpong``: 64-byte echo round trips over loopback TCP.
* ``memory``: RSS growth per established, idle pair (both ends and their
  Unix socket pair), over 300 pairs.

Bulk and ping-pong also run over the bare socket stream ("bare"), the floor
that asyncio, anyio and this harness impose.

Targets (issue #21): bulk >= 1.0x, handshakes >= 1.5x, ping-pong >= 1.0x,
memory <= 0.5x of TLSStream's.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import anyio.abc
from anyio.streams.tls import TLSStream
from benchlib.machine import describe_machine, load_average, rss_bytes
from benchlib.timing import Stopwatch

from trio_ossuary import SecretKey
from trio_ossuary.anyio import OssuaryByteStream

CONTENDERS = ("ossuary", "tls")
#: The figures that also run over the bare transport (the floor no protocol
#: layered on anyio's socket stream can beat).
WITH_FLOOR = ("bulk-tcp", "pingpong")
#: Figure: (unit, higher is better, target ratio ossuary/tls, the target's sense).
FIGURES: dict[str, tuple[str, bool, float]] = {
    "bulk-tcp": ("MB/s", True, 1.0),
    "handshake": ("handshakes/s", True, 1.5),
    "pingpong": ("round trips/s", True, 1.0),
    "memory": ("KiB per idle pair", False, 0.5),
}
CHUNK = 1 << 16
PING = b"p" * 64
IDLE_PAIRS = 300


# -- the contenders, made alike ------------------------------------------------------


class Contender:
    """Wraps a pair of transports in Ossuary or in TLS, handshaken."""

    def __init__(self, name: str, certs: Path) -> None:
        self.name = name
        self.key = SecretKey.generate()
        self.server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.server_tls.load_cert_chain(certs / "cert.pem", certs / "cert.key")
        self.client_tls = ssl.create_default_context(cafile=str(certs / "ca.pem"))

    async def wrap_pair(
        self, client: anyio.abc.ByteStream, server: anyio.abc.ByteStream
    ) -> tuple[anyio.abc.ByteStream, anyio.abc.ByteStream]:
        if self.name == "bare":
            return client, server
        ends: dict[str, anyio.abc.ByteStream] = {}

        async def wrap_server() -> None:
            if self.name == "ossuary":
                ends["server"] = await OssuaryByteStream.wrap(
                    server, server_side=True, secret_key=self.key
                )
            else:
                ends["server"] = await TLSStream.wrap(
                    server, server_side=True, ssl_context=self.server_tls
                )

        async with anyio.create_task_group() as group:
            group.start_soon(wrap_server)
            if self.name == "ossuary":
                ends["client"] = await OssuaryByteStream.wrap(
                    client, authorized_keys=[self.key.public_key]
                )
            else:
                ends["client"] = await TLSStream.wrap(
                    client, hostname="localhost", ssl_context=self.client_tls
                )
        return ends["client"], ends["server"]


async def unix_pair() -> tuple[anyio.abc.ByteStream, anyio.abc.ByteStream]:
    a, b = socket.socketpair()
    return (
        await anyio.abc.UNIXSocketStream.from_socket(a),
        await anyio.abc.UNIXSocketStream.from_socket(b),
    )


async def tcp_pair() -> tuple[anyio.abc.ByteStream, anyio.abc.ByteStream]:
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    accepted: list[anyio.abc.ByteStream] = []
    got = anyio.Event()

    async def accept() -> None:
        inner = listener.listeners[0]
        accepted.append(await inner.accept())
        got.set()

    async with anyio.create_task_group() as group:
        group.start_soon(accept)
        client = await anyio.connect_tcp("127.0.0.1", port)
        await got.wait()
    await listener.aclose()
    return client, accepted[0]


async def abort(*streams: anyio.abc.ByteStream) -> None:
    for stream in streams:
        transport = getattr(stream, "transport_stream", stream)
        await anyio.aclose_forcefully(transport)


# -- the figures, one per fresh process ---------------------------------------------


async def bulk_tcp(contender: Contender, duration: float) -> float:
    client, server = await contender.wrap_pair(*await tcp_pair())
    chunk = os.urandom(CHUNK)
    done = anyio.Event()
    received = [0]

    async def drain() -> None:
        with anyio.CancelScope() as scope:
            done_scope.append(scope)
            while True:
                received[0] += len(await server.receive(65536))

    done_scope: list[anyio.CancelScope] = []
    async with anyio.create_task_group() as group:
        group.start_soon(drain)
        watch = Stopwatch(duration, batch=16)
        for n in watch:
            for _ in range(n):
                await client.send(chunk)
        done.set()
        group.cancel_scope.cancel()
    await abort(client, server)
    return watch.rate * CHUNK / 1e6


async def handshake(contender: Contender, duration: float) -> float:
    watch = Stopwatch(duration)
    for n in watch:
        for _ in range(n):
            client, server = await contender.wrap_pair(*await unix_pair())
            await abort(client, server)
    return watch.rate


async def pingpong(contender: Contender, duration: float) -> float:
    client, server = await contender.wrap_pair(*await tcp_pair())

    async def echo() -> None:
        while True:
            await server.send(await server.receive())

    async with anyio.create_task_group() as group:
        group.start_soon(echo)
        watch = Stopwatch(duration, batch=50)
        for n in watch:
            for _ in range(n):
                await client.send(PING)
                got = await client.receive()
                while len(got) < len(PING):
                    got += await client.receive()
        group.cancel_scope.cancel()
    await abort(client, server)
    return watch.rate


async def memory(contender: Contender, duration: float) -> float:
    del duration
    keep: list[Any] = []
    # One pair first, so that what every connection shares (imports, the
    # SSL library's tables, the event loop's structures) is not counted.
    keep.append(await contender.wrap_pair(*await unix_pair()))
    gc.collect()
    before = rss_bytes()
    for _ in range(IDLE_PAIRS):
        keep.append(await contender.wrap_pair(*await unix_pair()))
    gc.collect()
    after = rss_bytes()
    for client, server in keep:
        await abort(client, server)
    return (after - before) / IDLE_PAIRS / 1024


MEASURES: dict[str, Callable[[Contender, float], Awaitable[float]]] = {
    "bulk-tcp": bulk_tcp,
    "handshake": handshake,
    "pingpong": pingpong,
    "memory": memory,
}


def worker(figure: str, name: str, certs: Path, duration: float) -> None:
    """In a fresh process: one figure for one contender, as JSON on stdout."""
    contender = Contender(name, certs)
    value = asyncio.run(MEASURES[figure](contender, duration))
    print(json.dumps({"value": value}))


# -- the run ---------------------------------------------------------------------


def make_certs(directory: Path) -> None:
    import trustme

    ca = trustme.CA()
    cert = ca.issue_cert("localhost")
    cert.cert_chain_pems[0].write_to_path(str(directory / "cert.pem"))
    cert.private_key_pem.write_to_path(str(directory / "cert.key"))
    ca.cert_pem.write_to_path(str(directory / "ca.pem"))


def measure(figure: str, name: str, certs: Path, duration: float) -> float:
    command = [sys.executable, __file__, "--worker", figure, name, str(certs)]
    command += ["--duration", str(duration)]
    out = subprocess.run(command, capture_output=True, text=True, check=True)
    return float(json.loads(out.stdout.splitlines()[-1])["value"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--duration", type=float, default=2.0)
    parser.add_argument("--quick", action="store_true", help="3 rounds of 0.7 s")
    parser.add_argument("--only", help="comma-separated figures")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        figure, name, certs = args.worker
        worker(figure, name, Path(certs), args.duration)
        return
    if args.quick:
        args.rounds, args.duration = 3, 0.7
    figures = args.only.split(",") if args.only else list(FIGURES)
    print(describe_machine())
    print(load_average("before"))
    values: dict[str, dict[str, list[float]]] = {
        f: {c: [] for c in (*CONTENDERS, "bare")} for f in figures
    }
    with tempfile.TemporaryDirectory() as scratch:
        certs = Path(scratch)
        make_certs(certs)
        for round_ in range(args.rounds):
            start = time.monotonic()
            for figure in figures:
                order = CONTENDERS if round_ % 2 == 0 else CONTENDERS[::-1]
                if figure in WITH_FLOOR:
                    order = (*order, "bare")
                for name in order:
                    values[figure][name].append(
                        measure(figure, name, certs, args.duration)
                    )
            print(
                f"round {round_ + 1}/{args.rounds} done in "
                f"{time.monotonic() - start:.1f} s",
                file=sys.stderr,
            )
    print(load_average("after"))
    print()
    header = (
        f"{'figure':<11} {'ossuary':>12} {'tls':>12} {'bare':>12}  "
        f"ratio (range)     target"
    )
    print(header)
    results = {}
    for figure in figures:
        unit, higher, target = FIGURES[figure]
        ours, theirs = values[figure]["ossuary"], values[figure]["tls"]
        ratios = [a / b for a, b in zip(ours, theirs, strict=True)]
        ratio = statistics.median(ratios)
        met = ratio >= target if higher else ratio <= target
        sense = ">=" if higher else "<="
        bare = values[figure]["bare"]
        floor = f"{statistics.median(bare):>12.1f}" if bare else f"{'-':>12}"
        print(
            f"{figure:<11} {statistics.median(ours):>12.1f} "
            f"{statistics.median(theirs):>12.1f} {floor}  {ratio:.2f}x "
            f"({min(ratios):.2f}-{max(ratios):.2f})  {sense} {target}x "
            f"{'met' if met else 'MISSED'}  [{unit}]"
        )
        results[figure] = {
            "unit": unit,
            "ossuary": ours,
            "tls": theirs,
            "bare": bare,
            "ratios": ratios,
            "median_ratio": ratio,
            "target": f"{sense} {target}",
            "met": met,
        }
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
