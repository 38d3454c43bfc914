"""The ``connect`` subcommand: the client end of stdio and TCP tunnels.

See :mod:`._cli_runtime` for how the relay treats end of file.  Trust works
as in ssh: the known-hosts callback may stop to ask the person at the
terminal; it runs in a worker thread, shielded from the handshake timeout,
and a Ctrl-C abandons it.  The server gives up after about three seconds, so
if the answer took longer the key is recorded and the client reconnects once.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import shlex
from functools import partial
from typing import Final

import trio

from ._address import format_host_port
from ._cli_args import (
    Commands,
    add_command,
    address_type,
    endpoint_type,
    positive_seconds,
    seconds,
)
from ._cli_common import (
    CliError,
    ask_yes_no,
    child_environment,
    describe_channel_error,
    describe_os_error,
    has_terminal,
    load_key,
    logger,
    open_stdin,
    open_stdout,
    say,
)
from ._cli_listen import Endpoint, bind_endpoint, socket_peer_name
from ._cli_runtime import (
    CHANNEL_ERRORS,
    EXIT_GRACE,
    relay,
    run_cancellable,
    start_command,
)
from ._cli_session import (
    FirstBytes,
    RelayResult,
    abort_plain,
    describe_end,
    log_end,
    not_ossuary_hint,
)
from ._errors import ConnectionFailed, KeyFileError, UntrustedServerError
from ._files import config_path
from ._keyfiles import load_public_key, parse_public_key
from ._keys import PublicKey, SecretKey
from ._known_hosts import KnownHosts, default_known_hosts_path
from ._stream import OssuaryStream

__all__ = ["Connector", "TrustPolicy", "cmd_connect", "register"]

#: Ossuary servers abandon a handshake after about 3 s; a client that waited
#: longer than this for a person's answer reconnects.
_SERVER_PATIENCE: Final = 2.5


class TrustPolicy:
    """How ``connect`` decides whether to trust the server's key.

    It is the stream's ``on_untrusted_server`` callback.  With ``--trust``
    one key (or fingerprint) is accepted and anything else refused; otherwise
    the known-hosts file decides, asking the terminal (or obeying
    ``--accept-new``) about a server it has never seen.

    Args:
      host, port: The server as the user named it (the known-hosts entry).
      trusted: The ``--trust`` key, or None.
      fingerprint: The ``--trust`` fingerprint, or None.
      known_hosts: The known-hosts store, used without ``--trust``.
      accept_new: Record a new server's key without asking.

    Attributes:
      authorized_keys: Keys to trust without calling back.
      answered_yes: How many times a person has said yes so far.
      may_prompt: Whether asking the terminal is allowed (only the first,
          foreground connection may ask).
    """

    def __init__(
        self,
        host: str,
        port: int,
        *,
        trusted: PublicKey | None = None,
        fingerprint: str | None = None,
        known_hosts: KnownHosts | None = None,
        accept_new: bool = False,
    ) -> None:
        self._host = host
        self._port = port
        self._name = format_host_port(host, port)
        self._trusted = trusted
        self._fingerprint = fingerprint
        self._known = known_hosts
        self._accept_new = accept_new
        self.authorized_keys = [] if trusted is None else [trusted]
        self.answered_yes = 0
        self.may_prompt = True
        self._lock = trio.Lock()
        # Said only once the key is on record: the write may still fail.
        self._recorded: str | None = None
        self._callback = (
            None
            if known_hosts is None
            else known_hosts.for_host(host, port, confirm=self._confirm)
        )

    def needs_decision(self) -> bool:
        """Whether the first connection may have to ask about a new key.

        Raises:
          KnownHostsError: if the known-hosts file is unreadable or corrupt.
        """
        if self._known is None:
            return False
        return self._known.lookup(self._host, self._port) is None

    async def __call__(self, key: PublicKey) -> bool:
        """Decide about ``key``; raise UntrustedServerError to refuse it."""
        if self._callback is None:
            expected = self._fingerprint or (
                self._trusted.fingerprint() if self._trusted is not None else "?"
            )
            if key.fingerprint() == expected:
                return True
            raise UntrustedServerError(
                f"server key {key.fingerprint()} is not trusted: --trust "
                f"expects {expected}",
                public_key=key,
            )
        callback = self._callback
        async with self._lock:
            self._recorded = None
            if not self.may_prompt:
                verdict = await trio.to_thread.run_sync(callback, key)
            else:
                # A person may take a while to answer: not even the handshake
                # timeout may interrupt them, though Ctrl-C still does.
                with trio.CancelScope(shield=True):
                    verdict = await trio.to_thread.run_sync(
                        callback, key, abandon_on_cancel=True
                    )
            if verdict and self._recorded is not None:
                say(self._recorded)
            self._recorded = None
            return verdict

    def _confirm(self, host: str, port: int, key: PublicKey) -> bool:
        # Runs in a worker thread, from KnownHosts.for_host, for a new server.
        assert self._known is not None
        path = str(self._known.path)
        fingerprint = key.fingerprint()
        if self._accept_new:
            self._recorded = (
                f"new server {self._name}: key {fingerprint} trusted on first use "
                f"and recorded in {path!r}"
            )
            return True
        if self.may_prompt and has_terminal():
            question = (
                f"The server {self._name} is not known (not in {path}).\n"
                f"Its key fingerprint is {fingerprint}.\n"
                f"Trust it and remember it (yes/no)? "
            )
            if not ask_yes_no(question):
                raise UntrustedServerError(
                    f"server key {fingerprint} for {self._name} was not trusted "
                    f"(you answered no)",
                    public_key=key,
                )
            self.answered_yes += 1
            self._recorded = (
                f"recorded server key {fingerprint} for {self._name} in {path!r}"
            )
            return True
        why = (
            "there is no terminal to confirm it"
            if self.may_prompt
            else "new keys are only confirmed at startup"
        )
        raise UntrustedServerError(
            f"server key {fingerprint} for {self._name} is not known (not in "
            f"{path!r}) and {why}: check the fingerprint, then pass "
            f"--accept-new to trust it on first use or --trust {fingerprint}",
            public_key=key,
        )


def _trust_from_args(args: argparse.Namespace, host: str, port: int) -> TrustPolicy:
    text: str | None = args.trust
    if text is None:
        return TrustPolicy(
            host,
            port,
            known_hosts=KnownHosts(args.known_hosts),
            accept_new=args.accept_new,
        )
    text = text.strip()
    if text.startswith("SHA256:"):
        if not _FINGERPRINT.fullmatch(text):
            raise CliError(
                f"--trust {text[:60]!r} is not a valid fingerprint: expected "
                f"SHA256: and 43 base64 characters, as 'trio-ossuary "
                f"fingerprint FILE' prints them",
                status=2,
            )
        return TrustPolicy(host, port, fingerprint=text)
    if os.path.exists(text):
        if _holds_secret_key(text):
            raise CliError(
                f"--trust {text!r} is a secret key file: give the server's "
                f"public key instead ({text}.pub, or what 'trio-ossuary pubkey "
                f"{text}' prints)",
                status=2,
            )
        return TrustPolicy(host, port, trusted=load_public_key(text))
    try:
        return TrustPolicy(host, port, trusted=parse_public_key(text))
    except KeyFileError as exc:
        raise CliError(
            f"--trust {text[:40]!r} is not a SHA256: fingerprint, a public key "
            f"or a public key file ({exc})"
        ) from None


_FINGERPRINT: Final = re.compile(r"SHA256:[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]")
# Letters, digits, '.', '-', '_' and ':', or an IPv6 address in brackets; no
# leading '-' (it would be read as an option by the proxy command).
_HOST_NAME: Final = re.compile(r"(?!-)[A-Za-z0-9._:-]+|\[[0-9A-Fa-f:.%A-Za-z_-]+\]")


def _holds_secret_key(path: str) -> bool:
    """Whether ``path`` looks like a secret key file (an OpenSSH private key)."""
    try:
        with open(path, "rb") as file:
            head = file.read(4096)
    except OSError:
        return False  # load_public_key reports it
    return b"PRIVATE KEY-----" in head


def proxy_command_line(template: str, host: str, port: int) -> str:
    """Substitute ``%h``, ``%p`` and ``%%`` in a ``--proxy-command``, safely.

    As OpenSSH does since 2023, the host must look like a host name or an
    address, and both substitutions are quoted for the shell, so a host
    name cannot run a command or add an option.

    Args:
      template: The command as given.
      host: The server's host, as given on the command line.
      port: The server's port.

    Returns:
      The command line for ``/bin/sh -c``.

    Raises:
      CliError: if ``host`` contains characters no host name has.
    """
    if not _HOST_NAME.fullmatch(host):
        raise CliError(
            f"invalid host name {host[:60]!r} for --proxy-command: only letters, "
            f"digits, '.', '-', '_' and ':' (or an IPv6 address in brackets) "
            f"are allowed, and it may not start with '-'",
            status=2,
        )
    values = {"h": shlex.quote(host), "p": shlex.quote(str(port)), "%": "%"}
    return re.sub(r"%([hp%])", lambda match: values[match.group(1)], template)


class _ProxyTransport(trio.abc.Stream):
    """Ossuary over the stdin and stdout of a ``--proxy-command`` process."""

    def __init__(self, process: trio.Process) -> None:
        assert process.stdio is not None
        self.process = process
        self._pipes = process.stdio

    async def send_all(self, data: bytes | bytearray | memoryview) -> None:
        await self._pipes.send_all(data)

    async def wait_send_all_might_not_block(self) -> None:
        await self._pipes.wait_send_all_might_not_block()

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        return bytes(await self._pipes.receive_some(max_bytes))

    async def aclose(self) -> None:
        try:
            await self._pipes.aclose()
        finally:
            await self._reap()

    async def _reap(self) -> None:
        # Its stdin is closed: give it a moment to exit, then insist.
        with trio.CancelScope(shield=True):
            for stop in (None, self.process.terminate, self.process.kill):
                if stop is not None:
                    stop()
                with trio.move_on_after(EXIT_GRACE):
                    await self.process.wait()
                    return


class Connector:
    """Opens authenticated channels to the server named on the command line.

    Args:
      host, port: The server.
      key: The client's key, or None to connect anonymously.
      policy: The trust policy.
      proxy_command: Reach the server through this command's stdin/stdout
          instead of TCP.
      timeout: Seconds allowed for connecting and for the handshake.
    """

    def __init__(
        self,
        host: str,
        port: int,
        *,
        key: SecretKey | None,
        policy: TrustPolicy,
        proxy_command: str | None,
        timeout: float,
    ) -> None:
        self.name = format_host_port(host, port)
        self._host = host
        self._port = port
        self._key = key
        self.policy = policy
        self._proxy = proxy_command
        self._timeout = timeout

    async def _dial(self) -> trio.abc.Stream:
        if self._proxy is not None:
            command = proxy_command_line(self._proxy, self._host, self._port)
            try:
                process = await start_command(
                    f"exec {command}", env=child_environment(), own_group=False
                )
            except OSError as exc:
                raise CliError(
                    f"cannot run the proxy command: {describe_os_error(exc)}"
                ) from None
            return _ProxyTransport(process)
        with trio.move_on_after(self._timeout):
            try:
                return await trio.open_tcp_stream(self._host, self._port)
            except OSError as exc:
                raise CliError(
                    f"cannot connect to {self.name}: {describe_os_error(exc)}"
                ) from None
        raise CliError(f"cannot connect to {self.name}: timed out")

    def describe(self, exc: BaseException) -> str:
        """Say in one line why the channel to the server failed.

        Args:
          exc: What the channel raised.

        Returns:
          The message, with the likely reasons when the server ended the
          connection with a failure (it never says why).
        """
        cause = exc.__cause__
        if not (isinstance(cause, ConnectionFailed) and cause.by_peer):
            return describe_channel_error(exc, f"server {self.name}")
        # A server fails a connection when it refuses the client's key, which
        # the client only learns after its side of the handshake, or when its
        # service (--forward, --exec) cannot be reached or fails.
        if self._key is None:
            reason = "it may require client authentication (pass --key)"
        else:
            reason = f"it may not authorize the client key {self._key.public_key}"
        return (
            f"server {self.name} ended the connection with a failure: {reason}, "
            f"or its service may have failed (see the server's log)"
        )

    async def _describe(self, exc: BaseException, transport: FirstBytes) -> str:
        hint = not_ossuary_hint(transport.prefix, "server")
        if hint is not None:
            return f"cannot handshake with {self.name}: {hint}"
        if isinstance(transport.transport_stream, _ProxyTransport):
            proxy = transport.transport_stream
            with trio.move_on_after(0.5):
                await proxy.process.wait()
            status = proxy.process.returncode
            if status is not None:
                return (
                    f"the proxy command exited with status {status} before the "
                    f"handshake with {self.name} completed"
                )
        return self.describe(exc)

    async def open(self) -> OssuaryStream[FirstBytes]:
        """Connect and handshake, reconnecting once if a person answered slowly.

        Returns:
          The established channel.

        Raises:
          CliError: if the server cannot be reached or is not trusted.
        """
        for attempt in (1, 2):
            answered = self.policy.answered_yes
            started = trio.current_time()
            transport = FirstBytes(await self._dial())
            channel = OssuaryStream(
                transport,
                secret_key=self._key,
                authorized_keys=self.policy.authorized_keys,
                on_untrusted_server=self.policy,
                handshake_timeout=self._timeout,
            )
            try:
                await channel.do_handshake()
            except CHANNEL_ERRORS as exc:
                message = await self._describe(exc, transport)
                await trio.aclose_forcefully(channel)
                if attempt == 1 and self.policy.answered_yes > answered:
                    say("the server stopped waiting for the answer; reconnecting")
                    continue
                raise CliError(message) from None
            if (
                attempt == 1
                and self.policy.answered_yes > answered
                and trio.current_time() - started > _SERVER_PATIENCE
            ):
                # Our side of the handshake may have completed, but the
                # server has certainly given up on it by now.
                await trio.aclose_forcefully(channel)
                say("the server stopped waiting for the answer; reconnecting")
                continue
            logger.info(
                "connected to %s, server key %s",
                self.name,
                channel.remote_public_key,
            )
            return channel
        raise AssertionError("unreachable")  # pragma: no cover


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
    policy = _trust_from_args(args, host, port)
    if args.proxy_command is not None:
        proxy_command_line(args.proxy_command, host, port)  # check the host now
    connector = Connector(
        host,
        port,
        key=_client_key(args),
        policy=policy,
        proxy_command=args.proxy_command,
        timeout=args.timeout,
    )
    if args.listen is not None:
        return trio.run(
            run_cancellable,
            partial(_connect_listen, connector, args.listen, args.linger),
        )
    return trio.run(run_cancellable, partial(_connect_stdio, connector, args.linger))


def _server_name(channel: OssuaryStream[FirstBytes]) -> str:
    remote = channel.remote_public_key
    return "anonymous" if remote is None else remote.fingerprint()


async def _connect_stdio(connector: Connector, linger: float) -> int:
    started = trio.current_time()
    channel = await connector.open()
    who = _server_name(channel)
    plain = trio.StapledStream(open_stdout(), open_stdin())
    result = await relay(channel, plain, linger=linger)
    log_end(connector.name, who, started, _ending(connector, result), result)
    if result.error is not None:
        raise CliError(connector.describe(result.error))
    return 0


def _ending(connector: Connector, result: RelayResult) -> str:
    if result.error is not None:
        return f"reset: {connector.describe(result.error)}"
    return describe_end(result, f"server {connector.name}")


async def _connect_listen(connector: Connector, listen: Endpoint, linger: float) -> int:
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
    listeners = [
        trio.SocketListener(trio.socket.from_stdlib_socket(sock))
        for sock in bound.sockets
    ]

    async def tunnel(tcp: trio.SocketStream) -> None:
        started = trio.current_time()
        try:
            local = socket_peer_name(tcp.socket)
        except OSError:
            local = "local client"
        peer = f"{connector.name} (for {local})"
        try:
            channel = await connector.open()
        except CliError as exc:
            # The local application must not take this for an empty answer.
            await abort_plain(tcp)
            log_end(peer, "unknown", started, f"refused: {exc}", None)
            return
        logger.debug("%s: tunnelled to %s", local, connector.name)
        who = _server_name(channel)
        try:
            result = await relay(channel, tcp, linger=linger)
        except Exception as exc:
            # A bug, but only this connection's: keep serving the others.
            verbose = logger.isEnabledFor(logging.DEBUG)
            logger.error("%s: unexpected error: %r", local, exc, exc_info=verbose)
            return
        log_end(peer, who, started, _ending(connector, result), result)

    for name in bound.names():
        say(f"listening on {name}, tunnelling to {connector.name}")
    try:
        await trio.serve_listeners(tunnel, listeners)
    finally:
        bound.close()
        bound.remove_socket_file()
    return 0  # pragma: no cover - serving only ends by cancellation


# ---------------------------------------------------------------------------
# The command line


def _check(args: argparse.Namespace) -> str | None:
    if args.accept_new and args.trust is not None:
        return "--accept-new cannot be combined with --trust"
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
        "--timeout",
        metavar="SECONDS",
        type=positive_seconds,
        default=10.0,
        help="give up if connecting or the handshake takes longer (default: 10)",
    )
