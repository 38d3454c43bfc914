"""The contenders of the library benchmark, made alike for every figure.

OssuaryStream (``ossuary``), :class:`trio.SSLStream` with TLS 1.3 (``tls``),
and the bare transport (``transport``), over
:func:`trio.testing.memory_stream_pair` or loopback TCP.
"""

from __future__ import annotations

import ssl

import trio
import trio.testing
import trustme

from .subject import OssuaryStream, SecretKey

CONTENDERS = ("ossuary", "tls")
LABEL = {"ossuary": "OssuaryStream", "tls": "SSLStream", "transport": "transport"}
CHUNK = 65536
RECORD = 16384
PING = 64


class Fixture:
    """Long-term keys and certificates, made once per process."""

    def __init__(self) -> None:
        self.server_key = SecretKey.generate()
        self.client_key = SecretKey.generate()
        ca = trustme.CA()
        server_cert = ca.issue_cert("localhost")
        client_cert = ca.issue_cert("client.localhost")

        def context(purpose: ssl.Purpose) -> ssl.SSLContext:
            ctx = ssl.create_default_context(purpose)
            ctx.minimum_version = ssl.TLSVersion.TLSv1_3
            return ctx

        self.tls_server = context(ssl.Purpose.CLIENT_AUTH)
        server_cert.configure_cert(self.tls_server)
        self.tls_client = context(ssl.Purpose.SERVER_AUTH)
        ca.configure_trust(self.tls_client)
        self.tls_server_mutual = context(ssl.Purpose.CLIENT_AUTH)
        server_cert.configure_cert(self.tls_server_mutual)
        ca.configure_trust(self.tls_server_mutual)
        self.tls_server_mutual.verify_mode = ssl.CERT_REQUIRED
        self.tls_client_mutual = context(ssl.Purpose.SERVER_AUTH)
        ca.configure_trust(self.tls_client_mutual)
        client_cert.configure_cert(self.tls_client_mutual)

    def wrap(
        self,
        contender: str,
        client_transport: trio.abc.Stream,
        server_transport: trio.abc.Stream,
        *,
        mutual: bool = False,
    ) -> tuple[trio.abc.Stream, trio.abc.Stream]:
        if contender == "ossuary":
            server = OssuaryStream(
                server_transport,
                server_side=True,
                secret_key=self.server_key,
                authorized_keys=[self.client_key.public_key] if mutual else (),
                require_client_auth=mutual,
            )
            client = OssuaryStream(
                client_transport,
                secret_key=self.client_key if mutual else None,
                authorized_keys=[self.server_key.public_key],
            )
            return client, server
        if contender == "tls":
            server = trio.SSLStream(
                server_transport,
                self.tls_server_mutual if mutual else self.tls_server,
                server_side=True,
            )
            client = trio.SSLStream(
                client_transport,
                self.tls_client_mutual if mutual else self.tls_client,
                server_hostname="localhost",
            )
            return client, server
        if contender == "transport":
            return client_transport, server_transport
        raise ValueError(contender)


_FIXTURE: Fixture | None = None


def fixture() -> Fixture:
    global _FIXTURE
    if _FIXTURE is None:
        _FIXTURE = Fixture()
    return _FIXTURE


async def receive_exactly(stream: trio.abc.Stream, n: int) -> None:
    got = 0
    while got < n:
        data = await stream.receive_some(CHUNK)
        if not data:
            raise RuntimeError("unexpected EOF")
        got += len(data)


async def handshake_both(client: trio.abc.Stream, server: trio.abc.Stream) -> None:
    if not hasattr(client, "do_handshake"):
        # The bare transport: the same three messages as an Ossuary handshake
        # (92, 208 and 132 bytes), with no cryptography: the harness's floor.
        async def client_side() -> None:
            await client.send_all(bytes(92))
            await receive_exactly(client, 208)
            await client.send_all(bytes(132))

        async with trio.open_nursery() as nursery:
            nursery.start_soon(client_side)
            await receive_exactly(server, 92)
            await server.send_all(bytes(208))
            await receive_exactly(server, 132)
        return
    async with trio.open_nursery() as nursery:
        nursery.start_soon(client.do_handshake)  # type: ignore[attr-defined]
        await server.do_handshake()  # type: ignore[attr-defined]


async def tcp_pair() -> tuple[trio.SocketStream, trio.SocketStream]:
    listeners = await trio.open_tcp_listeners(0, host="127.0.0.1")
    listener = listeners[0]
    port = listener.socket.getsockname()[1]
    try:
        async with trio.open_nursery() as nursery:
            client_box: list[trio.SocketStream] = []

            async def connect() -> None:
                client_box.append(await trio.open_tcp_stream("127.0.0.1", port))

            nursery.start_soon(connect)
            server = await listener.accept()
        return client_box[0], server
    finally:
        await listener.aclose()


async def transport_pair(kind: str) -> tuple[trio.abc.Stream, trio.abc.Stream]:
    if kind == "memory":
        return trio.testing.memory_stream_pair()
    return await tcp_pair()


async def close_all(*streams: trio.abc.Stream) -> None:
    for stream in streams:
        await trio.aclose_forcefully(stream)


async def tls_parameters() -> str:
    a, b = trio.testing.memory_stream_pair()
    client, server = fixture().wrap("tls", a, b)
    await handshake_both(client, server)
    assert isinstance(client, trio.SSLStream)
    name, version, _bits = client.cipher()  # type: ignore[misc]
    return f"{version} {name}"
