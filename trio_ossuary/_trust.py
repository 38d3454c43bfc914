"""The trio side of the trust policy: binding a store to the server's address.

:mod:`._options` declares what ``on_untrusted_server`` accepts and stays free
of trio, because the sans-IO engine imports it.  What needs trio lives here,
for the stream and the listener: turning a
:class:`~trio_ossuary.TrustStore` into a :data:`~trio_ossuary.TrustCallback`
whose (possibly blocking) decisions run in a worker thread.
"""

from __future__ import annotations

import trio

from ._keys import PublicKey
from ._options import TrustCallback, TrustStore

__all__ = ["trust_callback"]


def trust_callback(store: TrustStore, host: str, port: int) -> TrustCallback:
    """Bind ``store`` to one server: its decisions run in a worker thread.

    Raises:
      ValueError, TypeError: as ``store.for_host`` does for a bad address.
    """
    check = store.for_host(host, port)

    async def decide(key: PublicKey) -> bool:
        return await trio.to_thread.run_sync(check, key)

    return decide
