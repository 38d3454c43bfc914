"""The public API: what each public module exports, documents and prints as."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from types import ModuleType

import pytest

import trio_ossuary

REFERENCE = Path(__file__).resolve().parents[2] / "docs" / "reference.rst"
PUBLIC_MODULES = [
    "trio_ossuary",
    "trio_ossuary.keyfiles",
    "trio_ossuary.sansio",
    "trio_ossuary.anyio",
]
_DIRECTIVE = re.compile(
    r"^\.\. (module|currentmodule|auto\w+|data|function|class|exception)::\s+(\S+)",
    re.MULTILINE,
)


def documented_names() -> set[str]:
    """Every ``module.Name`` that reference.rst describes."""
    names: set[str] = set()
    module = ""
    for kind, target in _DIRECTIVE.findall(REFERENCE.read_text()):
        if kind in ("module", "currentmodule"):
            module = target
        else:
            names.add(f"{module}.{target}")
    return names


@pytest.mark.parametrize("module_name", PUBLIC_MODULES)
def test_every_exported_name_exists_and_is_documented(module_name: str) -> None:
    module = importlib.import_module(module_name)
    exported = module.__all__
    assert len(exported) == len(set(exported))
    missing = [name for name in exported if not hasattr(module, name)]
    assert missing == []
    documented = documented_names()
    undocumented = [n for n in exported if f"{module_name}.{n}" not in documented]
    assert undocumented == []


@pytest.mark.parametrize("module_name", PUBLIC_MODULES)
def test_classes_and_functions_print_as_their_public_module(module_name: str) -> None:
    module = importlib.import_module(module_name)
    checked = 0
    for name in module.__all__:
        obj = getattr(module, name)
        if isinstance(obj, type) or callable(obj):
            if not getattr(obj, "__module__", "").startswith("trio_ossuary"):
                continue  # a type alias such as TrustCallback
            assert obj.__module__ == module_name, name
            assert obj.__qualname__ == name
            checked += 1
    assert checked > 0


def test_top_level_holds_all_and_the_public_submodules_only() -> None:
    public = {name for name in vars(trio_ossuary) if not name.startswith("_")}
    # The package never imports its anyio adapter itself (anyio is an
    # extra); once someone has, the submodule is an attribute like any.
    public.discard("anyio")
    assert public == set(trio_ossuary.__all__) | {"keyfiles", "sansio"}
    assert isinstance(trio_ossuary.keyfiles, ModuleType)
    assert isinstance(trio_ossuary.sansio, ModuleType)


def test_engine_and_key_file_names_live_in_their_submodules_only() -> None:
    # The package is unreleased, so the moved names are not kept as aliases.
    for module_name in ("trio_ossuary.keyfiles", "trio_ossuary.sansio"):
        module = importlib.import_module(module_name)
        assert not set(module.__all__) & set(trio_ossuary.__all__)
        for name in module.__all__:
            assert not hasattr(trio_ossuary, name), name


def test_every_public_exception_lives_in_errors_and_is_at_top_level() -> None:
    from trio_ossuary import _errors

    for name in _errors.__all__:
        obj = getattr(_errors, name)
        assert issubclass(obj, Exception | Warning)
        assert getattr(trio_ossuary, name) is obj
    # ... and no public module exports an exception defined elsewhere, but
    # the anyio adapter its ChannelReset (an anyio.BrokenResourceError, so
    # it cannot live in _errors, which every import of the package loads).
    from trio_ossuary.anyio import _errors as anyio_errors

    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        home = anyio_errors if module_name == "trio_ossuary.anyio" else _errors
        for name in module.__all__:
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, Exception | Warning):
                assert name in home.__all__, name
                assert getattr(home, name) is obj
