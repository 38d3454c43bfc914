"""Tutorial: a client that authenticates itself and trusts on first use.

Usage: python tofu_client.py PORT CLIENT_KEY_FILE KNOWN_HOSTS_FILE
"""

import sys

import trio

import trio_ossuary


async def main(port: int, key_file: str, known_hosts_file: str) -> None:
    known_hosts = trio_ossuary.KnownHosts(known_hosts_file)
    stream = await trio_ossuary.open_ossuary_over_tcp_stream(
        "127.0.0.1",
        port,
        secret_key=trio_ossuary.keyfiles.load_secret_key(key_file),
        on_untrusted_server=known_hosts.for_host("127.0.0.1", port),
    )
    async with stream:
        await stream.send_all(b"hello again")
        print("server said", (await stream.receive_some()).decode())


if __name__ == "__main__":
    trio.run(main, int(sys.argv[1]), sys.argv[2], sys.argv[3])
