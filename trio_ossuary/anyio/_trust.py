"""Binding a trust store to the server's address, on anyio's threads.

The anyio counterpart of ``trio_ossuary/_trust.py``: the address comes from
the socket under the transport (its :class:`anyio.abc.SocketAttribute`
``raw_socket``), asked as the trio stream asks it (``_peer.py``), and the
store's (possibly blocking) decisions run in :func:`anyio.to_thread.run_sync`.
"""

from __future__ import annotations

import anyio
import anyio.abc
import anyio.to_thread

from .. import _peer
from .._keys import PublicKey
from .._options import TrustCallback, TrustStore

__all__ = ["peer_address", "trust_callback"]


def trust_callback(store: TrustStore, host: str, port: int) -> TrustCallback:
    """Bind ``store`` to one server: its decisions run in a worker thread.

    Raises:
      ValueError, TypeError: as ``store.for_host`` does for a bad address.
    """
    check = store.for_host(host, port)

    async def decide(key: PublicKey) -> bool:
        return await anyio.to_thread.run_sync(check, key)

    return decide


def peer_address(transport: anyio.abc.ByteStream) -> tuple[str, int] | None:
    """The (host, port) an anyio socket stream is connected to, if known."""
    return _peer.peer_address(
        transport.extra(anyio.abc.SocketAttribute.raw_socket, None)
    )
