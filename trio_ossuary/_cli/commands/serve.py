"""The ``serve`` subcommand: what the server does with each connection.

Each connection's plaintext is echoed (``--echo``), relayed to a TCP or Unix
socket service (``--forward``) or to a command's stdin and stdout
(``--exec``), with :func:`..relay.relay`.  The server's side of the
relay closes the channel as soon as the service closes its output: cleanly
if it ended cleanly (for a command: once it has exited with status 0),
with the failure flag otherwise (a non-zero status, a signal).

A ``--exec`` command runs via ``/bin/sh -c`` in a session (so a process
group) of its own, so that a pipeline or anything it starts in the
background can be ended together: when the client closes, its stdin is
closed, it gets a second to exit, then the group gets SIGTERM and, a second
later, SIGKILL; when the connection fails or is cut it is killed at once
(:mod:`..processes`).  The command
line comes from the operator, never from the peer, so handing it to the
shell is safe; the peer's address and key reach it as environment
variables, and the key passphrase does not.

Every server connection runs in its own task, ends in one log line, and
never takes the server down when it fails.  A server's life (limits,
reloads, graceful shutdown, workers, and the one connection of ``--stdio``)
is in :mod:`..server`.
"""

from __future__ import annotations

import argparse
import logging
import textwrap
import warnings
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Final

import trio

from ..._keyfiles import load_authorized_keys
from ..._keys import PublicKey
from ..._options import DEFAULT_OPTIONS, OssuaryOptions
from ..._stream import OssuaryStream
from ..args import (
    Commands,
    add_command,
    count,
    endpoint_type,
    positive_seconds,
    seconds,
    worker_count,
)
from ..draining import DEFAULT_GRACE, GracefulStop, run_one_connection
from ..ending import (
    Ending,
    FirstBytes,
    RelayResult,
    describe_end,
    log_end,
)
from ..endpoints import Endpoint, open_endpoint
from ..errors import (
    CliError,
    describe_channel_error,
    describe_os_error,
    logger,
    say,
)
from ..keepalive import KeepAlive, add_keepalive_options, keepalive_from_args
from ..passphrase import PASSPHRASE_ENV
from ..processes import describe_exit, kill_group, reap_group, start_command
from ..relay import CHANNEL_ERRORS, Channel, Cutoff, close_channel, relay
from ..server import ServerKeys, serve_listening, server_handshake
from ..stdio import child_environment, open_stdin, open_stdout, stdin_peer
from ..terminal import load_key

__all__ = ["cmd_serve", "register"]

_CHUNK: Final = 1 << 16
#: The library's default: a handshake that takes longer is given up.
DEFAULT_HANDSHAKE_TIMEOUT: Final = DEFAULT_OPTIONS.handshake_timeout

#: A connection handler: given the established channel, a name for the
#: peer and what cuts the connection, relay it and say how that ended.
Handler = Callable[[Channel, str, Cutoff], Awaitable[RelayResult]]


async def _echo(channel: Channel, peer: str, cutoff: Cutoff) -> RelayResult:
    result = RelayResult()
    with cutoff.scope() as cut:
        try:
            while data := await channel.receive_some(_CHUNK):
                result.from_peer += len(data)
                await channel.send_all(data)
                result.to_peer += len(data)
            result.ending = Ending.PEER_CLOSED
        except CHANNEL_ERRORS as exc:
            result.ending = Ending.CHANNEL_FAILED
            result.error = exc
    if cut.cancelled_caught:
        result.ending = Ending.CUT
        result.cause = cutoff.reason
    assert result.ending is not None
    await close_channel(channel, clean=result.ending.clean)
    return result


async def _forward(
    target: Endpoint,
    keepalive: KeepAlive,
    channel: Channel,
    peer: str,
    cutoff: Cutoff,
) -> RelayResult:
    plain: trio.SocketStream | None = None
    result = RelayResult(ending=Ending.CUT)
    with cutoff.scope():
        try:
            plain = await open_endpoint(target, keepalive)
        except OSError as exc:
            why = describe_os_error(exc)
            result.ending = Ending.PLAIN_FAILED
            result.cause = f"cannot connect to {target}: {why}"
    if plain is None:
        if result.ending is Ending.CUT:
            result.cause = cutoff.reason
        # The client must not take this for an empty answer.
        await close_channel(channel, clean=False)
        return result
    return await relay(channel, plain, linger=None, cutoff=cutoff)


async def _exec(
    command: str, channel: Channel, peer: str, cutoff: Cutoff
) -> RelayResult:
    remote = channel.remote_public_key
    env = dict(
        child_environment(),
        TRIO_OSSUARY_PEER=peer,
        TRIO_OSSUARY_PEER_KEY="" if remote is None else remote.fingerprint(),
    )
    try:
        process = await start_command(command, env=env, own_group=True)
    except OSError as exc:
        await close_channel(channel, clean=False)
        why = describe_os_error(exc)
        return RelayResult(
            ending=Ending.PLAIN_FAILED, cause=f"cannot run {command!r}: {why}"
        )
    assert process.stdio is not None  # both pipes

    async def exit_status() -> str | None:
        # Its output has ended; whether that end is clean is its status.
        status = await process.wait()
        return None if status == 0 else describe_exit(status)

    result = RelayResult(ending=Ending.CUT, cause="interrupted")
    try:
        result = await relay(
            channel,
            process.stdio,
            linger=None,
            cutoff=cutoff,
            finish=exit_status,
            abort=partial(kill_group, process),
        )
    finally:
        status = await reap_group(process)
    if result.ending is Ending.PEER_CLOSED and status != 0:
        result.note = f"the command: {describe_exit(status)}"
    return result


def _make_handler(args: argparse.Namespace) -> tuple[Handler, str]:
    """The connection handler, and how its log lines name the service."""
    if args.forward is not None:
        return partial(_forward, args.forward, keepalive_from_args(args)), "the service"
    if args.exec is not None:
        return partial(_exec, args.exec), "the command"
    return _echo, "the echo"


async def _handle(
    handler: Handler,
    local: str,
    channel: Channel,
    peer: str,
    started: float,
    cutoff: Cutoff,
) -> None:
    """Run one server connection, logging instead of raising."""
    remote = channel.remote_public_key
    who = "anonymous" if remote is None else remote.fingerprint()
    logger.debug("%s: connected (%s)", peer, who)
    result: RelayResult | None = None
    ending = "cut: interrupted"
    try:
        result = await handler(channel, peer, cutoff)
        ending = describe_end(result, f"client {peer}", local)
    except Exception as exc:
        # A traceback only with -v: this is a bug, but one connection's bug.
        verbose = logger.isEnabledFor(logging.DEBUG)
        logger.error("%s: unexpected error: %r", peer, exc, exc_info=verbose)
        ending = f"failed: unexpected {type(exc).__name__}"
    finally:
        await close_channel(channel, clean=False)
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
    # Only a listening server reloads, so only it keeps the passphrase.
    key = load_key(args.key, keep_passphrase=not args.stdio)
    if args.authorized_keys is None:
        options = OssuaryOptions(
            secret_key=key, handshake_timeout=args.handshake_timeout
        )
    else:
        options = OssuaryOptions(
            secret_key=key,
            authorized_keys=_load_authorized(args.authorized_keys),
            require_client_auth=True,
            handshake_timeout=args.handshake_timeout,
        )
    handler, local = _make_handler(args)
    grace = DEFAULT_GRACE if args.grace is None else args.grace
    if args.stdio:
        return trio.run(
            _serve_stdio, handler, local, options, grace, keepalive_from_args(args)
        )
    return serve_listening(
        partial(_handle, handler, local),
        ServerKeys(options, args.key, args.authorized_keys),
        endpoint=args.listen,
        key_path=args.key,
        authorized_path=args.authorized_keys,
        max_connections=args.max_connections,
        max_per_address=args.max_per_address,
        grace=grace,
        workers=args.workers or 1,
        keepalive=keepalive_from_args(args),
    )


async def _serve_stdio(
    handler: Handler,
    local: str,
    options: OssuaryOptions,
    grace: float,
    keepalive: KeepAlive,
) -> int:
    """``serve --stdio``: one connection, stopped like a listening server's.

    SIGHUP (the terminal or the ssh session going away) stops it like
    SIGTERM and SIGINT: there is nothing to reload.
    """
    for fd in (0, 1):  # the client's connection, under inetd
        keepalive.apply_to_fd(fd)
    stop = GracefulStop(grace=grace, what="the server")
    status = await run_one_connection(
        stop, partial(_serve_stdio_connection, handler, local, options, stop.cutoff)
    )
    return stop.exit_status() or status


async def _serve_stdio_connection(
    handler: Handler, local: str, options: OssuaryOptions, cutoff: Cutoff
) -> int:
    key = options.secret_key
    assert key is not None
    logger.info("server key %s, speaking Ossuary on stdin/stdout", key.public_key)
    started = trio.current_time()
    # Named now, as a listening server names its client: the one line this
    # connection ends in, even a failed handshake's, says who it was (under
    # inetd, the client's address).
    peer = stdin_peer()
    recorder = FirstBytes(trio.StapledStream(open_stdout(), open_stdin()))
    channel = OssuaryStream(recorder.stapled(), server_side=True, options=options)
    try:
        failed = await server_handshake(
            channel,
            recorder,
            cutoff,
            log_as=peer,
            client="the client on stdin",
            started=started,
        )
        if failed is not None:
            if failed.startswith("cut: "):
                return 1
            raise CliError(failed.split(": ", 1)[1])
        remote = channel.remote_public_key
        who = "anonymous" if remote is None else remote.fingerprint()
        result = await handler(channel, peer, cutoff)
    finally:
        # Cut off, or refused: the handler may not have closed it.
        await trio.aclose_forcefully(channel)
    assert result.ending is not None
    # The connection's one line, clean or not, as a listening server logs it.
    log_end(peer, who, started, describe_end(result, f"client {peer}", local), result)
    if not result.ending.clean:
        if result.ending is Ending.CHANNEL_FAILED:
            assert result.error is not None
            raise CliError(describe_channel_error(result.error, "the client on stdin"))
        if result.ending is Ending.PLAIN_FAILED:
            raise CliError(f"{local} failed: {result.cause}")
        return 1
    return 0


# ---------------------------------------------------------------------------
# The command line


def _check(args: argparse.Namespace) -> str | None:
    if not args.echo and args.authorized_keys is None and not args.allow_anonymous:
        return (
            f"{'--forward' if args.forward is not None else '--exec'} would "
            f"serve anyone who can reach the port: add --authorized-keys "
            f"FILE to require client keys, or --allow-anonymous to accept "
            f"that"
        )
    if args.stdio:
        for name in ("max_connections", "max_per_address", "workers"):
            if getattr(args, name) is not None:
                return f"--{name.replace('_', '-')} needs --listen"
    return None


_HALF_CLOSE: Final = (
    "half-closed connections:\n"
    + textwrap.fill(
        "Ossuary has no half-close: a client cannot say 'no more data' and "
        "keep reading. When a client's input ends, 'connect' keeps receiving "
        "until the server has been silent for --linger seconds (default 1), "
        "then closes the whole connection. Only then does the service see "
        "the end of its input, and nothing it sends after that reaches the "
        "client. So a service must answer as it reads: --exec 'sort' (or wc, "
        "or gzip) answers only at the end of its input and the client gets "
        "nothing, while a command that answers each line at once works:",
        77,
        initial_indent="  ",
        subsequent_indent="  ",
    )
    + "\n\n    trio-ossuary serve --key server.key --authorized-keys "
    "client.key.pub \\\n"
    "        --listen 7000 --exec 'while read -r l; do echo \"> $l\"; done'\n"
    "    printf 'a\\nb\\n' | trio-ossuary connect HOST:7000 --key client.key\n"
)


def register(commands: Commands) -> None:
    """Add ``serve`` to the command line.

    Args:
      commands: The main parser's subcommands.
    """
    serve = add_command(
        commands,
        "serve",
        "accept Ossuary connections: echo, forward to TCP, or run a command",
        "Accept Ossuary connections and do one thing with each connection's "
        "plaintext: --echo sends it back, --forward relays it to a plain TCP "
        "service (a decrypting tunnel, like spiped -d), --exec runs a command "
        "per connection with the plaintext as its stdin and stdout.\n\n"
        "With --listen, the server's fingerprint and 'listening on HOST:PORT' "
        "are printed to stderr, and any number of connections are served at "
        "once.  With --stdio, this process speaks Ossuary on its own stdin and "
        "stdout, for one connection (for ssh, inetd or connect "
        "--proxy-command); it prints nothing unless -v is given, since its "
        "stderr usually ends up on the client's terminal.\n\n"
        "When the service (TCP peer or command) closes its output, the "
        "connection is closed (with an error, so the client fails too, if a "
        "command exits non-zero or is killed); when the client closes the "
        "connection, the "
        "service's input is closed and a command gets a second to exit before "
        "its process group is terminated.  A command runs via /bin/sh -c in a "
        "process group of its own, with $TRIO_OSSUARY_PEER (the client's "
        "address) and $TRIO_OSSUARY_PEER_KEY (its key's fingerprint, empty if "
        "anonymous) set.",
        run=cmd_serve,
        check=_check,
        logs_connections=True,
    )
    serve.epilog = _HALF_CLOSE
    serve.add_argument(
        "--key",
        metavar="FILE",
        required=True,
        help=f"the server's secret key file (see keygen); an encrypted key's "
        f"passphrase is asked for or taken from ${PASSPHRASE_ENV}",
    )
    serve.add_argument(
        "--authorized-keys",
        metavar="FILE",
        help="require clients to prove one of the keys in this OpenSSH "
        "authorized_keys file (required for --forward and --exec unless "
        "--allow-anonymous is given)",
    )
    serve.add_argument(
        "--allow-anonymous",
        action="store_true",
        help="let --forward and --exec serve clients that prove no key (anyone "
        "who can reach the port); --echo always does",
    )
    serve.add_argument(
        "--handshake-timeout",
        metavar="SECONDS",
        type=positive_seconds,
        default=DEFAULT_HANDSHAKE_TIMEOUT,
        help="give up on a client whose handshake takes longer (default: "
        f"{DEFAULT_HANDSHAKE_TIMEOUT:g}, enough for round trips up to about a "
        "second; raise it for slower links)",
    )
    where = serve.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--listen",
        metavar="ADDRESS",
        type=endpoint_type(host_required=False, port_zero=True),
        help="listen on [HOST:]PORT or unix:PATH (port 0 picks a free one; "
        "PORT or :PORT alone: every interface, IPv4 and IPv6, on one port; "
        "a Unix socket is made mode 0600 and removed on exit)",
    )
    where.add_argument(
        "--stdio",
        action="store_true",
        help="serve one connection on this process's stdin and stdout",
    )
    what = serve.add_mutually_exclusive_group(required=True)
    what.add_argument("--echo", action="store_true", help="send the plaintext back")
    what.add_argument(
        "--forward",
        metavar="ADDRESS",
        type=endpoint_type(host_required=True, port_zero=False),
        help="open a plain connection to HOST:PORT or unix:PATH for each "
        "connection and copy bytes both ways",
    )
    what.add_argument(
        "--exec",
        metavar="CMD",
        help="run CMD with /bin/sh -c for each connection, its stdin and "
        "stdout being the plaintext",
    )

    life = serve.add_argument_group("listening server (with --listen)")
    life.add_argument(
        "--max-connections",
        metavar="N",
        type=count,
        help="refuse (reset at once, and log) connections beyond N open at "
        "once (default: no limit; per worker with --workers)",
    )
    life.add_argument(
        "--max-per-address",
        metavar="N",
        type=count,
        help="refuse connections beyond N open at once from one client "
        "address (an IPv4 address, an IPv6 /64, a Unix peer's user ID), so a "
        "few clients cannot hold every --max-connections slot (default: no "
        "limit; per worker with --workers)",
    )
    life.add_argument(
        "--grace",
        metavar="SECONDS",
        type=seconds,
        help="on SIGTERM or SIGINT, stop accepting and let open connections "
        "run this long to end by themselves; then cut (abort) the rest (also "
        f"with --stdio; default: {DEFAULT_GRACE:g})",
    )
    life.add_argument(
        "--workers",
        metavar="N",
        type=worker_count,
        help="serve from N processes sharing the listening port (default: 1)",
    )
    add_keepalive_options(serve)
