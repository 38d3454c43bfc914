"""Options: one checked OssuaryOptions, and the same errors from every entry point.

The rule for bad arguments: TypeError for a wrong type, ValueError for a
wrong value, raised when the object is made (before any connection is
opened or any socket bound), whichever entry point is used.
"""

from __future__ import annotations

import importlib
import inspect
import math
import pkgutil
import sys
import threading
from collections.abc import Awaitable, Callable
from fractions import Fraction
from pathlib import Path
from typing import Any, NoReturn

import attrs
import pytest
import trio
import trio.testing
from interposer import handshake_both

import trio_ossuary
from trio_ossuary import (
    OssuaryListener,
    OssuaryOptions,
    OssuaryStream,
    PublicKey,
    SecretKey,
    TrustStore,
    open_ossuary_over_tcp_listeners,
    open_ossuary_over_tcp_stream,
    serve_ossuary_over_tcp,
)
from trio_ossuary._options import choose_options, takes_options
from trio_ossuary.keyfiles import save_secret_key
from trio_ossuary.sansio import OssuaryConnection

LOCALHOST = "127.0.0.1"
KEY = SecretKey.from_bytes(bytes(range(32)))
PEER = SecretKey.from_bytes(bytes(range(32, 64))).public_key


class UnusedListener(trio.abc.Listener[trio.abc.Stream]):
    """A transport listener that the tests never accept from."""

    async def accept(self) -> NoReturn:
        raise AssertionError("not used")

    async def aclose(self) -> None:
        await trio.lowlevel.checkpoint()


async def closed_port() -> int:
    """A loopback port nobody listens on (connecting to it fails)."""
    sock = trio.socket.socket()
    await sock.bind((LOCALHOST, 0))
    port = sock.getsockname()[1]
    sock.close()
    assert isinstance(port, int)
    return port


async def handler(stream: OssuaryStream[Any]) -> None:
    raise AssertionError("no connection expected")


# Each entry point, made with the given option keywords.  Where the options
# are accepted, the TCP ones then fail to connect (OSError) or listen: a
# TypeError or ValueError shows the options were refused first.
Make = Callable[[dict[str, Any]], Awaitable[object]]


async def make_options(kwargs: dict[str, Any]) -> object:
    return OssuaryOptions(**kwargs)


async def make_engine_client(kwargs: dict[str, Any]) -> object:
    return OssuaryConnection(**kwargs)


async def make_engine_server(kwargs: dict[str, Any]) -> object:
    return OssuaryConnection(server_side=True, **kwargs)


async def make_stream_client(kwargs: dict[str, Any]) -> object:
    return OssuaryStream(trio.testing.memory_stream_pair()[0], **kwargs)


async def make_stream_server(kwargs: dict[str, Any]) -> object:
    return OssuaryStream(
        trio.testing.memory_stream_pair()[0], server_side=True, **kwargs
    )


async def make_listener(kwargs: dict[str, Any]) -> object:
    return OssuaryListener(UnusedListener(), **kwargs)


async def make_tcp_stream(kwargs: dict[str, Any]) -> object:
    return await open_ossuary_over_tcp_stream(LOCALHOST, await closed_port(), **kwargs)


async def make_tcp_listeners(kwargs: dict[str, Any]) -> object:
    listeners = await open_ossuary_over_tcp_listeners(0, host=LOCALHOST, **kwargs)
    for listener in listeners:
        await listener.aclose()
    return listeners


async def make_server(kwargs: dict[str, Any]) -> object:
    return await serve_ossuary_over_tcp(handler, 0, host=LOCALHOST, **kwargs)


CLIENTS: dict[str, Make] = {
    "OssuaryOptions": make_options,
    "OssuaryConnection(client)": make_engine_client,
    "OssuaryStream(client)": make_stream_client,
    "open_ossuary_over_tcp_stream": make_tcp_stream,
}
SERVERS: dict[str, Make] = {
    "OssuaryOptions": make_options,
    "OssuaryConnection(server)": make_engine_server,
    "OssuaryStream(server)": make_stream_server,
    "OssuaryListener": make_listener,
    "open_ossuary_over_tcp_listeners": make_tcp_listeners,
    "serve_ossuary_over_tcp": make_server,
}
EVERYWHERE = {**CLIENTS, **SERVERS}
# The engine has no use for the stream's own options.
STREAM_LEVEL = {
    name: make for name, make in EVERYWHERE.items() if "Connection" not in name
}

# (option keywords, exception, what the message must say, where it applies)
BAD: list[tuple[dict[str, Any], type[Exception], str, dict[str, Make]]] = [
    ({"handshake_timeout": math.nan}, ValueError, "handshake_timeout", EVERYWHERE),
    ({"handshake_timeout": math.inf}, ValueError, "handshake_timeout", EVERYWHERE),
    ({"handshake_timeout": -math.inf}, ValueError, "handshake_timeout", EVERYWHERE),
    ({"handshake_timeout": 0}, ValueError, "handshake_timeout", EVERYWHERE),
    ({"handshake_timeout": -1.5}, ValueError, "handshake_timeout", EVERYWHERE),
    # Beyond the largest float: the same ValueError, not OverflowError (#18).
    ({"handshake_timeout": 10**400}, ValueError, "handshake_timeout", EVERYWHERE),
    ({"handshake_timeout": -(10**400)}, ValueError, "handshake_timeout", EVERYWHERE),
    ({"handshake_timeout": 2**1024}, ValueError, "handshake_timeout", EVERYWHERE),
    (
        {"handshake_timeout": Fraction(10**400)},
        ValueError,
        "handshake_timeout",
        EVERYWHERE,
    ),
    ({"handshake_timeout": 1e400}, ValueError, "handshake_timeout", EVERYWHERE),
    ({"handshake_timeout": "3"}, TypeError, "handshake_timeout", EVERYWHERE),
    ({"handshake_timeout": True}, TypeError, "handshake_timeout", EVERYWHERE),
    ({"max_resets": 0}, ValueError, "max_resets", EVERYWHERE),
    ({"max_resets": -1}, ValueError, "max_resets", EVERYWHERE),
    ({"max_resets": 2.5}, TypeError, "max_resets", EVERYWHERE),
    ({"max_resets": "5"}, TypeError, "max_resets", EVERYWHERE),
    ({"max_resets": True}, TypeError, "max_resets", EVERYWHERE),
    ({"max_resets": False}, TypeError, "max_resets", EVERYWHERE),
    ({"max_resets": -(10**400)}, ValueError, "max_resets", EVERYWHERE),
    ({"max_resets": 5.0}, TypeError, "max_resets", EVERYWHERE),
    ({"max_resets": Fraction(5)}, TypeError, "max_resets", EVERYWHERE),
    ({"handshake_timeout": False}, TypeError, "handshake_timeout", EVERYWHERE),
    ({"secret_key": KEY.public_key}, TypeError, "not a PublicKey", EVERYWHERE),
    ({"secret_key": "id_ed25519"}, TypeError, "load_secret_key", EVERYWHERE),
    ({"secret_key": KEY.secret_bytes().hex()}, TypeError, "from_hex", EVERYWHERE),
    ({"secret_key": Path("id_ed25519")}, TypeError, "load_secret_key", EVERYWHERE),
    ({"secret_key": b"short"}, ValueError, "32 bytes, not 5", EVERYWHERE),
    ({"secret_key": 32}, TypeError, "not int", EVERYWHERE),
    ({"authorized_keys": PEER}, TypeError, "list of keys", EVERYWHERE),
    ({"authorized_keys": bytes(PEER)}, TypeError, "list of keys", EVERYWHERE),
    ({"authorized_keys": "authorized_keys"}, TypeError, "load_authorized", EVERYWHERE),
    ({"authorized_keys": Path("keys")}, TypeError, "load_authorized", EVERYWHERE),
    ({"authorized_keys": [PEER.fingerprint()]}, TypeError, "fingerprint", EVERYWHERE),
    ({"authorized_keys": [Path("k.pub")]}, TypeError, "load_public_key", EVERYWHERE),
    ({"authorized_keys": None}, TypeError, "list of keys", EVERYWHERE),
    ({"authorized_keys": [KEY]}, TypeError, "public_key", EVERYWHERE),
    ({"authorized_keys": [b"short"]}, ValueError, "32 bytes", EVERYWHERE),
    ({"authorized_keys": 7}, TypeError, "list of keys", EVERYWHERE),
    ({"require_client_auth": True}, ValueError, "authorized_keys", SERVERS),
    ({"require_client_auth": "yes"}, TypeError, "require_client_auth", SERVERS),
    ({"eof_is_close": 1}, TypeError, "eof_is_close", STREAM_LEVEL),
    ({"on_untrusted_server": 42}, TypeError, "on_untrusted_server", CLIENTS),
    ({"on_untrusted_server": [PEER]}, TypeError, "on_untrusted_server", CLIENTS),
]
CASES = [
    pytest.param(make, kwargs, error, match, id=f"{name}-{kwargs!r:.60}")
    for kwargs, error, match, where in BAD
    for name, make in where.items()
    if not (name.startswith("OssuaryConnection") and "eof_is_close" in kwargs)
    if not (name.startswith("OssuaryConnection") and "on_untrusted" in str(kwargs))
]


@pytest.mark.parametrize(("make", "kwargs", "error", "match"), CASES)
async def test_bad_options_are_refused_at_construction(
    make: Make, kwargs: dict[str, Any], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match) as info:
        await make(kwargs)
    assert type(info.value) is error  # not a subclass such as an OssuaryError


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("handshake_timeout", 10**5000),
        ("handshake_timeout", -(10**5000)),
        ("handshake_timeout", Fraction(10**5000, 3)),
        ("max_resets", -(10**5000)),
    ],
    ids=["huge-int", "huge-negative-int", "huge-fraction", "huge-negative-count"],
)
def test_a_huge_number_is_a_value_error_with_a_short_message(
    name: str, value: object
) -> None:
    # Too many digits for repr() itself (sys.get_int_max_str_digits), which
    # would raise its own ValueError from inside the message.
    with pytest.raises(ValueError, match=name) as info:
        OssuaryOptions(**{name: value})
    assert type(info.value) is ValueError
    assert len(str(info.value)) < 120
    assert "bits" in str(info.value) or "too large" in str(info.value)


def test_the_largest_numbers_that_fit_are_accepted() -> None:
    # Only what cannot be a finite float or an int of 1 or more is refused.
    largest = OssuaryOptions(handshake_timeout=2**1024 - 2**971, max_resets=2**64)
    assert largest.handshake_timeout == sys.float_info.max
    assert largest.max_resets == 2**64
    tiny = OssuaryOptions(handshake_timeout=Fraction(1, 10**400) + 5e-324)
    assert tiny.handshake_timeout > 0
    engine = OssuaryConnection(server_side=True, options=largest)
    assert engine.wait_deadline is not None


@pytest.mark.parametrize("make", list(EVERYWHERE.values()), ids=list(EVERYWHERE))
async def test_secrets_stay_out_of_the_errors(make: Make) -> None:
    with pytest.raises(ValueError, match="32 bytes, not 31") as info:
        await make({"secret_key": KEY.secret_bytes()[:31]})
    assert KEY.secret_bytes()[:31].hex() not in str(info.value)
    assert repr(KEY.secret_bytes()[:31]) not in str(info.value)


@pytest.mark.parametrize(
    ("make", "kwargs", "match"),
    [
        (make_engine_client, {"require_client_auth": True}, "server option"),
        (make_stream_client, {"require_client_auth": True}, "server option"),
        (make_engine_server, {"on_untrusted_server": bool}, "client option"),
        (make_stream_server, {"on_untrusted_server": bool}, "client option"),
    ],
)
async def test_options_of_the_other_role_are_value_errors(
    make: Make, kwargs: dict[str, Any], match: str
) -> None:
    kwargs = {"authorized_keys": [PEER], **kwargs}
    with pytest.raises(ValueError, match=match):
        await make({"options": OssuaryOptions(**kwargs)})
    if "server option" in match:
        with pytest.raises(ValueError, match=match):
            await make(kwargs)


@pytest.mark.parametrize(
    "make",
    [make_engine_client, make_stream_client, make_tcp_stream],
    ids=["engine", "stream", "tcp helper"],
)
async def test_an_options_object_or_keywords_not_both(make: Make) -> None:
    with pytest.raises(TypeError, match=r"not both .*handshake_timeout="):
        await make({"options": OssuaryOptions(), "handshake_timeout": 5.0})
    with pytest.raises(TypeError, match="authorized_keys"):
        await make({"options": OssuaryOptions(), "authorized_keys": []})
    with pytest.raises(TypeError, match="OssuaryOptions, not dict"):
        await make({"options": {"handshake_timeout": 5.0}})


OPTION_FIELDS = {field.name: field.default for field in attrs.fields(OssuaryOptions)}


def option_parameters(entry: Callable[..., object]) -> dict[str, object]:
    """``entry``'s parameters and their defaults ({} if it has no signature)."""
    function = entry.__init__ if isinstance(entry, type) else entry
    try:
        parameters = inspect.signature(function).parameters
    except (TypeError, ValueError):
        return {}
    return {name: parameter.default for name, parameter in parameters.items()}


def option_keywords(entry: Callable[..., object]) -> dict[str, object]:
    """The option keywords ``entry`` takes, with their defaults."""
    return {
        name: default
        for name, default in option_parameters(entry).items()
        if name in OPTION_FIELDS
    }


def public_entry_points() -> dict[str, Callable[..., object]]:
    """Every public callable that takes ``options=`` and option keywords.

    Found, not listed: searched are ``trio_ossuary`` and each public
    submodule's ``__all__`` (so an adapter added later is covered too); a
    class counts by its ``__init__``, and each of its public methods (such
    as an async ``wrap`` classmethod) by itself.
    """
    found: dict[str, Callable[..., object]] = {}
    modules = [trio_ossuary] + [
        importlib.import_module(f"trio_ossuary.{info.name}")
        for info in pkgutil.iter_modules(trio_ossuary.__path__)
        if not info.name.startswith("_")
    ]
    for module in modules:
        for name in module.__all__:
            entry = getattr(module, name)
            if entry is OssuaryOptions or not callable(entry):
                continue
            candidates = {f"{module.__name__}.{name}": entry}
            if isinstance(entry, type):
                for attribute in vars(entry):
                    method = getattr(entry, attribute)
                    if not attribute.startswith("_") and callable(method):
                        candidates[f"{module.__name__}.{name}.{attribute}"] = method
            for label, candidate in candidates.items():
                if "options" in option_parameters(candidate) and option_keywords(
                    candidate
                ):
                    found[label] = candidate
    return found


ENTRY_POINTS = public_entry_points()


def test_the_entry_points_are_found() -> None:
    # The search finds (at least) the ones the documentation names.
    assert {
        "trio_ossuary.OssuaryStream",
        "trio_ossuary.OssuaryListener",
        "trio_ossuary.open_ossuary_over_tcp_stream",
        "trio_ossuary.open_ossuary_over_tcp_listeners",
        "trio_ossuary.serve_ossuary_over_tcp",
        "trio_ossuary.sansio.OssuaryConnection",
        "trio_ossuary.anyio.OssuaryByteStream.wrap",
        "trio_ossuary.anyio.OssuaryListener",
        "trio_ossuary.anyio.connect",
    } <= set(ENTRY_POINTS)


@pytest.mark.parametrize("entry", list(ENTRY_POINTS.values()), ids=list(ENTRY_POINTS))
def test_every_entry_point_has_the_options_defaults(
    entry: Callable[..., object],
) -> None:
    for name, default in option_keywords(entry).items():
        expected = OPTION_FIELDS[name]
        assert (type(default), default) == (type(expected), expected), name


@pytest.mark.parametrize("entry", list(ENTRY_POINTS.values()), ids=list(ENTRY_POINTS))
async def test_every_entry_point_refuses_options_with_a_keyword_at_its_default(
    entry: Callable[..., object],
) -> None:
    # Passed is passed, even with the default's own value: it is refused
    # before anything else is looked at (no transport is even needed).
    async def call(**kwargs: object) -> None:
        result = entry(**kwargs)
        if inspect.isawaitable(result):
            await result

    for name in option_keywords(entry):
        given = {"options": OssuaryOptions(), name: OPTION_FIELDS[name]}
        with pytest.raises(TypeError, match=rf"not both \(got options= and {name}=\)"):
            await call(**given)


def test_both_given_is_told_by_the_call_not_by_the_values() -> None:
    # An entry point whose signature default differs from the option's (a
    # default changed in OssuaryOptions and not here, say) still takes
    # options= alone; comparing values with the defaults refused it.
    @takes_options
    def entry(
        *, options: OssuaryOptions | None = None, handshake_timeout: float = 9.0
    ) -> OssuaryOptions:
        return choose_options(options, handshake_timeout=handshake_timeout)

    chosen = OssuaryOptions(handshake_timeout=2)
    assert entry(options=chosen) is chosen
    assert entry().handshake_timeout == 9.0
    assert entry(options=None, handshake_timeout=4).handshake_timeout == 4.0
    with pytest.raises(TypeError, match="not both"):
        entry(options=chosen, handshake_timeout=9.0)


def test_public_keys_are_never_secret_keys(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="not a PublicKey"):
        SecretKey.from_bytes(KEY.public_key)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not a PublicKey"):
        save_secret_key(KEY.public_key, tmp_path / "key")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(TypeError, match="not a SecretKey"):
        PublicKey.from_bytes(KEY)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not int"):
        PublicKey.from_bytes(32)  # type: ignore[arg-type]


def test_options_are_frozen_checked_and_keep_secrets_out_of_repr() -> None:
    options = OssuaryOptions(
        secret_key=KEY.secret_bytes(),
        authorized_keys=[bytes(PEER)],
        handshake_timeout=2,
    )
    assert options.secret_key == KEY
    assert options.authorized_keys == (PEER,)
    assert options.handshake_timeout == 2.0
    assert isinstance(options.handshake_timeout, float)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        options.max_resets = 9  # type: ignore[misc]
    assert KEY.secret_bytes().hex() not in repr(options)
    assert KEY.public_key.fingerprint() in repr(options)
    with pytest.raises(ValueError, match="max_resets"):
        attrs.evolve(options, max_resets=0)  # a changed copy is checked again
    # An iterator of keys is read once, into the tuple.
    assert OssuaryOptions(authorized_keys=iter([PEER])).authorized_keys == (PEER,)


async def test_one_options_object_configures_every_entry_point() -> None:
    client_key = SecretKey.generate()
    server_options = OssuaryOptions(
        secret_key=KEY,
        authorized_keys=[client_key.public_key],
        require_client_auth=True,
        handshake_timeout=5,
    )
    client_options = OssuaryOptions(
        secret_key=client_key, authorized_keys=[KEY.public_key]
    )
    # The engine.
    engine = OssuaryConnection(server_side=True, options=server_options)
    assert engine.local_public_key == KEY.public_key
    # A listener passes its one checked object to every stream it accepts.
    (tcp_listener,) = await trio.open_tcp_listeners(0, host=LOCALHOST)
    async with OssuaryListener(tcp_listener, options=server_options) as listener:
        assert listener.options is server_options
        port = tcp_listener.socket.getsockname()[1]
        async with (
            await open_ossuary_over_tcp_stream(
                LOCALHOST, port, options=client_options
            ) as client,
            await listener.accept() as server,
        ):
            await handshake_both(client, server)
            assert server.remote_public_key == client_key.public_key
            assert client.remote_public_key == KEY.public_key


async def test_a_keyless_listener_makes_one_key_for_all_its_streams() -> None:
    listener = OssuaryListener(UnusedListener(), handshake_timeout=4)
    assert listener.options.secret_key is not None
    assert listener.public_key == listener.options.secret_key.public_key
    assert listener.options.handshake_timeout == 4.0


class RecordingStore:
    """A trust store that is not KnownHosts: the stream only needs for_host."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, int, PublicKey, bool]] = []

    def for_host(self, host: str, port: int) -> Callable[[PublicKey], bool]:
        def check(key: PublicKey) -> bool:
            in_worker = threading.current_thread() is not threading.main_thread()
            self.asked.append((host, port, key, in_worker))
            return True

        return check


async def test_any_trust_store_is_asked_for_the_server_address() -> None:
    store = RecordingStore()
    assert isinstance(store, TrustStore)
    (tcp_listener,) = await trio.open_tcp_listeners(0, host=LOCALHOST)
    async with OssuaryListener(tcp_listener, secret_key=KEY) as listener:
        port = tcp_listener.socket.getsockname()[1]
        # Through the helper: the host as the caller named it.
        async with (
            await open_ossuary_over_tcp_stream(
                "localhost", port, on_untrusted_server=store
            ) as client,
            await listener.accept() as server,
        ):
            await handshake_both(client, server)
        # Over a socket stream made by hand: the socket's peer address.
        tcp = await trio.open_tcp_stream(LOCALHOST, port)
        async with (
            OssuaryStream(tcp, on_untrusted_server=store) as client,
            await listener.accept() as server,
        ):
            await handshake_both(client, server)
    assert store.asked == [
        ("localhost", port, KEY.public_key, True),
        (LOCALHOST, port, KEY.public_key, True),
    ]


async def test_a_trust_store_over_an_anonymous_transport_fails_at_once() -> None:
    store = RecordingStore()
    client_transport, _ = trio.testing.memory_stream_pair()
    with pytest.raises(ValueError, match="host and port"):
        OssuaryStream(client_transport, on_untrusted_server=store)
    # Bound to an address by the caller, it is a plain callback, called as is.
    client_transport, server_transport = trio.testing.memory_stream_pair()
    client = OssuaryStream(
        client_transport, on_untrusted_server=store.for_host("example.org", 7)
    )
    server = OssuaryStream(server_transport, server_side=True, secret_key=KEY)
    await handshake_both(client, server)
    assert store.asked == [("example.org", 7, KEY.public_key, False)]
