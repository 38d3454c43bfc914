"""One forged Reset against an established channel, counted (issue #18).

Two sans-IO engines exchange records over a simulated link on which every
byte takes ``--latency`` ticks to arrive, so records are in flight when an
attacker slips a single Reset into one direction.  The script reports, for
each run, whether the channel came back up and how many resets each side
counted::

    .venv/bin/python notes-to-self/forged_reset.py
    .venv/bin/python notes-to-self/forged_reset.py --latency 3 --max-resets 20

Before the fix (issue #18), a Reset toward a client receiving records ended
every run at the reset limit, and toward a server it cost the server two
resets; after it, one reset each side and the channel recovers.
"""

from __future__ import annotations

import argparse
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=int, default=2)
    parser.add_argument("--max-resets", type=int, default=5)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
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
