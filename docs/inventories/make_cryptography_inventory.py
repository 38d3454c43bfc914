"""Write cryptography.inv: the few ``cryptography`` objects our docs link to.

The cryptography package's documentation cannot be built here (its build
needs a Rust toolchain and crates from the network), so this small Sphinx
inventory lists by hand the objects trio-ossuary's documentation mentions,
each with its page on cryptography.io (built with Sphinx's ``dirhtml``
builder, so pages are directories).  Add a line when the docs start naming
another one, then run::

    python docs/inventories/make_cryptography_inventory.py

``python -m sphinx.ext.intersphinx docs/inventories/cryptography.inv`` shows
what the file holds.
"""

from __future__ import annotations

import zlib
from pathlib import Path

VERSION = "latest"

ED25519 = "cryptography.hazmat.primitives.asymmetric.ed25519"
X25519 = "cryptography.hazmat.primitives.asymmetric.x25519"
AEAD = "cryptography.hazmat.primitives.ciphers.aead"

#: Each module's page; the anchor on the page is the object's full name.
PAGES = {
    ED25519: "hazmat/primitives/asymmetric/ed25519/",
    X25519: "hazmat/primitives/asymmetric/x25519/",
    AEAD: "hazmat/primitives/aead/",
}

#: (module, name in it or "" for the module itself, role)
OBJECTS = [
    (ED25519, "", "py:module"),
    (ED25519, "Ed25519PrivateKey", "py:class"),
    (ED25519, "Ed25519PublicKey", "py:class"),
    (X25519, "", "py:module"),
    (X25519, "X25519PrivateKey", "py:class"),
    (X25519, "X25519PublicKey", "py:class"),
    (AEAD, "", "py:module"),
    (AEAD, "ChaCha20Poly1305", "py:class"),
]


def inventory() -> bytes:
    """The inventory file's bytes (format version 2, as Sphinx writes it)."""
    header = (
        "# Sphinx inventory version 2\n"
        "# Project: cryptography\n"
        f"# Version: {VERSION}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    # "$" in a location stands for the object's name; "-" as the display
    # name means the name itself.
    lines = []
    for module, name, role in OBJECTS:
        full_name = f"{module}.{name}" if name else module
        lines.append(f"{full_name} {role} 1 {PAGES[module]}#$ -\n")
    body = "".join(sorted(lines))
    return header.encode("utf-8") + zlib.compress(body.encode("utf-8"), 9)


if __name__ == "__main__":
    target = Path(__file__).resolve().parent / "cryptography.inv"
    target.write_bytes(inventory())
    print(f"wrote {len(OBJECTS)} objects to {target.name}")
