"""The reference's own C examples (examples/server.c, client.c, unchanged).

They use port 9981 and the key written in their sources, so these tests
hold a lock on that port (``c_example_port``) and run one at a time.  What
the examples do, read from their sources:

* ``server.c`` accepts one connection as an unauthenticated server, prints
  each decrypted message with ``printf("MSG: %s\\n")`` and never answers;
  anything it cannot handle, a Disconnect included, ends it with exit 1.
  Its stdout is a pipe here, so the messages appear when it exits.
* ``client.c`` connects anonymously, trusts only the example key, and sends
  each line of its stdin (NUL-terminated, as C strings) until it is killed;
  it never sends a Disconnect.
* Their C API mishandles two packets arriving in one read, so the Python
  client writes each packet alone and waits until the server has read it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import trio
from refpeer import (
    C_EXAMPLE_PORT,
    C_EXAMPLE_PUBLIC,
    C_EXAMPLE_SECRET,
    LIMIT,
    OnePacketPerRead,
    child,
    python_server,
    wait_listening,
    wait_port_free,
)

from trio_ossuary import ChannelReset, OssuaryStream

pytestmark = pytest.mark.usefixtures("c_example_port")

MESSAGES = (b"hello from trio-ossuary", b"a second message")


async def test_python_client_to_c_server(reference: Path) -> None:
    await wait_port_free(C_EXAMPLE_PORT)
    with trio.fail_after(LIMIT):
        async with child([str(reference / "ossuary-c-server")]) as server:
            await wait_listening(C_EXAMPLE_PORT, server)
            tcp = await trio.open_tcp_stream("127.0.0.1", C_EXAMPLE_PORT)
            stream = OssuaryStream(
                OnePacketPerRead(tcp), authorized_keys=[C_EXAMPLE_PUBLIC]
            )
            async with stream:
                await stream.do_handshake()
                assert stream.remote_public_key == C_EXAMPLE_PUBLIC
                for message in MESSAGES:
                    await stream.send_all(message + b"\0")
            # Our Disconnect ends it: recv_data fails, and it exits.
            status = await server.wait()
    assert status == 1, server.describe()
    assert "ERROR: recv failed" in server.stderr
    printed = [line for line in server.stdout.splitlines() if line.startswith("MSG:")]
    assert printed == [f"MSG: {message.decode()}" for message in MESSAGES]


async def test_c_client_to_python_server(reference: Path) -> None:
    expected = b"".join(message + b"\0" for message in MESSAGES)
    client_argv = [str(reference / "ossuary-c-client")]
    with trio.fail_after(LIMIT):
        async with (
            python_server(C_EXAMPLE_SECRET, port=C_EXAMPLE_PORT) as server,
            child(client_argv, stdin=subprocess.PIPE) as client,
        ):
            assert client.process.stdin is not None
            for message in MESSAGES:
                await client.process.stdin.send_all(message + b"\n")
            served = await server.received(len(expected))
            assert served.remote_key is None  # anonymous
            # It never disconnects: killed, with our echoes unread, its
            # kernel resets the connection.
            client.kill()
            served = await server.connection()
    assert bytes(served.received) == expected
    assert isinstance(served.error, trio.BrokenResourceError)
    assert not isinstance(served.error, ChannelReset)
