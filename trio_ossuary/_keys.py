"""Ed25519 host-authentication keys: :class:`SecretKey` and :class:`PublicKey`.

Ossuary's long-term keys are plain Ed25519 keys, passed around by the
reference implementation as raw 32-byte values (the secret is the RFC 8032
seed).  These two classes wrap those bytes so that secrets never leak through
``repr`` and public keys compare in constant time.
"""

from __future__ import annotations

import base64
import hmac
import os
from typing import Final, final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    ssh_key_fingerprint,
)

__all__ = ["PublicKey", "SecretKey", "generate_auth_keypair"]

KEY_LEN: Final = 32
SIGNATURE_LEN: Final = 64


# The Ed25519 points of small order, with the sign bit cleared, including the
# non-canonical encodings of 0 and 1 (y = p and y = p + 1).  A signature under
# such a key can be forged for any message: the anonymous client's "key" (the
# identity point, 01 00 .. 00) is one of them.
_SMALL_ORDER_POINTS: Final = frozenset(
    bytes.fromhex(h)
    for h in (
        "00" * 32,
        "01" + "00" * 31,
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
        "ec" + "ff" * 30 + "7f",
        "ed" + "ff" * 30 + "7f",
        "ee" + "ff" * 30 + "7f",
    )
)


def is_small_order(raw: bytes) -> bool:
    """Return whether ``raw`` encodes an Ed25519 point of small order."""
    cleared = raw[:31] + bytes([raw[31] & 0x7F])
    return cleared in _SMALL_ORDER_POINTS


def _check_length(value: object, what: str) -> bytes:
    if isinstance(value, (PublicKey, SecretKey)):
        raise TypeError(f"{what} must be raw bytes, not a {type(value).__name__}")
    if isinstance(value, str):
        raise TypeError(f"{what} must be bytes, not str (use bytes.fromhex for hex)")
    try:
        # Only real bytes-like objects: bytes(32) would be 32 zero bytes.
        raw = bytes(memoryview(value))  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(
            f"{what} must be a bytes-like object, not {type(value).__name__}"
        ) from None
    if len(raw) != KEY_LEN:
        raise ValueError(f"{what} must be {KEY_LEN} bytes, not {len(raw)}")
    return raw


def _bytes_from_hex(text: str, what: str) -> bytes:
    if not isinstance(text, str):
        raise TypeError(f"{what} in hex must be a str, not {type(text).__name__}")
    try:
        return bytes.fromhex(text.strip())
    except ValueError:
        raise ValueError(f"{what} in hex must be 64 hexadecimal digits") from None


@final
class PublicKey:
    """An Ed25519 public key: a peer's long-term identity.

    Create one with :meth:`from_bytes` (or :meth:`from_hex`); get the 32 raw
    bytes back with ``bytes(key)``.  Keys compare equal in constant time and
    are hashable, so they can live in sets and dicts.
    """

    __slots__ = ("_raw", "_verifier")

    def __init__(self, raw: bytes) -> None:
        self._raw = _check_length(raw, "an Ed25519 public key")
        self._verifier: Ed25519PublicKey | None = None

    @classmethod
    def from_bytes(cls, raw: bytes) -> PublicKey:
        """Build a key from its 32-byte raw encoding.

        Raises:
          TypeError: if ``raw`` is not a bytes-like object.
          ValueError: if ``raw`` is not 32 bytes long.
        """
        return cls(raw)

    @classmethod
    def from_hex(cls, text: str) -> PublicKey:
        """Build a key from 64 hexadecimal digits.

        Raises:
          TypeError: if ``text`` is not a str.
          ValueError: if ``text`` is not 32 bytes of hex.
        """
        return cls(_bytes_from_hex(text, "an Ed25519 public key"))

    def __bytes__(self) -> bytes:
        return self._raw

    def hex(self) -> str:
        """Return the 32 raw bytes as 64 lowercase hexadecimal digits."""
        return self._raw.hex()

    def fingerprint(self) -> str:
        """Return the OpenSSH-style fingerprint, ``SHA256:`` and unpadded base64.

        It is the same text ``ssh-keygen -lf`` prints for this key.
        """
        digest = ssh_key_fingerprint(self._public(), SHA256())
        return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")

    def _public(self) -> Ed25519PublicKey:
        # cryptography takes any 32 bytes here, curve point or not: the
        # signature check is where a bad point fails.
        if self._verifier is None:
            self._verifier = Ed25519PublicKey.from_public_bytes(self._raw)
        return self._verifier

    def verify(self, signature: bytes, message: bytes) -> bool:
        """Return whether ``signature`` is a valid Ed25519 signature of ``message``.

        Never raises for a bad signature or a key that is not a curve point;
        those simply do not verify.  Neither does anything under a key of
        small order (such as the anonymous client's identity point), since
        anyone can forge those signatures.
        """
        if len(signature) != SIGNATURE_LEN or is_small_order(self._raw):
            return False
        try:
            self._public().verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PublicKey):
            return NotImplemented
        return hmac.compare_digest(self._raw, other._raw)

    def __hash__(self) -> int:
        return hash((PublicKey, self._raw))

    def __repr__(self) -> str:
        return f"PublicKey.from_hex({self._raw.hex()!r})"

    def __str__(self) -> str:
        return self.fingerprint()


@final
class SecretKey:
    """An Ed25519 secret key: this host's long-term identity.

    The secret bytes never appear in ``repr`` or ``str``; use
    :meth:`secret_bytes` when they really must be exported (for example to
    write a key file).
    """

    __slots__ = ("_private", "_public")

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        raw_public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self._public = PublicKey(raw_public)

    @classmethod
    def generate(cls) -> SecretKey:
        """Return a new random key drawn from the operating system's CSPRNG."""
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_bytes(cls, seed: bytes) -> SecretKey:
        """Build a key from its 32-byte RFC 8032 seed (the reference's format).

        Raises:
          TypeError: if ``seed`` is not a bytes-like object (a
              :class:`PublicKey`, for one, can never serve as a seed).
          ValueError: if ``seed`` is not 32 bytes long.
        """
        raw = _check_length(seed, "an Ed25519 secret key")
        return cls(Ed25519PrivateKey.from_private_bytes(raw))

    @classmethod
    def from_hex(cls, text: str) -> SecretKey:
        """Build a key from its seed written as 64 hexadecimal digits.

        Raises:
          TypeError: if ``text`` is not a str.
          ValueError: if ``text`` is not 32 bytes of hex.
        """
        return cls.from_bytes(_bytes_from_hex(text, "an Ed25519 secret key"))

    @property
    def public_key(self) -> PublicKey:
        """The matching :class:`PublicKey`."""
        return self._public

    def secret_bytes(self) -> bytes:
        """Return the 32-byte seed.  Handle with care."""
        return self._private.private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption()
        )

    def sign(self, message: bytes) -> bytes:
        """Return the 64-byte Ed25519 signature of ``message``."""
        return self._private.sign(message)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SecretKey):
            return NotImplemented
        return hmac.compare_digest(self.secret_bytes(), other.secret_bytes())

    def __hash__(self) -> int:
        return hash((SecretKey, self._public))

    def __repr__(self) -> str:
        return f"<SecretKey for {self._public.fingerprint()}>"

    __str__ = __repr__


def generate_auth_keypair() -> tuple[bytes, bytes]:
    """Generate a host-authentication key pair as raw bytes.

    Returns:
      ``(secret, public)``: the 32-byte Ed25519 seed and the 32-byte public
      key, the same shape as the reference's ``generate_auth_keypair()``.
    """
    key = SecretKey.generate()
    return key.secret_bytes(), bytes(key.public_key)


def _describe_str(
    value: str | os.PathLike[str], what: str, cls: str, loader: str
) -> str:
    """Why a str (or path) is not a key, and what to call instead."""
    if not isinstance(value, str):
        return f"{what} must be a {cls}, not a path: read it with {loader}"
    text = value.strip()
    if text.startswith(("SHA256:", "MD5:")):
        return (
            f"{what} must be a {cls}, not the fingerprint {text!r}: a "
            f"fingerprint cannot be turned back into a key"
        )
    if len(text) == 2 * KEY_LEN and all(c in "0123456789abcdefABCDEF" for c in text):
        return f"{what} must be a {cls}, not a str: use {cls}.from_hex() for hex"
    if text.startswith(("ssh-", "-----BEGIN")):
        return f"{what} must be a {cls}, not the text of a key file"
    return f"{what} must be a {cls}, not a str (a file name? read it with {loader})"


def coerce_secret_key(value: object, what: str = "secret_key") -> SecretKey:
    """Accept a :class:`SecretKey` or its raw 32-byte seed.

    Raises:
      TypeError: for anything else, naming what was passed: above all a
          :class:`PublicKey`, whose bytes would make a seed anyone can copy.
      ValueError: for bytes that are not 32 long.
    """
    if isinstance(value, SecretKey):
        return value
    if isinstance(value, PublicKey):
        raise TypeError(
            f"{what} must be a SecretKey (or its 32-byte seed), not a PublicKey: "
            f"a public key cannot prove an identity"
        )
    if isinstance(value, (str, os.PathLike)):
        raise TypeError(_describe_str(value, what, "SecretKey", "load_secret_key"))
    return SecretKey.from_bytes(_check_length(value, what))


def coerce_public_key(value: object, what: str = "an Ed25519 public key") -> PublicKey:
    """Accept a :class:`PublicKey` or its raw 32 bytes.

    Raises:
      TypeError: for anything else (a :class:`SecretKey`, a fingerprint, a
          file name...), naming what was passed.
      ValueError: for bytes that are not 32 long.
    """
    if isinstance(value, PublicKey):
        return value
    if isinstance(value, SecretKey):
        raise TypeError(
            f"{what} must be a PublicKey (or its 32 bytes), not a SecretKey: "
            f"pass its .public_key"
        )
    if isinstance(value, (str, os.PathLike)):
        raise TypeError(_describe_str(value, what, "PublicKey", "load_public_key"))
    return PublicKey(_check_length(value, what))


def coerce_public_keys(value: object, what: str) -> tuple[PublicKey, ...]:
    """Accept a collection of keys, as :func:`coerce_public_key` does each.

    Raises:
      TypeError: for a single key (or str, or bytes) where a list is expected,
          or for an element that is not a key.
      ValueError: for an element of the wrong length.
    """
    if isinstance(value, (PublicKey, SecretKey, bytes, bytearray, memoryview)):
        raise TypeError(
            f"{what} must be a list of keys, not a single "
            f"{type(value).__name__}: wrap it in a list"
        )
    if isinstance(value, (str, os.PathLike)):
        raise TypeError(
            f"{what} must be a list of keys, not a {type(value).__name__} (a "
            f"file name? read it with load_authorized_keys)"
        )
    try:
        items = iter(value)  # type: ignore[call-overload]
    except TypeError:
        raise TypeError(
            f"{what} must be a list of keys, not {type(value).__name__}"
        ) from None
    return tuple(coerce_public_key(item, f"each of {what}") for item in items)
