"""SecretKey, PublicKey and the raw key pair helper."""

from __future__ import annotations

import pytest

from trio_ossuary import PublicKey, SecretKey, generate_auth_keypair
from trio_ossuary._keys import is_small_order

ANONYMOUS = b"\x01" + bytes(31)


def test_keypair_helper_returns_matching_raw_bytes() -> None:
    secret, public = generate_auth_keypair()
    assert len(secret) == len(public) == 32
    assert bytes(SecretKey.from_bytes(secret).public_key) == public


def test_secret_key_repr_hides_the_secret() -> None:
    key = SecretKey.generate()
    secret_hex = key.secret_bytes().hex()
    for text in (repr(key), str(key)):
        assert secret_hex not in text
        assert key.public_key.fingerprint() in text


def test_public_key_round_trips_and_compares() -> None:
    key = SecretKey.generate().public_key
    again = PublicKey.from_hex(key.hex())
    assert again == key
    assert hash(again) == hash(key)
    assert bytes(again) == bytes(key)
    assert {key, again} == {key}
    assert key != SecretKey.generate().public_key
    assert key != bytes(key)


@pytest.mark.parametrize("length", [0, 31, 33])
def test_wrong_lengths_are_refused(length: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        PublicKey.from_bytes(bytes(length))
    with pytest.raises(ValueError, match="32 bytes"):
        SecretKey.from_bytes(bytes(length))


def test_hex_must_be_hex() -> None:
    with pytest.raises(ValueError, match="hexadecimal"):
        PublicKey.from_hex("zz" * 32)
    with pytest.raises(ValueError, match="hexadecimal"):
        SecretKey.from_hex("not hex")
    with pytest.raises(TypeError):
        PublicKey.from_bytes("00" * 32)  # type: ignore[arg-type]


def test_signatures_verify_only_with_the_right_key_and_message() -> None:
    key = SecretKey.generate()
    signature = key.sign(b"message")
    assert key.public_key.verify(signature, b"message")
    assert not key.public_key.verify(signature, b"massage")
    assert not key.public_key.verify(signature[:-1], b"message")
    assert not SecretKey.generate().public_key.verify(signature, b"message")


def test_small_order_keys_never_verify() -> None:
    # Under the identity point, R = identity and S = 0 "verifies" any message
    # for a plain Ed25519 verifier; we refuse every small-order key.
    forged = ANONYMOUS + bytes(32)
    assert is_small_order(ANONYMOUS)
    assert not PublicKey(ANONYMOUS).verify(forged, b"anything at all")
    sign_bit_set = ANONYMOUS[:31] + b"\x80"
    assert is_small_order(sign_bit_set)
    assert not PublicKey(sign_bit_set).verify(forged, b"x")


def test_fingerprint_known_answer() -> None:
    # The reference vectors' server key; the expected text is what
    # `ssh-keygen -lf` printed for it.
    key = PublicKey.from_hex(
        "2088558ebd9b461dd09df000daf40f87f73840c55418576074393bb970e14698"
    )
    expected = "SHA256:zvbPBJnNHVqDzwaHC7+R3tjjE7qj9ir/ykgoDAmSP4c"
    assert key.fingerprint() == expected
    assert str(key) == expected
