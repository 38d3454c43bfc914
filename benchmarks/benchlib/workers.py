"""The figures that need a fresh process: memory per pair, the scale tests.

``benchmark.py --worker KIND ...`` runs one of them and prints its result as
one line of JSON; :func:`run_worker` starts that process and reads it.
"""

from __future__ import annotations

import gc
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import trio
import trio.testing

from .contenders import CHUNK, PING, fixture, handshake_both, receive_exactly
from .machine import raise_fd_limit, rss_bytes
from .subject import OssuaryStream

#: The script whose ``--worker`` option runs a worker.
SCRIPT = Path(__file__).resolve().parent.parent / "benchmark.py"


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
        [sys.executable, str(SCRIPT), "--worker", *args],
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
