"""Usage and configuration errors: one exit status per kind, one clear line.

docs/cli.rst's exit-status table: 2 for a command line that is wrong (an
unknown, missing or conflicting option, a malformed value, a file that
holds another kind of thing than its option takes), 1 for what a correct
command line can still fail on (a file that is missing, unreadable or too
open).  Every test runs the real command (see cli_helpers).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli_helpers import run_cli

from trio_ossuary import SecretKey


@pytest.fixture
def files(tmp_path: Path, server_key: Path) -> dict[str, str]:
    """Names for the placeholders in the command lines below."""
    passwd = tmp_path / "passwd"
    passwd.write_text("root:x:0:0:root:/root:/bin/bash\n")
    open_key = tmp_path / "open.key"
    open_key.write_bytes(server_key.read_bytes())
    os.chmod(open_key, 0o644)
    seed = tmp_path / "seed"
    seed.write_text(SecretKey.generate().secret_bytes().hex() + "\n")
    os.chmod(seed, 0o600)
    return {
        "KEY": str(server_key),
        "PUB": f"{server_key}.pub",
        "FP": SecretKey.generate().public_key.fingerprint(),
        "PASSWD": str(passwd),
        "OPEN": str(open_key),
        "SEED": str(seed),
        "MISSING": str(tmp_path / "missing.pub"),
    }


def _fill(args: tuple[str, ...], files: dict[str, str]) -> list[str]:
    return [files.get(arg, arg) for arg in args]


_SERVE = ("serve", "--listen", "127.0.0.1:0", "--echo")
_CONNECT = ("connect", "127.0.0.1:1")

USAGE_ERRORS = [
    # argparse's own
    (("serve", "--key", "KEY", *_SERVE[1:], "--frobnicate"), "unrecognized"),
    (("connect", "127.0.0.1:1", "--trust", "FP", "--accept-new"), "cannot be"),
    (("connect", "no-port"), "HOST:PORT"),
    # malformed values
    ((*_CONNECT, "--trust", "SHA256:short"), "not a valid fingerprint"),
    ((*_CONNECT, "--trust", "ssh-ed25519 AAAA"), "not a valid public key"),
    ((*_CONNECT, "--trust", "FP", "--proxy-command", "x"), None),
    # a file of another kind than the option takes
    ((*_CONNECT, "--trust", "KEY"), "is a secret key file"),
    ((*_CONNECT, "--trust", "PASSWD"), "is not a public key file"),
    (("serve", "--key", "PUB", "--listen", "0", "--echo"), "is a public key"),
    (("serve", "--key", "PASSWD", "--listen", "0", "--echo"), "is not a key file"),
    (("pubkey", "SEED"), "--secret or --public"),
    (("fingerprint", "--public", "KEY"), "holds a secret key"),
    # counts: bounded, and a huge one is named by its start only
    ((*_SERVE, "--workers", "257"), "at most 256"),
    ((*_SERVE, "--workers", "0"), "expected 1 or more"),
    ((*_SERVE, "--max-connections", "9" * 5000), "too large"),
]


@pytest.mark.parametrize(("args", "fragment"), USAGE_ERRORS)
async def test_usage_errors_share_status_2(
    env: dict[str, str],
    files: dict[str, str],
    args: tuple[str, ...],
    fragment: str | None,
) -> None:
    if fragment is None:  # a host that %h could not pass on safely
        args = ("connect", "a;b:1", "--trust", "FP", "--proxy-command", "x %h")
        fragment = "invalid host name"
    result = await run_cli(*_fill(args, files), env=env)
    assert result.returncode == 2, result
    result.assert_one_line_error(fragment)


FILE_ERRORS = [
    (("serve", "--key", "MISSING", "--listen", "0", "--echo"), "does not exist"),
    (("serve", "--key", "OPEN", "--listen", "0", "--echo"), "too open"),
    (
        ("serve", "--key", "KEY", "--authorized-keys", "MISSING", *_SERVE[1:]),
        "does not exist",
    ),
    ((*_CONNECT, "--trust", "MISSING"), "does not exist"),
    (("pubkey", "MISSING"), "does not exist"),
]


@pytest.mark.parametrize(("args", "fragment"), FILE_ERRORS)
async def test_file_errors_share_status_1(
    env: dict[str, str], files: dict[str, str], args: tuple[str, ...], fragment: str
) -> None:
    result = await run_cli(*_fill(args, files), env=env)
    assert result.returncode == 1, result
    result.assert_one_line_error(fragment)


async def test_trust_names_a_missing_file(env: dict[str, str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.pub"
    result = await run_cli(*_CONNECT, "--trust", str(missing), env=env)
    assert result.returncode == 1
    result.assert_one_line_error(f"--trust {str(missing)!r}: the file does not exist")
    # Not mistaken for a malformed key or fingerprint.
    assert "not a valid" not in result.stderr


# ---------------------------------------------------------------------------
# -q belongs to the commands that log connections (issue #18)


@pytest.mark.parametrize("command", ["keygen", "pubkey", "fingerprint", "demo"])
async def test_quiet_only_for_commands_that_log_connections(
    env: dict[str, str], command: str
) -> None:
    result = await run_cli(command, "--help", env=env)
    assert result.returncode == 0
    assert "-q" not in result.text.split()
    assert "--log-file" not in result.text
    operand = ("FILE",) if command in ("pubkey", "fingerprint") else ()
    for args in ((command, "-q"), ("-q", command)):
        result = await run_cli(*args, *operand, env=env)
        assert result.returncode == 2, result
        result.assert_one_line_error("-q")


@pytest.mark.parametrize("command", ["serve", "connect"])
async def test_quiet_and_log_file_for_serve_and_connect(
    env: dict[str, str], command: str
) -> None:
    result = await run_cli(command, "--help", env=env)
    assert result.returncode == 0
    assert "-q, --quiet" in result.text
    assert "--log-file FILE" in result.text
