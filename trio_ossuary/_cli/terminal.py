"""Talking to the person at the ``trio-ossuary`` terminal, and loading keys.

Everything here serves the command line only: whether there is a terminal,
asking it a yes/no question, reading a passphrase (from
``$TRIO_OSSUARY_PASSPHRASE`` or the terminal), and loading a secret key file
with it.

The library proper never imports this module.
"""

from __future__ import annotations

import getpass
import os
from typing import Final

from .._errors import KeyFileError, PassphraseRequiredError
from .._keyfiles import load_public_key, load_secret_key
from .._keys import SecretKey
from .errors import CliError

__all__ = [
    "PASSPHRASE_ENV",
    "ask_yes_no",
    "has_terminal",
    "load_key",
    "read_passphrase",
]

#: Environment variable holding the passphrase of an encrypted key file.
PASSPHRASE_ENV: Final = "TRIO_OSSUARY_PASSPHRASE"

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
    from_env = os.environ.get(PASSPHRASE_ENV)
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


def _needs_passphrase(exc: KeyFileError) -> bool:
    return isinstance(exc, PassphraseRequiredError)


def _is_public_key_file(path: str | os.PathLike[str]) -> bool:
    try:
        load_public_key(path)
    except KeyFileError:
        return False
    return True


def load_key(path: str | os.PathLike[str]) -> SecretKey:
    """Load a secret key file, asking for its passphrase if it has one.

    The passphrase comes from ``$TRIO_OSSUARY_PASSPHRASE`` when that is set,
    else from the terminal.

    Args:
      path: The key file.

    Returns:
      The key.

    Raises:
      KeyFileError: from the library, with its one-line message.
      CliError: if a passphrase is needed and cannot be had.
    """
    from_env = os.environ.get(PASSPHRASE_ENV)
    try:
        return load_secret_key(path, from_env)
    except KeyFileError as exc:
        if _is_public_key_file(path):
            # Said first: a public key's permissions do not matter.
            raise CliError(
                f"{os.fspath(path)!r} is a public key; use the private key file"
                f" (the same name without .pub, as keygen writes it)"
            ) from None
        if from_env is not None or not _needs_passphrase(exc):
            raise
    passphrase = read_passphrase(f"Enter passphrase for {os.fspath(path)}: ")
    return load_secret_key(path, passphrase)
