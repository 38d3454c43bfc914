"""How ``connect`` decides whether to trust the server's key.

Trust works as in ssh: the known-hosts callback may stop to ask the person
at the terminal; it runs in a worker thread, shielded from the handshake
timeout, and a Ctrl-C abandons it.  With ``--trust`` exactly one key (or
fingerprint) is trusted instead.
"""

from __future__ import annotations

import argparse
import os
import re
from typing import Final

import trio

from .._address import format_host_port
from .._errors import KeyFileError, UntrustedServerError
from .._keyfiles import load_public_key, parse_public_key
from .._keys import PublicKey
from .._known_hosts import KnownHosts
from .errors import USAGE, CliError, say
from .terminal import ask_yes_no, has_terminal, key_file_kind

__all__ = ["ServerTrust", "trust_from_args"]


class ServerTrust:
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


def trust_from_args(args: argparse.Namespace, host: str, port: int) -> ServerTrust:
    """Make the trust policy that ``--trust`` or the known-hosts file sets.

    Args:
      args: The parsed command line.
      host, port: The server, as named on the command line.

    Returns:
      The policy.

    A ``--trust`` value starting with ``SHA256:`` is a fingerprint, one
    starting with ``ssh-`` (or made of hex digits) is a key, and anything
    else is the name of a public key file.

    Raises:
      CliError: for a malformed fingerprint or key, or a file that holds no
          public key (status 2), or one that is missing or unreadable.
      KeyFileError: for a public key file that is damaged.
    """
    text: str | None = args.trust
    if text is None:
        return ServerTrust(
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
                status=USAGE,
            )
        return ServerTrust(host, port, fingerprint=text)
    if _KEY_TEXT.match(text) and not os.path.exists(text):
        try:
            return ServerTrust(host, port, trusted=parse_public_key(text))
        except KeyFileError as exc:
            raise CliError(
                f"--trust {text[:40]!r} is not a valid public key ({exc})",
                status=USAGE,
            ) from None
    # Anything else names a file.
    if not os.path.lexists(text):
        raise CliError(
            f"--trust {text!r}: the file does not exist (--trust takes a "
            f"SHA256: fingerprint, an 'ssh-ed25519 AAAA...' line, 64 hex "
            f"digits or a public key file)"
        )
    try:
        kind = key_file_kind(text)
    except KeyFileError as exc:
        raise CliError(f"--trust: {exc}") from None
    if kind == "secret":
        raise CliError(
            f"--trust {text!r} is a secret key file: give the server's "
            f"public key instead ({text}.pub, or what 'trio-ossuary pubkey "
            f"{text}' prints)",
            status=USAGE,
        )
    if kind == "other":
        raise CliError(
            f"--trust {text!r} is not a public key file: expected an "
            f"'ssh-ed25519 AAAA...' line or 64 hex digits",
            status=USAGE,
        )
    return ServerTrust(host, port, trusted=load_public_key(text))


_FINGERPRINT: Final = re.compile(r"SHA256:[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]")
#: A --trust value that is a key itself: a key line, or hex digits alone.
_KEY_TEXT: Final = re.compile(r"ssh-|ecdsa-|sk-|[0-9a-fA-F]{32,}(\s|$)")
