"""Decode the unauth_anonymous known-answer vector, field by field.

Every number quoted in the worked example of docs/protocol.rst (and the
nonce-overlap figures in docs/security.rst) comes from running this script:

    .venv/bin/python notes-to-self/decode_vector.py

It splits the recorded packets using nothing but the layouts given in the
protocol page, redoes the key exchange from the recorded ephemeral secrets,
decrypts every encrypted field, verifies the server's signature, and asserts
that all of it agrees with what the vector records.  If an assertion fails,
the protocol page is wrong somewhere.

The field listings are printed in the exact layout of the literal blocks in
docs/protocol.rst; ``--check-docs`` confirms that every line of those blocks
appears in this script's output.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import re
import struct
import sys
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

ROOT = Path(__file__).resolve().parent.parent
VECTORS = ROOT / "tests" / "vectors"
PROTOCOL_RST = ROOT / "docs" / "protocol.rst"

TYPE_NAMES = {
    0x01: "client_handshake",
    0x02: "server_handshake",
    0x03: "client_authentication",
    0x10: "disconnect",
    0x11: "reset",
    0x20: "data",
}
IDENTITY_POINT = b"\x01" + bytes(31)


def load(name: str) -> dict:
    return json.loads((VECTORS / f"{name}.json").read_text())


def heading(text: str) -> None:
    print()
    print(text)
    print("=" * len(text))


def row(offset: int | None, size: int, name: str, raw: bytes, note: str = "") -> None:
    """Print one field: offset, size, name, then its bytes, 32 to a line."""
    hexed = raw.hex()
    chunks = [hexed[i : i + 64] for i in range(0, len(hexed), 64)] or [""]
    where = "" if offset is None else str(offset)
    extra = f"  {note}" if note else ""
    print(f"  {where:>4}  {size:>3}  {name:<22} {chunks[0]}{extra}".rstrip())
    for chunk in chunks[1:]:
        print(f"  {'':>4}  {'':>3}  {'':<22} {chunk}")


def nonce_add(nonce: bytes, n: int) -> bytes:
    """The 12-byte nonce read as one big-endian integer, plus n, wrapping."""
    value = (int.from_bytes(nonce, "big") + n) % 2**96
    return value.to_bytes(12, "big")


def split_header(wire: bytes) -> tuple[int, int, int, int]:
    length, msg_id, ptype, reserved = struct.unpack(">HHHH", wire[:8])
    assert length == len(wire) - 8, "header len must equal the body length"
    assert reserved == 0
    return length, msg_id, ptype, reserved


def show_header(wire: bytes) -> tuple[int, int, int, int]:
    length, msg_id, ptype, reserved = split_header(wire)
    row(0, 2, "header len (BE)", wire[0:2], f"= {length}")
    row(2, 2, "header msg_id (BE)", wire[2:4], f"= {msg_id}")
    row(4, 2, "header type (BE)", wire[4:6], f"= {TYPE_NAMES[ptype]}")
    row(6, 2, "header reserved", wire[6:8])
    return length, msg_id, ptype, reserved


def show_body_prefix(wire: bytes) -> int:
    """The len / version / reserved prefix of the three handshake bodies."""
    (body_len,) = struct.unpack("<H", wire[8:10])
    row(8, 2, "len (LE)", wire[8:10], f"= {body_len}")
    row(10, 1, "version", wire[10:11], f"= {wire[10]}")
    row(11, 5, "reserved", wire[11:16])
    assert body_len == len(wire) - 8
    assert wire[10] == 1
    assert wire[11:16] == bytes(5)
    return body_len


def x25519_public(raw_secret: bytes) -> bytes:
    # from_private_bytes clamps the 32 raw bytes as RFC 7748 prescribes.
    key = X25519PrivateKey.from_private_bytes(raw_secret)
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def verifies(key: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return False
    return True


def decode() -> None:
    vec = load("unauth_anonymous")
    packets = vec["packets"]
    client, server = vec["client"], vec["server"]

    # ------------------------------------------------------------------
    heading("client_handshake (packet 0)")
    ch = bytes.fromhex(packets[0]["wire"])
    print(f"  {len(ch)} bytes on the wire")
    show_header(ch)
    show_body_prefix(ch)
    c_eph_pub, c_nonce, c_challenge = ch[16:48], ch[48:60], ch[60:92]
    row(16, 32, "ephemeral public key", c_eph_pub)
    row(48, 12, "nonce", c_nonce)
    row(60, 32, "challenge", c_challenge)
    assert len(ch) == 92
    assert c_eph_pub.hex() == client["ephemeral_public"]
    assert c_nonce.hex() == client["nonce"]
    assert c_challenge.hex() == client["challenge"]

    # ------------------------------------------------------------------
    heading("server_handshake (packet 1)")
    sh = bytes.fromhex(packets[1]["wire"])
    print(f"  {len(sh)} bytes on the wire")
    show_header(sh)
    show_body_prefix(sh)
    s_eph_pub, s_nonce = sh[16:48], sh[48:60]
    row(16, 32, "ephemeral public key", s_eph_pub)
    row(48, 12, "nonce", s_nonce)
    data_len, tag_len = struct.unpack("<HH", sh[60:64])
    row(60, 2, "data_len (LE)", sh[60:62], f"= {data_len}")
    row(62, 2, "tag_len (LE)", sh[62:64], f"= {tag_len}")
    s_sealed = sh[64:]
    row(64, data_len, "ciphertext", s_sealed[:data_len])
    row(64 + data_len, tag_len, "tag", s_sealed[data_len:])
    assert len(sh) == 208
    assert data_len == 128
    assert tag_len == 16
    assert len(s_sealed) == data_len + tag_len
    assert s_eph_pub.hex() == server["ephemeral_public"]
    assert s_nonce.hex() == server["nonce"]

    # ------------------------------------------------------------------
    heading("key derivation")
    c_secret = bytes.fromhex(client["ephemeral_secret"])
    s_secret = bytes.fromhex(server["ephemeral_secret"])
    row(None, 32, "client eph. secret", c_secret)
    row(None, 32, "server eph. secret", s_secret)
    assert x25519_public(c_secret) == c_eph_pub
    assert x25519_public(s_secret) == s_eph_pub
    print("  X25519(secret, 9) reproduces both ephemeral public keys")
    k_client = X25519PrivateKey.from_private_bytes(c_secret).exchange(
        X25519PublicKey.from_public_bytes(s_eph_pub)
    )
    k_server = X25519PrivateKey.from_private_bytes(s_secret).exchange(
        X25519PublicKey.from_public_bytes(c_eph_pub)
    )
    assert k_client == k_server
    assert k_client.hex() == vec["shared_secret"]
    key = k_client
    row(None, 32, "shared key", key)
    aead = ChaCha20Poly1305(key)

    # ------------------------------------------------------------------
    heading("server subpacket, decrypted")
    row(None, 12, "AEAD nonce", s_nonce, "(server nonce as sent)")
    plain = aead.decrypt(s_nonce, s_sealed, b"")
    assert len(plain) == 128
    s_auth_pub, s_challenge, s_sig = plain[:32], plain[32:64], plain[64:]
    row(0, 32, "server auth public key", s_auth_pub)
    row(32, 32, "server challenge", s_challenge)
    row(64, 64, "signature", s_sig)
    assert s_auth_pub.hex() == server["auth_public_key"]
    assert s_challenge.hex() == server["challenge"]
    seed = bytes.fromhex(server["auth_secret_key"])
    signer = Ed25519PrivateKey.from_private_bytes(seed)
    assert signer.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw) == (
        s_auth_pub
    )
    signed = s_eph_pub + s_nonce + c_challenge
    assert len(signed) == 76
    print("  signed message = server eph. public || server nonce || client challenge:")
    row(None, 76, "signed message", signed)
    assert verifies(Ed25519PublicKey.from_public_bytes(s_auth_pub), s_sig, signed)
    print("  Ed25519 verification under the server auth public key: OK")
    # Ed25519 signatures are deterministic, so re-signing must give the same.
    assert signer.sign(signed) == s_sig
    print("  re-signing with the recorded seed reproduces the signature")

    # ------------------------------------------------------------------
    heading("client_authentication (packet 2)")
    ca = bytes.fromhex(packets[2]["wire"])
    print(f"  {len(ca)} bytes on the wire")
    show_header(ca)
    show_body_prefix(ca)
    data_len, tag_len = struct.unpack("<HH", ca[16:20])
    row(16, 2, "data_len (LE)", ca[16:18], f"= {data_len}")
    row(18, 2, "tag_len (LE)", ca[18:20], f"= {tag_len}")
    row(20, data_len, "ciphertext", ca[20 : 20 + data_len])
    row(20 + data_len, tag_len, "tag", ca[20 + data_len :])
    assert len(ca) == 132
    assert data_len == 96
    assert tag_len == 16
    row(None, 12, "AEAD nonce", c_nonce, "(client nonce as sent)")
    plain = aead.decrypt(c_nonce, ca[20:], b"")
    c_auth_pub, c_sig = plain[:32], plain[32:]
    row(0, 32, "client auth public key", c_auth_pub)
    row(32, 64, "signature", c_sig)
    assert c_auth_pub == IDENTITY_POINT
    assert c_sig == bytes(64)
    print("  anonymous client: identity point 01 || 00*31, all-zero signature")

    # ------------------------------------------------------------------
    heading("data packet (packet 4, client -> server)")
    dp = bytes.fromhex(packets[4]["wire"])
    print(f"  {len(dp)} bytes on the wire")
    _, msg_id, _, _ = show_header(dp)
    data_len, tag_len = struct.unpack("<HH", dp[8:12])
    row(8, 2, "data_len (LE)", dp[8:10], f"= {data_len}")
    row(10, 2, "tag_len (LE)", dp[10:12], f"= {tag_len}")
    row(12, data_len, "ciphertext", dp[12 : 12 + data_len])
    row(12 + data_len, tag_len, "tag", dp[12 + data_len :])
    assert len(dp) == 8 + 4 + data_len + tag_len
    assert msg_id == 3
    # client_authentication used the initial nonce and the first data packet
    # (msg_id 2) used +1, so this one (msg_id 3) uses +2.
    n = nonce_add(c_nonce, 2)
    row(None, 12, "AEAD nonce", n, "(client nonce + 2)")
    pt = aead.decrypt(n, dp[12:], b"")
    row(None, len(pt), "plaintext", pt, f"= {pt.decode('ascii')!r}")
    assert pt.hex() == packets[4]["plaintext"]

    # ------------------------------------------------------------------
    heading("every encrypted field in the session, with its nonce")
    print(
        "  pkt from    msg_id  type"
        + " " * 19
        + "AEAD nonce (+n)"
        + " " * 16
        + "plaintext"
    )
    used = {"client": 0, "server": 0}
    start = {"client": c_nonce, "server": s_nonce}
    for i, p in enumerate(packets):
        wire = bytes.fromhex(p["wire"])
        _, msg_id, ptype, _ = split_header(wire)
        sealed_at = {0x02: 64, 0x03: 20, 0x20: 12}.get(ptype)
        side = p["from"]
        if sealed_at is None:
            print(
                f"  {i:>2}  {side:<6}  {msg_id:>6}  {TYPE_NAMES[ptype]:<21}"
                "  (cleartext)"
            )
            continue
        n = nonce_add(start[side], used[side])
        pt = aead.decrypt(n, wire[sealed_at:], b"")
        if "plaintext" in p:
            assert pt.hex() == p["plaintext"]
        print(
            f"  {i:>2}  {side:<6}  {msg_id:>6}  {TYPE_NAMES[ptype]:<21}"
            f"  {n.hex()} (+{used[side]})  {len(pt):>5} bytes"
        )
        used[side] += 1

    big = bytes.fromhex(packets[5]["wire"])
    length, *_ = split_header(big)
    assert length == 16384 + 4 + 16
    assert len(big) == 16412
    print(
        f"  largest data packet: header len {length} (0x{length:04x}),"
        f" {len(big)} bytes on the wire"
    )
    empty = bytes.fromhex(load("auth_mutual")["packets"][3]["wire"])
    assert len(empty) == 28
    assert empty[8:10] == b"\x00\x00"
    print("  empty data packet (auth_mutual packet 3): 28 bytes on the wire")

    # ------------------------------------------------------------------
    heading("disconnect and reset (packets 8 and 9)")
    for i in (8, 9):
        wire = bytes.fromhex(packets[i]["wire"])
        print(f"  packet {i}:")
        show_header(wire)
        (junk,) = struct.unpack("<H", wire[8:10])
        row(8, 2, "len (LE)", wire[8:10], f"= {junk} (garbage, not 4)")
        row(10, 1, "error flag", wire[10:11], f"= {wire[10]}")
        row(11, 1, "reserved", wire[11:12])

    # ------------------------------------------------------------------
    heading("challenges across a reset (reset_rekey)")
    rr = load("reset_rekey")
    hs = [
        bytes.fromhex(p["wire"])
        for p in rr["packets"]
        if p["type"] == "client_handshake"
    ]
    assert len(hs) == 2
    assert hs[0][60:92] == hs[1][60:92]
    assert hs[0][16:60] != hs[1][16:60]
    print("  both client_handshake packets carry the same cleartext challenge")
    print("  ", hs[0][60:92].hex())
    print("  while their ephemeral keys and nonces differ")

    heading("packet sequence around the reset (reset_rekey)")
    for i, p in enumerate(rr["packets"]):
        wire = bytes.fromhex(p["wire"])
        _, msg_id, ptype, _ = split_header(wire)
        assert msg_id == p["msg_id"]
        note = ""
        if "wire_as_delivered" in p:
            delivered = bytes.fromhex(p["wire_as_delivered"])
            flipped = [j for j in range(len(wire)) if wire[j] != delivered[j]]
            note = f"  corrupted in transit: byte {flipped[0]}"
        elif ptype in (0x10, 0x11):
            note = f"  error flag {wire[10]}"
        print(
            f"  {i:>2}  {p['from']:<6}  session {p['session']}  msg_id {msg_id}"
            f"  {TYPE_NAMES[ptype]}{note}"
        )
    re_keys = rr["rehandshake"]
    new_key = X25519PrivateKey.from_private_bytes(
        bytes.fromhex(re_keys["client"]["ephemeral_secret"])
    ).exchange(
        X25519PublicKey.from_public_bytes(
            bytes.fromhex(re_keys["server"]["ephemeral_public"])
        )
    )
    assert new_key.hex() == re_keys["shared_secret"] != rr["shared_secret"]
    # First data packet of the new session, client -> server: new key,
    # new client nonce + 1.
    first = bytes.fromhex(rr["packets"][11]["wire"])
    n = nonce_add(bytes.fromhex(re_keys["client"]["nonce"]), 1)
    pt = ChaCha20Poly1305(new_key).decrypt(n, first[12:], b"")
    assert pt.hex() == rr["packets"][11]["plaintext"]
    print("  session 2 runs under a new shared key:")
    print("  ", rr["shared_secret"], "(session 1)")
    print("  ", new_key.hex(), "(session 2)")

    # ------------------------------------------------------------------
    heading("the anonymous client's key and forged signatures")
    identity = Ed25519PublicKey.from_public_bytes(IDENTITY_POINT)
    # R = the identity point, S = 0: [S]B = R + [k]A holds for every message
    # when A is the identity, whatever the hash k is.
    forged = IDENTITY_POINT + bytes(32)
    for message in (b"any message at all", signed):
        print(
            f"  R = identity, S = 0 over a {len(message)}-byte message:",
            "verifies" if verifies(identity, forged, message) else "rejected",
        )
    print(
        "  the all-zero signature the anonymous client sends:",
        "verifies" if verifies(identity, bytes(64), signed) else "rejected",
    )

    # ------------------------------------------------------------------
    heading("nonce overlap between the two directions")
    # Direction d uses the counter values start_d, start_d + 1, ...,
    # start_d + n_d - 1 (mod 2**96).  With independent uniform starts the two
    # runs share a value exactly when the difference of the starts falls in a
    # window of n_c + n_s - 1 values, so p = (n_c + n_s - 1) / 2**96.
    for exp in (20, 32, 40, 48):
        n = 2**exp
        p = (2 * n - 1) / 2**96
        print(f"  2**{exp} packets each way: p = {p:.2e} (about 2**{math.log2(p):.0f})")
    for s_exp, n_exp in ((32, 32), (40, 32)):
        p = 2**s_exp * (2 * 2**n_exp - 1) / 2**96
        print(
            f"  2**{s_exp} sessions of 2**{n_exp} packets each way:"
            f" p <= {p:.2e} (about 2**{math.log2(p):.0f})"
        )
    volume = 2**32 * 16384
    assert volume == 2**46 == 64 * 2**40
    print("  2**32 full data packets carry 2**46 bytes = 64 TiB of plaintext")

    print()
    print("all checks passed")


def check_docs(output: str) -> int:
    """Every line of every literal block in protocol.rst marked as decoded
    output must appear verbatim in the script's output."""
    text = PROTOCOL_RST.read_text()
    produced = {line.strip() for line in output.splitlines() if line.strip()}
    missing = 0
    checked = 0
    # Blocks are introduced by a ".. code-block:: text" directive followed by
    # a ":name: decoded-..." option.
    pattern = re.compile(
        r"^\.\. code-block:: text\n   :name: (decoded-[\w-]+)\n\n((?:   .*\n|\n)+)",
        re.MULTILINE,
    )
    for match in pattern.finditer(text):
        for line in match.group(2).splitlines():
            line = line.strip()
            if not line:
                continue
            checked += 1
            if line not in produced:
                missing += 1
                print(f"{match.group(1)}: not in the script's output: {line}")
    print(f"checked {checked} lines of decoded output in {PROTOCOL_RST.name}")
    return 1 if missing or not checked else 0


def main() -> int:
    if "--check-docs" in sys.argv[1:]:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            decode()
        return check_docs(buffer.getvalue())
    decode()
    return 0


if __name__ == "__main__":
    sys.exit(main())
