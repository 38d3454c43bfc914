"""Talking to the person at the ``trio-ossuary`` terminal, and loading keys.

Everything here serves the command line only: whether there is a terminal,
asking it a yes/no question, reading a passphrase (the one
``$TRIO_OSSUARY_PASSPHRASE`` held, see :mod:`.passphrase`, or the terminal),
and loading a secret key file with it.

The library proper never imports this module.
"""

from __future__ import annotations

import getpass
import os
import re
from typing import Final, Literal, TypeAlias

from .._errors import KeyFileError, PassphraseRequiredError
from .._files import read_file
from .._keyfiles import load_secret_key
from .._keys import SecretKey
from .errors import USAGE, CliError
from .passphrase import PASSPHRASE_ENV, environment_passphrase, forget

__all__ = [
    "KeyKind",
    "ask_yes_no",
    "has_terminal",
    "key_file_kind",
    "load_key",
    "read_passphrase",
]

_TTY: Final = "/dev/tty"


def has_terminal() -> bool:
    """Return whether this process has a controlling terminal to ask questions."""
    try:
        fd = os.open(_TTY, os.O_RDWR | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return False
    os.close(fd)
    return True


def ask_yes_no(question: str) -> bool:
    """Ask the person at the terminal, as ssh does, until they type yes or no.

    The question is written to and the answer read from ``/dev/tty``, so this
    works when stdin and stdout carry data.  It blocks: call it before
    ``trio.run`` or from a worker thread.

    Args:
      question: The text to show, ending with the question itself.

    Returns:
      True for ``yes``; False for ``no`` or end of input.

    Raises:
      CliError: if there is no terminal.
    """
    try:
        fd = os.open(_TTY, os.O_RDWR | getattr(os, "O_NOCTTY", 0))
    except OSError:
        raise CliError("no terminal to ask for confirmation") from None
    try:
        os.write(fd, question.encode("utf-8", "replace"))
        while True:
            line = bytearray()
            while not line.endswith(b"\n"):
                chunk = os.read(fd, 1)
                if not chunk:
                    return False
                line += chunk
            word = line.decode("utf-8", "replace").strip().lower()
            if word == "yes":
                return True
            if word == "no":
                return False
            os.write(fd, b"Please type 'yes' or 'no': ")
    finally:
        os.close(fd)


def read_passphrase(prompt: str, *, twice: bool = False) -> str:
    """Return the passphrase from the environment, or ask at the terminal.

    Args:
      prompt: What to ask.
      twice: Ask a second time and insist the answers match (for new keys).

    Returns:
      The passphrase.

    Raises:
      CliError: if it is neither set nor can be asked for, or the two
          answers differ.
    """
    from_env = environment_passphrase()
    if from_env is not None:
        return from_env
    if not has_terminal():
        raise CliError(
            f"a passphrase is needed but there is no terminal to ask for it; "
            f"set {PASSPHRASE_ENV}"
        )
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("Enter the same passphrase again: ") != first:
        raise CliError("the passphrases do not match")
    return first


#: What a key file holds, judged by its content alone (see :func:`key_file_kind`).
KeyKind: TypeAlias = Literal["secret", "public", "hex", "other"]

_HEX64: Final = re.compile(r"[0-9a-fA-F]{64}")
# An OpenSSH public key line starts with its type: ssh-ed25519, ssh-rsa,
# ecdsa-sha2-nistp256, sk-ssh-ed25519@openssh.com and so on.
_KEY_TYPE: Final = re.compile(r"(ssh|ecdsa|sk)-[A-Za-z0-9@.+-]+")
_KIND_READ_LIMIT: Final = 1024 * 1024


def key_file_kind(path: str | os.PathLike[str]) -> KeyKind:
    """Say what a key file holds, from its content alone.

    ``"secret"``: an OpenSSH (or PEM) private key.  ``"public"``: a public
    key line (``ssh-ed25519 AAAA...``, or a key of another type).
    ``"hex"``: 64 hex digits, with or without a comment, which may be a
    secret seed as well as a public key: nothing in the file tells them
    apart.  ``"other"``: not a key at all.

    Args:
      path: The file.

    Returns:
      The kind.

    Raises:
      KeyFileError: if the file cannot be read.
    """
    data = read_file(path, what="key file", error=KeyFileError, limit=_KIND_READ_LIMIT)
    if b"PRIVATE KEY-----" in data:
        return "secret"
    fields = data.decode("utf-8", "replace").split(maxsplit=1)
    if not fields:
        return "other"
    if _HEX64.fullmatch(fields[0]):
        return "hex"
    if _KEY_TYPE.fullmatch(fields[0]):
        return "public"
    return "other"


def load_key(
    path: str | os.PathLike[str], *, keep_passphrase: bool = False
) -> SecretKey:
    """Load a secret key file, asking for its passphrase if it has one.

    The passphrase comes from ``$TRIO_OSSUARY_PASSPHRASE`` (see
    :mod:`.passphrase`) when that was set, else from the terminal.  When
    loading fails, what the file holds is said first: a public key, or no
    key at all, is reported as such rather than by its permissions.

    Args:
      path: The key file.
      keep_passphrase: Keep the passphrase from the environment in memory
          for a later reload (a listening ``serve``); otherwise it is
          forgotten once the key is loaded.

    Returns:
      The key.

    Raises:
      KeyFileError: from the library, with its one-line message.
      CliError: if the file holds no secret key, or a passphrase is needed
          and cannot be had.
    """
    from_env = environment_passphrase()
    try:
        try:
            return load_secret_key(path, from_env)
        except KeyFileError as exc:
            try:
                kind = key_file_kind(path)
            except KeyFileError:
                raise exc from None  # unreadable: the first error says why
            if kind == "public":
                # Said first: a public key's permissions do not matter.
                raise CliError(
                    f"{os.fspath(path)!r} is a public key; use the private key "
                    f"file (the same name without .pub, as keygen writes it)",
                    status=USAGE,
                ) from None
            if kind == "other":
                raise CliError(
                    f"{os.fspath(path)!r} is not a key file: expected an "
                    f"OpenSSH private key (as keygen writes it) or a seed of "
                    f"64 hex digits",
                    status=USAGE,
                ) from None
            if from_env is not None or not isinstance(exc, PassphraseRequiredError):
                raise
        passphrase = read_passphrase(f"Enter passphrase for {os.fspath(path)}: ")
        return load_secret_key(path, passphrase)
    finally:
        if not keep_passphrase:
            forget()
