"""Reading and writing Ed25519 key files in OpenSSH's formats.

Three kinds of file are handled here:

* secret key files in the OpenSSH private key format (what ``ssh-keygen -t
  ed25519`` writes), optionally passphrase-protected, or a bare seed written as
  64 hexadecimal digits, the form the reference implementation passes around;
* public key lines, ``ssh-ed25519 AAAA... comment`` (or 64 hex digits);
* ``authorized_keys`` files: one public key a line, as OpenSSH reads them.

Every failure is a :class:`KeyFileError` whose one-line message names the file
(and the line, where there is one) but never quotes key material.  The
cryptography package does the OpenSSH encoding and decryption; we read the
file's unencrypted header ourselves first, so that "wrong key type", "needs a
passphrase" and "needs bcrypt" can be told apart before anything is decrypted.

Passphrase-protected files use the bcrypt KDF, which cryptography delegates to
the optional ``bcrypt`` package (``pip install trio-ossuary[passphrase]``).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import re
import stat
import struct
import tempfile
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Final, NamedTuple, TypeAlias, final

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    KeySerializationEncryption,
    NoEncryption,
    PrivateFormat,
    load_ssh_private_key,
)

from ._errors import OssuaryError
from ._keys import (
    KEY_LEN,
    PublicKey,
    SecretKey,
    coerce_public_key,
    coerce_secret_key,
    ssh_public_key_blob,
)

__all__ = [
    "AuthorizedKeysWarning",
    "KeyFileError",
    "PassphraseRequiredError",
    "format_public_key",
    "load_authorized_keys",
    "load_public_key",
    "load_secret_key",
    "parse_authorized_keys",
    "parse_public_key",
    "parse_secret_key",
    "save_secret_key",
]

StrPath: TypeAlias = str | os.PathLike[str]

#: Key files larger than this are refused unread.
MAX_KEY_FILE_SIZE: Final = 1024 * 1024

_ED25519: Final = "ssh-ed25519"
_BEGIN: Final = b"-----BEGIN OPENSSH PRIVATE KEY-----"
_END: Final = b"-----END OPENSSH PRIVATE KEY-----"
_MAGIC: Final = b"openssh-key-v1\x00"
_HEX_KEY_RE: Final = re.compile(r"[0-9a-fA-F]{64}")
# The shape of an OpenSSH key type name (ssh-rsa, ecdsa-sha2-nistp256,
# sk-ssh-ed25519@openssh.com, ...), used to tell "another kind of key" from
# "not a key at all".
_KEY_TYPE_RE: Final = re.compile(r"(?:ssh|ecdsa|sk)-[A-Za-z0-9.@-]+")


class KeyFileError(OssuaryError):
    """A key file (or key text) is missing, unreadable, or not a usable key.

    The message is one line, names the file and line where there is one, and
    never contains key material.
    """


@final
class PassphraseRequiredError(KeyFileError):
    """The key file is encrypted and no passphrase was given.

    Catch it to ask the user for one and try again.
    """


@final
class AuthorizedKeysWarning(UserWarning):
    """An ``authorized_keys`` line was partly or wholly ignored.

    Issued for a line whose key options were ignored, and for a line holding a
    key of a type other than Ed25519, which is skipped.
    """


def _quote(path: StrPath) -> str:
    # repr() escapes any newline or control character, keeping messages on
    # one line.
    return repr(os.fspath(path))


def _printable(raw: bytes | str, limit: int = 40) -> str:
    text = raw.decode("ascii", "replace") if isinstance(raw, bytes) else raw
    cleaned = "".join(c if c.isprintable() and c.isascii() else "?" for c in text)
    return cleaned[:limit] + ("..." if len(cleaned) > limit else "")


def os_error_message(what: str, path: StrPath, exc: OSError) -> str:
    """Describe a failure to read ``path`` in one line, for a KeyFileError.

    Args:
      what: What the file is, such as ``"secret key file"``.
      path: The file.
      exc: The error from opening or reading it.

    Returns:
      The message.
    """
    if isinstance(exc, FileNotFoundError):
        return f"{what} {_quote(path)} does not exist"
    if isinstance(exc, IsADirectoryError):
        return f"{what} {_quote(path)} is a directory"
    if isinstance(exc, PermissionError):
        return f"cannot read {what} {_quote(path)}: permission denied"
    return f"cannot read {what} {_quote(path)}: {exc.strerror or exc}"


def read_limited(
    path: StrPath, *, what: str, limit: int = MAX_KEY_FILE_SIZE, secret: bool = False
) -> bytes:
    """Read a whole file of at most ``limit`` bytes.

    With ``secret=True`` the file is refused, as ssh refuses it, when its
    group or others have any access to it.  The check is made on
    the opened file, so it cannot be raced.

    Raises:
      OSError: if the file cannot be opened or read, unchanged so that the
          caller can treat :class:`FileNotFoundError` specially.
      KeyFileError: if the file is larger than ``limit`` or too open.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, "Is a directory", os.fspath(path))
        mode = stat.S_IMODE(info.st_mode)
        if secret and mode & 0o077:
            raise KeyFileError(
                f"permissions {mode:04o} for {_quote(path)} are too open: a "
                f"secret key file must be accessible only by its owner "
                f"(chmod 600 it)"
            )
        data = file.read(limit + 1)
    if len(data) > limit:
        raise KeyFileError(
            f"{what} {_quote(path)} is larger than {limit} bytes; refusing to read it"
        )
    return data


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


# ---------------------------------------------------------------------------
# Public keys


def _parse_key_fields(fields: list[str]) -> PublicKey:
    """Parse ``["ssh-ed25519", "AAAA...", *comment]`` or ``[hex, *comment]``.

    Raises:
      KeyFileError: with a message that names neither file nor line.
    """
    if not fields:
        raise KeyFileError("no public key found")
    if _HEX_KEY_RE.fullmatch(fields[0]):
        return PublicKey.from_hex(fields[0])
    key_type = fields[0]
    if key_type != _ED25519:
        if _KEY_TYPE_RE.fullmatch(key_type):
            raise KeyFileError(
                f"unsupported key type {_printable(key_type)!r}: only "
                f"{_ED25519} keys are supported"
            )
        raise KeyFileError(
            "not a public key: expected 'ssh-ed25519 AAAA...' or 64 hex digits"
        )
    if len(fields) < 2:
        raise KeyFileError("the base64 key data after 'ssh-ed25519' is missing")
    try:
        blob = base64.b64decode(fields[1], validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError("the key data is not valid base64") from None
    raw = blob[-KEY_LEN:]
    if len(blob) < KEY_LEN or blob != ssh_public_key_blob(raw):
        raise KeyFileError(
            "the key data is not an ssh-ed25519 public key (wrong embedded "
            "type or length)"
        )
    return PublicKey(raw)


def parse_public_key(text: str) -> PublicKey:
    """Parse one public key: an OpenSSH line or 64 hexadecimal digits.

    Args:
      text: ``ssh-ed25519 AAAA... [comment]`` as found in a ``.pub`` file, or
          the raw 32-byte key in hex (optionally followed by a comment).

    Returns:
      The key.

    Raises:
      KeyFileError: if ``text`` is not an Ed25519 public key, including when it
          is a key of another type or its data does not say ``ssh-ed25519``.
    """
    lines = text.strip().splitlines()
    if len(lines) > 1:
        raise KeyFileError("expected a single public key line, got several lines")
    return _parse_key_fields(text.split(maxsplit=2))


def _decode_text(data: bytes, what: str, path: StrPath) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyFileError(f"{what} {_quote(path)} is not UTF-8 text") from None


def load_public_key(path: StrPath) -> PublicKey:
    """Read a public key file, such as the ``.pub`` file ``ssh-keygen`` writes.

    Args:
      path: A file holding one line in the form :func:`parse_public_key`
          accepts.

    Returns:
      The key.

    Raises:
      KeyFileError: if the file is missing, unreadable, over 1 MiB, or does not
          hold exactly one Ed25519 public key.
    """
    what = "public key file"
    try:
        data = read_limited(path, what=what)
    except OSError as exc:
        raise KeyFileError(os_error_message(what, path, exc)) from exc
    if b"PRIVATE KEY-----" in data:
        raise KeyFileError(
            f"{_quote(path)} holds a private key, not a public key "
            f"(use load_secret_key)"
        )
    try:
        return parse_public_key(_decode_text(data, what, path))
    except KeyFileError as exc:
        raise KeyFileError(f"{what} {_quote(path)}: {exc}") from exc


def format_public_key(
    key: PublicKey | bytes | bytearray | memoryview, comment: str = ""
) -> str:
    """Return the OpenSSH public key line for ``key``, without a newline.

    Args:
      key: The key, or its 32 raw bytes.
      comment: Optional text appended after the key, such as ``user@host``.

    Returns:
      ``ssh-ed25519 AAAA...`` followed by `` comment`` if one is given.

    Raises:
      TypeError: if ``key`` is not a :class:`PublicKey` or bytes.
      ValueError: if ``comment`` contains a line break, or the raw key is not
          32 bytes.
    """
    if "\n" in comment or "\r" in comment:
        raise ValueError("a public key comment cannot contain a line break")
    blob = ssh_public_key_blob(bytes(coerce_public_key(key, "key")))
    line = f"{_ED25519} {base64.b64encode(blob).decode('ascii')}"
    return f"{line} {comment}" if comment else line


# ---------------------------------------------------------------------------
# authorized_keys


def _split_options(line: str) -> tuple[str, str]:
    """Split a leading options field (``no-pty,from="a b"``) from the rest.

    Raises:
      KeyFileError: if a quoted option value is not closed.
    """
    in_quotes = False
    i = 0
    while i < len(line):
        char = line[i]
        if char == "\\" and in_quotes:
            i += 2
            continue
        if char == '"':
            in_quotes = not in_quotes
        elif char.isspace() and not in_quotes:
            return line[:i], line[i:].strip()
        i += 1
    if in_quotes:
        raise KeyFileError("unterminated quoted string in key options")
    return line, ""


def parse_authorized_keys(
    lines: str | Iterable[str], *, source: str = "<authorized_keys>"
) -> list[PublicKey]:
    """Parse ``authorized_keys`` text into the Ed25519 keys it authorizes.

    Blank lines and lines starting with ``#`` are skipped.  Each other line is
    an Ed25519 key (OpenSSH syntax or 64 hex digits) with an optional
    comment, and is handled as follows:

    * leading key options (``from="..."``, ``no-pty``, ...) are not enforced:
      the key is accepted and an :class:`AuthorizedKeysWarning` is issued;
    * a key of another type (``ssh-rsa``, ``ecdsa-sha2-*``, ``sk-*``,
      certificates) is skipped with an :class:`AuthorizedKeysWarning`;
    * anything else is an error: a malformed line is never skipped silently.

    Args:
      lines: The whole text, or an iterable of its lines.
      source: How messages name the input, normally its file name.

    Returns:
      The keys, in file order.

    Raises:
      KeyFileError: naming the line number, for the first malformed line.
    """
    if isinstance(lines, str):
        lines = lines.split("\n")
    keys: list[PublicKey] = []
    for lineno, raw_line in enumerate(lines, start=1):
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{source} line {lineno}"
        try:
            key = _parse_authorized_line(line, where)
        except KeyFileError as exc:
            raise KeyFileError(f"{where}: {exc}") from exc
        if key is not None:
            keys.append(key)
    return keys


def _parse_authorized_line(line: str, where: str) -> PublicKey | None:
    first = line.split(maxsplit=1)[0]
    options = ""
    if not (_HEX_KEY_RE.fullmatch(first) or _KEY_TYPE_RE.fullmatch(first)):
        options, line = _split_options(line)
        if not line:
            raise KeyFileError("no public key found")
        first = line.split(maxsplit=1)[0]
    if first != _ED25519 and _KEY_TYPE_RE.fullmatch(first):
        warnings.warn(
            f"{where}: skipping {_printable(first)} key (only {_ED25519} keys "
            f"are supported)",
            AuthorizedKeysWarning,
            stacklevel=3,
        )
        return None
    key = _parse_key_fields(line.split(maxsplit=2))
    if options:
        warnings.warn(
            f"{where}: key options are not supported and were ignored",
            AuthorizedKeysWarning,
            stacklevel=3,
        )
    return key


def load_authorized_keys(path: StrPath) -> list[PublicKey]:
    """Read an OpenSSH ``authorized_keys`` file.

    See :func:`parse_authorized_keys` for the syntax and for which lines are
    skipped with a warning.

    Args:
      path: The file to read.

    Returns:
      The Ed25519 keys it lists, in file order.

    Raises:
      KeyFileError: if the file is missing, unreadable, over 1 MiB, or has a
          malformed line (the message gives its number).
    """
    what = "authorized_keys file"
    try:
        data = read_limited(path, what=what)
    except OSError as exc:
        raise KeyFileError(os_error_message(what, path, exc)) from exc
    return parse_authorized_keys(_decode_text(data, what, path), source=os.fspath(path))


# ---------------------------------------------------------------------------
# Secret keys


class _Header(NamedTuple):
    cipher: bytes
    key_type: bytes


def _read_header(data: bytes) -> _Header | None:
    """Return the unencrypted header fields of an OpenSSH private key, if any."""
    start = data.find(_BEGIN)
    end = data.find(_END, start)
    if start < 0 or end < 0:
        return None
    try:
        blob = base64.b64decode(data[start + len(_BEGIN) : end])
    except (binascii.Error, ValueError):
        return None
    if not blob.startswith(_MAGIC):
        return None
    fields: list[bytes] = []
    pos = len(_MAGIC)
    # ciphername, kdfname, kdfoptions, then (after the key count) the public
    # key blob, whose first field is the key type.
    for _ in range(3):
        if len(blob) < pos + 4:
            return None
        (length,) = struct.unpack_from(">I", blob, pos)
        fields.append(blob[pos + 4 : pos + 4 + length])
        pos += 4 + length
    pos += 4  # number of keys; cryptography insists on 1
    if len(blob) < pos + 8:
        return None
    (length,) = struct.unpack_from(">I", blob, pos + 4)
    key_type = blob[pos + 8 : pos + 8 + length]
    return _Header(cipher=fields[0], key_type=key_type)


def _passphrase_bytes(passphrase: bytes | str | None) -> bytes | None:
    if isinstance(passphrase, str):
        passphrase = passphrase.encode("utf-8")
    return passphrase or None


def _require_bcrypt(doing: str) -> None:
    try:
        import bcrypt  # noqa: F401
    except ImportError:
        raise KeyFileError(
            f"{doing} needs the bcrypt package: install trio-ossuary[passphrase]"
        ) from None


def parse_secret_key(
    data: bytes | str,
    passphrase: bytes | str | None = None,
    *,
    source: str = "<secret key>",
) -> SecretKey:
    """Parse a secret key from the contents of a key file.

    Args:
      data: An OpenSSH private key (``-----BEGIN OPENSSH PRIVATE KEY-----``),
          Ed25519 only, or a 32-byte seed written as 64 hexadecimal digits.
      passphrase: The passphrase of an encrypted OpenSSH key (a str is encoded
          as UTF-8).  It is ignored for unencrypted keys, as ssh-keygen does;
          an empty passphrase counts as none.
      source: How messages name the input, normally its file name.

    Returns:
      The key.

    Raises:
      KeyFileError: if the data is neither form, is a key of another type, is
          encrypted and no passphrase (or a wrong one) was given, or is
          encrypted and the ``bcrypt`` package is not installed.
    """
    raw = data.encode("utf-8", "replace") if isinstance(data, str) else data
    if _HEX_KEY_RE.fullmatch(raw.strip().decode("ascii", "replace")):
        return SecretKey.from_hex(raw.strip().decode("ascii"))
    header = _read_header(raw)
    if header is None:
        if _BEGIN in raw:
            raise KeyFileError(f"{source} is a corrupt OpenSSH private key")
        raise KeyFileError(
            f"{source} is not an OpenSSH private key or 64 hexadecimal digits"
        )
    if header.key_type != _ED25519.encode():
        raise KeyFileError(
            f"{source} holds a {_printable(header.key_type)!r} key; only "
            f"Ed25519 keys are supported"
        )
    password = None
    if header.cipher != b"none":
        password = _passphrase_bytes(passphrase)
        if password is None:
            raise PassphraseRequiredError(
                f"{source} is encrypted: a passphrase is required"
            )
        _require_bcrypt(f"decrypting {source}")
    try:
        private = load_ssh_private_key(raw, password)
    except UnsupportedAlgorithm as exc:
        raise KeyFileError(f"{source} uses an unsupported cipher or KDF") from exc
    except (ValueError, TypeError, InvalidTag) as exc:
        if password is not None:
            raise KeyFileError(f"incorrect passphrase for {source}") from exc
        raise KeyFileError(f"{source} is a corrupt OpenSSH private key") from exc
    if not isinstance(private, Ed25519PrivateKey):  # pragma: no cover - header
        raise KeyFileError(f"{source} does not hold an Ed25519 key")
    return SecretKey(private)


def load_secret_key(path: StrPath, passphrase: bytes | str | None = None) -> SecretKey:
    """Read a secret key file.

    Args:
      path: An OpenSSH private key file (as ``ssh-keygen -t ed25519`` writes)
          or a file holding the 32-byte seed as 64 hexadecimal digits.  On
          POSIX it must not be accessible by group or others, as ssh requires.
      passphrase: The passphrase, if the key is encrypted; see
          :func:`parse_secret_key`.

    Returns:
      The key.

    Raises:
      KeyFileError: if the file is missing, unreadable, too open, over 1 MiB,
          or its content is refused by :func:`parse_secret_key`.
    """
    what = "secret key file"
    try:
        data = read_limited(path, what=what, secret=True)
    except OSError as exc:
        raise KeyFileError(os_error_message(what, path, exc)) from exc
    return parse_secret_key(data, passphrase, source=f"{what} {_quote(path)}")


def save_secret_key(
    key: SecretKey | bytes | bytearray | memoryview,
    path: StrPath,
    *,
    comment: str = "",
    passphrase: bytes | str | None = None,
    overwrite: bool = False,
) -> None:
    """Write ``key`` to ``path`` as ssh-keygen would, and its public key beside it.

    ``path`` gets the OpenSSH private key (mode 0600) and ``path + ".pub"`` the
    public key line (mode 0644).  Each file is written to a temporary file,
    flushed to disk and renamed into place, so it is never seen half written.

    Args:
      key: The key, or its 32-byte seed.
      path: Where to write the secret key.
      comment: The comment for the ``.pub`` line, such as ``user@host``.
      passphrase: Encrypt the secret key with this passphrase (needs the
          ``bcrypt`` package).  ``None`` or empty writes it unencrypted.
      overwrite: Replace existing files.  Without it, the call fails if either
          file exists.

    Raises:
      KeyFileError: if a file exists and ``overwrite`` is false, if a
          passphrase is given and bcrypt is not installed, or if a file cannot
          be written.
      TypeError: if ``key`` is not a :class:`SecretKey` or bytes (a
          :class:`PublicKey`, say), before anything is written.
      ValueError: if ``comment`` contains a line break, or the seed is not
          32 bytes.
    """
    secret = coerce_secret_key(key, "key")
    public_line = format_public_key(secret.public_key, comment) + "\n"
    password = _passphrase_bytes(passphrase)
    encryption: KeySerializationEncryption = NoEncryption()
    if password is not None:
        _require_bcrypt("encrypting a key file")
        encryption = BestAvailableEncryption(password)
    private = Ed25519PrivateKey.from_private_bytes(secret.secret_bytes())
    pem = private.private_bytes(Encoding.PEM, PrivateFormat.OpenSSH, encryption)

    target = Path(path)
    public_target = Path(os.fspath(path) + ".pub")
    if not overwrite:
        for existing in (target, public_target):
            if os.path.lexists(existing):
                raise KeyFileError(
                    f"refusing to overwrite existing file {_quote(existing)} "
                    f"(pass overwrite=True to replace it)"
                )
    written: Path | None = None
    current = target
    try:
        write_atomically(target, pem, mode=0o600, overwrite=overwrite)
        written, current = target, public_target
        write_atomically(
            public_target, public_line.encode(), mode=0o644, overwrite=overwrite
        )
    except OSError as exc:
        if written is not None and not overwrite:
            # Do not leave half a key pair behind.
            with contextlib.suppress(OSError):
                os.unlink(written)
        if isinstance(exc, FileExistsError):
            message = (
                f"refusing to overwrite existing file {_quote(current)} "
                f"(pass overwrite=True to replace it)"
            )
        else:
            message = f"cannot write {_quote(current)}: {exc.strerror or exc}"
        raise KeyFileError(message) from exc
