"""Plain TCP applications at the two ends of a tunnel, for the network tests.

``python apps.py backend PORT SIZE``
    Listens on 127.0.0.1:PORT and prints ``listening``.  For one connection
    it sends ``SIZE`` pseudo-random bytes while reading ``SIZE`` bytes,
    then closes cleanly and prints one JSON line.

``python apps.py app PORT SIZE``
    Connects to 127.0.0.1:PORT, sends ``SIZE`` pseudo-random bytes (another
    sequence) while reading until the end of the stream, then prints one
    JSON line.

The JSON line is ``{"sent": SHA256, "received": SHA256, "received_bytes": N,
"end": "eof" | "reset" | ...}``: a hash of what was sent and of what was
received, and how the stream ended ("eof" for a clean end, otherwise the
error, e.g. "reset").  With ``--progress``, a line ``progress`` is printed
once the first megabyte arrived; with ``--quiet``, nothing is sent; with
``--send-only``, nothing is read: the connection is closed once everything
was sent.

``python apps.py inetd HOST PORT COMMAND...``
    Like inetd: listens on HOST:PORT, prints ``listening``, accepts one
    connection and runs COMMAND with the connection as its stdin and stdout
    (stderr is ours), then prints ``{"status": EXIT_STATUS}``.
"""

from __future__ import annotations

import hashlib
import json
import random
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Final

import trio

_CHUNK: Final = 1 << 16
_PROGRESS: Final = 1 << 20


def _chunks(seed: int, size: int) -> Iterator[bytes]:
    rng = random.Random(seed)
    for start in range(0, size, _CHUNK):
        yield rng.randbytes(min(_CHUNK, size - start))


def _describe(exc: BaseException) -> str:
    cause = exc.__cause__
    if isinstance(cause, ConnectionResetError):
        return "reset"
    return repr(cause or exc)


async def exchange(
    stream: trio.SocketStream, seed: int, size: int, limit: int | None
) -> dict[str, object]:
    """Send ``size`` bytes from ``seed`` while reading ``limit`` bytes (or to EOF)."""
    sent = hashlib.sha256()
    received = hashlib.sha256()
    count = 0
    end = "eof"
    progress = "--progress" in sys.argv
    if "--quiet" in sys.argv:
        size = 0
    if "--send-only" in sys.argv:
        limit = 0

    send_end = "done"

    async def send() -> None:
        nonlocal send_end
        try:
            for chunk in _chunks(seed, size):
                sent.update(chunk)
                await stream.send_all(chunk)
        except (trio.BrokenResourceError, trio.ClosedResourceError) as exc:
            send_end = _describe(exc)

    async with trio.open_nursery() as nursery:
        nursery.start_soon(send)
        try:
            for _ in range(10_000_000):
                if limit is not None and count >= limit:
                    break
                data = await stream.receive_some(_CHUNK)
                if not data:
                    break
                if progress and count < _PROGRESS <= count + len(data):
                    print("progress", flush=True)
                count += len(data)
                received.update(data)
        except trio.BrokenResourceError as exc:
            end = _describe(exc)
            nursery.cancel_scope.cancel()
    return {
        "sent": sent.hexdigest(),
        "received": received.hexdigest(),
        "received_bytes": count,
        "end": end,
        "send_end": send_end,
    }


async def backend(port: int, size: int) -> None:
    """Serve one connection; see the module docstring."""
    listeners = await trio.open_tcp_listeners(port, host="127.0.0.1")
    print("listening", flush=True)
    stream = await listeners[0].accept()
    async with stream:
        report = await exchange(stream, 1, size, size)
    print(json.dumps(report), flush=True)


async def app(port: int, size: int) -> None:
    """Connect once; see the module docstring."""
    stream = await trio.open_tcp_stream("127.0.0.1", port)
    async with stream:
        report = await exchange(stream, 2, size, None)
    print(json.dumps(report), flush=True)


def expected(seed: int, size: int) -> str:
    """The hash of the ``size`` bytes sent from ``seed``."""
    digest = hashlib.sha256()
    for chunk in _chunks(seed, size):
        digest.update(chunk)
    return digest.hexdigest()


def inetd(host: str, port: int, argv: list[str]) -> None:
    """Accept one connection and run ``argv`` on it; see the module docstring."""
    with socket.create_server((host, port)) as listener:
        print("listening", flush=True)
        connection, _ = listener.accept()
    with connection:
        status = subprocess.run(
            argv, stdin=connection, stdout=connection, check=False
        ).returncode
    print(json.dumps({"status": status}), flush=True)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "inetd":
        inetd(sys.argv[2], int(sys.argv[3]), sys.argv[4:])
    else:
        port, size = sys.argv[2:4]
        trio.run(backend if mode == "backend" else app, int(port), int(size))
