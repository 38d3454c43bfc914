"""The life of a listening ``serve``: accepting, limits, reloads, shutdown.

Theory of operation
===================

:class:`Server` owns the listening sockets and every connection accepted on
them.  It runs its own accept loop (rather than :func:`trio.serve_listeners`)
because three things happen at accept time: the connection limit is checked,
the *current* keys are read (a reload only affects connections accepted
after it), and the connection is counted so that shutdown knows what it is
waiting for.

Signals (the process's only control channel):

* SIGHUP reloads the ``--authorized-keys`` file, and the server key if its
  file changed (by device, inode, size or modification time).  The new keys
  are loaded completely before anything is replaced, so a reload that fails
  (a missing file, a malformed line, an encrypted key without
  ``$TRIO_OSSUARY_PASSPHRASE``) changes nothing and logs why.  Open channels
  keep the keys they were established with.
* SIGTERM or SIGINT starts a graceful stop (:mod:`.draining`): the
  listening sockets are closed at once (connections still in the kernel's
  queue are reset), every open connection runs until it ends by itself or
  ``--grace`` seconds have passed, and what is still open then is cut (both
  plaintext sides aborted).  The exit status is 0 if nothing was cut, else
  128 plus the signal number (143 or 130).

Each connection is named once, when it is accepted (:func:`peer_name`), so
that every line about it names it, however it ended.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import socket
import warnings
from collections.abc import Awaitable, Callable
from typing import Final

import attrs
import trio

from .._keyfiles import load_authorized_keys, load_secret_key
from .._keys import SecretKey
from .._options import OssuaryOptions
from .._peer import peer_name
from .._stream import OssuaryStream
from . import held_signals
from .admission import Admission, Ticket
from .draining import GracefulStop, stop_on_signals
from .ending import UNPROVEN, FirstBytes, Transport, handshake_failure, log_end
from .endpoints import Endpoint, bind_endpoint, reset_socket
from .errors import (
    CliError,
    describe_os_error,
    logger,
    say,
)
from .keepalive import KeepAlive
from .passphrase import environment_passphrase
from .relay import CHANNEL_ERRORS, Channel, Cutoff

__all__ = [
    "Server",
    "ServerKeys",
    "serve_listening",
    "server_handshake",
]

#: Handles one established channel, given a name for the peer, when the
#: connection started and what cuts it; must not raise.
OnChannel = Callable[[Channel, str, float, Cutoff], Awaitable[None]]

#: accept() errors that mean "out of resources for now": wait, then go on.
_ACCEPT_PAUSE_ERRNOS: Final = frozenset(
    {errno.EMFILE, errno.ENFILE, errno.ENOMEM, errno.ENOBUFS}
)


def _file_identity(path: str) -> tuple[int, int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


class ServerKeys:
    """The stream options new connections get, and their reload on SIGHUP.

    Args:
      options: The options ``serve`` started with (a ``secret_key``, and
          ``authorized_keys`` with ``require_client_auth`` when clients must
          authenticate).
      key_path: The ``--key`` file.
      authorized_path: The ``--authorized-keys`` file, or None.

    Attributes:
      options: What the next accepted connection uses.
    """

    def __init__(
        self, options: OssuaryOptions, key_path: str, authorized_path: str | None
    ) -> None:
        self.options = options
        self._key_path = key_path
        self._key_identity = _file_identity(key_path)
        self._authorized_path = authorized_path

    @property
    def secret_key(self) -> SecretKey:
        """The server key new connections prove."""
        key = self.options.secret_key
        assert key is not None
        return key

    def _load(
        self,
    ) -> tuple[OssuaryOptions, list[str], tuple[int, int, int, int] | None]:
        """Read the files; return the new options, what changed, the key's id.

        The new options are checked as at start-up (an authorized-keys file
        left with no keys fails the reload, for one).
        """
        options = self.options
        changes: list[str] = []
        identity = _file_identity(self._key_path)
        if identity != self._key_identity:
            # Never asks at a terminal: only the environment's passphrase.
            key = load_secret_key(self._key_path, environment_passphrase())
            if key.public_key != self.secret_key.public_key:
                changes.append(f"server key {key.public_key.fingerprint()}")
            options = attrs.evolve(options, secret_key=key)
        if self._authorized_path is not None:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                keys = load_authorized_keys(self._authorized_path)
            for warning in caught:
                logger.warning("reload: warning: %s", warning.message)
            options = attrs.evolve(options, authorized_keys=keys)
            changes.append(f"{len(keys)} authorized key(s)")
        return options, changes, identity

    async def reload(self, who: str = "") -> bool:
        """Reload the files; on failure keep the current keys and log why.

        Args:
          who: A prefix for the log lines (a worker's name).

        Returns:
          Whether the reload succeeded.
        """
        try:
            options, changes, identity = await trio.to_thread.run_sync(self._load)
        except Exception as exc:
            logger.warning(
                "%sreload failed, keeping the previous keys: %s",
                who,
                " ".join(str(exc).split()) or type(exc).__name__,
            )
            return False
        self.options = options
        self._key_identity = identity
        say(f"{who}reloaded: {', '.join(changes) or 'nothing to reload'}")
        return True


class Server:
    """Accepts connections and runs them until told to stop by a signal.

    Args:
      on_channel: Handles one established channel (must not raise).
      keys: The keys, reloaded on SIGHUP.
      max_connections: Refuse connections beyond this many at once (None:
          no limit).
      max_per_address: Refuse connections beyond this many at once from
          one address (None: no limit); see :mod:`.admission`.
      grace: Seconds open connections get to end by themselves after
          SIGTERM/SIGINT.
      who: A prefix for this server's own log lines (a worker's name).
      keepalive: The keep-alive settings for accepted connections (default:
          :class:`.keepalive.KeepAlive`'s).

    Attributes:
      stop: The graceful stop (see :mod:`.draining`).
      admission: The connection limits and the refusal log.
    """

    def __init__(
        self,
        on_channel: OnChannel,
        keys: ServerKeys,
        *,
        max_connections: int | None,
        grace: float,
        who: str = "",
        max_per_address: int | None = None,
        keepalive: KeepAlive | None = None,
    ) -> None:
        self._on_channel = on_channel
        self._keepalive = KeepAlive() if keepalive is None else keepalive
        self.keys = keys
        self.admission = Admission(max_connections, max_per_address, who)
        self._who = who
        self.stop = GracefulStop(grace=grace, who=who, what="the server")

    def request_stop(self, signum: int) -> None:
        """Start the graceful stop, or cut it short if already stopping.

        Args:
          signum: The signal that asked for it (it sets the exit status if
              connections have to be cut).
        """
        self.stop.request_stop(signum)

    async def run(
        self,
        listeners: list[trio.SocketListener],
        *,
        lifeline: trio.abc.ReceiveStream | None = None,
        ready: Callable[[], None] | None = None,
    ) -> int:
        """Serve until SIGTERM or SIGINT (or ``lifeline``'s end), then drain.

        Args:
          listeners: Where to accept connections.
          lifeline: For a worker: a pipe from the parent, whose end of file
              means the parent is gone; treated as SIGTERM.
          ready: Called once the signal handlers are installed (it releases
              the held signals and says ``listening on``).

        Returns:
          0 if every connection ended by itself, else 128 plus the signal
          number.
        """
        async with (
            stop_on_signals(self.stop, reload=self._reload, ready=ready),
            trio.open_nursery() as outer,
        ):
            if lifeline is not None:
                outer.start_soon(self._watch_lifeline, lifeline)
            status = await self._serve_then_drain(listeners)
            outer.cancel_scope.cancel()
        return status

    async def _reload(self) -> None:
        await self.keys.reload(self._who)

    async def _watch_lifeline(self, lifeline: trio.abc.ReceiveStream) -> None:
        with contextlib.suppress(*CHANNEL_ERRORS):
            while await lifeline.receive_some():
                pass
        logger.warning("%sthe parent process is gone; stopping", self._who)
        self.request_stop(signal.SIGTERM)

    async def _serve_then_drain(self, listeners: list[trio.SocketListener]) -> int:
        async with trio.open_nursery() as connections:
            async with trio.open_nursery() as accepting:
                for listener in listeners:
                    accepting.start_soon(self._accept_loop, listener, connections)
                await self.stop.stopping.wait()
                accepting.cancel_scope.cancel()
            self.admission.flush()
            for listener in listeners:
                await listener.aclose()
            await self.stop.drain()
        return self.stop.exit_status()

    async def _accept_loop(
        self, listener: trio.SocketListener, connections: trio.Nursery
    ) -> None:
        while True:
            try:
                stream = await listener.accept()
            except OSError as exc:
                if exc.errno not in _ACCEPT_PAUSE_ERRNOS:
                    raise
                logger.error(
                    "%scannot accept a connection: %s; pausing",
                    self._who,
                    os.strerror(exc.errno or 0),
                )
                await trio.sleep(0.1)
                continue
            self._keepalive.apply(stream.socket)
            ticket = self.admission.admit(stream.socket)  # logs a refusal
            if ticket is None:
                self._refuse(stream)
                continue
            self.stop.opened()
            connections.start_soon(self._connection, stream, ticket)

    def _refuse(self, stream: trio.SocketStream) -> None:
        # A reset, at once: the client learns it was refused, not truncated.
        reset_socket(stream.socket)

    async def _connection(self, transport: trio.SocketStream, ticket: Ticket) -> None:
        channel: OssuaryStream[Transport] | None = None
        started = trio.current_time()
        # Named now: once the client has gone, its socket cannot tell.
        peer = peer_name(transport)
        try:
            # The first bytes are kept to tell a client that does not speak
            # Ossuary at all what it reached.
            recorder = FirstBytes(transport)
            channel = OssuaryStream(
                recorder.stapled(), server_side=True, options=self.keys.options
            )
            failed = await server_handshake(
                channel,
                recorder,
                self.stop.cutoff,
                log_as=f"{self._who}{peer}",
                client=f"client {peer}",
                started=started,
            )
            if failed is None:
                await self._on_channel(channel, peer, started, self.stop.cutoff)
        finally:
            # The count drops as soon as the handler is done, with no
            # checkpoint in between, so a client that has seen its
            # connection end finds room for the next one.
            self.stop.closed()
            ticket.release()
            # Even when cut off: the handler may not have closed the channel.
            await trio.aclose_forcefully(transport if channel is None else channel)


async def server_handshake(
    channel: OssuaryStream[Transport],
    recorder: FirstBytes,
    cutoff: Cutoff,
    *,
    log_as: str,
    client: str,
    started: float,
) -> str | None:
    """Run a server channel's handshake; if it fails, log the connection's end.

    For a listening server's connections and ``serve --stdio``'s one: a
    failed or refused handshake, or one cut by a stop, is the connection's
    one line (:func:`.ending.log_end`).

    Args:
      channel: The channel, over ``recorder``'s stream.
      recorder: The transport's first bytes, for a client that is not one.
      cutoff: Cuts the handshake.
      log_as: The connection's name in its line (the client's address).
      client: The client in the words of a failure (``client HOST:PORT``).
      started: When the connection started (``trio.current_time()``).

    Returns:
      None once the channel is up; else the ending logged (``cut: ...``
      for a cut, ``refused: ...`` or ``failed: ...`` for a failure).
    """
    with cutoff.scope() as cut:
        try:
            await channel.do_handshake()
        except CHANNEL_ERRORS as exc:
            who, ending = handshake_failure(exc, recorder, "client", client)
            log_end(log_as, who, started, ending, None)
            return ending
    if cut.cancelled_caught:
        ending = f"cut: {cutoff.reason} (during the handshake)"
        log_end(log_as, UNPROVEN, started, ending, None)
        return ending
    recorder.stop_recording()
    return None


# ---------------------------------------------------------------------------
# serve --listen


def serve_listening(
    on_channel: OnChannel,
    keys: ServerKeys,
    *,
    endpoint: Endpoint,
    key_path: str,
    authorized_path: str | None,
    max_connections: int | None,
    grace: float,
    workers: int,
    max_per_address: int | None = None,
    keepalive: KeepAlive | None = None,
) -> int:
    """Run ``serve --listen``: bind, then serve in this process or in workers.

    Args:
      on_channel: Handles one established channel (must not raise).
      keys: The keys new connections use.
      endpoint: Where to listen.
      key_path: The ``--key`` file (for the startup message).
      authorized_path: The ``--authorized-keys`` file, or None.
      max_connections: The ``--max-connections`` limit (per process), or None.
      max_per_address: The ``--max-per-address`` limit (per process), or None.
      grace: The ``--grace`` period in seconds.
      workers: How many processes serve (1: this one).
      keepalive: The keep-alive settings for accepted connections (default:
          :class:`.keepalive.KeepAlive`'s).

    Returns:
      The exit status.

    Raises:
      CliError: if the address cannot be listened on.
    """
    # Signals wait until their handlers exist (see held_signals): from
    # before the socket file appears until the server is ready.
    with held_signals.held():
        try:
            bound = bind_endpoint(endpoint, loopback_default=False, copies=workers)
        except OSError as exc:
            raise CliError(
                f"cannot listen on {endpoint}: {describe_os_error(exc)}"
            ) from None
        try:
            say(f"server key {keys.secret_key.public_key.fingerprint()} ({key_path})")
            if authorized_path is not None:
                say(f"clients must prove one of the keys in {authorized_path!r}")

            def serve(
                sockets: list[socket.socket], who: str, lifeline: int | None
            ) -> int:
                server = Server(
                    on_channel,
                    keys,
                    max_connections=max_connections,
                    max_per_address=max_per_address,
                    grace=grace,
                    who=who,
                    keepalive=keepalive,
                )
                # A worker announces nothing: its parent does.
                ready = held_signals.release if who else announce
                return trio.run(_run, server, sockets, lifeline, ready)

            def announce() -> None:
                held_signals.release()
                for name in bound.names():
                    say(f"listening on {name}")

            if workers == 1:
                return serve(bound.sockets, "", None)
            from .workers import run_workers

            return run_workers(bound, serve, workers)
        finally:
            bound.close()
            bound.remove_socket_file()


async def _run(
    server: Server,
    sockets: list[socket.socket],
    lifeline: int | None,
    ready: Callable[[], None],
) -> int:
    listeners = [
        trio.SocketListener(trio.socket.from_stdlib_socket(sock)) for sock in sockets
    ]
    pipe = None
    if lifeline is not None:
        from .workers import Lifeline

        pipe = Lifeline(lifeline)
    return await server.run(listeners, lifeline=pipe, ready=ready)
