"""What the package says about itself: version, licence, supported platforms."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys

import pytest

import trio_ossuary
from trio_ossuary._platform import check_platform


def test_installed_metadata_has_the_version_from_version_py() -> None:
    # pyproject.toml reads the version from trio_ossuary/_version.py; a
    # second, hand-written copy anywhere would drift from it.
    assert importlib.metadata.version("trio-ossuary") == trio_ossuary.__version__


def test_metadata_names_the_licence_and_ships_both_texts() -> None:
    metadata = importlib.metadata.metadata("trio-ossuary")
    assert metadata["License-Expression"] == "MIT OR Apache-2.0"
    assert sorted(metadata.get_all("License-File") or []) == [
        "LICENSE-APACHE",
        "LICENSE-MIT",
    ]


def test_platform_check_refuses_a_non_posix_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check_platform()  # this machine is POSIX
    monkeypatch.setattr(os, "name", "nt")
    monkeypatch.setattr(sys, "platform", "win32")
    with pytest.raises(ImportError, match=r"POSIX .* not on 'win32' .*WSL"):
        check_platform()


def test_import_on_windows_fails_first_with_one_message() -> None:
    # A fresh interpreter that believes it runs on Windows: the import stops
    # at the platform check, before trio or any other module of ours is
    # loaded (the failed package and _platform are unloaded again).
    code = (
        "import os, sys\n"
        "os.name = 'nt'\n"
        "sys.platform = 'win32'\n"
        "try:\n"
        "    import trio_ossuary\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
        "    loaded = sorted(m for m in sys.modules if m.startswith('trio'))\n"
        "    print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    message, loaded = result.stdout.splitlines()
    assert message.startswith("trio-ossuary runs only on POSIX systems")
    assert loaded == "[]"
