"""The interop suite: trio-ossuary against the reference implementation.

Every test here runs the reference programs (ossuary 0.5.2-rc, Rust, and
its C examples) as real processes over loopback TCP.  They come from the
build that ``OSSUARY_REFERENCE_PEER`` names, or from the reference kit
beside the clone, built on first use (:mod:`reference_build`).  Nothing is
skipped: without a build every test here fails, saying why.
"""

from __future__ import annotations

import fcntl
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import env, server_key
from reference_build import ReferenceUnavailable, reference_directory

# The CLI fixtures, for test_reference_cli.py.
__all__ = ["env", "server_key"]


@pytest.fixture(scope="session")
def reference() -> Path:
    """The reference build directory, holding every program.

    Built (or found) once per run; a failure fails every test here.
    """
    try:
        return reference_directory()
    except ReferenceUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)


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
