"""The session ledger: what a stream must still tell its application.

Ossuary recovers from corruption by resetting the session and handshaking
again with fresh keys; records in flight are lost.  A stream adapter turns
the engine's events into calls that return bytes or raise, and what it owes
the application across resets is pure bookkeeping, with no I/O and no
awaits.  :class:`SessionLedger` keeps that book for any adapter (the trio
:class:`~trio_ossuary.OssuaryStream` and :mod:`trio_ossuary.anyio`'s
stream): the adapter feeds it the engine's events and asks it, for each
direction, what to return or raise next.  It holds three promises.

Each reset is reported once per direction
-----------------------------------------

The engine reports every reset (:class:`~trio_ossuary.sansio.SessionReset`)
and says itself whether application data may have been lost with it
(``data_may_be_lost``).  The ledger counts those resets; each direction
remembers the last one it reported and reports the latest pending one once,
from its next call (:meth:`SessionLedger.take_send_reset`,
:meth:`SessionLedger.take_received`).  Resets that lost nothing (during the
first handshake) are not reported.  Nothing can be sent before the first
session is established, so a reset before then is never pending for the
sending direction: only the receiving one reports it.

Session boundaries
------------------

The invariant: **bytes of session N+1 are never returned before the
receiving direction's report of the reset that ended session N, and never
in the same chunk as bytes of session N.**  So what the application
receives between two reports is one contiguous run of what the peer sent in
one session, the first run starts at the first byte the peer sent, and a
hole made by a reset is always announced.

It needs a book because the task that reads the first records of a new
session is often not the receiving one: after a reset, whichever call needs
the channel (a send retried after its reset, or an explicit handshake)
drives the new handshake, and a client may send data in the very write that
carries its ClientAuthentication.  Those records are decrypted while the
receiving task is busy elsewhere, and the reset it has not reported yet is
only a counter.  So the plaintext is a queue of runs, one per session, each
tagged with the number of reported resets before it and with the reset that
began it.  :meth:`SessionLedger.take_received` returns bytes from the first
run only, and when that run's session is later than the last one reported,
it reports that run's reset first (issue #9: a one-bit flip used to make the
application see ``AAAA`` and ``CCCC`` as contiguous, with ``BBBB`` silently
gone).  Each run but the first needs a reported reset, and the engine fails
the connection at ``max_resets``, so there are never more runs than that.

Plaintext first
---------------

Data that was decrypted is handed over before whatever came after it: the
peer's close, and (the adapter's part) a failure that broke the stream.

Who the peer is
---------------

The ledger remembers the session's
:class:`~trio_ossuary.sansio.HandshakeComplete` (:attr:`SessionLedger.peer`)
until a reset ends the session, and beyond the end of the channel: after
the peer's Disconnect or a failure the engine forgets the peer's key, while
a stream's ``remote_public_key`` keeps naming the peer of the channel that
just ended.
"""

from __future__ import annotations

import logging
from typing import Final, final

from ._events import HandshakeComplete, SessionReset

__all__ = ["SessionLedger"]

logger: Final = logging.getLogger("trio_ossuary")


class _Run:
    """Plaintext of one session that the application has not taken yet.

    Attributes:
      session: How many reported resets came before this session.
      reset: The reset that began the session (None for the first session).
      chunks: The decrypted bytes as the engine delivered them, in order,
          none empty; kept as they are so that a whole chunk is handed to
          the application without a copy.
    """

    __slots__ = ("chunks", "reset", "session")

    def __init__(self, session: int, reset: SessionReset | None, data: bytes) -> None:
        self.session = session
        self.reset = reset
        self.chunks = [data]


@final
class SessionLedger:
    """The book a stream keeps of its sessions, for one connection.

    Synchronous and free of I/O: feed it the engine's events with
    :meth:`received`, :meth:`established`, :meth:`reset` and
    :meth:`peer_closed`, in the order the engine reports them, and ask
    :meth:`take_received` and :meth:`take_send_reset` what each direction
    returns or raises next.  See the module's docstring for the promises.

    Attributes:
      peer: The :class:`~trio_ossuary.sansio.HandshakeComplete` of the
          session in progress; None before the first and between sessions;
          kept after the channel ends.
      ever_established: Whether any session has been established.
      closed_by_peer: Whether the peer closed the channel cleanly.
    """

    __slots__ = (
        "_last_reset",
        "_recv_reported",
        "_resets",
        "_runs",
        "_send_reported",
        "closed_by_peer",
        "ever_established",
        "peer",
    )

    def __init__(self) -> None:
        self.peer: HandshakeComplete | None = None
        self.ever_established = False
        self.closed_by_peer = False
        # Decrypted plaintext not yet returned, one run per session.  A
        # list: it holds a run or two, and an empty deque costs an idle
        # stream some 700 bytes.
        self._runs: list[_Run] = []
        # Reportable resets count up; each direction remembers the count it
        # last reported, and _last_reset is the one it reports.
        self._resets = 0
        self._send_reported = 0
        self._recv_reported = 0
        self._last_reset: SessionReset | None = None

    # -- the engine's events -------------------------------------------------

    def received(self, data: bytes) -> None:
        """Keep plaintext the engine decrypted, tagged with its session."""
        if not data:
            return
        runs = self._runs
        session = self._resets
        if runs and runs[-1].session == session:
            runs[-1].chunks.append(data)
        else:
            runs.append(_Run(session, self._last_reset, data))

    def established(self, event: HandshakeComplete) -> None:
        """A session is up with the peer ``event`` names."""
        self.peer = event
        self.ever_established = True

    def reset(self, event: SessionReset) -> None:
        """The session ended in a reset; report it if data may have been lost."""
        self.peer = None
        logger.info(
            "Ossuary session reset (%s reset it, %d so far): %s",
            "we" if event.initiated_locally else "the peer",
            event.resets,
            event.reason,
        )
        if not event.data_may_be_lost:
            return
        self._resets += 1
        self._last_reset = event
        if not self.ever_established:
            # Nothing was sent before the first session: only the receiving
            # direction can have lost data (the engine's data_may_be_lost
            # says why it may have).
            self._send_reported = self._resets

    def peer_closed(self) -> None:
        """The peer closed the channel cleanly (a Disconnect, or a clean EOF)."""
        self.closed_by_peer = True

    # -- what each direction says next ----------------------------------------

    @property
    def has_plaintext(self) -> bool:
        """Whether plaintext waits for the receiving direction."""
        return bool(self._runs)

    @property
    def buffered(self) -> int:
        """How many bytes of plaintext wait for the receiving direction."""
        return sum(len(chunk) for run in self._runs for chunk in run.chunks)

    @property
    def send_reset_pending(self) -> bool:
        """Whether the sending direction has a reset to report."""
        return self._send_reported != self._resets

    def take_send_reset(self) -> SessionReset | None:
        """The reset the sending direction reports now, marked reported."""
        if self._send_reported == self._resets:
            return None
        self._send_reported = self._resets
        assert self._last_reset is not None
        return self._last_reset

    def take_received(self, max_bytes: int | None) -> bytes | SessionReset | None:
        """What the receiving direction returns or reports next.

        Args:
          max_bytes: At most this many bytes; None for a whole chunk.

        Returns:
          Plaintext (at most ``max_bytes``, and never from two sessions);
          a :class:`~trio_ossuary.sansio.SessionReset` to report, now marked
          reported; ``b""`` once the peer has closed the channel and all
          was taken; or None when there is nothing yet.
        """
        runs = self._runs
        if runs:
            run = runs[0]
            if run.session != self._recv_reported:
                # Bytes of a later session: first the reset that ended the
                # one the application was reading (#9).
                self._recv_reported = run.session
                assert run.reset is not None  # only the first run has none
                return run.reset
            chunks = run.chunks
            if len(chunks) > 1:
                chunks[:] = [b"".join(chunks)]
            data = chunks[0]
            if max_bytes is None or max_bytes >= len(data):
                del runs[0]
                return data
            chunks[0] = data[max_bytes:]
            return data[:max_bytes]
        if self._recv_reported != self._resets:
            self._recv_reported = self._resets
            assert self._last_reset is not None
            return self._last_reset
        if self.closed_by_peer:
            return b""
        return None
