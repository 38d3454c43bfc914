"""The key passphrase that ``$TRIO_OSSUARY_PASSPHRASE`` hands the command.

Theory of operation
===================

An environment variable is how a service manager hands a secret to a
process without a terminal, but it stays readable: ``/proc/PID/environ``
shows a process's environment to every process of the same user, including
the ``--exec`` commands ``serve`` starts.  So :func:`take_from_environment`
runs first thing in :func:`.main.main`: it moves the passphrase into this
module's memory and out of the environment, in two places:

* ``os.environ`` (and so the C library's ``environ``, which
  ``os.environ.pop`` updates): nothing started later inherits it;
* the process's *initial* environment block, which is what
  ``/proc/PID/environ`` shows and which ``unsetenv`` never touches.  On
  Linux its value is overwritten with NUL bytes through ``/proc/self/mem``
  (the block's bounds are fields 50 and 51 of ``/proc/self/stat``).  Where
  that is impossible (another system, or a kernel that refuses writes to
  ``/proc/self/mem``) only ``os.environ`` is cleaned, and ``-v`` says so.

The commands then take the passphrase from here.  Only a listening
``serve`` keeps it, because a SIGHUP may have to open a replaced key file;
everything else drops it as soon as its key is loaded
(:func:`forget`).  The passphrase never reaches a log line.
"""

from __future__ import annotations

import os
import sys
from typing import Final

from .errors import logger

__all__ = [
    "PASSPHRASE_ENV",
    "environment_passphrase",
    "forget",
    "take_from_environment",
]

#: Environment variable holding the passphrase of an encrypted key file.
PASSPHRASE_ENV: Final = "TRIO_OSSUARY_PASSPHRASE"

# Fields 50 and 51 of /proc/PID/stat (env_start, env_end), counted from the
# field after the command name, which may itself hold spaces.
_ENV_START_FIELD: Final = 50 - 3
_ENV_END_FIELD: Final = 51 - 3


class _Held:
    """The passphrase, once taken out of the environment."""

    value: str | None = None


def take_from_environment() -> None:
    """Move ``$TRIO_OSSUARY_PASSPHRASE`` out of the environment, into memory.

    Calling it again (as tests that run :func:`.main.main` twice do) keeps
    what was taken unless the environment holds a new value.
    """
    value = os.environ.pop(PASSPHRASE_ENV, None)
    if value is None:
        return
    _Held.value = value
    if sys.platform.startswith("linux"):
        try:
            _scrub_initial_environment(PASSPHRASE_ENV.encode() + b"=")
        except (OSError, ValueError, IndexError) as exc:
            logger.debug("cannot clear the passphrase from /proc/self/environ: %s", exc)


def environment_passphrase() -> str | None:
    """Return the passphrase taken from the environment, if any (and kept)."""
    return _Held.value


def forget() -> None:
    """Drop the passphrase: nothing will need it again."""
    _Held.value = None


def _scrub_initial_environment(prefix: bytes) -> None:
    """Overwrite the value of every ``prefix...`` entry of the initial block."""
    with open("/proc/self/stat", "rb") as file:
        stat = file.read()
    fields = stat[stat.rindex(b")") + 2 :].split()
    start, end = int(fields[_ENV_START_FIELD]), int(fields[_ENV_END_FIELD])
    if not 0 < start < end:
        raise ValueError("no environment block in /proc/self/stat")
    with open("/proc/self/mem", "r+b", buffering=0) as memory:
        memory.seek(start)
        block = memory.read(end - start)
        at = block.find(prefix)
        while at >= 0:
            if at == 0 or block[at - 1] == 0:  # the start of an entry
                value_start = at + len(prefix)
                value_end = block.find(b"\0", value_start)
                if value_end < 0:
                    value_end = len(block)
                memory.seek(start + value_start)
                memory.write(bytes(value_end - value_start))
            at = block.find(prefix, at + 1)
