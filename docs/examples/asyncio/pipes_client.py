"""asyncio: Ossuary over a subprocess's stdin and stdout.

The child is the trio command line server speaking Ossuary on its own
standard streams (as it would behind ssh or inetd).

Usage: python pipes_client.py SERVER_KEY_FILE
"""

import asyncio
import sys

import anyio
from anyio.streams.stapled import StapledByteStream

import trio_ossuary
from trio_ossuary.anyio import OssuaryByteStream


async def main(server_key_file: str) -> None:
    server_key = trio_ossuary.keyfiles.load_secret_key(server_key_file)
    command = [sys.executable, "-m", "trio_ossuary", "serve", "--stdio"]
    command += ["--key", server_key_file, "--echo"]
    async with await anyio.open_process(command) as process:
        assert process.stdin is not None
        assert process.stdout is not None
        pipes = StapledByteStream(process.stdin, process.stdout)
        stream = await OssuaryByteStream.wrap(
            pipes, authorized_keys=[server_key.public_key]
        )
        async with stream:
            await stream.send(b"hello through pipes")
            print("child said", (await stream.receive()).decode())


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
