"""Accepting and connecting: OssuaryListener and connect().

The anyio counterparts of :class:`trio_ossuary.OssuaryListener` and
:func:`trio_ossuary.open_ossuary_over_tcp_stream`, shaped like
:class:`anyio.streams.tls.TLSListener` and ``anyio.connect_tcp(...,
tls=True)``: the listener wraps another listener and handshakes each
connection before the handler sees it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, Final, final

import anyio
import anyio.abc

from .._keys import PublicKey, SecretKey
from .._options import (
    DEFAULT_OPTIONS,
    OssuaryOptions,
    TrustPolicy,
    choose_options,
    client_options,
    server_options,
    takes_options,
)
from .._peer import log_handshake_failure, peer_name
from ._stream import OssuaryByteStream
from ._trust import trust_callback

__all__ = ["OssuaryListener", "connect"]

logger: Final = logging.getLogger("trio_ossuary")
#: What a handshake that failed raises from wrap(); anything else is a bug.
_HANDSHAKE_FAILED: Final = (anyio.BrokenResourceError, anyio.ClosedResourceError)


@final
class OssuaryListener(anyio.abc.Listener[OssuaryByteStream]):
    """A listener that handshakes Ossuary on every connection it accepts.

    It wraps another listener (such as one from
    :func:`anyio.create_tcp_listener`).  :meth:`serve` handshakes each
    connection before calling the handler, within ``handshake_timeout``;
    a connection whose handshake fails is logged (on the ``trio_ossuary``
    logger, at warning level) and dropped, and the handler never sees it.
    Any other error making the stream is logged and dropped the same way,
    with its traceback, and serving goes on.
    The handler's stream is closed when the handler returns.  All streams
    prove the same key: the one given, or one made for the listener.

    Args:
      listener: The listener to accept transports from.
      options: The server options as one :class:`~trio_ossuary.OssuaryOptions`.
          Or give them as keywords, as for :meth:`OssuaryByteStream.wrap`.

    Raises:
      TypeError, ValueError: for bad options (``on_untrusted_server``, a
          client option, is a ValueError).

    Attributes:
      listener: The wrapped listener.
    """

    @takes_options
    def __init__(
        self,
        listener: anyio.abc.Listener[Any],
        *,
        options: OssuaryOptions | None = None,
        secret_key: SecretKey | bytes | None = DEFAULT_OPTIONS.secret_key,
        authorized_keys: Iterable[PublicKey | bytes] = DEFAULT_OPTIONS.authorized_keys,
        require_client_auth: bool = DEFAULT_OPTIONS.require_client_auth,
        handshake_timeout: float = DEFAULT_OPTIONS.handshake_timeout,
        max_resets: int = DEFAULT_OPTIONS.max_resets,
        eof_is_close: bool = DEFAULT_OPTIONS.eof_is_close,
    ) -> None:
        self.listener = listener
        self._options = server_options(
            choose_options(
                options,
                secret_key=secret_key,
                authorized_keys=authorized_keys,
                require_client_auth=require_client_auth,
                handshake_timeout=handshake_timeout,
                max_resets=max_resets,
                eof_is_close=eof_is_close,
            )
        )

    @property
    def options(self) -> OssuaryOptions:
        """The options every connection gets (with the listener's key)."""
        return self._options

    @property
    def public_key(self) -> PublicKey:
        """The key this listener's streams prove to clients."""
        key = self._options.secret_key
        assert key is not None
        return key.public_key

    async def serve(
        self,
        handler: Callable[[OssuaryByteStream], Awaitable[Any]],
        task_group: anyio.abc.TaskGroup | None = None,
    ) -> None:
        """Accept connections forever, handshake each, and call ``handler``.

        Args:
          handler: Called with each handshaken stream, in a task of its
              own; the stream is closed when it returns.
          task_group: Where to run those tasks; by default a task group of
              this call's own.
        """

        async def handshake_then_handle(transport: anyio.abc.ByteStream) -> None:
            # Named while the peer is still connected.
            peer = peer_name(
                transport.extra(anyio.abc.SocketAttribute.raw_socket, None)
            )
            try:
                stream = await OssuaryByteStream.wrap(
                    transport, server_side=True, options=self._options
                )
            except _HANDSHAKE_FAILED as exc:
                await anyio.aclose_forcefully(transport)
                log_handshake_failure(logging.WARNING, peer, exc)
                return
            except Exception as exc:
                # Not the peer's doing but a bug: the same line, with the
                # traceback, and the listener serves on.
                await anyio.aclose_forcefully(transport)
                logger.warning(
                    "Ossuary handshake with %s failed: %s",
                    peer,
                    exc.__cause__ or exc,
                    exc_info=exc,
                )
                return
            except BaseException:
                await anyio.aclose_forcefully(transport)
                raise
            async with stream:
                await handler(stream)

        await self.listener.serve(handshake_then_handle, task_group)

    async def aclose(self) -> None:
        """Close the wrapped listener."""
        await self.listener.aclose()

    @property
    def extra_attributes(self) -> Mapping[Any, Callable[[], Any]]:
        """The wrapped listener's attributes."""
        return self.listener.extra_attributes


@takes_options
async def connect(
    host: str,
    port: int,
    *,
    local_host: str | None = None,
    happy_eyeballs_delay: float = 0.25,
    options: OssuaryOptions | None = None,
    secret_key: SecretKey | bytes | None = DEFAULT_OPTIONS.secret_key,
    authorized_keys: Iterable[PublicKey | bytes] = DEFAULT_OPTIONS.authorized_keys,
    on_untrusted_server: TrustPolicy | None = DEFAULT_OPTIONS.on_untrusted_server,
    handshake_timeout: float = DEFAULT_OPTIONS.handshake_timeout,
    max_resets: int = DEFAULT_OPTIONS.max_resets,
    eof_is_close: bool = DEFAULT_OPTIONS.eof_is_close,
) -> OssuaryByteStream:
    """Connect to ``host:port`` over TCP and handshake Ossuary over it.

    The options are checked before anything is connected.  A
    :class:`~trio_ossuary.TrustStore` such as
    :class:`~trio_ossuary.KnownHosts` is asked about ``host`` as given here,
    not the address it resolved to.

    Args:
      host, port: Where to connect, as for :func:`anyio.connect_tcp`.
      local_host, happy_eyeballs_delay: TCP's own options, passed to
          :func:`anyio.connect_tcp`.
      options: The client options as one :class:`~trio_ossuary.OssuaryOptions`.
          Or give them as keywords, as for :meth:`OssuaryByteStream.wrap`.

    Returns:
      The stream, handshaken.  If the handshake fails, the TCP connection is
      closed.

    Raises:
      TypeError, ValueError: for bad options (``require_client_auth``, a
          server option, is a ValueError).
      OSError: if the TCP connection cannot be made.
      anyio.BrokenResourceError: the handshake failed; its ``__cause__``
          says why.
    """
    checked = choose_options(
        options,
        secret_key=secret_key,
        authorized_keys=authorized_keys,
        on_untrusted_server=on_untrusted_server,
        handshake_timeout=handshake_timeout,
        max_resets=max_resets,
        eof_is_close=eof_is_close,
    )
    checked = client_options(checked, host, port, trust_callback)
    tcp = await anyio.connect_tcp(
        host,
        port,
        local_host=local_host,
        happy_eyeballs_delay=happy_eyeballs_delay,
    )
    try:
        return await OssuaryByteStream.wrap(tcp, options=checked)
    except BaseException:
        await anyio.aclose_forcefully(tcp)
        raise
