"""The ``trio-ossuary`` command: the main parser, error reporting, ``main``.

Each subcommand declares its own arguments and handler (see
:mod:`.args`): :mod:`.commands.keys` (keygen, pubkey, fingerprint),
:mod:`.commands.serve` (serve), :mod:`.commands.connect` (connect),
:mod:`.commands.known_hosts` (known-hosts) and :mod:`.commands.demo` (demo);
this module assembles them and calls the handler the command line chose.
What both tunnel ends run on is in :mod:`.relay`.  Before anything else,
the passphrase leaves the environment (:mod:`.passphrase`) and stderr is
pointed away from a connection (:mod:`.log_sink`).  This module turns every
failure a person can cause into one line on stderr (or where
:mod:`.log_sink` sent it), ``trio-ossuary: error: ...``, with a non-zero
exit status: 2 for a bad command line, 130 for Ctrl-C and 1 for everything
else.  Tracebacks are only shown, with ``-v``, for errors nobody anticipated.

Importing ``trio_ossuary`` never imports this module.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence

import trio

from .._errors import OssuaryError
from .._version import __version__
from . import log_sink
from .args import Commands, Parser, logging_options, text
from .commands import connect, demo, keys, known_hosts, serve
from .errors import (
    PROG,
    CliError,
    describe_channel_error,
    describe_os_error,
    leaf_exceptions,
    logger,
)
from .passphrase import take_from_environment

__all__ = ["main"]


def _build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        parents=[logging_options(logs_connections=True, top_level=True)],
        prog=PROG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=text(
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
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands: Commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in (
        keys.register,
        serve.register,
        connect.register,
        known_hosts.register,
        demo.register,
    ):
        register(commands)
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
    # First of all: out of /proc/PID/environ, and out of every child's.
    take_from_environment()
    if log_sink.stderr_is_the_connection():
        # inetd: not even a usage error may reach the client in clear.
        log_sink.choose(None, data_on_stdio=True)
    parser = _build_parser()
    verbose = False
    try:
        args = parser.parse_args(argv)
        verbose = bool(getattr(args, "verbose", False))
        if args.command is None:
            parser.error(
                "a command is required: keygen, pubkey, fingerprint, "
                "serve, connect, known-hosts or demo"
            )
        if getattr(args, "quiet", False) and not args.logs_connections:
            parser.error(f"-q applies to serve and connect, not {args.command}")
        problem = args.check(args) if args.check is not None else None
        if problem is not None:
            parser.error(problem)
        stdio = args.command in ("serve", "connect") and (
            getattr(args, "stdio", False) or getattr(args, "listen", 0) is None
        )
        where = log_sink.choose(getattr(args, "log_file", None), data_on_stdio=stdio)
        # serve --stdio's stderr usually reaches the client's terminal (ssh);
        # in a log file or the system log the line per connection belongs.
        quiet = bool(getattr(args, "quiet", False)) or (
            getattr(args, "stdio", False) and not verbose and where is None
        )
        _configure_logging(verbose, quiet)
        if where is not None:
            logger.info("logging to %s", where)
        status: int = args.run(args)
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except BaseException as exc:  # every failure becomes one line
        status = _report(exc, verbose)
    _flush_stdout()
    return status
