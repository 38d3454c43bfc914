"""A TCP relay that corrupts one Ossuary data packet, for the network tests.

``python relay.py LISTEN_HOST TARGET_HOST TARGET_PORT DIRECTION NTH``

Listens on a free port of ``LISTEN_HOST`` and prints ``listening PORT``.
Each connection accepted is relayed to ``TARGET_HOST:TARGET_PORT``, packet
by packet (the 8-byte header's length field says where each ends; see
``tests/harness/wire_spec.py``).  In ``DIRECTION`` (``c2s``: what the client
sends, ``s2c``: what the server sends) the ``NTH`` Data packet (counting
from 0, over the whole run) has the last bit of its authentication tag
flipped, and the relay prints ``corrupted``.  Everything else passes
unchanged.  Either side closing or failing closes both.
"""

from __future__ import annotations

import sys

import trio
from wire_spec import DATA, MAX_PACKET, parse_packets


class _Corrupter:
    def __init__(self, direction: str, nth: int) -> None:
        self.direction = direction
        self.nth = nth
        self.seen = 0

    async def pump(
        self, direction: str, source: trio.SocketStream, sink: trio.SocketStream
    ) -> None:
        pending = b""
        try:
            while True:
                chunk = await source.receive_some(65536)
                if not chunk:
                    break
                pending += chunk
                packets = parse_packets(pending)
                used = sum(len(packet.raw) for packet in packets)
                pending = pending[used:]
                if len(pending) > MAX_PACKET:
                    raise ValueError("a packet longer than the protocol allows")
                out = []
                for packet in packets:
                    raw = packet.raw
                    if direction == self.direction and packet.type == DATA:
                        if self.seen == self.nth:
                            raw = packet.flipped()
                            print("corrupted", flush=True)
                        self.seen += 1
                    out.append(raw)
                if out:
                    await sink.send_all(b"".join(out))
            await sink.send_eof()
        except (trio.BrokenResourceError, trio.ClosedResourceError, OSError):
            pass


async def main(listen: str, target: str, port: int, direction: str, nth: int) -> None:
    """Relay every connection; see the module docstring."""
    corrupter = _Corrupter(direction, nth)

    async def handle(client: trio.SocketStream) -> None:
        server = await trio.open_tcp_stream(target, port)
        async with client, server, trio.open_nursery() as nursery:
            nursery.start_soon(corrupter.pump, "c2s", client, server)
            nursery.start_soon(corrupter.pump, "s2c", server, client)

    listeners = await trio.open_tcp_listeners(0, host=listen)
    print(f"listening {listeners[0].socket.getsockname()[1]}", flush=True)
    await trio.serve_listeners(handle, listeners)


if __name__ == "__main__":
    host, target, port, direction, nth = sys.argv[1:]
    trio.run(main, host, target, int(port), direction, int(nth))
