"""The ``connect`` subcommand: the client end of stdio and TCP tunnels.

Standard input and output, or each local connection with ``--listen``, are
relayed (see :mod:`..relay` for how the relay treats end of file) over
channels that :class:`..client.Connector` opens, trusting the server as
:mod:`..trust_prompt` decides.
"""

from __future__ import annotations

import argparse
import logging
from functools import partial

import trio

from ..._files import config_path
from ..._keys import SecretKey
from ..._known_hosts import default_known_hosts_path
from ..._peer import peer_name
from ..._stream import OssuaryStream
from ..args import (
    Commands,
    add_command,
    address_type,
    endpoint_type,
    positive_seconds,
    seconds,
)
from ..client import Connector, ServerRefused, proxy_command_line
from ..draining import (
    DEFAULT_GRACE,
    GracefulStop,
    run_cancellable,
    run_one_connection,
    stop_on_signals,
)
from ..ending import (
    UNPROVEN,
    Ending,
    RelayResult,
    Transport,
    abort_plain,
    describe_end,
    log_end,
)
from ..endpoints import Endpoint, bind_endpoint
from ..errors import CliError, describe_os_error, logger, say
from ..keepalive import add_keepalive_options, keepalive_from_args
from ..passphrase import forget as forget_passphrase
from ..relay import broken_pipe, relay
from ..stdio import open_stdin, open_stdout
from ..terminal import load_key
from ..trust_prompt import trust_from_args

__all__ = ["cmd_connect", "proxy_command_line", "register"]


def _client_key(args: argparse.Namespace) -> SecretKey | None:
    """The key to prove: --key, else the default identity if it exists."""
    if args.key is not None:
        return load_key(args.key)
    if args.anonymous:
        return None
    default = config_path("id_ed25519")
    if not default.exists():
        return None
    logger.info("using the default identity %s", default)
    return load_key(default)


def cmd_connect(args: argparse.Namespace) -> int:
    """Run ``trio-ossuary connect``.

    Args:
      args: The parsed command line.

    Returns:
      The exit status.

    Raises:
      CliError, KeyFileError, KnownHostsError: on any failure a person can
          cause.
    """
    host, port = args.address
    policy = trust_from_args(args, host, port)
    if args.proxy_command is not None:
        proxy_command_line(args.proxy_command, host, port)  # check the host now
    connector = Connector(
        host,
        port,
        key=_client_key(args),
        policy=policy,
        proxy_command=args.proxy_command,
        timeout=args.timeout,
        keepalive=keepalive_from_args(args),
    )
    forget_passphrase()  # the key is loaded (or none is used)
    if args.listen is not None:
        grace = DEFAULT_GRACE if args.grace is None else args.grace
        return trio.run(
            run_cancellable,
            partial(_connect_listen, connector, args.listen, args.linger, grace),
        )
    return trio.run(run_cancellable, partial(_connect_stdio, connector, args.linger))


def _server_name(channel: OssuaryStream[Transport]) -> str:
    remote = channel.remote_public_key
    return "anonymous" if remote is None else remote.fingerprint()


def _ending(connector: Connector, result: RelayResult, local: str) -> str:
    if result.ending is Ending.CHANNEL_FAILED:
        assert result.error is not None
        served = result.from_peer > 0
        return f"reset: {connector.describe(result.error, served=served)}"
    return describe_end(result, f"server {connector.name}", local)


async def _connect_stdio(connector: Connector, linger: float) -> int:
    """``connect`` on stdin and stdout: a signal cuts it at once.

    Until the channel is up, a signal ends the command as it ends any
    other (:func:`..draining.run_cancellable`; Ctrl-C at the trust question
    is a :exc:`KeyboardInterrupt`); from then on it cuts the connection:
    the server's side is aborted, and the exit status is 128 plus the
    signal number.
    """
    started = trio.current_time()
    channel = await connector.open()
    who = _server_name(channel)
    stop = GracefulStop(grace=0, what="connect")
    plain = trio.StapledStream(open_stdout(), open_stdin())
    result = await run_one_connection(
        stop, partial(relay, channel, plain, linger=linger, cutoff=stop.cutoff)
    )
    log_end(
        connector.name, who, started, _ending(connector, result, "our input"), result
    )
    if result.ending is Ending.CUT:
        return stop.exit_status() or 1
    if result.ending is Ending.CHANNEL_FAILED:
        assert result.error is not None
        raise CliError(connector.describe(result.error, served=result.from_peer > 0))
    if result.ending is Ending.PLAIN_FAILED:
        if result.plain_writing and broken_pipe(result.plain_error):
            # The reader closed its end on purpose (``| head``): as a filter
            # killed by SIGPIPE would be, this is no failure of ours.  The
            # server's service is still told that not all was taken.
            logger.debug("stdout was closed by its reader")
            return 0
        where = "write stdout" if result.plain_writing else "read stdin"
        raise CliError(f"cannot {where}: {result.cause}")
    return 0


async def _connect_listen(
    connector: Connector, listen: Endpoint, linger: float, grace: float
) -> int:
    if connector.policy.needs_decision():
        # Settle trust now, in the foreground, rather than on the first
        # local connection.
        channel = await connector.open()
        await channel.aclose()
    connector.policy.may_prompt = False
    try:
        bound = bind_endpoint(listen, loopback_default=True)
    except OSError as exc:
        raise CliError(f"cannot listen on {listen}: {describe_os_error(exc)}") from None
    # From here on a signal is a graceful stop (before, it ended the command
    # at once, as Ctrl-C at the trust question should).
    stop = GracefulStop(grace=grace, what="connect")
    try:
        async with stop_on_signals(stop):
            listeners = [
                trio.SocketListener(trio.socket.from_stdlib_socket(sock))
                for sock in bound.sockets
            ]
            for name in bound.names():
                say(f"listening on {name}, tunnelling to {connector.name}")
            async with trio.open_nursery() as connections:
                async with trio.open_nursery() as accepting:
                    for listener in listeners:
                        accepting.start_soon(
                            _accept_loop, listener, connections, stop, connector, linger
                        )
                    await stop.stopping.wait()
                    accepting.cancel_scope.cancel()
                for listener in listeners:
                    await listener.aclose()
                bound.remove_socket_file()
                await stop.drain()
    finally:
        bound.close()
        bound.remove_socket_file()
    return stop.exit_status()


async def _accept_loop(
    listener: trio.SocketListener,
    connections: trio.Nursery,
    stop: GracefulStop,
    connector: Connector,
    linger: float,
) -> None:
    while True:
        try:
            stream = await listener.accept()
        except OSError as exc:
            logger.error("cannot accept a connection: %s", describe_os_error(exc))
            await trio.sleep(0.1)
            continue
        stop.opened()
        connections.start_soon(_tunnel, stream, stop, connector, linger)


async def _tunnel(
    plain: trio.SocketStream, stop: GracefulStop, connector: Connector, linger: float
) -> None:
    """Carry one local connection over a channel of its own; log its end."""
    started = trio.current_time()
    connector.keepalive.apply(plain.socket)
    local = peer_name(plain)
    peer = f"{connector.name} (for {local})"
    try:
        channel: OssuaryStream[Transport] | None = None
        ending: str | None = None  # None if the handshake was cut
        who = UNPROVEN
        with stop.cutoff.scope():
            try:
                channel = await connector.open()
            except ServerRefused as exc:
                who = exc.public_key.fingerprint()
                ending = f"refused: {exc}"
            except CliError as exc:
                ending = f"failed: {exc}"
        if channel is None:
            # The local application must not take this for an empty answer.
            await abort_plain(plain)
            if ending is None:
                ending = f"cut: {stop.cutoff.reason} (during the handshake)"
            log_end(peer, who, started, ending, None)
            return
        logger.debug("%s: tunnelled to %s", local, connector.name)
        who = _server_name(channel)
        try:
            result = await relay(channel, plain, linger=linger, cutoff=stop.cutoff)
        except Exception as exc:
            # A bug, but only this connection's: keep serving the others.
            verbose = logger.isEnabledFor(logging.DEBUG)
            logger.error("%s: unexpected error: %r", local, exc, exc_info=verbose)
            return
        log_end(
            peer, who, started, _ending(connector, result, "the local side"), result
        )
    finally:
        stop.closed()


# ---------------------------------------------------------------------------
# The command line


def _check(args: argparse.Namespace) -> str | None:
    if args.accept_new and args.trust is not None:
        return "--accept-new cannot be combined with --trust"
    if args.grace is not None and args.listen is None:
        return "--grace needs --listen (on stdio a signal ends the connection at once)"
    return None


def register(commands: Commands) -> None:
    """Add ``connect`` to the command line.

    Args:
      commands: The main parser's subcommands.
    """
    connect = add_command(
        commands,
        "connect",
        "connect to an Ossuary server: stdio, local tunnel, or proxy command",
        "Connect to an Ossuary server.  By default, like ncat, stdin is sent "
        "and what the server sends is written to stdout.  Ossuary has no "
        "half-close, so at the end of stdin the client keeps printing until "
        "the server closes the connection or has been silent for --linger "
        "seconds, then closes it: 'echo hi | trio-ossuary connect HOST:PORT' "
        "prints an echo server's answer and exits.\n\n"
        "With --listen, each local TCP connection is carried over a new "
        "Ossuary connection (an encrypting tunnel, like spiped -e); "
        "'listening on HOST:PORT' is printed to stderr.\n\n"
        "Trust works as in ssh: the server's key must be the one recorded for "
        "HOST:PORT in the known-hosts file.  A server never seen before is "
        "shown with its fingerprint and trusted only if you type 'yes' at the "
        "terminal (or with --accept-new); a changed key is always refused.  "
        "--trust KEY trusts exactly one key instead.",
        run=cmd_connect,
        check=_check,
        logs_connections=True,
    )
    connect.add_argument(
        "address",
        metavar="HOST:PORT",
        type=address_type(host_required=True, port_zero=False),
        help="the server (also its name in the known-hosts file)",
    )
    client_key = connect.add_mutually_exclusive_group()
    client_key.add_argument(
        "--key",
        metavar="FILE",
        help="prove this secret key to the server (default: the key keygen "
        "writes by default, $XDG_CONFIG_HOME/trio-ossuary/id_ed25519, if it "
        "exists; else none)",
    )
    client_key.add_argument(
        "--anonymous",
        action="store_true",
        help="prove no key, even if the default key file exists",
    )
    trust = connect.add_mutually_exclusive_group()
    trust.add_argument(
        "--known-hosts",
        metavar="FILE",
        help=f"the known-hosts file (default: {default_known_hosts_path()})",
    )
    trust.add_argument(
        "--trust",
        metavar="PUBKEY",
        help="trust only this server key: a SHA256:... fingerprint, an "
        "'ssh-ed25519 AAAA...' line, 64 hex digits, or a .pub file "
        "(the known-hosts file is not used)",
    )
    connect.add_argument(
        "--accept-new",
        action="store_true",
        help="trust a server not yet in the known-hosts file without asking, "
        "and record its key (a changed key is still refused)",
    )
    connect.add_argument(
        "--listen",
        metavar="ADDRESS",
        type=endpoint_type(host_required=False, port_zero=True),
        help="accept plain connections on [HOST:]PORT (PORT alone: 127.0.0.1 "
        "and ::1) or unix:PATH (mode 0600) and tunnel each over its own "
        "Ossuary connection",
    )
    connect.add_argument(
        "--proxy-command",
        metavar="CMD",
        help="run 'exec CMD' with /bin/sh -c, as ssh does (%%h and %%p become "
        "the host and port), and speak Ossuary over its stdin and stdout "
        "instead of TCP, like ssh's ProxyCommand; e.g. 'ssh gw trio-ossuary "
        "serve --stdio --key k --authorized-keys ak --forward db:5432'.  The "
        "host may only hold letters, digits and '.-_:'; both are quoted for "
        "the shell",
    )
    connect.add_argument(
        "--linger",
        metavar="SECONDS",
        type=seconds,
        default=1.0,
        help="after the local side's end of file, keep receiving until the "
        "server has been silent this long (default: 1; 0 closes at once; "
        "'inf' waits for the server to close)",
    )
    connect.add_argument(
        "--grace",
        metavar="SECONDS",
        type=seconds,
        help="with --listen: on SIGTERM or SIGINT, stop accepting and let open "
        "connections run this long to end by themselves; then cut (abort) the "
        f"rest (default: {DEFAULT_GRACE:g})",
    )
    connect.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=positive_seconds,
        default=10.0,
        help="give up if connecting or the handshake takes longer (default: 10)",
    )
    add_keepalive_options(connect)
