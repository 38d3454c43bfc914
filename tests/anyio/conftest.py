"""Run this folder's async tests on both of anyio's backends.

The project runs every other async test with pytest-trio's ``trio_mode``,
which marks each coroutine test as a trio test.  The tests here are marked
``anyio`` instead (each module sets ``pytestmark``) and run once on asyncio
and once on trio by anyio's pytest plugin, with ``anyio_backend`` below; so
the trio mark pytest-trio gave them is taken off again after collection,
or both plugins would try to run them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Each test runs on both backends."""
    return str(request.param)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents and item.get_closest_marker(
            "anyio"
        ):
            item.own_markers[:] = [m for m in item.own_markers if m.name != "trio"]
