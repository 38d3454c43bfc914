"""Fixtures shared by the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import cli_env, make_key


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """An environment for running the CLI with its own config directory."""
    return cli_env(tmp_path)


@pytest.fixture
def server_key(tmp_path: Path) -> Path:
    """A server secret key file (and its .pub) made for the test."""
    path = tmp_path / "server.key"
    make_key(path, "server")
    return path
