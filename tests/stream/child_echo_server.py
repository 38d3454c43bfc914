"""An Ossuary echo server on standard input and output, run as a child process.

Usage::

    python child_echo_server.py SERVER_SEED_HEX [CLIENT_PUBLIC_KEY_HEX]

``test_stream_usage.py`` starts this with both streams piped to it and
wraps the pipes in an :class:`~trio_ossuary.OssuaryStream` client.  The child
serves that one connection over its stdin and stdout, echoing every byte
back, until the client closes the channel cleanly; then it closes its end and
exits 0.  Given a client key, it requires that client to authenticate.  Any
failure ends it with a traceback on stderr and a non-zero status.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import trio

from trio_ossuary import OssuaryStream, PublicKey, SecretKey


async def main(argv: list[str]) -> None:
    options: dict[str, Any] = {"secret_key": SecretKey.from_hex(argv[1])}
    if len(argv) > 2:
        options["require_client_auth"] = True
        options["authorized_keys"] = [PublicKey.from_hex(argv[2])]
    # Duplicates, so that trio owns (and closes) its own descriptors.
    transport = trio.StapledStream(
        trio.lowlevel.FdStream(os.dup(sys.stdout.fileno())),
        trio.lowlevel.FdStream(os.dup(sys.stdin.fileno())),
    )
    async with OssuaryStream(transport, server_side=True, **options) as stream:
        while data := await stream.receive_some():
            await stream.send_all(data)


if __name__ == "__main__":
    trio.run(main, sys.argv)
