"""OssuaryByteStream: the Ossuary protocol as an :class:`anyio.abc.ByteStream`.

Theory of operation
===================

The second adapter over the same core.  The sans-IO engine
(:class:`~trio_ossuary.sansio.OssuaryConnection`) does the protocol, the
session ledger (``trio_ossuary/_ledger.py``) keeps the book of what each
direction is owed across resets, and the channel core
(``trio_ossuary/_channel.py``, this class's base) does what the stream does
without awaiting: its status and the exceptions for it (anyio's, set as
class attributes here), the handshake clock's book, the engine's events,
the goals of the pump, the trust decision.  All three are shared with the
trio :class:`~trio_ossuary.OssuaryStream`, whose theory of operation
(``trio_ossuary/_stream.py``) explains the shape this module shares: one
pump of trio's ``_retry`` kind for the handshake and ``receive``, three
locks and two conflict detectors, a shielded and bounded write for the
packets the peer waits for, and records written outside the pump.  This
module holds only that pump, on anyio's primitives, so that it runs on
asyncio (even from a plain ``asyncio.run``) and on trio.  What differs:

* anyio's byte streams have no ``wait_send_all_might_not_block``.  The
  clean point to cancel a ``send`` is the
  :func:`anyio.lowlevel.checkpoint_if_cancelled` just before a batch is
  encrypted; the first await after the encryption is the transport's
  ``send``.  So a cancellation is clean anywhere except inside the
  transport's ``send`` of records, and there it ends the sending direction
  for good (the peer holds whole records, then at most a partial one);
  receiving goes on.
* The transport reports its end with :exc:`anyio.EndOfStream`, which the
  engine is told as an EOF (a truncation, unless ``eof_is_close``), and we
  report the peer's Disconnect the same way: ``receive`` raises
  :exc:`anyio.EndOfStream`.
* The locks are ``_Lock``, fair and free until contended, like the trio
  stream's: taking a free one does not yield.  Where a cancellation must be
  able to stop us before anything leaves the engine (before a batch is
  encrypted, before a handshake is driven), an explicit
  ``checkpoint_if_cancelled`` says so.
* A call whose answer is already there (decrypted plaintext, a reset to
  report) returns it without yielding, as anyio's TLS stream does with
  what it has buffered (see ``_pump``).
* There is no half-close: ``send_eof`` raises :exc:`NotImplementedError`,
  as :class:`anyio.streams.tls.TLSStream` does for TLS before 1.3.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import Any, Final, TypeVar, final

import anyio
import anyio.abc
import anyio.lowlevel

from .._channel import MORE, OK, ChannelCore, More, State, cut_off
from .._connection import OssuaryConnection
from .._keys import PublicKey, SecretKey
from .._options import (
    DEFAULT_OPTIONS,
    OssuaryOptions,
    TrustPolicy,
    choose_options,
    takes_options,
)
from ._attributes import OssuaryAttribute
from ._errors import ChannelReset
from ._trust import peer_address, trust_callback

__all__ = ["OssuaryByteStream"]

_R = TypeVar("_R")

#: How much we ask the transport for in one read.
_READ_SIZE: Final = 1 << 17
#: How much plaintext one transport write carries at most (16 full records).
_WRITE_BATCH: Final = 1 << 18
#: What a transport raises when it cannot go on (see _transport_error).
_TRANSPORT_ERRORS: Final = (
    anyio.BrokenResourceError,
    anyio.ClosedResourceError,
    OSError,
)


_SENDING: Final = "another task is currently sending data on this OssuaryByteStream"
_RECEIVING: Final = "another task is currently receiving data on this OssuaryByteStream"


class _Lock:
    """A fair lock that costs nothing until two tasks want it at once.

    The anyio counterpart of the trio stream's ``_FastLock``: taking a free
    one neither yields nor looks up the current task (which
    :class:`anyio.Lock` does, to check its owner), and the queue of waiters
    is only made on first contention.  Ownership passes to the first waiter
    on release; a waiter cancelled after it was handed the lock passes it
    on.
    """

    __slots__ = ("_held", "_waiters")

    def __init__(self) -> None:
        self._held = False
        self._waiters: deque[anyio.Event] | None = None

    def locked(self) -> bool:
        return self._held

    def release(self) -> None:
        if self._waiters:
            self._waiters.popleft().set()  # stays held: the waiter owns it
        else:
            self._held = False

    def try_acquire(self) -> bool:
        """Take the lock if it is free (the hot path: no coroutine at all)."""
        if self._held or self._waiters:
            return False
        self._held = True
        return True

    async def __aenter__(self) -> None:
        if self.try_acquire():
            return
        if self._waiters is None:
            self._waiters = deque()
        handed = anyio.Event()
        self._waiters.append(handed)
        try:
            await handed.wait()
        except BaseException:
            if handed.is_set():
                self.release()  # handed over as we were cancelled: pass it on
            else:
                self._waiters.remove(handed)
            raise

    async def __aexit__(self, *exc_info: object) -> None:
        self.release()


@final
class OssuaryByteStream(ChannelCore, anyio.abc.ByteStream):
    """An encrypted, optionally authenticated channel over an anyio byte stream.

    It has no public initializer: :meth:`wrap` makes one and handshakes.
    Every attribute of :class:`OssuaryAttribute` is supported, besides the
    transport's own.

    Each handshake, the first and each one after a reset, must finish within
    ``handshake_timeout`` seconds of the first call that drives it (``wrap``
    for the first; after a reset, whichever ``receive`` or ``send`` needs
    the channel first), or the stream is broken: that call and every later
    one raise :exc:`anyio.BrokenResourceError` caused by
    :exc:`~trio_ossuary.HandshakeTimeoutError`.

    Attributes:
      transport_stream: The wrapped stream.
    """

    _NAME = "OssuaryByteStream"
    _CONNECT_HINT = "use trio_ossuary.anyio.connect"
    _Closed = anyio.ClosedResourceError
    _Broken = anyio.BrokenResourceError
    _Reset = ChannelReset
    _EndOfStream = anyio.EndOfStream
    #: Made by the initializer (``wrap`` handshakes at once), so never None.
    _conn: OssuaryConnection

    def __init__(
        self,
        transport_stream: anyio.abc.ByteStream,
        *,
        server_side: bool,
        checked: OssuaryOptions | None = None,
        _token: object = None,
    ) -> None:
        if _token is not _WRAP or checked is None:
            raise TypeError(
                "OssuaryByteStream has no public initializer: "
                "use await OssuaryByteStream.wrap(transport, ...)"
            )
        ChannelCore.__init__(
            self,
            server_side=server_side,
            options=checked,
            peer_address=partial(peer_address, transport_stream),
            trust_callback=trust_callback,
        )
        self.transport_stream: anyio.abc.ByteStream = transport_stream
        self._engine()  # wrap handshakes at once
        # One sender and one receiver at a time (BusyResourceError).
        self._sending = False
        self._receiving = False
        self._write_lock = _Lock()
        self._read_lock = _Lock()
        self._handshake_lock = _Lock()

    @classmethod
    @takes_options
    async def wrap(
        cls,
        transport_stream: anyio.abc.ByteStream,
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
    ) -> OssuaryByteStream:
        """Wrap ``transport_stream`` in Ossuary and perform the handshake.

        The options are those of :class:`trio_ossuary.OssuaryStream`, with
        the same meanings, as keywords or as one
        :class:`~trio_ossuary.OssuaryOptions` (not both).  A
        :class:`~trio_ossuary.TrustStore` such as
        :class:`~trio_ossuary.KnownHosts` is consulted (in a worker thread)
        for the host and port of the socket the transport is connected to;
        :func:`connect` asks it about the host name you gave instead.

        A client's handshake is done once it has sent its authentication:
        a server that refuses the client's key is only heard of at the next
        ``receive`` or ``send``.

        Args:
          transport_stream: The stream to run over: a TCP or Unix socket
              stream, a subprocess's pipes stapled together, a
              :class:`~anyio.streams.tls.TLSStream`...  It must deliver bytes
              reliably and in order.
          server_side: True for the server end.

        Returns:
          The stream, handshaken.  On failure the transport is left open
          (it is still yours to close, as with
          :meth:`anyio.streams.tls.TLSStream.wrap`).

        Raises:
          TypeError, ValueError: for bad options, as
              :class:`~trio_ossuary.OssuaryOptions` does, or a trust store
              over a transport that cannot tell the server's address.
          anyio.BrokenResourceError: the handshake failed; its ``__cause__``
              says why (:exc:`~trio_ossuary.AuthenticationError`,
              :exc:`~trio_ossuary.UntrustedServerError`,
              :exc:`~trio_ossuary.HandshakeTimeoutError`, the transport's
              error...).
        """
        checked = choose_options(
            options,
            secret_key=secret_key,
            authorized_keys=authorized_keys,
            require_client_auth=require_client_auth,
            on_untrusted_server=on_untrusted_server,
            handshake_timeout=handshake_timeout,
            max_resets=max_resets,
            eof_is_close=eof_is_close,
        )
        stream = cls(
            transport_stream, server_side=server_side, checked=checked, _token=_WRAP
        )
        await stream._ensure_handshake()
        return stream

    # -- attributes ----------------------------------------------------------

    @property
    def extra_attributes(self) -> Mapping[Any, Callable[[], Any]]:
        """The transport's attributes, and :class:`OssuaryAttribute`'s."""
        return {
            **self.transport_stream.extra_attributes,
            OssuaryAttribute.remote_public_key: self._remote_public_key,
            OssuaryAttribute.local_public_key: self._local_public_key,
            OssuaryAttribute.server_side: lambda: self._server_side,
        }

    # -- the pump ------------------------------------------------------------

    async def _pump(
        self,
        step: Callable[[], _R | More],
        *,
        handshake: bool = False,
        asked: bool = False,
    ) -> _R:
        """Ask the goal, take one step of progress, loop.

        The steps, and what a cancellation at each leaves, are those of the
        trio stream's pump (``trio_ossuary/_stream.py``, ``_pump``): the
        handshake, the trust decision, the shielded write of queued packets,
        one read (and the writes it makes necessary).  One difference: a
        call whose goal is met at once (plaintext already decrypted, a reset
        to report) returns without yielding, as anyio's own TLS stream does
        with data it has buffered; trio's stream yields there because trio
        asks every call to.  Nor does it check for cancellation first: a
        read stops at the transport's own checkpoint before it takes any
        bytes, and the writes it makes are shielded (the cancellation is
        delivered once they are out, as in the trio stream).  ``asked``
        says the caller has just asked the goal, so the first pass goes
        straight to progress.
        """
        conn = self._conn
        while True:
            if asked:
                asked = False  # the caller just asked: progress first
            else:
                result = step()
                if result is not MORE:
                    return result
            if self._state is not OK:
                self._check_status()
            if not handshake and not conn.handshake_complete:
                await self._ensure_handshake()
            elif (key := conn.untrusted_server_key) is not None:
                await self._decide_trust(key)
            elif conn.bytes_to_send:
                await self._write_pending()
            else:
                await self._read_transport()

    async def _ensure_handshake(self) -> None:
        """One task drives each handshake; the others wait, then see its end."""
        # Queued behind the driving task.  Cancelled here, nothing was done.
        await anyio.lowlevel.checkpoint_if_cancelled()
        async with self._handshake_lock:
            if self._handshake_step() is not MORE:
                return
            deadline = self._start_handshake_clock(anyio.current_time())
            with anyio.CancelScope(deadline=deadline) as scope:
                await self._pump(self._handshake_step, handshake=True)
            if scope.cancelled_caught:
                await self._handshake_timed_out()

    async def _write_pending(self) -> None:
        """Write what the engine queued: shielded, bounded by the handshake clock.

        The peer cannot go on without these packets, and the call carrying
        them may be a ``receive`` that must be safe to cancel; the caller's
        cancellation is delivered once they are out.
        """
        async with self._write_lock:
            data = self._conn.data_to_send()
            if data:
                deadline = self._write_deadline(anyio.current_time())
                with anyio.CancelScope(deadline=deadline, shield=True) as scope:
                    await self._transport_send(data)
                if scope.cancelled_caught:
                    self._write_timed_out()
        await anyio.lowlevel.checkpoint_if_cancelled()

    async def _transport_send(self, data: bytes) -> None:
        # Caller holds _write_lock.  (_send_batch has its own copy of this,
        # inlined on the path of every record.)
        self._check_send_direction()
        try:
            # The one await that can leave part of a packet on the wire: a
            # cancellation here ends the sending direction for good.
            await self.transport_stream.send(data)
        except anyio.get_cancelled_exc_class():
            self._send_broken = cut_off()
            raise
        except _TRANSPORT_ERRORS as exc:
            raise self._transport_error(exc) from exc

    async def _read_transport(self) -> None:
        """Read once, feed the engine, write what that made it queue."""
        lock = self._read_lock
        if not lock.try_acquire():
            await lock.__aenter__()  # behind another task's read
        try:
            if self._state is not OK:
                self._check_status()
            try:
                # Cancelled here, the bytes are still in the transport.
                data = await self.transport_stream.receive(_READ_SIZE)
            except anyio.EndOfStream:
                data = b""
            except _TRANSPORT_ERRORS as exc:
                raise self._transport_error(exc) from exc
            self._feed(data)
        finally:
            lock.release()
        if self._state is State.BROKEN:
            # The engine queued a Disconnect(error) saying why: best effort.
            await self._flush_disconnect()
            if not self._ledger.has_plaintext:  # receive returns it first
                self._check_status()
        elif self._conn.bytes_to_send:
            if self._ledger.closed_by_peer:
                await self._flush_disconnect()  # the answer to the peer's
            else:
                await self._write_pending()

    async def _flush_disconnect(self) -> None:
        """Best effort: tell the peer why we are giving up, without hanging."""
        conn = self._conn
        if not conn.bytes_to_send or self._send_broken is not None:
            return
        if not self._write_lock.try_acquire():
            return  # another task is writing: no clean way to add ours
        try:
            data = conn.data_to_send()
            with (
                anyio.move_on_after(self._handshake_timeout),
                contextlib.suppress(*_TRANSPORT_ERRORS),
            ):
                await self.transport_stream.send(data)
        finally:
            self._write_lock.release()

    # -- anyio.abc.ByteStream ------------------------------------------------

    async def send(self, item: bytes) -> None:
        """Encrypt and send all of ``item``, handshaking again after a reset.

        The data is cut into records of at most 16384 bytes.

        .. warning:: If ``send`` is cancelled while the transport is
           writing records (and anyio's byte streams have no way to wait
           for room first, so that is where most cancellations of a
           ``send`` land), an unknown part of a record may have gone out;
           the sending direction is then broken for good (later calls
           raise :exc:`anyio.BrokenResourceError`) so that nothing follows
           the partial record.  Receiving keeps working.  A cancellation at
           any other point (before the first record is encrypted, while
           waiting for a handshake or for another task's write) leaves the
           stream fully usable.  Either way the peer never sees a gap: no
           record is encrypted and then skipped.

        Raises:
          ChannelReset: the session was reset since the sending direction
              last heard of it.  What of ``item`` was not yet written when
              the reset was found was not sent at all: nothing of it when
              the reset was known as ``send`` began or ``item`` fits in one
              batch (256 KiB).  What was written before (by earlier calls,
              or earlier batches of this one) went into the session that
              ended and may be lost.  Catch it and send again what the peer
              must have; the next call handshakes again.
          anyio.BusyResourceError: another task is already sending.
          anyio.BrokenResourceError: the channel or the transport broke; the
              ``__cause__`` says why.
          anyio.ClosedResourceError: you closed this stream.
        """
        if self._sending:
            raise anyio.BusyResourceError(_SENDING)
        self._sending = True
        try:
            if self._state is not OK:
                self._check_status()
            if self._send_broken is not None:
                self._check_send_direction(" (a send was cancelled while writing)")
            view = memoryview(item).cast("B")
            conn = self._conn
            ledger = self._ledger
            if (
                0 < len(view) <= _WRITE_BATCH
                and conn.handshake_complete
                and not ledger.send_reset_pending
                and await self._send_batch(view)
            ):
                # The common case, one batch on an established channel, with
                # the checks of the loop below done once.  (_send_batch
                # returns False, having sent nothing, if a reset came while
                # it waited for the write lock; the loop deals with that.)
                return
            if ledger.send_reset_pending:
                # Report it before handshaking again, so that the call raises
                # it even when the peer is not there to handshake.
                await anyio.lowlevel.checkpoint()
                self._check_status()
                self._raise_send_reset()
            if not ledger.closed_by_peer and not conn.handshake_complete:
                await self._ensure_handshake()  # cancelled: nothing sent
            if not view:
                await anyio.lowlevel.checkpoint()
                self._check_status()
                self._raise_send_reset()
                return
            sent = 0
            size = len(view)
            while sent < size:
                if ledger.send_reset_pending:
                    self._raise_send_reset()
                if ledger.closed_by_peer:
                    self._check_peer_open()
                if not conn.handshake_complete:
                    await self._ensure_handshake()
                    continue
                if await self._send_batch(view[sent : sent + _WRITE_BATCH]):
                    sent += _WRITE_BATCH
        finally:
            self._sending = False

    async def _send_batch(self, batch: memoryview) -> bool:
        """Wait for the write lock, encrypt one batch, write it."""
        lock = self._write_lock
        if not lock.try_acquire():
            await lock.__aenter__()  # behind another task's write
        try:
            # The clean point to cancel: nothing of the batch is encrypted.
            await anyio.lowlevel.checkpoint_if_cancelled()
            if self._state is not OK:
                self._check_status()
            conn = self._conn
            if not conn.handshake_complete:
                return False  # a reset arrived while we waited for the lock
            if self._send_broken is not None:
                self._check_send_direction()
            conn.send_data(batch)
            data = conn.data_to_send()
            try:
                # See _transport_send: a cancellation here ends the sending
                # direction for good.
                await self.transport_stream.send(data)
            except anyio.get_cancelled_exc_class():
                self._send_broken = cut_off()
                raise
            except _TRANSPORT_ERRORS as exc:
                raise self._transport_error(exc) from exc
            return True
        finally:
            lock.release()

    async def receive(self, max_bytes: int = 65536) -> bytes:
        """Receive decrypted data, handshaking again after a reset.

        A reset the peer started is learnt of only by reading: until a task
        calls ``receive``, the peer's Reset waits in the transport, and a
        ``send`` meanwhile goes out in the old session and is lost with it
        (the sending direction then reports the reset too, once it knows).

        Cancelling ``receive`` at any point loses no data and leaves the
        stream fully usable.

        Args:
          max_bytes: Return at most this many bytes.

        Raises:
          anyio.EndOfStream: the peer closed the channel cleanly (a
              Disconnect, or an EOF if ``eof_is_close`` is set), and
              everything it sent before was returned.
          ChannelReset: the session was reset since the receiving direction
              last heard of it; data in flight may be lost.  Bytes of the
              next session only come after it.  Catch it to keep going.
          anyio.BusyResourceError: another task is already receiving.
          anyio.BrokenResourceError: the channel or the transport broke
              (including a transport EOF without a Disconnect); the
              ``__cause__`` says why.
          anyio.ClosedResourceError: you closed this stream.
        """
        if self._receiving:
            raise anyio.BusyResourceError(_RECEIVING)
        self._receiving = True
        try:
            if max_bytes < 1:
                raise ValueError("max_bytes must be a positive integer")
            if self._state is State.CLOSED:
                raise anyio.ClosedResourceError("this OssuaryByteStream was closed")
            got = self._receive_step(max_bytes)  # what is there already
            if got is MORE:
                step = partial(self._receive_step, max_bytes)
                return await self._pump(step, asked=True)
            return got
        finally:
            self._receiving = False

    async def send_eof(self) -> None:
        """Not supported: Ossuary has no half-close.

        Raises:
          NotImplementedError: always.  Close the stream with :meth:`aclose`.
        """
        raise NotImplementedError(
            "Ossuary has no half-close: send_eof() is not supported"
        )

    async def aclose(self, *, error: bool = False) -> None:
        """Close the channel: send a Disconnect, then close the transport.

        Args:
          error: Send the Disconnect with its failure flag, so that the peer
              does not take the end for a clean close.

        The Disconnect is best effort: skipped if another task is writing,
        abandoned after ``handshake_timeout`` seconds if the transport is
        clogged.  Closing twice is fine.  Even a cancelled ``aclose`` closes
        the transport.
        """
        if self._state is State.CLOSED:
            await anyio.lowlevel.checkpoint()
            return
        try:
            if self._mark_closed(error=error):
                await self._flush_disconnect()
        finally:
            await self.transport_stream.aclose()


#: The key to OssuaryByteStream's initializer, which only wrap() holds.
_WRAP: Final = object()
