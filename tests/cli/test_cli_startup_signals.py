"""A signal sent the instant a listening command announces itself is handled.

Issue #18: ``listening on`` (and ``started N workers``) used to be printed
before the signal handlers existed, so SIGHUP at that line killed ``serve``
and its workers, and SIGTERM left the Unix socket file behind.  Each test
sends the signal as soon as the announcement is read, several times over
(the old window was a few milliseconds wide: each round had a good chance
of landing in it), and checks what the docs promise: SIGHUP reloads a
server and SIGTERM/SIGINT stop it as a graceful shutdown does.  No test
depends on timing: the rounds only multiply the chances of a bad one.
"""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path

import pytest
from cli_helpers import running_cli

from trio_ossuary import SecretKey

#: How many times each case is tried.
ROUNDS = int(os.environ.get("OSSUARY_SIGNAL_ROUNDS", "4"))

SIGNALS = [signal.SIGHUP, signal.SIGTERM, signal.SIGINT]


def _serve_args(server_key: Path, variant: str, socket_path: Path) -> list[str]:
    listen = f"unix:{socket_path}" if variant == "unix" else "127.0.0.1:0"
    args = ["serve", "--key", str(server_key), "--listen", listen, "--echo"]
    if variant == "workers":
        args += ["--workers", "2"]
    return args


@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: signal.Signals(s).name)
@pytest.mark.parametrize("variant", ["tcp", "workers", "unix"])
async def test_serve_handles_a_signal_at_its_announcement(
    env: dict[str, str],
    server_key: Path,
    tmp_path: Path,
    variant: str,
    signum: int,
) -> None:
    socket_path = tmp_path / "s.sock"
    args = _serve_args(server_key, variant, socket_path)
    last_line = "started 2 workers" if variant == "workers" else "listening on"
    for _ in range(ROUNDS):
        async with running_cli(*args, env=env) as server:
            await server.wait_for(last_line)
            server.process.send_signal(signum)
            if signum == signal.SIGHUP:
                # It reloads (each worker by itself) and goes on serving.
                workers = 2 if variant == "workers" else 1
                pattern = r"(?:worker \d+: )?reloaded: "
                await server.wait_for(rf"(?s)(?:{pattern}.*){{{workers}}}")
                assert len(re.findall(pattern, server.stderr)) == workers
                server.process.send_signal(signal.SIGTERM)
            status = await server.wait()
        assert status == 0, server.stderr
        assert "Traceback" not in server.stderr
        assert "was killed" not in server.stderr  # no worker died
        assert not socket_path.exists()


@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: signal.Signals(s).name)
@pytest.mark.parametrize("variant", ["tcp", "unix"])
async def test_connect_listen_handles_a_signal_at_its_announcement(
    env: dict[str, str], tmp_path: Path, variant: str, signum: int
) -> None:
    socket_path = tmp_path / "c.sock"
    listen = f"unix:{socket_path}" if variant == "unix" else "127.0.0.1:0"
    trusted = SecretKey.generate().public_key.fingerprint()
    args = ["connect", "127.0.0.1:1", "--trust", trusted, "--listen", listen]
    for _ in range(ROUNDS):
        async with running_cli(*args, env=env) as client:
            await client.wait_for("listening on")
            client.process.send_signal(signum)
            status = await client.wait()
        # It exits by itself with a status of its own (not killed by the
        # signal: that would be a negative returncode), cleaning up.
        assert status >= 0, client.stderr
        assert "Traceback" not in client.stderr
        assert not socket_path.exists()
