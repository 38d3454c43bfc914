"""Smoke test of an installed trio-ossuary, run by .ci/run from outside the
source tree with the Python of a fresh virtual environment holding only the
wheel: is it that copy that is imported, with its metadata, its typing
marker and its command, and does a handshake and a record go through?
"""

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import trio
import trio.testing

import trio_ossuary

package = Path(trio_ossuary.__file__).resolve().parent
assert Path(sys.prefix).resolve() in package.parents, f"imported from {package}"
assert (package / "py.typed").is_file(), "py.typed is missing"

version = importlib.metadata.version("trio-ossuary")
assert trio_ossuary.__version__ == version, (trio_ossuary.__version__, version)
command = Path(sys.prefix) / "bin" / "trio-ossuary"
printed = subprocess.run(
    [str(command), "--version"], capture_output=True, text=True, check=True
).stdout
assert printed.strip() == f"trio-ossuary {version}", printed


async def main() -> None:
    server_key = trio_ossuary.SecretKey.generate()
    client_end, server_end = trio.testing.memory_stream_pair()
    client = trio_ossuary.OssuaryStream(
        client_end, authorized_keys=[server_key.public_key]
    )
    server = trio_ossuary.OssuaryStream(
        server_end, server_side=True, secret_key=server_key
    )
    async with trio.open_nursery() as nursery:
        nursery.start_soon(server.do_handshake)
        await client.send_all(b"ping")
    assert await server.receive_some() == b"ping"
    assert client.remote_public_key == server_key.public_key


trio.run(main)
print(f"smoke test passed: trio-ossuary {version} from {package}")
