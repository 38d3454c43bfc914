"""asyncio: Ossuary inside TLS, a server and a client in one program.

Each layer checks its own identity: TLS the certificate, Ossuary the
server's key.  Ossuary's Disconnect already marks a clean end, so TLS's
closing handshake is skipped (standard_compatible off on both sides).

Usage: python tls_nested.py CERT_FILE CERT_KEY_FILE CA_FILE
"""

import asyncio
import ssl
import sys

import anyio
from anyio.streams.tls import TLSListener

from trio_ossuary import SecretKey
from trio_ossuary.anyio import OssuaryByteStream, OssuaryListener


async def main(cert_file: str, cert_key_file: str, ca_file: str) -> None:
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert_file, cert_key_file)
    client_tls = ssl.create_default_context(cafile=ca_file)
    key = SecretKey.generate()

    async def shout(stream: OssuaryByteStream) -> None:
        await stream.send((await stream.receive()).upper())

    tcp = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = tcp.extra(anyio.abc.SocketAttribute.local_port)
    tls_listener = TLSListener(tcp, server_tls, standard_compatible=False)
    listener = OssuaryListener(tls_listener, secret_key=key)
    async with anyio.create_task_group() as group:
        group.start_soon(listener.serve, shout)
        tls = await anyio.connect_tcp(
            "127.0.0.1",
            port,
            ssl_context=client_tls,
            tls_hostname="localhost",
            tls_standard_compatible=False,
        )
        stream = await OssuaryByteStream.wrap(tls, authorized_keys=[key.public_key])
        async with stream:
            await stream.send(b"hello inside tls")
            print("server said", (await stream.receive()).decode())
        group.cancel_scope.cancel()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3]))
