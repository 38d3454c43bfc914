"""The tunnel's plaintext edge: a failed channel is never a clean close.

Each test runs the real command and a real plaintext peer (a TCP service, a
local application, a ``--exec`` command or the stdio peer) that records
whether its connection ended with an end of file or a reset.  Killing a CLI
process with SIGKILL is the failure: it can say goodbye to nobody.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import trio
from cli_helpers import (
    CLI,
    SOME,
    Seen,
    feed,
    make_key,
    read_text,
    recording_backend,
    running_cli,
    serving,
)
from interposer import (
    Interposer,
    PacketHook,
)
from wire_spec import (
    DATA,
    HEADER,
    SERVER_HANDSHAKE,
    Packet,
)

from trio_ossuary import (
    OssuaryStream,
    SecretKey,
)
from trio_ossuary._cli.ending import FirstBytes, abort_plain
from trio_ossuary.keyfiles import (
    load_public_key,
)


def trust(key: Path) -> tuple[str, str]:
    return ("--trust", f"{key}.pub")


# ---------------------------------------------------------------------------
# serve --forward: the backend


@pytest.mark.parametrize(
    ("client_ends", "expected"), [("eof", "eof"), ("kill", "reset")]
)
async def test_forward_backend_sees_reset_only_when_the_channel_fails(
    env: dict[str, str],
    server_key: Path,
    nursery: trio.Nursery,
    client_ends: str,
    expected: str,
) -> None:
    seen = Seen()
    backend = await nursery.start(recording_backend, seen)
    forward = ("--allow-anonymous", "--forward", f"127.0.0.1:{backend}")
    async with (
        serving("--key", str(server_key), *forward, env=env) as (server, port),
        running_cli(
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            "--linger",
            "0",
            env=env,
            stdin=subprocess.PIPE,
        ) as client,
    ):
        stop = trio.Event()
        async with trio.open_nursery() as inner:
            inner.start_soon(feed, client.process, stop)
            with trio.fail_after(20):
                await seen.some.wait()
            stop.set()
            if client_ends == "kill":
                client.process.kill()
            else:
                assert client.process.stdin is not None
                await client.process.stdin.aclose()
        assert await seen.wait_done() == expected
        # The server's one line for the connection says how it ended.
        line = await server.wait_for(r"127\.0\.0\.1:\d+ anonymous: (\w+)")
        assert line[1] == ("closed" if expected == "eof" else "reset")
        if expected == "eof":
            assert f", {seen.received} bytes in, 0 bytes out" in server.stderr


# ---------------------------------------------------------------------------
# connect --listen: the local application


async def _local_app(port: int, seen: Seen, half_close: bool, size: int = SOME) -> None:
    """Send ``size`` bytes (then end its output if ``half_close``), read to the end."""
    stream = await trio.open_tcp_stream("127.0.0.1", port)

    async def send() -> None:
        try:
            await stream.send_all(b"x" * size)
            if half_close:
                await stream.send_eof()
        except trio.BrokenResourceError:
            pass  # the reset shows on the receiving side too

    async with stream, trio.open_nursery() as nursery:
        nursery.start_soon(send)
        await seen.read_until_end(stream)


@pytest.mark.parametrize(
    ("server_ends", "expected"), [("eof", "eof"), ("kill", "reset")]
)
async def test_local_application_sees_reset_only_when_the_channel_fails(
    env: dict[str, str],
    server_key: Path,
    nursery: trio.Nursery,
    server_ends: str,
    expected: str,
) -> None:
    async with (
        serving("--key", str(server_key), "--echo", env=env) as (server, port),
        running_cli(
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            "--listen",
            "127.0.0.1:0",
            # Long enough that a loaded machine's pause is not taken for
            # the end of the echo.
            "--linger",
            "2",
            env=env,
        ) as client,
    ):
        tunnel = await client.port()
        seen = Seen()
        nursery.start_soon(_local_app, tunnel, seen, server_ends == "eof")
        with trio.fail_after(20):
            await seen.some.wait()
        if server_ends == "kill":
            server.process.kill()
        assert await seen.wait_done() == expected
        line = await client.wait_for(rf"127\.0\.0\.1:{port} \(for [^)]*\) \S+: (\w+)")
        assert line[1] == ("closed" if expected == "eof" else "reset")


async def test_local_application_sees_reset_when_the_server_refuses_the_client(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    authorized = tmp_path / "authorized_keys"
    make_key(tmp_path / "someone.key")
    authorized.write_text(read_text(tmp_path / "someone.key.pub"))
    async with (
        serving(
            "--key",
            str(server_key),
            "--authorized-keys",
            str(authorized),
            "--echo",
            env=env,
        ) as (_, port),
        running_cli(
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            "--anonymous",
            "--listen",
            "127.0.0.1:0",
            env=env,
        ) as client,
    ):
        tunnel = await client.port()
        seen = Seen()
        # Nothing sent: unread input would make any close a reset.
        await _local_app(tunnel, seen, False, size=0)
        assert seen.ending == "reset"
        assert seen.received == 0
        await client.wait_for("ended the connection with a failure")


# ---------------------------------------------------------------------------
# serve --exec: the command


@pytest.mark.parametrize(("client_ends", "finished"), [("eof", True), ("kill", False)])
async def test_exec_command_is_killed_when_the_channel_fails(
    env: dict[str, str],
    server_key: Path,
    tmp_path: Path,
    client_ends: str,
    finished: bool,
) -> None:
    # The command writes its marker only once it has read its stdin to the
    # end: a command that was killed never does.
    data, marker = tmp_path / "data", tmp_path / "marker"
    command = f"cat > {data} && echo finished > {marker}"
    async with (
        serving(
            "--key", str(server_key), "--allow-anonymous", "--exec", command, env=env
        ) as (server, port),
        running_cli(
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            "--linger",
            "0",
            env=env,
            stdin=subprocess.PIPE,
        ) as client,
    ):
        stop = trio.Event()
        async with trio.open_nursery() as inner:
            inner.start_soon(feed, client.process, stop)
            with trio.fail_after(20):
                # The file is the command's only sign of progress.
                while not data.exists() or data.stat().st_size < SOME:  # noqa: ASYNC110
                    await trio.sleep(0.02)
            stop.set()
            if client_ends == "kill":
                client.process.kill()
            else:
                assert client.process.stdin is not None
                await client.process.stdin.aclose()
        # Logged once the command has been reaped.
        line = await server.wait_for(r"127\.0\.0\.1:\d+ anonymous: (\w+)")
    assert line[1] == ("closed" if finished else "reset")
    assert marker.exists() == finished


# ---------------------------------------------------------------------------
# serve --stdio: the exit status


@contextlib.asynccontextmanager
async def stdio_server(
    env: dict[str, str], server_key: Path, *extra: str
) -> AsyncIterator[tuple[trio.Process, OssuaryStream[trio.SocketStream]]]:
    """``serve --stdio --echo`` on one end of a socket pair; a client on ours."""
    ours, theirs = socket.socketpair()
    with theirs:
        process = await trio.lowlevel.open_process(
            [*CLI, "serve", "--stdio", "--key", str(server_key), "--echo", *extra],
            stdin=theirs.fileno(),
            stdout=theirs.fileno(),
            stderr=subprocess.PIPE,
            env=env,
            start_new_session=True,
        )
    try:
        public = load_public_key(f"{server_key}.pub")
        yield (
            process,
            OssuaryStream(
                trio.SocketStream(trio.socket.from_stdlib_socket(ours)),
                authorized_keys=[public],
            ),
        )
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        assert process.stderr is not None
        await process.stderr.aclose()


@pytest.mark.parametrize(("client_ends", "status"), [("close", 0), ("cut", 1)])
async def test_serve_stdio_exit_status_says_whether_the_channel_failed(
    env: dict[str, str], server_key: Path, client_ends: str, status: int
) -> None:
    async with stdio_server(env, server_key) as (process, channel):
        with trio.fail_after(20):
            await channel.send_all(b"ping")
            assert await channel.receive_some() == b"ping"
            if client_ends == "close":
                await channel.aclose()
            else:
                # Gone without a Disconnect: a truncation.
                await channel.transport_stream.aclose()
            await process.wait()
        assert process.returncode == status


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
async def test_serve_stdio_stop_waits_for_the_connection_to_end(
    env: dict[str, str], server_key: Path, signum: int
) -> None:
    # As a listening server does: the connection runs on after the signal,
    # and its end is the client's: exit status 0.
    async with stdio_server(env, server_key, "--grace", "600") as (process, channel):
        with trio.fail_after(20):
            # Echoed: the server is serving, its signal handlers in place.
            await channel.send_all(b"ping")
            assert await channel.receive_some() == b"ping"
            process.send_signal(signum)
            await channel.send_all(b"still there")
            assert await channel.receive_some() == b"still there"
            await channel.aclose()
            await process.wait()
        assert process.returncode == 0


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
async def test_serve_stdio_stop_cuts_the_connection_after_the_grace_period(
    env: dict[str, str], server_key: Path, signum: int
) -> None:
    async with stdio_server(env, server_key, "--grace", "0") as (process, channel):
        with trio.fail_after(20):
            await channel.send_all(b"ping")
            assert await channel.receive_some() == b"ping"
            process.send_signal(signum)
            # Cut: an error, never a clean close.
            with pytest.raises(trio.BrokenResourceError):
                await channel.receive_some()
            await process.wait()
        assert process.returncode == 128 + signum
        await channel.aclose()


# ---------------------------------------------------------------------------
# Across the tunnel: a reset at one plaintext edge is a reset at the other


@pytest.mark.parametrize(
    ("app_ends", "expected"), [("close", "eof"), ("reset", "reset")]
)
async def test_local_reset_reaches_the_backend(
    env: dict[str, str],
    server_key: Path,
    nursery: trio.Nursery,
    app_ends: str,
    expected: str,
) -> None:
    seen = Seen()
    backend = await nursery.start(recording_backend, seen)
    forward = ("--allow-anonymous", "--forward", f"127.0.0.1:{backend}")
    async with (
        serving("--key", str(server_key), *forward, env=env) as (_, port),
        running_cli(
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            "--listen",
            "127.0.0.1:0",
            "--linger",
            "0",
            env=env,
        ) as client,
    ):
        stream = await trio.open_tcp_stream("127.0.0.1", await client.port())
        await stream.send_all(b"d" * SOME)
        with trio.fail_after(20):
            await seen.some.wait()
        if app_ends == "reset":
            await abort_plain(stream)
        else:
            await stream.aclose()
        assert await seen.wait_done() == expected


# ---------------------------------------------------------------------------
# A forged packet: the session is reset, data in flight is lost


STREAM_ERRORS = (trio.BrokenResourceError, trio.ClosedResourceError)


async def tampering_proxy(
    target: int,
    hook: PacketHook,
    *,
    task_status: trio.TaskStatus[int] = trio.TASK_STATUS_IGNORED,
) -> None:
    """A TCP relay to ``target`` that passes client-to-server bytes to ``hook``."""

    async def handle(downstream: trio.SocketStream) -> None:
        upstream = Interposer(await trio.open_tcp_stream("127.0.0.1", target))
        upstream.on_send = hook

        async def pump(
            source: trio.abc.Stream, sink: trio.abc.Stream, done: trio.CancelScope
        ) -> None:
            with contextlib.suppress(
                trio.BrokenResourceError, trio.ClosedResourceError
            ):
                while data := await source.receive_some(1 << 16):
                    await sink.send_all(data)
            done.cancel()

        async with downstream, upstream, trio.open_nursery() as nursery:
            nursery.start_soon(pump, downstream, upstream, nursery.cancel_scope)
            nursery.start_soon(pump, upstream, downstream, nursery.cancel_scope)

    listeners = await trio.open_tcp_listeners(0, host="127.0.0.1")
    async with trio.open_nursery() as nursery:
        await nursery.start(trio.serve_listeners, handle, listeners)
        task_status.started(listeners[0].socket.getsockname()[1])


async def test_forged_packet_resets_both_plaintext_edges(
    env: dict[str, str], server_key: Path, nursery: trio.Nursery
) -> None:
    seen = Seen()
    backend = await nursery.start(recording_backend, seen)
    forward = ("--allow-anonymous", "--forward", f"127.0.0.1:{backend}")
    # Armed only once the backend has data, so the server's side of the
    # handshake has certainly completed: then the next data packet from the
    # client is forged.
    armed = forged = False

    def forge(packet: Packet) -> bytes:
        nonlocal forged
        if armed and not forged and packet.type == DATA:
            forged = True
            return packet.flipped()
        return packet.raw

    async with serving("--key", str(server_key), *forward, env=env) as (server, port):
        proxy = await nursery.start(tampering_proxy, port, PacketHook(forge))
        async with running_cli(
            "connect",
            f"127.0.0.1:{proxy}",
            *trust(server_key),
            env=env,
            stdin=subprocess.PIPE,
        ) as client:
            stop = trio.Event()
            nursery.start_soon(feed, client.process, stop)
            with trio.fail_after(20):
                await seen.some.wait()
            armed = True
            status = await client.wait()
            stop.set()
        assert forged
        # The session was reset, so the backend may have missed data: it is
        # reset too, and the client exits with a failure.
        assert await seen.wait_done() == "reset"
        assert status == 1
        await server.wait_for(r"anonymous: reset: ")
    errors = [line for line in client.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1, client.stderr


# ---------------------------------------------------------------------------
# The channel's transport: records straight to the socket


class _Switches(trio.abc.Instrument):
    def __init__(self) -> None:
        self.steps = 0

    def before_task_step(self, task: trio.lowlevel.Task) -> None:
        self.steps += 1


async def _switches_per_round_trip(wrap: bool) -> tuple[float, bytes]:
    """Task switches per 64-byte echo, the client's transport wrapped or not."""
    listener = (await trio.open_tcp_listeners(0, host="127.0.0.1"))[0]
    port = listener.socket.getsockname()[1]
    client_socket = await trio.open_tcp_stream("127.0.0.1", port)
    server_socket = await listener.accept()
    await listener.aclose()
    recorder = FirstBytes(client_socket)
    transport = recorder.stapled() if wrap else client_socket
    key = SecretKey.generate()
    client = OssuaryStream(transport, authorized_keys=[key.public_key])
    server = OssuaryStream(server_socket, server_side=True, secret_key=key)
    async with trio.open_nursery() as nursery:
        nursery.start_soon(client.do_handshake)
        await server.do_handshake()
    if wrap:
        assert isinstance(transport, trio.StapledStream)
        assert transport.send_stream is client_socket
        assert transport.receive_stream is recorder
        recorder.stop_recording()
        # Straight from the socket from now on; what was recorded stays.
        assert transport.receive_stream is client_socket
        assert len(recorder.prefix) == 64
    switches = _Switches()

    async def echo() -> None:
        while data := await server.receive_some():
            await server.send_all(data)

    async with trio.open_nursery() as nursery:
        nursery.start_soon(echo)
        await trio.testing.wait_all_tasks_blocked()
        trio.lowlevel.add_instrument(switches)
        for _ in range(20):
            await client.send_all(b"p" * 64)
            got = 0
            while got < 64:
                got += len(await client.receive_some())
        trio.lowlevel.remove_instrument(switches)
        await client.aclose()
    await server.aclose()
    return switches.steps / 20, recorder.prefix


async def test_first_bytes_transport_writes_straight_to_the_socket() -> None:
    """FirstBytes.stapled() keeps the first bytes and costs the channel no switch.

    Wrapping both directions made the channel wait for writability before
    every record (a scheduler pass), because it could no longer see that its
    transport was a writable socket.
    """
    bare, _ = await _switches_per_round_trip(wrap=False)
    wrapped, prefix = await _switches_per_round_trip(wrap=True)
    # About 4 each (one echo in 20 may be read without waiting, hence the
    # margin); a wait before each record would add one per round trip.
    assert wrapped < bare + 0.5
    # The first 64 bytes the server sent: its ServerHandshake's header first.
    assert len(prefix) == 64
    assert HEADER.unpack_from(prefix)[2] == SERVER_HANDSHAKE
