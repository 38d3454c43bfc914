"""``connect``'s one reconnection after a person answered the trust question slowly.

The server gives up on a handshake after its handshake timeout; a client
whose handshake, the person's answer included, took longer than
``SERVER_PATIENCE`` reconnects once, with the key now trusted.  Driven in
process on trio's mock clock, with a library server over memory streams, so
nothing here depends on how fast the machine is.
"""

from __future__ import annotations

import pytest
import trio
import trio.testing

from trio_ossuary import HandshakeTimeoutError, OssuaryStream, PublicKey, SecretKey
from trio_ossuary._cli import client
from trio_ossuary._cli.client import SERVER_HANDSHAKE_TIMEOUT, SERVER_PATIENCE
from trio_ossuary._options import DEFAULT_OPTIONS

SERVER_KEY = SecretKey.from_bytes(bytes(range(32)))


class SlowPerson:
    """A trust policy that takes ``delay`` seconds to say yes to a new key.

    Like the CLI's own: once said yes to, the key is trusted without asking.
    """

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.authorized_keys: list[PublicKey] = []
        self.answered_yes = 0
        self.asked = 0

    async def __call__(self, key: PublicKey) -> bool:
        if key in self.authorized_keys:
            return True
        self.asked += 1
        await trio.sleep(self.delay)
        self.answered_yes += 1
        self.authorized_keys.append(key)
        return True


class Server:
    """Accepts each dial as an Ossuary server stream, as ``serve`` makes them."""

    def __init__(self, nursery: trio.Nursery) -> None:
        self.nursery = nursery
        self.outcomes: list[str] = []
        self.streams: list[OssuaryStream[trio.abc.Stream]] = []

    async def dial(self) -> trio.abc.Stream:
        client_end, server_end = trio.testing.memory_stream_pair()
        stream = OssuaryStream(server_end, server_side=True, secret_key=SERVER_KEY)
        self.streams.append(stream)
        self.nursery.start_soon(self._handshake, stream)
        return client_end

    async def _handshake(self, stream: OssuaryStream[trio.abc.Stream]) -> None:
        try:
            await stream.do_handshake()
        except trio.BrokenResourceError as exc:
            timed_out = isinstance(exc.__cause__, HandshakeTimeoutError)
            self.outcomes.append("gave up" if timed_out else repr(exc.__cause__))
            await trio.aclose_forcefully(stream)
        else:
            self.outcomes.append("up")


def test_the_patience_follows_the_servers_timeout() -> None:
    # The server the client assumes is ``trio-ossuary serve``, which uses
    # the library's default; the client gives up waiting before it does.
    assert DEFAULT_OPTIONS.handshake_timeout == SERVER_HANDSHAKE_TIMEOUT
    assert 0 < SERVER_PATIENCE < SERVER_HANDSHAKE_TIMEOUT


@pytest.mark.parametrize(
    ("delay", "reconnects"),
    [
        (0.0, False),
        (SERVER_PATIENCE - 0.01, False),
        (SERVER_PATIENCE + 0.01, True),  # the server may just have given up
        (SERVER_HANDSHAKE_TIMEOUT + 1, True),  # it certainly has
    ],
)
async def test_a_slow_answer_reconnects_once(
    autojump_clock: trio.testing.MockClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    delay: float,
    reconnects: bool,
) -> None:
    person = SlowPerson(delay)
    connector = client.Connector(
        "127.0.0.1",
        7,
        key=None,
        policy=person,  # type: ignore[arg-type]
        proxy_command=None,
        timeout=10.0,
    )
    async with trio.open_nursery() as nursery:
        server = Server(nursery)
        monkeypatch.setattr(connector, "_dial", server.dial)
        channel = await connector.open()
        # The channel that open() returned works, end to end.
        await channel.send_all(b"hi")
        assert await server.streams[-1].receive_some() == b"hi"
        await trio.aclose_forcefully(channel)
        for stream in server.streams:
            await trio.aclose_forcefully(stream)
    assert person.asked == 1  # the question is never asked twice
    stderr = capsys.readouterr().err
    if reconnects:
        assert len(server.streams) == 2
        assert "the server stopped waiting for the answer; reconnecting" in stderr
        if delay > SERVER_HANDSHAKE_TIMEOUT:
            assert server.outcomes == ["gave up", "up"]
    else:
        assert len(server.streams) == 1
        assert server.outcomes == ["up"]
        assert "reconnecting" not in stderr
