"""``HOST:PORT``: one parser, one formatter and one normal form.

A known-hosts entry starts with ``HOST:PORT`` and the command line takes
addresses written the same way, so both read and write them here.  An IPv6
address goes in brackets (``[::1]:8000``); a bare ``::1:8000`` is refused
rather than guessed at.  Messages quote the text (``repr``, so a control
character cannot break the line) but never more than 40 characters of it.

This module has no dependencies: the errors module uses it too.
"""

from __future__ import annotations

import contextlib
import ipaddress
from typing import Final, Literal, overload

__all__ = [
    "HostPort",
    "canonical_host_port",
    "check_port",
    "format_host_port",
    "parse_host_port",
]

#: A canonical ``(host, port)`` pair: lower-case name or normalized address.
HostPort = tuple[str, int]

# Characters that would make a host ambiguous in a known-hosts line.
_FORBIDDEN_IN_HOST: Final = frozenset("[]:#,/\\")
_QUOTE_LIMIT: Final = 40


def _quoted(text: str) -> str:
    return repr(text[:_QUOTE_LIMIT] + ("..." if len(text) > _QUOTE_LIMIT else ""))


def check_port(port: object, *, zero_ok: bool = False) -> int:
    """Return ``port`` if it is a valid TCP port number.

    Args:
      port: The port.
      zero_ok: Whether 0 ("any free port", for a listener) is allowed.

    Returns:
      The port.

    Raises:
      TypeError: if ``port`` is not an int (a bool or a str is not).
      ValueError: if it is outside 1-65535 (0-65535 with ``zero_ok``).
    """
    if isinstance(port, bool) or not isinstance(port, int):
        raise TypeError(f"the port must be an int, not {type(port).__name__}")
    low = 0 if zero_ok else 1
    if not low <= port <= 65535:
        raise ValueError(f"invalid port {port}: expected {low} to 65535")
    return port


def canonical_host_port(host: str, port: int) -> HostPort:
    """Normalize a host and port so that equal endpoints compare equal.

    IP addresses are normalized (``[0:0::1]`` becomes ``::1``) and names
    lower-cased.

    Args:
      host: A host name or IP address, an IPv6 address with or without
          brackets.
      port: The port, 1-65535.

    Returns:
      The ``(host, port)`` pair.

    Raises:
      TypeError: if ``host`` is not a str or ``port`` not an int.
      ValueError: for a port outside 1-65535, or a host that is empty or
          holds whitespace, a control character or one of ``[]:#,/\\``.
    """
    if not isinstance(host, str):
        raise TypeError(f"the host must be a str, not {type(host).__name__}")
    check_port(port)
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    with contextlib.suppress(ValueError):
        return str(ipaddress.ip_address(host)), port
    if not host or any(
        c in _FORBIDDEN_IN_HOST or c.isspace() or not c.isprintable() for c in host
    ):
        raise ValueError(f"invalid host name {_quoted(host)}")
    return host.lower(), port


def format_host_port(host: str, port: int) -> str:
    """Write a host and port as :func:`parse_host_port` reads them.

    Args:
      host: A host name or IP address.
      port: The port.

    Returns:
      ``host:port``, or ``[host]:port`` for an IPv6 address.
    """
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


@overload
def parse_host_port(
    text: str, *, bare_port: Literal[False] = False, zero_ok: bool = False
) -> tuple[str, int]: ...
@overload
def parse_host_port(
    text: str, *, bare_port: bool, zero_ok: bool = False
) -> tuple[str | None, int]: ...
def parse_host_port(
    text: str, *, bare_port: bool = False, zero_ok: bool = False
) -> tuple[str | None, int]:
    """Parse ``HOST:PORT``, ``[IPV6]:PORT`` or (if allowed) a bare ``PORT``.

    The host is checked but not normalized; pass the result to
    :func:`canonical_host_port` to compare it with others.

    Args:
      text: The text, such as ``example.com:8000`` or ``[::1]:8000``.
      bare_port: Whether ``PORT`` alone is allowed; the host is then None.
      zero_ok: Whether port 0 is allowed.

    Returns:
      ``(host, port)``.

    Raises:
      ValueError: saying what is wrong.
    """
    host: str | None
    if text.startswith("["):
        host, sep, port_text = text[1:].partition("]:")
        if not sep or not host:
            raise ValueError(
                f"invalid address {_quoted(text)}: expected [ADDRESS]:PORT"
            )
    elif ":" in text:
        host, _, port_text = text.rpartition(":")
        if ":" in host:
            raise ValueError(
                f"invalid address {_quoted(text)}: an IPv6 address must be in "
                f"brackets, as [::1]:PORT"
            )
        if not host:
            raise ValueError(f"invalid address {_quoted(text)}: the host is empty")
    elif bare_port:
        host, port_text = None, text
    else:
        raise ValueError(f"invalid address {_quoted(text)}: expected HOST:PORT")
    if not (port_text.isascii() and port_text.isdigit()):
        raise ValueError(f"invalid port {_quoted(port_text)} in {_quoted(text)}")
    port = check_port(int(port_text), zero_ok=zero_ok)
    if host is not None and (not host.isprintable() or any(c.isspace() for c in host)):
        raise ValueError(f"invalid host in {_quoted(text)}")
    return host, port
