"""trio-ossuary: the Ossuary secure-channel protocol, the Trio way.

The top level holds what most programs need: the stream, the listener and
the TCP helpers, their options, keys, the known-hosts trust store and every
exception.  Public submodules hold the rest:

* :mod:`trio_ossuary.keyfiles`: reading and writing OpenSSH key files;
* :mod:`trio_ossuary.sansio`: the protocol engine with no I/O, for running
  Ossuary over something that is not a Trio stream;
* :mod:`trio_ossuary.anyio`: the same channel for asyncio and anyio (with
  the ``anyio`` extra; not imported by this package).
"""

# First, so that an unsupported system fails here with one clear message.
from . import (
    _platform,  # noqa: F401
    keyfiles as keyfiles,
    sansio as sansio,
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
from ._public import fixup_module_metadata
from ._stream import OssuaryStream as OssuaryStream
from ._version import __version__ as __version__

__all__ = [
    # Streams
    "OssuaryListener",
    "OssuaryStream",
    "open_ossuary_over_tcp_listeners",
    "open_ossuary_over_tcp_stream",
    "serve_ossuary_over_tcp",
    # Options
    "OssuaryOptions",
    "TrustCallback",
    "TrustPolicy",
    "TrustStore",
    # Keys and the trust store
    "KnownHosts",
    "PublicKey",
    "SecretKey",
    "default_known_hosts_path",
    "generate_auth_keypair",
    # Exceptions and warnings
    "AuthenticationError",
    "AuthorizedKeysWarning",
    "ChannelReset",
    "ConnectionFailed",
    "FileError",
    "HandshakeTimeoutError",
    "HostKeyChangedError",
    "KeyFileError",
    "KnownHostsError",
    "LocalProtocolError",
    "OssuaryError",
    "PassphraseRequiredError",
    "ProtocolVersionError",
    "RemoteProtocolError",
    "UntrustedServerError",
]

fixup_module_metadata(__name__, globals())
del fixup_module_metadata
