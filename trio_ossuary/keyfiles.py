"""Reading and writing key files in OpenSSH's formats.

Secret keys live in OpenSSH's private key format (``ssh-keygen -t ed25519``
reads and writes the same files) or as a 32-byte seed in hex, the reference
implementation's form; public keys are ``ssh-ed25519 AAAA...`` lines; the
client keys a server accepts are listed in ``authorized_keys`` syntax.
Failures raise :exc:`trio_ossuary.KeyFileError`, a
:exc:`trio_ossuary.FileError`.
"""

from ._keyfiles import (
    format_public_key as format_public_key,
    load_authorized_keys as load_authorized_keys,
    load_public_key as load_public_key,
    load_secret_key as load_secret_key,
    parse_authorized_keys as parse_authorized_keys,
    parse_public_key as parse_public_key,
    parse_secret_key as parse_secret_key,
    save_secret_key as save_secret_key,
)
from ._public import fixup_module_metadata

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

fixup_module_metadata(__name__, globals())
del fixup_module_metadata
