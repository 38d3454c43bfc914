"""Identity pinning, trust decisions and TCP through the anyio adapter.

On both backends: a handshake after a reset that proves another key breaks
the stream; the trust policy is shown the server's key and the engine is
told its decision about that key; a refusal names the key; ``KnownHosts``
is bound to the host and port given to :func:`trio_ossuary.anyio.connect`;
:class:`~trio_ossuary.anyio.OssuaryListener` handshakes before its handler,
logs and drops failed handshakes, and closes the handler's stream.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

import anyio
import anyio.abc
import anyio.lowlevel
import pytest
from anyio_harness import SERVER_KEY, damage_data, handshake, memory_pair, socket_pair
from helpers_core import key_from

from trio_ossuary import (
    AuthenticationError,
    HostKeyChangedError,
    KnownHosts,
    OssuaryOptions,
    PublicKey,
    UntrustedServerError,
)
from trio_ossuary.anyio import (
    ChannelReset,
    OssuaryAttribute,
    OssuaryByteStream,
    OssuaryListener,
    connect,
)

pytestmark = pytest.mark.anyio

OTHER_KEY = key_from("anyio other server")


class Switch(anyio.abc.ByteStream):
    """A client transport an attacker can reconnect to another server."""

    def __init__(self, target: anyio.abc.ByteStream) -> None:
        self.send_target = self.receive_target = target

    async def send(self, item: bytes) -> None:
        await self.send_target.send(item)

    async def receive(self, max_bytes: int = 65536) -> bytes:
        return await self.receive_target.receive(max_bytes)

    async def send_eof(self) -> None:
        await self.send_target.send_eof()

    async def aclose(self) -> None:
        await self.send_target.aclose()
        await self.receive_target.aclose()


async def test_a_new_handshake_proving_another_key_breaks_the_stream() -> None:
    to_a, at_a = memory_pair()
    switch = Switch(to_a)
    client, server_a = await handshake(
        switch,  # type: ignore[arg-type]
        at_a,
        client=OssuaryOptions(
            authorized_keys=[SERVER_KEY.public_key, OTHER_KEY.public_key]
        ),
    )
    to_a.hook = damage_data()
    await client.send(b"damaged")
    with pytest.raises(ChannelReset):
        await server_a.receive()
    # The attacker connects the client to server B, which it trusts too,
    # but which is not the server this connection began with: what the
    # client writes from now on (its answer to A's Reset and its new
    # ClientHandshake) goes to B, and once A's Reset is read, B answers.
    to_b, at_b = memory_pair()
    switch.send_target = to_b
    with pytest.raises(ChannelReset):
        await client.receive()  # the Reset from server A
    switch.receive_target = to_b
    refused: list[BaseException] = []

    async def server_b() -> None:
        try:
            await OssuaryByteStream.wrap(at_b, server_side=True, secret_key=OTHER_KEY)
        except anyio.BrokenResourceError as exc:
            refused.append(exc)

    async with anyio.create_task_group() as group:
        group.start_soon(server_b)
        with pytest.raises(ChannelReset):
            await client.send(b"x")
        with pytest.raises(anyio.BrokenResourceError) as info:
            await client.send(b"to whom?")
    cause = info.value.__cause__
    assert isinstance(cause, AuthenticationError)
    assert "identity changed" in str(cause)
    assert client.extra(OssuaryAttribute.remote_public_key) is None
    assert len(refused) == 1  # B was told the client gave up
    await client.aclose()
    await server_a.aclose()


@pytest.mark.parametrize("asynchronous", [False, True])
async def test_the_trust_policy_is_shown_the_key_and_decides_about_it(
    asynchronous: bool,
) -> None:
    shown: list[PublicKey] = []

    def decide(key: PublicKey) -> bool:
        shown.append(key)
        return True

    async def decide_async(key: PublicKey) -> bool:
        await anyio.lowlevel.checkpoint()
        return decide(key)

    client_t, server_t = memory_pair()
    client, server = await handshake(
        client_t,
        server_t,
        client=OssuaryOptions(
            on_untrusted_server=decide_async if asynchronous else decide
        ),
    )
    assert shown == [SERVER_KEY.public_key]
    assert client.extra(OssuaryAttribute.remote_public_key) == SERVER_KEY.public_key
    await client.aclose()
    await server.aclose()


async def test_a_refused_key_is_named_in_the_failure() -> None:
    client_t, server_t = memory_pair()

    async def server() -> None:
        with pytest.raises(anyio.BrokenResourceError):  # told by the client
            await OssuaryByteStream.wrap(
                server_t, server_side=True, secret_key=SERVER_KEY
            )

    async with anyio.create_task_group() as group:
        group.start_soon(server)
        with pytest.raises(anyio.BrokenResourceError) as info:
            await OssuaryByteStream.wrap(client_t, on_untrusted_server=lambda k: False)
    cause = info.value.__cause__
    assert isinstance(cause, UntrustedServerError)
    assert cause.public_key == SERVER_KEY.public_key
    assert SERVER_KEY.public_key.fingerprint() in str(cause)


async def test_no_policy_refuses_an_unknown_server() -> None:
    client_t, server_t = memory_pair()

    async def server() -> None:
        with pytest.raises(anyio.BrokenResourceError):
            await OssuaryByteStream.wrap(
                server_t, server_side=True, secret_key=SERVER_KEY
            )

    async with anyio.create_task_group() as group:
        group.start_soon(server)
        with pytest.raises(anyio.BrokenResourceError) as info:
            await OssuaryByteStream.wrap(client_t)
    cause = info.value.__cause__
    assert isinstance(cause, UntrustedServerError)
    assert cause.public_key == SERVER_KEY.public_key
    assert "no trust policy" in str(cause)


async def test_a_trust_store_needs_an_address_the_transport_tells(
    tmp_path: Path,
) -> None:
    client_t, server_t = await socket_pair()  # Unix sockets have no host:port
    with pytest.raises(ValueError, match="host"):
        await OssuaryByteStream.wrap(
            client_t, on_untrusted_server=KnownHosts(tmp_path / "known_hosts")
        )
    await client_t.aclose()
    await server_t.aclose()


async def test_known_hosts_is_bound_to_the_host_and_port_given_to_connect(
    tmp_path: Path,
) -> None:
    store = KnownHosts(tmp_path / "known_hosts")
    handled: list[bytes] = []

    async def handler(stream: OssuaryByteStream) -> None:
        handled.append(await stream.receive())
        served.set()

    port = 0
    for key in (SERVER_KEY, SERVER_KEY, OTHER_KEY):
        served = anyio.Event()
        # The same port each time: the store knows a server by host and port.
        tcp = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=port)
        port = tcp.extra(anyio.abc.SocketAttribute.local_port)
        listener = OssuaryListener(tcp, secret_key=key)
        async with anyio.create_task_group() as group:
            group.start_soon(listener.serve, handler)
            if key is OTHER_KEY:
                with pytest.raises(anyio.BrokenResourceError) as info:
                    await connect("localhost", port, on_untrusted_server=store)
                assert isinstance(info.value.__cause__, HostKeyChangedError)
            else:
                stream = await connect("localhost", port, on_untrusted_server=store)
                await stream.send(b"hi")
                await stream.aclose()
                # The server side is done once it read the message (all
                # tasks waiting is no sign of it over a real socket: its
                # bytes may still be on their way to the server's).
                with anyio.fail_after(10):
                    await served.wait()
            await anyio.wait_all_tasks_blocked()
            group.cancel_scope.cancel()
        await listener.aclose()
    assert handled == [b"hi", b"hi"]
    # Recorded for the name and port the client dialled.
    assert store.check("localhost", port, SERVER_KEY.public_key) is True


async def test_the_listener_drops_failed_handshakes_and_closes_handled_streams(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tcp = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = tcp.extra(anyio.abc.SocketAttribute.local_port)
    listener = OssuaryListener(tcp, secret_key=SERVER_KEY, handshake_timeout=1.0)
    handled: list[PublicKey | None] = []

    async def handler(stream: OssuaryByteStream) -> None:
        # Called only once the handshake is done.
        handled.append(stream.extra(OssuaryAttribute.remote_public_key))
        await stream.send(b"bye")

    caplog.set_level(logging.WARNING, logger="trio_ossuary")
    async with anyio.create_task_group() as group:
        group.start_soon(listener.serve, handler)
        # Not Ossuary: its handshake fails, it is logged and dropped.
        junk = await anyio.connect_tcp("127.0.0.1", port)
        await junk.send(b"GET / HTTP/1.1\r\n\r\n" * 10)
        with contextlib.suppress(anyio.EndOfStream, anyio.BrokenResourceError):
            while await junk.receive():
                pass  # until the listener drops it
        await junk.aclose()
        # A real client, from the local host, with a client key.
        stream = await connect(
            "127.0.0.1",
            port,
            local_host="127.0.0.1",
            secret_key=key_from("anyio client"),
            authorized_keys=[SERVER_KEY.public_key],
        )
        assert await stream.receive() == b"bye"
        with pytest.raises(anyio.EndOfStream):  # the handler returned
            await stream.receive()
        await stream.aclose()
        group.cancel_scope.cancel()
    await listener.aclose()
    assert handled == [key_from("anyio client").public_key]
    failures = [r for r in caplog.records if "handshake" in r.getMessage()]
    assert len(failures) == 1
    assert "127.0.0.1" in failures[0].getMessage()


async def test_the_listener_logs_a_bug_in_wrap_with_its_traceback_and_serves_on(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_wrap = OssuaryByteStream.wrap
    calls: list[object] = []

    async def wrap_that_fails_once(
        transport: anyio.abc.ByteStream, **kwargs: object
    ) -> OssuaryByteStream:
        if kwargs.get("server_side"):  # (connect() wraps the client side)
            calls.append(transport)
            if len(calls) == 1:
                raise RuntimeError("a bug in wrap")
        return await real_wrap(transport, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(OssuaryByteStream, "wrap", wrap_that_fails_once)
    tcp = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = tcp.extra(anyio.abc.SocketAttribute.local_port)
    listener = OssuaryListener(tcp, secret_key=SERVER_KEY)

    async def handler(stream: OssuaryByteStream) -> None:
        await stream.send(b"served")

    caplog.set_level(logging.WARNING, logger="trio_ossuary")
    async with anyio.create_task_group() as group:
        group.start_soon(listener.serve, handler)
        dropped = await anyio.connect_tcp("127.0.0.1", port)
        with contextlib.suppress(anyio.EndOfStream, anyio.BrokenResourceError):
            while await dropped.receive():
                pass  # until the listener drops it
        await dropped.aclose()
        stream = await connect(
            "127.0.0.1", port, authorized_keys=[SERVER_KEY.public_key]
        )
        assert await stream.receive() == b"served"  # still serving
        await stream.aclose()
        group.cancel_scope.cancel()
    await listener.aclose()
    assert len(calls) == 2
    (record,) = [r for r in caplog.records if "handshake" in r.getMessage()]
    assert "127.0.0.1" in record.getMessage()
    assert "a bug in wrap" in record.getMessage()
    assert record.exc_info is not None
    assert isinstance(record.exc_info[1], RuntimeError)


async def test_listener_options_are_checked_once_and_shared() -> None:
    tcp = await anyio.create_tcp_listener(local_host="127.0.0.1")
    listener = OssuaryListener(tcp)
    assert listener.options.secret_key is not None
    assert listener.public_key == listener.options.secret_key.public_key
    with pytest.raises(ValueError, match="client option"):
        OssuaryListener(tcp, options=OssuaryOptions(on_untrusted_server=lambda k: True))
    await listener.aclose()
