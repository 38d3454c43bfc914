"""The commands the CLI starts: ``--exec`` commands and proxy commands.

A command is started with ``/bin/sh -c`` (:func:`start_command`), its stdin
and stdout piped, so that ``process.stdio`` is one stream.  An ``--exec``
command runs in a session, so a process group, of its own, so that a
pipeline or anything it starts in the background ends with it: one helper
signals the group (:func:`signal_group`), one kills it at once
(:func:`kill_group`), and one reaps it (:func:`reap_group`): time to exit,
then SIGTERM, then SIGKILL.  A proxy command is reaped the same way, signal
by signal to itself only (it is not a group leader).

:func:`describe_exit` says how a command ended in the words the log lines
use: ``exit status 3``, ``killed by SIGKILL``.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from collections.abc import Mapping
from typing import Final

import trio

from .errors import logger

__all__ = [
    "EXIT_GRACE",
    "describe_exit",
    "kill_group",
    "reap_group",
    "signal_group",
    "start_command",
]

#: How long a command gets to exit after its stdin is closed, and again
#: after SIGTERM.
EXIT_GRACE: Final = 1.0


async def start_command(
    command: str, *, env: Mapping[str, str], own_group: bool
) -> trio.Process:
    """Start ``command`` with ``/bin/sh -c``, its stdin and stdout piped.

    Args:
      command: The shell command line.
      env: Its whole environment.
      own_group: Start it in a session (so a process group) of its own.

    Returns:
      The process; ``process.stdio`` is its stdin and stdout as one stream.

    Raises:
      OSError: if it cannot be started.
    """
    return await trio.lowlevel.open_process(
        command,
        shell=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        start_new_session=own_group,
        env=dict(env),
    )


def signal_group(process: trio.Process, signum: int, *, group: bool = True) -> None:
    """Send ``signum`` to a command's process group (or to it alone).

    A group (or process) that is already gone is not an error.

    Args:
      process: The command.
      signum: The signal.
      group: Signal its whole group (it must lead one: ``own_group``).
    """
    with contextlib.suppress(ProcessLookupError, PermissionError):
        if group:
            os.killpg(process.pid, signum)
        elif process.returncode is None:
            process.send_signal(signum)


def kill_group(process: trio.Process) -> None:
    """Kill a command and its process group at once (SIGKILL).

    Args:
      process: A command started with ``own_group``.
    """
    signal_group(process, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError):
        process.kill()


async def reap_group(process: trio.Process, *, group: bool = True) -> int:
    """Wait briefly for a command to exit, then insist; return its status.

    It gets :data:`EXIT_GRACE` seconds, then SIGTERM and as long again, then
    SIGKILL.  With ``group``, the signals go to its whole process group, and
    whatever it left running in the background gets SIGTERM at the end.
    Shielded: a cancelled caller still leaves nothing running.

    Args:
      process: The command.
      group: It leads a process group of its own (``own_group``).

    Returns:
      Its return code (negative: the signal that killed it).
    """
    with trio.CancelScope(shield=True):
        for signum in (None, signal.SIGTERM, signal.SIGKILL):
            if signum is not None:
                signal_group(process, signum, group=group)
            with trio.move_on_after(EXIT_GRACE):
                await process.wait()
                break
        if group:
            signal_group(process, signal.SIGTERM)
        status = await process.wait()
    logger.debug("command exited: %s", describe_exit(status))
    return status


def describe_exit(returncode: int) -> str:
    """Say how a process ended: ``exit status 3`` or ``killed by SIGKILL``.

    Args:
      returncode: As :attr:`trio.Process.returncode` gives it (negative for
          a signal).

    Returns:
      The words for a log line.
    """
    if returncode >= 0:
        return f"exit status {returncode}"
    try:
        name = signal.Signals(-returncode).name
    except ValueError:
        name = f"signal {-returncode}"
    return f"killed by {name}"
