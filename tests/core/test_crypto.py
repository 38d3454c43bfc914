"""``trio_ossuary._crypto.SessionCipher``: one session's AEAD and nonces."""

from __future__ import annotations

import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from trio_ossuary._crypto import SessionCipher

KEY = bytes(range(32))
ALICE = bytes.fromhex("ffffffffffffffffffffffff")  # wraps after one record
BOB = bytes.fromhex("000000000000000000000100")


def test_each_direction_counts_from_its_senders_nonce() -> None:
    alice = SessionCipher(KEY, send_nonce=ALICE, recv_nonce=BOB)
    bob = SessionCipher(KEY, send_nonce=BOB, recv_nonce=ALICE)
    aead = ChaCha20Poly1305(KEY)
    sealed = [alice.seal(b"one"), alice.seal(b"two"), alice.seal(b"three")]
    # 2**96 - 1, then the silent wrap to 0 and 1.
    nonces = [ALICE, bytes(12), bytes(11) + b"\x01"]
    plains = [b"one", b"two", b"three"]
    for nonce, record, plain in zip(nonces, sealed, plains, strict=True):
        assert aead.decrypt(nonce, record, None) == plain
        assert bob.open(record) == plain
    reply = bob.seal(b"reply")
    assert aead.decrypt(BOB, reply, None) == b"reply"
    assert alice.open(memoryview(reply)) == b"reply"


def test_a_record_that_fails_changes_nothing() -> None:
    alice = SessionCipher(KEY, send_nonce=ALICE, recv_nonce=BOB)
    bob = SessionCipher(KEY, send_nonce=BOB, recv_nonce=ALICE)
    first = alice.seal(b"first")
    damaged = bytearray(first)
    damaged[0] ^= 1
    assert bob.open(damaged) is None
    assert bob.open(os.urandom(len(first))) is None
    assert bob.open(b"") is None  # too short to hold a tag
    assert bob.open(first) == b"first"
    assert bob.open(first) is None  # its nonce is used up now


def test_repr_names_no_key_or_nonce() -> None:
    text = repr(SessionCipher(KEY, send_nonce=ALICE, recv_nonce=BOB))
    for secret in (KEY, ALICE, BOB):
        assert secret.hex() not in text
    assert "ChaCha20-Poly1305" in text
