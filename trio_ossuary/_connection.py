"""The sans-IO Ossuary v1 engine: :class:`OssuaryConnection`.

Bytes go in through :meth:`~OssuaryConnection.receive_data`, bytes to write
come out of :meth:`~OssuaryConnection.data_to_send`, and
:meth:`~OssuaryConnection.next_event` says what happened.  No sockets, no
threads, no trio calls: time comes from an injected clock and randomness
from an injected ``random_bytes(n)``, drawn in the reference
implementation's order, so a connection is deterministic given both.  Of the
modules the engine imports, only ``_errors.py`` imports trio, for the base
class of :class:`~trio_ossuary.ChannelReset`, which the engine never raises.

Every change of state goes through :func:`._state.next_state`; this module
performs the side effects (keys, packets); the nonces live in the session's
:class:`._crypto.SessionCipher`.  ``_wire.py`` turns each packet body into
typed fields and back; this module only interprets them, except on the
record path (see :meth:`OssuaryConnection._next_event`), which unpacks Data
headers inline with ``_wire``'s structs: a call into ``_wire`` per record
measured 860 more instructions per 64-byte record (callgrind, 2.6% of the
engine's 32,600; docs/performance.rst, "The sans-IO engine").
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable, Iterable
from typing import Final, TypeVar, final

from . import _wire as wire
from ._crypto import (
    EphemeralSession,
    RandomBytes,
    SessionCipher,
    contains_key,
    draw,
    is_all_zero,
    shared_cipher,
)
from ._errors import (
    AuthenticationError,
    ConnectionFailed,
    HandshakeTimeoutError,
    LocalProtocolError,
    OssuaryError,
    ProtocolVersionError,
    RemoteProtocolError,
    UntrustedServerError,
)
from ._events import (
    NEED_DATA,
    ConnectionClosed,
    DataReceived,
    Event,
    HandshakeComplete,
    NeedData,
    SessionReset,
    UntrustedServer,
)
from ._keys import PublicKey, SecretKey, coerce_public_key
from ._options import DEFAULT_OPTIONS, OssuaryOptions, choose_options, takes_options
from ._state import (
    TERMINAL_STATES,
    WAITING_STATES,
    Arrival,
    Input,
    State,
    arrival,
    initial_state,
    next_state,
)
from ._wire import (
    DATA_PREFIX,
    HEADER,
    HEADER_LEN,
    SUBHEADER,
    TAG_LEN,
    PacketType,
)

__all__ = ["ANONYMOUS_CLIENT_KEY", "OssuaryConnection"]

#: What an anonymous client sends as its key: the Ed25519 identity point,
#: which is what the reference's default public key value encodes.
ANONYMOUS_CLIENT_KEY: Final = b"\x01" + bytes(31)

_MSG_ID_MASK: Final = 0xFFFF
_DATA: Final = int(PacketType.DATA)
_DATA_OVERHEAD: Final = SUBHEADER.size + TAG_LEN  # a Data body beyond its data
_MAX_BODY_LEN: Final = wire.MAX_BODY_LEN
_MAX_PLAINTEXT_LEN: Final = wire.MAX_PLAINTEXT_LEN
# The record path reads these as module globals: on Python 3.11 looking up
# an enum member on its class costs about 80 ns, a global 10.
_ESTABLISHED: Final = State.ESTABLISHED
_CLOSED: Final = State.CLOSED
_FAILED: Final = State.FAILED
_unpack_header: Final = HEADER.unpack_from
_unpack_subheader: Final = SUBHEADER.unpack_from
_pack_data_prefix: Final = DATA_PREFIX.pack
# Records up to this size are copied out of the input buffer for decryption
# (a copy of a few hundred bytes costs less than a memoryview and its
# release); larger ones are decrypted in place through a memoryview.
_COPY_RECORDS_UP_TO: Final = 1024
_DATA_PREFIX_LEN: Final = DATA_PREFIX.size
# DataReceived built without attrs' frozen __init__ (which goes through
# object.__setattr__ for its one field): half the cost, the same object.
_new_event: Final = object.__new__
_set_event_data: Final = vars(DataReceived)["data"].__set__


class _Fault(Exception):
    """Internal: a recoverable fault; the session resets."""


class _Timeout(_Fault):
    """Internal: a handshake wait ran out."""


class _FramingFault(_Fault):
    """Internal: a packet's size is wrong, so where the next begins is unknown."""


def _describe(key: PublicKey | None) -> str:
    """Name a peer's identity in a message (by fingerprint only)."""
    return "no key (anonymous)" if key is None else f"key {key.fingerprint()}"


_Fields = TypeVar("_Fields")


def _decoded(
    decode: Callable[..., _Fields], body: bytes | memoryview, *args: object
) -> _Fields:
    """Decode a packet body; what does not fit becomes the engine's verdict.

    Another protocol version fails the connection; a body of the wrong size
    resets the session and drops the input (see :class:`_FramingFault`); any
    other mismatch resets the session.
    """
    try:
        return decode(body, *args)
    except wire.MalformedPacket as exc:
        problem = exc
    # Raised outside the except clause, so nothing of _wire's exception
    # rides along as __context__.
    if isinstance(problem, wire.UnsupportedVersion):
        raise ProtocolVersionError(
            f"peer speaks Ossuary protocol version {problem.version}; "
            f"this implementation speaks version {wire.PROTOCOL_VERSION}",
            version=problem.version,
        )
    if isinstance(problem, wire.UnframedPacket):
        raise _FramingFault(str(problem))
    raise _Fault(str(problem))


@final
class OssuaryConnection:
    """One side of an Ossuary v1 connection, with no I/O of its own.

    Args:
      server_side: True to act as the server, False (the default) for a client.
      options: All of the options below (and any others in it, which the
          engine does not use) as one :class:`~trio_ossuary.OssuaryOptions`; give either
          this or the keywords.
      secret_key: This host's Ed25519 key (:class:`~trio_ossuary.SecretKey`
          or its 32-byte seed).  A client without one is anonymous; a server without one
          makes a fresh key for the life of the connection (servers always
          sign).
      authorized_keys: For a client, the server keys it trusts; for a server,
          the client keys it accepts (checked only with
          ``require_client_auth``).
      require_client_auth: Server only: refuse clients that do not prove they
          hold one of ``authorized_keys``.
      max_resets: The reset that would be this connection's ``max_resets``-th
          fails it permanently instead (the reference's limit is 5).
      handshake_timeout: A side waiting for a handshake packet resets once more
          than this many whole seconds have passed (the reference's rule,
          ``elapsed.as_secs() > 3``).
      clock: Returns the current time in seconds; defaults to
          :func:`time.monotonic`.  None turns this timer off (and
          :attr:`wait_deadline` is always None): for a driver that keeps the
          handshake clock itself, as :class:`~trio_ossuary.OssuaryStream`
          does, so that there is only one.
      random_bytes: Returns ``n`` random bytes; defaults to :func:`os.urandom`.

    Raises:
      TypeError: for an argument of the wrong type, as
          :class:`~trio_ossuary.OssuaryOptions` says (a
          :class:`~trio_ossuary.PublicKey` as ``secret_key``, for one), or
          for ``options`` together with option keywords.
      ValueError: for an impossible value, as
          :class:`~trio_ossuary.OssuaryOptions` says, or
          ``require_client_auth`` on a client.
    """

    __slots__ = (
        "__weakref__",
        "_authorized",
        "_challenge",
        "_cipher",
        "_clock",
        "_eof",
        "_failure",
        "_inbuf",
        "_key",
        "_max_resets",
        "_outparts",
        "_peer_challenge",
        "_peer_ephemeral",
        "_peer_nonce",
        "_pending",
        "_pinned",
        "_pinned_key",
        "_random_bytes",
        "_recv_msg_id",
        "_remote_key",
        "_require_client_auth",
        "_resets",
        "_send_msg_id",
        "_server",
        "_session",
        "_settling",
        "_stale_session",
        "_state",
        "_timeout",
        "_untrusted_key",
        "_wait_started",
    )

    @takes_options
    def __init__(
        self,
        *,
        server_side: bool = False,
        options: OssuaryOptions | None = None,
        secret_key: SecretKey | bytes | None = DEFAULT_OPTIONS.secret_key,
        authorized_keys: Iterable[PublicKey | bytes] = DEFAULT_OPTIONS.authorized_keys,
        require_client_auth: bool = DEFAULT_OPTIONS.require_client_auth,
        max_resets: int = DEFAULT_OPTIONS.max_resets,
        handshake_timeout: float = DEFAULT_OPTIONS.handshake_timeout,
        clock: Callable[[], float] | None = time.monotonic,
        random_bytes: RandomBytes = os.urandom,
    ) -> None:
        options = choose_options(
            options,
            secret_key=secret_key,
            authorized_keys=authorized_keys,
            require_client_auth=require_client_auth,
            max_resets=max_resets,
            handshake_timeout=handshake_timeout,
        )
        options.check_role(server_side=server_side)
        self._server = server_side
        self._require_client_auth = options.require_client_auth
        self._max_resets = options.max_resets
        self._timeout = options.handshake_timeout
        # None: the driver owns the handshake clock, and this one never runs.
        self._clock = clock
        self._random_bytes = random_bytes
        # A list: approve_server_key adds to it.
        self._authorized: list[PublicKey] = list(options.authorized_keys)
        key = options.secret_key

        # Randomness, in the reference's order: challenge, session material,
        # then (a server without a key) its one-off signing key.
        self._challenge = draw(random_bytes, wire.CHALLENGE_LEN, "challenge")
        self._session = EphemeralSession(random_bytes)
        if key is None and server_side:
            key = SecretKey.from_bytes(
                draw(random_bytes, wire.KEY_LEN, "server signing key")
            )
        self._key = key

        self._state = initial_state(server=server_side)
        # Received bytes not yet processed: a bytes object handed to
        # receive_data is kept as it is (no copy); anything else, and any
        # leftover partial packet, lives in a bytearray.
        self._inbuf: bytes | bytearray = b""
        # What data_to_send will join and hand out, packet by packet.
        self._outparts: list[bytes] = []
        self._eof = False
        self._pending: list[Event] = []
        self._resets = 0
        self._failure: OssuaryError | None = None
        self._remote_key: PublicKey | None = None
        # The peer's identity, fixed by the first completed handshake (its
        # key, or None for an anonymous client); see _check_identity.
        self._pinned = False
        self._pinned_key: PublicKey | None = None
        self._untrusted_key: PublicKey | None = None
        # True from completing or answering a reset until the peer shows it
        # is in the new session: its echo of the same exchange or its first
        # packet of the new session.  Meanwhile the peer's records of the
        # session just abandoned are dropped, not faults (see _handle_packet
        # and _remote_reset; issue #18).
        self._settling = False
        # Client, while settling: the material of an abandoned session whose
        # ClientHandshake was sent, so that its ServerHandshake, which may
        # still arrive, can be told from a damaged one (_is_stale_hello).
        self._stale_session: EphemeralSession | None = None
        # Per-session state, (re)set by _start_session.
        self._cipher: SessionCipher | None = None
        self._send_msg_id = 0
        self._recv_msg_id = 0
        self._wait_started = 0.0
        self._peer_ephemeral = b""
        self._peer_nonce = b""
        self._peer_challenge = b""
        self._start_session()
        if not server_side:
            self._send_client_handshake()

    # -- public properties ------------------------------------------------

    @property
    def server_side(self) -> bool:
        """True for the server side of the connection."""
        return self._server

    @property
    def state(self) -> State:
        """The current :class:`State`."""
        return self._state

    @property
    def handshake_complete(self) -> bool:
        """True while the channel is established and data can flow."""
        return self._state is _ESTABLISHED

    @property
    def local_public_key(self) -> PublicKey | None:
        """This side's long-term public key, or None for an anonymous client."""
        return None if self._key is None else self._key.public_key

    @property
    def remote_public_key(self) -> PublicKey | None:
        """The peer's verified long-term key once the handshake is complete.

        None before that, and for a client that did not authenticate itself.
        The first completed handshake pins the peer's identity: a handshake
        after a reset must prove the same key (or be anonymous again), or the
        connection fails with :class:`~trio_ossuary.AuthenticationError`.  So
        this is never one key and later another.
        """
        return self._remote_key if self._state is State.ESTABLISHED else None

    @property
    def untrusted_server_key(self) -> PublicKey | None:
        """The server key waiting for the application's decision, or None.

        The key of the latest :class:`UntrustedServer` event while the
        handshake waits for :meth:`approve_server_key` or
        :meth:`reject_server_key` (:attr:`State.AWAIT_TRUST`), None at any
        other time.
        """
        return self._untrusted_key if self._state is State.AWAIT_TRUST else None

    @property
    def resets(self) -> int:
        """How many resets this connection has had so far."""
        return self._resets

    @property
    def failure(self) -> OssuaryError | None:
        """The error that failed the connection, once it has failed."""
        return self._failure

    @property
    def buffered_input(self) -> int:
        """How many received bytes are waiting for the rest of their packet."""
        return len(self._inbuf)

    @property
    def wait_deadline(self) -> float | None:
        """When (on the injected clock) the current handshake wait runs out.

        None when the connection is not waiting for a handshake packet.  A
        driver may call :meth:`next_event` at that time to trigger the reset.
        """
        if self._clock is None or self._state not in WAITING_STATES:
            return None
        return self._wait_started + math.floor(self._timeout) + 1

    # -- bytes in, bytes out ------------------------------------------------

    def receive_data(self, data: bytes | bytearray | memoryview) -> None:
        """Feed bytes received from the peer; ``b""`` means end of file.

        Bytes are only buffered here; :meth:`next_event` processes them.

        Raises:
          LocalProtocolError: if data is fed after end of file.
        """
        state = self._state
        if state is _CLOSED or state is _FAILED:
            return
        if self._eof:
            raise LocalProtocolError("receive_data called after end of file")
        if not data:
            self._eof = True
            return
        buf = self._inbuf
        if not buf:
            # bytes are immutable: keep them without a copy.  Anything else
            # may change after we return, so it is copied.
            self._inbuf = data if type(data) is bytes else bytes(data)
        elif type(buf) is bytes:
            grown = bytearray(buf)
            grown += data
            self._inbuf = grown
        else:
            buf += data

    def data_to_send(self) -> bytes:
        """Return (and forget) every byte waiting to be written to the peer."""
        parts = self._outparts
        if not parts:
            return b""
        out = b"".join(parts)
        parts.clear()
        return out

    @property
    def bytes_to_send(self) -> int:
        """How many bytes :meth:`data_to_send` would return."""
        return sum(map(len, self._outparts))

    def send_data(self, data: bytes | bytearray | memoryview) -> None:
        """Encrypt application data into Data records for :meth:`data_to_send`.

        The data is split into records of at most 16384 bytes; empty data
        sends nothing.

        Raises:
          LocalProtocolError: if the channel is not established (or is closed).
          ConnectionFailed: if the connection has failed.
        """
        if self._state is not _ESTABLISHED:
            self._check_can_send()
        if type(data) is bytes and 0 < len(data) <= _MAX_PLAINTEXT_LEN:
            self._seal_record(data)  # one record: the common case
            return
        view = memoryview(data).cast("B")
        limit = _MAX_PLAINTEXT_LEN
        for start in range(0, len(view), limit):
            self._seal_record(view[start : start + limit])

    def send_record(self, data: bytes | bytearray | memoryview) -> None:
        """Encrypt exactly one Data record, even an empty one.

        Peers accept an empty record (it advances the nonce and delivers
        nothing); this is for interoperability tests and keep-alives.

        Raises:
          ValueError: if the record is over 16384 bytes (a bad argument).
          LocalProtocolError: if the channel is not established.
          ConnectionFailed: if the connection has failed.
        """
        view = memoryview(data).cast("B")
        if len(view) > wire.MAX_PLAINTEXT_LEN:
            raise ValueError(
                f"a record holds at most {wire.MAX_PLAINTEXT_LEN} bytes, "
                f"not {len(view)}"
            )
        self._check_can_send()
        self._seal_record(view)

    def _check_can_send(self) -> None:
        if self._state is _ESTABLISHED:
            return
        if self._state is State.FAILED:
            raise ConnectionFailed("the connection has failed") from self._failure
        if self._state is State.CLOSED:
            raise LocalProtocolError("the connection is closed")
        raise LocalProtocolError(
            f"cannot send data before the handshake completes ({self._state.value})"
        )

    def _seal_record(self, record: bytes | memoryview) -> None:
        """Queue one Data packet (the caller checked the record's size)."""
        cipher = self._cipher
        assert cipher is not None
        sealed = cipher.seal(record)
        size = len(record)
        msg_id = self._send_msg_id
        # Header and subheader in one pack: see DATA_PREFIX in _wire.py.
        prefix = _pack_data_prefix(
            size + _DATA_OVERHEAD, msg_id, _DATA, size & 0xFF, size >> 8, TAG_LEN
        )
        parts = self._outparts
        parts.append(prefix)
        parts.append(sealed)
        self._send_msg_id = (msg_id + 1) & _MSG_ID_MASK

    # -- application decisions ----------------------------------------------

    def approve_server_key(self, key: PublicKey | bytes) -> None:
        """Trust ``key``, the server key of the pending :class:`UntrustedServer`.

        Pass the key of the event you decided on.  The session may have been
        reset while you were deciding (if you kept calling :meth:`next_event`)
        and another key be waiting now; a decision about any key but the one
        waiting is refused, so a key nobody was shown is never trusted.

        The key is trusted for this connection's life (including re-handshakes
        after resets), and the handshake continues:
        :meth:`next_event` then reports :class:`HandshakeComplete`.

        Args:
          key: The :attr:`UntrustedServer.public_key` being approved.

        Raises:
          LocalProtocolError: if no server key is waiting for a decision, or
              ``key`` is not the one waiting (which then stays waiting).
        """
        key = self._waiting_key(key)
        self._untrusted_key = None
        self._authorized.append(key)
        self._transition(Input.APPROVE)
        self._send_client_authentication()
        self._pending.append(self._complete_handshake(key))

    def reject_server_key(self, key: PublicKey | bytes) -> None:
        """Refuse ``key``, the server key of the pending :class:`UntrustedServer`.

        The connection fails permanently and the server is told with a
        Disconnect(error).  Later calls raise
        :class:`~trio_ossuary.ConnectionFailed` caused by an
        :class:`~trio_ossuary.UntrustedServerError`.

        Args:
          key: The :attr:`UntrustedServer.public_key` being refused.

        Raises:
          LocalProtocolError: if no server key is waiting for a decision, or
              ``key`` is not the one waiting (which then stays waiting).
        """
        key = self._waiting_key(key)
        self._untrusted_key = None
        self._fail(
            UntrustedServerError(
                f"server key {key.fingerprint()} was rejected", public_key=key
            )
        )

    def _waiting_key(self, decided: PublicKey | bytes) -> PublicKey:
        """Return the key waiting for a decision, if ``decided`` is that key."""
        decided_key = coerce_public_key(decided)
        waiting = self._untrusted_key
        if self._state is not State.AWAIT_TRUST or waiting is None:
            raise LocalProtocolError("no server key is waiting for approval")
        if waiting != decided_key:  # constant time (PublicKey.__eq__)
            # Issue #9: the session was reset while the application was
            # deciding, and another ServerHandshake shows another key.
            raise LocalProtocolError(
                f"server key {decided_key.fingerprint()} is not the one waiting "
                f"for a decision ({waiting.fingerprint()}); decide on the key "
                f"of the latest UntrustedServer event"
            )
        return waiting

    def close(self, *, error: bool = False) -> None:
        """End the connection: queue a Disconnect for the peer.

        Args:
          error: Send the failure flag (1) instead of a clean close (0).

        Closing a connection that is already closed or failed does nothing.
        """
        if self._state in TERMINAL_STATES:
            return
        self._queue_reset_packet(PacketType.DISCONNECT, error=error)
        if error:
            self._failure = ConnectionFailed("the connection was closed with an error")
            self._transition(Input.CLOSE_WITH_ERROR)
        else:
            self._transition(Input.CLOSE)
        self._forget_session()

    # -- events -------------------------------------------------------------

    def next_event(self) -> Event | NeedData:
        """Process buffered bytes and return the next event, or NEED_DATA.

        Returns:
          One of :class:`HandshakeComplete`, :class:`UntrustedServer`,
          :class:`DataReceived`, :class:`SessionReset`,
          :class:`ConnectionClosed`, or :data:`NEED_DATA` when more bytes (or
          an application decision) are needed.  Check :meth:`data_to_send`
          after every call: handshake, reset and disconnect packets are queued
          there.

        After any of the errors below, the connection has failed and a
        Disconnect packet is queued for the peer.

        Raises:
          AuthenticationError: a signature, key or authorization check failed
              (:class:`~trio_ossuary.UntrustedServerError` for a server key
              nobody trusts).
          ProtocolVersionError: the peer speaks another protocol version.
          RemoteProtocolError: the peer broke the protocol beyond recovery,
              for example announcing an oversized packet or closing the
              transport mid-packet.
          ConnectionFailed: the peer reported a failure, the reset limit was
              reached, or the connection had already failed.
        """
        if self._pending:
            return self._pending.pop(0)
        state = self._state
        if state is _FAILED:
            raise ConnectionFailed("the connection has failed") from self._failure
        if state is _CLOSED:
            self._inbuf = b""
            return ConnectionClosed()
        try:
            return self._next_event()
        except _Fault as fault:
            return self._local_reset(
                str(fault),
                timed_out=isinstance(fault, _Timeout),
                framing_lost=isinstance(fault, _FramingFault | _Timeout),
            )
        except OssuaryError as exc:
            self._fail(exc)
            raise

    def _next_event(self) -> Event | NeedData:
        if self._state is not _ESTABLISHED:
            self._check_wait_timeout()
        buf = self._inbuf
        size = len(buf)
        pos = 0
        first: bytes | None = None  # the data decrypted, when one record
        chunks: list[bytes] | None = None  # the data decrypted, from two
        try:
            while size - pos >= HEADER_LEN:
                body_len, msg_id, raw_type, _ = _unpack_header(buf, pos)
                end = pos + HEADER_LEN + body_len
                if (
                    raw_type == _DATA
                    and msg_id == self._recv_msg_id
                    and end <= size
                    and _DATA_OVERHEAD <= body_len <= _MAX_BODY_LEN
                    and self._state is _ESTABLISHED
                ):
                    # The hot path: a whole record of this session that
                    # decrypts.  Anything else about it (wrong lengths, a bad
                    # tag) goes the general way below, which says what is
                    # wrong, after delivering the data decrypted before it.
                    # (Data in ESTABLISHED is _state.EXPECTED_PACKET's rule,
                    # tested inline: asking arrival() per record costs more.)
                    data_len, tag_len = _unpack_subheader(buf, pos + HEADER_LEN)
                    plain = None
                    if tag_len == TAG_LEN and data_len + _DATA_OVERHEAD == body_len:
                        cipher = self._cipher
                        assert cipher is not None
                        start = pos + _DATA_PREFIX_LEN
                        if body_len <= _COPY_RECORDS_UP_TO:
                            plain = cipher.open(buf[start:end])
                        else:
                            # In place.  The view must be gone before the
                            # input is trimmed (a bytearray with a live view
                            # cannot be resized).
                            with memoryview(buf) as view:
                                plain = cipher.open(view[start:end])
                    if plain is not None:
                        self._recv_msg_id = (msg_id + 1) & _MSG_ID_MASK
                        pos = end
                        if not plain:
                            pass
                        elif first is None:
                            first = plain
                        elif chunks is None:
                            chunks = [first, plain]
                        else:
                            chunks.append(plain)
                        continue
                if body_len > _MAX_BODY_LEN:
                    if first is not None:
                        break  # deliver the data first; fail on the next call
                    if self._state is State.AWAIT_RESET:
                        # Framing is lost in the old session's leftovers; drop
                        # them and wait for the peer's Reset to resync.
                        pos = size
                        break
                    raise RemoteProtocolError(
                        f"peer announced a {body_len}-byte packet; the largest "
                        f"allowed is {wire.MAX_BODY_LEN}"
                    )
                if end > size or first is not None:
                    # Wait for the rest of the packet; or hand over the data
                    # decrypted so far before anything else can happen (this
                    # packet is looked at next time).
                    break
                body = bytes(buf[pos + HEADER_LEN : end])
                pos = end
                event = self._handle_packet(msg_id, raw_type, body)
                if event is not None:
                    return event
                if self._state in TERMINAL_STATES:
                    break
        finally:
            if pos == size:
                self._inbuf = b""
            elif pos:
                self._consume_input(pos)
        if first is not None:
            event = _new_event(DataReceived)
            _set_event_data(event, first if chunks is None else b"".join(chunks))
            return event
        if self._eof and self._state not in TERMINAL_STATES:
            if self._inbuf:
                raise RemoteProtocolError(
                    f"the transport closed in the middle of a packet "
                    f"({len(self._inbuf)} bytes of it received)"
                )
            raise RemoteProtocolError(
                "the transport closed without a Disconnect (truncated connection)"
            )
        return NEED_DATA

    def _consume_input(self, pos: int) -> None:
        """Drop the first ``pos`` bytes of the input (whole packets, handled)."""
        buf = self._inbuf
        if pos >= len(buf):
            self._inbuf = b""
        elif isinstance(buf, bytes):
            # The rest of a packet: it waits in a bytearray, where the rest
            # of it is appended without copying what came before again.
            self._inbuf = bytearray(memoryview(buf)[pos:])
        else:
            del buf[:pos]

    def _decrypt_record(self, sealed: memoryview) -> bytes:
        cipher = self._cipher
        assert cipher is not None
        plain = cipher.open(sealed)
        if plain is None:
            raise _Fault("a data packet failed authentication (bad MAC)")
        self._recv_msg_id = (self._recv_msg_id + 1) & _MSG_ID_MASK
        return plain

    def _handle_packet(self, msg_id: int, raw_type: int, body: bytes) -> Event | None:
        ptype = wire.packet_type(raw_type)
        state = self._state
        legal = arrival(state, ptype)
        if legal is Arrival.DROPPED:
            return None  # in AWAIT_RESET, until the peer's Reset arrives
        if ptype is PacketType.RESET or ptype is PacketType.DISCONNECT:
            try:
                flag = _decoded(wire.ResetOrDisconnect.decode, body, ptype)
            except _FramingFault:
                if state is State.AWAIT_RESET:
                    return None
                raise
            if ptype is PacketType.DISCONNECT:
                return self._remote_disconnect(error=flag.error)
            return self._remote_reset()
        if ptype is None:
            raise _FramingFault(f"unknown packet type 0x{raw_type:02x}")
        if self._settling and (ptype is PacketType.DATA or msg_id != 0):
            # The peer's first packet of the new session is a handshake
            # packet with msg_id 0, so this one belongs to the session just
            # abandoned: the peer sent it before our Reset reached it (a
            # forged Reset did not come from the peer).  Dropped, like
            # everything the peer sends while we wait for its Reset.
            return None
        if msg_id != self._recv_msg_id:
            raise _Fault(f"message id gap: expected {self._recv_msg_id}, got {msg_id}")
        if legal is Arrival.UNEXPECTED:
            raise _Fault(f"unexpected {ptype.name} packet in state {state.value!r}")
        if ptype is not PacketType.SERVER_HANDSHAKE:
            # (A ServerHandshake ends the settling once it opens.)
            self._settled()
        if ptype is PacketType.DATA:
            plain = self._decrypt_record(_decoded(wire.decode_data, memoryview(body)))
            return DataReceived(plain) if plain else None
        self._recv_msg_id = (msg_id + 1) & _MSG_ID_MASK
        if ptype is PacketType.CLIENT_HANDSHAKE:
            return self._on_client_handshake(
                _decoded(wire.ClientHandshake.decode, body)
            )
        if ptype is PacketType.SERVER_HANDSHAKE:
            return self._on_server_handshake(
                _decoded(wire.ServerHandshake.decode, body)
            )
        return self._on_client_authentication(
            _decoded(wire.ClientAuthentication.decode, body)
        )

    # -- the handshake ------------------------------------------------------

    def _key_exchange(self, peer_public: bytes, peer_nonce: bytes) -> SessionCipher:
        if peer_public[31] & 0x80:
            # X25519 ignores the top bit, but the signature covers it: no
            # honest peer sets it, so it was damaged on the way.  Reset
            # rather than fail the signature check for good.
            raise _Fault("peer's ephemeral key is not canonical (bit 255 set)")
        try:
            self._cipher = shared_cipher(self._session, peer_public, peer_nonce)
        except ValueError:
            raise _Fault("peer's ephemeral key is a low-order point") from None
        return self._cipher

    def _on_client_handshake(self, packet: wire.ClientHandshake) -> Event | None:
        # Server: the client's session material, in the clear.
        self._peer_ephemeral = packet.ephemeral_public
        self._peer_nonce = packet.nonce
        self._peer_challenge = packet.challenge
        self._key_exchange(self._peer_ephemeral, self._peer_nonce)
        assert self._key is not None  # servers always have a key
        session = self._session
        signed = session.public + session.nonce + self._peer_challenge
        identity = wire.ServerIdentity(
            bytes(self._key.public_key), self._challenge, self._key.sign(signed)
        )
        reply = wire.ServerHandshake(
            session.public, session.nonce, self._seal(identity.encode())
        )
        self._queue_packet(PacketType.SERVER_HANDSHAKE, reply.encode())
        self._transition(Input.CLIENT_HANDSHAKE)
        return None

    def _on_server_handshake(self, packet: wire.ServerHandshake) -> Event | None:
        # Client: the server's session material, then its sealed identity.
        peer_ephemeral = packet.ephemeral_public
        peer_nonce = packet.nonce
        cipher = self._key_exchange(peer_ephemeral, peer_nonce)
        plain = cipher.open(packet.sealed_identity)
        if plain is None:
            if self._settling and self._is_stale_hello(packet):
                # The answer to the ClientHandshake of the session just
                # abandoned, sent before our Reset reached the server.
                self._cipher = None
                self._recv_msg_id = 0
                return None
            raise _Fault("the server handshake failed authentication")
        self._settled()
        identity = wire.ServerIdentity.decode(plain)
        server_key = identity.public_key
        challenge = identity.challenge
        signature = identity.signature
        if is_all_zero(server_key) | is_all_zero(challenge) | is_all_zero(signature):
            raise AuthenticationError(
                "the server sent an all-zero key, challenge or signature"
            )
        key = PublicKey(server_key)
        if not key.verify(signature, peer_ephemeral + peer_nonce + self._challenge):
            raise AuthenticationError(
                f"the server's signature does not verify with its key "
                f"{key.fingerprint()}"
            )
        self._peer_challenge = challenge
        self._check_identity(key)
        if contains_key(self._authorized, key):
            self._transition(Input.TRUSTED_SERVER_HANDSHAKE)
            self._send_client_authentication()
            return self._complete_handshake(key)
        self._transition(Input.UNTRUSTED_SERVER_HANDSHAKE)
        self._untrusted_key = key
        return UntrustedServer(key)

    def _is_stale_hello(self, packet: wire.ServerHandshake) -> bool:
        """Is this ServerHandshake sealed for the session just abandoned?"""
        stale = self._stale_session
        if stale is None:
            return False
        try:
            cipher = shared_cipher(stale, packet.ephemeral_public, packet.nonce)
        except ValueError:
            return False
        return cipher.open(packet.sealed_identity) is not None

    def _on_client_authentication(
        self, packet: wire.ClientAuthentication
    ) -> Event | None:
        # Server: the client's sealed identity.
        assert self._cipher is not None
        plain = self._cipher.open(packet.sealed_identity)
        if plain is None:
            raise _Fault("the client authentication failed authentication")
        identity = wire.ClientIdentity.decode(plain)
        client_key = identity.public_key
        signature = identity.signature
        signed = self._peer_ephemeral + self._peer_nonce + self._challenge
        remote: PublicKey | None = None
        if self._require_client_auth:
            if is_all_zero(signature) | is_all_zero(client_key):
                raise AuthenticationError(
                    "the client did not authenticate (anonymous client), "
                    "but this server requires client authentication"
                )
            remote = PublicKey(client_key)
            if not remote.verify(signature, signed):
                raise AuthenticationError(
                    f"the client's signature does not verify with its key "
                    f"{remote.fingerprint()}"
                )
            if not contains_key(self._authorized, remote):
                raise AuthenticationError(
                    f"client key {remote.fingerprint()} is not authorized",
                    public_key=remote,
                )
        elif not is_all_zero(signature):
            # Not required, so nothing is enforced (as the reference); a key
            # is only ever reported when it is proven.
            candidate = PublicKey(client_key)
            if candidate.verify(signature, signed):
                remote = candidate
        self._check_identity(remote)
        self._transition(Input.CLIENT_AUTHENTICATION)
        return self._complete_handshake(remote)

    def _check_identity(self, key: PublicKey | None) -> None:
        """Hold a re-handshake to the identity the first handshake proved.

        A reset starts a new session of the same connection, not a new peer.
        Anyone on the path can send a Reset, so without this check an
        attacker who authenticated as one peer could relay another's
        handshake after a reset, and the application would go on crediting
        the first identity (issue #9).  Anonymous and authenticated differ
        too.  There is nothing to retry: the connection fails.
        """
        if not self._pinned:
            return
        pinned = self._pinned_key
        # PublicKey.__eq__ compares in constant time.
        same = key is None if pinned is None else key is not None and pinned == key
        if not same:
            peer = "client" if self._server else "server"
            raise AuthenticationError(
                f"the {peer}'s identity changed across a reset: the connection "
                f"began with {_describe(pinned)}, and this handshake presents "
                f"{_describe(key)}"
            )

    def _complete_handshake(self, key: PublicKey | None) -> HandshakeComplete:
        """The handshake is done: pin the peer's identity the first time."""
        if not self._pinned:
            self._pinned = True
            self._pinned_key = key
        self._remote_key = key
        return HandshakeComplete(key)

    def _send_client_handshake(self) -> None:
        session = self._session
        packet = wire.ClientHandshake(session.public, session.nonce, self._challenge)
        self._queue_packet(PacketType.CLIENT_HANDSHAKE, packet.encode())
        self._wait_started = self._now()

    def _send_client_authentication(self) -> None:
        session = self._session
        if self._key is None:
            identity = wire.ClientIdentity(
                ANONYMOUS_CLIENT_KEY, bytes(wire.SIGNATURE_LEN)
            )
        else:
            signature = self._key.sign(
                session.public + session.nonce + self._peer_challenge
            )
            identity = wire.ClientIdentity(bytes(self._key.public_key), signature)
        packet = wire.ClientAuthentication(self._seal(identity.encode()))
        self._queue_packet(PacketType.CLIENT_AUTHENTICATION, packet.encode())

    def _seal(self, plaintext: bytes) -> bytes:
        assert self._cipher is not None
        return self._cipher.seal(plaintext)

    # -- resets, disconnects, failures ----------------------------------------

    def _now(self) -> float:
        return 0.0 if self._clock is None else self._clock()

    def _check_wait_timeout(self) -> None:
        state = self._state
        if (
            state is State.ESTABLISHED
            or state not in WAITING_STATES
            or self._clock is None
        ):
            return
        elapsed = self._clock() - self._wait_started
        # The reference's rule: elapsed.as_secs() > MAX_HANDSHAKE_WAIT_TIME.
        if math.floor(elapsed) > self._timeout:
            raise _Timeout(
                f"no handshake packet for {elapsed:.1f} seconds "
                f"(state {self._state.value!r})"
            )

    def _data_at_stake(self) -> bool:
        """Could a reset now lose application data?  (SessionReset says so.)

        Yes once a session has been established: records were in flight.
        Before that, only for a server waiting for ClientAuthentication: its
        ServerHandshake may have gone out, and the client may have completed
        its handshake and sent data right behind its ClientAuthentication.
        (If the ServerHandshake has not reached it yet, the answer is
        cautious rather than true.)  Any other reset during the first
        handshake loses nothing: no side has sent data.
        """
        return self._pinned or self._state is State.AWAIT_CLIENT_AUTHENTICATION

    def _local_reset(
        self, reason: str, *, timed_out: bool, framing_lost: bool
    ) -> SessionReset:
        self._note_stale_hello()
        data_lost = self._data_at_stake()
        self._resets += 1
        if self._resets >= self._max_resets:
            error_class = HandshakeTimeoutError if timed_out else ConnectionFailed
            error = error_class(
                f"reset limit reached ({self._resets} resets); last fault: {reason}"
            )
            self._fail(error)
            raise error
        self._transition(Input.FAULT)
        self._start_session(redraw=True)
        self._settling = False
        if framing_lost:
            # A packet of the wrong size (or a wait that ran out on bytes that
            # never made a whole packet): where the next packet starts is
            # unknown, and what follows would be misread, so start afresh, as
            # the reference does.  Otherwise the framing is sound: keep the
            # input, which may already hold the peer's own Reset.
            self._inbuf = b""
        self._queue_reset_packet(PacketType.RESET, error=True)
        return SessionReset(
            reason,
            initiated_locally=True,
            resets=self._resets,
            data_may_be_lost=data_lost,
        )

    def _remote_reset(self) -> Event | None:
        if self._state is State.AWAIT_RESET:
            # The answer to our own Reset: the reset is complete.
            self._transition(Input.RESET)
            self._settling = True
            self._begin_handshake()
            return None
        if self._settling:
            # Nothing of the new session has arrived since we answered or
            # completed a reset, so this is the peer answering the same
            # exchange: a peer that was not waiting answers every Reset, and
            # when the Reset that started the exchange was forged, the peer
            # answers ours.  Answering it again would bounce Resets to the
            # reset limit.  Everything the peer sends after it is of the new
            # session, so the settling ends here: one echo per exchange.
            self._settled()
            return None
        if self._state is State.AWAIT_CLIENT_HANDSHAKE:
            # A server waiting for a ClientHandshake has no session to reset,
            # and no honest client sends a Reset it could receive here: a
            # client's own Reset follows its ClientHandshake, and its answer
            # to ours is the echo above.  So the Reset was forged (or
            # duplicated); answering it would only start an exchange whose
            # echo crosses the client's next handshake.  Dropped.
            return None
        self._note_stale_hello()
        data_lost = self._data_at_stake()
        self._resets += 1
        if self._resets >= self._max_resets:
            raise ConnectionFailed(
                f"reset limit reached ({self._resets} resets); "
                f"the last was requested by the peer"
            )
        self._transition(Input.RESET)
        self._start_session(redraw=True)
        self._settling = True
        self._queue_reset_packet(PacketType.RESET, error=True)
        self._begin_handshake()
        return SessionReset(
            "the peer reset the session",
            initiated_locally=False,
            resets=self._resets,
            data_may_be_lost=data_lost,
        )

    def _note_stale_hello(self) -> None:
        """Before a reset: keep what tells the abandoned session's answer.

        A client that sent its ClientHandshake keeps that session's material
        until the settling ends, should the server's answer to it still be on
        the way.  (In AWAIT_RESET the material of the session before it is
        kept: that one was never used.)
        """
        if self._state is State.AWAIT_SERVER_HANDSHAKE:
            self._stale_session = self._session
        elif self._state is not State.AWAIT_RESET:
            self._stale_session = None

    def _settled(self) -> None:
        """The peer is in the new session: its old records are over."""
        self._settling = False
        self._stale_session = None

    def _remote_disconnect(self, *, error: bool) -> Event | None:
        # Answer with our own Disconnect, as the protocol asks; a peer that
        # has closed ignores it.
        self._queue_reset_packet(PacketType.DISCONNECT, error=error)
        self._forget_session()
        if error:
            failure = ConnectionFailed(
                "the peer reported a failure (Disconnect)", by_peer=True
            )
            self._failure = failure
            self._transition(Input.FATAL)
            raise failure
        self._transition(Input.CLOSE)
        return ConnectionClosed()

    def _fail(self, exc: OssuaryError) -> None:
        if self._state in TERMINAL_STATES:
            return
        self._failure = exc
        self._queue_reset_packet(PacketType.DISCONNECT, error=True)
        self._transition(Input.FATAL)
        self._forget_session()

    def _transition(self, event: Input) -> None:
        target = next_state(self._state, event, server=self._server)
        if target is None:  # pragma: no cover - guarded by the callers
            raise AssertionError(f"no transition for {event} in {self._state}")
        self._state = target
        if target is State.ESTABLISHED:
            # The ephemeral secret has done its job: forget it (forward
            # secrecy, and an idle connection holds less).
            self._session.forget_secret()
        if target in WAITING_STATES:
            self._wait_started = self._now()

    def _start_session(self, *, redraw: bool = False) -> None:
        if redraw:
            self._session = EphemeralSession(self._random_bytes)
        self._send_msg_id = 0
        self._recv_msg_id = 0
        self._cipher = None
        self._remote_key = None
        self._untrusted_key = None
        self._wait_started = self._now()

    def _begin_handshake(self) -> None:
        self._wait_started = self._now()
        if not self._server:
            self._send_client_handshake()

    def _forget_session(self) -> None:
        self._cipher = None
        self._stale_session = None
        self._inbuf = b""
        self._pending.clear()

    def _queue_packet(self, ptype: PacketType, body: bytes) -> None:
        out = self._outparts
        out.append(wire.encode_header(len(body), self._send_msg_id, ptype))
        out.append(body)
        self._send_msg_id = (self._send_msg_id + 1) & _MSG_ID_MASK

    def _queue_reset_packet(self, ptype: PacketType, *, error: bool) -> None:
        # Reset and Disconnect always carry msg_id 0 and use up no id.
        out = self._outparts
        out.append(wire.encode_header(wire.RESET_BODY_LEN, 0, ptype))
        out.append(wire.ResetOrDisconnect(error).encode())

    def __repr__(self) -> str:
        role = "server" if self._server else "client"
        return f"<OssuaryConnection {role} {self._state.value} resets={self._resets}>"
