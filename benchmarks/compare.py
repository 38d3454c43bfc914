"""Compare this checkout with another tree of trio-ossuary, figure by figure.

Runs ``benchmarks/benchmark.py`` (this checkout's script) alternately on the
other tree (through ``OSSUARY_BENCH_ROOT``) and on this one, so both see the
same machine at nearly the same time, and prints for each figure the median
of the per-pair ratios: this tree's figure over the other's, turned so that
above 1 is better (faster, more per second, less memory).

Usage, from the top of a checkout, with the README's virtual environment::

    git worktree add /path/to/base COMMIT
    .venv/bin/python benchmarks/compare.py /path/to/base --pairs 4

Arguments after ``--`` go to benchmark.py (the default is a quick run of
every figure but the two scale tests), for example
``.venv/bin/python benchmarks/compare.py /path/to/base -- --quick --only engine``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: Figures where a smaller value is better; every other one is a rate.
SMALLER_IS_BETTER = ("engine-", "memory-", "switches")


def run(root: Path, extra: list[str], out: Path) -> dict[str, list[float]]:
    """Run benchmark.py for the package in ``root``; its OssuaryStream figures."""
    env = dict(os.environ, OSSUARY_BENCH_ROOT=str(root))
    command = [sys.executable, str(HERE / "benchmark.py"), "--json", str(out), *extra]
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    values = json.loads(out.read_text())["values"]
    return {name: v["ossuary"] for name, v in values.items() if v.get("ossuary")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", type=Path, help="the other tree (its top directory)")
    parser.add_argument("--pairs", type=int, default=3, help="base/this pairs to run")
    argv = sys.argv[1:]
    passed = argv[argv.index("--") + 1 :] if "--" in argv else []
    args = parser.parse_args(argv[: argv.index("--")] if "--" in argv else argv)
    extra = passed or [
        "--quick",
        "--contender",
        "ossuary",
        "--skip",
        "idle10k,tcp1000",
    ]
    ratios: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for pair in range(args.pairs):
            # Alternate which goes first, so neither always runs warmer.
            order = [(args.base, "base"), (ROOT, "this")]
            if pair % 2:
                order.reverse()
            figures = {
                label: run(root, extra, Path(scratch) / f"{label}{pair}.json")
                for root, label in order
            }
            for name, mine in figures["this"].items():
                theirs = figures["base"].get(name)
                if not theirs:
                    continue
                a, b = statistics.median(mine), statistics.median(theirs)
                better = (b / a) if name.startswith(SMALLER_IS_BETTER) else (a / b)
                ratios.setdefault(name, []).append(better)
            print(f"pair {pair + 1}/{args.pairs} done", file=sys.stderr)
    print(f"{'figure':<22} {'this / base (>1 better)':>24}  per pair")
    for name, values in ratios.items():
        pairs = " ".join(f"{v:.2f}" for v in values)
        print(f"{name:<22} {statistics.median(values):>24.3f}  {pairs}")


if __name__ == "__main__":
    main()
