"""The ``serve`` subcommand, and the relay that both ends of a tunnel use.

Theory of operation
===================

Everything is built from one piece, :func:`relay`, which copies bytes both
ways between an Ossuary channel and a *plain* stream (a TCP connection, a
child process's pipes, or this process's stdin and stdout) until one side is
done, then closes both.

Ossuary has no half-close: a Disconnect ends both directions.  TCP and pipes
do have one, and clients use it ("here is my request, I am done sending").
So the question is what to do when the plain side reaches end of file:

* On the **server** side (``serve --forward`` / ``--exec``) the plain side is
  the service.  A service that closes its output is finished, so the channel
  is closed at once, after everything it produced has been sent.
* On the **client** side (``connect``, ``connect --listen``) the plain side is
  the user or a local client, who may still want the answer.  The channel
  stays open and the server's data keeps flowing until the server closes the
  channel or has been silent for ``--linger`` seconds (default 1); then the
  client closes it.  So ``echo hi | trio-ossuary connect HOST:PORT`` against
  an echo server prints ``hi`` and exits about a second later.  A service
  that only answers once its input ends (``sort``, ``tr`` with buffered
  output) cannot be used this way: it would never see the end of its input.

When the channel ends first, nothing more can be sent to the peer, and the
plain side is ended at once.  How depends on how the channel ended: after a
clean Disconnect the plain side is closed (an end of file); after a failure
(truncation, reset, authentication failure, timeout) it is aborted, so that
a cut-off transfer never looks complete: a TCP connection is reset, a
command is killed, and stdio exits with status 1 (see :mod:`._cli_session`).
The other way round, a plain side that fails, or a ``--forward`` target
that cannot be reached, closes the channel with the failure flag, so that
the far end aborts its own plain side.

A ``--exec`` command runs via ``/bin/sh -c`` in a session (so a process
group) of its own, so that a pipeline or anything it starts in the
background can be ended together: when the connection ends its stdin is
closed, it gets a second to exit, then the group gets SIGTERM and, a second
later, SIGKILL.  The command line comes from the operator, never from the
peer, so handing it to the shell is safe; the peer's address and key reach
it as environment variables.

Every server connection runs in its own task, ends in one log line, and
never takes the server down when it fails.  A listening server's life
(limits, reloads, graceful shutdown, workers) is in :mod:`._cli_serve`; with
``--stdio``, SIGTERM and SIGHUP end the process (see
:func:`run_cancellable`), as Ctrl-C does.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import math
import os
import signal
import subprocess
import warnings
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any, Final

import trio

from ._cli_common import (
    CliError,
    child_environment,
    describe_channel_error,
    describe_os_error,
    load_key,
    logger,
    open_stdin,
    open_stdout,
    say,
)
from ._cli_listen import Endpoint, open_endpoint, socket_peer_name
from ._cli_session import (
    FirstBytes,
    RelayResult,
    abort_plain,
    describe_end,
    log_end,
    not_ossuary_hint,
)
from ._keyfiles import load_authorized_keys
from ._keys import PublicKey
from ._options import OssuaryOptions
from ._stream import OssuaryStream

__all__ = [
    "CHANNEL_ERRORS",
    "EXIT_GRACE",
    "Channel",
    "Pipes",
    "cmd_serve",
    "relay",
    "run_cancellable",
]

_CHUNK: Final = 1 << 16
#: How long a child process gets to exit after its stdin is closed.
EXIT_GRACE: Final = 1.0

Channel = OssuaryStream[Any]
#: A connection handler: given the established channel and a name for the
#: peer, relay it and say how that ended; raise CliError to refuse it.
Handler = Callable[[Channel, str], Awaitable[RelayResult]]

CHANNEL_ERRORS: Final = (trio.BrokenResourceError, trio.ClosedResourceError)


# ---------------------------------------------------------------------------
# The relay


async def relay(
    channel: Channel, plain: trio.abc.Stream, *, linger: float | None
) -> RelayResult:
    """Copy bytes both ways until one side is done, then close both streams.

    A channel that ends cleanly closes ``plain``; a channel that fails aborts
    it (see :func:`abort_plain`); a plaintext side that fails closes the
    channel with the failure flag.

    Args:
      channel: The Ossuary channel.
      plain: The plaintext side.
      linger: What to do when ``plain`` reaches end of file: None closes the
          channel at once (server side); a number keeps receiving from the
          channel until it has been silent that many seconds, or closes
          (client side; ``math.inf`` waits for the peer to close).

    Returns:
      How it ended: the channel's error (None if it ended cleanly), the
      plaintext side's, and the byte counts.
    """
    result = RelayResult()
    lingering = False
    receive_scope: trio.CancelScope | None = None

    async def upstream(done: trio.CancelScope) -> None:
        nonlocal lingering
        while True:
            try:
                data = await plain.receive_some(_CHUNK)
            except CHANNEL_ERRORS as exc:
                logger.debug("plaintext side failed: %s", exc)
                result.plain_error = exc
                done.cancel()
                return
            if not data:
                break
            try:
                await channel.send_all(data)
            except CHANNEL_ERRORS as exc:
                # Either the peer has closed the channel, and downstream will
                # drain what it sent and see the end, or the channel broke,
                # and downstream will get the same error: let it decide.
                logger.debug("cannot send any more: %s", exc)
                return
            result.to_peer += len(data)
        logger.debug("plaintext side reached end of file")
        if linger is None or linger <= 0:
            done.cancel()
            return
        lingering = True
        if receive_scope is not None and math.isfinite(linger):
            receive_scope.deadline = trio.current_time() + linger

    async def downstream(done: trio.CancelScope) -> None:
        nonlocal receive_scope
        try:
            while True:
                with trio.CancelScope() as scope:
                    receive_scope = scope
                    if lingering and linger is not None and math.isfinite(linger):
                        scope.deadline = trio.current_time() + linger
                    try:
                        data = await channel.receive_some(_CHUNK)
                    except CHANNEL_ERRORS as exc:
                        result.error = exc
                        return
                    finally:
                        receive_scope = None
                if scope.cancelled_caught:
                    logger.debug("the peer was silent for %s s; closing", linger)
                    return
                if not data:
                    logger.debug("the peer closed the channel")
                    return
                result.from_peer += len(data)
                try:
                    await plain.send_all(data)
                except CHANNEL_ERRORS as exc:
                    logger.debug("plaintext side failed: %s", exc)
                    result.plain_error = exc
                    return
        finally:
            done.cancel()

    try:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(upstream, nursery.cancel_scope)
            nursery.start_soon(downstream, nursery.cancel_scope)
    finally:
        failed = result.error is not None
        try:
            await channel.aclose(error=result.plain_error is not None)
        finally:
            if failed:
                # Integrity at the edge: a truncated channel must not look
                # like a complete transfer to the plaintext application.
                await abort_plain(plain)
            else:
                await trio.aclose_forcefully(plain)
    return result


# ---------------------------------------------------------------------------
# What the server does with each connection


async def _echo(channel: Channel, peer: str) -> RelayResult:
    result = RelayResult()
    try:
        while data := await channel.receive_some(_CHUNK):
            result.from_peer += len(data)
            await channel.send_all(data)
            result.to_peer += len(data)
    except CHANNEL_ERRORS as exc:
        result.error = exc
    finally:
        await channel.aclose()
    return result


async def _forward(target: Endpoint, channel: Channel, peer: str) -> RelayResult:
    try:
        tcp = await open_endpoint(target)
    except OSError as exc:
        # The client must not take this for an empty answer.
        await channel.aclose(error=True)
        raise CliError(
            f"cannot connect to {target}: {describe_os_error(exc)}"
        ) from None
    return await relay(channel, tcp, linger=None)


class Pipes(trio.abc.Stream):
    """A child process's stdin and stdout as one stream.

    Args:
      process: A process started with ``stdin`` and ``stdout`` pipes.
    """

    def __init__(self, process: trio.Process) -> None:
        assert process.stdin is not None
        assert process.stdout is not None
        self._process = process
        self._stdin = process.stdin
        self._stdout = process.stdout

    async def send_all(self, data: bytes | bytearray | memoryview) -> None:
        """Write to the process's stdin."""
        await self._stdin.send_all(data)

    async def wait_send_all_might_not_block(self) -> None:
        """Wait until the process's stdin can take more."""
        await self._stdin.wait_send_all_might_not_block()

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        """Read from the process's stdout; ``b""`` once it is closed."""
        return bytes(await self._stdout.receive_some(max_bytes))

    def abort(self) -> None:
        """Kill the process (and its process group, if it leads one) at once."""
        _signal_group(self._process, signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError):
            self._process.kill()

    async def aclose(self) -> None:
        """Close both pipes (the process sees end of file on its stdin)."""
        try:
            await self._stdin.aclose()
        finally:
            await self._stdout.aclose()


def _signal_group(process: trio.Process, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signum)


async def _reap_group(process: trio.Process) -> None:
    """Wait briefly for a child to exit, then end its whole process group."""
    with trio.CancelScope(shield=True):
        for signum in (None, signal.SIGTERM, signal.SIGKILL):
            if signum is not None:
                _signal_group(process, signum)
            with trio.move_on_after(EXIT_GRACE):
                await process.wait()
                break
        # Whatever the command left running in the background goes too.
        _signal_group(process, signal.SIGTERM)
    logger.debug("command exited with status %s", process.returncode)


async def _exec(command: str, channel: Channel, peer: str) -> RelayResult:
    remote = channel.remote_public_key
    env = dict(
        child_environment(),
        TRIO_OSSUARY_PEER=peer,
        TRIO_OSSUARY_PEER_KEY="" if remote is None else remote.fingerprint(),
    )
    try:
        process = await trio.lowlevel.open_process(
            command,
            shell=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            start_new_session=True,
            env=env,
        )
    except OSError as exc:
        await channel.aclose(error=True)
        raise CliError(f"cannot run {command!r}: {describe_os_error(exc)}") from None
    try:
        return await relay(channel, Pipes(process), linger=None)
    finally:
        await _reap_group(process)


def _make_handler(args: argparse.Namespace) -> Handler:
    if args.forward is not None:
        return partial(_forward, args.forward)
    if args.exec is not None:
        return partial(_exec, args.exec)
    return _echo


def _peer_name(channel: Channel) -> str:
    sock = getattr(channel.transport_stream, "socket", None)
    try:
        return "?:0" if sock is None else socket_peer_name(sock)
    except OSError:
        return "peer"


async def _handle(handler: Handler, channel: Channel, started: float) -> None:
    """Run one server connection, logging instead of raising."""
    peer = _peer_name(channel)
    remote = channel.remote_public_key
    who = "anonymous" if remote is None else remote.fingerprint()
    logger.debug("%s: connected (%s)", peer, who)
    result: RelayResult | None = None
    ending = "interrupted"
    try:
        result = await handler(channel, peer)
        ending = describe_end(result, f"client {peer}")
    except CliError as exc:
        ending = f"refused: {exc}"
    except Exception as exc:
        # A traceback only with -v: this is a bug, but one connection's bug.
        verbose = logger.isEnabledFor(logging.DEBUG)
        logger.error("%s: unexpected error: %r", peer, exc, exc_info=verbose)
        ending = f"failed: unexpected {type(exc).__name__}"
    finally:
        await trio.aclose_forcefully(channel)
        log_end(peer, who, started, ending, result)


def _load_authorized(path: str) -> list[PublicKey]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        keys = load_authorized_keys(path)
    for warning in caught:
        say(f"warning: {warning.message}")
    if not keys:
        raise CliError(f"{path!r} authorizes no keys: every client would be refused")
    return keys


def cmd_serve(args: argparse.Namespace) -> int:
    """Run ``trio-ossuary serve``.

    Args:
      args: The parsed command line.

    Returns:
      The exit status.

    Raises:
      CliError, KeyFileError: on any failure a person can cause.
    """
    key = load_key(args.key)
    if args.authorized_keys is None:
        options = OssuaryOptions(secret_key=key)
    else:
        options = OssuaryOptions(
            secret_key=key,
            authorized_keys=_load_authorized(args.authorized_keys),
            require_client_auth=True,
        )
    handler = _make_handler(args)
    if args.stdio:
        return trio.run(run_cancellable, partial(_serve_stdio, handler, options))
    from ._cli_serve import DEFAULT_GRACE, ServerKeys, serve_listening

    return serve_listening(
        partial(_handle, handler),
        ServerKeys(options, args.key, args.authorized_keys),
        endpoint=args.listen,
        key_path=args.key,
        authorized_path=args.authorized_keys,
        max_connections=args.max_connections,
        grace=DEFAULT_GRACE if args.grace is None else args.grace,
        workers=args.workers or 1,
    )


async def _serve_stdio(handler: Handler, options: OssuaryOptions) -> int:
    key = options.secret_key
    assert key is not None
    logger.info("server key %s, speaking Ossuary on stdin/stdout", key.public_key)
    transport = FirstBytes(trio.StapledStream(open_stdout(), open_stdin()))
    channel: Channel = OssuaryStream(transport, server_side=True, options=options)
    try:
        await channel.do_handshake()
    except CHANNEL_ERRORS as exc:
        await trio.aclose_forcefully(channel)
        hint = not_ossuary_hint(transport.prefix, "client")
        raise CliError(
            hint or describe_channel_error(exc, "the client on stdin")
        ) from None
    result = await handler(channel, "stdio")
    if result.error is not None:
        raise CliError(describe_channel_error(result.error, "the client on stdin"))
    return 0


# ---------------------------------------------------------------------------


async def run_cancellable(main: Callable[[], Awaitable[int]]) -> int:
    """Run ``main()``, ending it cleanly on SIGTERM or SIGHUP.

    Args:
      main: The command's body.

    Returns:
      What ``main`` returned, or 128 plus the signal number.
    """
    status: int | None = None
    result = 0
    signals = [
        getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
    ]
    with trio.open_signal_receiver(*signals) as received:
        async with trio.open_nursery() as nursery:

            async def watch() -> None:
                nonlocal status
                async for signum in received:
                    status = 128 + signum
                    nursery.cancel_scope.cancel()
                    return

            nursery.start_soon(watch)
            result = await main()
            nursery.cancel_scope.cancel()
    return result if status is None else status
