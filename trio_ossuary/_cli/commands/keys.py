"""The key subcommands of ``trio-ossuary``: keygen, pubkey and fingerprint.

Their output imitates ssh-keygen's so that the two tools can be compared line
for line: ``fingerprint`` prints exactly what ``ssh-keygen -lf`` prints.
"""

from __future__ import annotations

import argparse
import getpass
import os
import re
import socket
from pathlib import Path
from typing import Final, NamedTuple

from ..._errors import KeyFileError
from ..._files import config_path, read_file
from ..._keyfiles import (
    format_public_key,
    load_public_key,
    parse_public_key,
    save_secret_key,
)
from ..._keys import PublicKey, SecretKey
from ..args import Commands, add_command
from ..errors import USAGE, CliError, say
from ..passphrase import PASSPHRASE_ENV, forget
from ..terminal import key_file_kind, load_key, read_passphrase

__all__ = [
    "cmd_fingerprint",
    "cmd_keygen",
    "cmd_pubkey",
    "read_key_file",
    "register",
]

_HEX64: Final = re.compile(r"[0-9a-fA-F]{64}")
_READ_LIMIT: Final = 1024 * 1024


class KeyFile(NamedTuple):
    """What a key file holds, as far as the key commands care.

    Attributes:
      public_key: The public key (derived, for a secret key file).
      comment: The comment to show, or "" if there is none.
      secret: Whether the file holds a secret key.
    """

    public_key: PublicKey
    comment: str
    secret: bool


def _read_text(path: str) -> str:
    data = read_file(path, what="key file", error=KeyFileError, limit=_READ_LIMIT)
    return data.decode("utf-8", "replace")


def _pub_comment(path: str, key: PublicKey) -> str:
    """The comment of ``path``.pub, if that file holds ``key`` (as ssh-keygen)."""
    try:
        text = _read_text(path + ".pub")
        if parse_public_key(text) != key:
            return ""
    except (ValueError, KeyFileError):
        return ""
    return _comment_of(text)


def _comment_of(public_text: str) -> str:
    fields = public_text.strip().split(maxsplit=2)
    if fields and _HEX64.fullmatch(fields[0]):
        return " ".join(fields[1:])
    return fields[2] if len(fields) > 2 else ""


def read_key_file(path: str, kind: str | None = None) -> KeyFile:
    """Read a secret or public key file, telling which it is.

    An OpenSSH private key is secret and an ``ssh-ed25519 AAAA...`` line is
    public.  64 hex digits (with or without a comment) may be either a
    secret seed or a public key, and nothing in the file tells which: such a
    file is refused unless ``kind`` says, so that a secret seed is never
    printed as a public key.

    Args:
      path: The file.
      kind: ``"secret"`` or ``"public"`` to say which it is, or None.

    Returns:
      The key and its comment.

    Raises:
      CliError: if the file is not a key, is hex and ``kind`` is None, or
          holds the other kind of key than ``kind`` says (status 2).
      KeyFileError: if the file cannot be read or its key is damaged.
    """
    found = key_file_kind(path)
    if found == "other":
        raise CliError(
            f"{path!r} is not a key file: expected an OpenSSH private key, an "
            f"'ssh-ed25519 AAAA...' line or 64 hex digits",
            status=USAGE,
        )
    if kind is None:
        if found == "hex":
            raise CliError(
                f"{path!r} holds 64 hex digits, which may be a secret seed or "
                f"a public key: pass --secret or --public to say which",
                status=USAGE,
            )
        kind = found
    elif found != "hex" and found != kind:
        raise CliError(
            f"{path!r} holds a {found} key, not a {kind} one (leave out --{kind})",
            status=USAGE,
        )
    if kind == "secret":
        secret = load_key(path)
        return KeyFile(secret.public_key, _pub_comment(path, secret.public_key), True)
    return KeyFile(load_public_key(path), _comment_of(_read_text(path)), False)


def _ssh_keygen_line(key: PublicKey, comment: str) -> str:
    # ssh-keygen -l: bits, fingerprint, comment (or "no comment"), type.
    return f"256 {key.fingerprint()} {comment or 'no comment'} (ED25519)"


def _default_comment() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # getuser raises various errors without a user name
        user = "user"
    return f"{user}@{socket.gethostname()}"


def cmd_keygen(args: argparse.Namespace) -> int:
    """Run ``trio-ossuary keygen``: write a new key pair, print its fingerprint.

    Args:
      args: The parsed command line.

    Returns:
      The exit status.

    Raises:
      CliError, KeyFileError: on any failure.
    """
    path = Path(args.file) if args.file else config_path("id_ed25519")
    public_path = Path(f"{path}.pub")
    if not args.force:
        for existing in (path, public_path):
            if os.path.lexists(existing):
                raise CliError(
                    f"{str(existing)!r} already exists; refusing to overwrite it "
                    f"(pass --force to replace the key pair)"
                )
    comment = _default_comment() if args.comment is None else args.comment
    if "\n" in comment or "\r" in comment:
        raise CliError("the comment cannot contain a line break")
    passphrase = None
    if args.passphrase:
        passphrase = read_passphrase("Enter passphrase for the new key: ", twice=True)
        forget()
        if not passphrase:
            raise CliError("the passphrase is empty; leave out --passphrase instead")
    if not args.file:
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise CliError(
                f"cannot create directory {str(path.parent)!r}: {exc.strerror}"
            ) from None
    key = SecretKey.generate()
    save_secret_key(
        key, path, comment=comment, passphrase=passphrase, overwrite=args.force
    )
    say(
        f"wrote the secret key to {str(path)!r} and the public key to "
        f"{str(public_path)!r}"
    )
    print(_ssh_keygen_line(key.public_key, comment), flush=True)
    return 0


def cmd_pubkey(args: argparse.Namespace) -> int:
    """Run ``trio-ossuary pubkey``: print the OpenSSH public key line.

    Args:
      args: The parsed command line.

    Returns:
      The exit status.

    Raises:
      CliError, KeyFileError: on any failure.
    """
    info = read_key_file(args.file, args.kind)
    if args.hex:
        print(info.public_key.hex(), flush=True)
    else:
        print(format_public_key(info.public_key, info.comment), flush=True)
    return 0


def cmd_fingerprint(args: argparse.Namespace) -> int:
    """Run ``trio-ossuary fingerprint``: print the line ``ssh-keygen -lf`` would.

    Args:
      args: The parsed command line.

    Returns:
      The exit status.

    Raises:
      CliError, KeyFileError: on any failure.
    """
    info = read_key_file(args.file, args.kind)
    print(_ssh_keygen_line(info.public_key, info.comment), flush=True)
    return 0


# ---------------------------------------------------------------------------
# The command line


def _add_kind(parser: argparse.ArgumentParser) -> None:
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument(
        "--secret",
        dest="kind",
        action="store_const",
        const="secret",
        help="FILE's 64 hex digits are a secret seed (hex files need "
        "--secret or --public)",
    )
    kind.add_argument(
        "--public",
        dest="kind",
        action="store_const",
        const="public",
        help="FILE's 64 hex digits are a public key",
    )


def register(commands: Commands) -> None:
    """Add ``keygen``, ``pubkey`` and ``fingerprint`` to the command line.

    Args:
      commands: The main parser's subcommands.
    """
    keygen = add_command(
        commands,
        "keygen",
        "make a new Ed25519 key pair",
        "Write a new Ed25519 key pair in OpenSSH format: the secret key to FILE "
        "(mode 0600) and the public key line to FILE.pub, then print its "
        "fingerprint as ssh-keygen -l does.  Existing files are never "
        "replaced unless --force is given.",
        run=cmd_keygen,
    )
    keygen.add_argument(
        "-f",
        "--file",
        metavar="FILE",
        help="where to write the secret key (default: "
        "$XDG_CONFIG_HOME/trio-ossuary/id_ed25519, i.e. "
        "~/.config/trio-ossuary/id_ed25519)",
    )
    keygen.add_argument(
        "-C",
        "--comment",
        metavar="COMMENT",
        help="comment for the public key line (default: user@host)",
    )
    keygen.add_argument(
        "--passphrase",
        action="store_true",
        help=f"encrypt the secret key with a passphrase, asked twice at the "
        f"terminal, or taken from ${PASSPHRASE_ENV} when that is set",
    )
    keygen.add_argument(
        "--force", action="store_true", help="replace FILE and FILE.pub if they exist"
    )

    pubkey = add_command(
        commands,
        "pubkey",
        "print the public key line of a key file",
        "Print the OpenSSH public key line (ssh-ed25519 AAAA... comment) for a "
        "secret or public key file, or with --hex its 64 hex digits.  OpenSSH "
        "files are recognised by their content; a file of 64 hex digits may "
        "hold a secret seed or a public key, so it needs --secret or --public. "
        f" An encrypted key's passphrase is asked for, or taken from "
        f"${PASSPHRASE_ENV}.",
        run=cmd_pubkey,
    )
    pubkey.add_argument("file", metavar="FILE", help="a secret or public key file")
    _add_kind(pubkey)
    pubkey.add_argument(
        "--hex",
        action="store_true",
        help="print the public key as 64 hex digits (what the reference "
        "implementation's --trust and --authorized options take)",
    )

    fingerprint = add_command(
        commands,
        "fingerprint",
        "print a key file's SHA256 fingerprint",
        "Print a key's fingerprint in the format of 'ssh-keygen -lf FILE': "
        "'256 SHA256:... comment (ED25519)'.  FILE may be a secret key, a "
        "public key or hex (with --secret or --public).",
        run=cmd_fingerprint,
    )
    fingerprint.add_argument("file", metavar="FILE", help="a secret or public key file")
    _add_kind(fingerprint)
