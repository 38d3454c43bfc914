"""What the package says about itself: version, licence, supported platforms."""

from __future__ import annotations

import importlib.metadata
import os
import re
import subprocess
import sys
from pathlib import Path

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


def test_the_sansio_engine_imports_trio_only_for_the_exception_base() -> None:
    # A fresh interpreter loads trio_ossuary.sansio without running the
    # package's __init__ (which loads the stream, and so trio, on purpose),
    # and notes each of our modules that imports trio (even once trio is
    # loaded).  The engine's own modules (_connection, _options, _state,
    # _wire, _crypto, _events, _keys) must not: only _errors does, because
    # ChannelReset is a trio.BrokenResourceError (see its module docstring).
    code = (
        "import builtins, importlib, importlib.util, sys, types\n"
        "spec = importlib.util.find_spec('trio_ossuary')\n"
        "package = types.ModuleType('trio_ossuary')\n"
        "package.__path__ = list(spec.submodule_search_locations)\n"
        "sys.modules['trio_ossuary'] = package\n"
        "importers = set()\n"
        "real_import = builtins.__import__\n"
        "def watch(name, globals=None, *args, **kwargs):\n"
        "    importer = (globals or {}).get('__name__', '')\n"
        "    if name.split('.')[0] == 'trio' and importer.startswith('trio_'):\n"
        "        importers.add(importer)\n"
        "    return real_import(name, globals, *args, **kwargs)\n"
        "builtins.__import__ = watch\n"
        "importlib.import_module('trio_ossuary.sansio')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('trio_ossuary.'))\n"
        "print(' '.join(loaded))\n"
        "print(' '.join(sorted(importers)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded, importers = result.stdout.splitlines()
    assert "trio_ossuary._connection" in loaded.split()
    assert "trio_ossuary._options" in loaded.split()
    assert "trio_ossuary._stream" not in loaded.split()
    assert importers.split() == ["trio_ossuary._errors"]


def test_import_trio_ossuary_does_not_import_anyio() -> None:
    # anyio is the optional extra of trio_ossuary.anyio only: the package
    # and its trio API load without it (here it is installed, so a stray
    # import would show in sys.modules).
    code = (
        "import sys\n"
        "import trio_ossuary, trio_ossuary.sansio, trio_ossuary.keyfiles\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'anyio'))\n"
        "import trio_ossuary.anyio\n"
        "print('anyio' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    before, after = result.stdout.splitlines()
    assert before == "[]"
    assert after == "True"  # the check would see it


def test_the_session_ledger_imports_no_trio_and_no_anyio() -> None:
    # Both stream adapters share the ledger and the channel core: neither
    # may need trio or anyio.  As in the engine's test above, the package's
    # __init__ (which loads the trio stream on purpose) is skipped.  The
    # ledger loads neither at all.  The channel core holds the engine,
    # whose _errors imports trio for ChannelReset's base class (see the
    # engine's test), so for it we note which of our modules import trio
    # or anyio: only _errors, and nothing loads anyio.
    code = (
        "import builtins, importlib, importlib.util, sys, types\n"
        "spec = importlib.util.find_spec('trio_ossuary')\n"
        "package = types.ModuleType('trio_ossuary')\n"
        "package.__path__ = list(spec.submodule_search_locations)\n"
        "sys.modules['trio_ossuary'] = package\n"
        "importers = set()\n"
        "real_import = builtins.__import__\n"
        "def watch(name, globals=None, *args, **kwargs):\n"
        "    importer = (globals or {}).get('__name__', '')\n"
        "    framework = name.split('.')[0] in {'trio', 'anyio'}\n"
        "    if framework and importer.startswith('trio_'):\n"
        "        importers.add(importer)\n"
        "    return real_import(name, globals, *args, **kwargs)\n"
        "builtins.__import__ = watch\n"
        "importlib.import_module('trio_ossuary._ledger')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'trio','anyio'}))\n"
        "importlib.import_module('trio_ossuary._channel')\n"
        "print(sorted(importers))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'anyio'))\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('trio_ossuary.'))\n"
        "print(' '.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    ledger, importers, anyio_modules, loaded = result.stdout.splitlines()
    assert ledger == "[]"
    assert importers == "['trio_ossuary._errors']"
    assert anyio_modules == "[]"
    assert "trio_ossuary._channel" in loaded.split()
    assert "trio_ossuary._stream" not in loaded.split()


ROOT = Path(__file__).resolve().parents[2]


def test_the_python_versions_named_are_the_ones_checked() -> None:
    # One oldest version everywhere: requires-python, the first classifier,
    # ruff's and mypy's target, and the version .ci/run checks statically
    # with vermin.  The classifiers name exactly the versions .ci/run runs
    # the suites on, no more (3.14 was named and never run).
    pyproject = (ROOT / "pyproject.toml").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    (oldest,) = re.findall(r'^requires-python = ">=(3\.\d+)"$', pyproject, re.M)
    classified = re.findall(r'"Programming Language :: Python :: (3\.\d+)"', pyproject)
    (run_on,) = re.findall(r"^for version in ((?:3\.\d+ ?)+); do$", ci, re.M)
    assert classified == run_on.split()
    assert classified[0] == oldest
    minor = oldest.split(".")[1]
    assert f'target-version = "py3{minor}"' in pyproject
    assert f'python_version = "{oldest}"' in pyproject
    assert f"-t={oldest}- trio_ossuary tests" in ci
    assert '"vermin' in pyproject.split("lint = [", 1)[1].split("]", 1)[0]
