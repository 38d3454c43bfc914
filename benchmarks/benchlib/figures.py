"""The library's timed figures: raw limits, the engine alone, the streams."""

from __future__ import annotations

import os
import time

import trio
import trio.testing
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

from .contenders import (
    CHUNK,
    PING,
    close_all,
    fixture,
    handshake_both,
    receive_exactly,
    transport_pair,
)
from .subject import DataReceived, OssuaryConnection
from .timing import Stopwatch, SwitchCounter


def raw_aead(duration: float, size: int, *, aes: bool = False) -> float:
    """Microseconds per record of AEAD encrypt + decrypt (Ossuary's or TLS's).

    Each record gets its own 12-byte nonce from a counter, as any real use
    needs: that is part of the floor.
    """
    cipher = AESGCM(os.urandom(32)) if aes else ChaCha20Poly1305(os.urandom(32))
    encrypt, decrypt = cipher.encrypt, cipher.decrypt
    record = os.urandom(size)
    count = 0
    watch = Stopwatch(duration, 256 if size <= 1024 else 32)
    for n in watch:
        for counter in range(count, count + n):
            nonce = counter.to_bytes(12, "big")
            decrypt(nonce, encrypt(nonce, record, None), None)
        count += n
    return watch.micros


def primitives_limit(duration: float, *, mutual: bool) -> float:
    """Handshakes/s if a handshake cost nothing but its public-key operations."""
    server_key = Ed25519PrivateKey.generate()
    server_pub = server_key.public_key().public_bytes_raw()
    client_key = Ed25519PrivateKey.generate()
    client_pub = client_key.public_key().public_bytes_raw()
    extra = os.urandom(44)
    watch = Stopwatch(duration)
    for _ in watch:
        client_eph = X25519PrivateKey.generate()
        client_eph_pub = client_eph.public_key().public_bytes_raw()
        server_eph = X25519PrivateKey.generate()
        server_eph_pub = server_eph.public_key().public_bytes_raw()
        server_eph.exchange(X25519PublicKey.from_public_bytes(client_eph_pub))
        client_eph.exchange(X25519PublicKey.from_public_bytes(server_eph_pub))
        message = server_eph_pub + extra
        signature = server_key.sign(message)
        Ed25519PublicKey.from_public_bytes(server_pub).verify(signature, message)
        if mutual:
            message = client_eph_pub + extra
            signature = client_key.sign(message)
            Ed25519PublicKey.from_public_bytes(client_pub).verify(signature, message)
    return watch.rate


# -- the sans-IO engine alone --------------------------------------------------


def engine_pair() -> tuple[OssuaryConnection, OssuaryConnection]:
    """An established client and server engine, bytes moved by hand."""
    server_key = fixture().server_key
    server = OssuaryConnection(server_side=True, secret_key=server_key)
    client = OssuaryConnection(authorized_keys=[server_key.public_key])
    while not (client.handshake_complete and server.handshake_complete):
        for sender, receiver in ((client, server), (server, client)):
            if sender.bytes_to_send:
                receiver.receive_data(sender.data_to_send())
            receiver.next_event()
    return client, server


def engine_records(duration: float, size: int, per_call: int = 1) -> float:
    """Microseconds per record through two engines, no I/O: send, receive.

    Each operation is ``send_data`` of ``per_call`` records of ``size`` bytes,
    ``data_to_send``, ``receive_data`` on the peer and its ``next_event``
    (one :class:`DataReceived` for them all).
    """
    client, server = engine_pair()
    message = os.urandom(size * per_call)
    send, take = client.send_data, client.data_to_send
    receive, next_event = server.receive_data, server.next_event
    event: object = None
    watch = Stopwatch(duration, max(1, 256 // per_call if size <= 1024 else 8))
    for n in watch:
        for _ in range(n):
            send(message)
            receive(take())
            event = next_event()
    if not isinstance(event, DataReceived) or event.data != message:
        raise RuntimeError(f"the engine delivered {event!r}")
    return watch.micros / per_call


# -- stream figures ------------------------------------------------------------


async def bulk(contender: str, kind: str, total: int) -> float:
    """MB/s of application data, one direction, both ends in this thread."""
    a, b = await transport_pair(kind)
    client, server = fixture().wrap(contender, a, b)
    await handshake_both(client, server)
    payload = os.urandom(CHUNK)
    sends = total // CHUNK
    total = sends * CHUNK

    async def sender() -> None:
        for _ in range(sends):
            await client.send_all(payload)

    start = time.perf_counter()
    async with trio.open_nursery() as nursery:
        nursery.start_soon(sender)
        await receive_exactly(server, total)
    elapsed = time.perf_counter() - start
    await close_all(client, server)
    return total / elapsed / 1e6


async def handshakes(contender: str, duration: float, *, mutual: bool) -> float:
    """Sequential full handshakes per second over memory streams."""
    fx = fixture()
    watch = Stopwatch(duration)
    for _ in watch:
        a, b = trio.testing.memory_stream_pair()
        client, server = fx.wrap(contender, a, b, mutual=mutual)
        await handshake_both(client, server)
    return watch.rate


async def pingpong(contender: str, kind: str, duration: float) -> tuple[float, float]:
    """64-byte echo round trips per second, and trio task switches per trip."""
    a, b = await transport_pair(kind)
    client, server = fixture().wrap(contender, a, b)
    await handshake_both(client, server)
    message = os.urandom(PING)

    async def echo() -> None:
        while True:
            data = await server.receive_some(CHUNK)
            if not data:
                return
            await server.send_all(data)

    switches = SwitchCounter()
    async with trio.open_nursery() as nursery:
        nursery.start_soon(echo)
        await trio.testing.wait_all_tasks_blocked()
        watch = Stopwatch(duration, 16)
        trio.lowlevel.add_instrument(switches)
        for n in watch:
            for _ in range(n):
                await client.send_all(message)
                await receive_exactly(client, PING)
        trio.lowlevel.remove_instrument(switches)
        nursery.cancel_scope.cancel()
    await close_all(client, server)
    return watch.rate, switches.steps / watch.count
