"""End-to-end tests of ``serve`` and ``connect`` with real processes on loopback."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import trio
from cli_helpers import (
    CLI,
    LISTENING_RE,
    exchange,
    make_key,
    read_text,
    refusing_port,
    run_cli,
    running_cli,
    serving,
    tcp_echo_server,
)

UPPER = (
    f'{sys.executable} -u -c "import sys\n'
    f'for line in sys.stdin: sys.stdout.write(line.upper())"'
)


def trust(key: Path) -> tuple[str, str]:
    return ("--trust", f"{key}.pub")


async def test_echo_hi_with_default_linger(
    env: dict[str, str], server_key: Path
) -> None:
    # The ncat-like default: stdin's end does not cut off the answer.
    async with serving("--key", str(server_key), "--echo", env=env) as (_, port):
        result = await run_cli(
            "connect", f"127.0.0.1:{port}", *trust(server_key), stdin=b"hi\n", env=env
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"hi\n"
    assert "Traceback" not in result.stderr


async def test_stdio_multi_mib_checksum(env: dict[str, str], server_key: Path) -> None:
    payload = os.urandom(3 << 20)
    async with serving("--key", str(server_key), "--echo", env=env) as (_, port):
        result = await run_cli(
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            "--linger",
            "0.5",
            stdin=payload,
            answer=payload,
            env=env,
        )
    assert result.returncode == 0, result.stderr
    assert hashlib.sha256(result.stdout).digest() == hashlib.sha256(payload).digest()


async def test_tcp_echo_through_both_tunnel_ends(
    env: dict[str, str], server_key: Path, nursery: trio.Nursery
) -> None:
    echo_port = await nursery.start(tcp_echo_server)
    async with (
        serving(
            "--key",
            str(server_key),
            "--allow-anonymous",
            "--forward",
            f"127.0.0.1:{echo_port}",
            env=env,
        ) as (_, server_port),
        running_cli(
            "connect",
            f"127.0.0.1:{server_port}",
            *trust(server_key),
            "--listen",
            "127.0.0.1:0",
            env=env,
        ) as client,
    ):
        tunnel = await client.port()
        # A multi-MiB transfer whose SHA-256 must survive the round trip.
        payload = os.urandom(4 << 20)
        echoed = await exchange(tunnel, payload)
        assert hashlib.sha256(echoed).hexdigest() == hashlib.sha256(payload).hexdigest()

        # Twenty connections at once, each with its own data.
        results: dict[int, bytes] = {}
        payloads = {i: os.urandom(50_000 + i) for i in range(20)}

        async def one(i: int) -> None:
            results[i] = await exchange(tunnel, payloads[i])

        async with trio.open_nursery() as inner:
            for i in payloads:
                inner.start_soon(one, i)
        assert results == payloads
    assert "Traceback" not in client.stderr


async def test_http_server_through_tunnel(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    body = os.urandom(700_000)
    (site / "blob.bin").write_bytes(body)
    async with (
        _HttpServer(site, env) as http,
        serving(
            "--key",
            str(server_key),
            "--allow-anonymous",
            "--forward",
            f"127.0.0.1:{http.port}",
            env=env,
        ) as (_, server_port),
        running_cli(
            "connect",
            f"127.0.0.1:{server_port}",
            *trust(server_key),
            "--listen",
            "127.0.0.1:0",
            env=env,
        ) as client,
    ):
        tunnel = await client.port()

        # urllib, in a thread, with no proxy whatever the environment says.
        def fetch() -> bytes:
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            url = f"http://127.0.0.1:{tunnel}/blob.bin"
            with opener.open(url, timeout=20) as response:
                data: bytes = response.read()
                return data

        assert await trio.to_thread.run_sync(fetch) == body

        # And a raw HTTP/1.0 request: the response ends when the server
        # closes, which must travel back through both tunnel ends.
        stream = await trio.open_tcp_stream("127.0.0.1", tunnel)
        async with stream:
            await stream.send_all(b"GET /blob.bin HTTP/1.0\r\nHost: x\r\n\r\n")
            response = bytearray()
            while data := await stream.receive_some(1 << 16):
                response += data
        head, _, content = bytes(response).partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.0 200")
        assert content == body


class _HttpServer:
    """``python -m http.server`` on a port of 127.0.0.1 it chose, serving ``site``.

    Port 0, and the port read from its announcement: a port picked for it
    beforehand could be taken by someone else before it bound it.
    """

    def __init__(self, site: Path, env: dict[str, str]) -> None:
        self.args = [
            sys.executable,
            "-m",
            "http.server",
            "--bind",
            "127.0.0.1",
            "--directory",
            str(site),
            "0",
        ]
        self.port = 0
        self.env = env
        self.process: trio.Process | None = None

    async def __aenter__(self) -> _HttpServer:
        self.process = await trio.lowlevel.open_process(
            self.args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=self.env,
            start_new_session=True,
        )
        assert self.process.stdout is not None
        announced = b""
        try:
            with trio.fail_after(15):
                # Printed once it listens (the environment is unbuffered).
                while (found := re.search(rb" port (\d+) ", announced)) is None:
                    chunk = await self.process.stdout.receive_some()
                    assert chunk, f"http.server ended: {announced!r}"
                    announced += chunk
        except BaseException:
            await self.__aexit__()
            raise
        self.port = int(found[1])
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.process is not None
        with trio.CancelScope(shield=True):
            self.process.kill()
            await self.process.wait()
            assert self.process.stdout is not None
            await self.process.stdout.aclose()


async def test_exec_upper_and_peer_key(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    client_key = tmp_path / "client.key"
    key = make_key(client_key, "client")
    async with serving(
        "--key", str(server_key), "--allow-anonymous", "--exec", UPPER, env=env
    ) as (_, port):
        result = await run_cli(
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            "--linger",
            "0.5",
            stdin=b"hello\nworld\n",
            answer=b"HELLO\nWORLD\n",
            env=env,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout == b"HELLO\nWORLD\n"
    command = 'printf "%s" "$TRIO_OSSUARY_PEER_KEY"'
    async with serving(
        "--key", str(server_key), "--allow-anonymous", "--exec", command, env=env
    ) as (
        _,
        port,
    ):
        result = await run_cli(
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            "--key",
            str(client_key),
            stdin=b"",
            answer=key.public_key.fingerprint().encode(),
            env=env,
        )
    assert result.returncode == 0, result.stderr
    assert result.text == key.public_key.fingerprint()


async def test_exec_process_group_is_ended_with_the_connection(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    # The command ignores its stdin, so only the server can end it.
    pid_file = tmp_path / "pid"
    command = f"echo $$ > {pid_file}; echo started; exec sleep 60"
    async with serving(
        "--key", str(server_key), "--allow-anonymous", "--exec", command, env=env
    ) as (
        _,
        port,
    ):
        result = await run_cli(
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            "--linger",
            "0.5",
            stdin=b"",
            answer=b"started\n",
            env=env,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout == b"started\n"
        pid = int(pid_file.read_text())
        for _ in range(300):  # a hang guard of 15 s
            if not _alive(pid):
                break
            await trio.sleep(0.05)
        assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead for our purposes; its parent (the server) reaps it.
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


async def test_stdio_server_via_proxy_command(
    env: dict[str, str], server_key: Path, nursery: trio.Nursery, tmp_path: Path
) -> None:
    python = " ".join(CLI)
    payload = os.urandom(1 << 20)
    log_file = tmp_path / "serve.log"
    proxy = f"{python} serve --stdio --key {server_key} --echo --log-file {log_file}"
    result = await run_cli(
        "connect",
        "127.0.0.1:1",  # only names the server; the proxy command reaches it
        *trust(server_key),
        "--proxy-command",
        proxy,
        "--linger",
        "0.5",
        stdin=payload,
        answer=payload,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == payload
    # serve --stdio's one line for the connection, naming a client on pipes
    # "stdio" (on stderr, which may be the client's terminal, it is quiet).
    logged = read_text(log_file)
    assert "stdio anonymous: closed by the client after" in logged, logged

    # serve --stdio --forward: the plaintext goes on to a TCP service.
    echo_port = await nursery.start(tcp_echo_server)
    serve = f"{python} serve --stdio --key {server_key} --allow-anonymous"
    proxy = f"{serve} --forward 127.0.0.1:{echo_port}"
    result = await run_cli(
        "connect",
        "127.0.0.1:1",
        *trust(server_key),
        "--proxy-command",
        proxy,
        "--linger",
        "0.5",
        stdin=b"through two hops\n",
        answer=b"through two hops\n",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"through two hops\n"

    # serve --stdio --exec, and %h/%p substitution in the proxy command.
    proxy = f"{serve} --exec 'echo %h %p'"
    result = await run_cli(
        "connect",
        "example.invalid:4242",
        *trust(server_key),
        "--proxy-command",
        proxy,
        stdin=b"",
        answer=b"example.invalid 4242\n",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"example.invalid 4242\n"


async def test_proxy_command_that_fails(env: dict[str, str], server_key: Path) -> None:
    result = await run_cli(
        "connect",
        "127.0.0.1:1",
        *trust(server_key),
        "--proxy-command",
        f"{sys.executable} -c 'raise SystemExit(3)'",
        env=env,
    )
    result.assert_one_line_error("proxy command exited with status 3")


async def test_connect_listen_preflight_accept_new(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    known = tmp_path / "known"
    async with serving("--key", str(server_key), "--echo", env=env) as (_, port):
        args = ("connect", f"127.0.0.1:{port}", "--known-hosts", str(known))
        # No terminal and no --accept-new: refused at startup, before listening.
        result = await run_cli(*args, "--listen", "127.0.0.1:0", env=env)
        result.assert_one_line_error("--accept-new", "not known")
        async with running_cli(
            *args, "--accept-new", "--listen", "127.0.0.1:0", env=env
        ) as client:
            tunnel = int((await client.wait_for(LISTENING_RE))[1])
            assert f"127.0.0.1:{port}" in known.read_text()
            assert await exchange(tunnel, b"ping") == b"ping"


async def test_tunnel_to_unreachable_service_keeps_serving(
    env: dict[str, str], server_key: Path
) -> None:
    with refusing_port() as dead:
        async with serving(
            "--key",
            str(server_key),
            "--allow-anonymous",
            "--forward",
            f"127.0.0.1:{dead}",
            env=env,
        ) as (server, port):
            result = await run_cli(
                "connect",
                f"127.0.0.1:{port}",
                *trust(server_key),
                stdin=b"hi\n",
                env=env,
            )
            # The server says the connection failed, so the client cannot take
            # the missing answer for an empty one.
            result.assert_one_line_error(
                f"server 127.0.0.1:{port} ended the connection with a failure"
            )
            assert result.stdout == b""
            await server.wait_for(
                f"reset: the service failed: cannot connect to 127.0.0.1:{dead}: "
                f"connection refused"
            )
            assert server.process.returncode is None
            status = await server.stop(signal.SIGINT)
    assert status == 0  # a graceful shutdown: no connection was open
    assert "Traceback" not in server.stderr


async def test_wrong_server_key_in_tunnel(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.key"
    make_key(other)
    async with serving("--key", str(server_key), "--echo", env=env) as (_, port):
        result = await run_cli(
            "connect", f"127.0.0.1:{port}", "--trust", f"{other}.pub", env=env
        )
    result.assert_one_line_error("is not trusted", "--trust expects SHA256:")
