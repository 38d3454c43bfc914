"""The exceptions trio-ossuary raises.

Everything the library raises on purpose derives from :class:`OssuaryError`.
The split follows h11: :class:`LocalProtocolError` means *you* used the API
wrongly, :class:`RemoteProtocolError` means the *peer* sent something the
protocol forbids.  Authentication failures and permanent connection failures
have classes of their own so that applications can tell them apart.

Bad arguments are not :class:`OssuaryError`: they raise :exc:`TypeError`
for a wrong type and :exc:`ValueError` for a wrong value, when the object is
made (see :class:`~trio_ossuary.OssuaryOptions`).  :class:`LocalProtocolError`
is for a call the connection's present state does not allow.

This module imports neither trio nor any I/O machinery: the sans-IO core uses
it too.  The stream layer adds :class:`~trio_ossuary.ChannelReset`, which is
both an :class:`OssuaryError` and a :class:`trio.BrokenResourceError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._keys import PublicKey

__all__ = [
    "AuthenticationError",
    "ConnectionFailed",
    "HandshakeTimeoutError",
    "LocalProtocolError",
    "OssuaryError",
    "ProtocolVersionError",
    "RemoteProtocolError",
    "UntrustedServerError",
]


class OssuaryError(Exception):
    """Base class of every error trio-ossuary raises on purpose."""


class LocalProtocolError(OssuaryError):
    """The application used the API in a way the protocol does not allow.

    For example: sending data on a connection that has been closed, or
    approving a server key when no approval was asked for.  A bad argument
    is a :exc:`TypeError` or :exc:`ValueError` instead.
    """


class RemoteProtocolError(OssuaryError):
    """The peer sent something the Ossuary protocol does not allow.

    Most malformed input is recoverable and only resets the session (see
    :class:`~trio_ossuary.SessionReset`); this exception is raised for the
    violations that end the connection for good, such as a header announcing a
    packet larger than the protocol's maximum.
    """


class ProtocolVersionError(RemoteProtocolError):
    """The peer speaks a protocol version other than Ossuary v1.

    Attributes:
      version (int): The version byte the peer sent.
    """

    def __init__(self, message: str, *, version: int) -> None:
        super().__init__(message)
        self.version = version


class AuthenticationError(OssuaryError):
    """Host authentication failed.

    Raised for a signature that does not verify, an all-zero key, challenge or
    signature where a real one is required, or a client key that the server
    has not authorized.  The reference implementation resets and retries on
    these, which can never succeed; trio-ossuary fails at once and tells the
    peer with a Disconnect(error).
    """


class UntrustedServerError(AuthenticationError):
    """The server proved it holds a key, but the client does not trust that key.

    Attributes:
      public_key (PublicKey): The server's (validly signed) public key, so the
          application can show its fingerprint or record it.
    """

    def __init__(self, message: str, *, public_key: PublicKey) -> None:
        super().__init__(message)
        self.public_key = public_key


class ConnectionFailed(OssuaryError):
    """The connection failed permanently and can no longer be used.

    Raised when the peer reports a failure with Disconnect(error), when the
    reset limit is reached, and for any later call on a connection that has
    already failed (with the original failure as ``__cause__``).

    Attributes:
      by_peer (bool): True when the peer ended the connection with a
          Disconnect(error).  The peer never says why; a server that refuses
          a client's authentication does this.
    """

    def __init__(self, message: str, *, by_peer: bool = False) -> None:
        super().__init__(message)
        self.by_peer = by_peer


class HandshakeTimeoutError(ConnectionFailed):
    """The peer did not complete the handshake in time."""
