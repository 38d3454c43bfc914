"""The exceptions and warnings trio-ossuary raises: every public one lives here.

Everything the library raises on purpose derives from :class:`OssuaryError`,
and the tree says what a caller can catch::

   OssuaryError
   ├── LocalProtocolError           you called the engine in a state that forbids it
   ├── RemoteProtocolError          the peer broke the protocol
   │   └── ProtocolVersionError
   ├── AuthenticationError          a key or signature check failed
   │   └── UntrustedServerError     the client does not trust the server's key
   │       └── HostKeyChangedError  ... because a different one is on record
   ├── ConnectionFailed             the connection failed for good
   │   └── HandshakeTimeoutError
   ├── ChannelReset                 the session was reset (a trio.BrokenResourceError)
   └── FileError                    a key file or the known-hosts file is unusable
       ├── KeyFileError
       │   └── PassphraseRequiredError
       └── KnownHostsError

   UserWarning
   └── AuthorizedKeysWarning        an authorized_keys line was (partly) ignored

Two branches, two kinds of caller.  The connection branch (everything but
:class:`FileError`) is what the engine and the stream raise; the stream wraps
it as the ``__cause__`` of a :exc:`trio.BrokenResourceError`, as
:class:`trio.SSLStream` does for TLS errors, and raises
:class:`ChannelReset` itself.  The file branch is what the key-file functions
and :class:`~trio_ossuary.KnownHosts` raise, before or outside any connection:
catch :class:`FileError` to report any unusable file, or one of its
subclasses to tell which.  A known-hosts file is not a key file, so
:class:`KnownHostsError` is not a :class:`KeyFileError`.  The split between
local and remote protocol errors follows h11.

Bad arguments are not :class:`OssuaryError`: they raise :exc:`TypeError`
for a wrong type and :exc:`ValueError` for a wrong value, when the object is
made or the function called (see :class:`~trio_ossuary.OssuaryOptions`).
:class:`LocalProtocolError` is for a call the connection's present state
does not allow.

This module imports trio, for one reason: :class:`ChannelReset` is a
:exc:`trio.BrokenResourceError`, so that generic stream code sees a broken
stream, and its one home is here.  That does not make the sans-IO engine
do I/O, which is what "sans-IO" promises: the engine never raises
:class:`ChannelReset` (it reports a :class:`~trio_ossuary.sansio.SessionReset`
event) and calls nothing in trio.  trio is a dependency of the package
anyway, the engine's options module already imports it, and the
alternatives (defining the class in the stream module, or building it lazily
on first use) would split the errors over two homes again or make its
identity depend on import order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, final

import trio

from ._address import format_host_port

if TYPE_CHECKING:
    from ._keys import PublicKey

__all__ = [
    "AuthenticationError",
    "AuthorizedKeysWarning",
    "ChannelReset",
    "ConnectionFailed",
    "FileError",
    "HandshakeTimeoutError",
    "HostKeyChangedError",
    "KeyFileError",
    "KnownHostsError",
    "LocalProtocolError",
    "OssuaryError",
    "PassphraseRequiredError",
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
    :class:`~trio_ossuary.sansio.SessionReset`); this exception is raised for the
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

    Args:
      message: What failed.
      public_key: The key the peer proved, when the failure is about that
          key (a client key the server has not authorized).

    Attributes:
      public_key (PublicKey | None): That key, so a log line can name the
          peer that was refused; None when it proved none.
    """

    def __init__(self, message: str, *, public_key: PublicKey | None = None) -> None:
        super().__init__(message)
        self.public_key = public_key


class UntrustedServerError(AuthenticationError):
    """The server proved it holds a key, but the client does not trust that key.

    Attributes:
      public_key (PublicKey): The server's (validly signed) public key, so the
          application can show its fingerprint or record it.
    """

    public_key: PublicKey

    def __init__(self, message: str, *, public_key: PublicKey) -> None:
        super().__init__(message, public_key=public_key)


@final
class HostKeyChangedError(UntrustedServerError):
    """The server's key differs from the one recorded for its host and port.

    This is what a man-in-the-middle attack looks like, so it is never
    accepted silently.  If the change is expected, remove the old entry (for
    example with :meth:`~trio_ossuary.KnownHosts.remove`) and connect again.

    Attributes:
      public_key (PublicKey): The key the server presented.
      known_key (PublicKey): The key on record.
      host (str): The host, as written in the file.
      port (int): The port.
      path (str): The known-hosts file.
      lineno (int): The line of the recorded entry.
    """

    def __init__(
        self,
        host: str,
        port: int,
        *,
        public_key: PublicKey,
        known_key: PublicKey,
        path: str,
        lineno: int,
    ) -> None:
        super().__init__(
            f"the host key for {format_host_port(host, port)} has changed: the "
            f"server presented {public_key.fingerprint()} but {path!r} line "
            f"{lineno} records {known_key.fingerprint()}; this could be a "
            f"man-in-the-middle attack, and if the new key is expected, remove "
            f"line {lineno} from {path!r}",
            public_key=public_key,
        )
        self.known_key = known_key
        self.host = host
        self.port = port
        self.path = path
        self.lineno = lineno


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


class ChannelReset(OssuaryError, trio.BrokenResourceError):
    """The Ossuary session was reset; data in flight may have been lost.

    It is a :exc:`trio.BrokenResourceError`, so code that treats a stream
    generically sees a broken stream.  Code that knows Ossuary can catch it
    and keep using the stream: the next call handshakes again with fresh
    ephemeral keys.  Each direction raises it once per reset.

    Attributes:
      reason (str): What caused the reset, in words.
      resets (int): How many resets the connection has had so far.
    """

    def __init__(self, reason: str, *, resets: int) -> None:
        super().__init__(f"the Ossuary session was reset: {reason}")
        self.reason = reason
        self.resets = resets


class FileError(OssuaryError):
    """A file the library reads or writes for you is unusable.

    The base of :class:`KeyFileError` and :class:`KnownHostsError`: catch it
    to report any missing, unreadable, too open, malformed or unwritable key
    or known-hosts file.  The message is one line, names the file (and the
    line, where there is one) and never quotes key material.
    """


class KeyFileError(FileError):
    """A key file (or key text) is missing, unreadable, or not a usable key.

    Raised by the key-file functions of :mod:`trio_ossuary.keyfiles`.
    """


@final
class PassphraseRequiredError(KeyFileError):
    """The key file is encrypted and no passphrase was given.

    Catch it to ask the user for one and try again.
    """


@final
class KnownHostsError(FileError):
    """The known-hosts file cannot be read, parsed or written.

    The message names the file, and the line number for a corrupt line.
    """


@final
class AuthorizedKeysWarning(UserWarning):
    """An ``authorized_keys`` line was partly or wholly ignored.

    Issued for a line whose key options were ignored, and for a line holding a
    key of a type other than Ed25519, which is skipped.
    """
