"""Ossuary for asyncio and trio alike, through anyio.

An adapter with the promises of :class:`trio_ossuary.OssuaryStream`, for
programs written on :mod:`asyncio` (from a plain ``asyncio.run(main())``)
or on anyio with either backend.  It needs the ``anyio`` extra
(``pip install 'trio-ossuary[anyio]'``); ``import trio_ossuary`` alone does
not import anyio.

It follows anyio's conventions for TLS (:class:`anyio.streams.tls.TLSStream`,
:class:`~anyio.streams.tls.TLSListener`,
:class:`~anyio.streams.tls.TLSAttribute`): :meth:`OssuaryByteStream.wrap`
wraps any anyio byte stream and returns it handshaken, :class:`OssuaryListener`
wraps any listener, :func:`connect` dials TCP, and :class:`OssuaryAttribute`
names the keys.  Keys, options, trust stores and every other exception are
the ones of :mod:`trio_ossuary`.
"""

from .._public import fixup_module_metadata
from ._attributes import OssuaryAttribute as OssuaryAttribute
from ._errors import ChannelReset as ChannelReset
from ._listener import OssuaryListener as OssuaryListener, connect as connect
from ._stream import OssuaryByteStream as OssuaryByteStream

__all__ = [
    "ChannelReset",
    "OssuaryAttribute",
    "OssuaryByteStream",
    "OssuaryListener",
    "connect",
]

fixup_module_metadata(__name__, globals())
del fixup_module_metadata
