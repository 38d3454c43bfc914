"""The library's two ends, as processes the network tests run in namespaces.

``python peer.py serve HOST PORT``
    An Ossuary echo server (``serve_ossuary_over_tcp``) whose secret key is
    the hex seed in ``PEER_SECRET_HEX``.  It prints ``listening`` once it
    listens, and one JSON line per connection when the connection ends:
    ``{"resets": N, "echoed": BYTES, "error": null | "..."}``.  A
    :exc:`~trio_ossuary.ChannelReset` is counted (where the receiving
    direction reports it; the sending direction's report of the same reset
    just means "send again") and the echo goes on.

``python peer.py rounds HOST PORT SERVER_PUBLIC_HEX ROUNDS SIZE``
    Connects (default options but for the trusted key), times the TCP
    connection and the handshake, then makes ``ROUNDS`` request/response
    round trips of ``SIZE`` bytes each.  A ChannelReset loses what was in
    flight, so the client sends the same request again (at most
    ``_ATTEMPTS`` times) and checks every reply against its request.  It
    prints one JSON line: ``{"connect": SECONDS, "handshake": SECONDS,
    "resets": N, "rounds": N}`` (the resets its receiving direction
    reported) and exits 0, or prints the error and exits 1.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any, Final

import trio

import trio_ossuary

_ATTEMPTS: Final = 5


def _say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


async def _send(stream: trio_ossuary.OssuaryStream[Any], data: bytes) -> None:
    """Send ``data``; a ChannelReset reported here (each direction reports a
    reset once) is one the receiving side counts, so send again."""
    for _ in range(_ATTEMPTS):
        try:
            await stream.send_all(data)
        except trio_ossuary.ChannelReset:
            continue
        return
    raise AssertionError(f"{_ATTEMPTS} resets in a row while sending")


async def serve(host: str, port: int) -> None:
    """Echo every connection, counting the resets; see the module docstring."""
    key = trio_ossuary.SecretKey.from_hex(os.environ["PEER_SECRET_HEX"])

    async def echo(stream: trio_ossuary.OssuaryStream[trio.abc.Stream]) -> None:
        resets = echoed = 0
        error: str | None = None
        async with stream:
            try:
                while True:
                    try:
                        data = await stream.receive_some()
                    except trio_ossuary.ChannelReset:
                        resets += 1
                        continue
                    if not data:
                        break
                    await _send(stream, data)
                    echoed += len(data)
            except trio.BrokenResourceError as exc:
                error = repr(exc)
        _say(resets=resets, echoed=echoed, error=error)

    async with trio.open_nursery() as nursery:
        await nursery.start(
            lambda task_status: trio_ossuary.serve_ossuary_over_tcp(
                echo, port, host=host, secret_key=key, task_status=task_status
            )
        )
        print("listening", flush=True)


async def rounds(host: str, port: int, server: str, count: int, size: int) -> None:
    """Time the handshake, then make ``count`` round trips; see the docstring."""
    key = trio_ossuary.PublicKey.from_hex(server)
    started = time.monotonic()
    tcp = await trio.open_tcp_stream(host, port)
    connected = time.monotonic()
    stream = trio_ossuary.OssuaryStream(tcp, authorized_keys=[key])
    await stream.do_handshake()
    handshaken = time.monotonic()
    resets = 0
    async with stream:
        for index in range(count):
            request = f"{index:08d}".encode() * (size // 8) + b"x" * (size % 8)
            for _ in range(_ATTEMPTS):
                try:
                    await _send(stream, request)
                    reply = b""
                    while len(reply) < size:
                        chunk = await stream.receive_some(size - len(reply))
                        if not chunk:
                            raise AssertionError("the server closed the channel")
                        reply += chunk
                except trio_ossuary.ChannelReset:
                    resets += 1
                    continue
                if reply != request:
                    raise AssertionError(f"round {index}: the reply differs")
                break
            else:
                raise AssertionError(f"round {index}: {_ATTEMPTS} resets in a row")
    _say(
        connect=connected - started,
        handshake=handshaken - connected,
        resets=resets,
        rounds=count,
    )


def main() -> None:
    """Run the mode named by the first argument."""
    mode, host, port, *rest = sys.argv[1:]
    try:
        if mode == "serve":
            trio.run(serve, host, int(port))
        elif mode == "rounds":
            server, count, size = rest
            trio.run(rounds, host, int(port), server, int(count), int(size))
        else:
            raise SystemExit(f"unknown mode {mode!r}")
    except (AssertionError, OSError, trio.BrokenResourceError) as exc:
        _say(error=repr(exc))
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
