"""Tests for trio_ossuary._known_hosts."""

from __future__ import annotations

import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from trio_ossuary import (
    FileError,
    HostKeyChangedError,
    KeyFileError,
    KnownHosts,
    KnownHostsError,
    PublicKey,
    SecretKey,
    UntrustedServerError,
    default_known_hosts_path,
)
from trio_ossuary.keyfiles import format_public_key


def new_key() -> PublicKey:
    return SecretKey.generate().public_key


@pytest.fixture
def store(tmp_path: Path) -> KnownHosts:
    return KnownHosts(tmp_path / "config" / "trio-ossuary" / "known_hosts")


def test_first_use_records_key(store: KnownHosts) -> None:
    key = new_key()
    trust = store.for_host("Example.COM", 8000)
    assert not store.path.exists()
    assert trust(key) is True
    assert store.path.read_text() == f"example.com:8000 {format_public_key(key)}\n"
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert store.lookup("example.com", 8000) == key
    assert store.lookup("example.com", 8001) is None
    assert store.lookup("other.example", 8000) is None


def test_match_accepts_without_writing(store: KnownHosts) -> None:
    key = new_key()
    store.add("example.com", 22, key)
    before = store.path.stat().st_mtime_ns, store.path.read_text()
    assert store.for_host("example.com", 22)(key) is True
    assert store.check("EXAMPLE.com", 22, bytes(key)) is True
    assert (store.path.stat().st_mtime_ns, store.path.read_text()) == before


def test_changed_key_raises_with_both_fingerprints(store: KnownHosts) -> None:
    old, new = new_key(), new_key()
    store.path.parent.mkdir(parents=True)
    store.path.write_text(
        f"# trusted servers\n\nother.example:1 {format_public_key(new_key())}\n"
        f"example.com:8000 {format_public_key(old)}\n"
    )
    trust = store.for_host("example.com", 8000)
    with pytest.raises(HostKeyChangedError) as info:
        trust(new)
    error = info.value
    assert isinstance(error, UntrustedServerError)
    assert error.public_key == new
    assert error.known_key == old
    assert (error.host, error.port, error.lineno) == ("example.com", 8000, 4)
    assert error.path == str(store.path)
    message = str(error)
    assert new.fingerprint() in message
    assert old.fingerprint() in message
    assert "example.com:8000" in message
    assert f"{str(store.path)!r} line 4" in message
    assert "\n" not in message
    # Nothing was changed, and the old key is still trusted.
    assert store.lookup("example.com", 8000) == old
    assert trust(old) is True
    with pytest.raises(HostKeyChangedError):
        store.check("example.com", 8000, new)
    with pytest.raises(HostKeyChangedError):
        store.add("example.com", 8000, new)


def test_confirm_is_asked_on_first_use_only(store: KnownHosts) -> None:
    asked: list[tuple[str, int, PublicKey]] = []
    answer = False

    def confirm(host: str, port: int, key: PublicKey) -> bool:
        asked.append((host, port, key))
        return answer

    key = new_key()
    trust = store.for_host("::1", 9000, confirm=confirm)
    assert trust(key) is False
    assert store.lookup("::1", 9000) is None
    assert not store.path.exists()
    answer = True
    assert trust(key) is True
    assert trust(key) is True
    assert asked == [("::1", 9000, key), ("::1", 9000, key)]
    assert store.path.read_text() == f"[::1]:9000 {format_public_key(key)}\n"


def test_key_recorded_while_confirming_is_a_change(store: KnownHosts) -> None:
    theirs, ours = new_key(), new_key()

    def confirm(host: str, port: int, key: PublicKey) -> bool:
        # Another client records a different key while the user is asked.
        KnownHosts(store.path).add(host, port, theirs)
        return True

    with pytest.raises(HostKeyChangedError) as info:
        store.for_host("h", 1, confirm=confirm)(ours)
    assert info.value.known_key == theirs
    assert store.lookup("h", 1) == theirs


def test_ipv6_and_host_normalization(store: KnownHosts) -> None:
    key = new_key()
    store.add("[0:0::1]", 8000, key)
    assert store.lookup("::1", 8000) == key
    assert store.lookup("[::1]", 8000) == key
    store.add("10.0.0.1", 22, key)
    assert store.entries() == {("::1", 8000): key, ("10.0.0.1", 22): key}
    assert store.path.read_text().splitlines()[0].startswith("[::1]:8000 ssh-ed25519")


@pytest.mark.parametrize(
    ("host", "port"),
    [("example.com", 0), ("example.com", 65536), ("a b", 1), ("", 1), ("a:b", 1)],
)
def test_invalid_host_or_port(store: KnownHosts, host: str, port: int) -> None:
    with pytest.raises(ValueError, match="invalid"):
        store.lookup(host, port)
    with pytest.raises(ValueError, match="invalid"):
        store.for_host(host, port)


@pytest.mark.parametrize(("host", "port"), [("example.com", "22"), (None, 22)])
def test_wrong_host_or_port_type(store: KnownHosts, host: object, port: object) -> None:
    # A port given as a str is a wrong type, not a wrong value.
    key = new_key()
    for operation in (
        lambda: store.lookup(host, port),  # type: ignore[arg-type]
        lambda: store.check(host, port, key),  # type: ignore[arg-type]
        lambda: store.add(host, port, key),  # type: ignore[arg-type]
        lambda: store.remove(host, port),  # type: ignore[arg-type]
        lambda: store.for_host(host, port),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError, match="must be"):
            operation()
    assert not store.path.exists()


def test_existing_lines_are_kept_verbatim(store: KnownHosts) -> None:
    key = new_key()
    store.path.parent.mkdir(parents=True)
    original = f"# keep me\n\nold.example:1 {format_public_key(key, 'a note')}"
    store.path.write_text(original)  # no final newline
    store.path.chmod(0o644)
    added = new_key()
    store.add("new.example", 2, added)
    assert store.path.read_text() == (
        f"{original}\nnew.example:2 {format_public_key(added)}\n"
    )
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o644  # mode preserved
    assert store.lookup("old.example", 1) == key


def test_hex_entries_are_read(store: KnownHosts) -> None:
    key = new_key()
    store.path.parent.mkdir(parents=True)
    store.path.write_text(f"example.com:5 {key.hex()}\n")
    assert store.lookup("example.com", 5) == key


def test_remove_and_replace(store: KnownHosts) -> None:
    a, b, c = new_key(), new_key(), new_key()
    store.add("a", 1, a)
    store.add("b", 1, b)
    store.add("a", 1, c, replace=True)
    assert store.entries() == {("b", 1): b, ("a", 1): c}
    assert store.remove("b", 1) is True
    assert store.remove("b", 1) is False
    assert store.path.read_text() == f"a:1 {format_public_key(c)}\n"


def test_add_same_key_twice_writes_one_line(store: KnownHosts) -> None:
    key = new_key()
    store.add("a", 1, key)
    store.add("A", 1, key)
    assert len(store.path.read_text().splitlines()) == 1


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("example.com ssh-ed25519 AAAA", "expected HOST:PORT"),
        ("example.com:22", "no public key found"),
        ("example.com:http ssh-ed25519 AAAA", "invalid port 'http'"),
        ("example.com:0 {key}", "invalid port 0"),
        ("::1:22 {key}", "IPv6 address must be in brackets"),
        ("[::1 {key}", r"expected \[ADDRESS\]:PORT"),
        ("example.com:22 ssh-ed25519 AAAA", "wrong embedded type or length"),
        ("example.com:22 ssh-rsa AAAAB3NzaC1yc2E", "unsupported key type 'ssh-rsa'"),
        ("example.com:22 {other}", "already has a different key on line 2"),
    ],
)
def test_corrupt_line_reported_with_number(
    store: KnownHosts, line: str, message: str
) -> None:
    key, other = new_key(), new_key()
    line = line.format(key=format_public_key(key), other=format_public_key(other))
    store.path.parent.mkdir(parents=True)
    store.path.write_text(
        f"# header\nexample.com:22 {format_public_key(key)}\n\n{line}\n"
    )
    for operation in (
        lambda: store.lookup("example.com", 22),
        lambda: store.for_host("example.com", 22)(key),
        lambda: store.add("new.example", 1, key),
        store.entries,
    ):
        with pytest.raises(KnownHostsError, match=f"line 4: .*{message}") as info:
            operation()
        assert str(store.path) in str(info.value)
        # A known-hosts file is not a key file: both are FileErrors.
        assert isinstance(info.value, FileError)
        assert not isinstance(info.value, KeyFileError)
    assert "new.example" not in store.path.read_text()


def test_duplicate_identical_entries_are_fine(store: KnownHosts) -> None:
    key = new_key()
    store.path.parent.mkdir(parents=True)
    store.path.write_text(f"h:1 {key.hex()}\nH:1 {format_public_key(key)}\n")
    assert store.lookup("h", 1) == key
    assert store.remove("h", 1) is True
    assert store.path.read_text() == ""


def test_unreadable_and_oversized_files(tmp_path: Path) -> None:
    directory = KnownHosts(tmp_path)
    with pytest.raises(KnownHostsError, match="is a directory"):
        directory.lookup("h", 1)
    big = tmp_path / "big"
    big.write_bytes(b"#" * (16 * 1024 * 1024 + 1))
    with pytest.raises(KnownHostsError, match="is larger than"):
        KnownHosts(big).lookup("h", 1)
    binary = tmp_path / "binary"
    binary.write_bytes(b"\xff\n")
    with pytest.raises(KnownHostsError, match="is not UTF-8 text"):
        KnownHosts(binary).lookup("h", 1)


def test_unwritable_location(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    store = KnownHosts(blocker / "known_hosts")  # parent is a regular file
    with pytest.raises(KnownHostsError, match="cannot lock"):
        store.add("h", 1, new_key())


def test_symlinked_store_stays_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "known_hosts"
    real.parent.mkdir()
    real.write_text("")
    link = tmp_path / "known_hosts"
    link.symlink_to(real)
    key = new_key()
    KnownHosts(link).add("h", 1, key)
    assert link.is_symlink()
    assert KnownHosts(real).lookup("h", 1) == key


def test_default_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert default_known_hosts_path() == tmp_path / "trio-ossuary" / "known_hosts"
    assert KnownHosts().path == default_known_hosts_path()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for value in ("", "relative/dir"):
        monkeypatch.setenv("XDG_CONFIG_HOME", value)
        assert default_known_hosts_path() == (
            tmp_path / "home" / ".config" / "trio-ossuary" / "known_hosts"
        )
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert default_known_hosts_path().parent.parent == tmp_path / "home" / ".config"


WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from trio_ossuary._keys import SecretKey
    from trio_ossuary._known_hosts import KnownHosts

    path, worker, count, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    store = KnownHosts(path)
    while not Path(go).exists():
        time.sleep(0.001)
    for i in range(count):
        key = SecretKey.generate().public_key
        trust = store.for_host(f"host-{worker}-{i}.example", 1000 + i)
        assert trust(key)
        print(f"host-{worker}-{i}.example {1000 + i} {key.hex()}", flush=True)
    """
)


def test_concurrent_writer_processes_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "known_hosts"
    go = tmp_path / "go"
    workers, count = 8, 25
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(n), str(count), str(go)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(workers)
    ]
    go.touch()
    expected: dict[tuple[str, int], PublicKey] = {}
    for process in processes:
        output, _ = process.communicate(timeout=120)
        assert process.returncode == 0
        for line in output.splitlines():
            host, port, key = line.split()
            expected[(host, int(port))] = PublicKey.from_hex(key)
    assert len(expected) == workers * count
    store = KnownHosts(path)
    assert store.entries() == expected
    assert len(path.read_text().splitlines()) == workers * count
    # Only the store and its lock file remain: no temporary files leak.
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "go",
        "known_hosts",
        "known_hosts.lock",
    ]
