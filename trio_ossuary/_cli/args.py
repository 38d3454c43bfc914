"""How the ``trio-ossuary`` subcommands declare themselves to argparse.

Each command module has a ``register(commands)`` function that adds its
subparser with :func:`add_command` and sets two defaults: ``run``, the
handler that :func:`._cli.main` calls with the parsed arguments, and
optionally ``check``, which returns a message for a combination of options
that argparse cannot express (the main parser reports it as a usage error).
The argument types that more than one command uses live here too.
"""

from __future__ import annotations

import argparse
import math
import sys
import textwrap
from collections.abc import Callable
from typing import Any, Final, NoReturn, TypeAlias

from .._address import parse_host_port
from .errors import PROG, USAGE

__all__ = [
    "Commands",
    "Parser",
    "add_command",
    "address_type",
    "count",
    "endpoint_type",
    "logging_options",
    "positive_seconds",
    "seconds",
    "text",
]


_FORMATTER: Final = argparse.RawDescriptionHelpFormatter


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line, like every other error."""

    def error(self, message: str) -> NoReturn:
        """Report a bad command line in one line and exit with status 2."""
        hint = f"try '{self.prog} --help'"
        sys.stderr.write(f"{PROG}: error: {message} ({hint})\n")
        raise SystemExit(USAGE)


#: The object the main parser's ``add_subparsers`` returns.
Commands: TypeAlias = "argparse._SubParsersAction[Parser]"


def text(description: str) -> str:
    """Wrap each blank-line-separated paragraph of a description.

    Args:
      description: The text, with paragraphs separated by blank lines.

    Returns:
      The text wrapped at 79 columns.
    """
    return "\n\n".join(
        textwrap.fill(" ".join(paragraph.split()), 79)
        for paragraph in description.split("\n\n")
    )


def logging_options(*, logs_connections: bool, top_level: bool = False) -> Parser:
    """The options that say what the command logs, and where: declared once.

    ``-v`` belongs to every command; ``-q`` and ``--log-file`` only to those
    that log connections (``serve`` and ``connect``).  The main parser takes
    ``-v`` and, for compatibility, a ``-q`` it does not show (``main``
    refuses it before a command that logs no connections).

    Args:
      logs_connections: Whether to add ``-q`` and ``--log-file``.
      top_level: For the main parser: real defaults, and ``-q`` hidden.
        Subcommands' defaults are suppressed, so that an option given before
        the command name is not reset by the subcommand's parser.

    Returns:
      A parser to use as a parent.
    """
    options = Parser(add_help=False)
    default: Any = False if top_level else argparse.SUPPRESS
    options.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=default,
        help="log what happens (connections, handshakes, trust) to stderr",
    )
    if logs_connections:
        options.add_argument(
            "-q",
            "--quiet",
            action="store_true",
            default=default,
            help=argparse.SUPPRESS
            if top_level
            else "do not log the one line per connection (errors are still shown)",
        )
    if logs_connections and not top_level:
        options.add_argument(
            "--log-file",
            metavar="FILE",
            help="append the log (and the stderr of the commands this one "
            "starts) to FILE instead of stderr",
        )
    return options


def add_command(
    commands: Commands,
    name: str,
    summary: str,
    description: str,
    *,
    run: Callable[[argparse.Namespace], int],
    check: Callable[[argparse.Namespace], str | None] | None = None,
    logs_connections: bool = False,
) -> argparse.ArgumentParser:
    """Add a subcommand.

    Args:
      commands: What the main parser's ``add_subparsers`` returned.
      name: The command's name.
      summary: One line for the main ``--help``.
      description: The command's ``--help`` text (paragraphs are wrapped).
      run: Runs the command; returns the exit status.
      check: Returns a usage error for the parsed arguments, or None.
      logs_connections: Whether the command logs a line per connection
          (it then takes ``-q`` and ``--log-file``).

    Returns:
      The command's parser, for its arguments.
    """
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=summary,
        description=text(description),
        parents=[logging_options(logs_connections=logs_connections)],
        formatter_class=_FORMATTER,
    )
    parser.set_defaults(run=run, check=check, logs_connections=logs_connections)
    return parser


def address_type(
    *, host_required: bool, port_zero: bool
) -> Callable[[str], tuple[str | None, int]]:
    """An argument type for ``HOST:PORT`` (or ``PORT`` alone, if allowed)."""

    def convert(value: str) -> tuple[str | None, int]:
        try:
            return parse_host_port(
                value, bare_port=not host_required, zero_ok=port_zero
            )
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return convert


def endpoint_type(*, host_required: bool, port_zero: bool) -> Callable[[str], Any]:
    """An argument type for ``HOST:PORT``, ``PORT`` or ``unix:PATH``."""

    def convert(value: str) -> Any:
        from .endpoints import parse_endpoint

        try:
            return parse_endpoint(
                value, host_required=host_required, port_zero=port_zero
            )
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return convert


#: The most ``--workers`` a server forks: far more processes than cores only
#: share the same cores, and a slip of the keyboard should not fork thousands.
MAX_WORKERS: Final = 256


def count(value: str) -> int:
    """An argument type for a count of 1 or more (at most 10**18)."""
    shown = value if len(value) <= 20 else f"{value[:20]}..."
    if not (value.isascii() and value.isdigit()) or int(value[:20]) < 1:
        raise argparse.ArgumentTypeError(f"invalid count {shown!r}: expected 1 or more")
    if len(value) > 18:
        raise argparse.ArgumentTypeError(f"invalid count {shown!r}: too large")
    return int(value)


def worker_count(value: str) -> int:
    """An argument type for ``--workers``: a count from 1 to :data:`MAX_WORKERS`."""
    number = count(value)
    if number > MAX_WORKERS:
        raise argparse.ArgumentTypeError(
            f"invalid number of workers {number}: at most {MAX_WORKERS}"
        )
    return number


def seconds(value: str) -> float:
    """An argument type for a number of seconds: 0 or more, ``inf`` allowed."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid number of seconds {value!r}"
        ) from None
    if math.isnan(number) or number < 0:
        raise argparse.ArgumentTypeError(f"invalid number of seconds {value!r}")
    return number


def positive_seconds(value: str) -> float:
    """An argument type for a timeout: more than 0 seconds, and finite."""
    number = seconds(value)
    if number == 0 or math.isinf(number):
        raise argparse.ArgumentTypeError(f"invalid timeout {value!r}")
    return number
