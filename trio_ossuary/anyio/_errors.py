"""The one exception of the anyio adapter: its ChannelReset.

It cannot live with the others in ``trio_ossuary/_errors.py``: that module
is imported by ``import trio_ossuary``, which must not import anyio, and
anyio's adapter needs its reset to be an :exc:`anyio.BrokenResourceError`
(as the trio stream's is a :exc:`trio.BrokenResourceError`).  It is still
an :exc:`~trio_ossuary.OssuaryError`, so code that catches those catches
it.
"""

from __future__ import annotations

from typing import final

import anyio

from .._errors import OssuaryError

__all__ = ["ChannelReset"]


@final
class ChannelReset(OssuaryError, anyio.BrokenResourceError):
    """The Ossuary session was reset; data in flight may have been lost.

    It is an :exc:`anyio.BrokenResourceError`, so code that treats a stream
    generically sees a broken stream.  Code that knows Ossuary can catch it
    and keep using the stream: the next call handshakes again with fresh
    ephemeral keys.  Each direction raises it once per reset that may have
    lost data.

    Attributes:
      reason (str): What caused the reset, in words.
      resets (int): How many resets the connection has had so far.
    """

    def __init__(self, reason: str, *, resets: int) -> None:
        super().__init__(f"the Ossuary session was reset: {reason}")
        self.reason = reason
        self.resets = resets
