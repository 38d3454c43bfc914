"""Fixtures for the command-line tests (defined in the CLI harness)."""

from cli_helpers import env, server_key

__all__ = ["env", "server_key"]
