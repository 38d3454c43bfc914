"""The interop and network suites fail, saying why, where they cannot run.

Neither skips: a machine without the reference build or without network
namespaces gets failures that name what is missing, never a quiet "s".
The reference build is found or made by ``tests/harness/reference_build.py``,
tested here with stand-in kits whose ``build.sh`` is a few lines of shell.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reference_build import (
    KIT_ENV,
    PEER_ENV,
    PROGRAMS,
    ReferenceUnavailable,
    reference_directory,
)

ROOT = Path(__file__).resolve().parent.parent.parent

# A stand-in build.sh: counts its runs (outside the kit, which it must not
# change), then makes the programs.
_GOOD_BUILD = """\
echo run >> {runs}
mkdir -p "$1/target/release"
for p in {programs}; do
    printf '#!/bin/sh\\n' > "$1/target/release/$p"
    chmod +x "$1/target/release/$p"
done
"""


def _kit(path: Path, script: str) -> Path:
    path.mkdir()
    (path / "build.sh").write_text(script)
    return path


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv(PEER_ENV, raising=False)
    monkeypatch.delenv(KIT_ENV, raising=False)


def test_a_named_build_must_hold_every_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PEER_ENV, str(tmp_path))
    with pytest.raises(ReferenceUnavailable, match=", ".join(PROGRAMS)):
        reference_directory()


def test_no_kit_and_no_named_build_says_so(tmp_path: Path) -> None:
    with pytest.raises(ReferenceUnavailable) as caught:
        reference_directory(tmp_path / "nowhere")
    assert "no reference kit at" in str(caught.value)
    assert PEER_ENV in str(caught.value)


def test_a_failed_build_quotes_its_output(tmp_path: Path) -> None:
    kit = _kit(tmp_path / "kit", "echo 'error: linker cc not found'; exit 3\n")
    with pytest.raises(ReferenceUnavailable) as caught:
        reference_directory(kit)
    message = str(caught.value)
    assert "exited with status 3" in message
    assert "error: linker cc not found" in message


def test_the_kit_is_built_once_and_rebuilt_when_it_changes(tmp_path: Path) -> None:
    runs = tmp_path / "runs"
    script = _GOOD_BUILD.format(runs=runs, programs=" ".join(PROGRAMS))
    kit = _kit(tmp_path / "kit", script)
    first = reference_directory(kit)
    assert sorted(p.name for p in first.iterdir()) == sorted(PROGRAMS)
    assert reference_directory(kit) == first  # reused: no second build
    assert runs.read_text() == "run\n"
    # A changed kit is another build, in a directory of its own.
    (kit / "README").write_text("changed\n")
    second = reference_directory(kit)
    assert second != first
    assert runs.read_text() == "run\nrun\n"


def _run_suite(path: str, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in (PEER_ENV, KIT_ENV)}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", path],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_interop_suite_fails_without_a_reference(tmp_path: Path) -> None:
    # No build named, and no kit to build one from.
    nowhere = str(tmp_path / "nowhere")
    result = _run_suite("tests/interop/test_reference_trust.py", **{KIT_ENV: nowhere})
    assert result.returncode == 1, result.stdout
    assert f"there is no reference kit at {nowhere}" in result.stdout
    assert "skipped" not in result.stdout
    assert " passed" not in result.stdout


def test_network_suite_fails_without_namespaces(tmp_path: Path) -> None:
    # A PATH without ip, tc and nft: the namespaces cannot be made.
    result = _run_suite("tests/network/test_reset.py", PATH=str(tmp_path))
    assert result.returncode == 1, result.stdout
    assert "the network tests need root" in result.stdout
    assert "ip is not installed" in result.stdout
    assert "skipped" not in result.stdout
    assert " passed" not in result.stdout
