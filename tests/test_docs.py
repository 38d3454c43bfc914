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


def readme_python_example() -> str:
    text = (DOCS.parent / "README.rst").read_text()
    block = text.split(".. code-block:: python\n", 1)[1].splitlines()[1:]
    lines = []
    for line in block:
        if line and not line.startswith("   "):
            break
        lines.append(line[3:])
    return "\n".join(lines) + "\n"


def test_readme_library_example_runs(tmp_path: Path) -> None:
    script = tmp_path / "readme_example.py"
    script.write_text(readme_python_example())
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "b'hello'\n"


def test_protocol_worked_example_matches_the_vectors() -> None:
    # protocol.rst's worked example is decoded output of this script, which
    # also asserts every value against the reference vectors.
    script = DOCS.parent / "notes-to-self" / "decode_vector.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check-docs"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "checked" in result.stdout
