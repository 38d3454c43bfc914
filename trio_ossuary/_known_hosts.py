"""A known-hosts file: which server key to expect at which host and port.

The file holds one entry a line, ``HOST:PORT ssh-ed25519 AAAA...`` (IPv6
addresses in brackets, ``[::1]:8000``), plus blank lines and ``#`` comments.
:meth:`KnownHosts.for_host` turns it into the trust callback a client stream
takes: trust on first use, then insist on the same key forever.

Theory of operation:

* Readers never lock.  Every write replaces the whole file atomically
  (temporary file, fsync, rename), so a reader sees either the old file or
  the new one, never a torn one.
* Writers serialize on ``fcntl.flock`` of a lock file beside the store
  (``known_hosts.lock``), which works across processes.  Under the lock the
  file is read again before it is changed, so two clients recording two new
  hosts at once both keep their entries.  The lock file is never deleted:
  deleting it would let two writers hold locks on two different files.
* The file is parsed strictly.  A line we cannot understand, or two lines
  giving one host two keys, is an error naming the line: silently skipping a
  line could turn "this host's key changed" into "never seen this host".
* The user's confirmation callback runs with no lock held (it may wait for a
  human); the entry is then added under the lock, and if another process
  recorded a different key in the meantime that is reported as a change.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final, NamedTuple, final

from ._address import HostPort, canonical_host_port, format_host_port, parse_host_port
from ._errors import HostKeyChangedError, KeyFileError, KnownHostsError
from ._files import (
    StrPath,
    config_path,
    decode_text,
    os_error_message,
    read_file,
    write_atomically,
)
from ._keyfiles import format_public_key, parse_public_key
from ._keys import PublicKey, coerce_public_key

__all__ = ["KnownHosts", "default_known_hosts_path"]

#: Known-hosts files larger than this are refused unread.
MAX_KNOWN_HOSTS_SIZE: Final = 16 * 1024 * 1024

_WHAT: Final = "known_hosts file"


def default_known_hosts_path() -> Path:
    """Return where the known-hosts file lives unless told otherwise.

    Returns:
      ``$XDG_CONFIG_HOME/trio-ossuary/known_hosts``, where an unset or
      relative ``XDG_CONFIG_HOME`` means ``~/.config`` (as the XDG base
      directory specification says).
    """
    return config_path("known_hosts")


def _parse_host_port(token: str) -> HostPort:
    return canonical_host_port(*parse_host_port(token))


class _Entry(NamedTuple):
    key: PublicKey
    lineno: int


class _Parsed(NamedTuple):
    entries: dict[HostPort, _Entry]
    lines_of: dict[HostPort, list[int]]


def _parse(text: str, path: str) -> _Parsed:
    entries: dict[HostPort, _Entry] = {}
    lines_of: dict[HostPort, list[int]] = {}
    for lineno, line in enumerate(text.split("\n"), start=1):
        fields = line.split(maxsplit=1)
        if not fields or fields[0].startswith("#"):
            continue
        where = f"{_WHAT} {path!r} line {lineno}"
        try:
            name = _parse_host_port(fields[0])
            key = parse_public_key(fields[1] if len(fields) > 1 else "")
        except (ValueError, KeyFileError) as exc:
            raise KnownHostsError(f"{where}: {exc}") from exc
        known = entries.setdefault(name, _Entry(key, lineno))
        if known.key != key:
            raise KnownHostsError(
                f"{where}: {format_host_port(*name)} already has a different key "
                f"on line {known.lineno}"
            )
        lines_of.setdefault(name, []).append(lineno)
    return _Parsed(entries, lines_of)


@final
class KnownHosts:
    """A known-hosts file, read afresh on every call so that it is never stale.

    Args:
      path: The file; :func:`default_known_hosts_path` if omitted.  It need
          not exist yet: it and its directory (mode 0700) are created on the
          first write.

    Host names compare case-insensitively and IP addresses by value, so
    ``[::1]``, ``::1`` and ``0:0::1`` are the same host.  The calls that take
    ``host`` and ``port`` raise :class:`TypeError` for a host that is not a
    str or a port that is not an int, and :class:`ValueError` for a port
    outside 1-65535 or a host name containing whitespace or ``[]:#,/\\``.

    On Windows, writes are atomic but not locked against other processes.
    """

    __slots__ = ("_path",)

    def __init__(self, path: StrPath | None = None) -> None:
        self._path = Path(path) if path is not None else default_known_hosts_path()

    @property
    def path(self) -> Path:
        """The known-hosts file."""
        return self._path

    def __repr__(self) -> str:
        return f"KnownHosts({str(self._path)!r})"

    def _read(self) -> tuple[str, _Parsed]:
        data = read_file(
            self._path,
            what=_WHAT,
            error=KnownHostsError,
            limit=MAX_KNOWN_HOSTS_SIZE,
            missing_ok=True,
        )
        text = decode_text(data, what=_WHAT, path=self._path, error=KnownHostsError)
        return text, _parse(text, str(self._path))

    @contextlib.contextmanager
    def _locked(self) -> Iterator[Path]:
        """Hold the writers' lock; yield the real file to write (symlinks resolved)."""
        target = Path(os.path.realpath(self._path))
        try:
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(f"{target}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            message = os_error_message(_WHAT, self._path, exc, doing="lock")
            raise KnownHostsError(message) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield target
        finally:
            os.close(fd)  # also releases the lock

    def _write(self, target: Path, text: str) -> None:
        try:
            try:
                mode = stat.S_IMODE(os.stat(target).st_mode)
            except FileNotFoundError:
                mode = 0o600
            write_atomically(target, text.encode("utf-8"), mode=mode, overwrite=True)
        except OSError as exc:
            message = os_error_message(_WHAT, self._path, exc, doing="write")
            raise KnownHostsError(message) from exc

    def _changed(
        self, name: HostPort, key: PublicKey, known: _Entry
    ) -> HostKeyChangedError:
        return HostKeyChangedError(
            name[0],
            name[1],
            public_key=key,
            known_key=known.key,
            path=str(self._path),
            lineno=known.lineno,
        )

    def entries(self) -> dict[tuple[str, int], PublicKey]:
        """Return every recorded ``(host, port)`` and its key, in file order.

        Raises:
          KnownHostsError: if the file cannot be read or has a corrupt line.
        """
        _, parsed = self._read()
        return {name: entry.key for name, entry in parsed.entries.items()}

    def lookup(self, host: str, port: int) -> PublicKey | None:
        """Return the key recorded for ``host`` and ``port``, if any.

        Args:
          host: A host name or IP address.
          port: The TCP port.

        Returns:
          The recorded key, or ``None`` if there is none (or no file).

        Raises:
          KnownHostsError: if the file cannot be read or has a corrupt line.
        """
        _, parsed = self._read()
        entry = parsed.entries.get(canonical_host_port(host, port))
        return None if entry is None else entry.key

    def check(
        self, host: str, port: int, key: PublicKey | bytes | bytearray | memoryview
    ) -> bool:
        """Say whether ``key`` is the key on record for ``host`` and ``port``.

        Args:
          host: A host name or IP address.
          port: The TCP port.
          key: The key the server presented.

        Returns:
          ``True`` if it is the recorded key, ``False`` if nothing is recorded.

        Raises:
          HostKeyChangedError: if a different key is recorded.
          KnownHostsError: if the file cannot be read or has a corrupt line.
        """
        name = canonical_host_port(host, port)
        key = coerce_public_key(key)
        _, parsed = self._read()
        known = parsed.entries.get(name)
        if known is None:
            return False
        if known.key != key:
            raise self._changed(name, key, known)
        return True

    def add(
        self,
        host: str,
        port: int,
        key: PublicKey | bytes | bytearray | memoryview,
        *,
        replace: bool = False,
    ) -> None:
        """Record ``key`` for ``host`` and ``port``.

        Recording the key already on record does nothing.

        Args:
          host: A host name or IP address.
          port: The TCP port.
          key: The server's key.
          replace: Replace a different key already on record, instead of
              raising.

        Raises:
          HostKeyChangedError: if a different key is recorded and ``replace``
              is false.
          KnownHostsError: if the file cannot be read, has a corrupt line, or
              cannot be written.
        """
        name = canonical_host_port(host, port)
        key = coerce_public_key(key)
        with self._locked() as target:
            text, parsed = self._read()
            known = parsed.entries.get(name)
            if known is not None and known.key == key:
                return
            if known is not None:
                if not replace:
                    raise self._changed(name, key, known)
                text = _drop_lines(text, parsed.lines_of[name])
            if text and not text.endswith("\n"):
                text += "\n"
            line = f"{format_host_port(*name)} {format_public_key(key)}\n"
            self._write(target, text + line)

    def remove(self, host: str, port: int) -> bool:
        """Forget the key recorded for ``host`` and ``port``.

        Args:
          host: A host name or IP address.
          port: The TCP port.

        Returns:
          Whether there was an entry to remove.

        Raises:
          KnownHostsError: if the file cannot be read, has a corrupt line, or
              cannot be written.
        """
        return bool(self._remove_where(canonical_host_port(host, port), any_port=False))

    def _remove_where(
        self, name: HostPort, *, any_port: bool
    ) -> dict[HostPort, PublicKey]:
        """Forget ``name``, or with ``any_port`` every port of its host.

        One locked, atomic write, as :meth:`add`'s (for the command line's
        ``known-hosts --remove``).

        Returns:
          The entries removed and their keys, in file order, as read under
          the lock.
        """
        with self._locked() as target:
            text, parsed = self._read()
            gone = {
                known: entry.key
                for known, entry in parsed.entries.items()
                if known == name or (any_port and known[0] == name[0])
            }
            if gone:
                lines = [n for known in gone for n in parsed.lines_of[known]]
                self._write(target, _drop_lines(text, lines))
            return gone

    def for_host(
        self,
        host: str,
        port: int,
        *,
        confirm: Callable[[str, int, PublicKey], bool] | None = None,
    ) -> Callable[[PublicKey], bool]:
        """Return a trust callback for a client connecting to ``host``:``port``.

        The callback takes the server's (validly signed) public key and:

        * returns ``True`` if that key is on record for this host and port;
        * raises :class:`HostKeyChangedError` if a different key is;
        * otherwise (first contact) asks ``confirm(host, port, key)`` if given,
          returning ``False`` without recording anything if it says no, and
          else records the key and returns ``True`` (trust on first use).

        The callback is synchronous and does brief blocking file I/O; the
        writers' lock is not held while ``confirm`` runs.

        Args:
          host: The host being connected to, as the user named it.
          port: The port being connected to.
          confirm: Asked before a new key is recorded, for example to prompt
              the user with ``key.fingerprint()``.

        Returns:
          The callback.  It raises :class:`HostKeyChangedError` and
          :class:`KnownHostsError` as :meth:`add` does.

        Raises:
          TypeError: for a host that is not a str or a port that is not an int.
          ValueError: for an invalid host or port.
        """
        canonical_host_port(host, port)

        def trust(public_key: PublicKey) -> bool:
            if self.check(host, port, public_key):
                return True
            if confirm is not None and not confirm(host, port, public_key):
                return False
            self.add(host, port, public_key)
            return True

        return trust


def _drop_lines(text: str, linenos: list[int]) -> str:
    drop = set(linenos)
    lines = text.split("\n")
    return "\n".join(line for n, line in enumerate(lines, start=1) if n not in drop)
