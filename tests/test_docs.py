"""The documentation is up to date with the code, and its claims hold."""

from __future__ import annotations

import math
import re
import subprocess
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
#: The typographic signs security.rst's table uses.
TIMES = "\N{MULTIPLICATION SIGN}"
MINUS = "\N{MINUS SIGN}"


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


def test_tests_named_in_the_docs_exist() -> None:
    """Every ``tests/file.py::test_name`` the docs cite as holding a promise."""
    cited = set()
    for page in DOCS.glob("*.rst"):
        cited |= set(re.findall(r"tests/(\w+\.py)::(\w+)", page.read_text()))
    assert cited, "the docs cite no tests"
    tests = Path(__file__).resolve().parent
    missing = [
        f"{module}::{name}"
        for module, name in sorted(cited)
        if not re.search(
            rf"^(async )?def {name}\(", (tests / module).read_text(), re.MULTILINE
        )
    ]
    assert missing == []


def test_security_nonce_overlap_table_is_right() -> None:
    """security.rst's overlap probabilities: p = (nc + ns - 1) / 2**96 per
    session, summed over sessions."""
    text = " ".join((DOCS / "security.rst").read_text().split())
    rows = [(20, 1), (32, 1), (40, 1), (48, 1), (32, 2**32), (32, 2**40)]
    for log_packets, sessions in rows:
        p = sessions * (2 * 2**log_packets - 1) / 2**96
        mantissa, exponent = f"{p:.2e}".split("e")
        log2 = round(math.log2(p))
        expected = (
            f"{mantissa} {TIMES} 10\\ :sup:`{MINUS}{-int(exponent)}` "
            f"(about 2\\ :sup:`{MINUS}{-log2}`)"
        )
        assert expected in text, expected
