"""Tutorial: an Ossuary echo server.

Usage: python echo_server.py SECRET_KEY_FILE PORT
"""

import sys

import trio

import trio_ossuary


async def echo(stream: trio_ossuary.OssuaryStream[trio.abc.Stream]) -> None:
    async with stream:
        try:
            while data := await stream.receive_some():
                await stream.send_all(data)
        except trio.BrokenResourceError as exc:
            print("connection broken:", exc.__cause__)


async def main(key_file: str, port: int) -> None:
    key = trio_ossuary.keyfiles.load_secret_key(key_file)
    print("server key", key.public_key.fingerprint(), flush=True)
    await trio_ossuary.serve_ossuary_over_tcp(
        echo, port, host="127.0.0.1", secret_key=key
    )


if __name__ == "__main__":
    trio.run(main, sys.argv[1], int(sys.argv[2]))
