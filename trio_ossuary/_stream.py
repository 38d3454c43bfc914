"""OssuaryStream: the Ossuary protocol as a :class:`trio.abc.Stream`.

Theory of operation
===================

:class:`OssuaryStream` wraps any :class:`trio.abc.Stream` (the *transport*)
and drives the sans-IO :class:`~trio_ossuary.sansio.OssuaryConnection` over it, the
way :class:`trio.SSLStream` drives an ``ssl.SSLObject``.  The engine never
blocks: it takes bytes, returns bytes and reports events.  Everything that
waits lives here, and the hard parts are all about who waits for what.
What the stream owes the application across resets (which reset each
direction reports, which plaintext belongs to which session, who the peer
is) is pure bookkeeping and lives in :class:`~trio_ossuary._ledger.SessionLedger`
(``_ledger.py``, which states its promises).  What the stream does without
awaiting (its status, the handshake clock's book, turning the engine's
events into the ledger's, the goals of the pump) it shares with the anyio
adapter in its base class, :class:`~trio_ossuary._channel.ChannelCore`
(``_channel.py``).  This module keeps the pump, the locks, cancellation and
the transport.

The pump
--------

The engine's calls are synchronous: at every ``await`` in this module the
engine's state is whole, and a cancellation there leaves the next call (in
this task or another) exactly where this one stopped.  The handshake and
``receive_some`` run one loop of trio's ``_retry`` kind, :meth:`_pump`:
ask the call's goal, make one step of progress, loop.  Its docstring lists
the steps and what a cancellation at each leaves behind.  ``send_all`` runs
the handshake through the same pump and writes its records itself, in
:meth:`_send_batch`, whose docstring says why that write is the one outside
the pump.  In short: **a cancellation is clean anywhere except while the
transport is writing records**, and even then only the sending direction is
lost (trio issue #198 asked the same of SSLStream).

Every await on the transport goes through ``_transport_error`` (the
core's), the one mapping of its errors to ours, except the best-effort
Disconnect (``_flush_disconnect``), which swallows them and gives up after
one handshake timeout.

Who may run the pump is decided by two conflict detectors and three locks:

* ``_send_conflict`` and ``_recv_conflict`` turn a second concurrent
  ``send_all`` (or ``wait_send_all_might_not_block``) or ``receive_some``
  into :exc:`trio.BusyResourceError`, naming the class and the operation.
  One sender and one receiver may run at the same time.
* ``_handshake_lock``: one task drives each handshake, the others wait for
  it (:meth:`_ensure_handshake`).
* ``_write_lock`` serializes writes: ``send_all`` writes records, while the
  receiving side writes handshake packets and Reset answers.  The bytes are
  taken from the engine only *after* the lock is held, so they go out in
  the order the engine produced them.
* ``_read_lock`` serializes reads, which the handshake (driven by whichever
  task needs it) and ``receive_some`` both do.

The state is the core's: ``State`` (OK, BROKEN, CLOSED, mapped to
exceptions by ``_check_status``, with this module's trio exceptions),
whether the sending direction was cut off, the handshake deadline, and the
ledger.  Whether the channel is up and which server key waits for a
decision, the pump asks the engine (``handshake_complete``,
``untrusted_server_key``).  The hot paths below read the core's attributes
directly rather than through its methods, for the per-call cost.

Shortcuts
---------

Each exists for its figures (``docs/performance.rst``, "Task switches"
and "The per-call cost", has them), and each keeps the cancellation points
above.

* The locks are ``_FastLock``: fair like :class:`trio.Lock`, but taking a
  free one does not yield (only ``checkpoint_if_cancelled``, so a
  cancellation still stops us before anything leaves the engine), and the
  :class:`~trio.lowlevel.ParkingLot` is only made on first contention, so an
  idle stream stays small.
* Before a batch of records we skip ``wait_send_all_might_not_block`` when
  the transport is a :class:`trio.SocketStream` (or the send half of a
  :class:`trio.StapledStream` is one) whose socket polls writable
  (``_transport_writable``): the wait could not have waited, and it costs
  an epoll registration and a scheduler pass.  Every other transport is
  waited for, trio's in-memory test streams included: a shortcut for a
  testing class would only flatter the benchmark.
* The fast paths.  ``send_all`` and ``receive_some`` begin with one test
  of everything the general path checks one call at a time (the stream is
  OK, the channel up, no other task sending or receiving or holding the
  lock, nothing to report or to write; for ``send_all`` also one batch and
  a writable socket).  When it passes, they hold the conflict detector and
  the lock by setting their flags, without the context managers, and make
  the awaits the general path would make in that case, in the same order:
  ``send_all`` checks for cancellation (nothing encrypted yet), encrypts
  and writes through ``_transport_send``; ``receive_some`` checks for
  cancellation, then returns what the ledger holds after a shielded yield,
  as the pump does, or reads once (:meth:`_read_transport`) and hands the
  rest to the pump when that read brought no whole record.  Anything else
  (a handshake, a reset to report, a second task, another transport) takes
  the general path.  ``tests/stream/test_stream_cancel.py`` runs the
  cancellation contract over a socket, where both fast paths are taken.

Resets
------

Ossuary recovers from corruption by resetting the session and handshaking
again with fresh keys; records in flight are lost.  Each direction raises
:exc:`ChannelReset` (a :exc:`trio.BrokenResourceError`, so generic code just
sees a broken stream) once for each reset the ledger says it must report,
from its pending or next call.  Code that knows Ossuary catches it and
carries on: the next call runs the new handshake.  After ``max_resets`` the
engine fails and the stream is broken for good.

Timeouts and closing
--------------------

Every handshake (the first and each one after a reset) must finish within
``handshake_timeout`` seconds of the first call that drives it, or the
stream is broken with :exc:`~trio_ossuary.HandshakeTimeoutError`: a peer
that stalls is cut off.  This is the only handshake clock.  The engine has a
timer of its own for sans-IO drivers (the reference's rule: a wait resets
once more than ``handshake_timeout`` whole seconds have passed since its
last state change); the channel core makes the engine with ``clock=None``,
which turns that timer off, and says why (``_channel.py``).  Here the clock
is trio's: ``_ensure_handshake`` runs the handshake's pump under
:func:`trio.move_on_at`, at the deadline the core keeps.
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
import operator
import select
from collections.abc import Callable, Iterable
from functools import partial
from types import TracebackType
from typing import Final, Generic, TypeVar, final

import trio

from ._channel import MORE, OK, ChannelCore, More, State, cut_off
from ._errors import ChannelReset
from ._events import SessionReset
from ._keys import PublicKey, SecretKey
from ._options import (
    DEFAULT_OPTIONS,
    OssuaryOptions,
    TrustPolicy,
    choose_options,
    takes_options,
)
from ._peer import peer_address
from ._trust import trust_callback

__all__ = ["OssuaryStream"]

T_Stream = TypeVar("T_Stream", bound=trio.abc.Stream)
_R = TypeVar("_R")

#: How much we ask the transport for in one read.
_READ_SIZE: Final = 1 << 17
#: How much plaintext one transport write carries at most (16 full records).
_WRITE_BATCH: Final = 1 << 18
#: What a transport raises when it cannot go on (see _transport_error).
_TRANSPORT_ERRORS: Final = (trio.BrokenResourceError, trio.ClosedResourceError)


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
class OssuaryStream(ChannelCore, trio.abc.Stream, Generic[T_Stream]):
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

    _NAME = "OssuaryStream"
    _CONNECT_HINT = "connect with open_ossuary_over_tcp_stream"
    _Closed = trio.ClosedResourceError
    _Broken = trio.BrokenResourceError
    _Reset = ChannelReset

    __slots__ = (
        "__weakref__",
        "_handshake_lock",
        "_poller",
        "_read_lock",
        "_recv_conflict",
        "_send_conflict",
        "_write_lock",
        "transport_stream",
    )

    @takes_options
    def __init__(
        self,
        transport_stream: T_Stream,
        *,
        server_side: bool = False,
        options: OssuaryOptions | None = None,
        secret_key: SecretKey | bytes | None = DEFAULT_OPTIONS.secret_key,
        authorized_keys: Iterable[PublicKey | bytes] = DEFAULT_OPTIONS.authorized_keys,
        require_client_auth: bool = DEFAULT_OPTIONS.require_client_auth,
        on_untrusted_server: TrustPolicy | None = DEFAULT_OPTIONS.on_untrusted_server,
        handshake_timeout: float = DEFAULT_OPTIONS.handshake_timeout,
        max_resets: int = DEFAULT_OPTIONS.max_resets,
        eof_is_close: bool = DEFAULT_OPTIONS.eof_is_close,
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
        ChannelCore.__init__(
            self,
            server_side=server_side,
            options=options,
            peer_address=partial(peer_address, transport_stream),
            trust_callback=trust_callback,
        )
        self.transport_stream: T_Stream = transport_stream
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
        return self._local_public_key()

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
        return self._remote_public_key()

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
                deadline = self._write_deadline(trio.current_time())
                with trio.CancelScope(deadline=deadline, shield=True) as scope:
                    # Shielded: the caller's cancellation waits until the
                    # packets are out; only the deadline can stop this.
                    await self._transport_send(data)
                if scope.cancelled_caught:
                    # Without these packets the protocol cannot go on.
                    self._write_timed_out()
        # The cancellation the shield held back, delivered now that the
        # packets are out.
        await trio.lowlevel.checkpoint_if_cancelled()

    async def _transport_send(self, data: bytes) -> None:
        # Caller holds _write_lock.  Cancellation here may leave a partial
        # packet on the wire: the sending direction is finished after that.
        if self._send_broken is not None:
            self._check_send_direction()
        try:
            # The one await that can leave part of a packet on the wire: a
            # cancellation here ends the sending direction for good.
            await self.transport_stream.send_all(data)
        except trio.Cancelled:
            self._send_broken = cut_off()
            raise
        except _TRANSPORT_ERRORS as exc:
            raise self._transport_error(exc) from exc

    async def _read_transport(self) -> None:
        """Read once from the transport, feed the engine, write what it queued.

        The write belongs to the same step: the answer to the peer's Reset or
        the next handshake packet (shielded, :meth:`_write_pending`), or the
        Disconnect that answers the peer's or says why we broke (best
        effort, :meth:`_flush_disconnect`).
        """
        async with self._read_lock:
            self._check_status()
            try:
                # Cancelled here, the bytes are still in the transport and the
                # engine is untouched: nothing is lost.
                data = await self.transport_stream.receive_some(_READ_SIZE)
            except _TRANSPORT_ERRORS as exc:
                raise self._transport_error(exc) from exc
            self._feed(data)
        if self._state is State.BROKEN:
            # The engine queued a Disconnect(error) saying why; try to send it
            # (best effort, bounded: the stream is broken either way).
            await self._flush_disconnect()
            if not self._ledger.has_plaintext:  # receive_some returns it first
                self._check_status()
        elif self._engine().bytes_to_send:
            if self._ledger.closed_by_peer:
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
        if self._ledger.peer is not None:  # up, or ended after it was up
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
            if self._handshake_step() is not MORE:
                return
            # The one handshake clock (see "Timeouts and closing").
            deadline = self._start_handshake_clock(trio.current_time())
            with trio.move_on_at(deadline) as scope:
                await self._pump(self._handshake_step, handshake=True)
            if scope.cancelled_caught:
                # Disconnect(error): best effort, bounded; the stream is
                # broken whatever happens.
                await self._handshake_timed_out()

    async def _pump(
        self, step: Callable[[], _R | More], *, handshake: bool = False
    ) -> _R:
        """The pump: ask the goal, take one step of progress, loop.

        ``step`` is the caller's goal.  It looks at the stream, the ledger
        and the engine without awaiting and returns the call's result,
        raises (a reset to report, a broken stream), or returns ``MORE``
        when the pump must make progress first.  Then the pump takes the
        first of these steps that applies, and asks again:

        1. the handshake, when the channel is not up and this is not the
           handshake's own pump (``handshake=False``): :meth:`_ensure_handshake`
           drives it, or waits for the task that does.  Cancelled, whatever
           it decrypted waits in the ledger;
        2. the application's decision about the server key waiting in the
           engine (:meth:`_decide_trust`).  Cancelled, the key stays
           undecided in the engine and the next pass, in whichever task,
           asks again;
        3. writing the packets the engine has queued: handshake packets, a
           Reset or its answer (:meth:`_write_pending`, which says why that
           write is shielded from the caller's cancellation and bounded by
           the handshake clock instead);
        4. one read from the transport (:meth:`_read_transport`).  Cancelled
           during the read, the bytes are still in the transport.  Once
           read, they are fed to the engine at once, their plaintext goes to
           the ledger, and what they made the engine queue is written in
           the same step, as in 3 (or, for the Disconnect that answers the
           peer's or says why we broke, as ``aclose`` writes it): so the
           peer's Reset is answered before the plaintext read with it is
           returned.

        Each step may first wait for the lock it needs (the handshake, the
        write or the read lock); a cancellation there has done nothing.
        Until a read has happened the pump does not count on having
        yielded: it checks for cancellation before the first step (which
        has then taken nothing), and yields, shielded, before it returns or
        raises (so what the step took, plaintext or a reset to report, is
        delivered, not lost).
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
            if result is not MORE:
                if not yielded:
                    await trio.lowlevel.cancel_shielded_checkpoint()
                return result
            self._check_status()
            if not handshake and not conn.handshake_complete:
                # 1. The handshake, ours or another task's.
                await self._ensure_handshake()
            elif (key := conn.untrusted_server_key) is not None:
                # 2. The application's own await.
                await self._decide_trust(key)
            elif conn.bytes_to_send:
                # 3. Packets the peer is waiting for: shielded, bounded.
                await self._write_pending()
            else:
                # 4. One read, and the writes it made necessary.
                await self._read_transport()
                yielded = True

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
        conn = self._conn
        lock = self._write_lock
        if (
            self._state is OK
            and conn is not None
            and conn.handshake_complete
            and not self._send_conflict._held
            and not lock._held
            and not lock._lot
            and self._send_broken is None
            and not self._ledger.closed_by_peer
            and not self._ledger.send_reset_pending
            and (type(data) is bytes or type(data) is bytearray)
            and 0 < len(data) <= _WRITE_BATCH
            and self._transport_writable()
        ):
            # The fast path: one batch, nobody else sending or writing, the
            # channel up with nothing to report, a socket that takes the
            # write.  It does what the general path below does in that case,
            # with the detector and the lock held without their context
            # managers, and keeps its one cancellation point before
            # encrypting (see "Shortcuts").
            self._send_conflict._held = True
            lock._held = True
            try:
                await trio.lowlevel.checkpoint_if_cancelled()
                conn.send_data(data)
                await self._transport_send(conn.data_to_send())
            finally:
                lock.release()
                self._send_conflict._held = False
            return
        with self._send_conflict:
            self._check_status()
            if self._send_broken is not None:
                self._check_send_direction(" (a send_all was cancelled while writing)")
            view = memoryview(data).cast("B")
            if self._ledger.send_reset_pending:
                # Report a reset before handshaking again, so that the call
                # raises it even when the peer is not there to handshake.
                # Cancelled at this checkpoint, the reset stays to report.
                await trio.lowlevel.checkpoint()
                self._check_status()
                self._raise_send_reset()
            if (
                not self._ledger.closed_by_peer
                and not self._engine().handshake_complete
            ):
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
        """Write one batch of records: wait, encrypt, write.

        The one write outside the pump, because it is the one that must not
        be shielded (a slow peer may take a long time over a large
        ``send_all``) and must not encrypt before the wait: each record
        consumes a nonce and a msg_id, and an encrypted record never sent
        would desynchronise the peer.  So it waits until the transport might
        take the batch (clean to cancel: nothing is encrypted yet), then
        encrypts and writes.  Once the transport's ``send_all`` has started,
        a cancellation may leave part of a record on the wire and nothing
        can tell how much: from then on the sending direction is broken
        (:meth:`_transport_send`) and nothing more is ever written, so the
        peer holds whole records followed at most by one partial record.
        Receiving keeps working as long as it needs no writes.

        Returns:
          True when the batch was sent; False when a reset arrived while we
          waited (the caller handshakes again and reports it).
        """
        # Behind another task's handshake or Reset packets.  Cancelled while
        # queued (or at the lock's checkpoint), nothing is encrypted yet.
        async with self._write_lock:
            if self._transport_writable():
                # What wait_send_all_might_not_block would find out, without
                # its scheduler passes (see "Shortcuts").  The
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
        if max_bytes is not None:
            max_bytes = operator.index(max_bytes)
            if max_bytes < 1:
                raise ValueError("max_bytes must be >= 1")
        conflict = self._recv_conflict
        conn = self._conn
        lock = self._read_lock
        if (
            self._state is OK
            and conn is not None
            and conn.handshake_complete
            and not conflict._held
            and not lock._held
            and not lock._lot
            and not conn.bytes_to_send
        ):
            # The fast path: the pump's first pass, written out for the
            # case where its first three steps cannot apply (the channel is
            # up, no key waits for a decision, nothing is queued to write).
            # The same awaits in the same order: the cancellation check
            # before anything is taken, then either the shielded yield
            # after a step that took something without reading, or one read
            # (see "Shortcuts").
            conflict._held = True
            try:
                await trio.lowlevel.checkpoint_if_cancelled()
                got = self._ledger.take_received(max_bytes)
                if got is None:
                    await self._read_transport()
                    got = self._ledger.take_received(max_bytes)
                    if got is None:  # part of a record, or a state change
                        return await self._pump(partial(self._receive_step, max_bytes))
                else:
                    await trio.lowlevel.cancel_shielded_checkpoint()
                if isinstance(got, SessionReset):
                    raise ChannelReset(got.reason, resets=got.resets)
                return got
            finally:
                conflict._held = False
        with conflict:
            if self._state is State.CLOSED:
                raise trio.ClosedResourceError("this OssuaryStream was closed")
            return await self._pump(partial(self._receive_step, max_bytes))

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
        if self._state is State.CLOSED:
            await trio.lowlevel.checkpoint()
            return
        try:
            if self._mark_closed(error=error):
                # Our Disconnect, or the answer to the peer's if another task
                # was writing when it came.
                await self._flush_disconnect()
        finally:
            await self.transport_stream.aclose()
