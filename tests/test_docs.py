"""The generated documentation files are up to date with the code."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from functools import partial
from pathlib import Path

import trio
from cli_helpers import cli_env, free_port, wait_until_accepting

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_state_diagram_is_drawn_from_the_current_table() -> None:
    result = subprocess.run(
        [sys.executable, str(DOCS / "draw_state_diagram.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def readme_python_example() -> str:
    text = (DOCS.parent / "README.rst").read_text()
    block = text.split(".. code-block:: python\n", 1)[1].splitlines()[1:]
    lines = []
    for line in block:
        if line and not line.startswith("   "):
            break
        lines.append(line[3:])
    return "\n".join(lines) + "\n"


def test_readme_library_example_runs(tmp_path: Path) -> None:
    script = tmp_path / "readme_example.py"
    script.write_text(readme_python_example())
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "b'hello'\n"


def test_protocol_worked_example_matches_the_vectors() -> None:
    # protocol.rst's worked example is decoded output of this script, which
    # also asserts every value against the reference vectors.
    script = DOCS.parent / "notes-to-self" / "decode_vector.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check-docs"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "checked" in result.stdout


def readme_console_block(after: str) -> list[str]:
    """The commands of the first console block after the heading ``after``."""
    text = (DOCS.parent / "README.rst").read_text()
    section = text.split(f"\n{after}\n", 1)[1]
    block = section.split(".. code-block:: console\n", 1)[1].splitlines()[1:]
    commands = []
    for line in block:
        if line and not line.startswith("   "):
            break
        line = line.strip()
        if line and not line.startswith("#"):
            commands.append(line)
    return commands


async def test_readme_tunnel_example_runs(
    tmp_path: Path, nursery: trio.Nursery
) -> None:
    # Both "machines" are this one, in one directory, so copying the public
    # keys is a no-op; the host and the three ports are replaced by loopback
    # and free ports.  Everything else runs exactly as written.
    async def web(stream: trio.SocketStream) -> None:
        async with stream:
            request = b""
            while b"\r\n\r\n" not in request:
                request += await stream.receive_some(1024)
            await stream.send_all(b"HTTP/1.0 200 OK\r\n\r\nhello through the tunnel")

    listeners = await nursery.start(partial(trio.serve_tcp, web, 0, host="127.0.0.1"))
    ports = {
        "7000": str(free_port()),
        "8000": str(listeners[0].socket.getsockname()[1]),
        "8080": str(free_port()),
    }
    env = cli_env(tmp_path)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env["PATH"]
    commands = readme_console_block("An encrypted tunnel")
    assert any("--authorized-keys" in command for command in commands)
    async with trio.open_nursery() as background:
        for command in commands:
            command = command.replace("0.0.0.0:", "127.0.0.1:")
            command = command.replace("server.example:", "127.0.0.1:")
            command = re.sub(
                r":(7000|8000|8080)\b", lambda m: ":" + ports[m[1]], command
            )
            if "--listen" in command:
                # Without a shell in between, so that cancelling it stops
                # the command itself (PATH is looked up in env).
                background.start_soon(
                    partial(
                        trio.run_process,
                        shlex.split(command),
                        cwd=tmp_path,
                        env=env,
                        stdin=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                    )
                )
                await wait_until_accepting(int(command.rsplit(":", 1)[1].split()[0]))
            else:
                await trio.run_process(command, shell=True, cwd=tmp_path, env=env)
        stream = await trio.open_tcp_stream("127.0.0.1", int(ports["8080"]))
        async with stream:
            await stream.send_all(b"GET / HTTP/1.0\r\n\r\n")
            response = b""
            with trio.fail_after(30):
                while data := await stream.receive_some(1024):
                    response += data
        assert response.endswith(b"\r\n\r\nhello through the tunnel")
        background.cancel_scope.cancel()
