"""Who may open a connection to a listening ``serve`` now, and the refusal log.

Theory of operation
===================

Two limits are checked when a connection is accepted, before anything is
read from it:

* ``--max-connections N``: at most ``N`` connections at once, whatever
  their state (a client still in its handshake holds a slot as much as one
  that is transferring).
* ``--max-per-address N``: at most ``N`` of those from one client address,
  as OpenSSH's ``PerSourceMaxStartups`` limits one source.  An address is an
  IPv4 address, an IPv6 /64 prefix (what one host or one customer usually
  holds: counting single IPv6 addresses would let a host pick a new one for
  every connection), or, on a Unix socket, the peer's user ID where the
  platform tells it (else every Unix client is one address).

A connection over either limit is refused with a TCP reset at once.  Without
the second limit, a few clients that keep reopening connections and never
finish their handshakes can hold every slot (issue #18: three of them kept
a legitimate client out 39 times of 39 over 8 s); with it, they hold at
most ``N`` slots each.

What the per-address limit does not stop: many addresses (a botnet, or one
attacker with many IPv6 /64 prefixes) can still fill ``--max-connections``;
and clients behind one NAT or proxy share one address, and so one limit.
Both limits apply to each worker separately.

*The refusal log.*  Every refusal writing a line would let a client fill
the log as fast as it can connect.  So the first refusal in a quiet period
is logged in full, and the refusals of the next :data:`WINDOW` seconds are
only counted; the first connection (accepted or refused) after the window,
or the server's shutdown, logs one summary line with their number and the
address that was refused most, and a new window starts with the next
refusal.  The counts are exact: no refusal goes unreported.
"""

from __future__ import annotations

import collections
import ipaddress
import socket
import struct
from typing import Final

import trio

from .._peer import peer_name
from .errors import logger

__all__ = ["WINDOW", "Admission", "Ticket", "address_key"]

#: Seconds during which refusals after the first are counted, not logged.
WINDOW: Final = 10.0


def address_key(sock: trio.socket.SocketType) -> str:
    """The "address" the per-address limit counts connections by.

    Args:
      sock: An accepted socket.

    Returns:
      ``203.0.113.7``, ``2001:db8:1:2::/64``, ``unix uid 1000`` or ``unix``.
    """
    if sock.family == socket.AF_INET:
        return str(sock.getpeername()[0])
    if sock.family == socket.AF_INET6:
        address = ipaddress.IPv6Address(sock.getpeername()[0].split("%")[0])
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    credentials = getattr(socket, "SO_PEERCRED", None)
    if credentials is not None:
        raw = sock.getsockopt(socket.SOL_SOCKET, credentials, struct.calcsize("3i"))
        return f"unix uid {struct.unpack('3i', raw)[1]}"
    return "unix"


class Ticket:
    """One admitted connection's place; :meth:`release` it when it ends.

    Args:
      admission: Where it was taken.
      key: The connection's address (see :func:`address_key`).
    """

    def __init__(self, admission: Admission, key: str) -> None:
        self._admission = admission
        self._key = key
        self._held = True

    def release(self) -> None:
        """Give the place back (once; later calls do nothing)."""
        if self._held:
            self._held = False
            self._admission._release(self._key)


class Admission:
    """The two limits and the refusal log of one server process.

    Args:
      max_connections: ``--max-connections``, or None for no limit.
      max_per_address: ``--max-per-address``, or None for no limit.
      who: A prefix for the log lines (a worker's name).
    """

    def __init__(
        self, max_connections: int | None, max_per_address: int | None, who: str = ""
    ) -> None:
        self._max = max_connections
        self._max_per_address = max_per_address
        self._who = who
        self._open = 0
        self._by_address: collections.Counter[str] = collections.Counter()
        self._window_end: float | None = None
        self._unlogged: collections.Counter[str] = collections.Counter()

    @property
    def open(self) -> int:
        """How many admitted connections hold a place."""
        return self._open

    def admit(self, sock: trio.socket.SocketType) -> Ticket | None:
        """Decide on an accepted connection: a ticket, or None to refuse it.

        A refusal is logged (or counted, see the module's docstring); the
        caller resets the connection.

        Args:
          sock: The accepted socket.

        Returns:
          The connection's ticket, or None if a limit refuses it.
        """
        self._end_window_if_over()
        try:
            key = address_key(sock)
        except OSError:
            key = "?"  # gone already: counted under one name, refused below
        why = None
        if self._max is not None and self._open >= self._max:
            why = f"{self._open} connections open (--max-connections)"
        elif (
            self._max_per_address is not None
            and self._by_address[key] >= self._max_per_address
        ):
            why = f"{self._by_address[key]} connections from {key} (--max-per-address)"
        if why is not None:
            self._refused(sock, key, why)
            return None
        self._open += 1
        self._by_address[key] += 1
        return Ticket(self, key)

    def flush(self) -> None:
        """Log the summary of refusals not logged yet (at shutdown)."""
        if self._unlogged:
            total = sum(self._unlogged.values())
            key, most = self._unlogged.most_common(1)[0]
            logger.warning(
                "%srefused %d more connection(s) in the last %g s (%d from %s)",
                self._who,
                total,
                WINDOW,
                most,
                key,
            )
            self._unlogged.clear()
        self._window_end = None

    def _end_window_if_over(self) -> None:
        if self._window_end is not None and trio.current_time() >= self._window_end:
            self.flush()

    def _refused(self, sock: trio.socket.SocketType, key: str, why: str) -> None:
        if self._window_end is not None:
            self._unlogged[key] += 1
            return
        self._window_end = trio.current_time() + WINDOW
        peer = peer_name(sock)
        logger.warning(
            "%s%s: refused: %s; further refusals for %g s are summed up",
            self._who,
            peer,
            why,
            WINDOW,
        )

    def _release(self, key: str) -> None:
        self._open -= 1
        self._by_address[key] -= 1
        if not self._by_address[key]:
            del self._by_address[key]
