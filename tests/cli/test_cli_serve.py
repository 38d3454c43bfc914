"""A listening ``serve`` as operators run it: signals, limits, reloads, addresses.

Every test runs the real command in a child process on loopback.  The
clients are either the real ``connect`` command or the library's own client
(:func:`trio_ossuary.open_ossuary_over_tcp_stream`) where the test must keep
a channel open and use it again later.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import trio
from cli_helpers import (
    make_key,
    read_text,
    run_cli,
    running_cli,
    serving,
)

from trio_ossuary import (
    OssuaryStream,
    PublicKey,
    SecretKey,
    open_ossuary_over_tcp_stream,
)
from trio_ossuary.keyfiles import (
    load_public_key,
)

BRIDGE = Path(__file__).with_name("unix_bridge.py")


def _ipv6_loopback() -> bool:
    """Whether this machine can listen on ::1 (the CI machine can)."""
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
    except OSError:
        return False
    return True


async def _client(
    port: int, server: PublicKey, key: SecretKey | None = None, host: str = "127.0.0.1"
) -> OssuaryStream[trio.SocketStream]:
    stream = await open_ossuary_over_tcp_stream(
        host, port, secret_key=key, authorized_keys=[server]
    )
    await stream.do_handshake()
    return stream


async def _echoes(stream: trio.abc.Stream, data: bytes) -> bool:
    await stream.send_all(data)
    received = b""
    while len(received) < len(data):
        chunk = await stream.receive_some()
        if not chunk:
            return False
        received += chunk
    return received == data


# ---------------------------------------------------------------------------
# SIGTERM and SIGINT: a graceful shutdown


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_shutdown_cuts_an_idle_stdio_client_when_the_grace_period_ends(
    env: dict[str, str], server_key: Path, signum: int
) -> None:
    # An idle connection is not special: the client cannot tell "the answer
    # is complete" from "the server went away", so it is told the latter.
    async with (
        serving("-v", "--key", str(server_key), "--echo", "--grace", "0", env=env) as (
            server,
            port,
        ),
        running_cli(
            "-v",
            "connect",
            f"127.0.0.1:{port}",
            "--trust",
            f"{server_key}.pub",
            env=env,
            stdin=subprocess.PIPE,
        ) as client,
    ):
        await client.wait_for("connected to")
        # The client is done with the handshake before the server is (it
        # sends the last message): a signal in between would cut the
        # server's handshake, not an idle channel.
        await server.wait_for(r": connected \(anonymous\)")
        assert await server.stop(signum) == 128 + signum
        assert await client.wait() == 1
    assert "grace period over: cutting 1 connection(s)" in server.stderr
    errors = [line for line in client.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1, client.stderr
    assert "ended the connection with a failure" in errors[0]
    for output in (client.stderr, server.stderr):
        assert "Traceback" not in output


async def test_grace_period_running_out_exits_143(
    env: dict[str, str], server_key: Path
) -> None:
    key = load_public_key(f"{server_key}.pub")
    async with serving("--key", str(server_key), "--echo", "--grace", "0", env=env) as (
        server,
        port,
    ):
        stream = await _client(port, key)
        assert await _echoes(stream, b"x")
        assert await server.stop(signal.SIGTERM) == 143
        with pytest.raises(trio.BrokenResourceError):
            await stream.receive_some()
        await stream.aclose()
    assert "grace period over: cutting 1 connection(s)" in server.stderr


async def test_listening_socket_is_closed_at_once_on_sigterm(
    env: dict[str, str], server_key: Path
) -> None:
    key = load_public_key(f"{server_key}.pub")
    async with serving(
        "--key", str(server_key), "--echo", "--grace", "600", env=env
    ) as (server, port):
        # An open connection keeps the server draining ...
        stream = await _client(port, key)
        assert await _echoes(stream, b"x")
        server.process.send_signal(signal.SIGTERM)
        await server.wait_for("stopping")
        # ... new connections are no longer accepted ...
        with pytest.raises(OSError, match="all attempts to connect"):
            await trio.open_tcp_stream("127.0.0.1", port)
        # ... the open one is still served, and its end is the client's.
        assert await _echoes(stream, b"still served")
        await stream.aclose()
        assert await server.wait() == 0
    assert "closed by the client" in server.stderr


# ---------------------------------------------------------------------------
# SIGHUP: reload the keys without dropping channels


async def test_sighup_reloads_authorized_keys_and_keeps_channels(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    server_pub = load_public_key(f"{server_key}.pub")
    first = make_key(tmp_path / "first.key", "first")
    second = make_key(tmp_path / "second.key", "second")
    authorized = tmp_path / "authorized_keys"
    authorized.write_text(read_text(tmp_path / "first.key.pub"))
    async with serving(
        "--key",
        str(server_key),
        "--authorized-keys",
        str(authorized),
        "--echo",
        env=env,
    ) as (server, port):
        old = await _client(port, server_pub, first)
        assert await _echoes(old, b"before")
        refused = await run_cli(
            "connect",
            f"127.0.0.1:{port}",
            "--trust",
            f"{server_key}.pub",
            "--key",
            str(tmp_path / "second.key"),
            stdin=b"hi\n",
            env=env,
        )
        assert refused.returncode == 1

        # Authorize the second key; HUP; it gets in, the old channel goes on.
        authorized.write_text(
            read_text(tmp_path / "first.key.pub")
            + read_text(tmp_path / "second.key.pub")
        )
        server.process.send_signal(signal.SIGHUP)
        await server.wait_for(r"reloaded: 2 authorized key\(s\)")
        admitted = await run_cli(
            "connect",
            f"127.0.0.1:{port}",
            "--trust",
            f"{server_key}.pub",
            "--key",
            str(tmp_path / "second.key"),
            stdin=b"hi\n",
            answer=b"hi\n",
            env=env,
        )
        assert admitted.returncode == 0, admitted.stderr
        assert admitted.stdout == b"hi\n"
        assert await _echoes(old, b"after the reload")

        # A broken file: the reload fails, says why, and changes nothing.
        authorized.write_text("ssh-ed25519 not-base64!! broken\n")
        server.process.send_signal(signal.SIGHUP)
        line = await server.wait_for(r"reload failed, keeping the previous keys: .*")
        assert "line 1" in line[0], line[0]
        assert await _echoes(old, b"after the failed reload")
        again = await _client(port, server_pub, second)
        assert await _echoes(again, b"second key still in")
        await again.aclose()
        also = await _client(port, server_pub, first)
        await also.aclose()
        await old.aclose()
        assert await server.stop(signal.SIGTERM) == 0


async def test_sighup_reloads_a_changed_server_key(
    env: dict[str, str], tmp_path: Path
) -> None:
    key_file = tmp_path / "server.key"
    old_key = make_key(key_file, "old")
    async with serving("--key", str(key_file), "--echo", env=env) as (server, port):
        old = await _client(port, old_key.public_key)
        new_key = make_key(tmp_path / "new.key", "new")
        os.replace(tmp_path / "new.key", key_file)
        server.process.send_signal(signal.SIGHUP)
        await server.wait_for(
            re.escape(f"reloaded: server key {new_key.public_key.fingerprint()}")
        )
        fresh = await _client(port, new_key.public_key)
        assert await _echoes(fresh, b"new key")
        assert await _echoes(old, b"old channel, old key")
        for stream in (fresh, old):
            await stream.aclose()

        # A key file that cannot be read: the new key stays in use.
        key_file.write_text("not a key\n")
        server.process.send_signal(signal.SIGHUP)
        await server.wait_for("reload failed, keeping the previous keys")
        again = await _client(port, new_key.public_key)
        await again.aclose()


# ---------------------------------------------------------------------------
# --max-connections


async def test_max_connections_refuses_at_once_and_logs(
    env: dict[str, str], server_key: Path
) -> None:
    key = load_public_key(f"{server_key}.pub")
    async with serving(
        "-v", "--key", str(server_key), "--echo", "--max-connections", "2", env=env
    ) as (server, port):
        held = [await _client(port, key), await _client(port, key)]
        result = await run_cli(
            "connect", f"127.0.0.1:{port}", "--trust", f"{server_key}.pub", env=env
        )
        result.assert_one_line_error("reset")
        await server.wait_for(r"refused: 2 connections open \(--max-connections\)")
        # Once one closes, there is room again.
        await held.pop().aclose()
        await server.wait_for(r": closed")
        extra = await _client(port, key)
        assert await _echoes(extra, b"room again")
        for stream in (*held, extra):
            await stream.aclose()


# ---------------------------------------------------------------------------
# Addresses: every family on one port, and Unix sockets


@pytest.mark.parametrize("form", ["{port}", ":{port}"])
async def test_bare_port_listens_on_every_family_on_one_port(
    env: dict[str, str], server_key: Path, form: str
) -> None:
    key = load_public_key(f"{server_key}.pub")
    async with running_cli(
        "serve",
        "--key",
        str(server_key),
        "--listen",
        form.format(port=0),
        "--echo",
        env=env,
    ) as server:
        port = int((await server.wait_for(r"listening on 0\.0\.0\.0:(\d+)"))[1])
        hosts = ["127.0.0.1"]
        if _ipv6_loopback():
            await server.wait_for(rf"listening on \[::\]:{port}\b")
            hosts.append("::1")
        for host in hosts:
            stream = await _client(port, key, host=host)
            assert await _echoes(stream, host.encode())
            await stream.aclose()


async def test_connect_listen_port_alone_is_loopback_in_every_family(
    env: dict[str, str], server_key: Path
) -> None:
    async with (
        serving("--key", str(server_key), "--echo", env=env) as (_, port),
        running_cli(
            "connect",
            f"127.0.0.1:{port}",
            "--trust",
            f"{server_key}.pub",
            "--listen",
            "0",
            env=env,
        ) as client,
    ):
        local = int((await client.wait_for(r"listening on 127\.0\.0\.1:(\d+)"))[1])
        hosts = ["127.0.0.1"]
        if _ipv6_loopback():
            await client.wait_for(rf"listening on \[::1\]:{local},")
            hosts.append("::1")
        assert "0.0.0.0" not in client.stderr
        for host in hosts:
            stream = await trio.open_tcp_stream(host, local)
            async with stream:
                assert await _echoes(stream, host.encode())


async def test_no_ipv6_degrades_to_ipv4_without_error(
    env: dict[str, str], server_key: Path
) -> None:
    # A machine whose kernel has no IPv6: creating an AF_INET6 socket fails.
    script = (
        "import errno, socket, sys\n"
        "class NoV6(socket.socket):\n"
        "    def __init__(self, family=-1, *args, **kwargs):\n"
        "        if family == socket.AF_INET6:\n"
        "            raise OSError(errno.EAFNOSUPPORT, 'no IPv6')\n"
        "        super().__init__(family, *args, **kwargs)\n"
        "socket.socket = NoV6\n"
        "from trio_ossuary._cli.main import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    key = load_public_key(f"{server_key}.pub")
    process = await trio.lowlevel.open_process(
        [
            sys.executable,
            "-c",
            script,
            "serve",
            "--key",
            str(server_key),
            "--listen",
            "0",
            "--echo",
        ],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )
    assert process.stderr is not None
    output = b""
    try:
        with trio.fail_after(15):
            while b"listening on" not in output:
                output += await process.stderr.receive_some()
        port = int(output.split(b"listening on 0.0.0.0:")[1].split()[0])
        stream = await _client(port, key)
        assert await _echoes(stream, b"v4 only")
        await stream.aclose()
        process.send_signal(signal.SIGTERM)
        with trio.fail_after(15):
            while chunk := await process.stderr.receive_some():
                output += chunk
            assert await process.wait() == 0
    finally:
        with trio.CancelScope(shield=True):
            if process.returncode is None:
                process.kill()
            await process.wait()
            await process.stderr.aclose()
    text = output.decode()
    assert "[::]" not in text
    assert "error" not in text
    assert "warning" not in text


async def _unix_echo_backend(
    path: Path, *, task_status: trio.TaskStatus[None] = trio.TASK_STATUS_IGNORED
) -> None:
    sock = trio.socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    await sock.bind(str(path))
    sock.listen()

    async def echo(stream: trio.SocketStream) -> None:
        async with stream:
            while data := await stream.receive_some():
                await stream.send_all(data)

    await trio.serve_listeners(
        echo, [trio.SocketListener(sock)], task_status=task_status
    )


async def test_unix_sockets_on_both_sides(
    env: dict[str, str], server_key: Path, tmp_path: Path, nursery: trio.Nursery
) -> None:
    backend = tmp_path / "backend.sock"
    server_path = tmp_path / "server.sock"
    client_path = tmp_path / "client.sock"
    await nursery.start(_unix_echo_backend, backend)
    async with running_cli(
        "serve",
        "--key",
        str(server_key),
        "--listen",
        f"unix:{server_path}",
        "--forward",
        f"unix:{backend}",
        "--allow-anonymous",
        env=env,
    ) as server:
        await server.wait_for(f"listening on unix:{server_path}")
        async with running_cli(
            "connect",
            "ossuary.invalid:1",
            "--trust",
            f"{server_key}.pub",
            "--proxy-command",
            f"{sys.executable} {BRIDGE} {server_path}",
            "--listen",
            f"unix:{client_path}",
            env=env,
        ) as client:
            await client.wait_for(f"listening on unix:{client_path}")
            # Only the owner may connect: 0600 on both socket files.
            for path in (server_path, client_path):
                mode = os.stat(path).st_mode
                assert stat.S_ISSOCK(mode)
                assert stat.S_IMODE(mode) == 0o600, oct(mode)
            local = await trio.open_unix_socket(str(client_path))
            payload = os.urandom(200_000)
            async with local:
                await local.send_all(payload)
                received = b""
                while len(received) < len(payload):
                    received += await local.receive_some()
            assert received == payload
            # No connection open: a graceful stop with nothing to cut.
            assert await client.stop(signal.SIGTERM) == 0
        assert await server.stop(signal.SIGTERM) == 0
    # Both socket files are removed on exit.
    assert not server_path.exists()
    assert not client_path.exists()


async def test_unix_socket_path_already_there(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    path = tmp_path / "s.sock"
    args = ("serve", "--key", str(server_key), "--listen", f"unix:{path}", "--echo")

    # Left behind by a server that was killed: replaced.
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))
    stale.close()
    async with running_cli(*args, env=env) as server:
        await server.wait_for("listening on unix:")
        # A live one is in use: a second server refuses to take it.
        result = await run_cli(*args, env=env)
        result.assert_one_line_error(f"cannot listen on unix:{path}", "in use")
        assert path.exists()
    assert not path.exists()

    # Something that is not a socket is never replaced.
    path.write_text("precious\n")
    result = await run_cli(*args, env=env)
    result.assert_one_line_error("not a socket")
    assert path.read_text() == "precious\n"


# ---------------------------------------------------------------------------
# --workers


async def test_workers_share_the_port_and_get_every_signal(
    env: dict[str, str], server_key: Path
) -> None:
    key = load_public_key(f"{server_key}.pub")
    # Each connection's command tells which worker runs it: its parent.
    async with serving(
        "--key",
        str(server_key),
        "--workers",
        "2",
        "--exec",
        "echo $PPID; exec cat",
        "--allow-anonymous",
        env=env,
    ) as (server, port):
        started = await server.wait_for(r"started 2 workers \(pids (\d+), (\d+)\)")
        workers = {int(started[1]), int(started[2])}
        held: dict[int, OssuaryStream[trio.SocketStream]] = {}
        extra = []
        # The kernel spreads connections over the workers: keep connecting
        # until both have one (a hang guard bounds it, never a timer).
        for _ in range(60):
            stream = await _client(port, key)
            line = b""
            while not line.endswith(b"\n"):
                line += await stream.receive_some()
            pid = int(line)
            assert pid in workers
            if pid in held:
                extra.append(stream)
            else:
                held[pid] = stream
            if len(held) == 2:
                break
        assert set(held) == workers
        for stream in extra:
            await stream.aclose()

        # SIGHUP reaches every worker.
        server.process.send_signal(signal.SIGHUP)
        for pid in workers:
            await server.wait_for(f"worker {pid}: reloaded")

        # SIGTERM too: each worker waits for its connection to end by
        # itself (the client closes it), then exits 0.
        server.process.send_signal(signal.SIGTERM)
        for pid in workers:
            await server.wait_for(f"worker {pid}: stopping: waiting up to")
        for stream in held.values():
            assert await _echoes(stream, b"still served")
            await stream.aclose()
        assert await server.wait() == 0
    for pid in workers:
        assert _gone(pid)


def _gone(pid: int) -> bool:
    # Exited: no such process, or a zombie not yet reaped by init.
    try:
        with open(f"/proc/{pid}/stat") as stat_file:
            return stat_file.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


async def test_a_worker_crash_is_logged_and_the_others_serve(
    env: dict[str, str], server_key: Path
) -> None:
    key = load_public_key(f"{server_key}.pub")
    async with serving(
        "--key", str(server_key), "--workers", "2", "--echo", env=env
    ) as (server, port):
        started = await server.wait_for(r"started 2 workers \(pids (\d+), (\d+)\)")
        os.kill(int(started[1]), signal.SIGKILL)
        await server.wait_for(f"worker {started[1]} was killed by SIGKILL")
        for _ in range(4):
            stream = await _client(port, key)
            assert await _echoes(stream, b"still served")
            await stream.aclose()
        assert server.process.returncode is None
        assert await server.stop(signal.SIGTERM) == 0


# ---------------------------------------------------------------------------
# serve --help on half-closed connections


async def test_help_half_close_example_works_and_sort_does_not(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    text = (await run_cli("serve", "--help", env=env)).text
    assert "half-close" in text
    command = re.search(r"--exec '(.*)'\n", text)
    assert command is not None, text
    client = tmp_path / "client.key"
    make_key(client)
    served = ("--key", str(server_key), "--authorized-keys", f"{client}.pub")
    for exec_command, expected in ((command[1], b"> a\n> b\n"), ("sort", b"")):
        async with serving(*served, "--exec", exec_command, env=env) as (_, port):
            result = await run_cli(
                "connect",
                f"127.0.0.1:{port}",
                "--trust",
                f"{server_key}.pub",
                "--key",
                str(client),
                stdin=b"a\nb\n",
                answer=expected,
                env=env,
            )
        assert result.returncode == 0, result.stderr
        assert result.stdout == expected
