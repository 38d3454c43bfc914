"""trio-ossuary: the Ossuary secure-channel protocol, the Trio way."""

from ._errors import (
    AuthenticationError as AuthenticationError,
    ConnectionFailed as ConnectionFailed,
    HandshakeTimeoutError as HandshakeTimeoutError,
    LocalProtocolError as LocalProtocolError,
    OssuaryError as OssuaryError,
    ProtocolVersionError as ProtocolVersionError,
    RemoteProtocolError as RemoteProtocolError,
    UntrustedServerError as UntrustedServerError,
)
from ._keys import (
    PublicKey as PublicKey,
    SecretKey as SecretKey,
    generate_auth_keypair as generate_auth_keypair,
)
from ._version import __version__ as __version__


def _fixup_module_metadata() -> None:
    # Make public objects print as trio_ossuary.X rather than
    # trio_ossuary._module.X, as trio does.
    for name, obj in list(globals().items()):
        if name.startswith("_"):
            continue
        if getattr(obj, "__module__", "").startswith("trio_ossuary."):
            try:
                obj.__module__ = "trio_ossuary"
            except (AttributeError, TypeError):
                pass


_fixup_module_metadata()
del _fixup_module_metadata
