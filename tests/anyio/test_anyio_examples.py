"""The asyncio page's programs, run as real processes; asyncio meets trio.

Each program in ``docs/examples/asyncio/`` runs as ``python FILE`` (plain
``asyncio.run``, no anyio runner), and the asyncio programs talk to the trio
tutorial's programs in ``docs/examples/``: an asyncio client to a trio
server and a trio client to an asyncio server, in separate processes.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import trustme

from trio_ossuary import SecretKey
from trio_ossuary.keyfiles import load_secret_key, save_secret_key

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
ASYNCIO = EXAMPLES / "asyncio"
TIMEOUT = 30


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def server(program: Path, *args: str) -> Iterator[None]:
    """Run a server program until the block ends; its last argument is its port."""
    proc = subprocess.Popen(
        [sys.executable, str(program), *args],
        cwd=program.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + TIMEOUT
        while True:  # wait until it listens
            assert proc.poll() is None, proc.communicate()
            try:
                socket.create_connection(
                    ("127.0.0.1", int(args[-1])), timeout=1
                ).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "server never listened"
                time.sleep(0.05)
        yield
    finally:
        proc.kill()
        proc.communicate()


def run(program: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(program), *args],
        cwd=program.parent,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


@pytest.fixture
def keys(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for name in ("server", "client", "stranger"):
        path = tmp_path / f"{name}.key"
        save_secret_key(SecretKey.generate(), path)
        paths[name] = path
    paths["known_hosts"] = tmp_path / "known_hosts"
    return paths


@pytest.mark.parametrize(
    ("server_dir", "client_dir"),
    [(ASYNCIO, ASYNCIO), (EXAMPLES, ASYNCIO), (ASYNCIO, EXAMPLES)],
    ids=["asyncio-asyncio", "trio-server-asyncio-client", "asyncio-server-trio-client"],
)
def test_echo_server_and_client(
    keys: dict[str, Path], server_dir: Path, client_dir: Path
) -> None:
    port = str(free_port())
    with server(server_dir / "echo_server.py", str(keys["server"]), port):
        result = run(client_dir / "echo_client.py", port, f"{keys['server']}.pub")
    assert result.returncode == 0, result.stderr
    assert "server said hello, ossuary" in result.stdout
    fingerprint = load_secret_key(keys["server"]).public_key.fingerprint()
    assert f"server key {fingerprint}" in result.stdout


def test_the_client_refuses_a_server_it_does_not_trust(keys: dict[str, Path]) -> None:
    port = str(free_port())
    with server(ASYNCIO / "echo_server.py", str(keys["stranger"]), port):
        result = run(ASYNCIO / "echo_client.py", port, f"{keys['server']}.pub")
    assert result.returncode != 0
    assert "UntrustedServerError" in result.stderr


def test_trust_on_first_use_then_a_changed_key_is_refused(
    keys: dict[str, Path],
) -> None:
    port = str(free_port())
    args = (port, str(keys["client"]), str(keys["known_hosts"]))
    with server(ASYNCIO / "echo_server.py", str(keys["server"]), port):
        first = run(ASYNCIO / "tofu_client.py", *args)
        second = run(ASYNCIO / "tofu_client.py", *args)
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert "server said hello again" in second.stdout
    # Recorded for the host and port the client dialled.
    assert keys["known_hosts"].read_text().startswith(f"127.0.0.1:{port} ")
    with server(ASYNCIO / "echo_server.py", str(keys["stranger"]), port):
        changed = run(ASYNCIO / "tofu_client.py", *args)
    assert changed.returncode != 0
    assert "HostKeyChangedError" in changed.stderr


def test_over_a_subprocess_s_pipes(keys: dict[str, Path]) -> None:
    result = run(ASYNCIO / "pipes_client.py", str(keys["server"]))
    assert result.returncode == 0, result.stderr
    assert "child said hello through pipes" in result.stdout


def test_nested_in_tls(tmp_path: Path) -> None:
    ca = trustme.CA()
    cert = ca.issue_cert("localhost")
    cert.cert_chain_pems[0].write_to_path(str(tmp_path / "cert.pem"))
    cert.private_key_pem.write_to_path(str(tmp_path / "cert.key"))
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    result = run(
        ASYNCIO / "tls_nested.py",
        str(tmp_path / "cert.pem"),
        str(tmp_path / "cert.key"),
        str(tmp_path / "ca.pem"),
    )
    assert result.returncode == 0, result.stderr
    assert "server said HELLO INSIDE TLS" in result.stdout


PROGRAM = """
import anyio, socket, sys
from trio_ossuary import SecretKey
from trio_ossuary.anyio import OssuaryAttribute, OssuaryByteStream

async def main():
    key = SecretKey.generate()
    a, b = socket.socketpair()
    ends = [
        await anyio.abc.UNIXSocketStream.from_socket(a),
        await anyio.abc.UNIXSocketStream.from_socket(b),
    ]
    async with anyio.create_task_group() as group:
        async def serve():
            server = await OssuaryByteStream.wrap(
                ends[1], server_side=True, secret_key=key
            )
            await server.send((await server.receive()).upper())
            await server.aclose()
        group.start_soon(serve)
        client = await OssuaryByteStream.wrap(ends[0], authorized_keys=[key.public_key])
        await client.send(b"ping")
        reply = (await client.receive()).decode()
        print(reply, client.extra(OssuaryAttribute.remote_public_key) == key.public_key)
        await client.aclose()
"""


@pytest.mark.parametrize(
    "runner",
    ["import asyncio; asyncio.run(main())", "anyio.run(main, backend='trio')"],
    ids=["plain-asyncio-run", "anyio-run-trio"],
)
def test_the_adapter_runs_from_plain_asyncio_and_under_anyio_on_trio(
    runner: str,
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM + runner],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["PING", "True"]
