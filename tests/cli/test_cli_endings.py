"""How a connection ends, on both ends, with real processes.

The rule (docs/cli.rst, "How a connection ends"): a plaintext side gets a
clean end of stream only when the other plaintext side ended cleanly; every
other ending (a signal's grace period running out, a second signal, a
failed write, a failed command, a failed channel) aborts the plaintext side
and closes the channel with an error, so the far side aborts too.

Each test holds a transfer mid-way (:class:`cli_helpers.Held`: the service
sends half its answer, then waits for the test), or keeps a connection
idle, or stops in the handshake, and only then causes the ending, sequenced
on log lines and on what the plaintext peers have seen.  The grace periods
are either 0 or far longer than any test, so no outcome depends on timing.
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
import trio
from cli_helpers import (
    CLI as CLI_ARGS,
    Held,
    Running,
    Seen,
    download,
    make_key,
    read_text,
    run_cli,
    running_cli,
    serving,
)

#: Longer than any test runs: a connection only ends by itself.
LONG = "600"


def trust(key: Path) -> tuple[str, str]:
    return ("--trust", f"{key}.pub")


def status_for(signum: int) -> int:
    return 128 + signum


@asynccontextmanager
async def held_tunnel(
    nursery: trio.Nursery,
    env: dict[str, str],
    server_key: Path,
    held: Held,
    *,
    serve_options: tuple[str, ...] = (),
    listen: str = "127.0.0.1:0",
    connect_options: tuple[str, ...] = (),
) -> AsyncIterator[tuple[Running, Running, int]]:
    """``held`` behind ``serve --forward``, with ``connect --listen`` in front.

    Yields the server, the client (both running) and the server's port; the
    options go after each command's own arguments.
    """
    backend = await nursery.start(held.serve)
    forward = ("--allow-anonymous", "--forward", f"127.0.0.1:{backend}")
    async with (
        serving("--key", str(server_key), *forward, *serve_options, env=env) as (
            server,
            port,
        ),
        running_cli(
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            "--listen",
            listen,
            *connect_options,
            env=env,
        ) as client,
    ):
        yield server, client, port


async def listening_address(client: Running, listen: str) -> int | str:
    """Where ``connect --listen LISTEN`` accepts: its TCP port, or the path."""
    if listen.startswith("unix:"):
        await client.wait_for("listening on unix:")
        return listen.removeprefix("unix:")
    return await client.port()


# ---------------------------------------------------------------------------
# serve: a graceful stop lets connections end, then cuts them


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_serve_stop_lets_a_transfer_finish(
    env: dict[str, str], server_key: Path, nursery: trio.Nursery, signum: int
) -> None:
    held = Held()
    async with held_tunnel(
        nursery, env, server_key, held, serve_options=("--grace", LONG)
    ) as (server, client, port):
        app = Seen()
        nursery.start_soon(download, await client.port(), app)
        with trio.fail_after(20):
            await app.some.wait()  # mid-transfer
        server.process.send_signal(signum)
        await server.wait_for("stopping: waiting up to 600 s for 1 open connection")
        # Stopping: no new connection is accepted ...
        with pytest.raises(OSError, match="all attempts to connect"):
            await trio.open_tcp_stream("127.0.0.1", port)
        # ... but the open one runs to its own end.
        held.release.set()
        assert await app.wait_done() == "eof"
        assert app.received == len(held.first) + len(held.rest)
        assert await server.wait() == 0
        assert await held.wait_done() == "eof"
    assert "closed: the service ended" in server.stderr
    assert "cut" not in server.stderr


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
@pytest.mark.parametrize("moment", ["mid-transfer", "idle"])
async def test_serve_grace_running_out_aborts_both_plaintext_sides(
    env: dict[str, str],
    server_key: Path,
    nursery: trio.Nursery,
    signum: int,
    moment: str,
) -> None:
    held = Held(first=b"" if moment == "idle" else Held().first)
    async with held_tunnel(
        nursery, env, server_key, held, serve_options=("--grace", "0")
    ) as (server, client, _):
        app = Seen()
        nursery.start_soon(download, await client.port(), app)
        with trio.fail_after(20):
            if moment == "idle":
                await held.connected.wait()
            else:
                await app.some.wait()
        server.process.send_signal(signum)
        assert await server.wait() == status_for(signum)
        # Both applications learn that it was cut, not complete.
        assert await app.wait_done() == "reset"
        assert await held.wait_done() == "reset"
        line = await client.wait_for(r"\(for [^)]*\) \S+: (\w+): (.*)")
        assert line[1] == "reset"
    name = signal.Signals(signum).name
    assert "grace period over: cutting 1 connection(s)" in server.stderr
    assert (
        f"cut: the server was stopped ({name}) and its 0 s grace period ran out"
        in server.stderr
    )


async def test_serve_second_signal_cuts_the_grace_period_short(
    env: dict[str, str], server_key: Path, nursery: trio.Nursery
) -> None:
    held = Held()
    async with held_tunnel(
        nursery, env, server_key, held, serve_options=("--grace", LONG)
    ) as (server, client, _):
        app = Seen()
        nursery.start_soon(download, await client.port(), app)
        with trio.fail_after(20):
            await app.some.wait()
        server.process.send_signal(signal.SIGTERM)
        await server.wait_for("stopping: waiting up to")
        server.process.send_signal(signal.SIGINT)
        assert await server.wait() == status_for(signal.SIGINT)
        assert await app.wait_done() == "reset"
        assert await held.wait_done() == "reset"
    assert "second signal: cutting 1 connection(s) now" in server.stderr
    assert "then told to stop at once (SIGINT)" in server.stderr


async def test_serve_stop_during_a_handshake_cuts_it(
    env: dict[str, str], server_key: Path
) -> None:
    args = ("--key", str(server_key), "--echo", "--grace", "0")
    async with serving(*args, "--max-connections", "1", env=env) as (server, port):
        # A client that connects and never says a word: its handshake is
        # open when the signal comes.  A second connection, refused for the
        # limit, shows that the server holds the first one.
        silent = await trio.open_tcp_stream("127.0.0.1", port)
        async with silent:
            try:
                second = await trio.open_tcp_stream("127.0.0.1", port)
            except OSError:
                pass  # the refusal's reset came before trio saw the connect
            else:
                await second.aclose()
            await server.wait_for("refused: 1 connections open")
            server.process.send_signal(signal.SIGTERM)
            assert await server.wait() == status_for(signal.SIGTERM)
    assert (
        "(no key proven): cut: the server was stopped (SIGTERM) and its 0 s grace "
        "period ran out (during the handshake)" in server.stderr
    )


# ---------------------------------------------------------------------------
# connect --listen: the same stop, on the client's end


@pytest.mark.parametrize("family", ["tcp", "unix"])
async def test_connect_listen_stop_lets_a_transfer_finish(
    env: dict[str, str],
    server_key: Path,
    nursery: trio.Nursery,
    tmp_path: Path,
    family: str,
) -> None:
    held = Held()
    path = str(tmp_path / "tunnel.sock")
    listen = "127.0.0.1:0" if family == "tcp" else f"unix:{path}"
    async with held_tunnel(
        nursery,
        env,
        server_key,
        held,
        listen=listen,
        connect_options=("--grace", LONG),
    ) as (server, client, _):
        where = await listening_address(client, listen)
        app = Seen()
        nursery.start_soon(download, where, app)
        with trio.fail_after(20):
            await app.some.wait()
        client.process.send_signal(signal.SIGTERM)
        await client.wait_for("stopping: waiting up to 600 s for 1 open connection")
        held.release.set()
        assert await app.wait_done() == "eof"
        assert app.received == len(held.first) + len(held.rest)
        assert await client.wait() == 0
        assert await held.wait_done() == "eof"
        await server.wait_for(r"closed: the service ended")
    assert "cut" not in client.stderr


@pytest.mark.parametrize("family", ["tcp", "unix"])
async def test_connect_listen_grace_running_out_aborts_both_sides(
    env: dict[str, str],
    server_key: Path,
    nursery: trio.Nursery,
    tmp_path: Path,
    family: str,
) -> None:
    held = Held()
    path = str(tmp_path / "tunnel.sock")
    listen = "127.0.0.1:0" if family == "tcp" else f"unix:{path}"
    async with held_tunnel(
        nursery,
        env,
        server_key,
        held,
        listen=listen,
        connect_options=("--grace", "0"),
    ) as (server, client, _):
        where = await listening_address(client, listen)
        app = Seen()
        nursery.start_soon(download, where, app)
        with trio.fail_after(20):
            await app.some.wait()
        client.process.send_signal(signal.SIGTERM)
        assert await client.wait() == status_for(signal.SIGTERM)
        # The service on the far end is aborted: the channel closed with an
        # error, so the server reset it.
        assert await held.wait_done() == "reset"
        line = await server.wait_for(r"anonymous: (\w+): (.*)")
        assert line[1] == "reset"
        if family == "tcp":
            assert await app.wait_done() == "reset"
        else:
            # A Unix socket has no reset (docs/cli.rst says so): what the
            # application holds is a truncated transfer, and the tunnel's
            # log line and exit status are what tell.
            await app.wait_done()
            assert app.received < len(held.first) + len(held.rest)
    assert "cut: connect was stopped (SIGTERM) and its 0 s grace period ran out" in (
        client.stderr
    )


# ---------------------------------------------------------------------------
# serve --exec: the command's exit status


@pytest.mark.parametrize(
    ("command", "client_status", "server_words"),
    [
        ("printf 'a\\n'; exit 0", 0, "closed: the command ended"),
        ("printf 'a\\n'; exit 3", 1, "reset: the command failed: exit status 3"),
        (
            "printf 'a\\n'; kill -KILL $$",
            1,
            "reset: the command failed: killed by SIGKILL",
        ),
    ],
)
async def test_exec_exit_status_decides_how_the_channel_ends(
    env: dict[str, str],
    server_key: Path,
    command: str,
    client_status: int,
    server_words: str,
) -> None:
    exec_ = ("--allow-anonymous", "--exec", command)
    async with serving("--key", str(server_key), *exec_, env=env) as (server, _port):
        result = await run_cli(
            "connect",
            f"127.0.0.1:{_port}",
            *trust(server_key),
            "--linger",
            "inf",
            env=env,
        )
        await server.wait_for(r"anonymous: (closed|reset)")
    assert result.stdout == b"a\n"
    assert result.returncode == client_status, result.stderr
    assert server_words in server.stderr
    if client_status:
        result.assert_one_line_error("its service failed")


# ---------------------------------------------------------------------------
# connect on stdio: writing what it received


async def _connect_writing_to(
    fd: int, port: int, server_key: Path, env: dict[str, str]
) -> tuple[int, str]:
    with trio.fail_after(30):
        process = await trio.run_process(
            # --linger inf: it waits for the echo, whose write must fail.
            [
                *CLI_ARGS,
                "connect",
                f"127.0.0.1:{port}",
                *trust(server_key),
                "--linger",
                "inf",
            ],
            stdin=b"hello\n" * 1000,
            stdout=fd,
            capture_stderr=True,
            check=False,
            env=env,
            start_new_session=True,
        )
    return process.returncode, process.stderr.decode()


async def test_connect_stdio_fails_when_stdout_cannot_be_written(
    env: dict[str, str], server_key: Path
) -> None:
    full = os.open("/dev/full", os.O_WRONLY)
    try:
        async with serving("--key", str(server_key), "--echo", env=env) as (
            server,
            port,
        ):
            status, stderr = await _connect_writing_to(full, port, server_key, env)
            # The echo server sees the channel end with an error, not cleanly.
            await server.wait_for(r"anonymous: reset: ")
    finally:
        os.close(full)
    assert status == 1, stderr
    assert "error: cannot write stdout: no space left on device" in stderr


async def test_connect_stdio_reader_leaving_is_no_failure(
    env: dict[str, str], server_key: Path
) -> None:
    # The reader has closed its end, as `| head -c0` does at once.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        async with serving("--key", str(server_key), "--echo", env=env) as (
            server,
            port,
        ):
            status, stderr = await _connect_writing_to(write_end, port, server_key, env)
            # Not all was taken: the server's service is still aborted.
            await server.wait_for(r"anonymous: reset: ")
    finally:
        os.close(write_end)
    assert status == 0, stderr
    assert "error" not in stderr


# ---------------------------------------------------------------------------
# --linger: what a session that stopped waiting proves


async def test_linger_end_is_told_from_the_servers_end(
    env: dict[str, str], server_key: Path
) -> None:
    # The command answers one line, then waits for more input for ever:
    # after the client's input ends, the server says nothing more.
    silent_after_one = "head -n1; cat > /dev/null"
    # This one answers and ends by itself: the end is the server's own.
    ends_itself = "head -n1; echo done"
    exec_ = ("--allow-anonymous", "--exec")
    async with (
        serving("--key", str(server_key), *exec_, silent_after_one, env=env) as (
            _,
            silent_port,
        ),
        serving("--key", str(server_key), *exec_, ends_itself, env=env) as (
            _,
            ending_port,
        ),
    ):
        stopped = await run_cli(
            "connect",
            f"127.0.0.1:{silent_port}",
            *trust(server_key),
            "--linger",
            "0.5",
            stdin=b"x\n",
            env=env,
        )
        waited = await run_cli(
            "connect",
            f"127.0.0.1:{ending_port}",
            *trust(server_key),
            "--linger",
            "inf",
            stdin=b"x\n",
            env=env,
        )
    assert stopped.returncode == 0, stopped.stderr
    # (Normally the whole line; a loaded machine may stop waiting sooner.)
    assert b"x\n".startswith(stopped.stdout)
    assert (
        "closed: stopped waiting, the server was silent for 0.5 s after our input "
        "ended (not proof that the answer was complete)" in stopped.stderr
    )
    assert waited.returncode == 0, waited.stderr
    assert waited.stdout == b"x\ndone\n"
    assert "closed by the server" in waited.stderr


# ---------------------------------------------------------------------------
# Who is named, and who refused whom


async def test_a_refused_client_is_named_by_address_and_the_key_it_proved(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    authorized = tmp_path / "authorized_keys"
    make_key(tmp_path / "someone.key")
    authorized.write_text(read_text(tmp_path / "someone.key.pub"))
    client_key = make_key(tmp_path / "client.key")
    fingerprint = client_key.public_key.fingerprint()
    async with serving(
        "--key",
        str(server_key),
        "--authorized-keys",
        str(authorized),
        "--echo",
        env=env,
    ) as (server, port):
        result = await run_cli(
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            "--key",
            str(tmp_path / "client.key"),
            env=env,
        )
        line = await server.wait_for(r"(127\.0\.0\.1:\d+) (\S+): refused: (.*) after")
    assert line[2] == fingerprint
    assert f"client key {fingerprint} is not authorized" in line[3]
    result.assert_one_line_error(f"the server refused our key {fingerprint}")


async def test_a_client_refusing_our_key_is_not_logged_as_refused(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.key"
    make_key(other)
    async with serving("--key", str(server_key), "--echo", env=env) as (server, port):
        result = await run_cli(
            "connect", f"127.0.0.1:{port}", "--trust", f"{other}.pub", env=env
        )
        line = await server.wait_for(r"(127\.0\.0\.1:\d+) (.*?): (\w+): (.*) after")
    assert result.returncode == 1
    assert line[3] == "failed"
    assert "the client refused our key" in line[4]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
async def test_connect_stdio_signal_aborts_the_far_service(
    env: dict[str, str], server_key: Path, nursery: trio.Nursery, signum: int
) -> None:
    held = Held()
    backend = await nursery.start(held.serve)
    forward = ("--allow-anonymous", "--forward", f"127.0.0.1:{backend}")
    async with (
        serving("--key", str(server_key), *forward, env=env) as (server, port),
        running_cli(
            "-v",
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            env=env,
            stdin=subprocess.PIPE,
        ) as client,
    ):
        with trio.fail_after(20):
            await held.connected.wait()  # mid-transfer: half the answer sent
        await client.wait_for("connected to")
        client.process.send_signal(signum)
        assert await client.wait() == status_for(signum)
        assert await held.wait_done() == "reset"
        line = await server.wait_for(r"anonymous: (\w+): ")
        assert line[1] == "reset"
    assert "Traceback" not in client.stderr


# ---------------------------------------------------------------------------
# More worst moments: workers, a command, a client's handshake


async def test_workers_cut_what_is_open_when_the_grace_period_ends(
    env: dict[str, str], server_key: Path, nursery: trio.Nursery
) -> None:
    held = Held()
    async with held_tunnel(
        nursery, env, server_key, held, serve_options=("--workers", "2", "--grace", "0")
    ) as (server, client, _):
        app = Seen()
        nursery.start_soon(download, await client.port(), app)
        with trio.fail_after(20):
            await app.some.wait()
        # The parent forwards the signal; the worker holding the connection
        # cuts it, and its status becomes the parent's.
        server.process.send_signal(signal.SIGTERM)
        assert await server.wait() == status_for(signal.SIGTERM)
        assert await app.wait_done() == "reset"
        assert await held.wait_done() == "reset"
    assert "grace period over: cutting 1 connection(s)" in server.stderr


async def test_a_cut_kills_an_idle_exec_command(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    # The command would write its marker after its input ends: a command
    # that is killed (its group, SIGKILL) never does.  It says it started
    # first, so that the signal is known to find it running.
    started = tmp_path / "started"
    marker = tmp_path / "marker"
    command = f": > {started}; cat; echo finished > {marker}"
    exec_ = ("--allow-anonymous", "--exec", command, "--grace", "0")
    async with (
        serving("--key", str(server_key), *exec_, env=env) as (server, port),
        running_cli(
            "-v",
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            env=env,
            stdin=subprocess.PIPE,
        ) as client,
    ):
        await client.wait_for("connected to")
        assert client.process.stdin is not None
        await client.process.stdin.send_all(b"ping\n")
        for _ in range(300):  # a hang guard of 15 s
            if started.exists():  # the command runs
                break
            await trio.sleep(0.05)
        assert started.exists()
        server.process.send_signal(signal.SIGTERM)
        assert await server.wait() == status_for(signal.SIGTERM)
        assert await client.wait() == 1
    assert "cut: the server was stopped (SIGTERM)" in server.stderr
    assert not marker.exists()
    errors = [line for line in client.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1, client.stderr


async def _silent_server(
    *, task_status: trio.TaskStatus[int] = trio.TASK_STATUS_IGNORED
) -> None:
    """Accepts TCP connections and never answers: every handshake hangs."""

    async def hold(stream: trio.SocketStream) -> None:
        async with stream:
            while await stream.receive_some():
                pass

    listeners = await trio.open_tcp_listeners(0, host="127.0.0.1")
    async with trio.open_nursery() as nursery:
        await nursery.start(trio.serve_listeners, hold, listeners)
        task_status.started(listeners[0].socket.getsockname()[1])


async def test_connect_listen_stop_during_a_handshake_cuts_it(
    env: dict[str, str], server_key: Path, nursery: trio.Nursery
) -> None:
    silent = await nursery.start(_silent_server)
    async with running_cli(
        "-v",
        "connect",
        f"127.0.0.1:{silent}",
        *trust(server_key),
        "--listen",
        "127.0.0.1:0",
        "--grace",
        "0",
        "--timeout",
        LONG,
        env=env,
    ) as client:
        app = Seen()
        nursery.start_soon(download, await client.port(), app)
        # -v says when the local connection is being tunnelled: the
        # handshake with the (silent) server is under way.
        await client.wait_for("handshake with 127.0.0.1")
        client.process.send_signal(signal.SIGTERM)
        assert await client.wait() == status_for(signal.SIGTERM)
        assert await app.wait_done() == "reset"
    assert "(during the handshake)" in client.stderr


@pytest.mark.parametrize("linger", ["0.5", "inf"])
async def test_a_pause_longer_than_linger_is_told_from_the_servers_end(
    env: dict[str, str], server_key: Path, nursery: trio.Nursery, linger: str
) -> None:
    # Issue #18: a delay alone (one of the server's packets held for 2.5 s,
    # against the default --linger 1) cut a stdio transfer short.  Here the
    # service pauses half-way for as long as the test likes: with a finite
    # --linger the client stops waiting, and says so; with inf it waits,
    # and its clean end is the server's own.
    held = Held()
    backend = await nursery.start(held.serve)
    forward = ("--allow-anonymous", "--forward", f"127.0.0.1:{backend}")
    async with serving("--key", str(server_key), *forward, env=env) as (_, port):
        connect = ("connect", f"127.0.0.1:{port}", *trust(server_key))
        if linger == "inf":
            async with trio.open_nursery() as inner:

                async def release_once_paused() -> None:
                    await held.connected.wait()
                    held.release.set()  # whenever: inf never gives up

                inner.start_soon(release_once_paused)
                result = await run_cli(*connect, "--linger", linger, env=env)
        else:
            result = await run_cli(*connect, "--linger", linger, env=env)
            held.release.set()
    assert result.returncode == 0, result.stderr
    if linger == "inf":
        assert result.stdout == held.first + held.rest
        assert "closed by the server" in result.stderr
    else:
        # Cut short by the pause (at its start, normally; sooner on a
        # loaded machine) ...
        assert held.first.startswith(result.stdout)
        assert "stopped waiting" in result.stderr  # ... and it says so
        assert "not proof that the answer was complete" in result.stderr


async def test_a_command_outliving_the_client_is_ended_and_logged(
    env: dict[str, str], server_key: Path
) -> None:
    # The client ends first (cleanly): the command's stdin is closed, and a
    # command that does not exit is ended; how, the server's line says.
    exec_ = ("--allow-anonymous", "--exec", "exec sleep 600")
    async with serving("--key", str(server_key), *exec_, env=env) as (server, port):
        result = await run_cli(
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            "--linger",
            "0",
            env=env,
        )
        await server.wait_for(r"anonymous: closed")
    assert result.returncode == 0, result.stderr
    assert "closed by the client (the command: killed by SIGTERM)" in server.stderr


async def test_connect_listen_refusing_the_server_names_its_key(
    env: dict[str, str], server_key: Path, tmp_path: Path, nursery: trio.Nursery
) -> None:
    other = tmp_path / "other.key"
    make_key(other)
    server_fp = (await run_cli("fingerprint", f"{server_key}.pub", env=env)).text
    async with (
        serving("--key", str(server_key), "--echo", env=env) as (server, port),
        running_cli(
            "connect",
            f"127.0.0.1:{port}",
            "--trust",
            f"{other}.pub",
            "--listen",
            "127.0.0.1:0",
            env=env,
        ) as client,
    ):
        app = Seen()
        nursery.start_soon(download, await client.port(), app)
        assert await app.wait_done() == "reset"
        line = await client.wait_for(r"\(for [^)]*\) (\S+): (\w+): ")
        await server.wait_for("the client refused our key")
    assert line[1] == server_fp.split()[1]  # the key the server proved
    assert line[2] == "refused"
