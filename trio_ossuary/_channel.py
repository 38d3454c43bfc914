"""The channel core: what both stream adapters do without awaiting anything.

The trio :class:`~trio_ossuary.OssuaryStream` and :mod:`trio_ossuary.anyio`'s
:class:`~trio_ossuary.anyio.OssuaryByteStream` are two pumps over one
channel.  :class:`ChannelCore`, their common base class, holds that channel:

* the engine (:class:`~trio_ossuary.sansio.OssuaryConnection`, made on first
  use) and the :class:`~trio_ossuary._ledger.SessionLedger` it feeds;
* the stream's status (OK, BROKEN, CLOSED), the cause of a break, and the
  one mapping from status to exception (``_check_status``);
* the handshake clock's bookkeeping (when the deadline starts and stops,
  and what its expiry breaks the stream with);
* turning the engine's events into the ledger's book (``_process_events``),
  feeding it what a read brought (``_feed``, with the EOF rule), the goals
  of the handshake and of a read (``_handshake_step``, ``_receive_step``,
  which return ``MORE`` when the pump must make progress first), the trust
  decision, and what closing does to the engine.

It does not hold the pump, the locks, cancellation, the clock itself, or
any call on the transport: those are each adapter's own, on its
framework's primitives, and each adapter's theory of operation explains
them.  Nor does it know which framework it serves: the exceptions it
raises that the framework defines (closed, broken, the reset's class) are
class attributes the adapter sets, and this module imports neither trio nor
anyio: trio reaches it only as the base class of the engine's
``ChannelReset``, through ``_errors.py``
(``tests/project/test_packaging.py`` checks both).  Its ``async`` methods
(the trust decision, and giving up: ``_give_up``, which the handshake's
timeout uses too) await only the application's policy and the adapter's
best-effort Disconnect (``_flush_disconnect``, which each adapter writes).

Being the adapters' base class, not an object they hold, costs the hot
paths nothing: the fast paths read its attributes on ``self`` and keep
their checks inline, as they did before it was shared (their figures are
in ``docs/performance.rst``).  So its attributes are private to the
package, not to this class.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from typing import ClassVar, Final, NoReturn

from ._connection import OssuaryConnection
from ._errors import ConnectionFailed, HandshakeTimeoutError, OssuaryError
from ._events import (
    NEED_DATA,
    ConnectionClosed,
    DataReceived,
    HandshakeComplete,
    SessionReset,
    UntrustedServer,
)
from ._keys import PublicKey
from ._ledger import SessionLedger
from ._options import OssuaryOptions, TrustCallback, TrustStore, server_options
from ._verdict import ask_trust_policy

__all__ = ["MORE", "OK", "ChannelCore", "More", "State", "cut_off"]

logger: Final = logging.getLogger("trio_ossuary")


class More(enum.Enum):
    """What a pump step returns when the pump must make progress first."""

    MORE = "more"


MORE: Final = More.MORE


class State(enum.Enum):
    """The stream's status, mapped to exceptions by ``_check_status``."""

    OK = "ok"
    BROKEN = "broken"
    CLOSED = "closed"


# Read as a module global on the fast paths: an enum member looked up on its
# class costs about 80 ns on Python 3.11, a global 10.
OK: Final = State.OK


def cut_off() -> ConnectionFailed:
    """Why the sending direction ended: a write was cancelled part-way."""
    return ConnectionFailed(
        "a write to the transport was cancelled part-way, so a partial "
        "record may be on the wire: this stream can no longer send"
    )


class ChannelCore:
    """The engine, the ledger, the status and the handshake clock's book.

    An adapter subclasses it, sets the class attributes below, calls
    ``ChannelCore.__init__`` and supplies ``_flush_disconnect``.
    """

    #: The adapter's class name, for messages.
    _NAME: ClassVar[str]
    #: How to connect so that a trust store learns the server's address.
    _CONNECT_HINT: ClassVar[str]
    #: The framework's "you closed it" and "something broke it".
    _Closed: ClassVar[type[Exception]]
    _Broken: ClassVar[type[Exception]]
    #: The adapter's ChannelReset (a subclass of ``_Broken``).
    _Reset: ClassVar[Callable[..., Exception]]
    #: Raised by a read at the peer's clean close; None: it returns b"".
    _EndOfStream: ClassVar[type[Exception] | None] = None

    __slots__ = (
        "_cause",
        "_conn",
        "_eof_is_close",
        "_handshake_deadline",
        "_handshake_timeout",
        "_key",
        "_ledger",
        "_on_untrusted",
        "_options",
        "_send_broken",
        "_server_side",
        "_state",
    )

    def __init__(
        self,
        *,
        server_side: bool,
        options: OssuaryOptions,
        peer_address: Callable[[], tuple[str, int] | None],
        trust_callback: Callable[[TrustStore, str, int], TrustCallback],
    ) -> None:
        if server_side:
            options = server_options(options)
        else:
            options.check_role(server_side=False)
        policy = options.on_untrusted_server
        if policy is not None and isinstance(policy, TrustStore):
            # The store needs the server's address: know it now or fail now.
            address = peer_address()
            if address is None:
                raise ValueError(
                    "a trust store such as KnownHosts needs the server's host "
                    "and port, which this transport does not tell: pass "
                    f"store.for_host(host, port) instead, or {self._CONNECT_HINT}"
                )
            policy = trust_callback(policy, *address)
        self._server_side = server_side
        self._options = options
        self._key = options.secret_key
        self._on_untrusted: TrustCallback | None = policy
        self._handshake_timeout = options.handshake_timeout
        self._eof_is_close = options.eof_is_close
        # Made on first use: a stream never used draws no keys, and closing it
        # writes nothing.
        self._conn: OssuaryConnection | None = None
        self._state = State.OK
        self._cause: BaseException | None = None
        # Set when a write was cut off part-way: nothing more may be written.
        self._send_broken: OssuaryError | None = None
        # Plaintext not yet returned, resets not yet reported, the peer of
        # the session: the ledger's book (see trio_ossuary/_ledger.py).
        self._ledger = SessionLedger()
        self._handshake_deadline: float | None = None

    def _engine(self) -> OssuaryConnection:
        if self._conn is None:
            self._conn = OssuaryConnection(
                server_side=self._server_side,
                options=self._options,
                # The handshake clock is the adapter's, kept here: the
                # engine's own timer is for sans-IO drivers and would reset
                # a session whose application is slow to call back
                # (tests/stream/test_stream_clock.py).
                clock=None,
            )
        return self._conn

    # -- who the peer is, for the adapters' attributes -------------------------

    def _remote_public_key(self) -> PublicKey | None:
        peer = self._ledger.peer
        return None if peer is None else peer.remote_public_key

    def _local_public_key(self) -> PublicKey | None:
        return None if self._key is None else self._key.public_key

    def __repr__(self) -> str:
        role = "server" if self._server_side else "client"
        if self._state is not OK:
            status = self._state.value
        else:
            status = "handshaking" if self._ledger.peer is None else "established"
        return f"<{self._NAME} {role} {status} over {self.transport_stream!r}>"

    transport_stream: object

    # -- status ----------------------------------------------------------------

    def _check_status(self) -> None:
        if self._state is OK:
            return
        if self._state is State.CLOSED:
            raise self._Closed(f"this {self._NAME} was closed")
        raise self._Broken(self._broken_message()) from self._cause

    def _broken_message(self) -> str:
        return f"the Ossuary channel is broken: {self._cause}"

    def _break(self, cause: BaseException) -> None:
        if self._state is OK:
            self._state = State.BROKEN
            self._cause = cause
            logger.debug("%s broken: %s", self._NAME, cause)

    def _transport_error(self, exc: BaseException) -> BaseException:
        """The one mapping of the transport's errors to the stream's.

        Every await on the transport but the best-effort Disconnect (which
        swallows them) catches the framework's transport errors and raises
        this ``from`` the original: a transport that broke breaks the
        stream, one closed under us by ``aclose`` is our own close.  (A
        ``try`` costs nothing; a context manager here cost 1 to 3 us per
        await, on the path of every record.)
        """
        if self._state is State.CLOSED:
            return self._Closed(f"this {self._NAME} was closed")
        self._break(exc)
        return self._Broken(self._broken_message())

    def _check_send_direction(self, detail: str = "") -> None:
        if self._send_broken is not None:
            raise self._Broken(
                f"the sending direction of this {self._NAME} is broken{detail}"
            ) from self._send_broken

    def _check_peer_open(self) -> None:
        if self._ledger.closed_by_peer:
            raise self._Broken(
                "the peer has closed the Ossuary channel"
            ) from ConnectionFailed("the peer sent Disconnect")

    def _raise_send_reset(self) -> None:
        reset = self._ledger.take_send_reset()
        if reset is not None:
            raise self._Reset(reset.reason, resets=reset.resets)

    # -- the engine's events ---------------------------------------------------

    def _process_events(self) -> None:
        """Run the engine until it needs data or a decision (synchronous)."""
        conn = self._engine()
        ledger = self._ledger
        while True:
            try:
                event = conn.next_event()
            except OssuaryError as exc:
                self._break(exc)
                return
            if event is NEED_DATA:
                return
            if isinstance(event, DataReceived):
                ledger.received(event.data)
            elif isinstance(event, HandshakeComplete):
                ledger.established(event)
                self._handshake_deadline = None
            elif isinstance(event, SessionReset):
                ledger.reset(event)
                self._handshake_deadline = None
            elif isinstance(event, UntrustedServer):
                # The key waits in the engine (untrusted_server_key) until
                # the pump asks the application about it.
                return
            else:
                assert isinstance(event, ConnectionClosed)
                ledger.peer_closed()
                return

    def _feed(self, data: bytes | bytearray) -> None:
        """Give the engine what one read brought (``b""``: the transport's EOF).

        An EOF after the peer's Disconnect is nothing new.  An EOF without
        one is a truncation as far as we can tell, and the engine says so,
        unless ``eof_is_close`` says the peer never sends Disconnect and the
        channel is up with no partial record waiting.
        """
        conn = self._engine()
        if not data:
            if self._ledger.closed_by_peer:
                return
            if (
                self._eof_is_close
                and conn.handshake_complete
                and conn.buffered_input == 0
            ):
                self._ledger.peer_closed()
                return
        conn.receive_data(data)
        self._process_events()

    # -- the goals of the pump -------------------------------------------------

    def _handshake_step(self) -> More | None:
        """The handshake's goal: the channel is up and our packets are out."""
        self._check_status()
        if self._ledger.closed_by_peer:
            if self._ledger.peer is None:
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
        return MORE

    def _receive_step(self, max_bytes: int | None) -> bytes | More:
        """A read's goal: what the ledger says the direction gets next.

        Plaintext comes first, even from a broken stream: it arrived before
        whatever broke it.  At the peer's clean close, ``b""`` or the
        adapter's ``_EndOfStream``.
        """
        got = self._ledger.take_received(max_bytes)
        if got is None:
            return MORE
        if isinstance(got, SessionReset):
            raise self._Reset(got.reason, resets=got.resets)
        if not got and self._EndOfStream is not None:
            raise self._EndOfStream
        return got

    # -- the handshake clock ---------------------------------------------------

    def _start_handshake_clock(self, now: float) -> float:
        """The handshake's deadline, started by the first call that drives it.

        This is the one handshake clock: it starts with the first call that
        drives a handshake (the first, or one after a reset) and stops at
        HandshakeComplete or a reset (``_process_events``).
        """
        if self._handshake_deadline is None:
            self._handshake_deadline = now + self._handshake_timeout
        return self._handshake_deadline

    def _write_deadline(self, now: float) -> float:
        """The bound of a shielded write: the handshake's deadline, or one timeout."""
        deadline = self._handshake_deadline
        return now + self._handshake_timeout if deadline is None else deadline

    async def _handshake_timed_out(self) -> NoReturn:
        """The handshake missed its deadline: Disconnect(error), break, raise.

        The Disconnect is queued in the engine and sent as :meth:`_give_up`
        sends it: best effort, bounded.
        """
        seconds = self._handshake_timeout
        self._engine().close(error=True)
        await self._give_up(
            HandshakeTimeoutError(
                f"the handshake did not complete within {seconds:g} "
                f"second{'' if seconds == 1 else 's'}"
            )
        )

    def _write_timed_out(self) -> NoReturn:
        """The transport did not take the packets the protocol needs: break, raise."""
        self._break(
            HandshakeTimeoutError(
                f"the transport did not take the handshake or reset "
                f"packets within {self._handshake_timeout:g} s"
            )
        )
        self._raise_status()

    # -- trust and closing -----------------------------------------------------

    async def _flush_disconnect(self) -> None:
        """The adapter's best-effort write of the engine's last packet."""
        raise NotImplementedError

    async def _give_up(self, cause: BaseException) -> NoReturn:
        """Break with ``cause``, send the engine's Disconnect, raise.

        The Disconnect (whatever the engine queued, such as the
        Disconnect(error) that says why) goes out best effort and bounded
        (``_flush_disconnect``); then this raises what ``_check_status``
        raises: the broken error from ``cause`` (or from the cause of an
        earlier break), or the closed error if the stream was closed first.
        """
        self._break(cause)
        await self._flush_disconnect()
        self._raise_status()

    def _raise_status(self) -> NoReturn:
        """``_check_status`` for a stream that is no longer OK (it never is again)."""
        self._check_status()
        raise AssertionError(f"this {self._NAME} is OK after it broke")

    async def _decide_trust(self, key: PublicKey) -> None:
        """Ask the trust policy about ``key`` and tell the engine its answer.

        The answer names the key the policy was shown (the engine refuses a
        decision about any other).  A refusal, or no policy at all, breaks
        the stream with the policy's reason as the cause, after a
        best-effort Disconnect(error) to the server.
        """
        # Cancelled while an async policy thinks, the key stays undecided in
        # the engine and the next pass, in whichever task, asks again.
        failure = await ask_trust_policy(self._on_untrusted, key)
        # Closed (or broken) while the policy ran: there is nothing left to
        # decide, and every waiting call says so (#9).
        self._check_status()
        conn = self._engine()
        if failure is None:
            conn.approve_server_key(key)  # the key the policy was shown
            logger.info("The trust callback accepted server key %s", key.fingerprint())
            self._process_events()
            return
        conn.reject_server_key(key)
        await self._give_up(failure)

    def _mark_closed(self, *, error: bool) -> bool:
        """``aclose``'s first step: CLOSED, and the engine's Disconnect queued.

        Returns:
          Whether there may be a Disconnect to flush (ours, or the answer to
          the peer's if another task was writing when it came).
        """
        was_ok = self._state is OK
        self._state = State.CLOSED
        conn = self._conn
        if not was_ok or conn is None:
            return False
        if not self._ledger.closed_by_peer:
            conn.data_to_send()  # whatever was never handed over stays so
            conn.close(error=error)
        return True
