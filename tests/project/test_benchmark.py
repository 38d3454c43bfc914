"""The benchmark runs from a checkout and writes the figures the docs include.

Timing is not checked (that belongs in the benchmark itself); this only
keeps the script working: a very short run of the engine and AEAD figures,
its table, its targets and its reStructuredText output.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "benchmark.py"


def test_short_run_writes_table_and_rst(tmp_path: Path) -> None:
    rst = tmp_path / "figures.inc.rst"
    args = ["--only", "engine,aead", "--rounds", "1", "--duration", "0.03"]
    proc = subprocess.run(
        [
            *(sys.executable, str(SCRIPT), *args, "--no-warmup"),
            *("--json", str(tmp_path / "figures.json"), f"--rst={rst}"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    for row in ("engine alone, one 64-byte record", "AEAD enc+dec, 16 KiB records"):
        assert row in proc.stdout
    text = rst.read_text()
    assert text.startswith(".. Written by benchmarks/benchmark.py --rst")
    # The command is the one that produced it, minus the output files.
    assert f"python benchmarks/benchmark.py {' '.join(args)} --no-warmup\n" in text
    assert str(tmp_path) not in text
    # Both engine targets are reported as measured against their target.
    assert "engine, one 64-byte record: time / raw AEAD's" in text
    assert "engine, 16 KiB records: throughput / raw AEAD's" in text
    assert "<= 2" in text
    assert ">= 0.9" in text


def test_the_asyncio_benchmark_runs(tmp_path: Path) -> None:
    # benchmarks/asyncio_bench.py (the anyio adapter against TLSStream):
    # a very short run of two figures, their table and their JSON.
    script = SCRIPT.parent / "asyncio_bench.py"
    out = tmp_path / "figures.json"
    args = ["--only", "pingpong,handshake", "--rounds", "1", "--duration", "0.05"]
    proc = subprocess.run(
        [sys.executable, str(script), *args, "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "pingpong" in proc.stdout
    assert "handshake" in proc.stdout
    assert ">= 1.5x" in proc.stdout
    figures = json.loads(out.read_text())
    assert set(figures) == {"pingpong", "handshake"}
    assert figures["pingpong"]["bare"]  # the floor runs for ping-pong
    assert all(value > 0 for value in figures["handshake"]["ossuary"])


TUNNELS = SCRIPT.parent / "tunnels.py"


def test_tunnels_short_run_skips_missing_contenders(tmp_path: Path) -> None:
    """tunnels.py runs the trio-ossuary tunnel from a checkout, and a contender
    whose program is missing is skipped with one line (here: none is on PATH)."""
    rst = tmp_path / "tunnels.inc.rst"
    args = ["--contenders", "bare,ossuary,spiped,stunnel", "--only", "pingpong"]
    args += ["--rounds", "1", "--duration", "0.1"]
    proc = subprocess.run(
        [sys.executable, str(TUNNELS), *args, f"--rst={rst}"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": str(tmp_path / "nothing-here")},
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "spiped: spiped is not installed (apt-get install spiped); skipped" in lines
    assert (
        "stunnel: stunnel is not installed (apt-get install stunnel4); skipped" in lines
    )
    text = rst.read_text()
    assert text.startswith(".. Written by benchmarks/tunnels.py --rst")
    assert f"python benchmarks/tunnels.py {' '.join(args)}\n" in text
    # The tunnel was measured: a rate and its CPU per round trip.
    assert "64-byte ping-pong, one connection" in text
    assert "CPU of both tunnel processes per round trip" in text
    assert str(tmp_path) not in text
