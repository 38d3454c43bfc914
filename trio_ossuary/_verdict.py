"""The trust policy's verdict about a server key, for every stream adapter.

Both adapters (the trio :class:`~trio_ossuary.OssuaryStream` and
:mod:`trio_ossuary.anyio`'s stream) pause the handshake when the engine
reports a server key nobody trusts yet, and ask the application's policy.
What counts as a yes, and what a no is reported as, is decided here once.
It needs no event loop of its own: an async policy is simply awaited, in
whichever loop the adapter runs.
"""

from __future__ import annotations

import inspect

from ._errors import UntrustedServerError
from ._keys import PublicKey
from ._options import TrustCallback

__all__ = ["ask_trust_policy"]


async def ask_trust_policy(
    policy: TrustCallback | None, key: PublicKey
) -> BaseException | None:
    """Ask ``policy`` about the server's ``key``; None if it trusts the key.

    Returns:
      None when the policy answered with a true value; otherwise the reason
      to refuse: the exception the policy raised (its own words, such as
      :exc:`~trio_ossuary.HostKeyChangedError`), or an
      :exc:`~trio_ossuary.UntrustedServerError` naming the key when it said
      no, or when there is no policy at all.

    A cancellation while an async policy thinks propagates: nothing is
    decided, and the key stays waiting in the engine for the next ask.
    """
    if policy is None:
        return UntrustedServerError(
            f"the server's key {key.fingerprint()} is not trusted and no "
            f"trust policy was given",
            public_key=key,
        )
    try:
        verdict = policy(key)
        if inspect.isawaitable(verdict):
            # The application's own await.
            verdict = await verdict
        trusted = bool(verdict)
    except Exception as exc:  # the policy's own reason to refuse
        return exc
    if trusted:
        return None
    return UntrustedServerError(
        f"the server's key {key.fingerprint()} was not trusted", public_key=key
    )
