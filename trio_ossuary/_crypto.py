"""The cryptographic operations of one Ossuary session, in one place.

All primitives come from the ``cryptography`` package (OpenSSL): X25519 for
the ephemeral exchange, ChaCha20-Poly1305 for records, Ed25519 (in
:mod:`._keys`) for host authentication.  Comparisons of keys and checks for
all-zero fields run in constant time.

A session's record protection is one :class:`SessionCipher`: the key (inside
the AEAD context) and the two nonce counters, so no other module builds a
nonce or calls the AEAD itself.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterable
from typing import Final, final

from cryptography.exceptions import InvalidTag
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
    "SessionCipher",
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


@final
class SessionCipher:
    """The record protection of one session: its AEAD and both nonce counters.

    ChaCha20-Poly1305 with one key for both directions; each direction counts
    its own 96-bit big-endian nonce up from where its sender started, wrapping
    silently at 2**96 as the reference does.  Sending never reuses a nonce;
    a receive that fails authentication leaves the receiving counter where it
    was, so the failure changes nothing.

    Args:
      key: The 32-byte shared secret.
      send_nonce: The first nonce this side sends with (the one it drew).
      recv_nonce: The first nonce the peer sends with (the one it drew).
    """

    # The counters are ints: converting one to 12 bytes and adding one costs
    # less than any way found to keep and increment the nonce as bytes
    # (docs/performance.rst, "The sans-IO engine").
    __slots__ = ("_aead", "_recv", "_send")

    def __init__(self, key: bytes, *, send_nonce: bytes, recv_nonce: bytes) -> None:
        self._aead = ChaCha20Poly1305(key)
        self._send = int.from_bytes(send_nonce, "big")
        self._recv = int.from_bytes(recv_nonce, "big")

    def seal(self, plaintext: bytes | bytearray | memoryview) -> bytes:
        """Encrypt with the next sending nonce; return ciphertext and tag."""
        nonce = self._send
        sealed = self._aead.encrypt(nonce.to_bytes(12, "big"), plaintext, None)
        self._send = (nonce + 1) & NONCE_MASK
        return sealed

    def open(self, sealed: bytes | bytearray | memoryview) -> bytes | None:
        """Decrypt ciphertext and tag with the next receiving nonce.

        Returns:
          The plaintext, or None if the record does not authenticate (the
          receiving nonce then stays where it was).
        """
        nonce = self._recv
        try:
            plaintext = self._aead.decrypt(nonce.to_bytes(12, "big"), sealed, None)
        except InvalidTag:
            return None
        self._recv = (nonce + 1) & NONCE_MASK
        return plaintext

    def __repr__(self) -> str:
        return "<SessionCipher ChaCha20-Poly1305>"


def shared_cipher(
    session: EphemeralSession, peer_public: bytes, peer_nonce: bytes
) -> SessionCipher:
    """Return the session's cipher: keyed with the raw X25519 output, no KDF.

    Args:
      session: This side's ephemeral material (its nonce starts our counter).
      peer_public: The peer's ephemeral X25519 key.
      peer_nonce: The nonce the peer drew (starts the receiving counter).

    Raises:
      ValueError: the peer's key is a low-order point (the shared secret would
          be all zeros), which no honest peer sends.
    """
    if session.private is None:
        raise ValueError("the ephemeral secret was already used and forgotten")
    peer = X25519PublicKey.from_public_bytes(peer_public)
    return SessionCipher(
        session.private.exchange(peer), send_nonce=session.nonce, recv_nonce=peer_nonce
    )


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
