"""Secrets stay secret: the passphrase leaves the environment, seeds are never shown.

Every test runs the real command (see cli_helpers).
"""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path

import pytest
from cli_helpers import run_cli, serving

from trio_ossuary import PublicKey, SecretKey
from trio_ossuary.keyfiles import format_public_key, load_public_key, save_secret_key

PASSPHRASE = "correct horse battery staple"


def _environ_of(pid: int) -> bytes:
    with open(f"/proc/{pid}/environ", "rb") as file:
        return file.read()


# ---------------------------------------------------------------------------
# The passphrase is read once, then gone from the environment


@pytest.mark.skipif(not os.path.exists("/proc/self/environ"), reason="needs /proc")
async def test_passphrase_is_not_in_serves_environ(
    env: dict[str, str], tmp_path: Path
) -> None:
    key_file = tmp_path / "server.key"
    save_secret_key(SecretKey.generate(), key_file, passphrase=PASSPHRASE)
    secret_env = dict(env, TRIO_OSSUARY_PASSPHRASE=PASSPHRASE)
    # What a command run by the server would read: its parent's environ.
    spy = "tr '\\0' '\\n' < /proc/$PPID/environ"
    args = ("--key", str(key_file), "--allow-anonymous", "--exec", spy)
    async with serving(*args, env=secret_env) as (server, port):
        # Python and the C library were both told; the kernel's copy too.
        own = _environ_of(server.process.pid)
        assert PASSPHRASE.encode() not in own
        assert b"XDG_CONFIG_HOME=" in own  # it is the real environment

        result = await run_cli(
            "connect",
            f"127.0.0.1:{port}",
            "--trust",
            load_public_key(f"{key_file}.pub").fingerprint(),
            "--anonymous",
            # The command's end is the server's: wait for it, however long
            # the command takes to start (the default 1 s could cut it off).
            "--linger",
            "inf",
            env=env,
        )
        assert result.returncode == 0, result.stderr
        assert b"XDG_CONFIG_HOME=" in result.stdout
        assert PASSPHRASE.encode() not in result.stdout

        # Kept in memory for a reload: a new key under the same passphrase.
        new_key = SecretKey.generate()
        save_secret_key(new_key, tmp_path / "new.key", passphrase=PASSPHRASE)
        os.replace(tmp_path / "new.key", key_file)
        server.process.send_signal(signal.SIGHUP)
        await server.wait_for(
            re.escape(f"reloaded: server key {new_key.public_key.fingerprint()}")
        )
        assert PASSPHRASE.encode() not in _environ_of(server.process.pid)
    assert PASSPHRASE not in server.stderr


# ---------------------------------------------------------------------------
# pubkey and fingerprint never print a secret seed as a public key


@pytest.mark.parametrize("comment", ["", " my server seed"])
@pytest.mark.parametrize("command", ["pubkey", "fingerprint"])
async def test_hex_file_needs_secret_or_public(
    env: dict[str, str], tmp_path: Path, comment: str, command: str
) -> None:
    seed = SecretKey.generate()
    seed_hex = seed.secret_bytes().hex()
    path = tmp_path / "seed"
    path.write_text(f"{seed_hex}{comment}\n")
    os.chmod(path, 0o600)
    result = await run_cli(command, str(path), env=env)
    assert result.returncode == 2
    result.assert_one_line_error("64 hex digits", "--secret or --public")
    assert result.stdout == b""
    # The seed's bytes appear nowhere, in hex or in an ssh-ed25519 line.
    as_public = format_public_key(PublicKey(seed.secret_bytes())).split()[1]
    for text in (result.stderr, result.text):
        assert seed_hex not in text.lower()
        assert as_public not in text


async def test_bare_seed_pubkey_with_secret_and_hex(
    env: dict[str, str], tmp_path: Path
) -> None:
    seed = SecretKey.generate()
    path = tmp_path / "seed"
    path.write_text(seed.secret_bytes().hex() + "\n")
    os.chmod(path, 0o600)
    result = await run_cli("pubkey", "--secret", "--hex", str(path), env=env)
    assert result.returncode == 0, result.stderr
    assert result.text == seed.public_key.hex() + "\n"
    assert seed.secret_bytes().hex() not in result.text

    public = tmp_path / "peer.pub"
    public.write_text(seed.public_key.hex() + " the peer\n")
    result = await run_cli("pubkey", "--public", str(public), env=env)
    assert result.returncode == 0, result.stderr
    assert load_public_key(public) == seed.public_key
    assert result.text.split()[2:] == ["the", "peer"]


async def test_pubkey_hex_of_openssh_files(
    env: dict[str, str], tmp_path: Path, server_key: Path
) -> None:
    expected = load_public_key(f"{server_key}.pub").hex()
    for path in (server_key, Path(f"{server_key}.pub")):
        result = await run_cli("pubkey", "--hex", str(path), env=env)
        assert result.returncode == 0, result.stderr
        assert result.text == expected + "\n"
        assert re.fullmatch(r"[0-9a-f]{64}\n", result.text)


async def test_kind_option_that_contradicts_the_file(
    env: dict[str, str], server_key: Path
) -> None:
    result = await run_cli("pubkey", "--public", str(server_key), env=env)
    assert result.returncode == 2
    result.assert_one_line_error("holds a secret key, not a public one")
    result = await run_cli("fingerprint", "--secret", f"{server_key}.pub", env=env)
    assert result.returncode == 2
    result.assert_one_line_error("holds a public key, not a secret one")


async def test_open_bare_seed_is_not_called_a_public_key(
    env: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "seed"
    path.write_text(SecretKey.generate().secret_bytes().hex() + "\n")
    os.chmod(path, 0o644)
    result = await run_cli(
        "serve", "--key", str(path), "--listen", "127.0.0.1:0", "--echo", env=env
    )
    assert result.returncode == 1
    result.assert_one_line_error("permissions 0644", "too open")
    assert "public key" not in result.stderr


async def test_key_that_is_no_key_says_so_before_its_permissions(
    env: dict[str, str], tmp_path: Path
) -> None:
    # Like /etc/passwd: readable by everyone, and not a key at all.
    path = tmp_path / "passwd"
    path.write_text("root:x:0:0:root:/root:/bin/bash\n")
    os.chmod(path, 0o644)
    trusted = SecretKey.generate().public_key.fingerprint()
    for command in (
        ("serve", "--key", str(path), "--listen", "127.0.0.1:0", "--echo"),
        ("connect", "127.0.0.1:1", "--key", str(path), "--trust", trusted),
        ("pubkey", str(path)),
    ):
        result = await run_cli(*command, env=env)
        assert result.returncode == 2, result
        result.assert_one_line_error(f"{str(path)!r} is not a key file")
        assert "too open" not in result.stderr
