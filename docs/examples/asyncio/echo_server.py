"""asyncio: an Ossuary echo server.

Usage: python echo_server.py SECRET_KEY_FILE PORT
"""

import asyncio
import sys

import anyio

import trio_ossuary
from trio_ossuary.anyio import OssuaryByteStream, OssuaryListener


async def echo(stream: OssuaryByteStream) -> None:
    try:
        while True:
            await stream.send(await stream.receive())
    except anyio.EndOfStream:
        pass  # the client closed the channel
    except anyio.BrokenResourceError as exc:
        print("connection broken:", exc.__cause__)


async def main(key_file: str, port: int) -> None:
    key = trio_ossuary.keyfiles.load_secret_key(key_file)
    print("server key", key.public_key.fingerprint(), flush=True)
    tcp = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=port)
    await OssuaryListener(tcp, secret_key=key).serve(echo)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
