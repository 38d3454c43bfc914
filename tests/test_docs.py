"""The generated documentation files are up to date with the code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_state_diagram_is_drawn_from_the_current_table() -> None:
    result = subprocess.run(
        [sys.executable, str(DOCS / "draw_state_diagram.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
