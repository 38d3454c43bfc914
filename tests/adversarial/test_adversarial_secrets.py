"""Secrets stay secret: constant-time comparisons, nothing in reprs or logs.

* Key comparisons go through :func:`hmac.compare_digest`, once per key, and
  a membership test never stops at the first match.
* Whole scenarios (success, each kind of failure, resets) run with logging
  captured at DEBUG; every ``repr`` of streams, engines, events and
  transports, every exception with its causes, and every log line are
  searched for the long-term secret keys, the ephemeral secrets, every
  session key (computed here from the engines' ephemeral secrets and, for the
  sans-IO engine, from a deterministic ``random_bytes``) and a plaintext
  marker.  None may appear in any form.
"""

from __future__ import annotations

import hmac
import logging
import random
import traceback
from typing import Any

import pytest
import trio
import trio.testing
from adversary import (
    CLIENT_KEY,
    OTHER_KEY,
    SERVER_KEY,
    Report,
    exchange,
    make_streams,
    session_key,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
)
from helpers_core import (
    ConnectionPair,
)
from interposer import (
    Item,
    interposed,
)
from wire_spec import (
    DATA,
    RESET_PACKET,
    SERVER_HANDSHAKE,
    SH_EPHEMERAL,
    Packet,
    flip,
    x25519_public,
)

from trio_ossuary import OssuaryError, PublicKey, SecretKey, _crypto
from trio_ossuary.sansio import NEED_DATA, OssuaryConnection

MARKER = b"PLAINTEXT-MARKER-7f3a9c"


# -- constant-time comparisons ----------------------------------------------------


@pytest.fixture
def compare_calls(
    monkeypatch: pytest.MonkeyPatch,
) -> list[tuple[bytes, bytes]]:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def counting(a: Any, b: Any) -> bool:
        calls.append((bytes(a), bytes(b)))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", counting)
    return calls


def test_public_key_equality_is_constant_time(
    compare_calls: list[tuple[bytes, bytes]],
) -> None:
    a = SERVER_KEY.public_key
    same = PublicKey(bytes(a))
    other = CLIENT_KEY.public_key
    assert a == same
    assert a != other
    assert compare_calls == [(bytes(a), bytes(a)), (bytes(a), bytes(other))]


def test_secret_key_equality_is_constant_time(
    compare_calls: list[tuple[bytes, bytes]],
) -> None:
    assert SecretKey.from_bytes(SERVER_KEY.secret_bytes()) == SERVER_KEY
    assert SERVER_KEY != CLIENT_KEY
    assert len(compare_calls) == 2


@pytest.mark.parametrize("position", [0, 4, 9, None])
def test_key_membership_never_stops_early(
    position: int | None, compare_calls: list[tuple[bytes, bytes]]
) -> None:
    keys = [SecretKey.from_bytes(bytes([i]) * 32).public_key for i in range(16, 26)]
    candidate = OTHER_KEY.public_key if position is None else keys[position]
    assert _crypto.contains_key(keys, candidate) is (position is not None)
    assert len(compare_calls) == len(keys)
    assert {b for _, b in compare_calls} == {bytes(candidate)}


def test_handshake_checks_trust_in_constant_time(
    compare_calls: list[tuple[bytes, bytes]],
) -> None:
    """The client's trusted list is scanned whole, with compare_digest."""
    decoys = [SecretKey.from_bytes(bytes([i]) * 32).public_key for i in range(16, 23)]
    client = OssuaryConnection(authorized_keys=[SERVER_KEY.public_key, *decoys])
    server = OssuaryConnection(server_side=True, secret_key=SERVER_KEY)
    server.receive_data(client.data_to_send())
    assert server.next_event() is NEED_DATA
    client.receive_data(server.data_to_send())
    compare_calls.clear()
    client.next_event()
    assert client.handshake_complete
    server_key = bytes(SERVER_KEY.public_key)
    against_key = [pair for pair in compare_calls if pair[1] == server_key]
    assert len(against_key) == 1 + len(decoys)


def test_trust_decision_compares_keys_in_constant_time(
    compare_calls: list[tuple[bytes, bytes]],
) -> None:
    """approve_server_key(key) checks its key against the waiting one."""
    pair = ConnectionPair(server_key=SERVER_KEY, trust_server=False)
    pair.pump(approve=None)
    compare_calls.clear()
    pair.client.approve_server_key(SERVER_KEY.public_key)
    waiting = bytes(SERVER_KEY.public_key)
    assert compare_calls == [(waiting, waiting)]


def test_identity_pin_compares_keys_in_constant_time(
    compare_calls: list[tuple[bytes, bytes]],
) -> None:
    """A re-handshake's client key is checked against the pinned one."""
    pair = ConnectionPair(client_key=CLIENT_KEY)  # no authorized list to scan
    pair.handshake()
    pair.server.receive_data(RESET_PACKET)
    pair.pump()
    pinned = bytes(CLIENT_KEY.public_key)
    assert (pinned, pinned) in compare_calls
    assert pair.server.remote_public_key == CLIENT_KEY.public_key


# -- no secret in any message ----------------------------------------------------------


class SecretWatch:
    """Collects secrets and the texts that must not contain them."""

    def __init__(self) -> None:
        self.secrets: dict[str, bytes] = {
            "client secret key": CLIENT_KEY.secret_bytes(),
            "server secret key": SERVER_KEY.secret_bytes(),
            "other secret key": OTHER_KEY.secret_bytes(),
            "plaintext": MARKER,
        }
        self.texts: list[tuple[str, str]] = []

    def secret(self, name: str, value: bytes) -> None:
        self.secrets[f"{name} #{len(self.secrets)}"] = value

    def text(self, where: str, value: object) -> None:
        self.texts.append((where, value if isinstance(value, str) else repr(value)))

    def exception(self, where: str, exc: BaseException) -> None:
        seen: set[int] = set()
        chain: BaseException | None = exc
        while chain is not None and id(chain) not in seen:
            seen.add(id(chain))
            self.text(f"{where}: str", str(chain))
            self.text(f"{where}: repr", repr(chain))
            self.text(f"{where}: args", repr(chain.args))
            chain = chain.__cause__ or chain.__context__
        self.text(f"{where}: traceback", "".join(traceback.format_exception(exc)))

    def check(self) -> None:
        assert len(self.texts) > 10
        for name, secret in self.secrets.items():
            forms = {secret.hex(), secret.hex().upper(), repr(secret)[2:-1]}
            if name == "plaintext":
                forms.add(secret.decode())
            for where, text in self.texts:
                for form in forms:
                    assert form not in text, f"{name} leaked into {where}: {text!r}"


def x25519_secret_bytes(private: X25519PrivateKey) -> bytes:
    return private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def watching_hooks(watch: SecretWatch, streams: dict[str, Any]) -> tuple[Any, Any]:
    """Hooks that record every session's secrets as the handshakes pass."""

    def s2c(packet: Packet) -> list[Item]:
        client = streams.get("client")
        if packet.type == SERVER_HANDSHAKE and client is not None:
            watch.secret("session key", session_key(client, packet.raw[SH_EPHEMERAL]))
            watch.secret(
                "client ephemeral", x25519_secret_bytes(client._conn._session.private)
            )
            server = streams["server"]
            watch.secret(
                "server ephemeral", x25519_secret_bytes(server._conn._session.private)
            )
        return [packet.raw]

    def c2s(packet: Packet) -> list[Item]:
        if packet.type == DATA and packet.index == streams.get("corrupt_at"):
            return [flip(packet.raw, 20, 0x08)]
        return [packet.raw]

    return c2s, s2c


SCENARIOS: dict[str, dict[str, Any]] = {
    "success": {"client": {"secret_key": CLIENT_KEY}, "server": {}},
    "reset": {"client": {"secret_key": CLIENT_KEY}, "server": {}, "corrupt_at": 2},
    "unauthorized": {
        "client": {"secret_key": OTHER_KEY},
        "server": {"require_client_auth": True},
    },
    "anonymous refused": {"client": {}, "server": {"require_client_auth": True}},
    "untrusted server": {"client": {"authorized_keys": []}, "server": {}},
    "reset limit": {
        "client": {"secret_key": CLIENT_KEY, "max_resets": 1},
        "server": {"max_resets": 1},
        "corrupt_at": 2,
    },
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
async def test_no_secret_in_reprs_logs_or_exceptions(
    scenario: str,
    caplog: pytest.LogCaptureFixture,
    autojump_clock: trio.testing.MockClock,
) -> None:
    caplog.set_level(logging.DEBUG)
    spec = SCENARIOS[scenario]
    watch = SecretWatch()
    streams: dict[str, Any] = {"corrupt_at": spec.get("corrupt_at")}
    c2s, s2c = watching_hooks(watch, streams)
    async with interposed(c2s, s2c) as adversary:
        client, server = make_streams(
            adversary, client=spec["client"], server=spec["server"]
        )
        streams.update(client=client, server=server)
        for name, stream in (("client", client), ("server", server)):
            watch.text(f"{name} stream before", stream)
        report = await exchange_with_marker(client, server, watch)
        for name, stream in (("client", client), ("server", server)):
            assert stream._conn is not None
            watch.text(f"{name} stream after", stream)
            watch.text(f"{name} engine", stream._conn)
            watch.text(f"{name} session", stream._conn._session)
            watch.text(f"{name} transport", stream.transport_stream)
            watch.text(f"{name} remote key", stream.remote_public_key)
            watch.text(f"{name} local key", stream.local_public_key)
            if stream._conn.failure is not None:
                watch.exception(f"{name} engine failure", stream._conn.failure)
        for label, side in (("client", report.client), ("server", report.server)):
            for i, exc in enumerate(side.exceptions):
                watch.exception(f"{label} exception {i}", exc)
    for record in caplog.records:
        watch.text(f"log {record.name}", record.getMessage())
        if record.exc_info and record.exc_info[1] is not None:
            watch.exception("logged exception", record.exc_info[1])
    watch.text("secret key repr", SERVER_KEY)
    watch.text("secret key str", str(SERVER_KEY))
    assert sum(1 for name in watch.secrets if name.startswith("session key")) >= 1
    watch.check()
    if scenario == "success":
        assert MARKER in report.server.received
    if scenario in ("reset", "reset limit"):
        assert any("reset" in text for _, text in watch.texts if _.startswith("log"))


async def exchange_with_marker(client: Any, server: Any, watch: SecretWatch) -> Report:
    """An exchange whose requests carry the plaintext marker."""
    report = await exchange(client, server, prefix=MARKER)
    watch.text("report outcome", report.outcome())
    return report


def test_engine_events_and_errors_from_deterministic_randomness() -> None:
    """Every event of a deterministic engine pair, through a reset and a failure.

    The randomness is ours, so every ephemeral secret and session key is
    known exactly.
    """
    draws: dict[str, list[bytes]] = {"client": [], "server": []}

    def source(name: str) -> Any:
        rng = random.Random(f"secrets:{name}")

        def random_bytes(n: int) -> bytes:
            value = rng.randbytes(n)
            draws[name].append(value)
            return value

        return random_bytes

    clock = [0.0]
    client = OssuaryConnection(
        secret_key=CLIENT_KEY,
        authorized_keys=[SERVER_KEY.public_key],
        random_bytes=source("client"),
        clock=lambda: clock[0],
    )
    server = OssuaryConnection(
        server_side=True,
        secret_key=SERVER_KEY,
        authorized_keys=[CLIENT_KEY.public_key],
        require_client_auth=True,
        random_bytes=source("server"),
        clock=lambda: clock[0],
        max_resets=2,
    )
    watch = SecretWatch()

    def pump(damage: bool = False) -> None:
        for _ in range(6):
            for sender, receiver, name in (
                (client, server, "server"),
                (server, client, "client"),
            ):
                data = sender.data_to_send()
                if data and damage and sender is client and data[5] == DATA:
                    data = data[:-1] + bytes([data[-1] ^ 1])
                if data:
                    receiver.receive_data(data)
                while True:
                    watch.text(f"{name} engine", receiver)
                    try:
                        event = receiver.next_event()
                    except OssuaryError as exc:
                        watch.exception(f"{name} error", exc)
                        break
                    watch.text(f"{name} event", event)
                    if event is NEED_DATA:
                        break

    pump()
    client.send_data(MARKER)
    pump()
    client.send_data(MARKER * 2)
    pump(damage=True)  # a reset, then a new handshake
    client.send_data(MARKER * 3)
    pump(damage=True)  # the reset limit: permanent failure
    for conn in (client, server):
        if conn.failure is not None:
            watch.exception("failure", conn.failure)
    # After the challenge (the first draw, public), every 32-byte draw is an
    # ephemeral secret, and every pair of them gives a session key.
    ours = [d for d in draws["client"][1:] if len(d) == 32]
    theirs = [d for d in draws["server"][1:] if len(d) == 32]
    for a in ours:
        watch.secret("client draw", a)
        for b in theirs:
            shared = X25519PrivateKey.from_private_bytes(a).exchange(
                X25519PublicKey.from_public_bytes(
                    x25519_public(X25519PrivateKey.from_private_bytes(b))
                )
            )
            watch.secret("session key", shared)
    for b in theirs:
        watch.secret("server draw", b)
    assert client.resets >= 1
    assert len(ours) >= 2  # the first session and the one after the reset
    watch.check()


def test_the_watch_finds_a_planted_leak() -> None:
    """The checker above is not vacuous: it catches each form of a secret."""
    for planted in (
        CLIENT_KEY.secret_bytes().hex(),
        CLIENT_KEY.secret_bytes().hex().upper(),
        repr(CLIENT_KEY.secret_bytes()),
        MARKER.decode(),
    ):
        watch = SecretWatch()
        for i in range(11):
            watch.text(f"filler {i}", "nothing to see")
        watch.exception("planted", ValueError(f"oops {planted}"))
        with pytest.raises(AssertionError, match="leaked"):
            watch.check()
