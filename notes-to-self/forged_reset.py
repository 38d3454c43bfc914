"""One forged Reset against an established channel, counted (issue #18).

Two sans-IO engines exchange records over a simulated link on which every
byte takes ``--latency`` ticks to arrive, so records are in flight when an
attacker slips a single Reset into one direction.  The script reports, for
each run, whether the channel came back up and how many resets each side
counted::

    .venv/bin/python notes-to-self/forged_reset.py
    .venv/bin/python notes-to-self/forged_reset.py --latency 3 --max-resets 20

With ``--tcp`` it does the same to real streams: ``--runs`` connections
over loopback TCP, each through a small relay that slips one Reset in ahead
of the fifth record toward the client while the server streams to it::

    .venv/bin/python notes-to-self/forged_reset.py --tcp

Before the fix (issue #18; commit e6e75c5), with the defaults:

* engine, Reset toward the client, traffic toward it or both ways: 0 of 10
  recovered, (client, server) resets (5, 3); with ``--max-resets 20``
  (20, 18);
* engine, Reset toward the server: 10 of 10 recovered at (1, 2);
* TCP: 0 of 10 connections recovered, (5, 4); with ``--max-resets 20``,
  0 of 10 at (20, 19).

After it, every case: 10 of 10 recovered at (1, 1).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import random

from trio_ossuary import OssuaryError, SecretKey
from trio_ossuary.sansio import (
    NEED_DATA,
    OssuaryConnection,
)

# A Reset as any implementation sends it: len 4, msg_id 0, type 0x11, flag 1.
FORGED_RESET = bytes.fromhex("000400000011000004000100")


@dataclasses.dataclass
class Outcome:
    recovered: bool
    client_resets: int
    server_resets: int
    failure: str = ""


class Link:
    """One direction: bytes arrive ``latency`` ticks after they are sent."""

    def __init__(self, latency: int) -> None:
        self.latency = latency
        self.in_flight: list[tuple[int, bytes]] = []

    def send(self, now: int, data: bytes) -> None:
        if data:
            self.in_flight.append((now + self.latency, data))

    def inject(self, now: int, data: bytes) -> None:
        """Deliver ``data`` at ``now``, ahead of everything not yet arrived."""
        self.in_flight.insert(0, (now, data))

    def due(self, now: int) -> bytes:
        out = b"".join(d for t, d in self.in_flight if t <= now)
        self.in_flight = [(t, d) for t, d in self.in_flight if t > now]
        return out


def run(
    *, toward_client: bool, both_ways: bool, latency: int, max_resets: int, seed: int
) -> Outcome:
    rng = random.Random(seed)
    server_key = SecretKey.from_bytes(rng.randbytes(32))
    server = OssuaryConnection(
        server_side=True,
        secret_key=server_key,
        max_resets=max_resets,
        clock=None,
        random_bytes=rng.randbytes,
    )
    client = OssuaryConnection(
        authorized_keys=[server_key.public_key],
        max_resets=max_resets,
        clock=None,
        random_bytes=rng.randbytes,
    )
    c2s, s2c = Link(latency), Link(latency)
    senders = [server, client] if both_ways else [server]
    if not toward_client:
        senders = [client, server] if both_ways else [client]
    inject_at = 10 * latency + 5
    stop_sending_at = inject_at + 20 * latency
    for now in range(stop_sending_at + 40 * latency):
        if now < stop_sending_at:
            for conn in senders:
                if conn.handshake_complete:
                    conn.send_data(b"record %d" % now)
        c2s.send(now, client.data_to_send())
        s2c.send(now, server.data_to_send())
        if now == inject_at:
            (s2c if toward_client else c2s).inject(now, FORGED_RESET)
        for conn, link in ((client, s2c), (server, c2s)):
            data = link.due(now)
            if data:
                conn.receive_data(data)
            try:
                while conn.next_event() is not NEED_DATA:
                    pass
            except OssuaryError as exc:
                return Outcome(False, client.resets, server.resets, str(exc))
    recovered = client.handshake_complete and server.handshake_complete
    return Outcome(recovered, client.resets, server.resets)


async def tcp_run(max_resets: int) -> Outcome:
    """One connection over loopback TCP, through a relay that forges a Reset."""
    import trio

    from trio_ossuary import (
        ChannelReset,
        OssuaryStream,
        open_ossuary_over_tcp_stream,
    )

    key = SecretKey.generate()
    listeners = await trio.open_tcp_listeners(0, host="127.0.0.1")
    server_port = listeners[0].socket.getsockname()[1]
    relay_listeners = await trio.open_tcp_listeners(0, host="127.0.0.1")
    relay_port = relay_listeners[0].socket.getsockname()[1]
    outcome = Outcome(False, 0, 0)
    got_after_reset = trio.Event()

    async def relay_down(source: trio.abc.Stream, sink: trio.abc.Stream) -> None:
        # Toward the client: whole packets, a Reset ahead of data record 5.
        buf, records = b"", 0
        while data := await source.receive_some():
            buf += data
            # Header: big-endian u16 len, msg_id, type, reserved.
            while len(buf) >= 8 and len(buf) >= 8 + int.from_bytes(buf[:2], "big"):
                size = 8 + int.from_bytes(buf[:2], "big")
                packet, buf = buf[:size], buf[size:]
                if packet[5] == 0x20:  # Data
                    records += 1
                    if records == 5:
                        packet = FORGED_RESET + packet
                await sink.send_all(packet)

    async def relay_up(source: trio.abc.Stream, sink: trio.abc.Stream) -> None:
        while data := await source.receive_some():
            await sink.send_all(data)

    async def relay() -> None:
        async with relay_listeners[0]:
            downstream = await relay_listeners[0].accept()
        upstream = await trio.open_tcp_stream("127.0.0.1", server_port)
        async with downstream, upstream, trio.open_nursery() as nursery:
            nursery.start_soon(relay_down, upstream, downstream)
            nursery.start_soon(relay_up, downstream, upstream)

    async def serve() -> None:
        async with listeners[0]:
            transport = await listeners[0].accept()
        stream = OssuaryStream(
            transport, server_side=True, secret_key=key, max_resets=max_resets
        )

        async def read() -> None:
            # Only a reading stream hears the client's Reset (send_all never
            # reads), as in the tunnel, which pumps both directions.
            try:
                while True:
                    with contextlib.suppress(ChannelReset):
                        await stream.receive_some()
            except trio.BrokenResourceError as exc:
                outcome.failure = f"server: {exc}"

        async def write() -> None:
            index = 0
            try:
                while not got_after_reset.is_set():
                    with contextlib.suppress(ChannelReset):
                        await stream.send_all(b"record %d|" % index)
                    index += 1
                    await trio.sleep(0.001)
            except trio.BrokenResourceError as exc:
                outcome.failure = f"server: {exc}"

        try:
            async with trio.open_nursery() as nursery:
                nursery.start_soon(read)
                await write()
                nursery.cancel_scope.cancel()
        finally:
            assert stream._conn is not None
            outcome.server_resets = stream._conn.resets

    async def client() -> None:
        stream = await open_ossuary_over_tcp_stream(
            "127.0.0.1",
            relay_port,
            authorized_keys=[key.public_key],
            max_resets=max_resets,
        )
        after = 0
        try:
            while after < 20:
                try:
                    data = await stream.receive_some()
                except ChannelReset:
                    after = 0
                    continue
                after += data.count(b"|")
            outcome.recovered = True
        except trio.BrokenResourceError as exc:
            outcome.failure = f"client: {exc}"
        finally:
            assert stream._conn is not None
            outcome.client_resets = stream._conn.resets
            got_after_reset.set()

    with trio.move_on_after(30):
        async with trio.open_nursery() as nursery:
            nursery.start_soon(relay)
            nursery.start_soon(serve)
            nursery.start_soon(client)
            await got_after_reset.wait()
            nursery.cancel_scope.cancel()
    outcome.recovered = outcome.recovered and outcome.client_resets >= 1
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=int, default=2)
    parser.add_argument("--max-resets", type=int, default=5)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--tcp", action="store_true")
    args = parser.parse_args()
    if args.tcp:
        import trio

        outcomes = [trio.run(tcp_run, args.max_resets) for _ in range(args.runs)]
        alive = sum(o.recovered for o in outcomes)
        counts = sorted({(o.client_resets, o.server_resets) for o in outcomes})
        print(
            f"TCP, Reset toward a receiving client: {alive} of {len(outcomes)} "
            f"connections recovered; (client, server) resets: {counts}"
        )
        for failure in sorted({o.failure for o in outcomes if o.failure}):
            print(f"    failed: {failure}")
        return
    for toward_client in (True, False):
        for both_ways in (False, True):
            outcomes = [
                run(
                    toward_client=toward_client,
                    both_ways=both_ways,
                    latency=args.latency,
                    max_resets=args.max_resets,
                    seed=seed,
                )
                for seed in range(args.runs)
            ]
            alive = sum(o.recovered for o in outcomes)
            counts = sorted({(o.client_resets, o.server_resets) for o in outcomes})
            print(
                f"Reset toward the {'client' if toward_client else 'server'}, "
                f"traffic {'both ways' if both_ways else 'one way (toward it)'}: "
                f"{alive} of {len(outcomes)} channels recovered; "
                f"(client, server) resets: {counts}"
            )
            failures = {o.failure for o in outcomes if o.failure}
            for failure in sorted(failures):
                print(f"    failed: {failure}")


if __name__ == "__main__":
    main()
