"""trio-ossuary: the Ossuary secure-channel protocol, the Trio way."""

import contextlib

from ._connection import (
    ANONYMOUS_CLIENT_KEY as ANONYMOUS_CLIENT_KEY,
    OssuaryConnection as OssuaryConnection,
)
from ._errors import (
    AuthenticationError as AuthenticationError,
    AuthorizedKeysWarning as AuthorizedKeysWarning,
    ChannelReset as ChannelReset,
    ConnectionFailed as ConnectionFailed,
    FileError as FileError,
    HandshakeTimeoutError as HandshakeTimeoutError,
    HostKeyChangedError as HostKeyChangedError,
    KeyFileError as KeyFileError,
    KnownHostsError as KnownHostsError,
    LocalProtocolError as LocalProtocolError,
    OssuaryError as OssuaryError,
    PassphraseRequiredError as PassphraseRequiredError,
    ProtocolVersionError as ProtocolVersionError,
    RemoteProtocolError as RemoteProtocolError,
    UntrustedServerError as UntrustedServerError,
)
from ._events import (
    NEED_DATA as NEED_DATA,
    ConnectionClosed as ConnectionClosed,
    DataReceived as DataReceived,
    Event as Event,
    HandshakeComplete as HandshakeComplete,
    SessionReset as SessionReset,
    UntrustedServer as UntrustedServer,
)
from ._keyfiles import (
    format_public_key as format_public_key,
    load_authorized_keys as load_authorized_keys,
    load_public_key as load_public_key,
    load_secret_key as load_secret_key,
    parse_authorized_keys as parse_authorized_keys,
    parse_public_key as parse_public_key,
    parse_secret_key as parse_secret_key,
    save_secret_key as save_secret_key,
)
from ._keys import (
    PublicKey as PublicKey,
    SecretKey as SecretKey,
    generate_auth_keypair as generate_auth_keypair,
)
from ._known_hosts import (
    KnownHosts as KnownHosts,
    default_known_hosts_path as default_known_hosts_path,
)
from ._listener import (
    OssuaryListener as OssuaryListener,
    open_ossuary_over_tcp_listeners as open_ossuary_over_tcp_listeners,
    open_ossuary_over_tcp_stream as open_ossuary_over_tcp_stream,
    serve_ossuary_over_tcp as serve_ossuary_over_tcp,
)
from ._options import (
    OssuaryOptions as OssuaryOptions,
    TrustCallback as TrustCallback,
    TrustPolicy as TrustPolicy,
    TrustStore as TrustStore,
)
from ._state import State as State
from ._stream import OssuaryStream as OssuaryStream
from ._version import __version__ as __version__


def _fixup_module_metadata() -> None:
    # Make public objects print as trio_ossuary.X rather than
    # trio_ossuary._module.X, as trio does.
    for name, obj in list(globals().items()):
        if name.startswith("_"):
            continue
        if getattr(obj, "__module__", "").startswith("trio_ossuary."):
            with contextlib.suppress(AttributeError, TypeError):
                obj.__module__ = "trio_ossuary"


_fixup_module_metadata()
del _fixup_module_metadata
