"""The ``known-hosts`` subcommand: list the known-hosts file, or forget a server.

``--remove HOST[:PORT]`` is ``ssh-keygen -R``: the way to accept a server's
new key after checking it (``connect`` refuses a changed key forever).  It
goes through the store's own locked, atomic write (:mod:`..._known_hosts`),
so a ``connect`` recording a new server at the same moment loses nothing.
"""

from __future__ import annotations

import argparse

from ..._address import canonical_host_port, format_host_port, parse_host_port
from ..._known_hosts import KnownHosts, default_known_hosts_path
from ..args import Commands, add_command
from ..errors import CliError

__all__ = ["cmd_known_hosts", "register"]


def _target(value: str) -> tuple[str, int | None]:
    """An argument type for ``HOST``, ``HOST:PORT``, ``[IPV6]`` or ``[IPV6]:PORT``."""
    text = value.strip()
    try:
        if text.startswith("[") and text.endswith("]"):
            host, port = text[1:-1], None
        elif text.startswith("[") or text.count(":") == 1:
            host, port = parse_host_port(text)
        else:  # a name, an IPv4 address, or an IPv6 address without brackets
            host, port = text, None
        canonical = canonical_host_port(host, 1 if port is None else port)[0]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return canonical, port


def cmd_known_hosts(args: argparse.Namespace) -> int:
    """Run ``trio-ossuary known-hosts``.

    Args:
      args: The parsed command line.

    Returns:
      The exit status.

    Raises:
      CliError: if ``--remove`` finds nothing to remove.
      KnownHostsError: if the file cannot be read, is corrupt, or cannot be
          written.
    """
    store = KnownHosts(args.known_hosts)
    if args.list:
        for (host, port), key in store.entries().items():
            print(f"{format_host_port(host, port)} {key.fingerprint()}")
        return 0
    host, port = args.remove  # canonical already (_target)
    wanted = (host, 1 if port is None else port)
    # The keys come from the read made under the lock, with the removal.
    gone = store._remove_where(wanted, any_port=port is None)
    if not gone:
        name = host if port is None else format_host_port(host, port)
        raise CliError(f"no key is recorded for {name} in {str(store.path)!r}")
    for name, key in gone.items():
        print(f"removed {format_host_port(*name)} {key.fingerprint()}")
    return 0


def register(commands: Commands) -> None:
    """Add ``known-hosts`` to the command line.

    Args:
      commands: The main parser's subcommands.
    """
    parser = add_command(
        commands,
        "known-hosts",
        "list the known-hosts file, or forget a server's key",
        "List the servers recorded in the known-hosts file with their key "
        "fingerprints (--list), or forget a server (--remove, like ssh-keygen "
        "-R), for instance to accept its new key after checking it: connect "
        "refuses a changed key until the old one is removed.  HOST alone "
        "removes every port of that host.  The file is rewritten atomically, "
        "under the lock connect takes to record a new server.",
        run=cmd_known_hosts,
    )
    parser.add_argument(
        "--known-hosts",
        metavar="FILE",
        help=f"the known-hosts file (default: {default_known_hosts_path()})",
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--list",
        action="store_true",
        help="print each recorded server and its key's fingerprint",
    )
    what.add_argument(
        "--remove",
        metavar="HOST[:PORT]",
        type=_target,
        help="forget the key recorded for HOST:PORT (every port of HOST if no "
        "port is given; an IPv6 address with a port in brackets)",
    )
