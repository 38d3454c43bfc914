"""Holding SIGINT, SIGTERM and SIGHUP back until the handlers exist.

Theory of operation
===================

A process that says ``listening on ...`` invites signals: an operator (or a
script waiting for that line) may send SIGHUP or SIGTERM the moment it
appears.  Until trio's signal receiver is installed, though, SIGHUP and
SIGTERM still have their default action (the process dies, a Unix socket
file is left behind), and a worker forked by ``serve --workers`` starts
without any handler at all while its parent already forwards signals to it
(issue #18: SIGHUP at that line killed ``serve`` 10 times of 10).

So a listening command *holds* the three signals (``pthread_sigmask``
``SIG_BLOCK``) from before it binds until its receiver is installed: a
signal sent in between stays pending in the kernel, neither lost nor acted
on.  Forked workers inherit the mask, so they are covered from their first
instruction.  Once the receiver is in place, :func:`release` unblocks them,
and a pending one is delivered to the receiver at once; only then is the
``listening on`` line printed.  If the command fails before that, leaving
:func:`held` restores the previous mask.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from typing import Final

__all__ = ["HELD", "held", "release"]

#: The signals a listening command acts on.
HELD: Final = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Block :data:`HELD` in this thread (and in processes forked from it).

    On exit the mask is restored, delivering what is pending unless the
    body called :func:`release` first.
    """
    before = signal.pthread_sigmask(signal.SIG_BLOCK, HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def release() -> None:
    """Unblock :data:`HELD`: call once their handlers are installed."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, HELD)
