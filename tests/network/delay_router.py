"""A router that delays every packet it forwards by a fixed time, in order.

Run inside the middle namespace of a test network (see ``netlab.py``)::

    python delay_router.py IFNAME SECONDS

It creates the TUN interface ``IFNAME`` and prints ``ready``; the test then
brings the interface up and routes every packet that arrives from the two
hosts into it (policy routing).  Each packet read from the interface is
written back into it ``SECONDS`` later, and the kernel forwards it on to
its destination.  Both directions pass through it, so a round trip takes
twice ``SECONDS`` longer.  One first-in, first-out queue with one fixed
delay never reorders packets.  At most ``_QUEUE_LIMIT`` packets wait (more
are dropped, as a router's full queue would); it runs until it is killed or
its stdin closes.
"""

from __future__ import annotations

import collections
import contextlib
import fcntl
import os
import select
import struct
import sys
import time
from typing import Final

_TUNSETIFF: Final = 0x400454CA
_IFF_TUN: Final = 0x0001
_IFF_NO_PI: Final = 0x1000
_QUEUE_LIMIT: Final = 20000
_PACKET_MAX: Final = 65535


def open_tun(name: str) -> int:
    """Create the TUN interface ``name`` (no packet information header)."""
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK)
    request = struct.pack("16sH", name.encode(), _IFF_TUN | _IFF_NO_PI)
    fcntl.ioctl(fd, _TUNSETIFF, request)
    return fd


def run(fd: int, delay: float) -> None:
    """Delay every packet read from ``fd`` by ``delay`` seconds, in order."""
    queue: collections.deque[tuple[float, bytes]] = collections.deque()
    watched = [fd, sys.stdin.fileno()]
    while True:
        now = time.monotonic()
        while queue and queue[0][0] <= now:
            _, packet = queue.popleft()
            with contextlib.suppress(BlockingIOError):  # the kernel's queue is full
                os.write(fd, packet)
        wait = max(0.0, queue[0][0] - now) if queue else None
        readable, _, _ = select.select(watched, [], [], wait)
        if sys.stdin.fileno() in readable and not os.read(sys.stdin.fileno(), 1):
            return
        if fd in readable:
            arrived = time.monotonic()
            for _ in range(256):  # what has arrived, boundedly
                try:
                    packet = os.read(fd, _PACKET_MAX)
                except BlockingIOError:
                    break
                if len(queue) < _QUEUE_LIMIT:
                    queue.append((arrived + delay, packet))


def main() -> None:
    """Parse ``IFNAME SECONDS``, open the interface, say ``ready``, run."""
    name, seconds = sys.argv[1], float(sys.argv[2])
    fd = open_tun(name)
    print("ready", flush=True)
    run(fd, seconds)


if __name__ == "__main__":
    main()
