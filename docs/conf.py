"""Sphinx configuration for the trio-ossuary documentation.

Build with warnings as errors, every cross-reference checked:

    sphinx-build -W -n --keep-going -b html docs docs/_build/html

Links into the Python, Trio and cryptography documentation resolve through
the intersphinx inventories committed in docs/inventories/, so the build
reads nothing from the network (see the comment at intersphinx_mapping).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

# Document the package from this checkout, not from whatever is installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import attrs

import trio_ossuary
from trio_ossuary._options import DEFAULT_OPTIONS

# -- Project information -----------------------------------------------------

project = "trio-ossuary"
author = "trio-ossuary developers"
copyright = "trio-ossuary developers"
version = trio_ossuary.__version__
release = version

# -- General configuration ---------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinxcontrib_trio",
]

root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "*.inc.rst"]
default_role = "obj"
pygments_style = "default"

# Google-style docstrings ("Args:", "Raises:", "Returns:"), as in the code.
napoleon_google_docstring = True
napoleon_numpy_docstring = False

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
# Show defaults as written (``time.monotonic``), not as the repr of a value
# (``<built-in function monotonic>``, which spoils the whole signature).
autodoc_preserve_defaults = True
# The entry points take each option's default from the options object
# (``handshake_timeout: float = DEFAULT_OPTIONS.handshake_timeout``), so
# that it is written once, in OssuaryOptions; show the value it stands for.
# An attrs class's own __init__ (OssuaryOptions's, an event's) reads each
# default from ``attr_dict['handshake_timeout'].default``: show those too.
_OPTION_DEFAULT = re.compile(r"\bDEFAULT_OPTIONS\.(?P<name>[a-z_]+)\b")
_ATTRS_DEFAULT = re.compile(r"\battr_dict\['(?P<name>[a-z_]+)'\]\.default\b")


def _show_defaults(
    app: object,
    what: str,
    name: str,
    obj: object,
    options: object,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None]:
    if signature is None:
        return signature, return_annotation

    def option(match: re.Match[str]) -> str:
        return repr(getattr(DEFAULT_OPTIONS, match["name"]))

    def field(match: re.Match[str]) -> str:
        default = fields[match["name"]].default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            return match[0]
        return repr(default)

    signature = _OPTION_DEFAULT.sub(option, signature)
    if isinstance(obj, type) and attrs.has(obj):
        fields = attrs.fields_dict(obj)
        signature = _ATTRS_DEFAULT.sub(field, signature)
    return signature, return_annotation


def setup(app: Any) -> None:
    """Connect the hook that shows the defaults as values."""
    app.connect("autodoc-process-signature", _show_defaults)


# A private name in annotations, shown as what it stands for: the type
# variable of OssuaryStream is any Trio stream.
autodoc_type_aliases = {"T_Stream": "trio.abc.Stream"}

# Every reference must resolve ("-n" in CI says the same).
nitpicky = True

# -- Intersphinx: local inventories, no network ------------------------------
#
# docs/inventories/ holds the objects.inv files, so links point at the
# projects' sites while the build never fetches anything:
# * python.inv: Python 3.11's, from Debian's python3.11-doc package
#   (/usr/share/doc/python3.11/html/objects.inv);
# * trio.inv: built from the trio 0.35.0 sdist's docs/ with Sphinx;
# * cryptography.inv: a few entries written by
#   docs/inventories/make_cryptography_inventory.py (its docs need Rust to
#   build); add an object there when these docs start naming it;
# * anyio.inv: the same, by docs/inventories/make_anyio_inventory.py.

_INVENTORIES = Path(__file__).resolve().parent / "inventories"

intersphinx_mapping = {
    "python": ("https://docs.python.org/3", str(_INVENTORIES / "python.inv")),
    "trio": ("https://trio.readthedocs.io/en/stable", str(_INVENTORIES / "trio.inv")),
    "cryptography": (
        "https://cryptography.io/en/latest",
        str(_INVENTORIES / "cryptography.inv"),
    ),
    "anyio": (
        "https://anyio.readthedocs.io/en/stable",
        str(_INVENTORIES / "anyio.inv"),
    ),
}

# -- HTML output -------------------------------------------------------------

html_theme = "sphinx_rtd_theme"
html_title = f"trio-ossuary {release}"
