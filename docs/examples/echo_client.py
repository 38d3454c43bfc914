"""Tutorial: an Ossuary echo client that trusts one server key.

Usage: python echo_client.py PORT SERVER_PUBLIC_KEY_FILE
"""

import sys

import trio

import trio_ossuary


async def main(port: int, server_key_file: str) -> None:
    server_key = trio_ossuary.keyfiles.load_public_key(server_key_file)
    stream = await trio_ossuary.open_ossuary_over_tcp_stream(
        "127.0.0.1", port, authorized_keys=[server_key]
    )
    async with stream:
        await stream.send_all(b"hello, ossuary")
        reply = await stream.receive_some()
        print("server said", reply.decode())
        print("server key", stream.remote_public_key)


if __name__ == "__main__":
    trio.run(main, int(sys.argv[1]), sys.argv[2])
