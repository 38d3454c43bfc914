"""Events: what :meth:`OssuaryConnection.next_event` reports.

Each event is a small frozen value.  The library never answers on its own
behalf where the application has a choice to make: :class:`UntrustedServer`
waits for :meth:`~OssuaryConnection.approve_server_key` or
:meth:`~OssuaryConnection.reject_server_key`.
"""

from __future__ import annotations

from typing import ClassVar, Final, final

import attrs

from ._keys import PublicKey

__all__ = [
    "NEED_DATA",
    "ConnectionClosed",
    "DataReceived",
    "Event",
    "HandshakeComplete",
    "NeedData",
    "SessionReset",
    "UntrustedServer",
]


@final
class NeedData:
    """The type of :data:`NEED_DATA`, for annotations.

    :meth:`~OssuaryConnection.next_event` returns ``Event | NeedData``.  There
    is only one instance: calling the class returns :data:`NEED_DATA` again,
    so test with ``event is NEED_DATA``.
    """

    __slots__ = ()
    _instance: ClassVar[NeedData | None] = None

    def __new__(cls) -> NeedData:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NEED_DATA"

    def __reduce__(self) -> str:
        return "NEED_DATA"


#: Returned by :meth:`~OssuaryConnection.next_event` when nothing more can
#: happen until more bytes arrive (or the application makes a decision).
NEED_DATA: Final = NeedData()


@attrs.frozen(slots=True)
class HandshakeComplete:
    """The channel is established; data may flow.

    Attributes:
      remote_public_key: The peer's Ed25519 key if it proved it holds that key
          (always for a server; for a client only when it authenticated), or
          None for an anonymous or unverified client.
    """

    remote_public_key: PublicKey | None


@attrs.frozen(slots=True)
class UntrustedServer:
    """The server proved it holds ``public_key``, which we do not trust yet.

    The handshake is paused.  Call
    ``approve_server_key(event.public_key)`` to trust it for this connection
    (trust on first use), or ``reject_server_key(event.public_key)`` to refuse
    it (see :meth:`~OssuaryConnection.approve_server_key`).  A decision names
    its key: if the session was reset meanwhile and another key is waiting,
    a decision about this one is refused.  Be quick: peers give up after
    their handshake wait (3 seconds for the reference).

    Attributes:
      public_key: The server's key.
    """

    public_key: PublicKey


@attrs.frozen(slots=True)
class DataReceived:
    """Application data arrived, decrypted and authenticated, in order.

    Attributes:
      data: The plaintext of one or more records (never empty).
    """

    data: bytes = attrs.field(repr=lambda data: f"<{len(data)} bytes>")


@attrs.frozen(slots=True)
class SessionReset:
    """The session was torn down and a new handshake with fresh keys begins.

    Data in flight in either direction when this happened may be lost: the
    application learns of every reset so it can recover.

    Attributes:
      reason: Why, in words (never containing secret material).
      initiated_locally: True if this side detected the fault and sent the
          first Reset; False if the peer reset the session.
      resets: How many resets this connection has had, this one included.
      data_may_be_lost: Whether application data can have been lost: True
          for every reset once a session has been established, and for a
          server's reset while it waits for ClientAuthentication (the client
          may have completed its handshake and sent data right after it);
          False for the other resets of the first handshake, before which
          no side has sent data.  A stream tells its application of the
          resets where this is True (the trio stream raises
          :exc:`~trio_ossuary.ChannelReset`).
    """

    reason: str
    initiated_locally: bool
    resets: int
    data_may_be_lost: bool = True


@attrs.frozen(slots=True)
class ConnectionClosed:
    """The connection is closed cleanly: the peer sent Disconnect (flag 0).

    Nothing more will arrive; sending is no longer possible.  (After
    :meth:`~OssuaryConnection.close`, :meth:`~OssuaryConnection.next_event`
    also returns this.)
    """


#: The union of all events :meth:`~OssuaryConnection.next_event` returns.
Event = (
    HandshakeComplete | UntrustedServer | DataReceived | SessionReset | ConnectionClosed
)
