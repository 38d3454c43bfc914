"""Make the public classes and functions print as their public module.

The code lives in private modules (``trio_ossuary._stream``,
``trio_ossuary.anyio._stream``); users import
it from ``trio_ossuary`` or one of its public submodules.  As trio does, each
public module rewrites the ``__module__`` of what it exports, so that reprs,
tracebacks and the documentation show ``trio_ossuary.OssuaryStream`` rather
than ``trio_ossuary._stream.OssuaryStream``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping

__all__ = ["fixup_module_metadata"]


def fixup_module_metadata(module_name: str, namespace: Mapping[str, object]) -> None:
    """Give every class and function in ``namespace["__all__"]`` a public module.

    Only objects defined in a private module of this package are changed;
    data (sentinels, constants, type aliases) keeps its own module.

    Args:
      module_name: The public module, such as ``"trio_ossuary.sansio"``.
      namespace: That module's ``globals()``.
    """
    names = namespace["__all__"]
    assert isinstance(names, list)
    for name in names:
        obj = namespace[name]
        if not (isinstance(obj, type) or callable(obj)):
            continue
        module = getattr(obj, "__module__", "")
        if module.startswith("trio_ossuary.") and any(
            part.startswith("_") for part in module.split(".")[1:]
        ):
            with contextlib.suppress(AttributeError, TypeError):
                obj.__module__ = module_name
