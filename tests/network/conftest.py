"""The network suite: the library and the tunnel across real, faulty links.

Every test here builds its own hosts out of network namespaces and veth
pairs (``netlab.py``) and runs real processes in them, so it needs root (or
``CAP_NET_ADMIN`` and ``CAP_SYS_ADMIN``), iproute2, nftables and
``/dev/net/tun``.  Where any of that is missing the whole directory is
skipped for one reason; with ``OSSUARY_REQUIRE_NETNS=1`` (as ``.ci/run``
sets) that skip is a failure instead.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import env, make_key, server_key
from netlab import Lab, remove_leftovers, unavailable_reason

# The CLI fixtures, for the tunnel tests.
__all__ = ["env", "server_key"]

REQUIRE_ENV = "OSSUARY_REQUIRE_NETNS"
SKIP_REASON = (
    "network tests need root, iproute2, nftables and /dev/net/tun to make "
    "network namespaces"
)


@functools.cache
def _why_unavailable() -> str | None:
    why = unavailable_reason()
    if why is None:
        remove_leftovers()
    return why


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip (or, when required, fail) every test here without namespaces.

    Skipping from this hook, not a fixture, reports one location for all of
    them: one line in the summary.
    """
    why = _why_unavailable()
    if why is not None:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but {SKIP_REASON} ({why})")
        pytest.skip(SKIP_REASON)


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
