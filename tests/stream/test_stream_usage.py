"""OssuaryStream in use: over TCP, over a child process's pipes, nested with
TLS and with itself, and with each way of deciding whom to trust.

The TCP tests use real loopback sockets; the child-process tests run
``child_echo_server.py`` under the same Python.
"""

from __future__ import annotations

import logging
import random
import ssl
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import trio
import trio.testing
import trustme
from interposer import (
    handshake_both,
    ossuary_pair,
)

from trio_ossuary import (
    AuthenticationError,
    ConnectionFailed,
    HostKeyChangedError,
    KnownHosts,
    OssuaryListener,
    OssuaryStream,
    PublicKey,
    SecretKey,
    UntrustedServerError,
    open_ossuary_over_tcp_listeners,
    open_ossuary_over_tcp_stream,
    serve_ossuary_over_tcp,
)

CHILD = Path(__file__).with_name("child_echo_server.py")
LOCALHOST = "127.0.0.1"


async def receive_exactly(stream: trio.abc.ReceiveStream, size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = await stream.receive_some(size - len(data))
        assert chunk, f"EOF after {len(data)} of {size} bytes"
        data += chunk
    return bytes(data)


async def echo_round_trip(stream: trio.abc.Stream, data: bytes) -> None:
    """Send ``data`` to an echo server while reading the echo back."""
    async with trio.open_nursery() as nursery:
        nursery.start_soon(stream.send_all, data)
        assert await receive_exactly(stream, len(data)) == data


async def echo(stream: OssuaryStream[Any]) -> None:
    async with stream:
        while data := await stream.receive_some():
            await stream.send_all(data)


def port_of(listener: OssuaryListener) -> int:
    transport = listener.transport_listener
    assert isinstance(transport, trio.SocketListener)
    port = transport.socket.getsockname()[1]
    assert isinstance(port, int)
    return port


@asynccontextmanager
async def ossuary_tcp_server(
    handler: Callable[[OssuaryStream[Any]], Awaitable[object]] = echo,
    port: int = 0,
    **options: Any,
) -> AsyncIterator[int]:
    """Run serve_ossuary_over_tcp on the loopback; yield its port."""
    async with trio.open_nursery() as nursery:
        listeners: list[OssuaryListener] = await nursery.start(
            partial(serve_ossuary_over_tcp, handler, port, host=LOCALHOST, **options)
        )
        assert len(listeners) == 1
        yield port_of(listeners[0])
        nursery.cancel_scope.cancel()


# -- TCP ------------------------------------------------------------------------------


async def test_serve_and_open_ossuary_over_tcp() -> None:
    server_key = SecretKey.generate()
    payload = random.Random(1).randbytes(300_000)
    async with ossuary_tcp_server(secret_key=server_key) as port:
        client = await open_ossuary_over_tcp_stream(
            LOCALHOST, port, authorized_keys=[server_key.public_key]
        )
        async with client:
            assert isinstance(client.transport_stream, trio.SocketStream)
            await client.do_handshake()
            assert client.remote_public_key == server_key.public_key
            await echo_round_trip(client, b"hello over TCP")
            await echo_round_trip(client, payload)


async def test_serve_over_tcp_with_mutual_authentication() -> None:
    server_key, client_key = SecretKey.generate(), SecretKey.generate()
    seen: list[PublicKey | None] = []

    async def handler(stream: OssuaryStream[Any]) -> None:
        # serve_ossuary_over_tcp has completed the handshake already.
        seen.append(stream.remote_public_key)
        await echo(stream)

    async with (
        ossuary_tcp_server(
            handler,
            secret_key=server_key,
            require_client_auth=True,
            authorized_keys=[client_key.public_key],
        ) as port,
        await open_ossuary_over_tcp_stream(
            LOCALHOST,
            port,
            secret_key=client_key,
            authorized_keys=[server_key.public_key],
        ) as client,
    ):
        await echo_round_trip(client, b"mutual")
        assert client.local_public_key == client_key.public_key
        assert client.remote_public_key == server_key.public_key
    assert seen == [client_key.public_key]


async def test_ossuary_listener_over_open_tcp_listeners() -> None:
    tcp_listeners = await trio.open_tcp_listeners(0, host=LOCALHOST)
    listeners = [OssuaryListener(tcp) for tcp in tcp_listeners]
    # Without a secret_key the listener makes one, for all its streams.
    server_public = listeners[0].public_key
    async with trio.open_nursery() as nursery:
        await nursery.start(trio.serve_listeners, echo, listeners)
        for message in (b"first", b"second"):
            tcp = await trio.open_tcp_stream(LOCALHOST, port_of(listeners[0]))
            async with OssuaryStream(tcp, authorized_keys=[server_public]) as client:
                await echo_round_trip(client, message)
                assert client.remote_public_key == server_public
        nursery.cancel_scope.cancel()


async def test_ossuary_listener_hands_over_streams_without_handshaking() -> None:
    (tcp_listener,) = await trio.open_tcp_listeners(0, host=LOCALHOST)
    async with OssuaryListener(tcp_listener) as listener:
        tcp = await trio.open_tcp_stream(LOCALHOST, port_of(listener))
        client = OssuaryStream(tcp, authorized_keys=[listener.public_key])
        server = await listener.accept()
        assert server.server_side
        assert server.local_public_key == listener.public_key
        assert "handshaking" in repr(server)
        await handshake_both(client, server)
        await client.aclose()
        assert await server.receive_some() == b""
        await server.aclose()


async def test_open_ossuary_over_tcp_listeners_share_one_key() -> None:
    listeners = await open_ossuary_over_tcp_listeners(0, host="localhost")
    try:
        assert listeners
        assert len({listener.public_key for listener in listeners}) == 1
    finally:
        for listener in listeners:
            await listener.aclose()


async def test_tcp_helpers_refuse_bad_options_before_opening_anything() -> None:
    (tcp_listener,) = await trio.open_tcp_listeners(0, host=LOCALHOST)
    with pytest.raises(ValueError, match="handshake_timeout"):
        OssuaryListener(tcp_listener, handshake_timeout=0)
    async with OssuaryListener(tcp_listener) as listener:
        port = port_of(listener)
        # A server option is no keyword of the client helper.
        with pytest.raises(TypeError, match="require_client_auth"):
            await open_ossuary_over_tcp_stream(
                LOCALHOST,
                port,
                require_client_auth=True,  # type: ignore[call-arg]
            )
        with pytest.raises(ValueError, match="handshake_timeout"):
            await open_ossuary_over_tcp_stream(
                LOCALHOST, port, handshake_timeout=float("nan")
            )
        # No connection was made: the next one the listener sees is this one.
        async with await open_ossuary_over_tcp_stream(
            LOCALHOST, port, authorized_keys=[listener.public_key]
        ) as client:
            server = await listener.accept()
            async with server:
                await handshake_both(client, server)
                transport = server.transport_stream
                assert isinstance(transport, trio.SocketStream)
                assert transport.socket.getpeername() == (
                    client.transport_stream.socket.getsockname()
                )
    with pytest.raises(ValueError, match="require_client_auth"):
        await open_ossuary_over_tcp_listeners(
            0, host=LOCALHOST, require_client_auth=True
        )


async def test_a_failed_client_handshake_is_logged_and_the_server_keeps_serving(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="trio_ossuary")
    server_key, good_key, bad_key = (SecretKey.generate() for _ in range(3))
    async with ossuary_tcp_server(
        secret_key=server_key,
        require_client_auth=True,
        authorized_keys=[good_key.public_key],
    ) as port:
        bad = await open_ossuary_over_tcp_stream(
            LOCALHOST, port, secret_key=bad_key, authorized_keys=[server_key.public_key]
        )
        with pytest.raises(trio.BrokenResourceError) as info:
            await bad.receive_some()
        assert isinstance(info.value.__cause__, ConnectionFailed)
        assert info.value.__cause__.by_peer
        await bad.aclose()
        async with await open_ossuary_over_tcp_stream(
            LOCALHOST,
            port,
            secret_key=good_key,
            authorized_keys=[server_key.public_key],
        ) as good:
            await echo_round_trip(good, b"still serving")
    failures = [r.getMessage() for r in caplog.records if "failed" in r.getMessage()]
    assert len(failures) == 1
    assert "is not authorized" in failures[0]
    assert f"{LOCALHOST}:" in failures[0]


async def test_a_slow_client_does_not_delay_the_others(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="trio_ossuary")
    server_key = SecretKey.generate()
    async with ossuary_tcp_server(secret_key=server_key, handshake_timeout=1) as port:
        # One client connects and sends half a ClientHandshake, then nothing.
        slow = await trio.open_tcp_stream(LOCALHOST, port)
        await slow.send_all(bytes.fromhex("0054000000010000") + bytes(40))
        with trio.fail_after(30):  # a hang guard only
            for i in range(3):
                async with await open_ossuary_over_tcp_stream(
                    LOCALHOST, port, authorized_keys=[server_key.public_key]
                ) as client:
                    await echo_round_trip(client, b"client %d" % i)
            # The slow one is cut off after its own handshake timeout: a
            # Disconnect with the failure flag, then EOF.
            leftover = bytearray()
            while chunk := await slow.receive_some():
                leftover += chunk
        assert leftover == bytes.fromhex("000400000010000004000100")
        await slow.aclose()
    [failure] = [r.getMessage() for r in caplog.records if "failed" in r.getMessage()]
    assert "did not complete within 1 second" in failure
    assert "1 seconds" not in failure


# -- a child process's pipes -------------------------------------------------------


@pytest.mark.parametrize("mutual", [False, True])
async def test_ossuary_over_the_pipes_of_a_child_process(mutual: bool) -> None:
    server_key, client_key = SecretKey.generate(), SecretKey.generate()
    command = [sys.executable, str(CHILD), server_key.secret_bytes().hex()]
    if mutual:
        command.append(client_key.public_key.hex())
    payload = random.Random(2).randbytes(1_000_000)
    async with trio.open_nursery() as nursery:
        process: trio.Process = await nursery.start(
            partial(
                trio.run_process,
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
        )
        assert process.stdin is not None
        assert process.stdout is not None
        transport = trio.StapledStream(process.stdin, process.stdout)
        async with OssuaryStream(
            transport,
            secret_key=client_key if mutual else None,
            authorized_keys=[server_key.public_key],
        ) as client:
            await echo_round_trip(client, b"hello, child")
            await echo_round_trip(client, payload)
            assert client.remote_public_key == server_key.public_key
        # The child saw our Disconnect, closed, and exits 0 (run_process
        # raises CalledProcessError otherwise).
    assert process.returncode == 0


async def test_a_child_process_refusing_our_key() -> None:
    server_key, client_key = SecretKey.generate(), SecretKey.generate()
    authorized = SecretKey.generate().public_key  # not client_key's
    command = [
        sys.executable,
        str(CHILD),
        server_key.secret_bytes().hex(),
        authorized.hex(),
    ]
    async with trio.open_nursery() as nursery:
        process: trio.Process = await nursery.start(
            partial(
                trio.run_process,
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                check=False,
            )
        )
        assert process.stdin is not None
        assert process.stdout is not None
        client = OssuaryStream(
            trio.StapledStream(process.stdin, process.stdout),
            secret_key=client_key,
            authorized_keys=[server_key.public_key],
        )
        # Our side of the handshake completes (the client speaks last); the
        # child's refusal arrives as a Disconnect(error).
        await client.do_handshake()
        with pytest.raises(trio.BrokenResourceError) as info:
            await client.receive_some()
        assert isinstance(info.value.__cause__, ConnectionFailed)
        assert info.value.__cause__.by_peer
        await client.aclose()
    assert process.returncode != 0  # its handshake failed: a traceback


# -- nesting -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tls_contexts() -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(client, server) contexts, the server holding a trustme certificate."""
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("ossuary.test").configure_cert(server_context)
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    return client_context, server_context


def tls_pair(
    transports: tuple[trio.abc.Stream, trio.abc.Stream],
    contexts: tuple[ssl.SSLContext, ssl.SSLContext],
) -> tuple[trio.SSLStream[trio.abc.Stream], trio.SSLStream[trio.abc.Stream]]:
    client_context, server_context = contexts
    return (
        trio.SSLStream(transports[0], client_context, server_hostname="ossuary.test"),
        trio.SSLStream(transports[1], server_context, server_side=True),
    )


async def test_ossuary_over_tls(
    tls_contexts: tuple[ssl.SSLContext, ssl.SSLContext],
) -> None:
    async def stream_maker() -> tuple[OssuaryStream[Any], OssuaryStream[Any]]:
        return ossuary_pair(*tls_pair(trio.testing.memory_stream_pair(), tls_contexts))

    await trio.testing.check_two_way_stream(stream_maker, None)
    client, server = await stream_maker()
    await handshake_both(client, server)
    assert isinstance(client.transport_stream, trio.SSLStream)
    async with trio.open_nursery() as nursery:
        nursery.start_soon(client.send_all, b"ossuary inside TLS")
        assert await receive_exactly(server, 18) == b"ossuary inside TLS"
    async with trio.open_nursery() as nursery:
        nursery.start_soon(client.aclose)
        assert await server.receive_some() == b""
    await server.aclose()


async def test_tls_over_ossuary(
    tls_contexts: tuple[ssl.SSLContext, ssl.SSLContext],
) -> None:
    async def stream_maker() -> tuple[trio.SSLStream[Any], trio.SSLStream[Any]]:
        return tls_pair(ossuary_pair(*trio.testing.memory_stream_pair()), tls_contexts)

    await trio.testing.check_two_way_stream(stream_maker, None)
    client, server = await stream_maker()
    async with trio.open_nursery() as nursery:
        nursery.start_soon(client.do_handshake)
        nursery.start_soon(server.do_handshake)
    assert isinstance(client.transport_stream, OssuaryStream)
    assert client.getpeercert() is not None
    async with trio.open_nursery() as nursery:
        nursery.start_soon(server.send_all, b"TLS inside ossuary")
        assert await receive_exactly(client, 18) == b"TLS inside ossuary"


async def test_ossuary_over_ossuary_with_different_keys() -> None:
    outer_key, inner_key, inner_client_key = (SecretKey.generate() for _ in range(3))

    def nested() -> tuple[OssuaryStream[Any], OssuaryStream[Any]]:
        outer = ossuary_pair(*trio.testing.memory_stream_pair(), server_key=outer_key)
        return ossuary_pair(
            *outer,
            server_key=inner_key,
            client_options={"secret_key": inner_client_key},
            server_options={
                "require_client_auth": True,
                "authorized_keys": [inner_client_key.public_key],
            },
        )

    async def stream_maker() -> tuple[OssuaryStream[Any], OssuaryStream[Any]]:
        return nested()

    await trio.testing.check_two_way_stream(stream_maker, None)
    client, server = nested()
    await handshake_both(client, server)
    assert client.remote_public_key == inner_key.public_key
    assert server.remote_public_key == inner_client_key.public_key
    assert client.transport_stream.remote_public_key == outer_key.public_key
    assert server.transport_stream.remote_public_key is None  # anonymous outside
    async with trio.open_nursery() as nursery:
        nursery.start_soon(client.send_all, b"two layers")
        assert await receive_exactly(server, 10) == b"two layers"
    await client.aclose()
    assert await server.receive_some() == b""


# -- whom to trust ---------------------------------------------------------------------


async def run_handshakes(
    client: OssuaryStream[Any], server: OssuaryStream[Any]
) -> tuple[BaseException | None, BaseException | None]:
    """Handshake both ends; return what each raised (None if it succeeded).

    A client whose key the server refuses completes its side of the
    handshake (it speaks last) and learns of the refusal when it reads.
    """
    errors: dict[str, BaseException | None] = {}

    async def client_side() -> None:
        try:
            await client.do_handshake()
            await client.send_all(b"hello")
            assert await client.receive_some() == b"welcome"
        except trio.BrokenResourceError as exc:
            errors["client"] = exc
        else:
            errors["client"] = None

    async def server_side() -> None:
        try:
            await server.do_handshake()
            assert await server.receive_some() == b"hello"
            await server.send_all(b"welcome")
        except trio.BrokenResourceError as exc:
            errors["server"] = exc
        else:
            errors["server"] = None

    async with trio.open_nursery() as nursery:
        nursery.start_soon(client_side)
        nursery.start_soon(server_side)
    return errors["client"], errors["server"]


def cause_of(error: BaseException | None) -> BaseException | None:
    assert isinstance(error, trio.BrokenResourceError), error
    return error.__cause__


async def test_anonymous_client_accepted_when_not_required() -> None:
    client, server = ossuary_pair(*trio.testing.memory_stream_pair())
    assert await run_handshakes(client, server) == (None, None)
    assert client.local_public_key is None
    assert server.remote_public_key is None


@pytest.mark.parametrize("client_key", [None, "unauthorized"])
async def test_a_refused_client_fails_on_both_ends(client_key: str | None) -> None:
    key = SecretKey.generate() if client_key else None
    client, server = ossuary_pair(
        *trio.testing.memory_stream_pair(),
        client_options={"secret_key": key},
        server_options={
            "require_client_auth": True,
            "authorized_keys": [SecretKey.generate().public_key],
        },
    )
    client_error, server_error = await run_handshakes(client, server)
    server_cause = cause_of(server_error)
    assert isinstance(server_cause, AuthenticationError)
    assert ("anonymous" if key is None else "is not authorized") in str(server_cause)
    client_cause = cause_of(client_error)
    assert isinstance(client_cause, ConnectionFailed)
    assert client_cause.by_peer  # told by the server's Disconnect(error)


def recording_trust(
    verdict: bool, calls: list[PublicKey]
) -> Callable[[PublicKey], bool]:
    def trust(key: PublicKey) -> bool:
        calls.append(key)
        return verdict

    return trust


def recording_async_trust(
    verdict: bool, calls: list[PublicKey]
) -> Callable[[PublicKey], Awaitable[bool]]:
    async def trust(key: PublicKey) -> bool:
        await trio.sleep(0.01)  # say, asking a user
        calls.append(key)
        return verdict

    return trust


@pytest.mark.parametrize("make_trust", [recording_trust, recording_async_trust])
@pytest.mark.parametrize("verdict", [True, False])
async def test_trust_on_first_use_callbacks(
    make_trust: Callable[[bool, list[PublicKey]], Any], verdict: bool
) -> None:
    server_key = SecretKey.generate()
    calls: list[PublicKey] = []
    client, server = ossuary_pair(
        *trio.testing.memory_stream_pair(),
        server_key=server_key,
        client_options={
            "authorized_keys": [],
            "on_untrusted_server": make_trust(verdict, calls),
        },
    )
    client_error, server_error = await run_handshakes(client, server)
    assert calls == [server_key.public_key]
    if verdict:
        assert (client_error, server_error) == (None, None)
        assert client.remote_public_key == server_key.public_key
    else:
        cause = cause_of(client_error)
        assert isinstance(cause, UntrustedServerError)
        assert cause.public_key == server_key.public_key
        server_cause = cause_of(server_error)
        assert isinstance(server_cause, ConnectionFailed)
        assert server_cause.by_peer


async def test_a_trust_callback_that_raises_gives_its_own_reason() -> None:
    class NotToday(Exception):
        pass

    reason = NotToday("policy says no")

    def trust(key: PublicKey) -> bool:
        raise reason

    client, server = ossuary_pair(
        *trio.testing.memory_stream_pair(),
        client_options={"authorized_keys": [], "on_untrusted_server": trust},
    )
    client_error, _ = await run_handshakes(client, server)
    assert cause_of(client_error) is reason


async def test_an_unknown_server_without_a_policy_is_refused() -> None:
    client, server = ossuary_pair(
        *trio.testing.memory_stream_pair(), client_options={"authorized_keys": []}
    )
    client_error, server_error = await run_handshakes(client, server)
    assert isinstance(cause_of(client_error), UntrustedServerError)
    assert isinstance(cause_of(server_error), ConnectionFailed)


async def test_known_hosts_as_the_trust_callback_over_tcp(tmp_path: Path) -> None:
    known_hosts = KnownHosts(tmp_path / "known_hosts")
    server_key, impostor_key = SecretKey.generate(), SecretKey.generate()

    async def connect(port: int) -> OssuaryStream[trio.SocketStream]:
        return await open_ossuary_over_tcp_stream(
            LOCALHOST, port, on_untrusted_server=known_hosts.for_host(LOCALHOST, port)
        )

    async with ossuary_tcp_server(secret_key=server_key) as port:
        # First contact: trusted and recorded.
        async with await connect(port) as client:
            await echo_round_trip(client, b"first contact")
        assert known_hosts.lookup(LOCALHOST, port) == server_key.public_key
        recorded = known_hosts.path.read_bytes()
        # Second contact: the recorded key matches.
        async with await connect(port) as client:
            await echo_round_trip(client, b"second contact")
        assert known_hosts.path.read_bytes() == recorded
    # Someone else answers on the same address with another key.
    async with ossuary_tcp_server(port=port, secret_key=impostor_key):
        client = await connect(port)
        with pytest.raises(trio.BrokenResourceError) as info:
            await client.do_handshake()
        cause = info.value.__cause__
        assert isinstance(cause, HostKeyChangedError)
        assert cause.public_key == impostor_key.public_key
        assert cause.known_key == server_key.public_key
        await client.aclose()
    assert known_hosts.path.read_bytes() == recorded
