"""The network suite: the library and the tunnel across real, faulty links.

Every test here builds its own hosts out of network namespaces and veth
pairs (``netlab.py``) and runs real processes in them, so it needs root (or
``CAP_NET_ADMIN`` and ``CAP_SYS_ADMIN``), iproute2, nftables and
``/dev/net/tun``.  Nothing is skipped: where any of that is missing, every
test here fails, saying what is missing.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import env, make_key, server_key
from netlab import Lab, remove_leftovers, unavailable_reason

# The CLI fixtures, for the tunnel tests.
__all__ = ["env", "server_key"]

NEEDS = (
    "the network tests need root (or CAP_NET_ADMIN and CAP_SYS_ADMIN), "
    "iproute2, nftables and /dev/net/tun to make network namespaces"
)


@functools.cache
def _why_unavailable() -> str | None:
    why = unavailable_reason()
    if why is None:
        remove_leftovers()
    return why


@pytest.fixture(autouse=True)
def _needs_namespaces() -> None:
    """Every test here fails at once, saying why, where namespaces cannot be made."""
    why = _why_unavailable()
    if why is not None:
        pytest.fail(f"{NEEDS}: {why}", pytrace=False)


@pytest.fixture
def lab() -> Iterator[Lab]:
    """Three hosts joined through a middle one; torn down even on failure."""
    network = Lab()
    try:
        network.build()
        yield network
    finally:
        network.close()


@pytest.fixture
def client_key(tmp_path: Path) -> Path:
    """A client secret key file (and its .pub) made for the test."""
    path = tmp_path / "client.key"
    make_key(path, "client")
    return path
