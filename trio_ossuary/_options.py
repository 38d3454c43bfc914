"""One validated configuration: :class:`OssuaryOptions`, and the trust policy types.

Every entry point (the engine, the stream, the listener and the TCP helpers)
takes the same options, either as one :class:`OssuaryOptions` or as keyword
arguments of the same names, from which it builds one.  The object is frozen
and checks every field once, when it is made, so a bad argument fails where
it was written rather than at the first handshake, and a listener hands the
same checked object to every stream it accepts.  Each default is written
once, in :class:`OssuaryOptions`: the entry points' keywords default to
``DEFAULT_OPTIONS``'s values, and :func:`takes_options` (which decorates
them) refuses ``options=`` together with keywords by looking at what the
caller passed.  What a role adds, :func:`server_options` (a key of its own)
and :func:`client_options` (a trust store bound to the host the caller
named), is done here once for both adapters' streams, listeners and TCP
helpers.

Bad arguments follow one rule: :exc:`TypeError` when an argument has the
wrong type (a :class:`~trio_ossuary.PublicKey` given as a secret key, a file
name or a fingerprint given as a key, one key where a list is expected),
:exc:`ValueError` when it has the right type but an impossible value (a
timeout that is NaN, infinite or not positive, a key of the wrong length, an
option that does not fit the role).

The trust decision a client makes about an unknown server key is an option
too.  It is either a callable (:data:`TrustCallback`) or a store that knows
which key belongs to which host (:class:`TrustStore`, such as
:class:`~trio_ossuary.KnownHosts`); ``_trust.trust_callback`` turns the
second into the first once the server's address is known, so the stream only
ever calls a function.

This module does not import trio: the sans-IO engine imports it.  What the
trust policy needs from trio (the server's address, worker threads) lives in
``_trust.py``, on the stream's side.
"""

from __future__ import annotations

import functools
import inspect
import math
import numbers
import operator
from collections.abc import Awaitable, Callable, Iterable
from typing import Final, Protocol, TypeVar, cast, final, runtime_checkable

import attrs

from ._keys import PublicKey, SecretKey, coerce_public_keys, coerce_secret_key

__all__ = [
    "OssuaryOptions",
    "TrustCallback",
    "TrustPolicy",
    "TrustStore",
]


#: A function that decides whether to trust a server key it was shown.
#: Given the server's proven key, it returns (or, if async, returns an
#: awaitable of) True to trust it; it may also raise to refuse with its own
#: reason, e.g. :exc:`~trio_ossuary.HostKeyChangedError`.
TrustCallback = Callable[[PublicKey], bool | Awaitable[bool]]


@runtime_checkable
class TrustStore(Protocol):
    """A store of server keys by host, such as :class:`~trio_ossuary.KnownHosts`.

    Anything with this method can be given as ``on_untrusted_server``: the
    stream asks it for the host and port it is connected to.
    """

    def for_host(self, host: str, port: int) -> Callable[[PublicKey], bool]:
        """Return the decision function for a server at ``host``:``port``.

        The function may block (it may read and write files): the stream
        calls it in a worker thread.
        """
        ...  # pragma: no cover - a protocol


#: What ``on_untrusted_server`` accepts: a :data:`TrustCallback` or a
#: :class:`TrustStore`.
TrustPolicy = TrustCallback | TrustStore


def _secret_key(value: SecretKey | bytes | None) -> SecretKey | None:
    return None if value is None else coerce_secret_key(value)


def _authorized_keys(value: Iterable[PublicKey | bytes]) -> tuple[PublicKey, ...]:
    return coerce_public_keys(value, "authorized_keys")


def _timeout(value: float) -> float:
    # The common types first: the ABC check costs more than the rest.
    kind = type(value)
    if (
        kind is not float
        and kind is not int
        and (isinstance(value, bool) or not isinstance(value, numbers.Real))
    ):
        raise TypeError(
            f"handshake_timeout must be a number of seconds, not {kind.__name__}"
        )
    try:
        seconds = float(value)
    except OverflowError:
        # An int (or Fraction) beyond the largest float: not a finite number
        # of seconds either, so the same ValueError (issue #18).
        seconds = math.inf
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(
            f"handshake_timeout must be a positive, finite number of seconds, "
            f"not {_shown(value)}"
        )
    return seconds


def _shown(value: object) -> str:
    """``repr(value)`` for an error message, bounded in length.

    A huge int's repr is as long as its digits, and beyond
    ``sys.get_int_max_str_digits()`` digits it raises ValueError itself.
    """
    if isinstance(value, int) and value.bit_length() > 64:
        kind = "a negative int" if value < 0 else "an int"
        return f"{kind} of {value.bit_length()} bits"
    try:
        shown = repr(value)
    except ValueError:  # a Fraction of huge ints, say
        return f"a {type(value).__name__} too large to show"
    return shown if len(shown) <= 60 else f"{shown[:57]}..."


def _max_resets(value: int) -> int:
    if isinstance(value, bool):
        raise TypeError("max_resets must be an int, not bool")
    try:
        count = operator.index(value)
    except TypeError:
        raise TypeError(
            f"max_resets must be an int, not {type(value).__name__}"
        ) from None
    if count < 1:
        raise ValueError(f"max_resets must be at least 1, not {_shown(count)}")
    return count


def _is_bool(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise TypeError(
            f"{attribute.name} must be True or False, not {type(value).__name__}"
        )


def _is_policy(
    instance: object, attribute: attrs.Attribute[TrustPolicy | None], value: object
) -> None:
    if value is not None and not callable(value) and not isinstance(value, TrustStore):
        raise TypeError(
            f"on_untrusted_server must be a function of the server's key or a "
            f"trust store such as KnownHosts, not {type(value).__name__}"
        )


@final
@attrs.frozen(kw_only=True)
class OssuaryOptions:
    """Everything that configures one end of an Ossuary channel, checked once.

    Give one to :class:`~trio_ossuary.OssuaryStream`,
    :class:`~trio_ossuary.OssuaryListener`, the TCP helpers or
    :class:`~trio_ossuary.sansio.OssuaryConnection` as ``options=``, or pass the same
    names to them as keyword arguments: they are the same options.  The object
    is frozen; ``attrs.evolve`` makes a changed copy (and checks it again).

    Args:
      secret_key: This host's Ed25519 key (:class:`~trio_ossuary.SecretKey` or
          its raw 32-byte seed).  A client without one is anonymous; a server
          without one makes a fresh key (a listener, one for all its
          connections).
      authorized_keys: A client's trusted server keys, or a server's accepted
          client keys (each a :class:`~trio_ossuary.PublicKey` or raw 32
          bytes).  Kept as a tuple.
      require_client_auth: Server only: refuse clients that do not prove they
          hold one of ``authorized_keys`` (which must then not be empty).
      on_untrusted_server: Client only: what decides about a server key that
          is not among ``authorized_keys`` (see :data:`TrustPolicy`).  With
          none, an unknown server is refused with
          :exc:`~trio_ossuary.UntrustedServerError`.  Used by the stream; the
          engine reports an :class:`~trio_ossuary.sansio.UntrustedServer` event
          instead.
      handshake_timeout: Seconds each handshake may take: a positive, finite
          number.  Each layer reads it in its own way.  The stream breaks
          with :exc:`~trio_ossuary.HandshakeTimeoutError` when a handshake
          (the first, or one after a reset) has not finished this long after
          the first call that drove it, a trust decision included.  It also
          bounds the stream's shielded writes of handshake and Reset packets
          and the Disconnect of ``aclose``.  The sans-IO engine, given a
          clock, instead *resets* a wait for the peer's next handshake
          packet once more than this many whole seconds have passed (the
          reference's rule); the stream turns that timer off.  On a server,
          it is also how long a client's user may take to decide about the
          server's key.  See :ref:`handshake-timeout`.
      max_resets: The reset that would be the connection's ``max_resets``-th
          breaks it for good instead (at least 1; the reference uses 5).
      eof_is_close: Used by the stream: treat a transport EOF without a
          Disconnect as a clean close, for peers that never send one.  Off by
          default, because it lets an attacker truncate the stream undetected.

    Raises:
      TypeError: for an argument of the wrong type, such as a
          :class:`~trio_ossuary.PublicKey` as ``secret_key``, a file name or a
          fingerprint where a key belongs, or a single key as
          ``authorized_keys``.
      ValueError: for an impossible value, such as a handshake timeout that
          is NaN, infinite, beyond the largest float (``10**400``) or not
          positive, ``max_resets`` below 1, a key of
          the wrong length, or ``require_client_auth`` with no authorized
          keys.
    """

    secret_key: SecretKey | None = attrs.field(default=None, converter=_secret_key)
    authorized_keys: tuple[PublicKey, ...] = attrs.field(
        default=(), converter=_authorized_keys
    )
    require_client_auth: bool = attrs.field(default=False, validator=_is_bool)
    on_untrusted_server: TrustPolicy | None = attrs.field(
        default=None, validator=_is_policy
    )
    handshake_timeout: float = attrs.field(default=3.0, converter=_timeout)
    max_resets: int = attrs.field(default=5, converter=_max_resets)
    eof_is_close: bool = attrs.field(default=False, validator=_is_bool)

    def __attrs_post_init__(self) -> None:
        if self.require_client_auth and not self.authorized_keys:
            raise ValueError(
                "require_client_auth needs authorized_keys: with none, every "
                "client would be refused"
            )

    def check_role(self, *, server_side: bool) -> None:
        """Refuse the options that do not apply to this end of the channel.

        Raises:
          ValueError: ``require_client_auth`` on a client, or
              ``on_untrusted_server`` on a server.
        """
        if server_side and self.on_untrusted_server is not None:
            raise ValueError("on_untrusted_server is a client option")
        if not server_side and self.require_client_auth:
            raise ValueError("require_client_auth is a server option")


def server_options(options: OssuaryOptions) -> OssuaryOptions:
    """Check ``options`` for a server, giving it a fresh key if it has none.

    Every server entry point of both adapters (a server stream, a listener)
    goes through this, so a listener makes one key for all its streams.
    """
    options.check_role(server_side=True)
    if options.secret_key is None:
        options = attrs.evolve(options, secret_key=SecretKey.generate())
    return options


def client_options(
    options: OssuaryOptions,
    host: str | bytes,
    port: int,
    trust_callback: Callable[[TrustStore, str, int], TrustCallback],
) -> OssuaryOptions:
    """Check ``options`` for a client that connects to ``host:port`` by name.

    A :class:`TrustStore` is bound to the host as the caller named it, not
    the address it resolved to, through the adapter's ``trust_callback``
    (which runs the store's decisions on its framework's threads).  Both
    adapters' TCP helpers go through this.
    """
    options.check_role(server_side=False)
    store = options.on_untrusted_server
    if isinstance(store, TrustStore):
        name = host.decode() if isinstance(host, bytes) else host
        options = attrs.evolve(
            options, on_untrusted_server=trust_callback(store, name, port)
        )
    return options


#: The defaults, written once: each entry point's option keywords take theirs
#: from here (``handshake_timeout: float = DEFAULT_OPTIONS.handshake_timeout``),
#: so changing a default in :class:`OssuaryOptions` changes it everywhere.
DEFAULT_OPTIONS: Final = OssuaryOptions()

#: The option keywords, in the order of :class:`OssuaryOptions`'s fields.
OPTION_NAMES: Final = tuple(field.name for field in attrs.fields(OssuaryOptions))

_EntryPoint = TypeVar("_EntryPoint", bound=Callable[..., object])


def takes_options(entry_point: _EntryPoint) -> _EntryPoint:
    """Make an entry point refuse ``options=`` together with option keywords.

    Decorates a function or ``__init__`` that takes ``options`` and some of
    :class:`OssuaryOptions`'s fields as keyword-only parameters.  Whether a
    keyword was passed, rather than left at its default, is only known at the
    call, which is where this wrapper looks; comparing values with the
    defaults instead would refuse ``options=`` with every keyword whose
    signature default had drifted from the option's.  A coroutine function
    stays one (it raises when awaited, and the documentation still shows it
    as async).  The wrapper keeps the signature (``__wrapped__``), which is
    what :func:`inspect.signature` and the documentation show.

    Raises:
      TypeError: (from the wrapped call) for ``options`` given, not None,
          with any of the option keywords.
    """
    parameters = inspect.signature(entry_point).parameters
    names = frozenset(OPTION_NAMES).intersection(parameters)
    assert names, f"{entry_point.__qualname__} takes no option keywords"
    assert all(
        parameters[name].kind is inspect.Parameter.KEYWORD_ONLY
        for name in (*names, "options")
    ), f"{entry_point.__qualname__}: options must be keyword-only"

    def refuse_both(given: dict[str, object]) -> None:
        if given.get("options") is not None and not names.isdisjoint(given):
            clashing = [name for name in OPTION_NAMES if name in given]
            raise TypeError(
                f"give options= or the option keywords, not both (got options= "
                f"and {'=, '.join(clashing)}=)"
            )

    if inspect.iscoroutinefunction(entry_point):

        @functools.wraps(entry_point)
        async def call_async(*args: object, **kwargs: object) -> object:
            refuse_both(kwargs)
            return await cast(Awaitable[object], entry_point(*args, **kwargs))

        return cast(_EntryPoint, call_async)

    @functools.wraps(entry_point)
    def call(*args: object, **kwargs: object) -> object:
        refuse_both(kwargs)
        return entry_point(*args, **kwargs)

    return cast(_EntryPoint, call)


def choose_options(options: OssuaryOptions | None, **given: object) -> OssuaryOptions:
    """Return ``options``, or the OssuaryOptions the option keywords describe.

    ``given`` holds an entry point's option keywords as they were passed
    (already typed by its signature).  The entry point is decorated with
    :func:`takes_options`, which has refused ``options`` together with any
    of them, so with ``options`` they are all at their defaults.

    Raises:
      TypeError: if ``options`` is not an OssuaryOptions, or as
          OssuaryOptions does.
      ValueError: as OssuaryOptions does.
    """
    if options is None:
        return OssuaryOptions(**given)  # type: ignore[arg-type]
    if not isinstance(options, OssuaryOptions):
        raise TypeError(
            f"options must be an OssuaryOptions, not {type(options).__name__}"
        )
    return options
