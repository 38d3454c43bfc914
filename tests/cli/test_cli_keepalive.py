"""Every TCP socket ``serve`` and ``connect`` open or accept has keep-alives set
(and ``TCP_NODELAY``: a tunnel must not hold back a small write).

The sockets are read from the running processes themselves: each TCP
socket of the process is duplicated into the test with ``pidfd_getfd``
(Linux 5.6; allowed for a child of the test) and its options read with
``getsockopt``.  ``docs/cli.rst`` (*Dead links*) says what the options do;
``tests/network/test_dead_link.py`` shows them ending connections on a dead
link.
"""

from __future__ import annotations

import ctypes
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Final

import pytest
import trio
from cli_helpers import CLI, running_cli, serving, tcp_echo_server

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="TCP_USER_TIMEOUT and pidfd_getfd are Linux's"
)

_SYS_PIDFD_GETFD: Final = 438  # the same number on every Linux architecture


def _tcp_socket_options(pid: int) -> dict[tuple[int, int], dict[str, int]]:
    """The keep-alive options of each connected TCP socket of process ``pid``.

    Keyed by (local port, peer port).
    """
    libc = ctypes.CDLL(None, use_errno=True)
    found: dict[tuple[int, int], dict[str, int]] = {}
    pidfd = os.pidfd_open(pid)
    try:
        for name in os.listdir(f"/proc/{pid}/fd"):
            try:
                if not os.readlink(f"/proc/{pid}/fd/{name}").startswith("socket:"):
                    continue
            except FileNotFoundError:
                continue
            fd = libc.syscall(_SYS_PIDFD_GETFD, pidfd, int(name), 0)
            if fd < 0:
                error = ctypes.get_errno()
                raise OSError(error, f"pidfd_getfd: {os.strerror(error)}")
            with socket.socket(fileno=fd) as sock:
                if sock.family not in (socket.AF_INET, socket.AF_INET6):
                    continue
                try:
                    peer = sock.getpeername()[1]
                except OSError:
                    continue  # a listening socket
                tcp, sol = socket.IPPROTO_TCP, socket.SOL_SOCKET
                found[(sock.getsockname()[1], peer)] = {
                    "keepalive": sock.getsockopt(sol, socket.SO_KEEPALIVE),
                    "idle": sock.getsockopt(tcp, socket.TCP_KEEPIDLE),
                    "interval": sock.getsockopt(tcp, socket.TCP_KEEPINTVL),
                    "probes": sock.getsockopt(tcp, socket.TCP_KEEPCNT),
                    "user_timeout": sock.getsockopt(tcp, socket.TCP_USER_TIMEOUT),
                    "nodelay": sock.getsockopt(tcp, socket.TCP_NODELAY),
                }
    finally:
        os.close(pidfd)
    return found


def _expected(options: tuple[str, ...]) -> dict[str, int]:
    if options == ():  # the defaults
        return {"keepalive": 1, "idle": 30, "interval": 30, "probes": 4,
                "user_timeout": 120_000, "nodelay": 1}  # fmt: skip
    if options == ("--keepalive", "7", "--user-timeout", "11.5"):
        return {"keepalive": 1, "idle": 7, "interval": 7, "probes": 4,
                "user_timeout": 11_500, "nodelay": 1}  # fmt: skip
    assert options == ("--keepalive", "0", "--user-timeout", "0")
    # Each write goes out at once whatever the keep-alive settings.
    return {"keepalive": 0, "user_timeout": 0, "nodelay": 1}


def _only(options: dict[str, int], expected: dict[str, int]) -> dict[str, int]:
    return {name: options[name] for name in expected}


@pytest.mark.parametrize(
    "options",
    [
        (),
        ("--keepalive", "7", "--user-timeout", "11.5"),
        ("--keepalive", "0", "--user-timeout", "0"),
    ],
    ids=["defaults", "set", "off"],
)
async def test_every_tcp_socket_of_serve_and_connect_has_the_options(
    env: dict[str, str],
    server_key: Path,
    nursery: trio.Nursery,
    options: tuple[str, ...],
) -> None:
    expected = _expected(options)
    echo_port = await nursery.start(tcp_echo_server)
    async with (
        serving("--key", str(server_key), "--allow-anonymous",
                "--forward", f"127.0.0.1:{echo_port}", *options,
                env=env) as (server, server_port),
        running_cli("connect", f"127.0.0.1:{server_port}",
                    "--trust", f"{server_key}.pub",
                    "--listen", "127.0.0.1:0", *options, env=env) as client,
    ):  # fmt: skip
        tunnel_port = await client.port()
        # One connection through the whole tunnel, held open.
        app = await trio.open_tcp_stream("127.0.0.1", tunnel_port)
        async with app:
            await app.send_all(b"ping")
            assert await app.receive_some(4) == b"ping"
            app_port = app.socket.getsockname()[1]

            # connect --listen: the local connection it accepted, and its
            # connection to the server.
            at_client = _tcp_socket_options(client.process.pid)
            accepted = at_client.pop((tunnel_port, app_port))
            assert _only(accepted, expected) == expected
            [(ours, dialled)] = [
                (local, v) for (local, peer), v in at_client.items()
                if peer == server_port
            ]  # fmt: skip
            assert _only(dialled, expected) == expected

            # serve: the connection it accepted, and --forward's connection.
            at_server = _tcp_socket_options(server.process.pid)
            assert _only(at_server.pop((server_port, ours)), expected) == expected
            [forwarded] = [v for (_, peer), v in at_server.items() if peer == echo_port]
            assert _only(forwarded, expected) == expected

        # connect on stdio: its connection to the server.
        process = await trio.lowlevel.open_process(
            [*CLI, "connect", f"127.0.0.1:{server_port}",
             "--trust", f"{server_key}.pub", *options],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env=env, start_new_session=True,
        )  # fmt: skip
        assert process.stdin is not None
        assert process.stdout is not None
        try:
            with trio.fail_after(15):
                await process.stdin.send_all(b"ping\n")
                assert await process.stdout.receive_some(5) == b"ping\n"
            [stdio] = [
                v for (_, peer), v in _tcp_socket_options(process.pid).items()
                if peer == server_port
            ]  # fmt: skip
            assert _only(stdio, expected) == expected
        finally:
            with trio.CancelScope(shield=True):
                process.kill()
                await process.wait()
                await process.stdin.aclose()
                await process.stdout.aclose()
