"""Listening and connecting: OssuaryListener and the TCP helpers.

These mirror trio's TLS helpers (:class:`trio.SSLListener`,
:func:`trio.open_ssl_over_tcp_stream`, :func:`trio.serve_ssl_over_tcp`), with
one addition: :func:`serve_ossuary_over_tcp` completes each connection's
handshake in that connection's own task, under the handshake timeout, before
the handler sees the stream.  A slow or hostile client therefore only ever
delays itself, and a failed handshake is logged and dropped while the server
keeps serving.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import NoReturn, TypeAlias, final

import trio

from ._keys import PublicKey, SecretKey
from ._options import (
    DEFAULT_OPTIONS,
    OssuaryOptions,
    TrustPolicy,
    choose_options,
    client_options,
    server_options,
    takes_options,
)
from ._peer import log_handshake_failure, peer_name
from ._stream import OssuaryStream
from ._trust import trust_callback

__all__ = [
    "OssuaryListener",
    "open_ossuary_over_tcp_listeners",
    "open_ossuary_over_tcp_stream",
    "serve_ossuary_over_tcp",
]


# OssuaryStream[...] is written as a string here and in Handler below: typing
# caches each subscripted generic, and one made now, before __init__ renames
# OssuaryStream's module to trio_ossuary, would show the private module in
# every signature that uses it.
@final
class OssuaryListener(trio.abc.Listener["OssuaryStream[trio.abc.Stream]"]):
    """Accepts connections from another listener and wraps them in Ossuary.

    The handshake is not done by :meth:`accept`: it runs on first use of the
    stream (or call :meth:`OssuaryStream.do_handshake`), so that it runs in
    the connection's own task.

    The options are checked once, here, and every accepted stream shares
    them.  Without a ``secret_key`` the listener makes one key and uses it
    for every connection, so clients see one identity.

    Args:
      transport_listener: The listener to accept transports from, for
          example a :class:`trio.SocketListener`.
      options: The server options as one :class:`OssuaryOptions`.  Or give
          them as keywords, as for :class:`OssuaryStream`: ``secret_key``,
          ``authorized_keys``, ``require_client_auth``, ``handshake_timeout``,
          ``max_resets``, ``eof_is_close``.

    Raises:
      TypeError, ValueError: for bad options, as :class:`OssuaryStream` does
          (``on_untrusted_server``, a client option, is a ValueError).

    Attributes:
      transport_listener: The wrapped listener.
    """

    @takes_options
    def __init__(
        self,
        transport_listener: trio.abc.Listener[trio.abc.Stream],
        *,
        options: OssuaryOptions | None = None,
        secret_key: SecretKey | bytes | None = DEFAULT_OPTIONS.secret_key,
        authorized_keys: Iterable[PublicKey | bytes] = DEFAULT_OPTIONS.authorized_keys,
        require_client_auth: bool = DEFAULT_OPTIONS.require_client_auth,
        handshake_timeout: float = DEFAULT_OPTIONS.handshake_timeout,
        max_resets: int = DEFAULT_OPTIONS.max_resets,
        eof_is_close: bool = DEFAULT_OPTIONS.eof_is_close,
    ) -> None:
        self.transport_listener = transport_listener
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
        """The options every accepted stream gets (with the listener's key)."""
        return self._options

    @property
    def public_key(self) -> PublicKey:
        """The key this listener's streams prove to clients."""
        key = self._options.secret_key
        assert key is not None
        return key.public_key

    async def accept(self) -> OssuaryStream[trio.abc.Stream]:
        """Accept the next transport and wrap it (no handshake yet).

        Raises:
          trio.ClosedResourceError, OSError: as the transport listener does.
        """
        transport = await self.transport_listener.accept()
        return OssuaryStream(transport, server_side=True, options=self._options)

    async def aclose(self) -> None:
        """Close the transport listener."""
        await self.transport_listener.aclose()


@takes_options
async def open_ossuary_over_tcp_stream(
    host: str | bytes,
    port: int,
    *,
    happy_eyeballs_delay: float | None = 0.25,
    options: OssuaryOptions | None = None,
    secret_key: SecretKey | bytes | None = DEFAULT_OPTIONS.secret_key,
    authorized_keys: Iterable[PublicKey | bytes] = DEFAULT_OPTIONS.authorized_keys,
    on_untrusted_server: TrustPolicy | None = DEFAULT_OPTIONS.on_untrusted_server,
    handshake_timeout: float = DEFAULT_OPTIONS.handshake_timeout,
    max_resets: int = DEFAULT_OPTIONS.max_resets,
    eof_is_close: bool = DEFAULT_OPTIONS.eof_is_close,
) -> OssuaryStream[trio.SocketStream]:
    """Connect to ``host:port`` over TCP and wrap the connection in Ossuary.

    The handshake happens on first use, or call
    :meth:`OssuaryStream.do_handshake`.  The options are checked before
    anything is connected.  A :class:`TrustStore` given as
    ``on_untrusted_server`` is asked about ``host`` as given here, not the
    address it resolved to.

    Args:
      host, port, happy_eyeballs_delay: As for :func:`trio.open_tcp_stream`.
      options: The client options as one :class:`OssuaryOptions`.  Or give
          them as keywords, as for :class:`OssuaryStream`: ``secret_key``,
          ``authorized_keys``, ``on_untrusted_server``, ``handshake_timeout``,
          ``max_resets``, ``eof_is_close``.

    Raises:
      TypeError, ValueError: for bad options, as :class:`OssuaryStream` does
          (``require_client_auth``, a server option, is a ValueError).
      OSError: if the TCP connection cannot be made.
    """
    options = choose_options(
        options,
        secret_key=secret_key,
        authorized_keys=authorized_keys,
        on_untrusted_server=on_untrusted_server,
        handshake_timeout=handshake_timeout,
        max_resets=max_resets,
        eof_is_close=eof_is_close,
    )
    options = client_options(options, host, port, trust_callback)
    tcp = await trio.open_tcp_stream(
        host, port, happy_eyeballs_delay=happy_eyeballs_delay
    )
    try:
        return OssuaryStream(tcp, options=options)
    except BaseException:
        await trio.aclose_forcefully(tcp)
        raise


@takes_options
async def open_ossuary_over_tcp_listeners(
    port: int,
    *,
    host: str | bytes | None = None,
    backlog: int | None = None,
    options: OssuaryOptions | None = None,
    secret_key: SecretKey | bytes | None = DEFAULT_OPTIONS.secret_key,
    authorized_keys: Iterable[PublicKey | bytes] = DEFAULT_OPTIONS.authorized_keys,
    require_client_auth: bool = DEFAULT_OPTIONS.require_client_auth,
    handshake_timeout: float = DEFAULT_OPTIONS.handshake_timeout,
    max_resets: int = DEFAULT_OPTIONS.max_resets,
    eof_is_close: bool = DEFAULT_OPTIONS.eof_is_close,
) -> list[OssuaryListener]:
    """Listen for Ossuary connections over TCP.

    Args:
      port, host, backlog: As for :func:`trio.open_tcp_listeners`.
      options: The server options as one :class:`OssuaryOptions`.  Or give
          them as keywords, as for :class:`OssuaryStream`: ``secret_key``,
          ``authorized_keys``, ``require_client_auth``, ``handshake_timeout``,
          ``max_resets``, ``eof_is_close``.  Without a ``secret_key`` one key is made
          and shared by all the listeners.

    Returns:
      One :class:`OssuaryListener` per TCP listener.

    Raises:
      TypeError, ValueError: for bad options (checked before listening), as
          :class:`OssuaryListener` does.
      OSError: as :func:`trio.open_tcp_listeners` does.
    """
    options = server_options(
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
    tcp_listeners = await trio.open_tcp_listeners(port, host=host, backlog=backlog)
    return [OssuaryListener(listener, options=options) for listener in tcp_listeners]


Handler: TypeAlias = "Callable[[OssuaryStream[trio.abc.Stream]], Awaitable[object]]"


@takes_options
async def serve_ossuary_over_tcp(
    handler: Handler,
    port: int,
    *,
    host: str | bytes | None = None,
    backlog: int | None = None,
    handler_nursery: trio.Nursery | None = None,
    task_status: trio.TaskStatus[list[OssuaryListener]] = trio.TASK_STATUS_IGNORED,
    options: OssuaryOptions | None = None,
    secret_key: SecretKey | bytes | None = DEFAULT_OPTIONS.secret_key,
    authorized_keys: Iterable[PublicKey | bytes] = DEFAULT_OPTIONS.authorized_keys,
    require_client_auth: bool = DEFAULT_OPTIONS.require_client_auth,
    handshake_timeout: float = DEFAULT_OPTIONS.handshake_timeout,
    max_resets: int = DEFAULT_OPTIONS.max_resets,
    eof_is_close: bool = DEFAULT_OPTIONS.eof_is_close,
) -> NoReturn:
    """Serve Ossuary over TCP forever, one task per connection.

    Each connection's handshake runs in its own task under the handshake
    timeout; only then is ``handler(stream)`` called.  A connection whose
    handshake fails is logged (at INFO, on the ``trio_ossuary`` logger) and
    closed, and the server carries on.  As with :func:`trio.serve_tcp`, the
    handler owns the stream and should close it.

    Args:
      handler: Called with each established :class:`OssuaryStream`.
      port, host, backlog: As for :func:`trio.open_tcp_listeners` (``port=0``
          picks a free port: read it from the listeners ``task_status``
          returns).
      handler_nursery: Where to run the per-connection tasks (default: an
          internal nursery).
      task_status: Reports the list of :class:`OssuaryListener` once
          listening, for use with :meth:`trio.Nursery.start`.
      options: The server options as one :class:`OssuaryOptions`.  Or give
          them as keywords, as for :class:`OssuaryStream`: ``secret_key``,
          ``authorized_keys``, ``require_client_auth``, ``handshake_timeout``,
          ``max_resets``, ``eof_is_close``.

    Raises:
      TypeError, ValueError: for bad options (checked before listening), as
          :class:`OssuaryListener` does.
    """
    options = choose_options(
        options,
        secret_key=secret_key,
        authorized_keys=authorized_keys,
        require_client_auth=require_client_auth,
        handshake_timeout=handshake_timeout,
        max_resets=max_resets,
        eof_is_close=eof_is_close,
    )
    listeners = await open_ossuary_over_tcp_listeners(
        port, host=host, backlog=backlog, options=options
    )

    async def handshake_then_handle(stream: OssuaryStream[trio.abc.Stream]) -> None:
        try:
            await stream.do_handshake()
        except (trio.BrokenResourceError, trio.ClosedResourceError) as exc:
            log_handshake_failure(logging.INFO, peer_name(stream.transport_stream), exc)
            await trio.aclose_forcefully(stream)
            return
        await handler(stream)

    await trio.serve_listeners(
        handshake_then_handle,
        listeners,
        handler_nursery=handler_nursery,
        task_status=task_status,
    )
