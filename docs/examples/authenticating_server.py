"""Tutorial: an echo server that only talks to authorized clients.

Usage: python authenticating_server.py SECRET_KEY_FILE AUTHORIZED_KEYS PORT
"""

import logging
import sys

import trio
from echo_server import echo

import trio_ossuary


async def main(key_file: str, authorized_keys_file: str, port: int) -> None:
    await trio_ossuary.serve_ossuary_over_tcp(
        echo,
        port,
        host="127.0.0.1",
        secret_key=trio_ossuary.keyfiles.load_secret_key(key_file),
        authorized_keys=trio_ossuary.keyfiles.load_authorized_keys(
            authorized_keys_file
        ),
        require_client_auth=True,
    )


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)  # failed handshakes are logged
    trio.run(main, sys.argv[1], sys.argv[2], int(sys.argv[3]))
