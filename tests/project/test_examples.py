"""The tutorial's example programs, run as real processes over loopback."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from trio_ossuary import SecretKey
from trio_ossuary.keyfiles import format_public_key, load_secret_key, save_secret_key

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
TIMEOUT = 30


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """A running example server; ``output`` holds its stderr once stopped."""

    output = ""


@contextmanager
def server(*args: str) -> Iterator[Server]:
    handle = Server()
    proc = subprocess.Popen(
        [sys.executable, *args],
        cwd=EXAMPLES,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        port = int(args[-1])
        deadline = time.monotonic() + TIMEOUT
        while True:  # wait until it listens
            assert proc.poll() is None, proc.communicate()
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "server never listened"
                time.sleep(0.05)
        yield handle
    finally:
        proc.kill()
        handle.output = proc.communicate()[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=EXAMPLES,
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
    (tmp_path / "authorized_keys").write_text(
        Path(f"{paths['client']}.pub").read_text()
    )
    paths["authorized_keys"] = tmp_path / "authorized_keys"
    paths["known_hosts"] = tmp_path / "known_hosts"
    return paths


def test_echo_server_and_client(keys: dict[str, Path]) -> None:
    port = str(free_port())
    with server("echo_server.py", str(keys["server"]), port):
        result = run("echo_client.py", port, f"{keys['server']}.pub")
    assert result.returncode == 0, result.stderr
    assert "server said hello, ossuary" in result.stdout
    fingerprint = load_secret_key(keys["server"]).public_key.fingerprint()
    assert f"server key {fingerprint}" in result.stdout


def test_client_refuses_a_server_it_does_not_trust(keys: dict[str, Path]) -> None:
    port = str(free_port())
    with server("echo_server.py", str(keys["stranger"]), port):
        result = run("echo_client.py", port, f"{keys['server']}.pub")
    assert result.returncode != 0
    assert "UntrustedServerError" in result.stderr


def test_authentication_and_trust_on_first_use(keys: dict[str, Path]) -> None:
    port = str(free_port())
    server_args = (
        "authenticating_server.py",
        str(keys["server"]),
        str(keys["authorized_keys"]),
        port,
    )
    with server(*server_args) as handle:
        first = run(
            "tofu_client.py", port, str(keys["client"]), str(keys["known_hosts"])
        )
        assert first.returncode == 0, first.stderr
        assert "server said hello again" in first.stdout
        recorded = keys["known_hosts"].read_text()
        server_public = format_public_key(load_secret_key(keys["server"]).public_key)
        assert server_public.split()[1] in recorded
        second = run(
            "tofu_client.py", port, str(keys["client"]), str(keys["known_hosts"])
        )
        assert second.returncode == 0, second.stderr
        # A client whose key is not authorized is refused.
        refused = run(
            "tofu_client.py", port, str(keys["stranger"]), str(keys["known_hosts"])
        )
        assert refused.returncode != 0
        assert "ConnectionFailed" in refused.stderr
    stranger = load_secret_key(keys["stranger"]).public_key.fingerprint()
    assert f"client key {stranger} is not authorized" in handle.output
