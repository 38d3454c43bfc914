"""OssuaryStream: the Ossuary protocol as a :class:`trio.abc.Stream`.

Theory of operation
===================

:class:`OssuaryStream` wraps any :class:`trio.abc.Stream` (the *transport*)
and drives the sans-IO :class:`~trio_ossuary.sansio.OssuaryConnection` over it, the
way :class:`trio.SSLStream` drives an ``ssl.SSLObject``.  The engine never
blocks: it takes bytes, returns bytes and reports events.  Everything that
waits lives here, and the hard parts are all about who waits for what.

The pump
--------

The engine's calls are synchronous: at every ``await`` in this module the
engine's state is whole, and a cancellation there leaves the next call (in
this task or another) exactly where this one stopped.  Everything but the
writing of records goes through one loop of trio's ``_retry`` kind,
``_pump(step)``: touch the engine, await exactly one thing, loop.  ``step``
is the call's goal, a synchronous function that returns the call's result,
raises, or asks for more: ``_handshake_step`` (the channel is up and our
packets are out) for the handshake, ``_receive_step`` (plaintext, a reset to
report, or the peer's close) for ``receive_some``.  When the step asks for
more, the pump awaits the first of these that applies:

1. the handshake, when the channel is not up and this is not the
   handshake's own pump: ``_ensure_handshake`` runs a pump of its own for it
   (below), or waits for the task that does;
2. the application's decision about the server key waiting in the engine
   (``_decide_trust``).  Cancelled, the key stays undecided in the engine
   and the next pass, in whichever task, asks again;
3. packets the engine has queued (``_write_pending``): handshake packets, a
   Reset or its answer.  The peer cannot go on without them and the call
   carrying them is often a ``receive_some`` that must be safe to cancel, so
   the write is shielded from the caller's cancellation (delivered once the
   packets are out) and bounded by the handshake deadline instead: a write
   cut off there breaks the stream with
   :exc:`~trio_ossuary.HandshakeTimeoutError`;
4. one read from the transport (``_read_transport``).  Cancelled, the bytes
   are still in the transport; once read, they are fed to the engine at
   once and their plaintext kept in ``_plaintext``.  Whatever the read made
   the engine queue (the answer to the peer's Reset, the next handshake
   packet, a Disconnect) is written at once, as in 3, so the peer's Reset is
   answered before the plaintext read with it is returned.

A step that finishes before the pump has read anything has yielded nowhere,
so the pump checks for cancellation before the first step, which then has
taken nothing, and yields, shielded, after it, so that what the step took
(plaintext, or a reset it marked reported) is delivered rather than lost.

``send_all`` runs the handshake through ``_ensure_handshake`` like
everything else, and writes its records in ``_send_batch``: wait until the
transport might take them (clean to cancel, nothing encrypted yet), encrypt,
write.  This is the one write outside the pump, because it is the one that
must not be shielded (a slow peer may take a long time over a large
``send_all``) and must not encrypt before the wait: each record consumes a
nonce and a msg_id, and an encrypted record never sent would desynchronise
the peer.  Once the transport's ``send_all`` has started, a cancellation may
leave part of a record on the wire and nothing can tell how much: from then
on the *sending* direction is broken (``send_all`` raises
:exc:`trio.BrokenResourceError`) and nothing more is ever written, so the
peer holds whole records followed at most by one partial record.  Receiving
keeps working as long as it needs no writes (trio issue #198 asked the same
of SSLStream).  So: **a cancellation is clean anywhere except while the
transport is writing records.**

Every await on the transport goes through ``_transport_error``, the one
mapping of its errors to ours: a transport that broke breaks the stream with
its error as ``__cause__``; one closed under us is our own close.  The
exception is the best-effort Disconnect (``_flush_disconnect``), which
swallows them and gives up after one handshake timeout.

Who may run the pump is decided by two conflict detectors and three locks:

* ``_send_conflict`` and ``_recv_conflict`` turn a second concurrent
  ``send_all`` (or ``wait_send_all_might_not_block``) or ``receive_some``
  into :exc:`trio.BusyResourceError`, naming the class and the operation.
  One sender and one receiver may run at the same time.
* ``_handshake_lock`` is the handshake driver (``_ensure_handshake``), in
  the role of trio's ``_Once`` for a handshake that happens again after
  every reset: whichever call needs the channel first drives; the others
  queue on the fair lock and, when they get it, find the channel up, or the
  stream broken (and raise the same error from the same cause), or a
  cancelled driver's handshake, which they carry on.
* ``_write_lock`` serializes writes: ``send_all`` writes records, while the
  receiving side writes handshake packets and Reset answers.  The bytes are
  taken from the engine only *after* the lock is held, so they go out in
  the order the engine produced them.
* ``_read_lock`` serializes reads, which the handshake (driven by whichever
  task needs it) and ``receive_some`` both do.

The stream keeps little state of its own: ``_State`` (OK, BROKEN, CLOSED,
mapped to exceptions by ``_check_status``), whether the sending direction was
cut off, and what it must still tell the application (plaintext runs and
unreported resets, below).  Whether the channel is up and which server key
waits for a decision, it asks the engine (``handshake_complete``,
``untrusted_server_key``).  The one thing it remembers of a session is the
session's ``HandshakeComplete`` (``_peer``), because its answers outlive the
session: after the peer's Disconnect or a failure the engine forgets the
peer's key, while the stream's ``remote_public_key`` keeps naming the peer
of the channel that just ended.

Two shortcuts
-------------

Both exist for their figures (``docs/performance.rst``, "Task switches"),
and both keep the cancellation points above.

* The locks are ``_FastLock``: fair like :class:`trio.Lock`, but taking a
  free one does not yield (only ``checkpoint_if_cancelled``, so a
  cancellation still stops us before anything leaves the engine), and the
  :class:`~trio.lowlevel.ParkingLot` is only made on first contention, so an
  idle stream stays small.  With :class:`trio.Lock` in their place a 64-byte
  round trip takes 8 task switches over loopback TCP instead of 4, and
  ping-pong runs 1.42x (TCP) and 1.18x (memory streams) as fast with
  ``_FastLock``.
* Before a batch of records we skip ``wait_send_all_might_not_block`` when
  the transport is a :class:`trio.SocketStream` (or the send half of a
  :class:`trio.StapledStream` is one) whose socket polls writable: the wait
  could not have waited, and it costs an epoll registration and a scheduler
  pass.  Without the skip a TCP round trip takes 6 task switches instead of
  the bare socket's 4, and ping-pong runs at 0.58x the speed.  Every other
  transport is waited for, trio's in-memory test streams included (there a
  round trip takes 14 switches against the bare transport's 10; a shortcut
  for a testing class would only flatter the benchmark).

(Figures: medians of 10 interleaved cycles of ``benchmarks/benchmark.py``'s
``pingpong`` on a shared two-core machine, each variant in its own process;
single cycles ranged from 0.74x to 2.5x, so read them as large, not exact.)

Resets
------

Ossuary recovers from corruption by resetting the session and handshaking
again with fresh keys; records in flight are lost.  The engine reports every
reset; once the first handshake has completed, each direction of the stream
raises :exc:`ChannelReset` (a :exc:`trio.BrokenResourceError`, so generic code
just sees a broken stream) exactly once, from its pending or next call.  Code
that knows Ossuary catches it and carries on: the next call runs the new
handshake.  Resets during the very first handshake are only logged, with one
exception: a server's reset after it sent its ServerHandshake.  The client
may by then have completed its handshake and sent data, which the reset lost,
so the server's receiving direction reports it (when the client had not,
nothing was lost and the report is merely cautious).  After ``max_resets``
the stream is broken for good.

Session boundaries
------------------

The invariant: **bytes of session N+1 are never returned before the
receiving direction's ChannelReset for the end of session N, and never in
the same chunk as bytes of session N.**  So what the application receives
between two ChannelResets is one contiguous run of what the peer sent in one
session, the first run starts at the first byte the peer sent, and a hole
made by a reset is always announced.  (The server's cautious report above is
what keeps the first-run part true.)

It needs care because the task that reads the first records of a new session
is often not ``receive_some``: after a reset, whichever call needs the channel
(a ``send_all`` retried after its ChannelReset, or ``do_handshake``) drives
the new handshake, and a client may send data in the very write that carries
its ClientAuthentication.  Those records are decrypted into ``_plaintext``
while the receiving task is busy elsewhere, and the reset it has not reported
yet is only a counter.  So ``_plaintext`` is a queue of runs, one per session,
each tagged with the number of reported resets before it and with the reset
that began it.  ``receive_some`` returns bytes from the first run only, and
when that run's session is later than the last one it reported, it raises
that run's reset first (issue #9: a one-bit flip used to make the
application see ``AAAA`` and ``CCCC`` as contiguous, with ``BBBB`` silently
gone).  Each run needs a reset, so there are never more than ``max_resets``.

Timeouts and closing
--------------------

Every handshake (the first and each one after a reset) must finish within
``handshake_timeout`` seconds of the first call that drives it, or the
stream is broken with :exc:`~trio_ossuary.HandshakeTimeoutError`: a peer
that stalls is cut off.  This is the only handshake clock.  The engine has a
timer of its own for sans-IO drivers (the reference's rule: a wait resets
once more than ``handshake_timeout`` whole seconds have passed since its
last state change); the stream makes the engine with ``clock=None``, which
turns that timer off.  With both running, the engine's, started at a reset,
reset the new session again when the application took a few seconds to call
back (``tests/stream/test_stream_clock.py``).
``aclose`` sends a Disconnect on a best-effort basis, giving up after one
handshake timeout if the transport is clogged (a wall-clock bound: when
thousands of streams close at once on a busy machine, the last may run out of
it), then closes the transport.  The Disconnect that answers the peer's is
written the same way, by whichever call read the peer's, or else by
``aclose``.  A transport EOF without a Disconnect is a truncation attack as
far as we can tell, and raises :exc:`trio.BrokenResourceError`, unless
``eof_is_close`` says the peer is one that never sends Disconnect.
"""

from __future__ import annotations

import contextlib
import enum
import inspect
import logging
import operator
import select
from collections.abc import Callable, Iterable
from functools import partial
from types import TracebackType
from typing import Final, Generic, TypeVar, final

import attrs
import trio

from ._connection import OssuaryConnection
from ._errors import (
    ChannelReset,
    ConnectionFailed,
    HandshakeTimeoutError,
    OssuaryError,
    UntrustedServerError,
)
from ._events import (
    NEED_DATA,
    ConnectionClosed,
    DataReceived,
    HandshakeComplete,
    SessionReset,
    UntrustedServer,
)
from ._keys import PublicKey, SecretKey
from ._options import (
    OssuaryOptions,
    TrustCallback,
    TrustPolicy,
    TrustStore,
    choose_options,
)
from ._state import State
from ._trust import peer_address, trust_callback

__all__ = ["OssuaryStream"]

logger: Final = logging.getLogger("trio_ossuary")

T_Stream = TypeVar("T_Stream", bound=trio.abc.Stream)
_R = TypeVar("_R")

#: How much we ask the transport for in one read.
_READ_SIZE: Final = 1 << 17
#: How much plaintext one transport write carries at most (16 full records).
_WRITE_BATCH: Final = 1 << 18
#: What a transport raises when it cannot go on (see _transport_error).
_TRANSPORT_ERRORS: Final = (trio.BrokenResourceError, trio.ClosedResourceError)


class _More(enum.Enum):
    """What a pump step returns when the pump must make progress first."""

    MORE = "more"


_MORE: Final = _More.MORE


def _channel_reset(event: SessionReset) -> ChannelReset:
    """The exception a direction raises to report the reset ``event``."""
    return ChannelReset(event.reason, resets=event.resets)


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


class _State(enum.Enum):
    OK = "ok"
    BROKEN = "broken"
    CLOSED = "closed"


class _Conflict:
    """Raise BusyResourceError when two tasks do the same thing at once."""

    __slots__ = ("_held", "_message")

    def __init__(self, message: str) -> None:
        self._message = message
        self._held = False

    def __enter__(self) -> None:
        if self._held:
            raise trio.BusyResourceError(self._message)
        self._held = True

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._held = False


class _FastLock:
    """A fair lock that costs nothing until two tasks want it at once.

    Uncontended acquire does not yield (everything done under our locks
    awaits the transport, which checkpoints), and the ParkingLot is only made
    on first contention: an idle stream carries one small object per lock.
    """

    __slots__ = ("_held", "_lot")

    def __init__(self) -> None:
        self._held = False
        self._lot: trio.lowlevel.ParkingLot | None = None

    def locked(self) -> bool:
        return self._held

    def acquire_nowait(self) -> None:
        if self._held or self._lot:
            raise trio.WouldBlock
        self._held = True

    def release(self) -> None:
        if self._lot:
            self._lot.unpark()  # stays held: ownership passes to the waiter
        else:
            self._held = False

    async def __aenter__(self) -> None:
        # No yield, but a cancellation still stops us before we take bytes
        # out of the engine (the transport's checkpoint comes later).
        await trio.lowlevel.checkpoint_if_cancelled()
        if not self._held and not self._lot:
            self._held = True
            return
        if self._lot is None:
            self._lot = trio.lowlevel.ParkingLot()
        # Ownership is handed over by release (fair, FIFO).
        await self._lot.park()

    async def __aexit__(self, *exc_info: object) -> None:
        self.release()


@final
class OssuaryStream(trio.abc.Stream, Generic[T_Stream]):
    """An encrypted, optionally authenticated channel over another stream.

    Args:
      transport_stream: The stream to run over: a TCP stream, a pair of pipes
          (:class:`trio.StapledStream`), another stream adapter, even another
          :class:`OssuaryStream`.  It must deliver bytes reliably and in order.
      server_side: True for the server end.
      options: All of the options below as one
          :class:`~trio_ossuary.OssuaryOptions`, checked when it was made (a
          listener passes one to every stream it accepts).  Give either this
          or the keywords below, not both.
      secret_key: This host's Ed25519 key (:class:`~trio_ossuary.SecretKey` or
          its raw 32-byte seed).  A client without one is anonymous; a server
          without one makes a fresh key for this stream.
      authorized_keys: A client's trusted server keys, or a server's accepted
          client keys (:class:`~trio_ossuary.PublicKey` or raw 32 bytes).
      require_client_auth: Server only: refuse clients that do not prove they
          hold one of ``authorized_keys``.
      on_untrusted_server: Client only: decides about the server's proven key
          when it is not among ``authorized_keys``.  A
          :data:`~trio_ossuary.TrustCallback` is called (sync or async) with
          the key and returns True to trust it (trust on first use).  A
          :class:`~trio_ossuary.TrustStore` such as
          :class:`~trio_ossuary.KnownHosts` is consulted (in a worker thread,
          since it does file I/O) for the host and port this stream is
          connected to, which the TCP helpers know and a
          :class:`trio.SocketStream` tells.  With neither, an unknown server
          is refused with :exc:`~trio_ossuary.UntrustedServerError`.
      handshake_timeout: Seconds each handshake may take before the peer is
          cut off: a positive, finite number.
      max_resets: The reset that would be the connection's ``max_resets``-th
          breaks the stream for good instead (at least 1).
      eof_is_close: Treat a transport EOF without a Disconnect as a clean
          close, for peers that never send one.  Off by default, because it
          lets an attacker truncate the stream undetected (compare
          ``https_compatible`` on :class:`trio.SSLStream`).

    Raises:
      TypeError: for an argument of the wrong type (a
          :class:`~trio_ossuary.PublicKey` as ``secret_key``, a file name or a
          fingerprint as a key, one key as ``authorized_keys``...), or for
          ``options`` together with option keywords.
      ValueError: for an impossible value (see
          :class:`~trio_ossuary.OssuaryOptions`), an option of the other
          role, or a trust store over a transport that cannot tell the
          server's address.
    """

    __slots__ = (
        "__weakref__",
        "_cause",
        "_conn",
        "_eof_is_close",
        "_ever_established",
        "_handshake_deadline",
        "_handshake_lock",
        "_handshake_timeout",
        "_key",
        "_last_reset",
        "_on_untrusted",
        "_options",
        "_peer",
        "_peer_closed",
        "_plaintext",
        "_poller",
        "_read_lock",
        "_recv_conflict",
        "_recv_reported",
        "_resets_to_report",
        "_send_broken",
        "_send_conflict",
        "_send_reported",
        "_server_side",
        "_state",
        "_write_lock",
        "transport_stream",
    )

    def __init__(
        self,
        transport_stream: T_Stream,
        *,
        server_side: bool = False,
        options: OssuaryOptions | None = None,
        secret_key: SecretKey | bytes | None = None,
        authorized_keys: Iterable[PublicKey | bytes] = (),
        require_client_auth: bool = False,
        on_untrusted_server: TrustPolicy | None = None,
        handshake_timeout: float = 3.0,
        max_resets: int = 5,
        eof_is_close: bool = False,
    ) -> None:
        options = choose_options(
            options,
            secret_key=secret_key,
            authorized_keys=authorized_keys,
            require_client_auth=require_client_auth,
            on_untrusted_server=on_untrusted_server,
            handshake_timeout=handshake_timeout,
            max_resets=max_resets,
            eof_is_close=eof_is_close,
        )
        options.check_role(server_side=server_side)
        if options.secret_key is None and server_side:
            options = attrs.evolve(options, secret_key=SecretKey.generate())
        policy = options.on_untrusted_server
        if policy is not None and isinstance(policy, TrustStore):
            # The store needs the server's address: know it now or fail now.
            address = peer_address(transport_stream)
            if address is None:
                raise ValueError(
                    "a trust store such as KnownHosts needs the server's host "
                    "and port, which this transport does not tell: pass "
                    "store.for_host(host, port) instead, or connect with "
                    "open_ossuary_over_tcp_stream"
                )
            policy = trust_callback(policy, *address)
        self.transport_stream: T_Stream = transport_stream
        self._server_side = server_side
        self._options = options
        self._key = options.secret_key
        self._on_untrusted: TrustCallback | None = policy
        self._handshake_timeout = options.handshake_timeout
        self._eof_is_close = options.eof_is_close
        # Made on first use: a stream never used draws no keys, and closing it
        # writes nothing.
        self._conn: OssuaryConnection | None = None

        self._state = _State.OK
        self._cause: BaseException | None = None
        # Set when a write was cut off part-way: nothing more may be written.
        self._send_broken: OssuaryError | None = None
        # The HandshakeComplete of the session in progress (None between
        # sessions), kept once the channel has ended: the one thing about the
        # session the engine forgets at its end that the stream still
        # answers for (remote_public_key).  Whether the channel is up, and
        # which key waits for a trust decision, the engine says.
        self._peer: HandshakeComplete | None = None
        self._ever_established = False
        self._peer_closed = False
        self._handshake_deadline: float | None = None
        # Decrypted plaintext not yet returned, one run per session, so that
        # receive_some keeps sessions apart (see "Session boundaries").  A
        # list: it holds a run or two, and an empty deque costs an idle
        # stream some 700 bytes.
        self._plaintext: list[_Run] = []
        # Resets count up; each direction remembers the last one it reported.
        self._resets_to_report = 0
        self._send_reported = 0
        self._recv_reported = 0
        self._last_reset: SessionReset | None = None

        self._send_conflict = _Conflict(
            "another task is currently sending data on this OssuaryStream"
        )
        self._recv_conflict = _Conflict(
            "another task is currently receiving data on this OssuaryStream"
        )
        self._poller: select.poll | None = None
        self._write_lock = _FastLock()
        self._read_lock = _FastLock()
        self._handshake_lock = _FastLock()

    # -- attributes ---------------------------------------------------------

    @property
    def server_side(self) -> bool:
        """True for the server end of the channel."""
        return self._server_side

    @property
    def local_public_key(self) -> PublicKey | None:
        """This end's Ed25519 public key, or None for an anonymous client."""
        return None if self._key is None else self._key.public_key

    @property
    def remote_public_key(self) -> PublicKey | None:
        """The peer's proven Ed25519 key, once the handshake is done.

        None before that, and for a client that did not authenticate.  The
        first handshake pins the peer's identity: a handshake after a reset
        that proves another key, or switches between anonymous and
        authenticated, breaks the stream (:exc:`trio.BrokenResourceError`
        caused by :exc:`~trio_ossuary.AuthenticationError`), so this is never
        one key and later another.
        """
        peer = self._peer
        return None if peer is None else peer.remote_public_key

    def __repr__(self) -> str:
        role = "server" if self._server_side else "client"
        if self._state is not _State.OK:
            status = self._state.value
        else:
            status = "handshaking" if self._peer is None else "established"
        return f"<OssuaryStream {role} {status} over {self.transport_stream!r}>"

    # -- status -------------------------------------------------------------

    def _check_status(self) -> None:
        if self._state is _State.OK:
            return
        if self._state is _State.CLOSED:
            raise trio.ClosedResourceError("this OssuaryStream was closed")
        raise trio.BrokenResourceError(self._broken_message()) from self._cause

    def _broken_message(self) -> str:
        return f"the Ossuary channel is broken: {self._cause}"

    def _break(self, cause: BaseException) -> None:
        if self._state is _State.OK:
            self._state = _State.BROKEN
            self._cause = cause
            logger.debug("OssuaryStream broken: %s", cause)

    def _transport_error(self, exc: BaseException) -> BaseException:
        """The one mapping of the transport's errors to the stream's.

        Every await on the transport but the best-effort Disconnect (which
        swallows them) catches :data:`_TRANSPORT_ERRORS` and raises this
        ``from`` the original: a transport that broke breaks the stream, one
        closed under us by ``aclose`` is our own close.  (A ``try`` costs
        nothing; a context manager here cost 1 to 3 us per await, on the
        path of every record.)
        """
        if self._state is _State.CLOSED:
            return trio.ClosedResourceError("this OssuaryStream was closed")
        self._break(exc)
        return trio.BrokenResourceError(self._broken_message())

    def _engine(self) -> OssuaryConnection:
        if self._conn is None:
            self._conn = OssuaryConnection(
                server_side=self._server_side,
                options=self._options,
                clock=None,  # the handshake clock is ours (see "Timeouts")
            )
        return self._conn

    # -- the engine's events --------------------------------------------------

    def _process_events(self) -> None:
        """Run the engine until it needs data or a decision (synchronous)."""
        conn = self._engine()
        while True:
            before = conn.state
            try:
                event = conn.next_event()
            except OssuaryError as exc:
                self._break(exc)
                return
            if event is NEED_DATA:
                return
            if isinstance(event, DataReceived):
                self._buffer_plaintext(event.data)
            elif isinstance(event, HandshakeComplete):
                self._peer = event
                self._ever_established = True
                self._handshake_deadline = None
            elif isinstance(event, SessionReset):
                self._on_reset(
                    event,
                    after_server_handshake=before is State.AWAIT_CLIENT_AUTHENTICATION,
                )
            elif isinstance(event, UntrustedServer):
                # The key waits in the engine (untrusted_server_key) until
                # the pump asks the application about it.
                return
            else:
                assert isinstance(event, ConnectionClosed)
                self._peer_closed = True
                return

    def _on_reset(self, event: SessionReset, *, after_server_handshake: bool) -> None:
        self._peer = None
        self._handshake_deadline = None
        who = "we" if event.initiated_locally else "the peer"
        logger.info(
            "Ossuary session reset (%s reset it, %d so far): %s",
            who,
            event.resets,
            event.reason,
        )
        if self._ever_established:
            self._resets_to_report += 1
            self._last_reset = event
        elif after_server_handshake:
            # A server's first handshake, reset after its ServerHandshake
            # went out: the client may have finished and sent data right
            # after its ClientAuthentication, and the reset lost it.  The
            # receiving direction must say so (or the stream would seem to
            # start later than it did); the sending one has lost nothing.
            self._resets_to_report += 1
            self._send_reported = self._resets_to_report
            self._last_reset = event

    def _pending_reset(self, reported: int) -> ChannelReset | None:
        if reported == self._resets_to_report or self._last_reset is None:
            return None
        return _channel_reset(self._last_reset)

    def _buffer_plaintext(self, data: bytes) -> None:
        # Data is tagged with the session it arrived in: whichever task read
        # it, the receiving direction must report the reset before it (#9).
        if not data:
            return
        runs = self._plaintext
        session = self._resets_to_report
        if runs and runs[-1].session == session:
            runs[-1].chunks.append(data)
        else:
            runs.append(_Run(session, self._last_reset, data))

    # -- moving bytes -------------------------------------------------------

    async def _write_pending(self) -> None:
        """Write whatever the engine has queued (handshake, resets, ...).

        The peer cannot do without these packets, and whichever call carries
        them (often a receive_some) must be safe to cancel, so the write is
        shielded from the caller's cancellation, which is delivered once the
        write is done.  It is still bounded: by the handshake deadline, or
        one handshake timeout.  A write cut off there breaks the stream with
        HandshakeTimeoutError, since the protocol cannot go on without it.
        """
        async with self._write_lock:
            data = self._engine().data_to_send()
            if data:
                deadline = self._handshake_deadline
                if deadline is None:
                    deadline = trio.current_time() + self._handshake_timeout
                with trio.CancelScope(deadline=deadline, shield=True) as scope:
                    # Shielded: the caller's cancellation waits until the
                    # packets are out; only the deadline can stop this.
                    await self._transport_send(data)
                if scope.cancelled_caught:
                    # Without these packets the protocol cannot go on.
                    self._break(
                        HandshakeTimeoutError(
                            f"the transport did not take the handshake or reset "
                            f"packets within {self._handshake_timeout:g} s"
                        )
                    )
                    self._check_status()
        # The cancellation the shield held back, delivered now that the
        # packets are out.
        await trio.lowlevel.checkpoint_if_cancelled()

    async def _transport_send(self, data: bytes) -> None:
        # Caller holds _write_lock.  Cancellation here may leave a partial
        # packet on the wire: the sending direction is finished after that.
        if self._send_broken is not None:
            raise trio.BrokenResourceError(
                "the sending direction of this OssuaryStream is broken"
            ) from self._send_broken
        try:
            # The one await that can leave part of a packet on the wire: a
            # cancellation here ends the sending direction for good.
            await self.transport_stream.send_all(data)
        except trio.Cancelled:
            self._send_broken = ConnectionFailed(
                "a write to the transport was cancelled part-way, so a partial "
                "record may be on the wire: this stream can no longer send"
            )
            raise
        except _TRANSPORT_ERRORS as exc:
            raise self._transport_error(exc) from exc

    async def _read_transport(self) -> None:
        """Read once from the transport and let the engine process it."""
        async with self._read_lock:
            self._check_status()
            try:
                # Cancelled here, the bytes are still in the transport and the
                # engine is untouched: nothing is lost.
                data = await self.transport_stream.receive_some(_READ_SIZE)
            except _TRANSPORT_ERRORS as exc:
                raise self._transport_error(exc) from exc
            conn = self._engine()
            if not data:
                if self._peer_closed:
                    return
                if (
                    self._eof_is_close
                    and conn.handshake_complete
                    and conn.buffered_input == 0
                ):
                    self._peer_closed = True
                    return
            conn.receive_data(data)
            self._process_events()
        if self._state is _State.BROKEN:
            # The engine queued a Disconnect(error) saying why; try to send it
            # (best effort, bounded: the stream is broken either way).
            await self._flush_disconnect()
            if not self._plaintext:  # else receive_some returns it first
                self._check_status()
        elif conn.bytes_to_send:
            if self._peer_closed:
                # The Disconnect that answers the peer's, as docs/protocol.rst
                # says: best effort and bounded, like aclose's (#9).
                await self._flush_disconnect()
            else:
                # Handshake packets or the Reset that answers the peer's:
                # shielded and bounded, see _write_pending.
                await self._write_pending()

    async def _flush_disconnect(self) -> None:
        """Best effort: tell the peer why we are giving up, without hanging."""
        conn = self._conn
        if conn is None or not conn.bytes_to_send or self._send_broken is not None:
            return
        if self._write_lock.locked():
            return  # another task is writing: no clean way to add ours
        # Taken without a checkpoint: when thousands of streams close at once,
        # every scheduling pass before the write eats into the bound below.
        self._write_lock.acquire_nowait()
        try:
            data = conn.data_to_send()
            with (
                trio.move_on_after(self._handshake_timeout),
                contextlib.suppress(*_TRANSPORT_ERRORS),
            ):
                # The last thing this stream writes.  Cancelled or timed out,
                # part of the Disconnect may be on the wire, which the peer
                # reads as the truncation it is.
                await self.transport_stream.send_all(data)
        finally:
            self._write_lock.release()

    # -- the handshake ------------------------------------------------------

    async def do_handshake(self) -> None:
        """Perform the handshake, if it has not been done yet.

        It is not necessary to call this: the first ``send_all`` or
        ``receive_some`` does it.  It is useful to learn the peer's key
        (:attr:`remote_public_key`) or to handle handshake failures apart from
        later I/O.  Calling it again once the channel is up does nothing.

        Each handshake must finish within ``handshake_timeout`` seconds.

        A client's handshake is done once it has sent its authentication; the
        server sends no confirmation.  So a server that refuses the client's
        key is only heard of later, when the next ``receive_some`` (or
        ``send_all``) raises :exc:`trio.BrokenResourceError` caused by a
        :exc:`~trio_ossuary.ConnectionFailed` whose ``by_peer`` is true.

        Raises:
          trio.BrokenResourceError: the handshake failed; its ``__cause__`` says
              why (for example :exc:`~trio_ossuary.AuthenticationError`,
              :exc:`~trio_ossuary.UntrustedServerError`,
              :exc:`~trio_ossuary.HandshakeTimeoutError`, or the transport's
              own error).  Every task waiting for this handshake gets the same.
          trio.ClosedResourceError: if you already closed this stream.
        """
        self._check_status()
        if self._peer is not None:  # up, or ended after it was up
            await trio.lowlevel.checkpoint()
            return
        await self._ensure_handshake()

    async def _ensure_handshake(self) -> None:
        """The handshake driver: one task drives, the others wait their turn.

        The role of trio's ``_Once``, for a handshake that happens again after
        every reset: whoever takes the lock drives this session's handshake
        (the pump, with :meth:`_handshake_step` as its goal); whoever takes it
        next finds the channel up (and returns), the stream broken (and raises
        the same error from the same cause), or the driver cancelled part-way
        (and carries on from where the engine is).
        """
        # Queued behind the task driving the handshake.  Cancelled here, we
        # have done nothing at all.
        async with self._handshake_lock:
            if self._handshake_step() is not _MORE:
                return
            if self._handshake_deadline is None:
                # The one handshake clock: it starts with the first call that
                # drives this handshake and stops at HandshakeComplete or a
                # reset (see "Timeouts and closing").
                self._handshake_deadline = trio.current_time() + self._handshake_timeout
            with trio.move_on_at(self._handshake_deadline) as scope:
                await self._pump(self._handshake_step, handshake=True)
            if scope.cancelled_caught:
                error = HandshakeTimeoutError(
                    f"the handshake did not complete within "
                    f"{self._handshake_timeout:g} second"
                    f"{'' if self._handshake_timeout == 1 else 's'}"
                )
                self._engine().close(error=True)
                self._break(error)
                # Best effort, bounded; the stream is broken whatever happens.
                await self._flush_disconnect()
                self._check_status()

    def _handshake_step(self) -> _More | None:
        """The handshake's goal: the channel is up and our packets are out."""
        self._check_status()
        if self._peer_closed:
            if self._peer is None:
                self._break(
                    ConnectionFailed(
                        "the peer closed the connection during the handshake"
                    )
                )
                self._check_status()
            return None
        conn = self._engine()
        if conn.handshake_complete and not conn.bytes_to_send:
            # (A client's ClientAuthentication goes out before we return: the
            # server cannot say anything until it has it.)
            return None
        return _MORE

    async def _pump(
        self, step: Callable[[], _R | _More], *, handshake: bool = False
    ) -> _R:
        """The pump: touch the engine, await exactly one thing, loop.

        ``step`` is the caller's goal.  It looks at the stream and the engine
        without awaiting and returns the call's result, raises (a reset to
        report, a broken stream), or returns ``_MORE`` when the pump must
        make progress first.  Then the pump awaits exactly one thing, the
        first of these that applies, and asks again:

        1. the handshake, when the channel is not up and this is not the
           handshake's own pump (``handshake=False``): :meth:`_ensure_handshake`
           drives it, or waits for the task that does;
        2. the application's decision about the server key waiting in the
           engine (:meth:`_decide_trust`);
        3. packets the engine has queued (:meth:`_write_pending`: shielded
           from the caller's cancellation, bounded by the handshake clock);
        4. one read from the transport (:meth:`_read_transport`), which feeds
           the engine at once and writes whatever that made it queue.

        The engine's calls are synchronous, so its state is whole at every
        await, and a cancellation at any of them leaves the next pass (in
        this task or another) exactly where this one stopped.  A step that
        finishes without the pump having read anything has yielded nowhere,
        so the pump checks for cancellation before the first step (which has
        then taken nothing) and yields, shielded, after it (so what the step
        took, plaintext or a reset to report, is delivered, not lost).
        """
        await trio.lowlevel.checkpoint_if_cancelled()
        conn = self._engine()
        yielded = False
        while True:
            try:
                result = step()
            except BaseException:
                if not yielded:
                    await trio.lowlevel.cancel_shielded_checkpoint()
                raise
            if result is not _MORE:
                if not yielded:
                    await trio.lowlevel.cancel_shielded_checkpoint()
                return result
            self._check_status()
            if not handshake and not conn.handshake_complete:
                # 1. The handshake, ours or another task's.  Cancelled,
                # whatever it decrypted waits in _plaintext.
                await self._ensure_handshake()
            elif (key := conn.untrusted_server_key) is not None:
                # 2. The application's own await.  Cancelled, the key stays
                # undecided in the engine and the next pass asks again.
                await self._decide_trust(key)
            elif conn.bytes_to_send:
                # 3. Handshake or Reset packets the peer is waiting for: a
                # shielded, bounded write that no cancellation cuts short.
                await self._write_pending()
            else:
                # 4. The one read.  Cancelled, nothing was taken from the
                # transport; a write after it is shielded, as in 3.
                await self._read_transport()
                yielded = True

    async def _decide_trust(self, key: PublicKey) -> None:
        """Ask the trust policy about ``key`` and tell the engine its answer.

        The answer names the key the policy was shown (the engine refuses a
        decision about any other).  A refusal, or no policy at all, breaks
        the stream with the policy's reason as the cause, after a
        best-effort Disconnect(error) to the server.
        """
        conn = self._engine()
        callback = self._on_untrusted
        trusted = False
        failure: BaseException | None = None
        if callback is None:
            failure = UntrustedServerError(
                f"the server's key {key.fingerprint()} is not trusted and no "
                f"trust policy was given",
                public_key=key,
            )
        else:
            try:
                verdict = callback(key)
                if inspect.isawaitable(verdict):
                    # The application's own await.  Cancelled, the key stays
                    # in the engine and the next task to drive asks again.
                    verdict = await verdict
                trusted = bool(verdict)
            except Exception as exc:  # the policy's own reason to refuse
                failure = exc
            if not trusted and failure is None:
                failure = UntrustedServerError(
                    f"the server's key {key.fingerprint()} was not trusted",
                    public_key=key,
                )
        # Closed (or broken) while the callback ran: there is nothing left to
        # decide, and every waiting call says so (#9).
        self._check_status()
        if trusted:
            conn.approve_server_key(key)  # the key the callback was shown
            logger.info("The trust callback accepted server key %s", key.fingerprint())
            self._process_events()
            return
        assert failure is not None
        conn.reject_server_key(key)
        self._break(failure)
        await self._flush_disconnect()
        self._check_status()

    # -- trio.abc.Stream ----------------------------------------------------

    async def send_all(self, data: bytes | bytearray | memoryview) -> None:
        """Encrypt and send all of ``data``, handshaking first if needed.

        The data is cut into records of at most 16384 bytes.  Sending ``b""``
        sends nothing.

        .. warning:: If ``send_all`` is cancelled while the transport is
           writing, an unknown part of a record may have gone out; the sending
           direction is then broken for good (later ``send_all`` calls raise
           :exc:`trio.BrokenResourceError`) so that nothing more follows the
           partial record.  Receiving keeps working.  A cancellation at any
           other point (waiting for the handshake, for the transport to accept
           data, or between batches) leaves the stream fully usable, the peer
           holding whole records only.

        Raises:
          ChannelReset: the session was reset since the sending direction
              last heard of it; data sent before may be lost.  Catch it to
              keep using the stream.
          trio.BusyResourceError: another task is already sending.
          trio.BrokenResourceError: the channel or the transport broke; the
              ``__cause__`` says why.
          trio.ClosedResourceError: you closed this stream.
        """
        with self._send_conflict:
            self._check_status()
            if self._send_broken is not None:
                raise trio.BrokenResourceError(
                    "the sending direction of this OssuaryStream is broken "
                    "(a send_all was cancelled while writing)"
                ) from self._send_broken
            view = memoryview(data).cast("B")
            if self._pending_reset(self._send_reported) is not None:
                # Report a reset before handshaking again, so that the call
                # raises it even when the peer is not there to handshake.
                # Cancelled at this checkpoint, the reset stays to report.
                await trio.lowlevel.checkpoint()
                self._check_status()
                self._raise_send_reset()
            if not self._peer_closed and not self._engine().handshake_complete:
                # Cancelled while handshaking: nothing of ``data`` was sent.
                await self._ensure_handshake()
            if not view:
                await trio.lowlevel.checkpoint()
                self._check_status()
                self._raise_send_reset()
                return
            sent = 0
            while sent < len(view):
                self._raise_send_reset()
                self._check_peer_open()
                if not self._engine().handshake_complete:
                    # A reset between batches: the new handshake first.
                    await self._ensure_handshake()
                    continue
                # One batch of records; see _send_batch for its awaits.
                if await self._send_batch(view[sent : sent + _WRITE_BATCH]):
                    sent += _WRITE_BATCH

    def _check_peer_open(self) -> None:
        if self._peer_closed:
            raise trio.BrokenResourceError(
                "the peer has closed the Ossuary channel"
            ) from ConnectionFailed("the peer sent Disconnect")

    def _raise_send_reset(self) -> None:
        reset = self._pending_reset(self._send_reported)
        if reset is not None:
            self._send_reported = self._resets_to_report
            raise reset

    def _transport_writable(self) -> bool:
        """Is the transport a socket that takes a write without blocking now?

        True only for a :class:`trio.SocketStream` (possibly the send half of
        a :class:`trio.StapledStream`) whose socket polls writable, where
        ``wait_send_all_might_not_block`` could not wait.  Anything else is
        waited for.
        """
        transport: trio.abc.SendStream = self.transport_stream
        if type(transport) is trio.StapledStream:
            transport = transport.send_stream
        if not isinstance(transport, trio.SocketStream) or not hasattr(select, "poll"):
            return False
        poller = self._poller
        if poller is None:
            try:
                fd = transport.socket.fileno()
            except OSError:
                return False
            if fd < 0:
                return False
            poller = self._poller = select.poll()
            poller.register(fd, select.POLLOUT)
        return bool(poller.poll(0))

    async def _send_batch(self, batch: memoryview) -> bool:
        # Behind another task's handshake or Reset packets.  Cancelled while
        # queued (or at the lock's checkpoint), nothing is encrypted yet.
        async with self._write_lock:
            if self._transport_writable():
                # What wait_send_all_might_not_block would find out, without
                # its scheduler passes (see "Two shortcuts").  The
                # cancellation point before encrypting stays.
                await trio.lowlevel.checkpoint_if_cancelled()
            else:
                try:
                    # Nothing is encrypted yet: a cancellation here is clean.
                    await self.transport_stream.wait_send_all_might_not_block()
                except _TRANSPORT_ERRORS as exc:
                    raise self._transport_error(exc) from exc
            self._check_status()
            conn = self._engine()
            if not conn.handshake_complete:
                # A reset arrived while we waited; the caller will notice.
                return False
            conn.send_data(batch)
            await self._transport_send(conn.data_to_send())
            return True

    async def wait_send_all_might_not_block(self) -> None:
        """Wait until the transport can probably take more data.

        Raises:
          trio.BusyResourceError: another task is sending or waiting.
          trio.BrokenResourceError: the channel or the transport broke.
          trio.ClosedResourceError: you closed this stream.
        """
        with self._send_conflict:
            self._check_status()
            try:
                await self.transport_stream.wait_send_all_might_not_block()
            except _TRANSPORT_ERRORS as exc:
                raise self._transport_error(exc) from exc

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        """Receive decrypted data, handshaking first if needed.

        Args:
          max_bytes: Return at most this many bytes; None for whatever has
              arrived.

        Returns:
          Some data, or ``b""`` once the peer has closed the channel cleanly
          (with a Disconnect, or an EOF if ``eof_is_close`` is set).

        Cancelling ``receive_some`` at any point loses no data and leaves the
        stream fully usable.

        Raises:
          ChannelReset: the session was reset since the receiving direction
              last heard of it; data in flight may be lost.  Catch it to keep
              using the stream.
          trio.BusyResourceError: another task is already receiving.
          trio.BrokenResourceError: the channel or the transport broke
              (including a transport EOF without a Disconnect); the
              ``__cause__`` says why.
          trio.ClosedResourceError: you closed this stream.
        """
        with self._recv_conflict:
            if max_bytes is not None:
                max_bytes = operator.index(max_bytes)
                if max_bytes < 1:
                    raise ValueError("max_bytes must be >= 1")
            if self._state is _State.CLOSED:
                raise trio.ClosedResourceError("this OssuaryStream was closed")
            return await self._pump(partial(self._receive_step, max_bytes))

    def _receive_step(self, max_bytes: int | None) -> bytes | _More:
        """receive_some's goal: plaintext, a reset to report, or the end.

        Plaintext comes first, even from a broken stream: it arrived before
        whatever broke it.
        """
        if self._plaintext:
            run = self._plaintext[0]
            if run.session != self._recv_reported:
                # Bytes of a later session: first the reset that ended the
                # one the application was reading (#9).
                assert run.reset is not None
                self._recv_reported = run.session
                raise _channel_reset(run.reset)
            return self._take_plaintext(run, max_bytes)
        reset = self._pending_reset(self._recv_reported)
        if reset is not None:
            self._recv_reported = self._resets_to_report
            raise reset
        if self._peer_closed:
            return b""
        return _MORE

    def _take_plaintext(self, run: _Run, max_bytes: int | None) -> bytes:
        chunks = run.chunks
        if len(chunks) > 1:
            chunks[:] = [b"".join(chunks)]
        data = chunks[0]
        if max_bytes is None or max_bytes >= len(data):
            del self._plaintext[0]
            return data
        chunks[0] = data[max_bytes:]
        return data[:max_bytes]

    async def aclose(self, *, error: bool = False) -> None:
        """Close the channel: send a Disconnect, then close the transport.

        Args:
          error: Send the Disconnect with its failure flag, so that the peer
              does not take the end for a clean close: its ``receive_some``
              raises :exc:`trio.BrokenResourceError` from a
              :exc:`ConnectionFailed` whose ``by_peer`` is True.  For when
              something on this side failed and the data it sent so far may
              be incomplete.

        The Disconnect is best effort: it is skipped if another task is
        writing, and abandoned after ``handshake_timeout`` seconds if the
        transport is clogged, so ``aclose`` never hangs on a slow or silent
        peer.  Closing twice is
        fine.  Even a cancelled ``aclose`` closes the transport.
        """
        if self._state is _State.CLOSED:
            await trio.lowlevel.checkpoint()
            return
        was_ok = self._state is _State.OK
        self._state = _State.CLOSED
        try:
            conn = self._conn
            if was_ok and conn is not None:
                if not self._peer_closed:
                    conn.data_to_send()  # whatever was never handed over stays so
                    conn.close(error=error)
                # Our Disconnect, or the answer to the peer's if another task
                # was writing when it came.
                await self._flush_disconnect()
        finally:
            await self.transport_stream.aclose()
