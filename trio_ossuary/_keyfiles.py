"""Reading and writing Ed25519 key files in OpenSSH's formats.

Three kinds of file are handled here:

* secret key files in the OpenSSH private key format (what ``ssh-keygen -t
  ed25519`` writes), optionally passphrase-protected, or a bare seed written as
  64 hexadecimal digits, the form the reference implementation passes around;
* public key lines, ``ssh-ed25519 AAAA... comment`` (or 64 hex digits);
* ``authorized_keys`` files: one public key a line, as OpenSSH reads them.

Every failure is a :class:`~trio_ossuary.KeyFileError` whose one-line message
names the file (and the line, where there is one) but never quotes key
material.

The cryptography package does the OpenSSH work: it decodes public key lines
(``load_ssh_public_key``), writes them (``Encoding.OpenSSH``), computes
fingerprints (``ssh_key_fingerprint``, in :mod:`._keys`) and reads, writes,
encrypts and decrypts private keys.  We add only what it lacks:

* hex keys and seeds, the reference implementation's form;
* ``authorized_keys`` lines and their options;
* a strict check of the type name and the base64: cryptography accepts
  certificates (``ssh-ed25519-cert-v01@openssh.com``) and padding it does
  not need, and a certificate must not pass for a plain key;
* reading the private key file's unencrypted header before anything is
  decrypted, so that "wrong key type", "needs a passphrase" and "needs
  bcrypt" are told apart without asking for a passphrase first
  (cryptography only names the key type after decrypting it);
* the file handling of :mod:`._files`: size limits, the permission check on
  secret keys, atomic writes that never clobber.

Passphrase-protected files use the bcrypt KDF, which cryptography delegates to
the optional ``bcrypt`` package (``pip install trio-ossuary[passphrase]``).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import re
import struct
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Final, NamedTuple

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    KeySerializationEncryption,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_ssh_private_key,
    load_ssh_public_key,
)

from ._errors import AuthorizedKeysWarning, KeyFileError, PassphraseRequiredError
from ._files import (
    StrPath,
    decode_text,
    os_error_message,
    quote_path,
    read_file,
    write_atomically,
)
from ._keys import PublicKey, SecretKey, coerce_public_key, coerce_secret_key

__all__ = [
    "format_public_key",
    "load_authorized_keys",
    "load_public_key",
    "load_secret_key",
    "parse_authorized_keys",
    "parse_public_key",
    "parse_secret_key",
    "save_secret_key",
]

#: Key files larger than this are refused unread.
MAX_KEY_FILE_SIZE: Final = 1024 * 1024

_ED25519: Final = "ssh-ed25519"
_BEGIN: Final = b"-----BEGIN OPENSSH PRIVATE KEY-----"
_END: Final = b"-----END OPENSSH PRIVATE KEY-----"
_MAGIC: Final = b"openssh-key-v1\x00"
_HEX_KEY_RE: Final = re.compile(r"[0-9a-fA-F]{64}")
# The shape of an OpenSSH key type name (ssh-rsa, ecdsa-sha2-nistp256,
# sk-ssh-ed25519@openssh.com, ssh-ed25519-cert-v01@openssh.com, ...), used
# to tell "another kind of key" from "not a key at all".
_KEY_TYPE_RE: Final = re.compile(r"(?:ssh|ecdsa|sk)-[A-Za-z0-9.@-]+")


def _printable(raw: bytes | str, limit: int = 40) -> str:
    text = raw.decode("ascii", "replace") if isinstance(raw, bytes) else raw
    cleaned = "".join(c if c.isprintable() and c.isascii() else "?" for c in text)
    return cleaned[:limit] + ("..." if len(cleaned) > limit else "")


def _check_type(value: object, kinds: type | tuple[type, ...], what: str) -> None:
    # The bad-argument rule of _errors.py: a wrong type is a TypeError, so
    # that it is never mistaken for a bad file (or a wrong passphrase).
    if not isinstance(value, kinds):
        names = " or ".join(
            k.__name__ for k in (kinds if isinstance(kinds, tuple) else (kinds,))
        )
        raise TypeError(f"{what} must be {names}, not {type(value).__name__}")


def _read(path: StrPath, what: str, *, secret: bool = False) -> bytes:
    return read_file(
        path, what=what, error=KeyFileError, limit=MAX_KEY_FILE_SIZE, secret=secret
    )


def _decode(data: bytes, what: str, path: StrPath) -> str:
    return decode_text(data, what=what, path=path, error=KeyFileError)


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
    # cryptography decodes base64 leniently; a key line should be exact.
    try:
        base64.b64decode(fields[1], validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError("the key data is not valid base64") from None
    # The type is checked above, so a certificate (which cryptography
    # accepts) never gets here under its own name; under the name
    # ssh-ed25519 its blob says otherwise and is refused below.
    try:
        key = load_ssh_public_key(f"{_ED25519} {fields[1]}".encode("ascii"))
    except (ValueError, UnsupportedAlgorithm):
        key = None
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileError(
            "the key data is not an ssh-ed25519 public key (wrong embedded "
            "type or length)"
        )
    return PublicKey(key.public_bytes(Encoding.Raw, PublicFormat.Raw))


def parse_public_key(text: str) -> PublicKey:
    """Parse one public key: an OpenSSH line or 64 hexadecimal digits.

    Args:
      text: ``ssh-ed25519 AAAA... [comment]`` as found in a ``.pub`` file, or
          the raw 32-byte key in hex (optionally followed by a comment).

    Returns:
      The key.

    Raises:
      KeyFileError: if ``text`` is not an Ed25519 public key, including when it
          is a key of another type (a certificate, for one) or its data does
          not say ``ssh-ed25519``.
      TypeError: if ``text`` is not a str.
    """
    _check_type(text, str, "the public key text")
    lines = text.strip().splitlines()
    if len(lines) > 1:
        raise KeyFileError("expected a single public key line, got several lines")
    return _parse_key_fields(text.split(maxsplit=2))


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
    data = _read(path, what)
    if b"PRIVATE KEY-----" in data:
        raise KeyFileError(
            f"{quote_path(path)} holds a private key, not a public key "
            f"(use load_secret_key)"
        )
    try:
        return parse_public_key(_decode(data, what, path))
    except KeyFileError as exc:
        raise KeyFileError(f"{what} {quote_path(path)}: {exc}") from exc


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
      TypeError: if ``key`` is not a :class:`~trio_ossuary.PublicKey` or bytes, or
          ``comment`` is not a str.
      ValueError: if ``comment`` contains a line break, or the raw key is not
          32 bytes.
    """
    _check_type(comment, str, "comment")
    if "\n" in comment or "\r" in comment:
        raise ValueError("a public key comment cannot contain a line break")
    raw = bytes(coerce_public_key(key, "key"))
    openssh = Ed25519PublicKey.from_public_bytes(raw).public_bytes(
        Encoding.OpenSSH, PublicFormat.OpenSSH
    )
    line = openssh.decode("ascii")
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
      the key is accepted and an :class:`~trio_ossuary.AuthorizedKeysWarning` is issued;
    * a key of another type (``ssh-rsa``, ``ecdsa-sha2-*``, ``sk-*``,
      certificates) is skipped with an :class:`~trio_ossuary.AuthorizedKeysWarning`;
    * anything else is an error: a malformed line is never skipped silently.

    Args:
      lines: The whole text, or an iterable of its lines.
      source: How messages name the input, normally its file name.

    Returns:
      The keys, in file order.

    Raises:
      KeyFileError: naming the line number, for the first malformed line.
      TypeError: if ``lines`` is not a str or an iterable of str (bytes must
          be decoded first).
    """
    if isinstance(lines, (bytes, bytearray, memoryview)):
        raise TypeError("authorized_keys text must be a str: decode the bytes first")
    if isinstance(lines, str):
        lines = lines.split("\n")
    keys: list[PublicKey] = []
    for lineno, raw_line in enumerate(lines, start=1):
        _check_type(raw_line, str, "each authorized_keys line")
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
    data = _read(path, what)
    return parse_authorized_keys(_decode(data, what, path), source=os.fspath(path))


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
    if passphrase is not None:
        _check_type(passphrase, (bytes, str), "passphrase")
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
      TypeError: if ``data`` is not bytes or str, or ``passphrase`` is not
          bytes, str or None.
    """
    _check_type(data, (bytes, str), "the secret key data")
    _passphrase_bytes(passphrase)  # a wrong type fails before anything is read
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
      TypeError: if ``passphrase`` is not bytes, str or None.
    """
    _passphrase_bytes(passphrase)  # a wrong type fails before the file is read
    what = "secret key file"
    data = _read(path, what, secret=True)
    return parse_secret_key(data, passphrase, source=f"{what} {quote_path(path)}")


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
      TypeError: if ``key`` is not a :class:`~trio_ossuary.SecretKey` or
          bytes (a :class:`~trio_ossuary.PublicKey`, say), ``comment`` not a
          str or ``passphrase`` not bytes, str or None, before anything is
          written.
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
                    f"refusing to overwrite existing file {quote_path(existing)} "
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
                f"refusing to overwrite existing file {quote_path(current)} "
                f"(pass overwrite=True to replace it)"
            )
        else:
            message = os_error_message("", current, exc, doing="write")
        raise KeyFileError(message) from exc
