"""Tests of the ``trio-ossuary`` command: keys, trust, errors, demo.

Every test runs the real command in a child process (see cli_helpers).
"""

from __future__ import annotations

import importlib.metadata
import os
import signal
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import trio
from cli_helpers import (
    CLI,
    make_key,
    read_text,
    run_cli,
    running_cli,
    serving,
)

from trio_ossuary import SecretKey
from trio_ossuary.keyfiles import format_public_key, load_public_key


def ssh_keygen(*args: str) -> str:
    return subprocess.run(
        ["ssh-keygen", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    ).stdout


# ---------------------------------------------------------------------------
# Packaging


def test_console_script_points_at_main() -> None:
    from trio_ossuary._cli.main import main

    (script,) = [
        ep
        for ep in importlib.metadata.entry_points(group="console_scripts")
        if ep.name == "trio-ossuary"
    ]
    assert script.load() is main


async def test_import_does_not_load_the_cli(env: dict[str, str]) -> None:
    code = (
        "import sys, trio_ossuary\n"
        "assert not [m for m in sys.modules if m.startswith('trio_ossuary._cli')]\n"
    )
    result = await trio.run_process(
        [sys.executable, "-c", code], env=env, capture_stderr=True, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ((), ["keygen", "serve", "connect", "demo", "--version"]),
        (("keygen",), ["--passphrase", "--force", "-C", "XDG_CONFIG_HOME"]),
        (("pubkey",), ["--public", "--secret", "--hex"]),
        (("fingerprint",), ["ssh-keygen -lf"]),
        (
            ("serve",),
            ["--forward", "--exec", "--stdio", "--authorized-keys", "/bin/sh"],
        ),
        (("connect",), ["--proxy-command", "--accept-new", "--trust", "--linger"]),
        (("demo",), ["--size"]),
    ],
)
async def test_help(
    env: dict[str, str], command: tuple[str, ...], expected: list[str]
) -> None:
    result = await run_cli(*command, "--help", env=env)
    assert result.returncode == 0
    help_text = " ".join(result.text.split())
    for word in expected:
        assert word in help_text


async def test_version(env: dict[str, str]) -> None:
    from trio_ossuary import __version__

    result = await run_cli("--version", env=env)
    assert result.returncode == 0
    assert result.text.strip() == f"trio-ossuary {__version__}"


# ---------------------------------------------------------------------------
# Keys


async def test_keygen_pubkey_fingerprint_agree_with_ssh_keygen(
    env: dict[str, str], tmp_path: Path
) -> None:
    key = tmp_path / "id"
    result = await run_cli("keygen", "-f", str(key), "-C", "me@here", env=env)
    assert result.returncode == 0, result.stderr
    expected = ssh_keygen("-lf", str(key)).strip()
    assert result.text.strip() == expected
    assert expected.startswith("256 SHA256:")
    assert expected.endswith(" me@here (ED25519)")
    for path in (key, Path(f"{key}.pub")):
        result = await run_cli("fingerprint", str(path), env=env)
        assert result.returncode == 0, result.stderr
        assert result.text.strip() == expected
    result = await run_cli("pubkey", str(key), env=env)
    assert result.text == read_text(f"{key}.pub")
    assert result.text.split()[:2] == ssh_keygen("-y", "-f", str(key)).split()[:2]

    # A key ssh-keygen made, read by us.
    theirs = tmp_path / "theirs"
    ssh_keygen("-q", "-t", "ed25519", "-N", "", "-C", "made@ssh", "-f", str(theirs))
    result = await run_cli("fingerprint", str(theirs), env=env)
    assert result.text.strip() == ssh_keygen("-lf", str(theirs)).strip()


async def test_fingerprint_of_hex_files(env: dict[str, str], tmp_path: Path) -> None:
    key = SecretKey.generate()
    expected = f"256 {key.public_key.fingerprint()} no comment (ED25519)"
    secret = tmp_path / "seed"
    secret.write_text(key.secret_bytes().hex() + "\n")
    secret.chmod(0o600)
    public = tmp_path / "key.pub"
    public.write_text(key.public_key.hex() + "\n")
    plain_name = tmp_path / "public-hex"
    plain_name.write_text(key.public_key.hex())
    # Hex says nothing of its kind: the command line must (see
    # test_cli_secrets.py for what happens when it does not).
    for args in (
        ["--secret", str(secret)],
        ["--public", str(public)],
        ["--public", str(plain_name)],
    ):
        result = await run_cli("fingerprint", *args, env=env)
        assert result.returncode == 0, result.stderr
        assert result.text.strip() == expected
    result = await run_cli("pubkey", "--secret", str(secret), env=env)
    assert result.text.strip() == format_public_key(key.public_key)


async def test_an_endless_pub_file_next_to_a_secret_key_is_not_read_whole(
    env: dict[str, str], tmp_path: Path
) -> None:
    # The comment comes from KEY.pub when it holds the same key; a .pub that
    # never ends (here /dev/zero) is refused at the size limit, not read
    # into memory, and the fingerprint is printed without a comment.
    key = tmp_path / "id"
    result = await run_cli("keygen", "-f", str(key), "-C", "me@here", env=env)
    assert result.returncode == 0, result.stderr
    pub = tmp_path / "id.pub"
    pub.unlink()
    pub.symlink_to("/dev/zero")
    public = (await run_cli("pubkey", str(key), env=env)).text.split()
    result = await run_cli("fingerprint", str(key), env=env)
    assert result.returncode == 0, result.stderr
    assert result.text.strip().endswith(" no comment (ED25519)")
    assert public[2:] == []  # no comment on the public key line either


async def test_keygen_default_path_and_overwrite(
    env: dict[str, str], tmp_path: Path
) -> None:
    result = await run_cli("keygen", env=env)
    assert result.returncode == 0, result.stderr
    default = tmp_path / "config" / "trio-ossuary" / "id_ed25519"
    assert default.exists()
    assert default.with_name("id_ed25519.pub").exists()
    assert (default.parent.stat().st_mode & 0o777) == 0o700
    before = default.read_bytes()

    result = await run_cli("keygen", env=env)
    result.assert_one_line_error("already exists", "--force")
    assert default.read_bytes() == before

    result = await run_cli("keygen", "--force", env=env)
    assert result.returncode == 0, result.stderr
    assert default.read_bytes() != before


async def test_keygen_with_passphrase_from_environment(
    env: dict[str, str], tmp_path: Path
) -> None:
    key = tmp_path / "locked"
    with_pass = dict(env, TRIO_OSSUARY_PASSPHRASE="correct horse")
    result = await run_cli("keygen", "-f", str(key), "--passphrase", env=with_pass)
    assert result.returncode == 0, result.stderr
    fingerprint = result.text.split()[1]
    # It really is encrypted, and ssh-keygen agrees on the passphrase.
    assert "aes256-ctr" in _openssh_header(key)
    assert (
        ssh_keygen("-y", "-P", "correct horse", "-f", str(key)).split()[:2]
        == (read_text(f"{key}.pub").split()[:2])
    )
    result = await run_cli("pubkey", str(key), env=with_pass)
    assert result.returncode == 0, result.stderr
    result = await run_cli("fingerprint", str(key), env=with_pass)
    assert result.text.split()[1] == fingerprint

    wrong = dict(env, TRIO_OSSUARY_PASSPHRASE="wrong")
    result = await run_cli("fingerprint", str(key), env=wrong)
    result.assert_one_line_error("incorrect passphrase")
    # No passphrase and no terminal to ask on.
    result = await run_cli("fingerprint", str(key), env=env)
    result.assert_one_line_error("passphrase", "TRIO_OSSUARY_PASSPHRASE")
    result = await run_cli(
        "keygen", "-f", str(tmp_path / "k2"), "--passphrase", env=env
    )
    result.assert_one_line_error("no terminal")


def _openssh_header(path: Path) -> str:
    import base64

    body = "".join(path.read_text().splitlines()[1:-1])
    return base64.b64decode(body)[:64].decode("latin-1")


# A file that cannot be used is status 1; one that holds another kind of
# thing than --key takes is a command-line mistake, status 2.
@pytest.mark.parametrize(
    ("setup", "fragment", "serve_status"),
    [
        ("missing", "does not exist", 1),
        ("directory", "is a directory", 1),
        ("junk", "is not a key file", 2),
        ("too-open", "too open", 1),
        ("rsa", "only ssh-ed25519", 2),
    ],
)
async def test_key_file_errors(
    env: dict[str, str], tmp_path: Path, setup: str, fragment: str, serve_status: int
) -> None:
    path = tmp_path / "key"
    if setup == "directory":
        path.mkdir()
    elif setup == "junk":
        path.write_text("this is not a key\n")
    elif setup == "too-open":
        make_key(path)
        path.chmod(0o644)
    elif setup == "rsa":
        path = tmp_path / "rsa.pub"
        path.write_text("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ me@x\n")
    result = await run_cli("fingerprint", str(path), env=env)
    result.assert_one_line_error(fragment)
    result = await run_cli(
        "serve", "--key", str(path), "--listen", "0", "--echo", env=env
    )
    assert result.returncode == serve_status
    assert "Traceback" not in result.stderr


async def test_serve_refuses_an_authorized_keys_file_without_keys(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    # A server that would refuse every client is a mistake, said at once.
    authorized = tmp_path / "authorized_keys"
    authorized.write_text("# nobody yet\n")
    result = await run_cli(
        "serve",
        "--key",
        str(server_key),
        "--authorized-keys",
        str(authorized),
        "--listen",
        "127.0.0.1:0",
        "--echo",
        env=env,
    )
    result.assert_one_line_error("authorizes no keys")


async def test_unreadable_key_file(env: dict[str, str], tmp_path: Path) -> None:
    # Permission bits do not stop root (CI runs as root), but a directory
    # cannot be read as a file by anyone.
    path = tmp_path / "key.pub"
    path.mkdir()
    result = await run_cli("fingerprint", str(path), env=env)
    result.assert_one_line_error("is a directory")
    result = await run_cli(
        "serve", "--key", str(path), "--listen", "0", "--echo", env=env
    )
    result.assert_one_line_error("is a directory")


# ---------------------------------------------------------------------------
# Command-line errors


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["connect", "no-port"], "expected HOST:PORT"),
        (["connect", "host:0"], "invalid port 0"),
        (["connect", "host:70000"], "invalid port 70000"),
        (["connect", "::1:80"], "brackets"),
        (["connect", "h:1", "--trust", "x", "--accept-new"], "--accept-new"),
        (["connect", "h:1", "--trust", "x", "--known-hosts", "k"], "not allowed"),
        (["serve", "--key", "k", "--echo"], "--listen --stdio"),
        (
            ["serve", "--key", "k", "--listen", "1", "--echo", "--exec", "cat"],
            "not allowed",
        ),
        (["serve", "--key", "k", "--listen", "1"], "--echo --forward --exec"),
        (["serve", "--key", "k", "--listen", "1", "--forward", "x"], "HOST:PORT"),
        (["serve", "--listen", "1", "--echo"], "--key"),
        (["serve", "--key", "k", "--stdio", "--echo", "--workers", "2"], "--listen"),
        (["connect", "h:1", "--grace", "1"], "--grace needs --listen"),
        (["serve", "--key", "k", "--listen", "1", "--echo", "--workers", "0"], "count"),
        (["serve", "--key", "k", "--listen", "unix:", "--echo"], "path is empty"),
        (["serve", "--key", "k", "--listen", "1", "--forward", "unix:"], "empty"),
        (["demo", "--size", "0"], "invalid size"),
        (["frobnicate"], "invalid choice"),
        ([], "a command is required"),
    ],
)
async def test_bad_arguments(
    env: dict[str, str], args: list[str], fragment: str
) -> None:
    result = await run_cli(*args, env=env)
    assert result.returncode == 2
    result.assert_one_line_error(fragment)


async def test_connection_refused(env: dict[str, str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound but not listening: refused
        result = await run_cli("connect", f"127.0.0.1:{port}", "--accept-new", env=env)
    result.assert_one_line_error(f"cannot connect to 127.0.0.1:{port}", "refused")


async def test_port_in_use(env: dict[str, str], server_key: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = await run_cli(
            "serve",
            "--key",
            str(server_key),
            "--listen",
            f"127.0.0.1:{port}",
            "--echo",
            env=env,
        )
    result.assert_one_line_error(f"cannot listen on 127.0.0.1:{port}", "in use")


async def test_not_an_ossuary_server(
    env: dict[str, str], nursery: trio.Nursery
) -> None:
    async def hang_up(stream: trio.SocketStream) -> None:
        await stream.aclose()

    listeners = await nursery.start(trio.serve_tcp, hang_up, 0)
    port = listeners[0].socket.getsockname()[1]
    result = await run_cli("connect", f"127.0.0.1:{port}", "--accept-new", env=env)
    result.assert_one_line_error(f"127.0.0.1:{port}")


async def test_server_vanishing_mid_connection(
    env: dict[str, str], server_key: Path
) -> None:
    async with (
        serving("--key", str(server_key), "--echo", env=env) as (
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
        # The server dies without saying goodbye: a truncation, not a close.
        server.process.kill()
        status = await client.wait()
    assert status == 1
    errors = [line for line in client.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1, client.stderr
    assert errors[0].startswith(
        f"trio-ossuary: error: connection with server 127.0.0.1:{port}"
    )
    assert "Traceback" not in client.stderr


def _connected(port: int) -> bool:
    # Whether some process holds an established connection to the port.
    wanted = f":{port:04X} "
    with open("/proc/net/tcp") as table:
        return any(wanted in line and line.split()[3] == "01" for line in table)


# ---------------------------------------------------------------------------
# Trust


async def test_trust_on_first_use_then_match_then_changed_key(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    known = tmp_path / "known_hosts"
    async with serving("--key", str(server_key), "--echo", env=env) as (_, port):
        args = (
            "connect",
            f"127.0.0.1:{port}",
            "--known-hosts",
            str(known),
            "--linger",
            "0.3",
        )
        # No terminal, no --accept-new: refused, and nothing recorded.
        result = await run_cli(*args, stdin=b"hi\n", env=env)
        result.assert_one_line_error("no terminal", "--accept-new", "--trust SHA256:")
        assert result.stdout == b""
        assert not known.exists()

        result = await run_cli(
            *args, "--accept-new", stdin=b"hi\n", answer=b"hi\n", env=env
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout == b"hi\n"
        assert "trusted on first use" in result.stderr
        assert known.read_text().startswith(f"127.0.0.1:{port} ssh-ed25519 ")

        # Second connection: the recorded key matches; no flag needed.
        result = await run_cli(*args, stdin=b"again\n", answer=b"again\n", env=env)
        assert result.returncode == 0, result.stderr
        assert result.stdout == b"again\n"

    # Same address, new key: always refused, even with --accept-new.
    other = tmp_path / "other.key"
    make_key(other)
    async with running_cli(
        "serve", "--key", str(other), "--listen", f"127.0.0.1:{port}", "--echo", env=env
    ) as impostor:
        await impostor.wait_for(f"listening on 127.0.0.1:{port}")
        for extra in ((), ("--accept-new",)):
            result = await run_cli(*args, *extra, stdin=b"hi\n", env=env)
            result.assert_one_line_error("has changed", "man-in-the-middle")
            assert result.stdout == b""


async def test_trust_option_forms(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    public = load_public_key(f"{server_key}.pub")
    async with serving("--key", str(server_key), "--echo", env=env) as (_, port):
        for form in (
            f"{server_key}.pub",
            public.fingerprint(),
            public.hex(),
            format_public_key(public),
        ):
            result = await run_cli(
                "connect",
                f"127.0.0.1:{port}",
                "--trust",
                form,
                "--linger",
                "0.2",
                stdin=b"ok\n",
                answer=b"ok\n",
                env=env,
            )
            assert result.returncode == 0, (form, result.stderr)
            assert result.stdout == b"ok\n"
        result = await run_cli(
            "connect", f"127.0.0.1:{port}", "--trust", "nonsense", env=env
        )
        result.assert_one_line_error("--trust")
        # --trust never touches the known-hosts file.
        assert not (tmp_path / "config" / "trio-ossuary" / "known_hosts").exists()


async def test_client_authentication(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    allowed = tmp_path / "allowed.key"
    make_key(allowed)
    stranger = tmp_path / "stranger.key"
    make_key(stranger)
    authorized = tmp_path / "authorized_keys"
    authorized.write_text(read_text(f"{allowed}.pub"))
    async with serving(
        "--key",
        str(server_key),
        "--authorized-keys",
        str(authorized),
        "--echo",
        env=env,
    ) as (_, port):
        base = ("connect", f"127.0.0.1:{port}", "--trust", f"{server_key}.pub")
        result = await run_cli(
            *base,
            "--key",
            str(allowed),
            "--linger",
            "0.2",
            stdin=b"me\n",
            answer=b"me\n",
            env=env,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout == b"me\n"
        for extra in ((), ("--key", str(stranger))):
            result = await run_cli(*base, *extra, stdin=b"me\n", env=env)
            result.assert_one_line_error(f"127.0.0.1:{port}")
            assert result.stdout == b""


# ---------------------------------------------------------------------------
# Signals and the demo


async def test_ctrl_c_exits_130_without_traceback(
    env: dict[str, str], server_key: Path
) -> None:
    async with serving("--key", str(server_key), "--echo", env=env) as (server, port):
        async with running_cli(
            "-v",
            "connect",
            f"127.0.0.1:{port}",
            "--trust",
            f"{server_key}.pub",
            env=env,
            stdin=subprocess.PIPE,
        ) as client:
            await client.wait_for("connected to")
            assert await client.stop(signal.SIGINT) == 130
        # A listening server shuts down gracefully: nothing was cut off.
        assert await server.stop(signal.SIGINT) == 0
    for output in (client.stderr, server.stderr):
        assert "Traceback" not in output
        assert "error:" not in output


async def test_demo(env: dict[str, str]) -> None:
    result = await run_cli("demo", "--size", "1", env=env)
    assert result.returncode == 0, result.stderr
    out = result.text
    assert out.count("SHA256:") >= 4
    assert "trusting SHA256:" in out
    assert "checksum OK" in out
    assert "MB/s" in out
    assert "100%" in result.stderr
    assert "Traceback" not in result.stderr


def test_module_runs_under_python_dash_m() -> None:
    result = subprocess.run(
        [*CLI, "--version"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        env=dict(os.environ),
    )
    assert result.returncode == 0


# ---------------------------------------------------------------------------
# The question at the terminal (a pseudo-terminal becomes the child's
# controlling terminal; stdin and stdout stay pipes, as in a pipeline)


@dataclass
class Terminal:
    returncode: int
    stdout: bytes
    stderr: str
    screen: str


async def run_with_terminal(
    args: list[str],
    env: dict[str, str],
    *,
    answer: bytes | None,
    stdin: bytes = b"",
    expect: bytes = b"",
) -> Terminal:
    """Run the command with a terminal; answer its question once it is asked.

    With ``expect``, stdin stays open until as many bytes came on stdout (or
    stdout ended): a finite ``--linger`` counts from its end, which must not
    overtake an answer still on its way.
    """
    master, slave = os.openpty()
    # A small launcher makes the pseudo-terminal the command's controlling
    # terminal (new session, then open it), then execs the command.
    launcher = (
        "import os, sys\n"
        "os.setsid()\n"
        "os.close(os.open(sys.argv[1], os.O_RDWR))\n"
        "os.execv(sys.executable, [sys.executable, *sys.argv[2:]])\n"
    )
    # The slave stays open here until the end: a pty whose slave nobody has
    # open reads as EIO on the master side.
    try:
        process = await trio.lowlevel.open_process(
            [sys.executable, "-c", launcher, os.ttyname(slave), *CLI[1:], *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
    except BaseException:
        os.close(slave)
        os.close(master)
        raise
    tty = trio.lowlevel.FdStream(master)
    screen = bytearray()
    out = {"stdout": bytearray(), "stderr": bytearray()}
    asked = trio.Event()
    answered = trio.Event()

    async def collect(stream: trio.abc.ReceiveStream, into: bytearray) -> None:
        async with stream:
            while data := await stream.receive_some():
                into += data
                if into is out["stdout"] and len(into) >= len(expect):
                    answered.set()
        if into is out["stdout"]:
            answered.set()

    async def watch_terminal() -> None:
        try:
            while data := await tty.receive_some():
                screen.extend(data)
                if b"(yes/no)? " in screen:
                    asked.set()
        except (trio.BrokenResourceError, OSError):
            pass  # EIO once the child has gone

    assert process.stdin is not None
    assert process.stdout is not None
    assert process.stderr is not None
    with trio.fail_after(30):
        async with trio.open_nursery() as nursery:
            nursery.start_soon(collect, process.stdout, out["stdout"])
            nursery.start_soon(collect, process.stderr, out["stderr"])
            nursery.start_soon(watch_terminal)
            await process.stdin.send_all(stdin)
            if not expect:
                await process.stdin.aclose()
            await asked.wait()
            if answer is None:
                process.send_signal(signal.SIGINT)
            else:
                await tty.send_all(answer)
            if expect:
                await answered.wait()
                await process.stdin.aclose()
            await process.wait()
            nursery.cancel_scope.cancel()
    os.close(slave)
    await tty.aclose()
    return Terminal(
        process.returncode,
        bytes(out["stdout"]),
        out["stderr"].decode(),
        screen.decode("utf-8", "replace"),
    )


async def test_new_server_key_is_asked_about_at_the_terminal(
    env: dict[str, str], server_key: Path, tmp_path: Path
) -> None:
    known = tmp_path / "known_hosts"
    fingerprint = load_public_key(f"{server_key}.pub").fingerprint()
    async with serving("--key", str(server_key), "--echo", env=env) as (_, port):
        args = ["connect", f"127.0.0.1:{port}", "--known-hosts", str(known)]
        args += ["--linger", "0.3"]

        # "no": refused, nothing recorded.
        run = await run_with_terminal(args, env, answer=b"no\n", stdin=b"hi\n")
        assert fingerprint in run.screen
        assert run.returncode == 1
        assert "you answered no" in run.stderr
        assert "Traceback" not in run.stderr
        assert not known.exists()

        # Ctrl-C while the question is pending: 130, no traceback.
        run = await run_with_terminal(args, env, answer=None)
        assert run.returncode == 130
        assert "Traceback" not in run.stderr

        # A prompt "yes": recorded, and this very connection goes on.
        run = await run_with_terminal(
            args, env, answer=b"yes\n", stdin=b"hi\n", expect=b"hi\n"
        )
        assert run.returncode == 0, run.stderr
        assert run.stdout == b"hi\n"
        assert "reconnecting" not in run.stderr
        assert f"127.0.0.1:{port} ssh-ed25519" in read_text(known)
        # A "yes" after the server has given up waiting reconnects once:
        # tests/cli/test_cli_reconnect.py, on a mock clock.
