"""The ``trio-ossuary`` command: argument parsing, error reporting, ``main``.

The subcommands live in :mod:`._cli_keys` (keygen, pubkey, fingerprint),
:mod:`._cli_tunnel` (serve, and the relay both ends share),
:mod:`._cli_connect` (connect) and :mod:`._cli_demo` (demo).  This
module turns every failure a person can cause into one line on stderr,
``trio-ossuary: error: ...``, with a non-zero exit status: 2 for a bad
command line, 130 for Ctrl-C and 1 for everything else.  Tracebacks are only
shown, with ``-v``, for errors nobody anticipated.

Importing ``trio_ossuary`` never imports this module.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import sys
import textwrap
import traceback
from collections.abc import Callable, Sequence
from typing import Any, Final, NoReturn

import trio

from ._address import parse_host_port
from ._cli_common import (
    PASSPHRASE_ENV,
    PROG,
    CliError,
    describe_channel_error,
    describe_os_error,
    leaf_exceptions,
)
from ._errors import OssuaryError
from ._known_hosts import default_known_hosts_path
from ._version import __version__

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line, like every other error."""

    def error(self, message: str) -> NoReturn:
        hint = f"try '{self.prog} --help'"
        sys.stderr.write(f"{PROG}: error: {message} ({hint})\n")
        raise SystemExit(2)


def _address_type(
    *, host_required: bool, port_zero: bool
) -> Callable[[str], tuple[str | None, int]]:
    def convert(text: str) -> tuple[str | None, int]:
        try:
            return parse_host_port(text, bare_port=not host_required, zero_ok=port_zero)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return convert


def _endpoint_type(*, host_required: bool, port_zero: bool) -> Callable[[str], Any]:
    def convert(text: str) -> Any:
        from ._cli_listen import parse_endpoint

        try:
            return parse_endpoint(
                text, host_required=host_required, port_zero=port_zero
            )
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return convert


def _count(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"invalid count {text!r}: expected 1 or more")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid number of seconds {text!r}"
        ) from None
    if math.isnan(value) or value < 0:
        raise argparse.ArgumentTypeError(f"invalid number of seconds {text!r}")
    return value


def _positive_seconds(text: str) -> float:
    value = _seconds(text)
    if value == 0 or math.isinf(value):
        raise argparse.ArgumentTypeError(f"invalid timeout {text!r}")
    return value


def _size(text: str) -> int:
    from ._cli_demo import parse_size

    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


_FORMATTER = argparse.RawDescriptionHelpFormatter


def _text(text: str) -> str:
    """Wrap each blank-line-separated paragraph of a description."""
    return "\n\n".join(
        textwrap.fill(" ".join(paragraph.split()), 79)
        for paragraph in text.split("\n\n")
    )


def _add_kind(parser: argparse.ArgumentParser) -> None:
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument(
        "--secret",
        dest="kind",
        action="store_const",
        const="secret",
        help="read FILE as a secret key (only needed for a bare hex value)",
    )
    kind.add_argument(
        "--public",
        dest="kind",
        action="store_const",
        const="public",
        help="read FILE as a public key (only needed for a bare hex value)",
    )


_QUIET: Final[dict[str, Any]] = {
    "action": "store_true",
    "default": argparse.SUPPRESS,
    "help": "do not log the one line per connection that serve and connect "
    "print by default (errors are still shown)",
}


def _build_parser() -> argparse.ArgumentParser:
    verbose = _Parser(add_help=False)
    verbose.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="log what happens (connections, handshakes, trust) to stderr",
    )
    verbose.add_argument("-q", "--quiet", **_QUIET)
    parser = _Parser(
        prog=PROG,
        formatter_class=_FORMATTER,
        description=_text(
            "Ossuary v1 secure channels (X25519, ChaCha20-Poly1305, Ed25519) "
            "from the command line: make keys, serve and connect, tunnel TCP."
        ),
        epilog=(
            "examples:\n"
            "  trio-ossuary demo\n"
            "  trio-ossuary keygen -f server.key\n"
            "  trio-ossuary serve --key server.key --authorized-keys clients "
            "--listen 8000 --forward 127.0.0.1:80\n"
            "  trio-ossuary connect server.example:8000 --listen 8080\n"
            "  echo hi | trio-ossuary connect server.example:8000\n\n"
            "Run 'trio-ossuary COMMAND --help' for each command's options."
        ),
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="log what happens (connections, handshakes, trust) to stderr",
    )
    parser.add_argument("-q", "--quiet", **{**_QUIET, "default": False})
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, summary: str, description: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=summary,
            description=_text(description),
            parents=[verbose],
            formatter_class=_FORMATTER,
        )

    # keygen ---------------------------------------------------------------
    keygen = command(
        "keygen",
        "make a new Ed25519 key pair",
        "Write a new Ed25519 key pair in OpenSSH format: the secret key to FILE "
        "(mode 0600) and the public key line to FILE.pub, then print its "
        "fingerprint as ssh-keygen -l does.  Existing files are never "
        "replaced unless --force is given.",
    )
    keygen.add_argument(
        "-f",
        "--file",
        metavar="FILE",
        help="where to write the secret key (default: "
        "$XDG_CONFIG_HOME/trio-ossuary/id_ed25519, i.e. "
        "~/.config/trio-ossuary/id_ed25519)",
    )
    keygen.add_argument(
        "-C",
        "--comment",
        metavar="COMMENT",
        help="comment for the public key line (default: user@host)",
    )
    keygen.add_argument(
        "--passphrase",
        action="store_true",
        help=f"encrypt the secret key with a passphrase, asked twice at the "
        f"terminal, or taken from ${PASSPHRASE_ENV} when that is set",
    )
    keygen.add_argument(
        "--force", action="store_true", help="replace FILE and FILE.pub if they exist"
    )

    # pubkey / fingerprint -------------------------------------------------
    pubkey = command(
        "pubkey",
        "print the public key line of a key file",
        "Print the OpenSSH public key line (ssh-ed25519 AAAA... comment) for a "
        "secret or public key file.  OpenSSH files are recognised by their "
        "content; a bare 64-digit hex value is read as a secret seed unless the "
        "file name ends in .pub (or --public is given).  An encrypted key's "
        f"passphrase is asked for, or taken from ${PASSPHRASE_ENV}.",
    )
    pubkey.add_argument("file", metavar="FILE", help="a secret or public key file")
    _add_kind(pubkey)
    fingerprint = command(
        "fingerprint",
        "print a key file's SHA256 fingerprint",
        "Print a key's fingerprint in the format of 'ssh-keygen -lf FILE': "
        "'256 SHA256:... comment (ED25519)'.  FILE may be a secret key, a "
        "public key or hex (see 'pubkey --help' for how hex is read).",
    )
    fingerprint.add_argument("file", metavar="FILE", help="a secret or public key file")
    _add_kind(fingerprint)

    # serve ----------------------------------------------------------------
    serve = command(
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
        "connection is closed; when the client closes the connection, the "
        "service's input is closed and a command gets a second to exit before "
        "its process group is terminated.  A command runs via /bin/sh -c in a "
        "process group of its own, with $TRIO_OSSUARY_PEER (the client's "
        "address) and $TRIO_OSSUARY_PEER_KEY (its key's fingerprint, empty if "
        "anonymous) set.",
    )
    serve.epilog = (
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
    where = serve.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--listen",
        metavar="ADDRESS",
        type=_endpoint_type(host_required=False, port_zero=True),
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
        type=_endpoint_type(host_required=True, port_zero=False),
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
        type=_count,
        help="refuse (reset at once, and log) connections beyond N open at "
        "once (default: no limit; per worker with --workers)",
    )
    life.add_argument(
        "--grace",
        metavar="SECONDS",
        type=_seconds,
        help="on SIGTERM or SIGINT, stop accepting, send every client a "
        "Disconnect and wait this long for the connections to finish before "
        "cutting them off (default: 5)",
    )
    life.add_argument(
        "--workers",
        metavar="N",
        type=_count,
        help="serve from N processes sharing the listening port (default: 1)",
    )

    # connect ----------------------------------------------------------------
    connect = command(
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
    )
    connect.add_argument(
        "address",
        metavar="HOST:PORT",
        type=_address_type(host_required=True, port_zero=False),
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
        type=_endpoint_type(host_required=False, port_zero=True),
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
        type=_seconds,
        default=1.0,
        help="after the local side's end of file, keep receiving until the "
        "server has been silent this long (default: 1; 0 closes at once; "
        "'inf' waits for the server to close)",
    )
    connect.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_positive_seconds,
        default=10.0,
        help="give up if connecting or the handshake takes longer (default: 10)",
    )

    # demo -----------------------------------------------------------------
    demo = command(
        "demo",
        "run a server and a client in this process and time a transfer",
        "Start an echo server and a client on 127.0.0.1 with fresh keys (no "
        "files needed), show the handshake, both fingerprints and the "
        "client's trust-on-first-use decision, send --size bytes through the "
        "channel with a progress bar on stderr, check the SHA-256 of what "
        "came back and print the throughput.",
    )
    demo.add_argument(
        "--size",
        metavar="BYTES",
        type=_size,
        default=8 << 20,
        help="how much to send, in MiB unless a K, M or G suffix says "
        "otherwise: 4, 0.5, 512K (default: 8)",
    )
    return parser


def _configure_logging(verbose: bool, quiet: bool) -> None:
    # Without -v only the CLI's warnings and its one line per connection
    # show (-q drops the latter); with it, everything trio-ossuary logs.
    layout = "%(levelname)s %(name)s: %(message)s" if verbose else "%(message)s"
    logging.basicConfig(stream=sys.stderr, format=f"{PROG}: {layout}", force=True)
    logging.getLogger().setLevel(logging.WARNING)
    logging.getLogger("trio_ossuary").setLevel(
        logging.DEBUG if verbose else logging.WARNING
    )
    logging.getLogger("trio_ossuary.cli.session").setLevel(
        logging.WARNING if quiet else logging.INFO
    )


def _run_command(args: argparse.Namespace) -> int:
    # Imported here so that 'keygen' does not pay for the tunnel code and
    # '--help' stays fast.
    if args.command == "keygen":
        from ._cli_keys import cmd_keygen

        return cmd_keygen(args)
    if args.command == "pubkey":
        from ._cli_keys import cmd_pubkey

        return cmd_pubkey(args)
    if args.command == "fingerprint":
        from ._cli_keys import cmd_fingerprint

        return cmd_fingerprint(args)
    if args.command == "serve":
        from ._cli_tunnel import cmd_serve

        return cmd_serve(args)
    if args.command == "connect":
        from ._cli_connect import cmd_connect

        return cmd_connect(args)
    from ._cli_demo import cmd_demo

    return cmd_demo(args)


def _check_combinations(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> None:
    if args.command == "connect" and args.accept_new and args.trust is not None:
        parser.error("--accept-new cannot be combined with --trust")
    if (
        args.command == "serve"
        and not args.echo
        and args.authorized_keys is None
        and not args.allow_anonymous
    ):
        parser.error(
            f"{'--forward' if args.forward is not None else '--exec'} would "
            f"serve anyone who can reach the port: add --authorized-keys "
            f"FILE to require client keys, or --allow-anonymous to accept "
            f"that"
        )
    if args.command == "serve" and args.stdio:
        for name in ("max_connections", "grace", "workers"):
            if getattr(args, name) is not None:
                parser.error(f"--{name.replace('_', '-')} needs --listen")


def _describe(exc: BaseException) -> tuple[str, int] | None:
    """Turn an anticipated failure into its message and exit status."""
    if isinstance(exc, CliError):
        return str(exc), exc.status
    if isinstance(exc, OssuaryError):
        return str(exc), 1
    if isinstance(exc, trio.BrokenResourceError | trio.ClosedResourceError):
        return describe_channel_error(exc, "the peer"), 1
    if isinstance(exc, OSError):
        where = f" {exc.filename!r}" if exc.filename else ""
        return f"{describe_os_error(exc)}{where}", 1
    return None


def _report(exc: BaseException, verbose: bool) -> int:
    leaves = leaf_exceptions(exc)
    if any(isinstance(leaf, KeyboardInterrupt) for leaf in leaves):
        return 130
    for leaf in leaves:
        described = _describe(leaf)
        if described is not None:
            message, status = described
            sys.stderr.write(f"{PROG}: error: {' '.join(message.split())}\n")
            return status
    if verbose:
        traceback.print_exception(exc)
    first = leaves[0]
    text = " ".join(str(first).split()) or "(no message)"
    hint = "" if verbose else " (run with -v for a traceback)"
    sys.stderr.write(
        f"{PROG}: error: unexpected {type(first).__name__}: {text}{hint}\n"
    )
    return 1


def _flush_stdout() -> None:
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError, OSError):
        # The reader went away; make Python's own final flush quiet too.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``trio-ossuary`` command line.

    Args:
      argv: The arguments, without the program name (default:
          ``sys.argv[1:]``).

    Returns:
      The exit status: 0 on success, 1 on failure, 2 for a bad command line,
      130 after Ctrl-C.
    """
    parser = _build_parser()
    verbose = False
    try:
        args = parser.parse_args(argv)
        verbose = bool(getattr(args, "verbose", False))
        # serve --stdio's stderr usually reaches the client's terminal.
        quiet = bool(getattr(args, "quiet", False)) or (
            getattr(args, "stdio", False) and not verbose
        )
        if args.command is None:
            parser.error(
                "a command is required: keygen, pubkey, fingerprint, "
                "serve, connect or demo"
            )
        _check_combinations(parser, args)
        _configure_logging(verbose, quiet)
        status = _run_command(args)
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except BaseException as exc:  # every failure becomes one line
        status = _report(exc, verbose)
    _flush_stdout()
    return status
