"""SIGTERM during a download over a slow link: the grace period, on each end.

The stopped end (``serve``, or ``connect --listen``) stops accepting at
once and lets the open connection run: a transfer that can finish within
``--grace`` arrives whole and ends cleanly, and the stopped end exits 0.
One that cannot is cut when the grace period runs out: the application
sees a reset, never a clean end of a truncated transfer, and the stopped
end exits 143.  (``docs/cli.rst``, *Signals*.)
"""

from __future__ import annotations

import json
import signal
from pathlib import Path
from typing import Final

import pytest
from apps import expected
from netlab import HERE, SERVER_ADDRESS, Lab, Proc, python_env, started

#: Megabits per second: a 6 MB download takes about 6 s.
RATE: Final = 8
SIZE: Final = 6 * 1000 * 1000

_PROBE: Final = (
    "import socket, sys\n"
    "try:\n"
    "    socket.create_connection((sys.argv[1], sys.argv[2]), timeout=5).close()\n"
    "except ConnectionRefusedError:\n"
    "    print('refused')\n"
    "else:\n"
    "    print('accepted')\n"
)


async def _download(
    lab: Lab,
    env: dict[str, str],
    server_key: Path,
    client_key: Path,
    stopped: str,
    grace: str,
) -> tuple[dict[str, object], int, Proc, str]:
    """SIGTERM to ``stopped`` once 1 MB of the download arrived.

    Returns the application's report, the stopped end's exit status, the
    stopped end itself, and what a new connection attempt to it during the
    grace period got.
    """
    lab.limit_rate(RATE)
    env = {**env, **python_env()}
    apps = str(HERE / "apps.py")
    async with (
        started(lab.python(lab.server, apps, "backend", "9000", str(SIZE),
                           "--send-only")) as backend,
        started(
            lab.cli(lab.server, "serve", "--listen", f"{SERVER_ADDRESS}:7000",
                    "--key", str(server_key),
                    "--authorized-keys", f"{client_key}.pub",
                    "--forward", "127.0.0.1:9000", "--grace", grace),
            env=env,
        ) as server,
        started(
            lab.cli(lab.client, "connect", f"{SERVER_ADDRESS}:7000",
                    "--key", str(client_key), "--trust", f"{server_key}.pub",
                    "--listen", "127.0.0.1:8000", "--grace", grace),
            env=env,
        ) as client,
    ):  # fmt: skip
        assert await backend.line() == "listening"
        await server.wait_for_stderr("listening on")
        await client.wait_for_stderr("listening on")
        async with started(
            lab.python(lab.client, apps, "app", "8000", "0", "--progress")
        ) as app:
            assert await app.line(limit=30) == "progress"
            end, where = {
                "serve": (server, (SERVER_ADDRESS, "7000")),
                "connect": (client, ("127.0.0.1", "8000")),
            }[stopped]
            end.process.send_signal(signal.SIGTERM)
            await end.wait_for_stderr("stopping")
            # Stopped accepting at once: a new connection is refused.
            async with started(lab.python(lab.client, "-c", _PROBE, *where)) as probe:
                attempt = await probe.line()
            report = json.loads(await app.line(limit=60))
            status = await end.wait(limit=60)
    return report, status, end, attempt


@pytest.mark.parametrize("stopped", ["serve", "connect"])
async def test_sigterm_lets_a_download_finish_within_the_grace_period(
    lab: Lab, env: dict[str, str], server_key: Path, client_key: Path, stopped: str
) -> None:
    report, status, end, attempt = await _download(
        lab, env, server_key, client_key, stopped, grace="60"
    )
    assert attempt == "refused"
    # The whole download arrived and ended cleanly ...
    assert report["received_bytes"] == SIZE
    assert report["received"] == expected(1, SIZE)
    assert report["end"] == "eof"
    # ... so every connection ended by itself: status 0.
    assert status == 0, end.stderr.decode()


@pytest.mark.parametrize("stopped", ["serve", "connect"])
async def test_sigterm_cuts_a_download_that_outlasts_the_grace_period(
    lab: Lab, env: dict[str, str], server_key: Path, client_key: Path, stopped: str
) -> None:
    report, status, end, attempt = await _download(
        lab, env, server_key, client_key, stopped, grace="1"
    )
    assert attempt == "refused"
    # Cut short: a reset, never a clean end of a truncated transfer.
    assert report["received_bytes"] < SIZE
    assert report["end"] == "reset", report
    assert status == 128 + signal.SIGTERM, end.stderr.decode()
