"""The command line's own names never repeat the public API's (issue #19)."""

from __future__ import annotations

import importlib
import pkgutil

import trio_ossuary
import trio_ossuary._cli
from trio_ossuary.keyfiles import __all__ as keyfiles_names
from trio_ossuary.sansio import __all__ as sansio_names


def _cli_modules() -> list[str]:
    return [
        info.name
        for info in pkgutil.walk_packages(
            trio_ossuary._cli.__path__, prefix="trio_ossuary._cli."
        )
    ]


def test_no_cli_name_is_a_public_name() -> None:
    public = set(trio_ossuary.__all__) | set(keyfiles_names) | set(sansio_names)
    clashes = []
    modules = _cli_modules()
    assert "trio_ossuary._cli.trust_prompt" in modules
    for name in modules:
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            defined_here = getattr(value, "__module__", None) == name
            if defined_here and attribute in public:
                clashes.append(f"{name}.{attribute}")
    assert clashes == []
