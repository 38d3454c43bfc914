"""A link that goes down mid-transfer ends the tunnel on both sides, in time.

The server's link is taken down (``ip link set m1 down`` in the middle
namespace) while data flows.  Nothing arrives any more, no FIN, no reset:
only the keep-alives and the bound on unacknowledged data that ``serve``
and ``connect`` set on their sockets (``--keepalive 1 --user-timeout 3``
here) end the connection.  ``docs/cli.rst`` (*Dead links*) bounds that by
``--keepalive`` seconds after the longer of the two: 4 s.  Each side then
aborts its plaintext end (a TCP reset, or a non-zero exit status) and logs
why.  The tests allow :data:`SLACK` seconds beyond the bound for the
processes to notice and exit; without the options the kernel's defaults
would keep the sending side retrying for about 15 minutes and the
receiving side waiting forever.

In each test one side sends (and is ended by the unacknowledged-data bound)
while the other only receives (and is ended by its keep-alives).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Final

import trio
from netlab import HERE, SERVER_ADDRESS, Lab, python_env, started

OPTIONS: Final = ("--keepalive", "1", "--user-timeout", "3")
#: The documented bound for OPTIONS: --keepalive after the longer of the two.
BOUND: Final = 1 + max(1, 3)
#: Time for a process to notice the failed socket, abort, log and exit.
SLACK: Final = 6
#: More than the transfer could ever finish in at 10 Mbit/s while we watch.
SIZE: Final = 10**9


async def test_download_stdio_client_and_forwarding_server(
    lab: Lab, env: dict[str, str], server_key: Path, client_key: Path
) -> None:
    """The server sends (user timeout); ``connect`` on stdio receives."""
    lab.limit_rate(10)
    env = {**env, **python_env()}
    apps = str(HERE / "apps.py")
    async with (
        started(lab.python(lab.server, apps, "backend", "9000", str(SIZE))) as backend,
        started(
            lab.cli(lab.server, "serve", "--listen", f"{SERVER_ADDRESS}:7000",
                    "--key", str(server_key),
                    "--authorized-keys", f"{client_key}.pub",
                    "--forward", "127.0.0.1:9000", *OPTIONS),
            env=env,
        ) as server,
    ):  # fmt: skip
        assert await backend.line() == "listening"
        await server.wait_for_stderr("listening on")
        async with started(
            lab.cli(lab.client, "connect", f"{SERVER_ADDRESS}:7000",
                    "--key", str(client_key), "--trust", f"{server_key}.pub",
                    *OPTIONS),
            env=env,
        ) as client:  # fmt: skip
            stdout = client.process.stdout
            assert stdout is not None
            received = 0
            with trio.fail_after(30):
                while received < 1 << 20:
                    chunk = await stdout.receive_some()
                    assert chunk, client.stderr
                    received += len(chunk)
            lab.set_link(False)
            down = trio.current_time()

            async def drain() -> None:
                while await stdout.receive_some():
                    pass

            async with trio.open_nursery() as nursery:
                nursery.start_soon(drain)
                status = await client.wait(BOUND + SLACK)
            client_ended = trio.current_time() - down
            report = json.loads(await backend.line(limit=BOUND + SLACK))
            server_ended = trio.current_time() - down
        # While the server still runs: it aborts its service first and
        # closes the channel (up to a second) before it logs the connection,
        # and leaving this block kills it.
        await server.wait_for_stderr(r"(?i)(reset|fail|timed out)", limit=SLACK)
    # The client exits non-zero and says the connection failed.
    assert status != 0
    assert b"error" in client.stderr, client.stderr
    # The server's service sees a reset, not a clean end of its data.
    assert report["end"] == "reset" or report["send_end"] == "reset", report
    # Both within the documented bound (and slack for the processes).
    assert client_ended < BOUND + SLACK
    assert server_ended < BOUND + SLACK


async def test_upload_tunnel_client_and_inetd_server(
    lab: Lab, env: dict[str, str], server_key: Path, client_key: Path
) -> None:
    """``connect --listen`` sends (user timeout); ``serve --stdio`` receives."""
    lab.limit_rate(10)
    env = {**env, **python_env()}
    apps = str(HERE / "apps.py")
    serve_stdio = lab.cli(
        lab.server, "serve", "--stdio", "--key", str(server_key),
        "--authorized-keys", f"{client_key}.pub",
        "--forward", "127.0.0.1:9000", *OPTIONS,
    )[4:]  # fmt: skip
    async with (
        started(lab.python(lab.server, apps, "backend", "9000", str(SIZE),
                           "--quiet", "--progress")) as backend,
        started(lab.python(lab.server, apps, "inetd", SERVER_ADDRESS, "7000",
                           *serve_stdio), env=env) as inetd,
        started(
            lab.cli(lab.client, "connect", f"{SERVER_ADDRESS}:7000",
                    "--key", str(client_key), "--trust", f"{server_key}.pub",
                    "--listen", "127.0.0.1:8000", *OPTIONS),
            env=env,
        ) as client,
    ):  # fmt: skip
        assert await backend.line() == "listening"
        assert await inetd.line() == "listening"
        await client.wait_for_stderr("listening on")
        async with started(
            lab.python(lab.client, apps, "app", "8000", str(SIZE)),
            stdin=subprocess.DEVNULL,
        ) as app:
            assert await backend.line(limit=30) == "progress"
            lab.set_link(False)
            down = trio.current_time()
            at_app = json.loads(await app.line(limit=BOUND + SLACK))
            app_ended = trio.current_time() - down
            served = json.loads(await inetd.line(limit=BOUND + SLACK))
            server_ended = trio.current_time() - down
        at_backend = json.loads(await backend.line(limit=SLACK))
        # connect --listen logged the connection's failure and goes on.
        await client.wait_for_stderr(r"(?i)(reset|fail|timed out)", limit=SLACK)
        assert client.process.returncode is None
    # The local application's connection is reset, not ended cleanly.
    assert "reset" in (at_app["end"], at_app["send_end"]), at_app
    # serve --stdio exits non-zero; its service sees a reset.
    assert served["status"] != 0
    assert at_backend["end"] == "reset", at_backend
    assert app_ended < BOUND + SLACK
    assert server_ended < BOUND + SLACK
