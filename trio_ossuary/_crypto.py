"""The cryptographic operations of one Ossuary session, in one place.

All primitives come from the ``cryptography`` package (OpenSSL): X25519 for
the ephemeral exchange, ChaCha20-Poly1305 for records, Ed25519 (in
:mod:`._keys`) for host authentication.  Comparisons of keys and checks for
all-zero fields run in constant time.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterable
from typing import Final

from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ._keys import PublicKey
from ._wire import KEY_LEN, NONCE_LEN

__all__ = [
    "EphemeralSession",
    "NONCE_MASK",
    "contains_key",
    "is_all_zero",
    "shared_cipher",
]

#: Nonces are 96-bit big-endian counters that wrap silently.
NONCE_MASK: Final = (1 << (8 * NONCE_LEN)) - 1

RandomBytes = Callable[[int], bytes]


def draw(random_bytes: RandomBytes, n: int, purpose: str) -> bytes:
    """Draw exactly ``n`` random bytes, refusing a short or wrong-typed answer."""
    value = random_bytes(n)
    if not isinstance(value, bytes | bytearray) or len(value) != n:
        raise TypeError(f"random_bytes({n}) for the {purpose} must return {n} bytes")
    return bytes(value)


class EphemeralSession:
    """The per-handshake material: an X25519 key pair and a starting nonce.

    Drawn in the reference's order: 32 bytes of X25519 secret (clamped by
    X25519 itself), then the 12-byte nonce.
    """

    __slots__ = ("nonce", "private", "public")

    def __init__(self, random_bytes: RandomBytes) -> None:
        secret = draw(random_bytes, KEY_LEN, "ephemeral X25519 secret")
        private = X25519PrivateKey.from_private_bytes(secret)
        self.private: X25519PrivateKey | None = private
        self.public: bytes = private.public_key().public_bytes(
            Encoding.Raw, PublicFormat.Raw
        )
        self.nonce: bytes = draw(random_bytes, NONCE_LEN, "session nonce")

    def forget_secret(self) -> None:
        """Drop the X25519 secret once the session key is established."""
        self.private = None

    def __repr__(self) -> str:
        return f"<EphemeralSession public={self.public.hex()}>"


def shared_cipher(session: EphemeralSession, peer_public: bytes) -> ChaCha20Poly1305:
    """Return the session's AEAD: keyed with the raw X25519 output, no KDF.

    Raises:
      ValueError: the peer's key is a low-order point (the shared secret would
          be all zeros), which no honest peer sends.
    """
    if session.private is None:
        raise ValueError("the ephemeral secret was already used and forgotten")
    peer = X25519PublicKey.from_public_bytes(peer_public)
    return ChaCha20Poly1305(session.private.exchange(peer))


def is_all_zero(value: bytes) -> bool:
    """Constant-time test for an all-zero field."""
    return hmac.compare_digest(value, bytes(len(value)))


def contains_key(keys: Iterable[PublicKey], candidate: PublicKey) -> bool:
    """Constant-time (per key) membership test that never stops early."""
    raw = bytes(candidate)
    found = False
    for key in keys:
        found |= hmac.compare_digest(bytes(key), raw)
    return found
