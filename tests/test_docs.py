"""The documentation agrees with the code: generated files, copies, examples."""

from __future__ import annotations

import ast
import re
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


def python_blocks(text: str) -> list[tuple[str, str]]:
    """Each ``code-block:: python`` of a page, with the example file it names.

    The name is the last ``docs/examples/NAME.py`` mentioned between the
    previous block and this one ("" if none is).
    """
    blocks = []
    rest = text
    while ".. code-block:: python\n" in rest:
        before, rest = rest.split(".. code-block:: python\n", 1)
        names = re.findall(r"docs/examples/(\w+\.py)", before)
        code = []
        for line in rest.splitlines()[1:]:
            if line and not line.startswith("   "):
                break
            code.append(line[3:])
        blocks.append((names[-1] if names else "", "\n".join(code).strip("\n")))
    return blocks


def example_without_docstring(path: Path) -> str:
    source = path.read_text()
    end = ast.parse(source).body[0].end_lineno
    return "\n".join(source.splitlines()[end:]).strip("\n")


def test_tutorial_shows_each_example_as_it_is() -> None:
    # The tutorial inlines the examples (rather than literalinclude them) so
    # that it reads the same where reStructuredText is rendered without
    # Sphinx; this keeps the copies equal to the programs the tests run.
    blocks = python_blocks((DOCS / "tutorial.rst").read_text())
    examples = sorted(path.name for path in (DOCS / "examples").glob("*.py"))
    assert sorted(name for name, _ in blocks) == examples
    for name, code in blocks:
        expected = example_without_docstring(DOCS / "examples" / name)
        assert code == expected, (
            f"tutorial.rst's copy of docs/examples/{name} differs from the file"
        )
