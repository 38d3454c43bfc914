"""Reset and re-key with the live reference, through a corrupting TCP proxy.

What the reference does (ossuary 0.5.2-rc, src/comm.rs and handshake.rs):

* a record that fails authentication makes it reset: it sends Reset, drops
  what arrives until the peer's Reset, then handshakes again with fresh
  ephemeral keys (``recv_data`` -> ``reset_state``);
* a Reset it receives is answered with its own Reset, then the handshake;
* a record whose ``data_len`` field claims more than the packet holds makes
  it panic (``&rest[..data_len]``), which aborts the process;
* its driver's server goes back to the handshake after a reset, as the
  library intends; its client gives up instead.

So against the Rust server a corrupted record in either direction costs the
records in flight and nothing else: one ChannelReset for each direction of
our stream, then the channel works again under new keys.  Where the
reference cannot recover (its client; its server aborted) our side fails
with an error, within its bounds, and never delivers a byte of a corrupted,
dropped or reordered record.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
import trio
from interposer import (
    PacketHook,
)
from refpeer import (
    LIMIT,
    bad_tag,
    echo,
    huge_data_len,
    passthrough,
    proxy,
    python_server,
    reference_client,
    reference_server,
    tamper_data,
)
from wire_spec import (
    CLIENT_HANDSHAKE,
    SERVER_HANDSHAKE,
)

from trio_ossuary import ChannelReset, SecretKey, open_ossuary_over_tcp_stream

#: Fits one record; then three records, the first of which is corrupted.
FIRST = b"first record"
SECOND = os.urandom(16384 * 2 + 100)
THIRD = b"after the reset"


def ephemeral_keys(hook: PacketHook, ptype: int) -> set[bytes]:
    """The ephemeral X25519 keys in the handshake packets a hook saw."""
    # The key follows len (2 bytes), version (1) and reserved (5).
    return {packet.body[8:40] for packet in hook.seen if packet.type == ptype}


@pytest.mark.parametrize(
    ("direction", "server_error", "reason"),
    [
        ("to_server", "DecryptionFailed", "the peer reset the session"),
        ("to_client", "ConnectionReset", "bad MAC"),
    ],
    ids=["to_server", "to_client"],
)
async def test_corrupted_record_resets_and_rekeys_with_rust_server(
    reference: Path, direction: str, server_error: str, reason: str
) -> None:
    key = SecretKey.generate()
    hooks = {"to_server": passthrough(), "to_client": passthrough()}
    # Data record 0 is FIRST (or its echo); record 1 opens SECOND.
    hooks[direction] = tamper_data(1, bad_tag)
    with trio.fail_after(LIMIT):
        async with reference_server(reference, key) as server:
            async with proxy(server.port, **hooks) as relay:
                stream = await open_ossuary_over_tcp_stream(
                    "127.0.0.1", relay.port, authorized_keys=[key.public_key]
                )
                async with stream:
                    assert await echo(stream, FIRST) == FIRST
                    await stream.send_all(SECOND)
                    # Nothing of SECOND comes back: the records after the
                    # corrupted one are dropped by whichever side reset.
                    with pytest.raises(ChannelReset) as info:
                        await stream.receive_some()
                    with pytest.raises(ChannelReset):  # once per direction
                        await stream.send_all(THIRD)
                    assert await echo(stream, THIRD) == THIRD
            line = await server.connection()
    assert reason in info.value.reason
    assert info.value.resets == 1
    assert f"recv_data error: OssuaryError::{server_error}" in server.process.stdout
    assert server.handshakes() == 2
    # Re-keyed: each handshake had its own ephemeral keys, on both sides.
    assert len(ephemeral_keys(hooks["to_server"], CLIENT_HANDSHAKE)) == 2
    assert len(ephemeral_keys(hooks["to_client"], SERVER_HANDSHAKE)) == 2
    # The server echoed SECOND only if it was not the one that reset.
    echoed = len(SECOND) if direction == "to_client" else 0
    assert line.bytes == len(FIRST) + echoed + len(THIRD)
    assert line.end == "disconnect(closed)"


async def test_malformed_record_aborts_rust_server_python_client_fails_cleanly(
    reference: Path,
) -> None:
    key = SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with reference_server(reference, key) as server:
            async with proxy(
                server.port, to_server=tamper_data(1, huge_data_len)
            ) as relay:
                stream = await open_ossuary_over_tcp_stream(
                    "127.0.0.1", relay.port, authorized_keys=[key.public_key]
                )
                async with stream:
                    assert await echo(stream, FIRST) == FIRST
                    await stream.send_all(SECOND)
                    with pytest.raises(trio.BrokenResourceError) as info:
                        await stream.receive_some()
                    with pytest.raises(trio.BrokenResourceError):
                        await stream.send_all(THIRD)
            status = await server.process.wait()
    assert not isinstance(info.value, ChannelReset)
    assert status == -signal.SIGABRT, server.process.describe()
    assert "panicked" in server.process.stderr


async def test_malformed_record_from_rust_server_resets(reference: Path) -> None:
    # We check the length and reset, where the reference would abort; the
    # reference server then recovers as after a bad MAC.
    key = SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with reference_server(reference, key) as server:
            async with proxy(
                server.port, to_client=tamper_data(1, huge_data_len)
            ) as relay:
                stream = await open_ossuary_over_tcp_stream(
                    "127.0.0.1", relay.port, authorized_keys=[key.public_key]
                )
                async with stream:
                    assert await echo(stream, FIRST) == FIRST
                    await stream.send_all(SECOND)
                    with pytest.raises(ChannelReset) as info:
                        await stream.receive_some()
                    with pytest.raises(ChannelReset):
                        await stream.send_all(THIRD)
                    assert await echo(stream, THIRD) == THIRD
            line = await server.connection()
    assert "declares 65535 bytes" in info.value.reason
    assert server.handshakes() == 2
    assert line.end == "disconnect(closed)"


@pytest.mark.parametrize("direction", ["to_server", "to_client"])
async def test_corrupted_record_rust_client_gives_up_python_server_fails_cleanly(
    reference: Path, direction: str
) -> None:
    # The reference's client does not recover from a reset; our server, even
    # one that carries on after resets, ends with an error, having delivered
    # the intact records only.
    key = SecretKey.generate()
    with trio.fail_after(LIMIT):
        async with python_server(key, keep_going=True) as server:
            async with proxy(
                server.port, **{direction: tamper_data(1, bad_tag)}
            ) as relay:
                result = await reference_client(
                    reference, relay.port, trust=key.public_key, sizes=(1, 100)
                )
            served = await server.connection()
    assert result.returncode == 1, result
    assert result.stdout.startswith("FAIL size 100: recv_data after 0 echoed bytes")
    # Toward the server the corrupted record is the second size, which our
    # side drops; toward the client it is the echo of the second size.
    intact = 1 if direction == "to_server" else 101
    assert len(served.received) == intact
    assert isinstance(served.error, trio.BrokenResourceError)
    assert not isinstance(served.error, ChannelReset)
    if direction == "to_server":
        # We detected the bad MAC and reset; the reference client gave up.
        assert [reset.reason for reset in served.resets] == [
            "a data packet failed authentication (bad MAC)"
        ]
    else:
        # The reference client detected it and gave up without a word.
        assert served.resets == []
