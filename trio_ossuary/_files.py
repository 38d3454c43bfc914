"""Reading and writing the files the library keeps for you, and where they live.

Key files and the known-hosts file are read and written the same careful way,
so the helpers live here once:

* reads are limited in size (a key file is small; a huge or endless file
  such as ``/dev/zero`` is refused, not read into memory), and a secret
  key file is refused, as ssh refuses it, when its group or others may
  access it: the check is made on the opened file, so it cannot be raced;
* every failure becomes one line naming the file, raised as the caller's
  :class:`~trio_ossuary.FileError` subclass;
* writes are atomic (temporary file in the same directory, fsync, rename)
  and, when asked, refuse to replace an existing file without a window in
  which a second writer could slip in;
* :func:`config_path` is the one place that knows the XDG base directory
  rules.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import Final, TypeAlias

from ._errors import FileError

__all__ = [
    "StrPath",
    "config_path",
    "decode_text",
    "os_error_message",
    "quote_path",
    "read_file",
    "write_atomically",
]

StrPath: TypeAlias = str | os.PathLike[str]

#: The directory under ``$XDG_CONFIG_HOME`` that holds our files.
_APP_DIR: Final = "trio-ossuary"


def quote_path(path: StrPath) -> str:
    """Quote a file name for a one-line message.

    ``repr`` escapes any newline or control character in the name.
    """
    return repr(os.fspath(path))


def os_error_message(
    what: str, path: StrPath, exc: OSError, doing: str = "read"
) -> str:
    """Describe a failure to read (or write...) ``path`` in one line.

    Args:
      what: What the file is, such as ``"secret key file"``, or ``""``.
      path: The file.
      exc: The error from the operating system.
      doing: The verb for the message: ``"read"``, ``"write"``, ``"lock"``.

    Returns:
      The message.
    """
    named = f"{what} {quote_path(path)}" if what else quote_path(path)
    if doing == "read":
        if isinstance(exc, FileNotFoundError):
            return f"{named} does not exist"
        if isinstance(exc, IsADirectoryError):
            return f"{named} is a directory"
        if isinstance(exc, PermissionError):
            return f"cannot read {named}: permission denied"
    return f"cannot {doing} {named}: {exc.strerror or exc}"


def read_file(
    path: StrPath,
    *,
    what: str,
    error: type[FileError],
    limit: int,
    secret: bool = False,
    missing_ok: bool = False,
) -> bytes:
    """Read a whole file of at most ``limit`` bytes.

    Args:
      path: The file.
      what: What the file is, for messages.
      error: The exception class to raise.
      limit: The largest size accepted.
      secret: Refuse the file if its group or others have any access to it
          (POSIX only), as ssh does for a secret key.
      missing_ok: Return ``b""`` for a file that does not exist.

    Returns:
      The content.

    Raises:
      FileError: (the ``error`` class) if the file is missing (unless
          ``missing_ok``), unreadable, larger than ``limit`` or too open.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOCTTY)
        with os.fdopen(fd, "rb") as file:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(21, "Is a directory", os.fspath(path))
            mode = stat.S_IMODE(info.st_mode)
            if secret and mode & 0o077:
                raise error(
                    f"permissions {mode:04o} for {quote_path(path)} are too open: "
                    f"a secret key file must be accessible only by its owner "
                    f"(chmod 600 it)"
                )
            data = file.read(limit + 1)
    except FileNotFoundError as exc:
        if missing_ok:
            return b""
        raise error(os_error_message(what, path, exc)) from exc
    except OSError as exc:
        raise error(os_error_message(what, path, exc)) from exc
    if len(data) > limit:
        raise error(
            f"{what} {quote_path(path)} is larger than {limit} bytes; refusing "
            f"to read it"
        )
    return data


def decode_text(
    data: bytes, *, what: str, path: StrPath, error: type[FileError]
) -> str:
    """Decode a text file's content as UTF-8.

    Raises:
      FileError: (the ``error`` class) if it is not UTF-8.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise error(f"{what} {quote_path(path)} is not UTF-8 text") from None


def _fsync_directory(directory: Path) -> None:
    # Some file systems refuse to fsync a directory; the rename has happened
    # regardless, so durability here is best effort.
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _install_new(temp: str, path: Path) -> None:
    # os.link fails if ``path`` exists, which makes "create unless present"
    # atomic; os.replace would silently clobber.
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:
        # A file system without hard links: fall back to check-then-rename.
        if os.path.lexists(path):
            raise FileExistsError(17, "File exists", os.fspath(path)) from None
        os.replace(temp, path)
        return
    os.unlink(temp)


def write_atomically(path: StrPath, data: bytes, *, mode: int, overwrite: bool) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one.

    The data goes to a temporary file in the same directory, is flushed to
    disk, given ``mode`` and then renamed over ``path``.

    Args:
      path: The file to write.
      data: Its new content.
      mode: Its permission bits, set exactly (the umask does not apply).
      overwrite: Whether an existing file may be replaced.

    Raises:
      FileExistsError: if ``path`` exists and ``overwrite`` is false.
      OSError: if the file cannot be written.
    """
    target = Path(path)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, "wb") as file:
            os.chmod(temp, mode)
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        if overwrite:
            os.replace(temp, target)
        else:
            _install_new(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_directory(target.parent)


def config_path(name: str) -> Path:
    """Return where our configuration file ``name`` lives by default.

    Args:
      name: The file name, such as ``"known_hosts"`` or ``"id_ed25519"``.

    Returns:
      ``$XDG_CONFIG_HOME/trio-ossuary/<name>``, where an unset or relative
      ``XDG_CONFIG_HOME`` means ``~/.config`` (as the XDG base directory
      specification says).
    """
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if os.path.isabs(config) else Path.home() / ".config"
    return base / _APP_DIR / name
