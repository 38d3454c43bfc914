"""The interop suite through the anyio adapter, on a plain asyncio loop.

The reference programs and the corrupting proxy are the suite's own (trio,
``refpeer.py``); our end is :mod:`trio_ossuary.anyio` running under
``asyncio.run`` in a worker thread (``trio.to_thread.run_sync``), so the
trio side keeps the reference and the proxy going meanwhile.  The cases are
those of the trio stream's interop files: both roles, with and without a
client key, a refused client, a server key we do not trust, trust on first
use, the two ways to end, and a corrupted record in either direction.
"""

from __future__ import annotations

import asyncio
import os
import queue
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import anyio
import anyio.abc
import pytest
import trio
from refpeer import (
    LIMIT,
    bad_tag,
    passthrough,
    proxy,
    reference_client,
    reference_server,
    tamper_data,
)
from wire_spec import DISCONNECT

from trio_ossuary import (
    ConnectionFailed,
    HostKeyChangedError,
    KnownHosts,
    PublicKey,
    SecretKey,
    UntrustedServerError,
)
from trio_ossuary.anyio import (
    ChannelReset,
    OssuaryAttribute,
    OssuaryByteStream,
    OssuaryListener,
    connect,
)

_T = TypeVar("_T")

FIRST = b"first record"
SECOND = os.urandom(16384 * 2 + 100)
THIRD = b"after the reset"


async def on_asyncio(function: Callable[[], Awaitable[_T]]) -> _T:
    """Run ``function()`` under ``asyncio.run`` in a thread; return its result."""

    def run() -> _T:
        async def main() -> _T:
            return await function()

        return asyncio.run(main())

    return await trio.to_thread.run_sync(run)


async def echo(stream: OssuaryByteStream, data: bytes) -> bytes:
    """Send ``data`` while reading back as many bytes; return what came back."""
    received = bytearray()
    async with anyio.create_task_group() as group:
        group.start_soon(stream.send, data)
        while len(received) < len(data):
            received += await stream.receive()
    return bytes(received)


# -- Rust server, our client on asyncio ----------------------------------------------


@pytest.mark.parametrize("with_key", [False, True], ids=["anonymous", "with-key"])
async def test_asyncio_client_to_rust_server(reference: Path, with_key: bool) -> None:
    key = SecretKey.generate()
    client_key = SecretKey.generate() if with_key else None
    sizes = [1, 100, 16384, 70_000]

    async def client(port: int) -> PublicKey | None:
        async with await connect(
            "127.0.0.1", port, authorized_keys=[key.public_key], secret_key=client_key
        ) as stream:
            for size in sizes:
                data = os.urandom(size)
                assert await echo(stream, data) == data
            return stream.extra(OssuaryAttribute.remote_public_key)

    with trio.fail_after(LIMIT):
        async with reference_server(reference, key) as server:
            peer = await on_asyncio(lambda: client(server.port))
            line = await server.connection()
    assert peer == key.public_key
    assert line.handshake == "ok"
    expected = "none" if client_key is None else client_key.public_key.hex()
    assert line.remote_key == expected
    assert line.bytes == sum(sizes)
    assert line.end == "disconnect(closed)"


async def test_asyncio_client_refused_by_rust_server_requiring_auth(
    reference: Path,
) -> None:
    # The reference refuses with Resets, then, at its fifth, a
    # Disconnect(error): each reset is reported once per direction, then the
    # stream is broken, and nothing is ever delivered.
    key, authorized = SecretKey.generate(), SecretKey.generate()

    async def client(port: int) -> tuple[list[int], BaseException]:
        resets: list[int] = []
        async with await connect(
            "127.0.0.1",
            port,
            authorized_keys=[key.public_key],
            secret_key=SecretKey.generate(),
        ) as stream:
            while True:
                try:
                    await stream.send(b"let me in")
                    data = await stream.receive()
                except ChannelReset as exc:
                    resets.append(exc.resets)
                    continue
                except anyio.BrokenResourceError as exc:
                    return resets, exc
                raise AssertionError(f"a refused client received {data!r}")

    with trio.fail_after(LIMIT):
        async with reference_server(
            reference, key, authorized=[authorized.public_key]
        ) as server:
            resets, failure = await on_asyncio(lambda: client(server.port))
            line = await server.connection()
    assert resets == [1, 1, 2, 2, 3, 3, 4, 4]
    assert isinstance(failure.__cause__, ConnectionFailed)
    assert failure.__cause__.by_peer
    assert line.handshake == "failed:ConnectionFailed", line
    assert line.bytes == 0


async def test_asyncio_client_refuses_rust_server_with_another_key(
    reference: Path,
) -> None:
    key, expected = SecretKey.generate(), SecretKey.generate()

    async def client(port: int) -> None:
        await connect("127.0.0.1", port, authorized_keys=[expected.public_key])

    with trio.fail_after(LIMIT):
        async with reference_server(reference, key) as server:
            with pytest.raises(anyio.BrokenResourceError) as info:
                await on_asyncio(lambda: client(server.port))
            line = await server.connection()
    cause = info.value.__cause__
    assert isinstance(cause, UntrustedServerError)
    assert cause.public_key == key.public_key
    assert line.bytes == 0


async def test_asyncio_client_tofu_then_changed_key_refused(
    reference: Path, tmp_path: Path
) -> None:
    known_hosts = KnownHosts(tmp_path / "known_hosts")
    first, second = SecretKey.generate(), SecretKey.generate()

    async def client(port: int) -> bytes:
        async with await connect(
            "127.0.0.1", port, on_untrusted_server=known_hosts
        ) as stream:
            return await echo(stream, b"known?")

    with trio.fail_after(LIMIT):
        async with reference_server(reference, first) as server:
            port = server.port
            assert await on_asyncio(lambda: client(port)) == b"known?"  # recorded
            assert known_hosts.lookup("127.0.0.1", port) == first.public_key
            assert await on_asyncio(lambda: client(port)) == b"known?"  # matched
        async with reference_server(reference, second, port=port) as server:
            with pytest.raises(anyio.BrokenResourceError) as info:
                await on_asyncio(lambda: client(port))
            line = await server.connection()
    cause = info.value.__cause__
    assert isinstance(cause, HostKeyChangedError)
    assert cause.public_key == second.public_key
    assert known_hosts.lookup("127.0.0.1", port) == first.public_key
    assert line.handshake == "failed:ConnectionFailed", line


@pytest.mark.parametrize(
    ("direction", "reason"),
    [("to_server", "the peer reset the session"), ("to_client", "bad MAC")],
)
async def test_corrupted_record_resets_and_rekeys_with_rust_server(
    reference: Path, direction: str, reason: str
) -> None:
    key = SecretKey.generate()
    hooks = {"to_server": passthrough(), "to_client": passthrough()}
    hooks[direction] = tamper_data(1, bad_tag)  # record 1 opens SECOND

    async def client(port: int) -> ChannelReset:
        async with await connect(
            "127.0.0.1", port, authorized_keys=[key.public_key]
        ) as stream:
            assert await echo(stream, FIRST) == FIRST
            await stream.send(SECOND)
            # Nothing of SECOND comes back: whichever side reset dropped it.
            with pytest.raises(ChannelReset) as info:
                await stream.receive()
            with pytest.raises(ChannelReset):  # once per direction
                await stream.send(THIRD)
            assert await echo(stream, THIRD) == THIRD
            return info.value

    with trio.fail_after(LIMIT):
        async with reference_server(reference, key) as server:
            async with proxy(server.port, **hooks) as relay:
                reset = await on_asyncio(lambda: client(relay.port))
            line = await server.connection()
    assert reason in reset.reason
    assert reset.resets == 1
    assert server.handshakes() == 2
    echoed = len(SECOND) if direction == "to_client" else 0
    assert line.bytes == len(FIRST) + echoed + len(THIRD)
    assert line.end == "disconnect(closed)"


# -- Rust client, our server on asyncio ----------------------------------------------


@dataclass
class Seen:
    """What the asyncio server saw of its one connection."""

    remote_key: PublicKey | None = None
    received: bytearray = field(default_factory=bytearray)
    ended_by: BaseException | None = None


async def serve_one(key: SecretKey, ports: queue.Queue[int], **options: Any) -> Seen:
    """Serve one echo connection on 127.0.0.1 (port given to ``ports``)."""
    seen = Seen()
    done = anyio.Event()

    async def handler(stream: OssuaryByteStream) -> None:
        seen.remote_key = stream.extra(OssuaryAttribute.remote_public_key)
        try:
            while True:
                data = await stream.receive()
                seen.received += data
                await stream.send(data)
        except (anyio.EndOfStream, anyio.BrokenResourceError) as exc:
            seen.ended_by = exc
        finally:
            done.set()

    tcp = await anyio.create_tcp_listener(local_host="127.0.0.1")
    ports.put(tcp.extra(anyio.abc.SocketAttribute.local_port))
    listener = OssuaryListener(tcp, secret_key=key, **options)
    async with anyio.create_task_group() as group:
        group.start_soon(listener.serve, handler)
        with anyio.fail_after(LIMIT):
            await done.wait()
        group.cancel_scope.cancel()
    await listener.aclose()
    return seen


@pytest.mark.parametrize("close", [True, False], ids=["disconnect", "bare-eof"])
@pytest.mark.parametrize("with_key", [False, True], ids=["anonymous", "with-key"])
async def test_rust_client_to_asyncio_server(
    reference: Path, with_key: bool, close: bool
) -> None:
    key = SecretKey.generate()
    client_key = SecretKey.generate() if with_key else None
    authorized = [] if client_key is None else [client_key.public_key]
    ports: queue.Queue[int] = queue.Queue()
    sizes = (1, 100, 40_000)
    to_server = passthrough()
    results: dict[str, Any] = {}

    async def run_server() -> None:
        results["seen"] = await on_asyncio(
            lambda: serve_one(
                key,
                ports,
                authorized_keys=authorized,
                require_client_auth=bool(authorized),
            )
        )

    with trio.fail_after(LIMIT):
        async with trio.open_nursery() as nursery:
            nursery.start_soon(run_server)
            port = await trio.to_thread.run_sync(ports.get)
            async with proxy(port, to_server=to_server) as relay:
                result = await reference_client(
                    reference,
                    relay.port,
                    trust=key.public_key,
                    key=client_key,
                    sizes=sizes,
                    close=close,
                )
    seen: Seen = results["seen"]
    assert result.returncode == 0, result
    assert result.stdout.startswith(f"OK {sum(sizes)} "), result
    assert len(seen.received) == sum(sizes)
    assert seen.remote_key == (None if client_key is None else client_key.public_key)
    if close:
        assert [p.type for p in to_server.seen][-1] == DISCONNECT
        assert isinstance(seen.ended_by, anyio.EndOfStream)
    else:
        assert isinstance(seen.ended_by, anyio.BrokenResourceError)
        assert "without a Disconnect" in str(seen.ended_by.__cause__)
