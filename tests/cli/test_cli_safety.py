"""Safe defaults and what operators expect of ``serve`` and ``connect``.

Every test runs the real command (see cli_helpers).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import trio
from cli_helpers import (
    make_key,
    read_text,
    refusing_port,
    run_cli,
    running_cli,
    serving,
    tcp_echo_server,
)

from trio_ossuary._cli.commands.connect import proxy_command_line
from trio_ossuary.keyfiles import (
    load_public_key,
)


def trust(key: Path) -> tuple[str, str]:
    return ("--trust", f"{key}.pub")


# ---------------------------------------------------------------------------
# serve: no anonymous tunnel unless asked for


@pytest.mark.parametrize("service", [["--forward", "127.0.0.1:9"], ["--exec", "cat"]])
async def test_tunnel_service_requires_client_keys_or_allow_anonymous(
    env: dict[str, str], server_key: Path, service: list[str]
) -> None:
    base = ("serve", "--key", str(server_key), "--listen", "127.0.0.1:0")
    result = await run_cli(*base, *service, env=env)
    assert result.returncode == 2
    result.assert_one_line_error(service[0], "--authorized-keys", "--allow-anonymous")
    # With --allow-anonymous it starts (and is stopped by the launcher).
    async with running_cli(*base, "--allow-anonymous", *service, env=env) as server:
        await server.port()


async def test_echo_still_serves_anonymous_clients(
    env: dict[str, str], server_key: Path
) -> None:
    async with serving("--key", str(server_key), "--echo", env=env) as (_, port):
        result = await run_cli(
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            "--linger",
            "0.2",
            stdin=b"hi\n",
            answer=b"hi\n",
            env=env,
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"hi\n"


# ---------------------------------------------------------------------------
# --proxy-command substitutions


@pytest.mark.parametrize(
    "address",
    ["x$(touch${IFS}PWNED):7000", "x`touch${IFS}PWNED`:7000", "-oPWNED=1:7000"],
)
async def test_proxy_command_host_cannot_inject(
    env: dict[str, str], tmp_path: Path, address: str
) -> None:
    result = await run_cli(
        "connect",
        "--accept-new",
        "--proxy-command",
        "touch PWNED-%h",
        "--",
        address,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    result.assert_one_line_error("invalid host name", "--proxy-command")
    assert not any("PWNED" in name for name in os.listdir(tmp_path))


async def test_proxy_command_substitutions_are_quoted(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    # A valid host still goes through shlex.quote: the proxy command sees
    # exactly one argument per substitution, and '%%' is a literal '%'.
    args_file = tmp_path / "args"
    proxy = f'sh -c \'printf "%%s|" "$@" > {args_file}; exit 3\' sh %h %p 100%%'
    result = await run_cli(
        "connect",
        "[::1]:4242",
        *trust(server_key),
        "--proxy-command",
        proxy,
        env=env,
    )
    result.assert_one_line_error("proxy command exited with status 3")
    assert args_file.read_text() == "::1|4242|100%|"


# ---------------------------------------------------------------------------
# The passphrase stays with us


async def test_passphrase_is_not_passed_to_children(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    secret_env = dict(env, TRIO_OSSUARY_PASSPHRASE="s3cret")
    show = 'printf "%s" "${TRIO_OSSUARY_PASSPHRASE-unset}"'
    async with serving(
        "--key", str(server_key), "--allow-anonymous", "--exec", show, env=secret_env
    ) as (_, port):
        # The command's end is the server's (--linger inf waits for it).
        result = await run_cli(
            "connect",
            f"127.0.0.1:{port}",
            *trust(server_key),
            "--linger",
            "inf",
            env=env,
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"unset"

    seen = tmp_path / "seen"
    result = await run_cli(
        "connect",
        "127.0.0.1:1",
        *trust(server_key),
        "--proxy-command",
        f"sh -c '{show} > {seen}'",
        env=secret_env,
    )
    assert result.returncode == 1
    assert seen.read_text() == "unset"


# ---------------------------------------------------------------------------
# Key files and --trust


async def test_serve_with_a_public_key_file_says_so_first(
    env: dict[str, str], server_key: Path
) -> None:
    public = f"{server_key}.pub"
    os.chmod(public, 0o644)  # too open for a secret key, but that is not the point
    result = await run_cli(
        "serve", "--key", str(public), "--listen", "0", "--echo", env=env
    )
    result.assert_one_line_error("is a public key; use the private key file")
    assert "too open" not in result.stderr


async def test_trust_with_a_secret_key_file_speaks_command_line(
    env: dict[str, str], server_key: Path
) -> None:
    result = await run_cli(
        "connect", "127.0.0.1:1", "--trust", str(server_key), env=env
    )
    assert result.returncode == 2
    result.assert_one_line_error("--trust", "secret key file", f"{server_key}.pub")
    assert "load_secret_key" not in result.stderr


@pytest.mark.parametrize(
    "fingerprint",
    [
        "SHA256:short",
        "SHA256:" + "A" * 44,
        "SHA256:" + "!" * 43,
        "SHA256:" + "A" * 42 + "B",
    ],
)
async def test_malformed_trust_fingerprint_fails_before_connecting(
    env: dict[str, str], fingerprint: str
) -> None:
    # Nothing listens there: had it tried to connect, the error would say so.
    with refusing_port() as port:
        result = await run_cli(
            "connect", f"127.0.0.1:{port}", "--trust", fingerprint, env=env
        )
    assert result.returncode == 2
    result.assert_one_line_error("not a valid fingerprint")


async def test_recorded_is_said_only_after_the_write(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    # Readable (it does not exist yet) but not writable, even by root: the
    # writers' lock file cannot be opened.
    known = tmp_path / "known"
    (tmp_path / "known.lock").mkdir()
    async with serving("--key", str(server_key), "--echo", env=env) as (_, port):
        args = ("connect", f"127.0.0.1:{port}", "--accept-new", "--linger", "0.2")
        result = await run_cli(*args, "--known-hosts", str(known), env=env)
        result.assert_one_line_error("cannot lock")
        assert "trusted on first use" not in result.stderr
        result = await run_cli(
            *args, "--known-hosts", str(tmp_path / "known2"), stdin=b"x", env=env
        )
        assert result.returncode == 0, result.stderr
        assert "trusted on first use and recorded in" in result.stderr


# ---------------------------------------------------------------------------
# One line per connection


_LINE = (
    r"{peer} {who}: closed\b[^\n]* after [\d.]+ s, {into} bytes? in, {out} bytes? out"
)


async def test_one_line_per_connection_on_both_sides(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    client_key = tmp_path / "client.key"
    key = make_key(client_key, "client")
    authorized = tmp_path / "authorized_keys"
    authorized.write_text(read_text(f"{client_key}.pub"))
    server_fp = load_public_key(f"{server_key}.pub").fingerprint()
    async with serving(
        "--key",
        str(server_key),
        "--authorized-keys",
        str(authorized),
        "--echo",
        env=env,
    ) as (server, port):
        connect = ("connect", f"127.0.0.1:{port}", *trust(server_key))
        connect += ("--key", str(client_key), "--linger", "0.3")
        result = await run_cli(*connect, stdin=b"hello\n", answer=b"hello\n", env=env)
        assert result.returncode == 0, result.stderr
        client_line = _LINE.format(
            peer=re.escape(f"127.0.0.1:{port}"), who=re.escape(server_fp), into=6, out=6
        )
        assert re.search(client_line, result.stderr), result.stderr
        await server.wait_for(
            _LINE.format(
                peer=r"127\.0\.0\.1:\d+",
                who=re.escape(key.public_key.fingerprint()),
                into=6,
                out=6,
            )
        )
        # A refused client is one line too, saying why.
        result = await run_cli(*connect[:4], "--anonymous", stdin=b"x", env=env)
        assert result.returncode == 1
        await server.wait_for(
            r"127\.0\.0\.1:\d+ \(no key proven\): refused: the client did not "
            r"authenticate"
        )

        # -q: no such line on either side.
        result = await run_cli("-q", *connect, stdin=b"quiet\n", env=env)
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
    async with serving("-q", "--key", str(server_key), "--echo", env=env) as (
        server,
        port,
    ):
        result = await run_cli(
            "connect", f"127.0.0.1:{port}", *trust(server_key), "-q", env=env
        )
        assert result.returncode == 0, result.stderr
    assert " in, " not in server.stderr


# ---------------------------------------------------------------------------
# A peer that does not speak Ossuary


async def _banner_server(
    banner: bytes, *, task_status: trio.TaskStatus[int] = trio.TASK_STATUS_IGNORED
) -> None:
    async def greet(stream: trio.SocketStream) -> None:
        async with stream:
            await stream.send_all(banner)

    listeners = await trio.open_tcp_listeners(0, host="127.0.0.1")
    async with trio.open_nursery() as nursery:
        await nursery.start(trio.serve_listeners, greet, listeners)
        task_status.started(listeners[0].socket.getsockname()[1])


@pytest.mark.parametrize(
    ("banner", "hint"),
    [
        (b"SSH-2.0-OpenSSH_9.6p1 Ubuntu-3\r\n", "'SSH-2.0-OpenSSH_9.6p1 Ubuntu-3'"),
        (b"HTTP/1.1 400 Bad Request\r\n" + b"x" * 500, "'HTTP/1.1 400 Bad Request'"),
        (b"220 " + b"m" * 200 + b"\r\n", "'220 " + "m" * 36 + "...'"),
        (b"\x00\x05\x01\x1b[2J binary", None),
    ],
)
async def test_client_hints_at_a_server_that_is_not_ossuary(
    env: dict[str, str], nursery: trio.Nursery, banner: bytes, hint: str | None
) -> None:
    port = await nursery.start(_banner_server, banner)
    result = await run_cli("connect", f"127.0.0.1:{port}", "--accept-new", env=env)
    if hint is None:
        result.assert_one_line_error(f"127.0.0.1:{port}")
        assert "does not look like" not in result.stderr
        assert "\x1b" not in result.stderr
    else:
        result.assert_one_line_error(
            f"this does not look like an Ossuary server (it sent {hint})"
        )


async def test_server_hints_at_a_client_that_is_not_ossuary(
    env: dict[str, str], server_key: Path
) -> None:
    async with serving("--key", str(server_key), "--echo", env=env) as (server, port):
        stream = await trio.open_tcp_stream("127.0.0.1", port)
        async with stream:
            await stream.send_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        await server.wait_for(
            r"\(no key proven\): failed: this does not look like an Ossuary client "
            r"\(it sent 'GET / HTTP/1\.1'\)"
        )


# ---------------------------------------------------------------------------
# The default identity


async def test_connect_uses_the_default_identity_unless_anonymous(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    result = await run_cli("keygen", env=env)
    assert result.returncode == 0, result.stderr
    identity = tmp_path / "config" / "trio-ossuary" / "id_ed25519"
    authorized = tmp_path / "authorized_keys"
    authorized.write_text(read_text(f"{identity}.pub"))
    async with serving(
        "--key",
        str(server_key),
        "--authorized-keys",
        str(authorized),
        "--echo",
        env=env,
    ) as (_, port):
        connect = ("connect", f"127.0.0.1:{port}", *trust(server_key))
        result = await run_cli(
            *connect, "--linger", "0.2", stdin=b"me\n", answer=b"me\n", env=env
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout == b"me\n"
        result = await run_cli(*connect, "--anonymous", stdin=b"me\n", env=env)
        result.assert_one_line_error("pass --key")
        assert result.stdout == b""


async def test_forward_refused_tells_the_client(
    env: dict[str, str], server_key: Path, nursery: trio.Nursery
) -> None:
    # Contrast with a reachable service, where the same command succeeds.
    echo_port = await nursery.start(tcp_echo_server)
    with refusing_port() as refusing:
        for target, ok in ((echo_port, True), (refusing, False)):
            async with serving(
                "--key",
                str(server_key),
                "--allow-anonymous",
                "--forward",
                f"127.0.0.1:{target}",
                env=env,
            ) as (_, port):
                result = await run_cli(
                    "connect",
                    f"127.0.0.1:{port}",
                    *trust(server_key),
                    "--linger",
                    "0.3",
                    stdin=b"hi\n",
                    answer=b"hi\n",
                    env=env,
                )
            if ok:
                assert result.returncode == 0, result.stderr
                assert result.stdout == b"hi\n"
            else:
                result.assert_one_line_error("ended the connection with a failure")


async def test_serve_stdio_hints_at_a_client_that_is_not_ossuary(
    env: dict[str, str], server_key: Path
) -> None:
    result = await run_cli(
        "serve",
        "--stdio",
        "--key",
        str(server_key),
        "--echo",
        stdin=b"SSH-2.0-OpenSSH_9.6\r\n",
        env=env,
    )
    result.assert_one_line_error(
        "this does not look like an Ossuary client (it sent 'SSH-2.0-OpenSSH_9.6')"
    )


def test_proxy_command_line_quotes_what_a_shell_would_expand() -> None:
    # Brackets are glob characters to the shell; the host reaches the proxy
    # command as one literal word whatever the current directory holds.
    line = proxy_command_line("nc %h %p # 100%%", "[fe80::1%eth0]", 22)
    assert line == "nc '[fe80::1%eth0]' 22 # 100%"
    assert proxy_command_line("nc %h %p", "db.example", 5432) == "nc db.example 5432"
