"""Helpers for the command-line tests: run ``python -m trio_ossuary`` for real.

Every child runs in a session of its own (no controlling terminal, so
nothing ever prompts the person running the tests) with its configuration
directory inside the test's temporary directory.  Timeouts here are hang
guards only; no test asserts on timing.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import trio

from trio_ossuary import SecretKey
from trio_ossuary.keyfiles import save_secret_key

CLI = [sys.executable, "-m", "trio_ossuary"]
#: Generous upper bound for one command; only a hang would reach it.
TIMEOUT = 30.0
LISTENING_RE = r"listening on 127\.0\.0\.1:(\d+)"


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """An environment whose config directory lives under ``tmp_path``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIO_OSSUARY")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["PYTHONUNBUFFERED"] = "1"
    # No proxies for urllib in children either.
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
        env.pop(name, None)
    env.update(extra)
    return env


def read_text(path: Path | str) -> str:
    """Read a small file (a plain function, to keep blocking calls visible)."""
    return Path(path).read_text()


def make_key(path: Path, comment: str = "test") -> SecretKey:
    """Write a fresh key pair to ``path`` and ``path``.pub."""
    key = SecretKey.generate()
    save_secret_key(key, path, comment=comment)
    return key


@dataclass
class Result:
    """A finished command."""

    returncode: int
    stdout: bytes
    stderr: str

    @property
    def text(self) -> str:
        return self.stdout.decode("utf-8", "replace")

    def assert_one_line_error(self, *fragments: str) -> None:
        """Check that the command failed with one ``error:`` line, no traceback."""
        assert self.returncode != 0, self
        assert "Traceback" not in self.stderr, self.stderr
        errors = [line for line in self.stderr.splitlines() if "error:" in line]
        assert len(errors) == 1, self.stderr
        assert errors[0].startswith("trio-ossuary: error: "), self.stderr
        for fragment in fragments:
            assert fragment in errors[0], (fragment, errors[0])


async def run_cli(
    *args: str,
    env: Mapping[str, str],
    stdin: bytes = b"",
    limit: float = TIMEOUT,
    cwd: Path | None = None,
    answer: bytes | None = None,
) -> Result:
    """Run the command to completion (within ``limit`` seconds), capturing output.

    With ``answer``, the command's stdin stays open after ``stdin`` was
    written until as many bytes as ``answer`` holds came on stdout (or
    stdout ended): its end of input then cannot overtake an answer still on
    its way, which a finite ``--linger`` would take for the end.  The test
    still checks what came.
    """
    if answer is not None:
        return await run_until_answered(
            [*CLI, *args], env=env, stdin=stdin, answer=answer, limit=limit, cwd=cwd
        )
    with trio.fail_after(limit):
        process = await trio.run_process(
            [*CLI, *args],
            stdin=stdin,
            capture_stdout=True,
            capture_stderr=True,
            check=False,
            env=dict(env),
            cwd=cwd,
            start_new_session=True,
        )
    return Result(process.returncode, process.stdout, process.stderr.decode())


async def run_until_answered(
    argv: list[str],
    *,
    env: Mapping[str, str],
    stdin: bytes,
    answer: bytes,
    limit: float = TIMEOUT,
    cwd: Path | None = None,
) -> Result:
    """Run ``argv`` to completion, its stdin held open until it answered.

    ``stdin`` is written, and the pipe stays open until as many bytes as
    ``answer`` holds came on stdout, or stdout ended (see :func:`run_cli`).
    """
    size = len(answer)
    process = await trio.lowlevel.open_process(
        argv,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(env),
        cwd=cwd,
        start_new_session=True,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    assert process.stderr is not None
    stdout, stderr = bytearray(), bytearray()
    answered = trio.Event()
    if size == 0:
        answered.set()

    async def write() -> None:
        assert process.stdin is not None
        # BrokenResourceError: it ended without reading (a refusal, say).
        with suppress(trio.BrokenResourceError):
            await process.stdin.send_all(stdin)
        await answered.wait()
        await process.stdin.aclose()

    async def read(stream: trio.abc.ReceiveStream, into: bytearray) -> None:
        while chunk := await stream.receive_some():
            into += chunk
            if into is stdout and len(stdout) >= size:
                answered.set()
        if into is stdout:
            answered.set()

    try:
        with trio.fail_after(limit):
            async with trio.open_nursery() as nursery:
                nursery.start_soon(write)
                nursery.start_soon(read, process.stdout, stdout)
                nursery.start_soon(read, process.stderr, stderr)
            await process.wait()
    finally:
        with trio.CancelScope(shield=True):
            if process.returncode is None:
                process.kill()
            await process.wait()
            for pipe in (process.stdin, process.stdout, process.stderr):
                await pipe.aclose()
    return Result(process.returncode, bytes(stdout), stderr.decode())


class Running:
    """A command running in the background, whose stderr is collected."""

    def __init__(self, process: trio.Process) -> None:
        self.process = process
        self.stderr = ""
        self._changed = trio.Event()
        self._eof = False

    async def _pump(self) -> None:
        assert self.process.stderr is not None
        while True:
            chunk = await self.process.stderr.receive_some()
            if not chunk:
                break
            self.stderr += chunk.decode("utf-8", "replace")
            self._changed.set()
            self._changed = trio.Event()
        self._eof = True
        self._changed.set()

    async def wait_for(self, pattern: str, limit: float = 15.0) -> re.Match[str]:
        """Wait until stderr matches ``pattern``."""
        with trio.fail_after(limit):
            while True:
                match = re.search(pattern, self.stderr)
                if match is not None:
                    return match
                if self._eof:
                    raise AssertionError(
                        f"exited ({self.process.returncode}) before printing "
                        f"{pattern!r}:\n{self.stderr}"
                    )
                await self._changed.wait()

    async def port(self) -> int:
        """The port from the ``listening on 127.0.0.1:PORT`` line."""
        return int((await self.wait_for(LISTENING_RE))[1])

    async def wait(self) -> int:
        """Wait for the exit status (and all of stderr)."""
        with trio.fail_after(TIMEOUT):
            await self.process.wait()
            while not self._eof:
                await self._changed.wait()
        return self.process.returncode

    async def stop(self, signum: int = signal.SIGINT) -> int:
        """Send ``signum`` and wait for the exit status."""
        if self.process.returncode is None:
            self.process.send_signal(signum)
        return await self.wait()


@asynccontextmanager
async def running_cli(
    *args: str, env: Mapping[str, str], stdin: int | None = subprocess.DEVNULL
) -> AsyncIterator[Running]:
    """Start the command; on exit, stop it (SIGINT, then SIGKILL) and reap it."""
    process = await trio.lowlevel.open_process(
        [*CLI, *args],
        stdin=stdin,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=dict(env),
        start_new_session=True,
    )
    running = Running(process)
    try:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(running._pump)
            try:
                yield running
            finally:
                with trio.CancelScope(shield=True):
                    if process.returncode is None:
                        process.send_signal(signal.SIGINT)
                        with trio.move_on_after(10):
                            await process.wait()
                    if process.returncode is None:
                        process.kill()
                    await process.wait()
    finally:
        if process.stdin is not None:
            await process.stdin.aclose()
        assert process.stderr is not None
        await process.stderr.aclose()


@asynccontextmanager
async def serving(
    *args: str, env: Mapping[str, str]
) -> AsyncIterator[tuple[Running, int]]:
    """Start ``serve --listen 127.0.0.1:0 ARGS`` and yield it with its port."""
    async with running_cli(
        "serve", "--listen", "127.0.0.1:0", *args, env=env
    ) as server:
        yield server, await server.port()


def free_port() -> int:
    """A port that was free a moment ago (bind to port 0, then close)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def refusing_port() -> Iterator[int]:
    """A port of 127.0.0.1 that refuses connections while the block runs.

    It is bound but not listening, and held: unlike :func:`free_port`'s,
    nothing else can take it meanwhile (another test's listener, or a
    connection's own source port, which would connect to itself).
    """
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        yield port


async def wait_until_accepting(port: int, limit: float = 15.0) -> None:
    """Wait until something accepts TCP connections on 127.0.0.1:``port``."""
    with trio.fail_after(limit):
        while True:
            try:
                stream = await trio.open_tcp_stream("127.0.0.1", port)
            except OSError:
                await trio.sleep(0.05)
                continue
            await stream.aclose()
            return


async def tcp_echo_server(
    *, task_status: trio.TaskStatus[int] = trio.TASK_STATUS_IGNORED
) -> None:
    """A plain TCP echo service on 127.0.0.1; reports its port."""

    async def echo(stream: trio.SocketStream) -> None:
        async with stream:
            try:
                while data := await stream.receive_some(1 << 16):
                    await stream.send_all(data)
            except trio.BrokenResourceError:
                pass

    listeners = await trio.open_tcp_listeners(0, host="127.0.0.1")
    port = listeners[0].socket.getsockname()[1]
    async with trio.open_nursery() as nursery:
        await nursery.start(trio.serve_listeners, echo, listeners)
        task_status.started(port)


async def exchange(port: int, payload: bytes) -> bytes:
    """Send ``payload`` to 127.0.0.1:``port`` and read as many bytes back."""
    stream = await trio.open_tcp_stream("127.0.0.1", port)
    received = bytearray()
    async with stream:

        async def send() -> None:
            await stream.send_all(payload)

        async with trio.open_nursery() as nursery:
            nursery.start_soon(send)
            while len(received) < len(payload):
                data = await stream.receive_some(1 << 16)
                if not data:
                    break
                received += data
    return bytes(received)


# Fixtures: exposed to the CLI's tests by tests/cli/conftest.py, and to the
# interop suite's CLI tests by tests/interop/conftest.py.


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """An environment for running the CLI with its own config directory."""
    return cli_env(tmp_path)


@pytest.fixture
def server_key(tmp_path: Path) -> Path:
    """A server secret key file (and its .pub) made for the test."""
    path = tmp_path / "server.key"
    make_key(path, "server")
    return path


# ---------------------------------------------------------------------------
# Plaintext peers that record how their connection ended


#: How much the plaintext peer must have seen before the failure is caused.
SOME = 200_000


@dataclass
class Seen:
    """What a plaintext peer saw: how many bytes, and how its connection ended."""

    received: int = 0
    ending: str | None = None
    some: trio.Event = field(default_factory=trio.Event)
    done: trio.Event = field(default_factory=trio.Event)

    async def read_until_end(self, stream: trio.abc.ReceiveStream) -> None:
        try:
            while data := await stream.receive_some(1 << 16):
                self.received += len(data)
                if self.received >= SOME:
                    self.some.set()
            self.ending = "eof"
        except trio.BrokenResourceError:
            self.ending = "reset"
        self.done.set()

    async def wait_done(self) -> str:
        with trio.fail_after(20):
            await self.done.wait()
        assert self.ending is not None
        return self.ending


async def recording_backend(
    seen: Seen, *, task_status: trio.TaskStatus[int] = trio.TASK_STATUS_IGNORED
) -> None:
    """A TCP service that reads one connection to its end and records it."""

    async def record(stream: trio.SocketStream) -> None:
        async with stream:
            await seen.read_until_end(stream)

    listeners = await trio.open_tcp_listeners(0, host="127.0.0.1")
    port = listeners[0].socket.getsockname()[1]
    async with trio.open_nursery() as nursery:
        await nursery.start(trio.serve_listeners, record, listeners)
        task_status.started(port)


async def feed(process: trio.Process, stop: trio.Event) -> None:
    """Write to a process's stdin until ``stop`` is set or the pipe breaks."""
    assert process.stdin is not None
    chunk = b"u" * (1 << 15)
    try:
        while not stop.is_set():
            await process.stdin.send_all(chunk)
    except (trio.BrokenResourceError, trio.ClosedResourceError):
        pass


@dataclass
class Held:
    """A service whose answer comes in two parts, the second once released.

    It sends ``first``, waits for ``release``, sends ``rest`` and ends its
    output (a FIN), reading all the while; ``seen`` records what it read.
    So a test holds a transfer mid-way for as long as it likes, and its end
    is the service's.  :meth:`wait_done` says how its connection ended.
    """

    first: bytes = b"f" * SOME
    rest: bytes = b"r" * SOME
    release: trio.Event = field(default_factory=trio.Event)
    connected: trio.Event = field(default_factory=trio.Event)
    seen: Seen = field(default_factory=Seen)
    finished: trio.Event = field(default_factory=trio.Event)
    write_failed: bool = False

    async def handle(self, stream: trio.abc.HalfCloseableStream) -> None:
        """Serve one connection."""
        self.connected.set()
        try:
            async with stream, trio.open_nursery() as nursery:

                async def read() -> None:
                    await self.seen.read_until_end(stream)
                    if self.seen.ending == "reset":
                        nursery.cancel_scope.cancel()  # nothing more to send

                nursery.start_soon(read)
                try:
                    await stream.send_all(self.first)
                    await self.release.wait()
                    await stream.send_all(self.rest)
                    await stream.send_eof()
                except (trio.BrokenResourceError, trio.ClosedResourceError):
                    # A reset reports its error once, to whichever call
                    # comes first: this one, and the reader sees an end.
                    self.write_failed = True
        finally:
            self.finished.set()

    async def wait_done(self) -> str:
        """Wait for the connection's end: ``eof``, or ``reset``."""
        ending = await self.seen.wait_done()
        with trio.fail_after(20):
            await self.finished.wait()
        return "reset" if self.write_failed else ending

    async def serve(
        self, *, task_status: trio.TaskStatus[int] = trio.TASK_STATUS_IGNORED
    ) -> None:
        """Listen on 127.0.0.1; report the port."""
        listeners = await trio.open_tcp_listeners(0, host="127.0.0.1")
        async with trio.open_nursery() as nursery:
            await nursery.start(trio.serve_listeners, self.handle, listeners)
            task_status.started(listeners[0].socket.getsockname()[1])


async def download(where: int | str, seen: Seen) -> None:
    """Connect to 127.0.0.1:``where`` (or the Unix socket ``where``), send
    nothing and read to the end, recording it in ``seen``."""
    if isinstance(where, int):
        stream: trio.SocketStream = await trio.open_tcp_stream("127.0.0.1", where)
    else:
        stream = await trio.open_unix_socket(where)
    async with stream:
        await seen.read_until_end(stream)
