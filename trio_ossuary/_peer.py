"""Naming the other end of a connection: one helper for every log line.

The stream needs the server's address to look it up in a known-hosts store
(:func:`peer_address`); the listener and the command line name the peer in
their log lines (:func:`peer_name`).  Both ask the socket under the
transport, whatever wraps it, and neither raises: a socket that was reset
before anyone asked has no name to give.  Both adapters' listeners say the
same thing about a handshake that failed (:func:`log_handshake_failure`).
"""

from __future__ import annotations

import logging
import os
import socket
import struct
from typing import Final

from ._address import HostPort, format_host_port

__all__ = ["UNKNOWN_PEER", "log_handshake_failure", "peer_address", "peer_name"]

logger: Final = logging.getLogger("trio_ossuary")
#: What :func:`peer_name` says when the socket cannot tell.
UNKNOWN_PEER: Final = "an unknown peer"


def _socket_of(transport: object) -> socket.socket | None:
    """The socket under ``transport`` (itself if it is one), or None."""
    if hasattr(transport, "getpeername"):
        return transport  # type: ignore[return-value]
    inner = getattr(transport, "socket", None)
    return inner if hasattr(inner, "getpeername") else None


def peer_address(transport: object) -> HostPort | None:
    """The TCP (host, port) that ``transport`` is connected to, if known.

    Args:
      transport: A :class:`trio.SocketStream`, anything with its
          ``socket`` attribute, or a socket.

    Returns:
      The address, or None for anything but a connected TCP socket.
    """
    sock = _socket_of(transport)
    if sock is None or sock.family not in (socket.AF_INET, socket.AF_INET6):
        return None
    try:
        address = sock.getpeername()
    except OSError:
        return None
    return str(address[0]), int(address[1])


def peer_name(transport: object) -> str:
    """Name the other end of a connection for a log line.

    Args:
      transport: A :class:`trio.SocketStream`, anything with its ``socket``
          attribute, or a socket.

    Returns:
      ``HOST:PORT`` (``[IPV6]:PORT``); for a Unix socket ``unix:PATH``, with
      the peer's process and user ids where the platform tells them; or
      :data:`UNKNOWN_PEER`.
    """
    address = peer_address(transport)
    if address is not None:
        return format_host_port(*address)
    sock = _socket_of(transport)
    if sock is None or sock.family != getattr(socket, "AF_UNIX", None):
        return UNKNOWN_PEER
    try:
        local = sock.getsockname()
    except OSError:
        return UNKNOWN_PEER
    name = f"unix:{os.fsdecode(local) if local else '?'}"
    credentials = getattr(socket, "SO_PEERCRED", None)
    if credentials is not None:
        try:
            raw = sock.getsockopt(socket.SOL_SOCKET, credentials, struct.calcsize("3i"))
        except OSError:
            return name
        pid, uid, _ = struct.unpack("3i", raw)
        name += f" (pid {pid}, uid {uid})"
    return name


def log_handshake_failure(level: int, peer: str, exc: BaseException) -> None:
    """Log that the handshake with ``peer`` failed, and why.

    ``exc`` is what the adapter raised; its ``__cause__``, when there is
    one, is the reason (the adapters raise their framework's
    BrokenResourceError from it).
    """
    logger.log(
        level, "Ossuary handshake with %s failed: %s", peer, exc.__cause__ or exc
    )
