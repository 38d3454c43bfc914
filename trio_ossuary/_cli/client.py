"""How ``connect`` reaches the server: TCP or a proxy command, then a handshake.

The server gives up on a handshake after its ``handshake_timeout``, so if a
person took longer to answer the trust question (see :mod:`.trust_prompt`),
the key is recorded and :class:`Connector` reconnects once.
"""

from __future__ import annotations

import re
import shlex
from typing import Final

import trio

from .._address import format_host_port
from .._errors import ConnectionFailed, UntrustedServerError
from .._keys import PublicKey, SecretKey
from .._options import DEFAULT_OPTIONS
from .._stream import OssuaryStream
from .ending import FirstBytes, Transport, not_ossuary_hint
from .errors import (
    USAGE,
    CliError,
    describe_channel_error,
    describe_os_error,
    logger,
    say,
)
from .keepalive import KeepAlive
from .processes import reap_group, start_command
from .relay import CHANNEL_ERRORS
from .stdio import child_environment
from .trust_prompt import ServerTrust

__all__ = ["Connector", "ServerRefused", "proxy_command_line"]

#: How long the server waits for the client's side of a handshake.  The
#: client cannot learn the server's own setting: the protocol does not carry
#: it, and the server says nothing between its ServerHandshake and the end of
#: the handshake.  So it assumes what ``trio-ossuary serve`` uses, the
#: library's default (``serve`` has no option to change it).  Against a
#: server that waits longer, a slow answer costs one needless reconnection;
#: against one that waits less, the server's Disconnect shows on first use.
SERVER_HANDSHAKE_TIMEOUT: Final = DEFAULT_OPTIONS.handshake_timeout

#: A client whose handshake, a person's answer included, took longer than
#: this reconnects: the server's timeout, less time for the client's last
#: handshake packet to reach the server.  (The server's clock starts when it
#: has accepted the connection, after the client's, so the client's count is
#: never the shorter.)
SERVER_PATIENCE: Final = SERVER_HANDSHAKE_TIMEOUT - 0.5


# Letters, digits, '.', '-', '_' and ':', or an IPv6 address in brackets; no
# leading '-' (it would be read as an option by the proxy command).
_HOST_NAME: Final = re.compile(r"(?!-)[A-Za-z0-9._:-]+|\[[0-9A-Fa-f:.%A-Za-z_-]+\]")


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
            status=USAGE,
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
        await reap_group(self.process, group=False)


class ServerRefused(CliError):
    """We refused the server: its key is not trusted (as opposed to the
    server refusing us, or a failure).

    Args:
      message: What to say.
      public_key: The key the server proved.

    Attributes:
      public_key: That key, so a log line can name the refused server.
    """

    def __init__(self, message: str, public_key: PublicKey) -> None:
        super().__init__(message)
        self.public_key = public_key


class Connector:
    """Opens authenticated channels to the server named on the command line.

    Args:
      host, port: The server.
      key: The client's key, or None to connect anonymously.
      policy: The trust policy.
      proxy_command: Reach the server through this command's stdin/stdout
          instead of TCP.
      timeout: Seconds allowed for connecting and for the handshake.
      keepalive: Keep-alive settings for the TCP connection (default:
          :class:`.keepalive.KeepAlive`'s).
    """

    def __init__(
        self,
        host: str,
        port: int,
        *,
        key: SecretKey | None,
        policy: ServerTrust,
        proxy_command: str | None,
        timeout: float,
        keepalive: KeepAlive | None = None,
    ) -> None:
        self.name = format_host_port(host, port)
        self._host = host
        self._port = port
        self._key = key
        self.policy = policy
        self._proxy = proxy_command
        self._timeout = timeout
        self.keepalive = KeepAlive() if keepalive is None else keepalive

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
                tcp = await trio.open_tcp_stream(self._host, self._port)
            except OSError as exc:
                raise CliError(
                    f"cannot connect to {self.name}: {describe_os_error(exc)}"
                ) from None
            self.keepalive.apply(tcp.socket)
            return tcp
        raise CliError(f"cannot connect to {self.name}: timed out")

    def describe(self, exc: BaseException, *, served: bool = False) -> str:
        """Say in one line why the channel to the server failed.

        Args:
          exc: What the channel raised.
          served: Whether the server had sent data (so it had accepted our
              key: a failure after that is its service's, or a stop's).

        Returns:
          The message, with the likely reasons when the server ended the
          connection with a failure (it never says why).
        """
        cause = exc.__cause__
        if not (isinstance(cause, ConnectionFailed) and cause.by_peer):
            return describe_channel_error(exc, f"server {self.name}")
        failed = f"server {self.name} ended the connection with a failure"
        if served:
            return (
                f"{failed}: its service failed, or it was stopped (see the "
                f"server's log)"
            )
        # A server fails a connection when it refuses the client's key, which
        # the client only learns after its side of the handshake, or when its
        # service (--forward, --exec) cannot be reached or fails.
        if self._key is None:
            ours = "refused us (it may require a client key: pass --key)"
        else:
            ours = f"refused our key {self._key.public_key.fingerprint()}"
        return (
            f"{failed}: the server {ours}, or its service failed (see the server's log)"
        )

    async def _describe(self, exc: BaseException, recorder: FirstBytes) -> str:
        hint = not_ossuary_hint(recorder.prefix, "server")
        if hint is not None:
            return f"cannot handshake with {self.name}: {hint}"
        if isinstance(recorder.transport_stream, _ProxyTransport):
            proxy = recorder.transport_stream
            with trio.move_on_after(0.5):
                await proxy.process.wait()
            status = proxy.process.returncode
            if status is not None:
                return (
                    f"the proxy command exited with status {status} before the "
                    f"handshake with {self.name} completed"
                )
        return self.describe(exc)

    async def open(self) -> OssuaryStream[Transport]:
        """Connect and handshake, reconnecting once if a person answered slowly.

        Returns:
          The established channel.

        Raises:
          CliError: if the server cannot be reached or is not trusted.
        """
        for attempt in (1, 2):
            answered = self.policy.answered_yes
            started = trio.current_time()
            recorder = FirstBytes(await self._dial())
            logger.debug("handshake with %s under way", self.name)
            channel = OssuaryStream(
                recorder.stapled(),
                secret_key=self._key,
                authorized_keys=self.policy.authorized_keys,
                on_untrusted_server=self.policy,
                handshake_timeout=self._timeout,
            )
            try:
                await channel.do_handshake()
            except CHANNEL_ERRORS as exc:
                message = await self._describe(exc, recorder)
                await trio.aclose_forcefully(channel)
                if attempt == 1 and self.policy.answered_yes > answered:
                    say("the server stopped waiting for the answer; reconnecting")
                    continue
                if isinstance(exc.__cause__, UntrustedServerError):
                    raise ServerRefused(message, exc.__cause__.public_key) from None
                raise CliError(message) from None
            if (
                attempt == 1
                and self.policy.answered_yes > answered
                and trio.current_time() - started > SERVER_PATIENCE
            ):
                # Our side of the handshake may have completed, but the
                # server has certainly given up on it by now.
                await trio.aclose_forcefully(channel)
                say("the server stopped waiting for the answer; reconnecting")
                continue
            recorder.stop_recording()
            logger.info(
                "connected to %s, server key %s",
                self.name,
                channel.remote_public_key,
            )
            return channel
        raise AssertionError("unreachable")  # pragma: no cover
