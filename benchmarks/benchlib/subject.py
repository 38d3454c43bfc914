"""Which ``trio_ossuary`` the benchmarks measure.

This checkout's, unless the environment variable ``OSSUARY_BENCH_ROOT`` names
another tree (a modified copy, or a ``git worktree`` of an older commit, as
``benchmarks/compare.py`` uses); subprocess workers inherit it.  Import the
package's names from here, never from ``trio_ossuary`` directly, so that
every module sees the same one.
"""

from __future__ import annotations

import os
import sys

from .machine import ROOT

sys.path.insert(0, os.environ.get("OSSUARY_BENCH_ROOT", str(ROOT)))

from trio_ossuary import OssuaryStream, SecretKey

try:
    from trio_ossuary.sansio import DataReceived, OssuaryConnection
except ImportError:  # an OSSUARY_BENCH_ROOT tree from before trio_ossuary.sansio
    from trio_ossuary import (  # type: ignore[attr-defined,no-redef]
        DataReceived,
        OssuaryConnection,
    )

__all__ = ["DataReceived", "OssuaryConnection", "OssuaryStream", "SecretKey"]
