"""docs/cli.rst documents every option the command's parser defines."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from trio_ossuary._cli.main import _build_parser

CLI_RST = Path(__file__).parents[2] / "docs" / "cli.rst"


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = _build_parser()
    commands = {"": parser}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            commands.update(action.choices)
    return commands


def _documented() -> dict[str, set[str]]:
    """The names in each ``.. program::`` section's ``.. option::`` lines."""
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in CLI_RST.read_text().splitlines():
        program = re.match(r"\.\. program:: trio-ossuary ?(\S*)$", line)
        if program:
            current = sections.setdefault(program[1], set())
            continue
        option = re.match(r"\.\. option:: (.*)$", line)
        if option and current is not None:
            for form in option[1].split(","):
                current.add(form.split()[0])
    return sections


def _names(parser: argparse.ArgumentParser) -> set[str]:
    names: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        if action.option_strings:
            names.update(action.option_strings)
        else:
            names.add(str(action.metavar or action.dest))
    return names


@pytest.mark.parametrize("command", sorted(_commands()))
def test_every_option_is_documented(command: str) -> None:
    documented = _documented()
    assert command in documented, f"no '.. program:: trio-ossuary {command}'"
    # -v is accepted after every subcommand too; it is documented once.
    missing = (
        _names(_commands()[command])
        - documented[command]
        - (documented[""] if command else set())
    )
    assert not missing, f"not in docs/cli.rst under {command or 'trio-ossuary'}"


def test_every_subcommand_has_a_section() -> None:
    text = CLI_RST.read_text()
    for command in _commands():
        if command:
            assert re.search(rf"^{command}\n-+$", text, re.M) or (
                f"``trio-ossuary {command}" in text
            ), command
