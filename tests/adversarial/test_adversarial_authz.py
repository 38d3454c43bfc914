"""Authorization failures: each refused with its own error, the peer told.

trio-ossuary fails an authentication problem at once (the reference would
reset and retry until its limit), raises a specific error on the side that
noticed, and sends Disconnect with the error flag to the other side, which
the interposer sees on the wire: type 0x10, flag byte 1.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import trio
import trio.testing
from adversary import (
    CLIENT_KEY,
    OTHER_KEY,
    SERVER_KEY,
    KeyKnowingAttacker,
    Report,
    exchange,
    make_streams,
)
from interposer import (
    Adversary,
    interposed,
)
from wire_spec import (
    DATA,
    DISCONNECT,
)

from trio_ossuary import (
    AuthenticationError,
    ConnectionFailed,
    HostKeyChangedError,
    KnownHosts,
    PublicKey,
    UntrustedServerError,
)
from trio_ossuary.sansio import ANONYMOUS_CLIENT_KEY


async def run(
    *,
    client: dict[str, Any] | None = None,
    server: dict[str, Any] | None = None,
    edit: str | None = None,
) -> tuple[Report, Adversary]:
    async with interposed() as adversary:
        client_stream, server_stream = make_streams(
            adversary, client=client, server=server
        )
        if edit is not None:
            attacker = KeyKnowingAttacker(client_stream, edit, OTHER_KEY)
            adversary.c2s.tamper = attacker.c2s
            adversary.s2c.tamper = attacker.s2c
        report = await exchange(client_stream, server_stream)
    return report, adversary


def cause_of(report: Report, side: str) -> BaseException | None:
    exceptions = getattr(report, side).exceptions
    assert exceptions, f"the {side} raised nothing"
    cause: BaseException | None = exceptions[-1].__cause__
    return cause


def assert_refused_by_server(report: Report, adversary: Adversary, words: str) -> None:
    cause = cause_of(report, "server")
    assert type(cause) is AuthenticationError
    assert words in str(cause)
    assert report.server.received == b""
    # Disconnect(error) on the wire, and nothing else after the handshake.
    assert adversary.s2c.sent_disconnect() == 1
    assert DATA not in adversary.s2c.sent_types()
    # The client counted itself established, sent its request, and heard.
    client_cause = cause_of(report, "client")
    assert type(client_cause) is ConnectionFailed
    assert "peer reported a failure" in str(client_cause)
    assert client_cause.by_peer


async def test_unauthorized_client_key(autojump_clock: trio.testing.MockClock) -> None:
    report, adversary = await run(
        client={"secret_key": OTHER_KEY}, server={"require_client_auth": True}
    )
    assert_refused_by_server(report, adversary, "is not authorized")
    assert OTHER_KEY.public_key.fingerprint() in str(cause_of(report, "server"))


async def test_anonymous_client_when_authentication_is_required(
    autojump_clock: trio.testing.MockClock,
) -> None:
    report, adversary = await run(server={"require_client_auth": True})
    assert_refused_by_server(report, adversary, "anonymous client")


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        ("zero client key", "anonymous client"),
        ("zero client signature", "anonymous client"),
        ("client signature", "does not verify"),
        ("client signature over another message", "does not verify"),
        ("client key and signature", "is not authorized"),
    ],
)
async def test_forged_client_authentication(
    edit: str, words: str, autojump_clock: trio.testing.MockClock
) -> None:
    """Fields changed under a valid tag (an attacker who knows the key)."""
    report, adversary = await run(
        client={"secret_key": CLIENT_KEY},
        server={"require_client_auth": True},
        edit=edit,
    )
    assert_refused_by_server(report, adversary, words)


async def test_identity_point_authorized_by_mistake(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """Authorizing the identity point must not admit anonymous clients."""
    report, adversary = await run(
        server={
            "require_client_auth": True,
            "authorized_keys": [PublicKey(ANONYMOUS_CLIENT_KEY)],
        }
    )
    assert_refused_by_server(report, adversary, "anonymous client")


def assert_refused_by_client(
    report: Report, adversary: Adversary, error: type[Exception], words: str
) -> BaseException:
    cause = cause_of(report, "client")
    assert type(cause) is error
    assert words in str(cause)
    assert adversary.c2s.sent_disconnect() == 1
    assert DATA not in adversary.c2s.sent_types()
    server_cause = cause_of(report, "server")
    assert type(server_cause) is ConnectionFailed
    assert report.server.received == report.client.received == b""
    assert cause is not None
    return cause


async def test_unknown_server_key_without_trust_policy(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """The secure default: no trusted key, no policy, no connection."""
    report, adversary = await run(client={"authorized_keys": []})
    cause = assert_refused_by_client(
        report, adversary, UntrustedServerError, "no trust policy"
    )
    assert isinstance(cause, UntrustedServerError)
    assert cause.public_key == SERVER_KEY.public_key


async def test_trust_policy_says_no(autojump_clock: trio.testing.MockClock) -> None:
    offered: list[PublicKey] = []

    async def policy(key: PublicKey) -> bool:
        offered.append(key)
        await trio.sleep(0.5)
        return False

    report, adversary = await run(
        client={"authorized_keys": [], "on_untrusted_server": policy}
    )
    assert offered == [SERVER_KEY.public_key]
    assert_refused_by_client(report, adversary, UntrustedServerError, "not trusted")


async def test_known_hosts_records_another_key(
    tmp_path: Path, autojump_clock: trio.testing.MockClock
) -> None:
    """Trust on first use, after first use: a changed key is refused."""
    known = KnownHosts(tmp_path / "known_hosts")
    known.add("example.net", 7000, OTHER_KEY.public_key)
    report, adversary = await run(
        client={
            "authorized_keys": [],
            "on_untrusted_server": known.for_host("example.net", 7000),
        }
    )
    cause = assert_refused_by_client(
        report, adversary, HostKeyChangedError, "has changed"
    )
    assert isinstance(cause, HostKeyChangedError)
    assert cause.public_key == SERVER_KEY.public_key
    assert known.lookup("example.net", 7000) == OTHER_KEY.public_key


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        ("zero server key", "all-zero"),
        ("zero server challenge", "all-zero"),
        ("zero server signature", "all-zero"),
        ("server signature", "does not verify"),
    ],
)
async def test_forged_server_authentication(
    edit: str, words: str, autojump_clock: trio.testing.MockClock
) -> None:
    report, adversary = await run(edit=edit)
    assert_refused_by_client(report, adversary, AuthenticationError, words)


async def test_refusal_is_the_only_answer(
    autojump_clock: trio.testing.MockClock,
) -> None:
    """After refusing, the server sends nothing but its one Disconnect."""
    report, adversary = await run(
        client={"secret_key": OTHER_KEY}, server={"require_client_auth": True}
    )
    types = adversary.s2c.sent_types()
    assert types[-1] == DISCONNECT
    assert types.count(DISCONNECT) == 1
    assert report.outcome() == ("ConnectionFailed", "AuthenticationError")
