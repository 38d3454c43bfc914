"""A KnownHosts store passed directly as on_untrusted_server."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
import trio
import trio.testing

from trio_ossuary import (
    HostKeyChangedError,
    KnownHosts,
    OssuaryStream,
    SecretKey,
    open_ossuary_over_tcp_stream,
    serve_ossuary_over_tcp,
)


async def echo_once(stream: OssuaryStream[trio.abc.Stream]) -> None:
    async with stream:
        data = await stream.receive_some()
        if data:
            await stream.send_all(data)


async def connect_and_echo(port: int, known_hosts: KnownHosts) -> bytes:
    stream = await open_ossuary_over_tcp_stream(
        "127.0.0.1", port, on_untrusted_server=known_hosts
    )
    async with stream:
        await stream.send_all(b"hi")
        return await stream.receive_some()


async def test_known_hosts_store_given_directly_over_tcp(tmp_path: Path) -> None:
    known_hosts = KnownHosts(tmp_path / "known_hosts")
    first_key, second_key = SecretKey.generate(), SecretKey.generate()
    async with trio.open_nursery() as nursery:
        listeners = await nursery.start(
            partial(serve_ossuary_over_tcp, host="127.0.0.1", secret_key=first_key),
            echo_once,
            0,
        )
        port = listeners[0].transport_listener.socket.getsockname()[1]
        assert await connect_and_echo(port, known_hosts) == b"hi"  # recorded
        assert known_hosts.lookup("127.0.0.1", port) == first_key.public_key
        assert await connect_and_echo(port, known_hosts) == b"hi"  # matched
        nursery.cancel_scope.cancel()
    # Another server on the same address: refused, with both fingerprints.
    async with trio.open_nursery() as nursery:
        await nursery.start(
            partial(serve_ossuary_over_tcp, host="127.0.0.1", secret_key=second_key),
            echo_once,
            port,
        )
        with pytest.raises(trio.BrokenResourceError) as info:
            await connect_and_echo(port, known_hosts)
        nursery.cancel_scope.cancel()
    cause = info.value.__cause__
    assert isinstance(cause, HostKeyChangedError)
    assert first_key.public_key.fingerprint() in str(cause)
    assert second_key.public_key.fingerprint() in str(cause)


def test_known_hosts_store_needs_an_address(tmp_path: Path) -> None:
    # A memory stream cannot tell whom it is connected to: the stream refuses
    # the store when it is made, not at the handshake.
    client_transport, _ = trio.testing.memory_stream_pair()
    with pytest.raises(ValueError, match="for_host"):
        OssuaryStream(
            client_transport, on_untrusted_server=KnownHosts(tmp_path / "known_hosts")
        )
    assert not (tmp_path / "known_hosts").exists()
