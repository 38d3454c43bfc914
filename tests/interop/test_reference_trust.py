"""Trust on first use against the Rust server, through a KnownHosts store."""

from __future__ import annotations

from pathlib import Path

import pytest
import trio
from refpeer import LIMIT, echo, reference_server

from trio_ossuary import (
    HostKeyChangedError,
    KnownHosts,
    SecretKey,
    open_ossuary_over_tcp_stream,
)


async def connect_and_echo(port: int, known_hosts: KnownHosts) -> bytes:
    stream = await open_ossuary_over_tcp_stream(
        "127.0.0.1", port, on_untrusted_server=known_hosts
    )
    async with stream:
        await stream.do_handshake()
        return await echo(stream, b"known?")


async def test_tofu_then_changed_key_refused(reference: Path, tmp_path: Path) -> None:
    known_hosts = KnownHosts(tmp_path / "known_hosts")
    first, second = SecretKey.generate(), SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with reference_server(reference, first) as server:
            port = server.port
            assert await connect_and_echo(port, known_hosts) == b"known?"  # recorded
            assert known_hosts.lookup("127.0.0.1", port) == first.public_key
            assert await connect_and_echo(port, known_hosts) == b"known?"  # matched
            assert (await server.connection(2)).handshake == "ok"
        # Another reference server, another key, the same address.
        async with reference_server(reference, second, port=port) as server:
            with pytest.raises(trio.BrokenResourceError) as info:
                await connect_and_echo(port, known_hosts)
            line = await server.connection()
    cause = info.value.__cause__
    assert isinstance(cause, HostKeyChangedError)
    assert cause.public_key == second.public_key
    assert cause.known_key == first.public_key
    assert known_hosts.lookup("127.0.0.1", port) == first.public_key  # unchanged
    # We told the reference why with a Disconnect(error) before any data.
    assert line.handshake == "failed:ConnectionFailed", line
    assert line.bytes == 0
