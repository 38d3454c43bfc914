"""Under inetd nothing reaches the connection outside the channel (issue #18).

inetd (and systemd with ``Accept=yes``) runs ``serve --stdio`` with stdin,
stdout *and* stderr being the client's socket.  These tests do the same
with one end of a socket pair, make the server and its ``--exec`` command
write on stderr (a startup warning, what the client typed echoed by ``sh``,
a failure at the end), and check that every byte the client's socket
received is Ossuary framing, and that the lines went to the log instead:
``--log-file``, or the system log socket.
"""

from __future__ import annotations

import contextlib
import re
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import trio
from cli_helpers import CLI, make_key, read_text
from wire_spec import KNOWN_TYPES, split_packets

from trio_ossuary import OssuaryStream, SecretKey
from trio_ossuary.keyfiles import load_public_key

SECRET = b"my-db-password-hunter2"
# What the client types is run as a command: sh complains on its stderr
# ("sh: 1: my-db-password-hunter2: not found") and the command says it too.
EXEC = 'while read -r l; do echo "> $l"; $l; echo "typed: $l" >&2; done'
# An authorized_keys line that is skipped with a warning at startup.
RSA_LINE = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ someone@rsa\n"


class Recording(trio.abc.Stream):
    """The client's socket, keeping every byte the server sent on it."""

    def __init__(self, sock: socket.socket) -> None:
        self.stream = trio.SocketStream(trio.socket.from_stdlib_socket(sock))
        self.received = bytearray()

    async def send_all(self, data: bytes | bytearray | memoryview) -> None:
        await self.stream.send_all(data)

    async def wait_send_all_might_not_block(self) -> None:
        await self.stream.wait_send_all_might_not_block()

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        data = await self.stream.receive_some(max_bytes)
        self.received += data
        return bytes(data)

    async def aclose(self) -> None:
        # Only our direction ends: what the server still sends is recorded
        # by drain(), which reads until the server side is closed.
        with contextlib.suppress(trio.BrokenResourceError, trio.ClosedResourceError):
            await self.stream.send_eof()

    async def drain(self) -> None:
        """Read until the server side is closed by everyone holding it."""
        with contextlib.suppress(trio.BrokenResourceError):
            while await self.receive_some(1 << 16):
                pass
        await self.stream.aclose()


def _connected_pair(kind: str) -> tuple[socket.socket, socket.socket]:
    """Two connected sockets: a Unix socket pair, or TCP over loopback."""
    if kind == "unix":
        return socket.socketpair()
    with socket.create_server(("127.0.0.1", 0)) as listener:
        ours = socket.create_connection(listener.getsockname())
        theirs, _ = listener.accept()
    return ours, theirs


@contextlib.asynccontextmanager
async def inetd_server(
    command: list[str], env: dict[str, str], kind: str = "unix"
) -> AsyncIterator[tuple[trio.Process, Recording]]:
    """Run ``command`` with stdin, stdout and stderr on one socket, as inetd.

    ``kind`` is ``unix`` (a socket pair) or ``tcp`` (as inetd's TCP services).
    """
    ours, theirs = _connected_pair(kind)
    with theirs:
        process = await trio.lowlevel.open_process(
            command,
            stdin=theirs.fileno(),
            stdout=theirs.fileno(),
            stderr=theirs.fileno(),
            env=env,
            start_new_session=True,
        )
    try:
        yield process, Recording(ours)
    finally:
        if process.returncode is None:
            process.kill()
        await process.wait()


def _assert_only_framing(data: bytes) -> None:
    packets = split_packets(data)  # fails on a byte outside a whole packet
    assert packets, "the server sent nothing at all"
    assert {packet.type for packet in packets} <= KNOWN_TYPES, packets
    assert SECRET not in data
    assert b"trio-ossuary" not in data


@pytest.fixture
def keys(tmp_path: Path, server_key: Path) -> tuple[Path, SecretKey]:
    """``authorized_keys`` (with a line that causes a warning), the client key."""
    client = make_key(tmp_path / "client.key", "client")
    authorized = tmp_path / "authorized_keys"
    authorized.write_text(RSA_LINE + read_text(tmp_path / "client.key.pub"))
    return authorized, client


async def _session(recording: Recording, server_key: Path, client: SecretKey) -> None:
    channel = OssuaryStream(
        recording,
        secret_key=client,
        authorized_keys=[load_public_key(f"{server_key}.pub")],
    )
    with trio.fail_after(20):
        await channel.send_all(SECRET + b"\n")
        answer = b""
        while not answer.endswith(b"> " + SECRET + b"\n"):
            answer += await channel.receive_some()
        await channel.aclose()
        await recording.drain()


@pytest.mark.parametrize("log", ["log-file", "system-log"])
async def test_serve_stdio_under_inetd_sends_only_framing(
    env: dict[str, str],
    server_key: Path,
    keys: tuple[Path, SecretKey],
    tmp_path: Path,
    log: str,
) -> None:
    authorized, client = keys
    log_file = tmp_path / "serve.log"
    syslog_path = tmp_path / "dev-log"
    serve = [
        "serve",
        "--stdio",
        "--key",
        str(server_key),
        "--authorized-keys",
        str(authorized),
        "--exec",
        EXEC,
    ]
    if log == "log-file":
        command = [*CLI, *serve, "--log-file", str(log_file)]
    else:
        # The real command, with the system log's socket moved to one that
        # this test reads (this machine may have none at /dev/log).
        code = (
            "import sys; import trio_ossuary._cli.log_sink as sink; "
            f"sink.SYSLOG_PATH = {str(syslog_path)!r}; "
            "from trio_ossuary._cli.main import main; sys.exit(main(sys.argv[1:]))"
        )
        command = [sys.executable, "-c", code, *serve]
    syslog = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    syslog.bind(str(syslog_path))
    with syslog:
        async with inetd_server(command, env) as (process, recording):
            await _session(recording, server_key, client)
            with trio.fail_after(20):
                await process.wait()
        _assert_only_framing(bytes(recording.received))
        assert process.returncode == 0
        if log == "log-file":
            text = read_text(log_file)
        else:
            syslog.setblocking(False)
            lines = []
            with contextlib.suppress(BlockingIOError):
                while True:
                    lines.append(syslog.recv(8192).decode())
            text = "\n".join(lines)
            assert all(line.startswith("<") for line in lines), lines
            assert "trio-ossuary[" in text
    # The connection's one line, naming the client by the socket on stdin
    # (a socket pair has no address: the peer's process) and by its key.
    fingerprint = client.public_key.fingerprint()
    assert re.search(
        rf"unix:\S* \(pid \d+, uid \d+\) {re.escape(fingerprint)}: "
        r"closed by the client after [\d.]+ s",
        text,
    ), text
    # Everything that would have reached the client went to the log.
    assert "ssh-rsa" in text  # serve's startup warning
    assert f"typed: {SECRET.decode()}" in text  # the command's stderr
    assert "not found" in text  # sh's complaint about the client's line


@pytest.mark.parametrize("kind", ["unix", "tcp"])
async def test_serve_stdio_failure_is_logged_not_sent(
    env: dict[str, str], server_key: Path, tmp_path: Path, kind: str
) -> None:
    # A client that is not an Ossuary client: serve fails, and says why in
    # its log, not on the connection.
    log_file = tmp_path / "serve.log"
    command = [
        *CLI,
        "serve",
        "--stdio",
        "--key",
        str(server_key),
        "--echo",
        "--log-file",
        str(log_file),
    ]
    async with inetd_server(command, env, kind) as (process, recording):
        ours = recording.stream.socket.getsockname()
        with trio.fail_after(20):
            await recording.send_all(b"GET / HTTP/1.0\r\n\r\n")
            await recording.drain()
            await process.wait()
    assert process.returncode == 1
    split_packets(bytes(recording.received))  # nothing, or whole packets
    assert b"trio-ossuary" not in recording.received
    # The connection's line too, naming the client by the socket on stdin:
    # its address, or for a socket pair (no address) the peer's process.
    client = (
        r"unix:\S* \(pid \d+, uid \d+\)"
        if kind == "unix"
        else re.escape(f"127.0.0.1:{ours[1]}")
    )
    assert re.search(
        rf"{client} \(no key proven\): failed: .*does not look like an Ossuary "
        r"client",
        read_text(log_file),
    ), read_text(log_file)


async def test_usage_error_under_inetd_is_not_sent(
    env: dict[str, str], tmp_path: Path
) -> None:
    # Even a misconfigured inetd line: the usage error is not sent.
    async with inetd_server([*CLI, "serve", "--stdio"], env) as (process, rec):
        with trio.fail_after(20):
            await rec.drain()
            await process.wait()
    assert process.returncode == 2
    assert rec.received == b""


async def test_stderr_that_is_not_a_socket_is_left_alone(
    env: dict[str, str], server_key: Path
) -> None:
    # ssh runs serve --stdio with stderr on a pipe of its own: the errors
    # still go there (and the client's terminal shows them).
    ours, theirs = socket.socketpair()
    with theirs:
        process = await trio.lowlevel.open_process(
            [*CLI, "serve", "--stdio", "--key", str(server_key), "--echo"],
            stdin=theirs.fileno(),
            stdout=theirs.fileno(),
            stderr=subprocess.PIPE,
            env=env,
            start_new_session=True,
        )
    with ours:
        ours.sendall(b"SSH-2.0-OpenSSH_9.6\r\n")
        ours.shutdown(socket.SHUT_WR)
        with trio.fail_after(20):
            await process.wait()
    assert process.stderr is not None
    error = await process.stderr.receive_some(1 << 16)
    await process.stderr.aclose()
    assert b"does not look like an Ossuary client" in error


@pytest.mark.parametrize("log", ["log-file", "none"])
async def test_connect_on_stdio_under_inetd_sends_no_error_text(
    env: dict[str, str], tmp_path: Path, log: str
) -> None:
    # connect run by inetd as an encrypting front end: its stdin, stdout and
    # stderr are the local application's socket, whose data is plaintext.
    # An error line there would be taken for the server's answer.
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]  # bound, not listening, held: refused
        log_file = tmp_path / "connect.log"
        trusted = SecretKey.generate().public_key.fingerprint()
        command = [*CLI, "connect", f"127.0.0.1:{port}", "--trust", trusted]
        if log == "log-file":
            command += ["--log-file", str(log_file)]
        async with inetd_server(command, env) as (process, recording):
            with trio.fail_after(20):
                await recording.drain()
                await process.wait()
        assert process.returncode == 1
        assert recording.received == b""
        if log == "log-file":
            assert "connection refused" in read_text(log_file).lower()
