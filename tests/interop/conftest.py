"""The interop suite: trio-ossuary against the reference implementation.

Every test here runs the reference programs (ossuary 0.5.2-rc, Rust, and
its C examples) as real processes over loopback TCP.  They come from a build
directory named by ``OSSUARY_REFERENCE_PEER``, which the reference's
``build.sh`` fills.  Without that variable the whole directory is skipped,
for one reason, so the plain test command works on a machine without Rust;
with ``OSSUARY_REQUIRE_INTEROP=1`` (as CI sets) that skip is a failure
instead.  A set variable with a program missing is always a failure.
"""

from __future__ import annotations

import fcntl
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import env, server_key
from refpeer import (
    PEER_ENV,
    REQUIRE_ENV,
    interop_required,
    missing_programs,
    peer_directory,
)

# The CLI fixtures, for test_reference_cli.py.
__all__ = ["env", "server_key"]

SKIP_REASON = (
    f"interop tests need the reference implementation: build it with the "
    f"reference peer's build.sh and set {PEER_ENV} to its target/release "
    f"directory"
)


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip (or, when required, fail) every test here without the reference.

    Skipping from this hook, not a fixture, reports one location for all of
    them: one line in the summary.
    """
    if peer_directory() is None:
        if interop_required():
            pytest.fail(f"{REQUIRE_ENV} is set but {PEER_ENV} is not; {SKIP_REASON}")
        pytest.skip(SKIP_REASON)


@pytest.fixture(scope="session")
def reference() -> Path:
    """The reference build directory, checked to hold every program."""
    directory = peer_directory()
    assert directory is not None  # pytest_runtest_setup skipped otherwise
    missing = missing_programs(directory)
    if missing:
        pytest.fail(
            f"{PEER_ENV}={directory} lacks {', '.join(missing)}: "
            f"it must be the target/release directory of a complete build"
        )
    return directory


@pytest.fixture(autouse=True)
def _needs_reference(reference: Path) -> None:
    """Every test here checks the reference build first."""


@pytest.fixture
def c_example_port() -> Iterator[None]:
    """Hold the C examples' fixed port for one test, across processes too.

    The C examples always use port 9981, so two test runs on one machine
    must take turns; a lock file in the temporary directory serializes them.
    """
    path = Path(tempfile.gettempdir()) / "trio-ossuary-interop-9981.lock"
    with path.open("a") as lock:
        deadline = time.monotonic() + 120
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    pytest.fail(f"port 9981 stayed locked by another run ({path})")
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
