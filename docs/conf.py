"""Sphinx configuration for the trio-ossuary documentation.

Build with warnings as errors:

    sphinx-build -W --keep-going -b html docs docs/_build/html

Cross-references into the Python and Trio documentation need their
intersphinx inventories, which are downloaded at build time.  The build must
also work offline (and must not warn there), so the inventories are used only
when the environment variable OSSUARY_DOCS_INTERSPHINX is set to a non-empty
value, for example on Read the Docs or in CI.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Document the package from this checkout, not from whatever is installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import trio_ossuary

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

# -- Intersphinx (opt-in, see the module docstring) --------------------------

if os.environ.get("OSSUARY_DOCS_INTERSPHINX"):
    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "trio": ("https://trio.readthedocs.io/en/stable", None),
    }
else:
    intersphinx_mapping = {}

# -- HTML output -------------------------------------------------------------

html_theme = "sphinx_rtd_theme"
html_title = f"trio-ossuary {release}"
