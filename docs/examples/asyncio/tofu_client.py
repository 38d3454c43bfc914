"""asyncio: a client that authenticates itself and trusts on first use.

Usage: python tofu_client.py PORT CLIENT_KEY_FILE KNOWN_HOSTS_FILE
"""

import asyncio
import sys

import trio_ossuary
from trio_ossuary.anyio import connect


async def main(port: int, key_file: str, known_hosts_file: str) -> None:
    async with await connect(
        "127.0.0.1",
        port,
        secret_key=trio_ossuary.keyfiles.load_secret_key(key_file),
        on_untrusted_server=trio_ossuary.KnownHosts(known_hosts_file),
    ) as stream:
        await stream.send(b"hello again")
        print("server said", (await stream.receive()).decode())


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), sys.argv[2], sys.argv[3]))
