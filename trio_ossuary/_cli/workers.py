"""``serve --workers N``: N processes serving one listening address.

Theory of operation
===================

One Python process encrypts on one core, so a server that should use every
core runs several processes.  The parent binds the listening sockets first
(so the port, even port 0, is known and the same for everyone), then forks
the workers before any event loop exists, so each child starts from a plain
single-threaded process and runs its own ``trio.run``.

*Sharing the port.*  On Linux each worker gets its own listening sockets,
bound to the same port with ``SO_REUSEPORT``, and the kernel spreads new
connections evenly over them.  Where ``SO_REUSEPORT`` does not balance (the
BSDs, macOS) and for Unix sockets, the workers inherit the parent's
listening sockets and share one accept queue: whichever worker is idle
accepts, which balances less evenly but loses nothing.  Every socket is
listening before the first fork, so no connection is refused during
startup.  The parent closes its copies once the workers run.

*Signals.*  SIGINT, SIGTERM and SIGHUP are held (blocked) from before the
sockets are bound until each process has its handlers
(:mod:`.held_signals`); the workers inherit the mask across the fork, so a
signal forwarded to a worker that is still starting waits for it instead of
killing it.  Workers are put in a process group of their own, so a Ctrl-C at
the terminal reaches only the parent, which forwards SIGINT, SIGTERM and
SIGHUP to every worker: each one exactly once.  Each worker then reloads or
shuts down gracefully on its own (:mod:`.commands.serve`).  Should the parent
die without forwarding anything (SIGKILL), the workers notice the end of a
pipe whose write end only the parent held, and shut down as on SIGTERM.

*Reaping.*  The parent waits for SIGCHLD and reaps its workers.  A worker
that exits while no shutdown was asked for (a crash, or a signal sent to it
alone) is logged with its status; the others go on serving, and the parent
exits with status 1 when none is left.  After a shutdown the parent's exit
status is 0 if every worker finished cleanly, else the first worker's
non-zero status (143 when a grace period ran out).

``--max-connections`` and ``--max-per-address`` are enforced by each worker
for itself.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sys
from collections.abc import Callable

import trio

from . import held_signals
from .endpoints import Bound
from .errors import CliError, logger, say

__all__ = ["Lifeline", "run_workers"]

#: Serves the given sockets: (sockets, log prefix, lifeline fd) -> status.
Worker = Callable[[list[socket.socket], str, "int | None"], int]


class Lifeline(trio.abc.ReceiveStream):
    """A worker's end of the pipe that only the parent holds open for writing.

    The parent never writes to it, so it becomes readable exactly when the
    parent is gone (end of file).  It is watched for readability and never
    read: every worker shares this one pipe (one open file description), and
    :class:`trio.lowlevel.FdStream` would switch it to non-blocking mode and
    back to blocking mode when closed, so the first worker to exit made the
    others' next read block, hanging them at every shutdown.

    Args:
      fd: The read end of the pipe.
    """

    def __init__(self, fd: int) -> None:
        self._fd = fd

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        """Wait until the parent is gone, then report end of file."""
        await trio.lowlevel.wait_readable(self._fd)
        return b""

    async def aclose(self) -> None:
        """Nothing to do: the descriptor lives as long as the worker."""
        await trio.lowlevel.checkpoint()


def _describe_status(status: int) -> str:
    code = os.waitstatus_to_exitcode(status)
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"was killed by {name}"
    return f"exited with status {code}"


def _run_child(worker: Worker, bound: Bound, index: int, lifeline: int) -> int:
    with contextlib.suppress(OSError):
        os.setpgid(0, 0)
    mine = bound.copies[index]
    for other in bound.copies:
        if other is not mine:
            for sock in other:
                if sock not in mine:
                    sock.close()
    try:
        return worker(mine, f"worker {os.getpid()}: ", lifeline)
    except KeyboardInterrupt:
        return 130
    except BaseException as exc:
        text = " ".join(str(exc).split()) or type(exc).__name__
        say(f"worker {os.getpid()}: error: {text}")
        return 1


def run_workers(bound: Bound, worker: Worker, count: int) -> int:
    """Fork ``count`` workers serving ``bound``, forward signals, reap them.

    Args:
      bound: The listening sockets, with one copy per worker.
      worker: Called in each child as ``worker(sockets, prefix, lifeline)``;
          returns the child's exit status.
      count: How many workers.

    Returns:
      The exit status (see the module's docstring).

    Raises:
      CliError: if this platform cannot fork.
    """
    if not hasattr(os, "fork"):  # pragma: no cover - Windows
        raise CliError("--workers needs a platform with fork()")
    names = bound.names()
    lifeline_read, lifeline_write = os.pipe()
    pids: list[int] = []
    for index in range(count):
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            status = 1
            try:
                os.close(lifeline_write)
                status = _run_child(worker, bound, index, lifeline_read)
            finally:
                with contextlib.suppress(Exception):
                    sys.stdout.flush()
                    sys.stderr.flush()
                os._exit(status)
        with contextlib.suppress(OSError):
            os.setpgid(pid, pid)
        pids.append(pid)
    os.close(lifeline_read)
    bound.close()

    def announce() -> None:
        held_signals.release()
        for name in names:
            say(f"listening on {name}")
        say(f"started {count} workers (pids {', '.join(map(str, pids))})")

    try:
        return trio.run(_supervise, pids, announce)
    finally:
        os.close(lifeline_write)


async def _supervise(pids: list[int], ready: Callable[[], None]) -> int:
    alive = set(pids)
    stop_signal: int | None = None
    statuses: list[int] = []

    def reap() -> None:
        for pid in sorted(alive):
            try:
                done, status = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                done, status = pid, 0
            if not done:
                continue
            alive.discard(pid)
            if stop_signal is None:
                logger.warning("worker %d %s", pid, _describe_status(status))
            else:
                code = os.waitstatus_to_exitcode(status)
                statuses.append(code if code >= 0 else 128 - code)

    # The workers' own handlers take the signals held back at start-up.
    with trio.open_signal_receiver(signal.SIGCHLD, *held_signals.HELD) as received:
        ready()
        reap()
        if alive:
            async for signum in received:
                if signum == signal.SIGCHLD:
                    reap()
                    if not alive:
                        break
                    continue
                if signum != signal.SIGHUP and stop_signal is None:
                    stop_signal = signum
                for pid in alive:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signum)
    if stop_signal is None:
        raise CliError("every worker has exited")
    return next((code for code in statuses if code != 0), 0)
