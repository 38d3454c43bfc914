"""asyncio: an Ossuary client that trusts one server key.

Usage: python echo_client.py PORT SERVER_PUBLIC_KEY_FILE
"""

import asyncio
import sys

import trio_ossuary
from trio_ossuary.anyio import OssuaryAttribute, connect


async def main(port: int, server_key_file: str) -> None:
    server_key = trio_ossuary.keyfiles.load_public_key(server_key_file)
    async with await connect("127.0.0.1", port, authorized_keys=[server_key]) as stream:
        peer = stream.extra(OssuaryAttribute.remote_public_key)
        assert peer is not None  # a server always proves its key
        print("server key", peer.fingerprint())
        await stream.send(b"hello, ossuary")
        print("server said", (await stream.receive()).decode())


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), sys.argv[2]))
