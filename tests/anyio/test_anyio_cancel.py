"""Cancellation and deadlines through the anyio adapter, on both backends.

A cancellation is clean at every checkpoint of ``send`` but the
transport's own write of records (after which the sending direction is
broken and receiving still works), and at every checkpoint of ``receive``;
each handshake, the first and each driven by ``receive`` or ``send`` after
a reset, has its deadline; and the answer to the peer's Disconnect, like
``aclose``, gives up after one handshake timeout on a transport that takes
nothing.  Each sweep cancels after 0, 1, 2... scheduling steps until the
call finishes first, and checks that it did cancel somewhere.
"""

from __future__ import annotations

import anyio
import anyio.lowlevel
import pytest
from anyio_harness import SERVER_KEY, damage_data, handshake, memory_pair

from trio_ossuary import HandshakeTimeoutError, OssuaryOptions
from trio_ossuary.anyio import ChannelReset, OssuaryAttribute, OssuaryByteStream

pytestmark = pytest.mark.anyio

#: More steps than any call here takes; the sweeps stop once a call finishes.
MAX_STEPS = 200
RECORD = 16384


async def cancel_after(scope: anyio.CancelScope, steps: int) -> None:
    """Cancel ``scope`` after ``steps`` scheduling steps (-1: at once)."""
    if steps < 0:
        scope.cancel()
        return
    for _ in range(steps):
        await anyio.lowlevel.checkpoint()
    scope.cancel()


async def test_a_cancelled_send_leaves_whole_records_and_receive_usable() -> None:
    message = bytes(range(256)) * 1200  # 300 KiB: two batches of records
    cancelled = broken = 0
    for steps in range(-1, MAX_STEPS):
        client_t, server_t = memory_pair()
        client, server = await handshake(client_t, server_t)
        received = bytearray()

        async def collect(
            server: OssuaryByteStream = server, received: bytearray = received
        ) -> None:
            while True:
                received.extend(await server.receive())

        async with anyio.create_task_group() as group:
            group.start_soon(collect)
            scope = anyio.CancelScope()
            if steps < 0:
                await cancel_after(scope, steps)  # cancelled as send begins
            else:
                group.start_soon(cancel_after, scope, steps)
            with scope:
                await client.send(message)
            await anyio.wait_all_tasks_blocked()
            # What arrived is whole records of the message, in order.
            assert received == message[: len(received)]
            assert len(received) % RECORD == 0 or len(received) == len(message)
            # Receiving still works, whatever happened to sending.
            await server.send(b"pong")
            assert await client.receive() == b"pong"
            before = len(received)
            try:
                await client.send(b"next")
            except anyio.BrokenResourceError:
                # Cut off while the transport wrote: nothing more is sent.
                broken += 1
                await anyio.wait_all_tasks_blocked()
                assert len(received) == before
            else:
                # Nothing encrypted was left unwritten: the next record
                # decrypts in order (a skipped nonce would reset).
                await anyio.wait_all_tasks_blocked()
                assert received[before:] == b"next"
            group.cancel_scope.cancel()
        await client.aclose()
        await server.aclose()
        if not scope.cancelled_caught:
            assert received[: len(message)] == message
            break
        cancelled += 1
    else:
        pytest.fail("send never finished")
    # The sweep cancelled before the first batch (clean: nothing encrypted)
    # and inside the transport's writes (the sending direction broken).
    assert cancelled >= 2
    assert 0 < broken < cancelled


async def test_a_cancelled_receive_loses_nothing_across_a_reset() -> None:
    cancelled = 0
    for steps in range(-1, MAX_STEPS):
        client_t, server_t = memory_pair()
        client, server = await handshake(client_t, server_t)
        await client.send(b"AAAA")
        client_t.hook = damage_data()
        await client.send(b"BBBB")  # lost: the server resets on reading it
        seen: list[bytes | str] = []
        scope = anyio.CancelScope()
        async with anyio.create_task_group() as group:
            if steps < 0:
                await cancel_after(scope, steps)
            else:
                group.start_soon(cancel_after, scope, steps)
            with scope:
                seen.append(await server.receive())
                try:
                    await server.receive()
                except ChannelReset:
                    seen.append("reset")
            group.cancel_scope.cancel()
        # Uncancelled, the rest: AAAA and the reset, each once.
        while len(seen) < 2:
            try:
                seen.append(await server.receive())
            except ChannelReset:
                seen.append("reset")
        assert seen == [b"AAAA", "reset"]
        await client.aclose()
        await server.aclose()
        if not scope.cancelled_caught:
            break
        cancelled += 1
    else:
        pytest.fail("receive never finished")
    assert cancelled >= 2


async def test_a_send_cancelled_while_it_waits_for_the_handshake_is_clean() -> None:
    client_t, server_t = memory_pair()
    client, server = await handshake(client_t, server_t)
    client_t.hook = damage_data()
    await client.send(b"damaged")
    with pytest.raises(ChannelReset):
        await server.receive()
    with pytest.raises(ChannelReset):
        await client.receive()
    with pytest.raises(ChannelReset):
        await client.send(b"x")
    # No one serves the new handshake yet: the send waits in it, and is
    # cancelled there.  Nothing of it was sent, and the stream goes on.
    with anyio.move_on_after(0.1) as scope:
        await client.send(b"never")
    assert scope.cancelled_caught
    got: list[bytes] = []

    async def serve() -> None:
        got.append(await server.receive())

    async with anyio.create_task_group() as group:
        group.start_soon(serve)
        await client.send(b"after")
    assert got == [b"after"]
    await client.aclose()
    await server.aclose()


async def test_the_first_handshake_has_its_deadline() -> None:
    client_t, _silent = memory_pair()
    with anyio.fail_after(10), pytest.raises(anyio.BrokenResourceError) as info:
        await OssuaryByteStream.wrap(
            client_t, authorized_keys=[SERVER_KEY.public_key], handshake_timeout=0.2
        )
    assert isinstance(info.value.__cause__, HandshakeTimeoutError)


@pytest.mark.parametrize("driver", ["receive", "send"])
async def test_a_handshake_after_a_reset_has_its_deadline(driver: str) -> None:
    client_t, server_t = memory_pair()
    client, server = await handshake(
        client_t,
        server_t,
        client=OssuaryOptions(
            authorized_keys=[SERVER_KEY.public_key], handshake_timeout=0.2
        ),
    )
    client_t.hook = damage_data()
    await client.send(b"damaged")
    with pytest.raises(ChannelReset):
        await server.receive()  # the server resets, then no one drives it
    with pytest.raises(ChannelReset):
        await client.receive()
    if driver == "send":
        with pytest.raises(ChannelReset):
            await client.send(b"x")
    with anyio.fail_after(10), pytest.raises(anyio.BrokenResourceError) as info:
        await (client.receive() if driver == "receive" else client.send(b"y"))
    assert isinstance(info.value.__cause__, HandshakeTimeoutError)
    await client.aclose()
    await server.aclose()


async def test_the_answer_to_a_disconnect_gives_up_on_a_stalled_transport() -> None:
    client_t, server_t = memory_pair()
    client, server = await handshake(
        client_t,
        server_t,
        server=OssuaryOptions(secret_key=SERVER_KEY, handshake_timeout=0.2),
    )
    await client.aclose()
    server_t.stalled = True  # our answer will never be taken
    with anyio.fail_after(10), pytest.raises(anyio.EndOfStream):
        await server.receive()
    with anyio.fail_after(10):
        await server.aclose()


async def test_aclose_gives_up_on_a_stalled_transport() -> None:
    client_t, server_t = memory_pair()
    client, server = await handshake(
        client_t,
        server_t,
        client=OssuaryOptions(
            authorized_keys=[SERVER_KEY.public_key], handshake_timeout=0.2
        ),
    )
    client_t.stalled = True
    with anyio.fail_after(10):
        await client.aclose()
    await server.aclose()


async def test_the_lock_is_fair_and_a_cancelled_heir_passes_it_on() -> None:
    from trio_ossuary.anyio._stream import _Lock

    lock = _Lock()
    order: list[str] = []
    assert lock.try_acquire()
    scopes: dict[str, anyio.CancelScope] = {}

    async def wait(name: str) -> None:
        with anyio.CancelScope() as scope:
            scopes[name] = scope
            async with lock:
                order.append(name)
                await anyio.lowlevel.checkpoint()

    with anyio.fail_after(5):  # a lock kept by the cancelled heir: a hang
        async with anyio.create_task_group() as group:
            for name in ("first", "second", "third"):
                group.start_soon(wait, name)
                await anyio.wait_all_tasks_blocked()
            # Cancel "first", then hand it the lock before it has run: it must
            # pass the lock on (in the queue order) rather than keep it.
            scopes["first"].cancel()
            lock.release()
    assert order == ["second", "third"]
    assert not lock.locked()
    assert lock.try_acquire()


async def test_a_handshake_driven_by_a_cancelled_receive_carries_on() -> None:
    # After a reset, the client's receive drives the new handshake; cancel
    # it after 0, 1, 2... steps: whatever it sent and read stays, the next
    # call carries the same handshake on, and the session is not reset
    # again (the shielded writes went out whole).
    cancelled = 0
    for steps in range(-1, MAX_STEPS):
        client_t, server_t = memory_pair()
        client, server = await handshake(client_t, server_t)
        client_t.hook = damage_data()
        await client.send(b"damaged")
        got: list[bytes | str] = []

        async def serve(server: OssuaryByteStream = server, got: list = got) -> None:
            while True:
                try:
                    got.append(await server.receive())
                except ChannelReset:
                    got.append("reset")

        async with anyio.create_task_group() as group:
            group.start_soon(serve)
            await anyio.wait_all_tasks_blocked()
            assert got == ["reset"]
            with pytest.raises(ChannelReset):
                await client.receive()  # the server's Reset
            scope = anyio.CancelScope()
            if steps < 0:
                await cancel_after(scope, steps)
            else:
                group.start_soon(cancel_after, scope, steps)
            with scope:
                await client.receive()  # drives the handshake; nothing comes
            # Did the cancelled receive get as far as the end of it?
            done = client.extra(OssuaryAttribute.remote_public_key) is not None
            with pytest.raises(ChannelReset):
                await client.send(b"x")  # the sending direction's report
            await client.send(b"after")
            await anyio.wait_all_tasks_blocked()
            assert got == ["reset", b"after"]  # no second reset
            group.cancel_scope.cancel()
        await client.aclose()
        await server.aclose()
        assert scope.cancelled_caught  # receive had nothing to return
        cancelled += 1
        if done:  # every point of the handshake has been cut at
            break
    else:
        pytest.fail("the handshake never completed inside the receive")
    assert cancelled >= 3  # before it, in its shielded write, in its read
