"""Where the command line listens and what it connects to: TCP and Unix sockets.

Theory of operation
===================

Addresses are written ``unix:PATH`` (a Unix-domain stream socket),
``HOST:PORT`` or ``[IPV6]:PORT`` (one host), or ``PORT`` / ``:PORT`` (every
address family: every interface for ``serve``, the loopback addresses for
``connect``).  :class:`Endpoint` holds either form.

*One port for every family.*  ``trio.open_tcp_listeners(0)`` gives IPv4 and
IPv6 different free ports, and a printed ``listening on`` line can only name
one.  So the addresses are bound in turn, the first to the port asked for
(maybe 0) and the rest to the port the first one got, each IPv6 socket with
``IPV6_V6ONLY`` so that the families do not collide.  With port 0 the port
the kernel picked may be taken in another family; then everything is closed
and tried again, a few times.  A family the machine lacks (no IPv6 in the
kernel, or no ``::1`` on the loopback) is skipped silently as long as some
address was bound, so the same command line works with and without IPv6.

*Unix sockets* are created under ``umask 0177``, so the socket file is
``0600`` (only its owner may connect) from the moment it appears: no window
in which another user could connect.  A file already at the path is only
replaced if it is a socket that nobody answers on (one left by a server that
was killed); a live socket is "address already in use", and anything that is
not a socket is left alone.  On exit the file is removed, but only if it is
still the one this process made (same device and inode), so a server that
started since is not robbed of its socket.

*Workers.*  :func:`bind_endpoint` can make several independent copies of the
listening sockets, all on the same port with ``SO_REUSEPORT`` (Linux spreads
new connections over them), for :mod:`.workers`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import stat
import struct
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

import trio

from .._address import format_host_port, parse_host_port
from .errors import logger
from .keepalive import KeepAlive

__all__ = [
    "Bound",
    "Endpoint",
    "bind_endpoint",
    "has_load_balancing_reuse_port",
    "open_endpoint",
    "parse_endpoint",
    "reset_socket",
]

_UNIX_PREFIX: Final = "unix:"
#: sun_path holds 108 bytes on Linux (104 on the BSDs), including a NUL.
_UNIX_PATH_MAX: Final = 103 if sys.platform != "linux" else 107
#: Let the kernel cap the backlog (somaxconn), as trio does.
_BACKLOG: Final = 0xFFFF
#: How often ``port 0`` is tried again when another family has the port.
_PORT_ZERO_TRIES: Final = 8
#: Errors meaning "this machine has no such address family or address".
_UNAVAILABLE: Final = frozenset(
    {errno.EAFNOSUPPORT, errno.EPROTONOSUPPORT, errno.EADDRNOTAVAIL}
)
_LOOPBACKS: Final = ("127.0.0.1", "::1")


@dataclass(frozen=True)
class Endpoint:
    """A TCP address or a Unix-domain socket path, as typed on the command line.

    Attributes:
      host: The host, or None for "every address family" (``PORT``).
      port: The TCP port (0 for a Unix socket).
      path: The Unix socket's path, or None for TCP.
    """

    host: str | None = None
    port: int = 0
    path: str | None = None

    def __str__(self) -> str:
        if self.path is not None:
            return f"{_UNIX_PREFIX}{self.path}"
        if self.host is None:
            return f"*:{self.port}"
        return format_host_port(self.host, self.port)


def parse_endpoint(text: str, *, host_required: bool, port_zero: bool) -> Endpoint:
    """Parse ``unix:PATH``, ``HOST:PORT``, ``[IPV6]:PORT``, ``:PORT`` or ``PORT``.

    Args:
      text: What the user typed.
      host_required: Whether a TCP address must name its host.
      port_zero: Whether port 0 ("any free port") is allowed.

    Returns:
      The endpoint.

    Raises:
      ValueError: with a message saying what is wrong.
    """
    if text.startswith(_UNIX_PREFIX):
        path = text[len(_UNIX_PREFIX) :]
        if not path:
            raise ValueError(f"invalid address {text!r}: the socket path is empty")
        if "\0" in path:
            raise ValueError(f"invalid address {text!r}: NUL in the socket path")
        if len(os.fsencode(path)) > _UNIX_PATH_MAX:
            raise ValueError(
                f"invalid address {text!r}: a Unix socket path may have at most "
                f"{_UNIX_PATH_MAX} bytes"
            )
        return Endpoint(path=path)
    if not host_required and text.startswith(":") and text[1:].isdigit():
        text = text[1:]
    host, port = parse_host_port(text, bare_port=not host_required, zero_ok=port_zero)
    return Endpoint(host=host, port=port)


# ---------------------------------------------------------------------------
# Listening


@dataclass
class Bound:
    """Listening sockets made by :func:`bind_endpoint`.

    Attributes:
      copies: One list of listening sockets per copy asked for; with
          ``SO_REUSEPORT`` they are independent sockets on the same port,
          otherwise every copy is the same list.
      unix_identity: For a Unix socket, the ``(device, inode)`` of its file.
      endpoint: What was asked for.
    """

    copies: list[list[socket.socket]]
    endpoint: Endpoint
    unix_identity: tuple[int, int] | None = None

    @property
    def sockets(self) -> list[socket.socket]:
        """The first copy's sockets."""
        return self.copies[0]

    def names(self) -> list[str]:
        """What each socket of the first copy listens on, for messages."""
        if self.endpoint.path is not None:
            return [str(self.endpoint)]
        return [format_host_port(*sock.getsockname()[:2]) for sock in self.sockets]

    def close(self) -> None:
        """Close every socket (in this process)."""
        for copy in self.copies:
            for sock in copy:
                sock.close()

    def remove_socket_file(self) -> None:
        """Remove the Unix socket file, if it is still the one made here."""
        path = self.endpoint.path
        if path is None or self.unix_identity is None:
            return
        with contextlib.suppress(OSError):
            info = os.lstat(path)
            if (info.st_dev, info.st_ino) == self.unix_identity:
                os.unlink(path)


def has_load_balancing_reuse_port() -> bool:
    """Whether ``SO_REUSEPORT`` spreads connections over sockets (Linux does).

    Elsewhere (the BSDs, macOS) the option exists but one socket gets every
    connection, so workers share one listening socket instead.
    """
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def bind_endpoint(
    endpoint: Endpoint, *, loopback_default: bool, copies: int = 1
) -> Bound:
    """Open listening sockets for ``endpoint`` (plain, blocking-agnostic).

    Args:
      endpoint: Where to listen.
      loopback_default: For an endpoint without a host: listen on the
          loopback addresses (True) or on every interface (False).
      copies: How many independent copies to make (for worker processes);
          more than one needs :func:`has_load_balancing_reuse_port` for TCP,
          and otherwise every copy shares the same sockets.

    Returns:
      The sockets.

    Raises:
      OSError: if nothing could be bound; ``FileExistsError`` for a Unix
          socket path taken by something that is not a socket.
    """
    if endpoint.path is not None:
        sock, identity = _bind_unix(endpoint.path)
        return Bound([[sock]] * copies, endpoint, identity)
    reuse_port = copies > 1 and has_load_balancing_reuse_port()
    addresses = _addresses(endpoint, loopback_default)
    port = endpoint.port
    for attempt in range(_PORT_ZERO_TRIES):
        try:
            first = _bind_all(addresses, port, reuse_port=reuse_port)
        except OSError as exc:
            if (
                exc.errno == errno.EADDRINUSE
                and port == 0
                and attempt + 1 < (_PORT_ZERO_TRIES)
            ):
                continue
            raise
        chosen = first[0].getsockname()[1]
        result = [first]
        try:
            for _ in range(copies - 1):
                result.append(
                    _bind_all(addresses, chosen, reuse_port=True)
                    if reuse_port
                    else first
                )
        except BaseException:
            for group in result:
                for sock in group:
                    sock.close()
            raise
        return Bound(result, endpoint)
    raise AssertionError("unreachable")  # pragma: no cover


def _addresses(
    endpoint: Endpoint, loopback_default: bool
) -> list[tuple[int, tuple[str, int] | tuple[str, int, int, int]]]:
    hosts: tuple[str | None, ...]
    if endpoint.host is not None:
        hosts = (endpoint.host,)
    elif loopback_default:
        hosts = _LOOPBACKS
    else:
        hosts = (None,)
    found: list[tuple[int, tuple[str, int] | tuple[str, int, int, int]]] = []
    error: OSError | None = None
    for host in hosts:
        try:
            infos = socket.getaddrinfo(
                host, 0, socket.AF_UNSPEC, socket.SOCK_STREAM, 0, socket.AI_PASSIVE
            )
        except OSError as exc:  # e.g. ::1 on a machine without IPv6
            error = error or exc
            continue
        for family, _, _, _, address in infos:
            if family in (socket.AF_INET, socket.AF_INET6):
                entry = (int(family), address)
                if entry not in found:
                    found.append(entry)  # type: ignore[arg-type]
    if not found:
        raise error or OSError(errno.EADDRNOTAVAIL, "no address to listen on")
    return found


def _bind_all(
    addresses: list[tuple[int, tuple[str, int] | tuple[str, int, int, int]]],
    port: int,
    *,
    reuse_port: bool,
) -> list[socket.socket]:
    """Bind every address to ``port`` (the first one's port if 0)."""
    bound: list[socket.socket] = []
    first_error: OSError | None = None
    try:
        for family, address in addresses:
            try:
                sock = socket.socket(family, socket.SOCK_STREAM)
            except OSError as exc:
                if exc.errno not in _UNAVAILABLE:
                    raise
                first_error = first_error or exc
                logger.debug("skipping %s: %s", address[0], exc)
                continue
            try:
                if sys.platform != "win32":
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                if reuse_port:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                if family == socket.AF_INET6:
                    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                sock.bind((address[0], port, *address[2:]))
            except OSError as exc:
                sock.close()
                if exc.errno not in _UNAVAILABLE or (len(addresses) == 1 and not bound):
                    raise
                first_error = first_error or exc
                logger.debug("skipping %s: %s", address[0], exc)
                continue
            bound.append(sock)
            port = sock.getsockname()[1]
        if not bound:
            assert first_error is not None
            raise first_error
        for sock in bound:
            sock.listen(_BACKLOG)
    except BaseException:
        for sock in bound:
            sock.close()
        raise
    return bound


@contextlib.contextmanager
def _umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def _bind_unix(path: str) -> tuple[socket.socket, tuple[int, int]]:
    _clear_stale_socket(path)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        # The file is 0600 from the start: no moment when others may connect.
        with _umask(0o177):
            sock.bind(path)
        info = os.lstat(path)
        sock.listen(_BACKLOG)
    except BaseException:
        sock.close()
        raise
    return sock, (info.st_dev, info.st_ino)


def _clear_stale_socket(path: str) -> None:
    """Remove a socket file at ``path`` that nobody is listening on."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISSOCK(info.st_mode):
        raise FileExistsError(
            "the path exists and is not a socket: not replacing it (remove it "
            "or choose another path)"
        )
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(1.0)
    try:
        probe.connect(path)
    except (ConnectionRefusedError, FileNotFoundError):
        pass  # stale: its server is gone
    except OSError as exc:
        if isinstance(exc, TimeoutError):  # a live server with a full backlog
            raise OSError(errno.EADDRINUSE, os.strerror(errno.EADDRINUSE)) from None
        raise
    else:
        raise OSError(errno.EADDRINUSE, os.strerror(errno.EADDRINUSE))
    finally:
        probe.close()
    logger.info("removing the stale socket %s", path)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


# ---------------------------------------------------------------------------
# Connecting, and aborting


async def open_endpoint(
    endpoint: Endpoint, keepalive: KeepAlive | None = None
) -> trio.SocketStream:
    """Connect to a TCP address or a Unix socket.

    Args:
      endpoint: Where to connect; it must have a host or a path.
      keepalive: Keep-alive settings for a TCP connection (default:
          :class:`.keepalive.KeepAlive`'s).

    Returns:
      The connection.

    Raises:
      OSError: if the connection cannot be made.
    """
    if endpoint.path is not None:
        return await trio.open_unix_socket(endpoint.path)
    assert endpoint.host is not None
    stream = await trio.open_tcp_stream(endpoint.host, endpoint.port)
    (KeepAlive() if keepalive is None else keepalive).apply(stream.socket)
    return stream


def reset_socket(sock: socket.socket | trio.socket.SocketType) -> None:
    """Close a connected socket abortively: a reset (RST), not an end of file.

    ``SO_LINGER`` with a zero timeout makes the close discard what is
    unsent and send a reset, as stunnel's ``reset = yes`` does, so the
    application at the other end sees a failure it cannot take for the end
    of a complete transfer.  The one place the command line does this.

    Args:
      sock: A connected TCP or Unix socket (already closed: nothing to do).
    """
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()
