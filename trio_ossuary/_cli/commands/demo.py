"""``trio-ossuary demo``: a server and a client in one process, on loopback.

It needs no files and no arguments: both ends get fresh keys, the server
requires the client's key, and the client trusts the server on first use
through a throwaway known-hosts file.  It then pushes a few MiB through an
echo service, checks that SHA-256 of what came back equals what was sent, and
reports the throughput.  The narrative goes to stdout, the progress bar to
stderr.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any, Final

import trio

from ..._keys import PublicKey, SecretKey
from ..._known_hosts import KnownHosts
from ..._listener import (
    OssuaryListener,
    open_ossuary_over_tcp_stream,
    serve_ossuary_over_tcp,
)
from ..._stream import OssuaryStream
from ..args import Commands, add_command
from ..draining import run_cancellable
from ..errors import CliError, describe_channel_error

__all__ = ["cmd_demo", "parse_size", "register"]

_MIB: Final = 1 << 20
_CHUNK: Final = 1 << 18
_UNITS: Final = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
_SIZE_RE: Final = re.compile(r"(\d+(?:\.\d*)?|\.\d+)\s*(?:([KMG])i?B?)?", re.IGNORECASE)


def parse_size(text: str) -> int:
    """Parse an amount of data: MiB by default, or with a K, M or G suffix.

    Args:
      text: For example ``8``, ``0.5``, ``512K``, ``2MiB`` or ``1G``.

    Returns:
      The number of bytes.

    Raises:
      ValueError: for anything else, or for less than one byte.
    """
    match = _SIZE_RE.fullmatch(text.strip())
    if match is None:
        raise ValueError(
            f"invalid size {text!r}: expected MiB (8, 0.5) or 512K, 2M, 1G"
        )
    unit = _UNITS[match[2].upper()] if match[2] else _MIB
    size = int(float(match[1]) * unit)
    if size <= 0:
        raise ValueError(f"invalid size {text!r}: must be at least one byte")
    return size


def _out(message: str) -> None:
    print(message, flush=True)


class _Progress:
    """A text progress bar on stderr, redrawn in place with carriage returns."""

    def __init__(self, total: int, width: int = 30) -> None:
        self._total = total
        self._width = width
        self._start = time.monotonic()
        self._last = 0.0

    def update(self, done: int, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last < 0.1:
            return
        self._last = now
        fraction = done / self._total
        filled = int(fraction * self._width)
        bar = "#" * filled + "-" * (self._width - filled)
        rate = done / max(now - self._start, 1e-9) / 1e6
        sys.stderr.write(
            f"\r[{bar}] {fraction:4.0%} {done / _MIB:6.1f}/{self._total / _MIB:.1f} "
            f"MiB {rate:7.1f} MB/s"
        )
        sys.stderr.flush()

    def finish(self, done: int) -> None:
        self.update(done, force=True)
        sys.stderr.write("\n")
        sys.stderr.flush()


async def _echo(stream: OssuaryStream[Any]) -> None:
    remote = stream.remote_public_key
    _out(f"server: handshake done; the client proved key {remote}")
    try:
        while data := await stream.receive_some(_CHUNK):
            await stream.send_all(data)
    except (trio.BrokenResourceError, trio.ClosedResourceError) as exc:
        _out(f"server: {describe_channel_error(exc, 'the client')}")
    finally:
        await stream.aclose()


async def _transfer(channel: OssuaryStream[Any], size: int) -> tuple[str, str, float]:
    sent = hashlib.sha256()
    received = hashlib.sha256()
    progress = _Progress(size)

    async def send() -> None:
        remaining = size
        while remaining:
            chunk = os.urandom(min(_CHUNK, remaining))
            sent.update(chunk)
            await channel.send_all(chunk)
            remaining -= len(chunk)

    async def receive() -> None:
        got = 0
        while got < size:
            data = await channel.receive_some(_CHUNK)
            if not data:
                raise CliError("the server closed the channel before echoing it all")
            received.update(data)
            got += len(data)
            progress.update(got)
        progress.finish(got)

    start = time.perf_counter()
    async with trio.open_nursery() as nursery:
        nursery.start_soon(send)
        nursery.start_soon(receive)
    elapsed = time.perf_counter() - start
    return sent.hexdigest(), received.hexdigest(), elapsed


async def _demo(size: int) -> int:
    server_key = SecretKey.generate()
    client_key = SecretKey.generate()
    _out(f"server key: {server_key.public_key}")
    _out(f"client key: {client_key.public_key} (the only key the server accepts)")
    with tempfile.TemporaryDirectory(prefix="trio-ossuary-demo-") as tmp:
        known = KnownHosts(Path(tmp) / "known_hosts")
        asked: list[PublicKey] = []

        def confirm(host: str, port: int, key: PublicKey) -> bool:
            asked.append(key)
            _out(
                f"client: {host}:{port} is not in {known.path}; trusting "
                f"{key} on first use and recording it"
            )
            return True

        async with trio.open_nursery() as nursery:
            listeners: list[OssuaryListener] = await nursery.start(
                partial(
                    serve_ossuary_over_tcp,
                    _echo,
                    0,
                    host="127.0.0.1",
                    secret_key=server_key,
                    authorized_keys=[client_key.public_key],
                    require_client_auth=True,
                )
            )
            socket = getattr(listeners[0].transport_listener, "socket", None)
            assert socket is not None
            port = socket.getsockname()[1]
            _out(f"server: listening on 127.0.0.1:{port} (echo service)")

            async def connect() -> OssuaryStream[Any]:
                channel = await open_ossuary_over_tcp_stream(
                    "127.0.0.1",
                    port,
                    secret_key=client_key,
                    on_untrusted_server=known.for_host(
                        "127.0.0.1", port, confirm=confirm
                    ),
                )
                try:
                    await channel.do_handshake()
                except BaseException:
                    await trio.aclose_forcefully(channel)
                    raise
                return channel

            started = time.perf_counter()
            channel = await connect()
            took = (time.perf_counter() - started) * 1000
            _out(
                f"client: handshake done in {took:.1f} ms (X25519 key exchange, "
                f"Ed25519 proofs both ways); the server proved key "
                f"{channel.remote_public_key}"
            )
            async with channel:
                _out(f"client: sending {size / _MIB:.2f} MiB of random data to echo")
                sent, received, elapsed = await _transfer(channel, size)
            if sent != received:
                raise CliError(
                    f"checksum MISMATCH: sent SHA-256 {sent}, got back {received}"
                )
            _out(f"checksum OK: SHA-256 {sent} both ways")
            rate = size / elapsed / 1e6
            _out(
                f"throughput: {size / _MIB:.2f} MiB echoed in {elapsed:.3f} s = "
                f"{rate:.1f} MB/s each way"
            )
            before = len(asked)
            channel = await connect()
            await channel.aclose()
            if len(asked) == before:
                _out(
                    "client: reconnected; the server key matches the known_hosts "
                    "entry, so nothing was asked"
                )
            nursery.cancel_scope.cancel()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Run ``trio-ossuary demo``.

    Args:
      args: The parsed command line.

    Returns:
      The exit status (0 when the checksum matches).

    Raises:
      CliError: if anything fails.
    """
    size: int = args.size
    return trio.run(run_cancellable, partial(_demo, size))


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(commands: Commands) -> None:
    """Add ``demo`` to the command line.

    Args:
      commands: The main parser's subcommands.
    """
    demo = add_command(
        commands,
        "demo",
        "run a server and a client in this process and time a transfer",
        "Start an echo server and a client on 127.0.0.1 with fresh keys (no "
        "files needed), show the handshake, both fingerprints and the "
        "client's trust-on-first-use decision, send --size bytes through the "
        "channel with a progress bar on stderr, check the SHA-256 of what "
        "came back and print the throughput.",
        run=cmd_demo,
    )
    demo.add_argument(
        "--size",
        metavar="BYTES",
        type=_size,
        default=8 << 20,
        help="how much to send, in MiB unless a K, M or G suffix says "
        "otherwise: 4, 0.5, 512K (default: 8)",
    )
