"""Would pyperf measure the engine's micro-figures better than our Stopwatch?

Issue #12 asked us to consider pyperf for the micro-figures "where it fits
the interleaved, same-run ratios".  The figure that matters is a ratio: the
engine's cost per 64-byte record over the raw AEAD's (``engine-64`` in
``docs/performance.rst``).  This script measures that ratio both ways,
several times over, and prints how much each way's ratio moves between
repeats on this machine:

* ``stopwatch``: ``benchmarks/benchmark.py``'s own functions, the engine and
  the AEAD alternating in one process, three thirds of a second each way,
  the median ratio of three rounds (what ``benchmark.py --only engine``
  does);
* ``pyperf``: pyperf's Runner, its default calibration and worker
  processes (``--fast``: 6 workers), one benchmark after the other, the
  ratio of their means.

Run from the top of a checkout, with pyperf installed in the README's venv
(``.venv/bin/pip install pyperf``)::

    .venv/bin/python notes-to-self/pyperf_vs_stopwatch.py --repeats 5

The result and the decision are in ``notes-to-self/pyperf.rst``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "benchmarks"))

from benchlib import contenders, figures  # noqa: E402  (the benchmark's own functions)
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305  # noqa: E402

SIZE = contenders.PING


def engine_loops(loops: int) -> float:
    """pyperf time function: ``loops`` 64-byte records through two engines."""
    client, server = figures.engine_pair()
    message = os.urandom(SIZE)
    send, take = client.send_data, client.data_to_send
    receive, next_event = server.receive_data, server.next_event
    start = time.perf_counter()
    for _ in range(loops):
        send(message)
        receive(take())
        next_event()
    return time.perf_counter() - start


def aead_loops(loops: int) -> float:
    """pyperf time function: ``loops`` 64-byte AEAD encrypt + decrypt."""
    cipher = ChaCha20Poly1305(os.urandom(32))
    encrypt, decrypt = cipher.encrypt, cipher.decrypt
    record = os.urandom(SIZE)
    start = time.perf_counter()
    for counter in range(loops):
        nonce = counter.to_bytes(12, "big")
        decrypt(nonce, encrypt(nonce, record, None), None)
    return time.perf_counter() - start


def pyperf_worker() -> None:
    """The pyperf script proper (pyperf runs it again in its workers)."""
    import pyperf  # type: ignore[import-not-found]

    runner = pyperf.Runner()
    runner.bench_time_func("engine-64", engine_loops)
    runner.bench_time_func("aead-64", aead_loops)


def pyperf_ratio() -> tuple[float, float]:
    """One pyperf run of both benchmarks: (engine / aead, seconds taken)."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "result.json"
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--pyperf-worker",
                "--fast",
                "--quiet",
                "-o",
                str(out),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        taken = time.perf_counter() - start
        suite = json.loads(out.read_text())
    means = {}
    for bench in suite["benchmarks"]:
        values = [v for run in bench["runs"] for v in run.get("values", [])]
        means[bench["metadata"]["name"]] = statistics.mean(values)
    return means["engine-64"] / means["aead-64"], taken


def stopwatch_ratio() -> tuple[float, float]:
    """One run the way benchmark.py does it: (engine / aead, seconds taken)."""
    start = time.perf_counter()
    ratios = []
    for rnd in range(3):
        third = 1.0 / 3
        first = rnd % 2 == 0
        values = {}
        for engine_first in (first, not first):
            if engine_first:
                values["engine"] = figures.engine_records(third, SIZE)
            else:
                values["aead"] = figures.raw_aead(third, SIZE)
        ratios.append(values["engine"] / values["aead"])
    return statistics.median(ratios), time.perf_counter() - start


def main() -> None:
    if "--pyperf-worker" in sys.argv or "--worker" in sys.argv:
        # Our call, or pyperf's own call of its worker processes.
        if "--pyperf-worker" in sys.argv:
            sys.argv.remove("--pyperf-worker")
        pyperf_worker()
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    results: dict[str, list[tuple[float, float]]] = {"stopwatch": [], "pyperf": []}
    for _ in range(args.repeats):
        # Alternate, so that both see the same machine.
        results["stopwatch"].append(stopwatch_ratio())
        results["pyperf"].append(pyperf_ratio())
    for way, runs in results.items():
        ratios = [r for r, _ in runs]
        spread = (max(ratios) - min(ratios)) / statistics.median(ratios)
        print(
            f"{way:9}  ratios {' '.join(f'{r:.2f}' for r in ratios)}  "
            f"median {statistics.median(ratios):.2f}  spread {spread:.0%}  "
            f"seconds per run {statistics.mean(t for _, t in runs):.1f}"
        )


if __name__ == "__main__":
    main()
