"""The sans-IO engine: the whole Ossuary protocol, with no I/O.

Most programs want :class:`trio_ossuary.OssuaryStream`, which drives this
engine over a Trio stream.  Use the engine directly to run the protocol over
something else: feed it bytes with
:meth:`~OssuaryConnection.receive_data`, send what
:meth:`~OssuaryConnection.data_to_send` returns, and ask
:meth:`~OssuaryConnection.next_event` what happened.  It takes the same
:class:`trio_ossuary.OssuaryOptions` and raises the same exceptions, which
live in :mod:`trio_ossuary`.
"""

from ._connection import (
    ANONYMOUS_CLIENT_KEY as ANONYMOUS_CLIENT_KEY,
    OssuaryConnection as OssuaryConnection,
)
from ._events import (
    NEED_DATA as NEED_DATA,
    ConnectionClosed as ConnectionClosed,
    DataReceived as DataReceived,
    Event as Event,
    HandshakeComplete as HandshakeComplete,
    NeedData as NeedData,
    SessionReset as SessionReset,
    UntrustedServer as UntrustedServer,
)
from ._public import fixup_module_metadata
from ._state import State as State

__all__ = [
    "ANONYMOUS_CLIENT_KEY",
    "NEED_DATA",
    "ConnectionClosed",
    "DataReceived",
    "Event",
    "HandshakeComplete",
    "NeedData",
    "OssuaryConnection",
    "SessionReset",
    "State",
    "UntrustedServer",
]

fixup_module_metadata(__name__, globals())
del fixup_module_metadata
