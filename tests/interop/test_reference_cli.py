"""The ``trio-ossuary`` command against the reference.

``connect`` to the Rust server, and the Rust client to ``serve``.  The serve
tests use ``--echo``, or ``--authorized-keys`` with a client that has a key,
which need no other option.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import trio
from cli_helpers import CLI, make_key, serving
from refpeer import LIMIT, child, reference_client, reference_server

from trio_ossuary import (
    KnownHosts,
    SecretKey,
)
from trio_ossuary.keyfiles import (
    format_public_key,
    load_secret_key,
)

MESSAGE = b"hello from the trio-ossuary command\n"


async def connect_and_echo(env: dict[str, str], port: int, *options: str) -> str:
    """Run ``connect`` over stdio: send MESSAGE, wait for its echo, then EOF."""
    argv = [*CLI, "connect", f"127.0.0.1:{port}", "--linger", "0", *options]
    async with child(argv, stdin=subprocess.PIPE, env=env) as cli:
        assert cli.process.stdin is not None
        await cli.process.stdin.send_all(MESSAGE)
        await cli.wait_for(MESSAGE.decode().rstrip("\n"))
        await cli.process.stdin.aclose()
        assert await cli.wait() == 0, cli.describe()
        return cli.stdout


async def test_connect_to_rust_server(reference: Path, env: dict[str, str]) -> None:
    key = SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with reference_server(reference, key) as server:
            out = await connect_and_echo(
                env, server.port, "--trust", key.public_key.hex()
            )
            line = await server.connection()
    assert out == MESSAGE.decode()
    assert line.handshake == "ok"
    assert line.remote_key == "none"
    assert line.bytes == len(MESSAGE)
    assert line.end == "disconnect(closed)"


async def test_connect_with_key_and_known_hosts_to_authenticating_rust_server(
    reference: Path, env: dict[str, str], tmp_path: Path
) -> None:
    key = SecretKey.generate()
    client_key = make_key(tmp_path / "client.key", "client")
    known_hosts = tmp_path / "known_hosts"
    with trio.fail_after(LIMIT):
        async with reference_server(
            reference, key, authorized=[client_key.public_key]
        ) as server:
            out = await connect_and_echo(
                env,
                server.port,
                "--key",
                str(tmp_path / "client.key"),
                "--known-hosts",
                str(known_hosts),
                "--accept-new",
            )
            line = await server.connection()
    assert out == MESSAGE.decode()
    assert line.handshake == "ok"
    assert line.remote_key == client_key.public_key.hex()
    assert KnownHosts(known_hosts).lookup("127.0.0.1", server.port) == key.public_key


async def test_rust_client_to_serve_echo(
    reference: Path, env: dict[str, str], server_key: Path
) -> None:
    public = load_secret_key(server_key).public_key
    with trio.fail_after(LIMIT):
        async with serving("--key", str(server_key), "--echo", env=env) as (_, port):
            result = await reference_client(
                reference, port, trust=public, sizes=(0, 1, 16385), close=True
            )
    assert result.returncode == 0, result
    assert result.stdout.strip() == f"OK 16386 remote_key={public.hex()}"


async def test_rust_client_with_key_to_serve_authorized_keys(
    reference: Path, env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    public = load_secret_key(server_key).public_key
    client_key, stranger = SecretKey.generate(), SecretKey.generate()
    authorized = tmp_path / "authorized_keys"
    authorized.write_text(format_public_key(client_key.public_key, "rust") + "\n")
    with trio.fail_after(LIMIT):
        async with serving(
            "--key",
            str(server_key),
            "--echo",
            "--authorized-keys",
            str(authorized),
            env=env,
        ) as (_, port):
            accepted = await reference_client(
                reference, port, trust=public, key=client_key, close=True
            )
            refused = await reference_client(
                reference, port, trust=public, key=stranger
            )
    assert accepted.returncode == 0, accepted
    assert accepted.stdout.startswith("OK 101 "), accepted
    assert refused.returncode == 1, refused
    assert "ConnectionFailed" in refused.stdout, refused
