"""The one check of the platform: trio-ossuary runs on POSIX systems only.

The code relies on POSIX throughout: ``fcntl`` locks serialize writers of a
known-hosts file, owner-only file permissions protect secret key files (a
key file others can read is refused), the stream polls its socket with
``select.poll``, and the command line asks its questions on ``/dev/tty`` and
streams stdin and stdout as file descriptors.  Rather than fail somewhere
deep inside, or quietly run without a lock or a permission check, importing
the package on any other system raises one :exc:`ImportError` that says so.
This module is imported first, before anything else is.
"""

from __future__ import annotations

import os
import sys

__all__ = ["check_platform"]


def check_platform() -> None:
    """Refuse to run anywhere but on a POSIX system.

    Raises:
      ImportError: if ``os.name`` is not ``"posix"`` (Windows, for example).
    """
    if os.name != "posix":
        hint = " (on Windows, run it under WSL)" if sys.platform == "win32" else ""
        raise ImportError(
            f"trio-ossuary runs only on POSIX systems such as Linux and macOS, "
            f"not on {sys.platform!r}{hint}: it needs fcntl locks, POSIX file "
            f"permissions, select.poll and /dev/tty"
        )


check_platform()
