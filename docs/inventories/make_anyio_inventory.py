"""Write anyio.inv: the ``anyio`` objects our docs link to.

Like ``make_cryptography_inventory.py``: the docs build reads nothing from
the network, so this small Sphinx inventory lists by hand the objects of
anyio that trio-ossuary's documentation names (and that autodoc shows, such
as the adapter's base classes), each on anyio's API page, where the anchor
is the object's full name.  Add a line when the docs start naming another
one, then run::

    python docs/inventories/make_anyio_inventory.py

``python -m sphinx.ext.intersphinx docs/inventories/anyio.inv`` shows what
the file holds.
"""

from __future__ import annotations

import zlib
from pathlib import Path

VERSION = "stable"

#: (full name, role, page): most of anyio's API is on api.html.
OBJECTS = [
    ("anyio", "py:module", "api.html"),
    ("anyio.run", "py:function", "api.html"),
    ("anyio.connect_tcp", "py:function", "api.html"),
    ("anyio.create_tcp_listener", "py:function", "api.html"),
    ("anyio.create_task_group", "py:function", "api.html"),
    ("anyio.open_process", "py:function", "api.html"),
    ("anyio.wrap_file", "py:function", "api.html"),
    ("anyio.to_thread.run_sync", "py:function", "api.html"),
    ("anyio.lowlevel.checkpoint_if_cancelled", "py:function", "api.html"),
    ("anyio.BrokenResourceError", "py:exception", "api.html"),
    ("anyio.BusyResourceError", "py:exception", "api.html"),
    ("anyio.ClosedResourceError", "py:exception", "api.html"),
    ("anyio.EndOfStream", "py:exception", "api.html"),
    ("anyio.TypedAttributeLookupError", "py:exception", "api.html"),
    ("anyio.Lock", "py:class", "api.html"),
    ("anyio.TypedAttributeSet", "py:class", "api.html"),
    ("anyio.TypedAttributeProvider", "py:class", "api.html"),
    ("anyio.TypedAttributeProvider.extra", "py:method", "api.html"),
    ("anyio.TypedAttributeProvider.extra_attributes", "py:property", "api.html"),
    ("anyio.abc.AsyncResource", "py:class", "api.html"),
    ("anyio.abc.ByteStream", "py:class", "api.html"),
    ("anyio.abc.ByteReceiveStream", "py:class", "api.html"),
    ("anyio.abc.ByteSendStream", "py:class", "api.html"),
    ("anyio.abc.Listener", "py:class", "api.html"),
    ("anyio.abc.Listener.serve", "py:method", "api.html"),
    ("anyio.abc.SocketAttribute", "py:class", "api.html"),
    ("anyio.abc.TaskGroup", "py:class", "api.html"),
    ("anyio.abc.Process", "py:class", "api.html"),
    ("anyio.streams.stapled.StapledByteStream", "py:class", "api.html"),
    ("anyio.streams.tls.TLSStream", "py:class", "api.html"),
    ("anyio.streams.tls.TLSStream.wrap", "py:method", "api.html"),
    ("anyio.streams.tls.TLSListener", "py:class", "api.html"),
    ("anyio.streams.tls.TLSAttribute", "py:class", "api.html"),
]


def inventory() -> bytes:
    """The inventory file's bytes (format version 2, as Sphinx writes it)."""
    header = (
        "# Sphinx inventory version 2\n"
        "# Project: AnyIO\n"
        f"# Version: {VERSION}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    # "$" in a location stands for the object's name; "-" as the display
    # name means the name itself.
    lines = [f"{name} {role} 1 {page}#$ -\n" for name, role, page in OBJECTS]
    body = "".join(sorted(lines))
    return header.encode("utf-8") + zlib.compress(body.encode("utf-8"), 9)


if __name__ == "__main__":
    target = Path(__file__).resolve().parent / "anyio.inv"
    target.write_bytes(inventory())
    print(f"wrote {len(OBJECTS)} objects to {target.name}")
