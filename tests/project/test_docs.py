"""The documentation agrees with the code, and its claims hold: generated
files, copies, examples, and the tests it cites."""

from __future__ import annotations

import ast
import math
import os
import re
import shlex
import subprocess
import sys
from functools import partial
from pathlib import Path

import trio
from cli_helpers import cli_env, free_port, wait_until_accepting

DOCS = Path(__file__).resolve().parents[2] / "docs"
#: The typographic signs security.rst's table uses.
TIMES = "\N{MULTIPLICATION SIGN}"
MINUS = "\N{MINUS SIGN}"


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


def test_tests_named_in_the_docs_exist() -> None:
    """Every ``tests/file.py::test_name`` the docs cite as holding a promise."""
    cited = set()
    for page in DOCS.glob("*.rst"):
        cited |= set(re.findall(r"tests/([\w/]+\.py)::(\w+)", page.read_text()))
    assert cited, "the docs cite no tests"
    tests = Path(__file__).resolve().parents[1]
    missing = [
        f"{module}::{name}"
        for module, name in sorted(cited)
        if not re.search(
            rf"^(async )?def {name}\(", (tests / module).read_text(), re.MULTILINE
        )
    ]
    assert missing == []


def test_every_ending_in_cli_rst_names_the_test_that_holds_it() -> None:
    """cli.rst's "How a connection ends" table: a test for every row, each of
    which exists (test_tests_named_in_the_docs_exist checks that)."""
    text = (DOCS / "cli.rst").read_text()
    section = text.split("\nHow a connection ends\n", 1)[1].split("\n.. _", 1)[0]
    table = section.split(".. list-table::", 1)[1]
    rows = table.split("\n   * - ")[2:]  # the first is the header
    assert len(rows) >= 15, "the table lost rows"
    for row in rows:
        assert re.search(r"tests/cli/test_\w+\.py::test_\w+", row), row


def test_security_nonce_overlap_table_is_right() -> None:
    """security.rst's overlap probabilities: p = (nc + ns - 1) / 2**96 per
    session, summed over sessions."""
    text = " ".join((DOCS / "security.rst").read_text().split())
    rows = [(20, 1), (32, 1), (40, 1), (48, 1), (32, 2**32), (32, 2**40)]
    for log_packets, sessions in rows:
        p = sessions * (2 * 2**log_packets - 1) / 2**96
        mantissa, exponent = f"{p:.2e}".split("e")
        log2 = round(math.log2(p))
        expected = (
            f"{mantissa} {TIMES} 10\\ :sup:`{MINUS}{-int(exponent)}` "
            f"(about 2\\ :sup:`{MINUS}{-log2}`)"
        )
        assert expected in text, expected


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
        # The readiness probe below opens a tunnel of its own that never
        # sends a request; when the commands are stopped at the end, the
        # server aborts it (a reset, by design), so a reset or an early EOF
        # here ends that connection only.
        async with stream:
            request = b""
            try:
                while b"\r\n\r\n" not in request:
                    data = await stream.receive_some(1024)
                    if not data:
                        return
                    request += data
            except trio.BrokenResourceError:
                return
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
                listen = re.search(r"--listen \S*:(\d+)", command)
                assert listen is not None
                await wait_until_accepting(int(listen[1]))
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


def python_blocks(text: str) -> list[tuple[str, str]]:
    """Each ``code-block:: python`` of a page, with the example file it names.

    The name is the last ``docs/examples/NAME.py`` mentioned between the
    previous block and this one ("" if none is).
    """
    blocks = []
    rest = text
    while ".. code-block:: python\n" in rest:
        before, rest = rest.split(".. code-block:: python\n", 1)
        names = re.findall(r"docs/examples/(\w+\.py)", before)
        code = []
        for line in rest.splitlines()[1:]:
            if line and not line.startswith("   "):
                break
            code.append(line[3:])
        blocks.append((names[-1] if names else "", "\n".join(code).strip("\n")))
    return blocks


def example_without_docstring(path: Path) -> str:
    source = path.read_text()
    end = ast.parse(source).body[0].end_lineno
    return "\n".join(source.splitlines()[end:]).strip("\n")


def test_tutorial_shows_each_example_as_it_is() -> None:
    # The tutorial inlines the examples (rather than literalinclude them) so
    # that it reads the same where reStructuredText is rendered without
    # Sphinx; this keeps the copies equal to the programs the tests run.
    blocks = python_blocks((DOCS / "tutorial.rst").read_text())
    examples = sorted(path.name for path in (DOCS / "examples").glob("*.py"))
    assert sorted(name for name, _ in blocks) == examples
    for name, code in blocks:
        expected = example_without_docstring(DOCS / "examples" / name)
        assert code == expected, (
            f"tutorial.rst's copy of docs/examples/{name} differs from the file"
        )


def test_the_asyncio_page_shows_each_example_as_it_is() -> None:
    # As for the tutorial: docs/asyncio.rst inlines the programs of
    # docs/examples/asyncio/, which tests/anyio/test_anyio_examples.py runs.
    text = (DOCS / "asyncio.rst").read_text()
    folder = DOCS / "examples" / "asyncio"
    shown = []
    rest = text
    while ".. code-block:: python\n" in rest:
        before, rest = rest.split(".. code-block:: python\n", 1)
        names = re.findall(r"docs/examples/asyncio/(\w+\.py)", before)
        code = []
        for line in rest.splitlines()[1:]:
            if line and not line.startswith("   "):
                break
            code.append(line[3:])
        assert names, "a code block on the asyncio page names no example"
        shown.append(names[-1])
        expected = example_without_docstring(folder / names[-1])
        assert "\n".join(code).strip("\n") == expected, names[-1]
    assert sorted(shown) == sorted(path.name for path in folder.glob("*.py"))
