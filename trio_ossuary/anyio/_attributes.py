"""The typed attributes an Ossuary stream adds to its transport's."""

from __future__ import annotations

from anyio import TypedAttributeSet, typed_attribute

from .._keys import PublicKey

__all__ = ["OssuaryAttribute"]


class OssuaryAttribute(TypedAttributeSet):
    """What :meth:`OssuaryByteStream.extra <anyio.TypedAttributeProvider.extra>` tells.

    As :class:`anyio.streams.tls.TLSAttribute` does for TLS.  The stream
    also passes on every attribute of its transport (the socket's addresses,
    for example).
    """

    #: The peer's proven Ed25519 key while a session is up.  None for a
    #: client that did not authenticate, and between sessions (after a
    #: reset, until the next handshake completes).  Once the channel has
    #: ended, the key of the peer it ended with.
    remote_public_key: PublicKey | None = typed_attribute()
    #: This end's Ed25519 key; None for an anonymous client.
    local_public_key: PublicKey | None = typed_attribute()
    #: True for the server end of the channel.
    server_side: bool = typed_attribute()
