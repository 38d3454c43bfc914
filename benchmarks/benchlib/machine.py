"""What the figures were measured on, and facts about processes (Linux)."""

from __future__ import annotations

import os
import platform
import resource
import ssl
import subprocess
from pathlib import Path

import cryptography
import trio

#: The top of the checkout the benchmarks sit in.
ROOT = Path(__file__).resolve().parent.parent.parent


def rss_bytes(pid: int | str = "self") -> int:
    """The resident set size of a process (this one by default), in bytes."""
    with open(f"/proc/{pid}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def raise_fd_limit(wanted: int) -> None:
    """Raise this process's open-file limit to ``wanted`` (up to the hard one)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < wanted:
        target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


def load_average(when: str) -> str:
    """The machine's load, which says how far to trust the figures."""
    one, five, _ = os.getloadavg()
    return f"load average {when}: {one:.1f} (1 min), {five:.1f} (5 min)"


def git_commit() -> str:
    """The checkout's commit (``-dirty`` if changed), or ``unknown``."""
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def describe_machine() -> str:
    """CPU count and model, and the versions that matter to the figures."""
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (
        f"machine: {os.cpu_count()} CPUs ({cpu}); Python {platform.python_version()}; "
        f"trio {trio.__version__}; cryptography {cryptography.__version__}; "
        f"{ssl.OPENSSL_VERSION}"
    )
