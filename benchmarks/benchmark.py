"""Benchmark OssuaryStream against trio.SSLStream and against the raw crypto.

One command measures every figure of the performance page.  From the
repository root, with the virtual environment of the README active::

    python benchmarks/benchmark.py           # 7 rounds
    python benchmarks/benchmark.py --quick   # 3 short rounds
    python benchmarks/benchmark.py --rst docs/performance-figures.inc.rst

Both endpoints of every connection live in this one process, on one thread,
so each figure is the CPU cost of *both* ends.  The contenders are
interleaved round by round (each round measures every figure for every
contender, alternating which one goes first), so that slow drift of the
machine hits them alike; ratios are taken within a round, and the table shows
their median.  Every figure is timed by the same loop,
``benchlib.timing.Stopwatch``.

Figures:

* ``aead``: cryptography's ChaCha20-Poly1305, encrypt then decrypt of
  16384-byte records (the ceiling for bulk data with both ends on one core).
* ``engine``: the sans-IO engine alone, no trio, no transport:
  ``send_data``, ``data_to_send``, the peer's ``receive_data`` and
  ``next_event`` for one 64-byte record, one 16 KiB record, and 64 KiB (four
  records) per call; each against the raw AEAD encrypt + decrypt of one
  record of the same size, measured alternately in the same round.
* ``primitives``: the public-key operations one handshake needs at least:
  two X25519 key generations and exchanges, one Ed25519 signature and
  verification (mutual authentication adds one more of each).
* ``bulk-memory`` / ``bulk-tcp``: 64 MiB sent in 64 KiB ``send_all`` calls,
  received with ``receive_some(65536)``, over
  :func:`trio.testing.memory_stream_pair` or loopback TCP.
* ``handshake`` / ``handshake-mutual``: sequential full handshakes over
  memory streams (stream objects created for each).  Ossuary: anonymous client
  / mutual authentication; TLS 1.3: server certificate only / mutual TLS.
* ``pingpong-memory`` / ``pingpong-tcp``: 64-byte echo round trips, and the
  trio task switches per round trip (task steps counted by an instrument).
* ``memory``: RSS and tracemalloc growth per established, idle pair (both
  ends plus their memory-stream transport), each contender in a fresh
  subprocess.
* ``idle10k``: 10,000 established connections over memory streams, each
  server end parked in ``receive_some`` in its own task; then one echo on
  every connection at once, then a clean close.
* ``tcp1000``: 1,000 clients connect over 127.0.0.1 and handshake at once.

Every stream figure also runs over the bare transport ("no security"; for
handshakes, the same three messages with no cryptography): the floor that
trio, the transport and this harness impose.  The targets (``benchlib/targets.py``)
are ratios against those floors and the raw cryptography, all from the same
run.  This script holds the run (settings, sections, rounds, the report);
the pieces are in ``benchmarks/benchlib/``, one module per concern.

``OSSUARY_BENCH_ROOT=/some/dir`` benchmarks a copy of ``trio_ossuary`` found
in that directory instead of this checkout's (to try out a change).

For profiling, run one figure for one contender, e.g.::

    py-spy record -r 500 -f raw -o bulk.txt -- python \
        benchmarks/benchmark.py --only bulk-memory --contender ossuary \
        --rounds 5 --no-warmup
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trio
from benchlib.contenders import CONTENDERS, LABEL, PING, RECORD, tls_parameters
from benchlib.figures import (
    bulk,
    engine_records,
    handshakes,
    pingpong,
    primitives_limit,
    raw_aead,
)
from benchlib.machine import describe_machine, git_commit, load_average
from benchlib.report import (
    Results,
    command_line,
    fmt,
    rst_fragment,
    rst_table,
    text_table,
)
from benchlib.targets import COLUMNS, FOOTNOTES, figure_rows, target_rows
from benchlib.workers import run_worker, worker_main

# -- the run -------------------------------------------------------------------


@dataclass
class Settings:
    rounds: int
    duration: float  # seconds per timed figure (handshakes, ping-pong, raw)
    bulk_bytes: int
    memory_pairs: int
    traced_pairs: int
    idle_connections: int
    tcp_clients: int
    scale_rounds: int


FULL = Settings(7, 1.0, 64 << 20, 2000, 500, 10_000, 1000, 3)
QUICK = Settings(3, 0.3, 16 << 20, 500, 200, 10_000, 1000, 1)


SECTIONS = (
    "aead",
    "engine",
    "primitives",
    "bulk-memory",
    "bulk-tcp",
    "handshake",
    "handshake-mutual",
    "pingpong-memory",
    "pingpong-tcp",
    "memory",
    "idle10k",
    "tcp1000",
)


def measure_round(
    s: Settings, results: Results, sections: set[str], contenders: list[str], rnd: int
) -> None:
    order = contenders if rnd % 2 == 0 else contenders[::-1]
    # The bare transport (no security at all) is the floor of the data figures.
    with_floor = [*order, "transport"] if len(contenders) > 1 else order

    def timed(figure: str, fn: Callable[[str], float], *, floor: bool = False) -> None:
        for contender in with_floor if floor else order:
            gc.collect()
            results.add(figure, contender, fn(contender))

    if "aead" in sections:
        results.add("aead", "raw", RECORD / raw_aead(s.duration, RECORD))
        results.add("aead", "tls", RECORD / raw_aead(s.duration, RECORD, aes=True))
    if "engine" in sections and "ossuary" in contenders:
        # The engine and the raw AEAD, alternating, a third of the time each.
        third = s.duration / 3
        for figure, size, per_call in (
            ("engine-64", PING, 1),
            ("engine-16k", RECORD, 1),
            ("engine-64k", RECORD, 4),
        ):
            for first in (True, False) if rnd % 2 == 0 else (False, True):
                gc.collect()
                if first:
                    results.add(
                        figure, "ossuary", engine_records(third, size, per_call)
                    )
                else:
                    results.add(figure, "raw", raw_aead(third, size))
    if "primitives" in sections:
        results.add("primitives", "raw", primitives_limit(s.duration, mutual=False))
        results.add(
            "primitives-mutual", "raw", primitives_limit(s.duration, mutual=True)
        )
    for kind in ("memory", "tcp"):
        if f"bulk-{kind}" in sections:
            timed(
                f"bulk-{kind}",
                lambda c, k=kind: trio.run(bulk, c, k, s.bulk_bytes),
                floor=True,
            )
    if "handshake" in sections:
        timed(
            "handshake",
            lambda c: trio.run(lambda: handshakes(c, s.duration, mutual=False)),
            floor=True,
        )
    if "handshake-mutual" in sections:
        timed(
            "handshake-mutual",
            lambda c: trio.run(lambda: handshakes(c, s.duration, mutual=True)),
            floor=True,
        )
    for kind in ("memory", "tcp"):
        if f"pingpong-{kind}" in sections:

            def trips(contender: str, kind: str = kind) -> float:
                rate, switches = trio.run(pingpong, contender, kind, s.duration)
                results.add(f"switches-{kind}", contender, switches)
                return rate

            timed(f"pingpong-{kind}", trips, floor=True)
    if "memory" in sections:
        for contender in with_floor:
            out = run_worker(
                ["memory", contender, str(s.memory_pairs), str(s.traced_pairs)], 600
            )
            if out.get("failed"):
                print(f"memory worker failed: {out['stderr']}", file=sys.stderr)
                continue
            results.add("memory-rss", contender, out["rss_per_pair"] / 1e3)
            results.add("memory-traced", contender, out["traced_per_pair"] / 1e3)


def warm_up(contenders: list[str], sections: set[str]) -> None:
    tiny = Settings(1, 0.05, 1 << 20, 0, 0, 0, 0, 0)
    measure_round(tiny, Results(), sections - {"memory"}, contenders, 0)


def print_table(results: Results) -> None:
    """The figures and the targets, for the terminal."""
    print()
    print(
        "Medians over rounds, (min-max) in brackets; ratios are per round, median shown."
    )
    print()
    for line in text_table(COLUMNS, figure_rows(results), (42, 5, 22, 22, 20, 22)):
        print(line)
    for note in FOOTNOTES:
        print(note)
    print()
    header = ("target", "measured (min-max)", "target", "verdict")
    for line in text_table(header, target_rows(results), (52, 24, 8, 8)):
        print(line)


def scale_lines(results: Results) -> list[str]:
    lines = []
    for name, runs in results.scale.items():
        lines.append("")
        lines.append(name)
        for run in runs:
            contender = run.get("contender", "ossuary")
            failed = run.get("failed")
            errors = run.get("errors")
            verdict = "FAIL" if failed or errors else "PASS"
            details = ", ".join(
                f"{k}={fmt(x) if isinstance(x, float) else x}"
                for k, x in run.items()
                if k not in ("first_errors", "stderr", "contender")
            )
            lines.append(
                f"  {LABEL.get(contender, contender):<14} {verdict}  {details}"
            )
            if run.get("first_errors"):
                lines.append(f"    first errors: {run['first_errors']}")
            if failed:
                lines.append(f"    stderr: {run.get('stderr')}")
    return lines


def write_rst(path: Path, results: Results, about: list[str], command: str) -> None:
    """Write the figures as a reStructuredText fragment for the docs to include."""
    body = [
        "Medians over the rounds, the range (min-max) in brackets.",
        "",
        *rst_table(COLUMNS, figure_rows(results)),
        "",
        *(f"{note}\n" for note in FOOTNOTES),
        "Each ratio is taken within a round (both numbers measured seconds "
        "apart); the median of the rounds' ratios is what meets or misses the "
        "target.",
        "",
        *rst_table(
            ("ratio", "measured (min-max)", "target", "verdict"), target_rows(results)
        ),
        "",
    ]
    scale = scale_lines(results)
    if scale:
        body += ["Scale tests::", ""]
        body += [f"    {line}" if line else "" for line in scale[1:]]
        body.append("")
    path.write_text(rst_fragment("benchmark.py", command, about, body))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short run")
    parser.add_argument("--rounds", type=int, help="override the round count")
    parser.add_argument(
        "--duration", type=float, help="override the seconds per timed figure"
    )
    parser.add_argument(
        "--only", help=f"comma-separated sections: {','.join(SECTIONS)}"
    )
    parser.add_argument("--skip", help="comma-separated sections to leave out")
    parser.add_argument(
        "--contender", choices=CONTENDERS, help="measure only this contender"
    )
    parser.add_argument("--no-warmup", action="store_true")
    parser.add_argument("--json", help="also write the raw results here")
    parser.add_argument(
        "--rst", help="also write the figures here, as reStructuredText to include"
    )
    parser.add_argument("--worker", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker_main(args.worker)
        return

    s = QUICK if args.quick else FULL
    if args.rounds:
        s.rounds = args.rounds
    if args.duration:
        s.duration = args.duration
    sections = set(args.only.split(",")) if args.only else set(SECTIONS)
    if args.skip:
        sections -= set(args.skip.split(","))
    unknown = sections - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {sorted(unknown)}")
    contenders = [args.contender] if args.contender else list(CONTENDERS)

    about = [
        describe_machine(),
        f"trio_ossuary at commit {git_commit()}"
        + (" (OSSUARY_BENCH_ROOT set)" if "OSSUARY_BENCH_ROOT" in os.environ else ""),
        f"TLS: {trio.run(tls_parameters)}, trustme ECDSA P-256 certificates",
        f"settings: {s.rounds} rounds, {s.duration:g} s per timed figure, "
        f"bulk {s.bulk_bytes >> 20} MiB, memory over {s.memory_pairs} pairs "
        f"(tracemalloc over {s.traced_pairs})",
    ]
    about.append(load_average("at the start"))
    for line in about:
        print(line)
    results = Results()
    overall = time.perf_counter()
    if not args.no_warmup:
        warm_up(contenders, sections)
    for rnd in range(s.rounds):
        began = time.perf_counter()
        measure_round(s, results, sections, contenders, rnd)
        print(
            f"round {rnd + 1}/{s.rounds} done in {time.perf_counter() - began:.1f} s",
            file=sys.stderr,
        )
    for rnd in range(s.scale_rounds):
        if "idle10k" in sections and "ossuary" in contenders:
            out = run_worker(["idle", str(s.idle_connections), "300"], 400)
            results.scale.setdefault(
                f"{s.idle_connections:,} established idle connections over memory "
                f"streams (OssuaryStream; establish sequentially, echo on all at "
                f"once, close all)",
                [],
            ).append(out)
        if "tcp1000" in sections:
            order = contenders if rnd % 2 == 0 else contenders[::-1]
            for contender in order:
                out = run_worker(["tcp", contender, str(s.tcp_clients), "120"], 200)
                out["contender"] = contender
                results.scale.setdefault(
                    f"{s.tcp_clients:,} concurrent handshakes over loopback TCP "
                    f"(+ one 64-byte echo each, all held open, then closed)",
                    [],
                ).append(out)
    print_table(results)
    for line in scale_lines(results):
        print(line)
    total = time.perf_counter() - overall
    print(f"\ntotal time {total:.0f} s")
    if args.json:
        Path(args.json).write_text(
            json.dumps({"values": results.values, "scale": results.scale}, indent=1)
        )
    if args.rst:
        about.append(load_average("at the end"))
        about.append(f"total time {total:.0f} s")
        write_rst(
            Path(args.rst), results, about, command_line("benchmark.py", sys.argv[1:])
        )


if __name__ == "__main__":
    main()
