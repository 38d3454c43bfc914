"""``trio-ossuary known-hosts``: --list, and --remove like ``ssh-keygen -R``.

Every test runs the real command (see cli_helpers) on a known-hosts file
the test writes with the library's store.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
from pathlib import Path

import pytest
import trio
from cli_helpers import CLI, run_cli

from trio_ossuary import KnownHosts, SecretKey
from trio_ossuary.keyfiles import format_public_key

KEYS = [SecretKey.generate().public_key for _ in range(4)]


@pytest.fixture
def store(tmp_path: Path) -> KnownHosts:
    """A known-hosts file with four entries, two of them for one host."""
    known = KnownHosts(tmp_path / "known_hosts")
    known.add("db.example", 5432, KEYS[0])
    known.add("db.example", 7000, KEYS[1])
    known.add("::1", 8000, KEYS[2])
    known.add("web.example", 443, KEYS[3])
    return known


def _command(store: KnownHosts, *args: str) -> tuple[str, ...]:
    return ("known-hosts", "--known-hosts", str(store.path), *args)


async def test_list(env: dict[str, str], store: KnownHosts) -> None:
    result = await run_cli(*_command(store, "--list"), env=env)
    assert result.returncode == 0, result.stderr
    assert result.text.splitlines() == [
        f"db.example:5432 {KEYS[0].fingerprint()}",
        f"db.example:7000 {KEYS[1].fingerprint()}",
        f"[::1]:8000 {KEYS[2].fingerprint()}",
        f"web.example:443 {KEYS[3].fingerprint()}",
    ]


@pytest.mark.parametrize(
    ("target", "gone"),
    [
        ("db.example:7000", [("db.example", 7000)]),
        ("DB.example", [("db.example", 5432), ("db.example", 7000)]),
        ("[::1]:8000", [("::1", 8000)]),
        ("[0:0::1]", [("::1", 8000)]),
        ("::1", [("::1", 8000)]),
    ],
)
async def test_remove(
    env: dict[str, str],
    store: KnownHosts,
    target: str,
    gone: list[tuple[str, int]],
) -> None:
    before = store.entries()
    inode = os.stat(store.path).st_ino
    result = await run_cli(*_command(store, "--remove", target), env=env)
    assert result.returncode == 0, result.stderr
    assert len(result.text.splitlines()) == len(gone)
    for host, port in gone:
        assert f"{before[(host, port)].fingerprint()}" in result.text
    after = store.entries()
    assert after == {name: key for name, key in before.items() if name not in gone}
    # Replaced by a rename (atomic), not rewritten in place.
    assert os.stat(store.path).st_ino != inode


async def test_remove_nothing_is_an_error(
    env: dict[str, str], store: KnownHosts
) -> None:
    before = store.path.read_bytes()
    result = await run_cli(*_command(store, "--remove", "db.example:1"), env=env)
    assert result.returncode == 1
    result.assert_one_line_error("no key is recorded for db.example:1")
    assert store.path.read_bytes() == before


@pytest.mark.parametrize("target", ["bad host", "db.example:0", "[::1"])
async def test_remove_refuses_a_malformed_target(
    env: dict[str, str], store: KnownHosts, target: str
) -> None:
    result = await run_cli(*_command(store, "--remove", target), env=env)
    assert result.returncode == 2
    result.assert_one_line_error("--remove")


def _waiting_for_lock(lock_file: Path) -> bool:
    # Blocked flock requests are listed in /proc/locks with a "->" marker.
    inode = os.stat(lock_file).st_ino
    with open("/proc/locks") as locks:
        return any(
            "->" in line and line.split()[-3].endswith(f":{inode}") for line in locks
        )


@pytest.mark.skipif(not os.path.exists("/proc/locks"), reason="needs /proc/locks")
async def test_remove_waits_for_the_writers_lock(
    env: dict[str, str], store: KnownHosts
) -> None:
    # Another writer (a connect recording a new server) holds the lock: the
    # removal waits for it instead of writing over its change.
    lock_file = Path(f"{store.path}.lock")
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        process = await trio.lowlevel.open_process(
            [*CLI, *_command(store, "--remove", "web.example:443")],
            stdout=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
        with trio.fail_after(20):
            # The kernel's lock table has no event to wait on: poll it.
            while not _waiting_for_lock(lock_file):  # noqa: ASYNC110
                await trio.sleep(0.01)
        # What the other writer does while it holds the lock is kept.
        newcomer = SecretKey.generate().public_key
        text = store.path.read_text()
        store.path.write_text(text + f"new.example:22 {format_public_key(newcomer)}\n")
        assert process.returncode is None
    finally:
        os.close(fd)  # releases the lock
    with trio.fail_after(20):
        await process.wait()
    assert process.returncode == 0
    entries = store.entries()
    assert ("web.example", 443) not in entries
    assert entries[("new.example", 22)] == newcomer
