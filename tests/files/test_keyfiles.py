"""Tests for trio_ossuary.keyfiles, checked against the real ssh-keygen."""

from __future__ import annotations

import base64
import os
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_ssh_public_key,
)

from trio_ossuary import (
    AuthorizedKeysWarning,
    FileError,
    KeyFileError,
    PassphraseRequiredError,
    PublicKey,
    SecretKey,
)
from trio_ossuary.keyfiles import (
    format_public_key,
    load_authorized_keys,
    load_public_key,
    load_secret_key,
    parse_authorized_keys,
    parse_public_key,
    parse_secret_key,
    save_secret_key,
)

SSH_KEYGEN = "ssh-keygen"  # CI installs openssh-client; fail loudly without it
SEED_HEX = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
PUBLIC_HEX = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"


def keygen(*args: str) -> str:
    result = subprocess.run(
        [SSH_KEYGEN, *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout


def ssh_keygen_new(path: Path, passphrase: str = "") -> None:
    keygen(
        "-q", "-t", "ed25519", "-N", passphrase, "-C", "made@keygen", "-f", str(path)
    )


def write_secret(path: Path, data: str | bytes, mode: int = 0o600) -> Path:
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    path.chmod(mode)
    return path


# --- secret keys against ssh-keygen ----------------------------------------


@pytest.mark.parametrize("passphrase", [None, "pass", b"pass"])
def test_saved_key_is_read_by_ssh_keygen(
    tmp_path: Path, passphrase: str | bytes | None
) -> None:
    key = SecretKey.generate()
    path = tmp_path / "id_ed25519"
    save_secret_key(key, path, comment="alice@example", passphrase=passphrase)

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    pub = Path(f"{path}.pub")
    assert stat.S_IMODE(pub.stat().st_mode) == 0o644
    assert pub.read_text() == format_public_key(key.public_key, "alice@example") + "\n"

    p_args = ["-P", "pass"] if passphrase else []
    derived = keygen("-y", *p_args, "-f", str(path)).strip()
    assert derived == format_public_key(key.public_key)

    fingerprint = key.public_key.fingerprint()
    for target in (path, pub):
        assert keygen("-l", "-f", str(target)).split() == [
            "256",
            fingerprint,
            "alice@example",
            "(ED25519)",
        ]
    assert load_secret_key(path, passphrase) == key


def test_fingerprint_matches_ssh_keygen(tmp_path: Path) -> None:
    key = SecretKey.from_hex(SEED_HEX)
    path = tmp_path / "key"
    save_secret_key(key, path)
    assert keygen("-lf", f"{path}.pub").split()[1] == key.public_key.fingerprint()
    assert str(key.public_key) == key.public_key.fingerprint()


def test_saved_passphrase_key_needs_the_passphrase_in_ssh_keygen(
    tmp_path: Path,
) -> None:
    path = tmp_path / "key"
    save_secret_key(SecretKey.generate(), path, passphrase="pass")
    with pytest.raises(subprocess.CalledProcessError):
        keygen("-y", "-P", "wrong", "-f", str(path))


@pytest.mark.parametrize("passphrase", ["", "secret"])
def test_ssh_keygen_key_loads(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "id_ed25519"
    ssh_keygen_new(path, passphrase)
    key = load_secret_key(path, passphrase or None)
    expected = load_public_key(f"{path}.pub")
    assert key.public_key == expected
    assert format_public_key(expected, "made@keygen") == (
        Path(f"{path}.pub").read_text().strip()
    )
    # The key actually works: it signs what its public key verifies.
    assert expected.verify(key.sign(b"message"), b"message")


def test_passphrase_ignored_for_unencrypted_key(tmp_path: Path) -> None:
    path = tmp_path / "id"
    ssh_keygen_new(path)
    assert load_secret_key(path, "unused") == load_secret_key(path)


def test_str_and_bytes_passphrase_agree(tmp_path: Path) -> None:
    path = tmp_path / "id"
    ssh_keygen_new(path, "pässword")
    assert load_secret_key(path, "pässword") == load_secret_key(
        path, "pässword".encode()
    )


# --- secret key errors -------------------------------------------------------


def test_wrong_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "id"
    ssh_keygen_new(path, "secret")
    with pytest.raises(KeyFileError, match=r"incorrect passphrase for .*'") as info:
        load_secret_key(path, "not the secret")
    assert str(path) in str(info.value)


@pytest.mark.parametrize("passphrase", [None, "", b""])
def test_missing_passphrase(tmp_path: Path, passphrase: str | bytes | None) -> None:
    path = tmp_path / "id"
    save_secret_key(SecretKey.generate(), path, passphrase="pw")
    with pytest.raises(
        PassphraseRequiredError, match="is encrypted: a passphrase is required"
    ) as info:
        load_secret_key(path, passphrase)
    assert isinstance(info.value, KeyFileError)


def test_missing_bcrypt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "id"
    save_secret_key(SecretKey.generate(), path, passphrase="pw")
    monkeypatch.setitem(sys.modules, "bcrypt", None)  # makes the import fail
    with pytest.raises(KeyFileError, match=r"install trio-ossuary\[passphrase\]"):
        load_secret_key(path, "pw")
    with pytest.raises(KeyFileError, match=r"install trio-ossuary\[passphrase\]"):
        save_secret_key(SecretKey.generate(), tmp_path / "new", passphrase="pw")
    assert not (tmp_path / "new").exists()
    # Unencrypted keys need no bcrypt.
    save_secret_key(SecretKey.generate(), tmp_path / "plain")
    load_secret_key(tmp_path / "plain")


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_too_open_permissions_refused(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "id"
    save_secret_key(SecretKey.generate(), path)
    path.chmod(mode)
    with pytest.raises(KeyFileError) as info:
        load_secret_key(path)
    assert str(info.value).startswith(
        f"permissions {mode:04o} for '{path}' are too open"
    )


def test_hex_seed_file_also_needs_private_permissions(tmp_path: Path) -> None:
    path = write_secret(tmp_path / "seed", SEED_HEX + "\n", mode=0o644)
    with pytest.raises(KeyFileError, match="are too open"):
        load_secret_key(path)
    path.chmod(0o400)
    key = load_secret_key(path)
    assert key.secret_bytes() == bytes.fromhex(SEED_HEX)
    assert key.public_key == PublicKey.from_hex(PUBLIC_HEX)  # RFC 8032 test 1


def test_hex_seed_string() -> None:
    assert parse_secret_key(SEED_HEX).public_key.hex() == PUBLIC_HEX
    assert parse_secret_key(f"  {SEED_HEX.upper()}\n".encode()).secret_bytes() == (
        bytes.fromhex(SEED_HEX)
    )


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope"
    with pytest.raises(KeyFileError, match=r"secret key file '.*nope' does not exist"):
        load_secret_key(path)


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="is a directory"):
        load_public_key(tmp_path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_secret(tmp_path / "id", SEED_HEX)

    # Simulated, because the tests may run as root, who can read anything.
    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(KeyFileError, match=r"cannot read .* permission denied"):
        load_secret_key(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello world\n", "is not an OpenSSH private key or 64 hexadecimal digits"),
        (b"\xff\xfe\x00garbage", "is not an OpenSSH private key"),
        (SEED_HEX[:-2].encode(), "is not an OpenSSH private key"),
        (
            b"-----BEGIN OPENSSH PRIVATE KEY-----\nbm90IGEga2V5\n"
            b"-----END OPENSSH PRIVATE KEY-----\n",
            "is a corrupt OpenSSH private key",
        ),
        (b"", "is not an OpenSSH private key"),
    ],
)
def test_garbage_secret_key(tmp_path: Path, content: bytes, message: str) -> None:
    path = write_secret(tmp_path / "id", content)
    with pytest.raises(KeyFileError, match=message) as info:
        load_secret_key(path)
    assert "\n" not in str(info.value)
    assert str(path) in str(info.value)


def test_truncated_key_body_is_corrupt(tmp_path: Path) -> None:
    source = tmp_path / "good"
    save_secret_key(SecretKey.generate(), source)
    lines = source.read_text().splitlines()
    # Keep the header and public part, drop the tail of the secret part.
    damaged = [*lines[:3], lines[-1]]
    path = write_secret(tmp_path / "id", "\n".join(damaged) + "\n")
    with pytest.raises(KeyFileError, match="corrupt OpenSSH private key"):
        load_secret_key(path)


def test_flipped_checksum_is_corrupt(tmp_path: Path) -> None:
    key = SecretKey.generate()
    text = key_with_bad_checkints(key)
    path = write_secret(tmp_path / "id", text)
    with pytest.raises(KeyFileError, match="corrupt OpenSSH private key") as info:
        load_secret_key(path)
    assert key.secret_bytes().hex() not in str(info.value)


def key_with_bad_checkints(key: SecretKey) -> bytes:
    """Return an OpenSSH key file for ``key`` whose check integers differ."""
    pem = Ed25519PrivateKey.from_private_bytes(key.secret_bytes()).private_bytes(
        Encoding.PEM, PrivateFormat.OpenSSH, NoEncryption()
    )
    lines = pem.splitlines()
    blob = bytearray(base64.b64decode(b"".join(lines[1:-1])))
    # After magic, "none", "none", "", nkeys, public blob (4 + 51), secret
    # length: the first check integer.
    offset = 15 + 8 + 8 + 4 + 4 + 4 + 51 + 4
    blob[offset] ^= 0xFF
    return lines[0] + b"\n" + base64.b64encode(bytes(blob)) + b"\n" + lines[-1] + b"\n"


def test_rsa_key_refused(tmp_path: Path) -> None:
    path = tmp_path / "id_rsa"
    keygen("-q", "-t", "rsa", "-b", "1024", "-N", "", "-f", str(path))
    with pytest.raises(KeyFileError, match="holds a 'ssh-rsa' key; only Ed25519"):
        load_secret_key(path)
    with pytest.raises(KeyFileError, match="unsupported key type 'ssh-rsa'"):
        load_public_key(f"{path}.pub")


def test_encrypted_ecdsa_key_refused_without_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "id_ecdsa"
    keygen("-q", "-t", "ecdsa", "-N", "secret", "-f", str(path))
    with pytest.raises(KeyFileError, match="'ecdsa-sha2-nistp256' key"):
        load_secret_key(path)


def test_oversized_file_refused(tmp_path: Path) -> None:
    path = write_secret(tmp_path / "big", b"#" * (1024 * 1024 + 1))
    with pytest.raises(KeyFileError, match="is larger than 1048576 bytes"):
        load_secret_key(path)


# --- saving ------------------------------------------------------------------


def test_overwrite_refused(tmp_path: Path) -> None:
    path = tmp_path / "id"
    first = SecretKey.generate()
    save_secret_key(first, path)
    before = (path.read_bytes(), Path(f"{path}.pub").read_bytes())
    with pytest.raises(KeyFileError, match="refusing to overwrite existing file"):
        save_secret_key(SecretKey.generate(), path)
    assert (path.read_bytes(), Path(f"{path}.pub").read_bytes()) == before
    assert load_secret_key(path) == first

    second = SecretKey.generate()
    save_secret_key(second, path, overwrite=True)
    assert load_secret_key(path) == second
    assert load_public_key(f"{path}.pub") == second.public_key
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["id", "id.pub"]


def test_existing_pub_file_blocks_save(tmp_path: Path) -> None:
    path = tmp_path / "id"
    Path(f"{path}.pub").write_text("precious\n")
    with pytest.raises(KeyFileError, match=r"refusing to overwrite .*id\.pub'"):
        save_secret_key(SecretKey.generate(), path)
    assert not path.exists()
    assert Path(f"{path}.pub").read_text() == "precious\n"


def test_save_modes_ignore_umask(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        save_secret_key(SecretKey.generate(), tmp_path / "id")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "id.pub").stat().st_mode) == 0o644


def test_save_accepts_raw_seed(tmp_path: Path) -> None:
    save_secret_key(bytes.fromhex(SEED_HEX), tmp_path / "id")
    assert load_public_key(tmp_path / "id.pub").hex() == PUBLIC_HEX


def test_save_into_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match=r"cannot write '.*missing/id'"):
        save_secret_key(SecretKey.generate(), tmp_path / "missing" / "id")


def test_comment_with_newline_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="line break"):
        save_secret_key(SecretKey.generate(), tmp_path / "id", comment="a\nb")
    assert list(tmp_path.iterdir()) == []


# --- public keys -------------------------------------------------------------


def test_parse_public_key_forms() -> None:
    key = PublicKey.from_hex(PUBLIC_HEX)
    line = format_public_key(key)
    assert line.startswith("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI")
    assert parse_public_key(line) == key
    assert parse_public_key(f"  {line} some comment with spaces \n") == key
    assert parse_public_key(PUBLIC_HEX) == key
    assert parse_public_key(PUBLIC_HEX.upper() + "\n") == key
    assert format_public_key(bytes(key), "c") == f"{line} c"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no public key found"),
        ("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ", "unsupported key type 'ssh-rsa'"),
        ("ecdsa-sha2-nistp256 AAAA", "unsupported key type 'ecdsa-sha2-nistp256'"),
        ("ssh-ed25519", "base64 key data after 'ssh-ed25519' is missing"),
        ("ssh-ed25519 !!!!", "not valid base64"),
        ("ssh-ed25519 AAAA", "wrong embedded type or length"),
        # ssh-rsa blob under an ssh-ed25519 label:
        ("ssh-ed25519 AAAAB3NzaC1yc2EAAAADAQAB", "wrong embedded type or length"),
        ("hello", "not a public key"),
        (PUBLIC_HEX[:-1], "not a public key"),
        ("a\nb", "several lines"),
    ],
)
def test_parse_public_key_rejects(text: str, message: str) -> None:
    with pytest.raises(KeyFileError, match=message):
        parse_public_key(text)


def test_blob_with_wrong_length_or_trailing_data() -> None:
    raw = bytes.fromhex(PUBLIC_HEX)
    name = b"ssh-ed25519"
    for blob in (
        struct.pack(">I", 11) + name + struct.pack(">I", 31) + raw[:31],
        struct.pack(">I", 11) + name + struct.pack(">I", 32) + raw + b"\0",
        struct.pack(">I", 12) + name + b"x" + struct.pack(">I", 32) + raw,
    ):
        line = "ssh-ed25519 " + base64.b64encode(blob).decode()
        with pytest.raises(KeyFileError, match="wrong embedded type or length"):
            parse_public_key(line)


def test_load_public_key_errors(tmp_path: Path) -> None:
    secret = tmp_path / "id"
    save_secret_key(SecretKey.generate(), secret)
    with pytest.raises(KeyFileError, match="holds a private key"):
        load_public_key(secret)
    bad = tmp_path / "bad.pub"
    bad.write_text("ssh-ed25519 AAAA\n")
    with pytest.raises(KeyFileError, match=r"public key file '.*bad\.pub': the key"):
        load_public_key(bad)
    binary = tmp_path / "bin.pub"
    binary.write_bytes(b"\xff\xfe")
    with pytest.raises(KeyFileError, match="is not UTF-8 text"):
        load_public_key(binary)
    with pytest.raises(KeyFileError, match="does not exist"):
        load_public_key(tmp_path / "missing.pub")


# --- authorized_keys ---------------------------------------------------------


def test_authorized_keys_file(tmp_path: Path) -> None:
    keys = [SecretKey.generate().public_key for _ in range(4)]
    rsa = tmp_path / "rsa"
    keygen("-q", "-t", "rsa", "-b", "1024", "-N", "", "-f", str(rsa))
    path = tmp_path / "authorized_keys"
    path.write_text(
        "# a comment\n"
        "\n"
        f"{format_public_key(keys[0], 'alice')}\n"
        f'from="10.0.0.0/8,192.168.1.1" {format_public_key(keys[1])}\n'
        f"{Path(f'{rsa}.pub').read_text()}"
        f'no-pty,command="echo a \\"b c\\"" {format_public_key(keys[2], "bob")}\n'
        "   # indented comment\n"
        f"{keys[3].hex()} hex key with comment\n"
    )
    with pytest.warns(AuthorizedKeysWarning) as record:
        loaded = load_authorized_keys(path)
    assert loaded == keys
    messages = [str(w.message) for w in record]
    assert messages == [
        f"{path} line 4: key options are not supported and were ignored",
        f"{path} line 5: skipping ssh-rsa key (only ssh-ed25519 keys are supported)",
        f"{path} line 6: key options are not supported and were ignored",
    ]


def test_authorized_keys_from_lines() -> None:
    key = PublicKey.from_hex(PUBLIC_HEX)
    lines = iter(["", format_public_key(key), "#x"])
    assert parse_authorized_keys(lines) == [key]
    assert parse_authorized_keys(f"{PUBLIC_HEX}\n{PUBLIC_HEX}\n") == [key, key]
    assert parse_authorized_keys("") == []


def test_authorized_keys_skips_other_types_with_line_numbers() -> None:
    text = (
        "ecdsa-sha2-nistp256 AAAAE2VjZHNh x\n"
        "sk-ssh-ed25519@openssh.com AAAA y\n"
        'restrict,from="*" ssh-rsa AAAAB3 z\n'
    )
    with pytest.warns(AuthorizedKeysWarning) as record:
        assert parse_authorized_keys(text, source="ak") == []
    assert [str(w.message).split(":")[0] for w in record] == [
        "ak line 1",
        "ak line 2",
        "ak line 3",
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("ssh-ed25519 AAAA", "wrong embedded type or length"),
        ("ssh-ed25519", "base64 key data"),
        ("garbage", "no public key found"),
        ("just some words", "not a public key"),
        ('command="unterminated ssh-ed25519 AAAA', "unterminated quoted string"),
        (PUBLIC_HEX[:40], "no public key found"),
    ],
)
def test_authorized_keys_malformed_line(line: str, message: str) -> None:
    good = format_public_key(PublicKey.from_hex(PUBLIC_HEX))
    text = f"# header\n{good}\n\n{line}\n{good}\n"
    with pytest.raises(KeyFileError, match=f"^ak line 4: .*{message}"):
        parse_authorized_keys(text, source="ak")


def test_authorized_keys_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match=r"authorized_keys file .* does not exist"):
        load_authorized_keys(tmp_path / "authorized_keys")


def make_certificate(tmp_path: Path) -> tuple[str, PublicKey]:
    """Have ssh-keygen sign a user key; return the certificate line and the key."""
    ca, user = tmp_path / "ca", tmp_path / "user"
    ssh_keygen_new(ca)
    ssh_keygen_new(user)
    keygen("-q", "-s", str(ca), "-I", "someone", str(user) + ".pub")
    line = (tmp_path / "user-cert.pub").read_text().strip()
    return line, load_public_key(str(user) + ".pub")


def test_certificate_lines_are_refused(tmp_path: Path) -> None:
    line, _ = make_certificate(tmp_path)
    assert line.startswith("ssh-ed25519-cert-v01@openssh.com ")
    # cryptography itself takes a certificate line for the key it certifies,
    # which is why the type name is checked before it is asked.
    assert isinstance(load_ssh_public_key(line.encode()), Ed25519PublicKey)
    with pytest.raises(KeyFileError, match="unsupported key type 'ssh-ed25519-cert"):
        parse_public_key(line)
    (tmp_path / "cert.pub").write_text(line + "\n")
    with pytest.raises(KeyFileError, match="unsupported key type 'ssh-ed25519-cert"):
        load_public_key(tmp_path / "cert.pub")
    # Relabelled as a plain key, the certificate's blob still says otherwise.
    relabelled = "ssh-ed25519 " + line.split()[1]
    with pytest.raises(KeyFileError, match="wrong embedded type or length"):
        parse_public_key(relabelled)
    with pytest.warns(AuthorizedKeysWarning, match="skipping ssh-ed25519-cert"):
        assert parse_authorized_keys(line + "\n") == []
    with pytest.raises(KeyFileError, match=r"line 1: .*wrong embedded type"):
        parse_authorized_keys(relabelled + "\n")


def test_public_key_line_is_what_cryptography_and_ssh_keygen_write(
    tmp_path: Path,
) -> None:
    ssh_keygen_new(tmp_path / "id")
    written = (tmp_path / "id.pub").read_text().split()
    key = load_public_key(tmp_path / "id.pub")
    assert format_public_key(key, "made@keygen").split() == written
    # The fingerprint is ssh-keygen's, computed by cryptography.
    assert keygen("-lf", str(tmp_path / "id.pub")).split()[1] == key.fingerprint()


def test_base64_is_checked_strictly() -> None:
    key_type, data = format_public_key(PublicKey.from_hex(PUBLIC_HEX)).split()
    # cryptography skips characters that are not base64 at all; a key line
    # must be exact.
    for junk in (data[:10] + "!" + data[10:], data + "!"):
        line = f"{key_type} {junk}"
        assert isinstance(load_ssh_public_key(line.encode()), Ed25519PublicKey)
        with pytest.raises(KeyFileError, match="not valid base64"):
            parse_public_key(line)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: parse_public_key(b"ssh-ed25519 AAAA"), "must be str, not bytes"),
        (lambda: parse_public_key(None), "must be str, not NoneType"),
        (lambda: parse_secret_key(12345), "must be bytes or str, not int"),
        (lambda: parse_secret_key(SEED_HEX, passphrase=1), "passphrase must be"),
        (lambda: parse_authorized_keys(b"ssh-ed25519 AAAA"), "decode the bytes"),
        (lambda: parse_authorized_keys([b"ssh-ed25519 AAAA"]), "must be str"),
        (lambda: parse_authorized_keys(7), "not iterable"),
        (lambda: format_public_key(PublicKey.from_hex(PUBLIC_HEX), 5), "comment"),
        (lambda: load_public_key(None), "os.PathLike"),
        (lambda: load_secret_key(7.5), "os.PathLike"),
        (lambda: load_authorized_keys(None), "os.PathLike"),
        (lambda: save_secret_key(SecretKey.generate(), None), "os.PathLike"),
    ],
)
def test_wrong_argument_types_are_type_errors(call: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        call()  # type: ignore[operator]


def test_wrong_passphrase_type_fails_before_the_file_is_touched(
    tmp_path: Path,
) -> None:
    key = SecretKey.generate()
    with pytest.raises(TypeError, match="passphrase must be"):
        save_secret_key(key, tmp_path / "id", passphrase=1234)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []
    save_secret_key(key, tmp_path / "id")
    with pytest.raises(TypeError, match="passphrase must be"):
        load_secret_key(tmp_path / "id", 1234)  # type: ignore[arg-type]
    # A missing file with a bad passphrase type: the type is reported.
    with pytest.raises(TypeError, match="passphrase must be"):
        load_secret_key(tmp_path / "nope", 1234)  # type: ignore[arg-type]


def test_key_file_errors_are_file_errors(tmp_path: Path) -> None:
    with pytest.raises(FileError) as info:
        load_public_key(tmp_path / "missing.pub")
    assert isinstance(info.value, KeyFileError)
