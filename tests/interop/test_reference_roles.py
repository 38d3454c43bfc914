"""Both roles against the reference: keys, authentication, sizes.

Python server with the Rust client, Rust server with the Python client:
anonymous and authenticated clients, a server requiring client
authentication with an authorized and an unauthorized key, a wrong trusted
key, and sizes from 0 to over 1 MiB across the 16384-byte record boundary.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import trio
from refpeer import (
    LIMIT,
    echo,
    python_server,
    reference_client,
    reference_server,
)

from trio_ossuary import (
    AuthenticationError,
    ChannelReset,
    ConnectionFailed,
    SecretKey,
    UntrustedServerError,
    open_ossuary_over_tcp_stream,
)

#: Around the record boundary (16384 bytes of plaintext), and over 1 MiB.
SIZES = (0, 1, 100, 16383, 16384, 16385, 32768, 32769, (1 << 20) + 1)


# -- Python server, Rust client --------------------------------------------------


async def test_rust_client_anonymous_to_python_server(reference: Path) -> None:
    key = SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with python_server(key) as server:
            result = await reference_client(
                reference, server.port, trust=key.public_key, sizes=(1, 100), close=True
            )
            served = await server.connection()
    assert result.returncode == 0, result
    assert result.stdout.strip() == f"OK 101 remote_key={key.public_key.hex()}"
    assert served.remote_key is None  # anonymous
    assert len(served.received) == 101
    assert served.error is None


async def test_rust_client_with_key_to_python_server(reference: Path) -> None:
    # A server that does not require authentication still learns the key.
    key, client_key = SecretKey.generate(), SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with python_server(key) as server:
            result = await reference_client(
                reference, server.port, trust=key.public_key, key=client_key, close=True
            )
            served = await server.connection()
    assert result.returncode == 0, result
    assert served.remote_key == client_key.public_key
    assert served.error is None


async def test_python_server_requiring_auth_accepts_authorized_rust_client(
    reference: Path,
) -> None:
    key, client_key = SecretKey.generate(), SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with python_server(
            key,
            authorized_keys=[SecretKey.generate().public_key, client_key.public_key],
            require_client_auth=True,
        ) as server:
            result = await reference_client(
                reference, server.port, trust=key.public_key, key=client_key, close=True
            )
            served = await server.connection()
    assert result.returncode == 0, result
    assert served.remote_key == client_key.public_key
    assert bytes(served.received) != b""
    assert served.error is None


@pytest.mark.parametrize("anonymous", [False, True], ids=["wrong-key", "anonymous"])
async def test_python_server_requiring_auth_refuses_rust_client(
    reference: Path, anonymous: bool
) -> None:
    key, authorized = SecretKey.generate(), SecretKey.generate()
    client_key = None if anonymous else SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with python_server(
            key, authorized_keys=[authorized.public_key], require_client_auth=True
        ) as server:
            result = await reference_client(
                reference, server.port, trust=key.public_key, key=client_key
            )
            served = await server.connection()
    assert isinstance(served.error, trio.BrokenResourceError)
    assert isinstance(served.error.__cause__, AuthenticationError), served.error
    assert served.received == b""
    # The client counts its handshake done (the server sends no
    # confirmation), so it hears of the refusal as our Disconnect(error)
    # when it waits for its first echo.
    assert result.returncode == 1, result
    assert result.stdout.startswith("FAIL size 1: recv_data after 0 echoed bytes"), (
        result
    )
    assert "ConnectionFailed" in result.stdout, result


async def test_rust_client_refuses_python_server_with_another_key(
    reference: Path,
) -> None:
    key, expected = SecretKey.generate(), SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with python_server(key) as server:
            result = await reference_client(
                reference, server.port, trust=expected.public_key
            )
    assert result.returncode == 1, result
    assert result.stdout.strip() == (
        f"FAIL handshake: UntrustedServer(remote_key={key.public_key.hex()})"
    )


async def test_rust_client_sizes_through_python_server(reference: Path) -> None:
    key = SecretKey.generate()
    with trio.fail_after(LIMIT * 2):
        async with python_server(key) as server:
            result = await reference_client(
                reference, server.port, trust=key.public_key, sizes=SIZES, close=True
            )
            served = await server.connection()
    assert result.returncode == 0, result
    assert result.stdout.startswith(f"OK {sum(SIZES)} "), result
    assert len(served.received) == sum(SIZES)
    assert served.error is None


# -- Rust server, Python client --------------------------------------------------


async def test_python_client_anonymous_to_rust_server(reference: Path) -> None:
    key = SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with reference_server(reference, key) as server:
            assert server.public_key == key.public_key
            stream = await open_ossuary_over_tcp_stream(
                "127.0.0.1", server.port, authorized_keys=[key.public_key]
            )
            async with stream:
                assert await echo(stream, b"hello, reference") == b"hello, reference"
                assert stream.remote_public_key == key.public_key
            line = await server.connection()
    assert line.handshake == "ok"
    assert line.remote_key == "none"
    assert line.bytes == len(b"hello, reference")


async def test_python_client_with_key_to_rust_server(reference: Path) -> None:
    key, client_key = SecretKey.generate(), SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with reference_server(reference, key) as server:
            stream = await open_ossuary_over_tcp_stream(
                "127.0.0.1",
                server.port,
                authorized_keys=[key.public_key],
                secret_key=client_key,
            )
            async with stream:
                assert await echo(stream, b"x") == b"x"
            line = await server.connection()
    assert line.handshake == "ok"
    assert line.remote_key == client_key.public_key.hex()


async def test_rust_server_requiring_auth_accepts_authorized_python_client(
    reference: Path,
) -> None:
    key, client_key = SecretKey.generate(), SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with reference_server(
            reference, key, authorized=[client_key.public_key]
        ) as server:
            stream = await open_ossuary_over_tcp_stream(
                "127.0.0.1",
                server.port,
                authorized_keys=[key.public_key],
                secret_key=client_key,
            )
            async with stream:
                assert await echo(stream, b"authorized") == b"authorized"
            line = await server.connection()
    assert line.handshake == "ok"
    assert line.remote_key == client_key.public_key.hex()
    assert line.bytes == len(b"authorized")


@pytest.mark.parametrize(
    ("anonymous", "why"),
    [(False, "InvalidKey"), (True, "InvalidSignature")],
    ids=["wrong-key", "anonymous"],
)
async def test_rust_server_requiring_auth_refuses_python_client(
    reference: Path, anonymous: bool, why: str
) -> None:
    # The reference refuses with a Reset (not a Disconnect) and takes a new
    # handshake, refused in turn, until its fifth reset, which is permanent:
    # then it sends Disconnect(error).  Nothing is ever delivered.
    key, authorized = SecretKey.generate(), SecretKey.generate()
    client_key = None if anonymous else SecretKey.generate()
    resets = []
    with trio.fail_after(LIMIT):
        async with reference_server(
            reference, key, authorized=[authorized.public_key]
        ) as server:
            stream = await open_ossuary_over_tcp_stream(
                "127.0.0.1",
                server.port,
                authorized_keys=[key.public_key],
                secret_key=client_key,
            )
            async with stream:
                while True:
                    try:
                        await stream.send_all(b"let me in")
                        data = await stream.receive_some()
                    except ChannelReset as exc:
                        resets.append(exc.resets)
                        continue
                    except trio.BrokenResourceError as exc:
                        failure = exc
                        break
                    raise AssertionError(f"a refused client received {data!r}")
            line = await server.connection()
    # Each reset is reported once to each direction of the stream.
    assert resets == [1, 1, 2, 2, 3, 3, 4, 4]
    assert isinstance(failure.__cause__, ConnectionFailed)
    assert failure.__cause__.by_peer
    # An anonymous client's all-zero signature fails before the key check.
    refusals = server.process.stdout.count(f"recv_handshake error: OssuaryError::{why}")
    assert refusals == 5, server.process.describe()
    assert line.handshake == "failed:ConnectionFailed", line
    assert line.bytes == 0


async def test_python_client_refuses_rust_server_with_another_key(
    reference: Path,
) -> None:
    key, expected = SecretKey.generate(), SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with reference_server(reference, key) as server:
            stream = await open_ossuary_over_tcp_stream(
                "127.0.0.1", server.port, authorized_keys=[expected.public_key]
            )
            async with stream:
                with pytest.raises(trio.BrokenResourceError) as info:
                    await stream.do_handshake()
            line = await server.connection()
    cause = info.value.__cause__
    assert isinstance(cause, UntrustedServerError)
    assert cause.public_key == key.public_key
    # We told the server why with a Disconnect(error).
    assert line.handshake == "failed:ConnectionFailed", line


async def test_python_client_sizes_through_rust_server(reference: Path) -> None:
    key = SecretKey.generate()
    with trio.fail_after(LIMIT * 2):
        async with reference_server(reference, key) as server:
            stream = await open_ossuary_over_tcp_stream(
                "127.0.0.1", server.port, authorized_keys=[key.public_key]
            )
            async with stream:
                for size in SIZES:
                    data = os.urandom(size)
                    assert await echo(stream, data) == data, size
            line = await server.connection()
    assert line.handshake == "ok"
    assert line.bytes == sum(SIZES)
    assert line.end == "disconnect(closed)"
