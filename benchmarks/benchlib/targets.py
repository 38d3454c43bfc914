"""The library benchmark's figures, its targets, and the rows that report them.

Each target is a ratio within one round (against SSLStream, the raw
cryptography or the bare transport measured seconds apart); the median over
the rounds is what meets or misses it.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable

from .report import Results, Round, fmt_cell, verdict

# figure -> (unit, description); "us" figures are times (lower is better).
FIGURES: dict[str, tuple[str, str]] = {
    "aead": ("MB/s", "AEAD enc+dec, 16 KiB records [1]"),
    "engine-64": ("us", "engine alone, one 64-byte record [2]"),
    "engine-16k": ("us", "engine alone, one 16 KiB record [2]"),
    "engine-64k": ("us", "engine alone, 16 KiB records, 4 a call [2]"),
    "primitives": ("/s", "handshake primitives, server auth only"),
    "primitives-mutual": ("/s", "handshake primitives, mutual auth"),
    "bulk-memory": ("MB/s", "bulk 64 KiB writes, memory streams"),
    "bulk-tcp": ("MB/s", "bulk 64 KiB writes, loopback TCP"),
    "handshake": ("/s", "handshakes (anon client / server cert)"),
    "handshake-mutual": ("/s", "handshakes (mutual / mutual TLS)"),
    "pingpong-memory": ("rt/s", "64-byte ping-pong, memory streams"),
    "pingpong-tcp": ("rt/s", "64-byte ping-pong, loopback TCP"),
    "switches-memory": ("/rt", "task switches per round trip, memory"),
    "switches-tcp": ("/rt", "task switches per round trip, TCP"),
    "memory-rss": ("KB", "RSS per established idle pair"),
    "memory-traced": ("KB", "tracemalloc per established idle pair"),
}
FOOTNOTES = (
    "[1] raw limit: ChaCha20-Poly1305 (Ossuary's cipher); SSLStream column: "
    "AES-256-GCM (the TLS suite negotiated here)",
    "[2] microseconds per record, both ends: OssuaryConnection.send_data, "
    "data_to_send, the peer's receive_data and next_event; raw limit: "
    "ChaCha20-Poly1305 encrypt + decrypt of one record of that size",
)


def ceiling(a: float, b: float) -> float:
    """The rate of two stages that share one core: 1 / (1/a + 1/b)."""
    return 1 / (1 / a + 1 / b)


# (what, target, comparison, the ratio from one round's values).  The targets
# of the second performance issue, against the floors, with issue #20's for
# memory-stream ping-pong and idle memory; all in the same run.
TARGETS: list[tuple[str, float, str, Callable[[Round], float]]] = [
    (
        "bulk, loopback TCP / 1/(1/AEAD + 1/bare TCP)",
        0.85,
        ">=",
        lambda v: (
            v("bulk-tcp", "ossuary")
            / ceiling(v("aead", "raw"), v("bulk-tcp", "transport"))
        ),
    ),
    (
        "ping-pong, memory streams / SSLStream",
        1.0,
        ">=",
        lambda v: v("pingpong-memory", "ossuary") / v("pingpong-memory", "tls"),
    ),
    (
        "ping-pong, loopback TCP / SSLStream",
        1.25,
        ">=",
        lambda v: v("pingpong-tcp", "ossuary") / v("pingpong-tcp", "tls"),
    ),
    (
        "handshakes, anon client / 1/(1/primitives + 1/bare)",
        0.8,
        ">=",
        lambda v: (
            v("handshake", "ossuary")
            / ceiling(v("primitives", "raw"), v("handshake", "transport"))
        ),
    ),
    (
        "engine, one 64-byte record: time / raw AEAD's",
        2.0,
        "<=",
        lambda v: v("engine-64", "ossuary") / v("engine-64", "raw"),
    ),
    (
        "engine, 16 KiB records: throughput / raw AEAD's",
        0.9,
        ">=",
        lambda v: v("engine-16k", "raw") / v("engine-16k", "ossuary"),
    ),
    (
        "RSS per idle pair / SSLStream",
        0.15,
        "<=",
        lambda v: v("memory-rss", "ossuary") / v("memory-rss", "tls"),
    ),
]
# Ratios shown for information, with no target.
INFO: list[tuple[str, Callable[[Round], float]]] = [
    (
        "engine, 16 KiB records 4 a call: throughput / raw",
        lambda v: v("engine-64k", "raw") / v("engine-64k", "ossuary"),
    ),
    (
        "bulk, memory streams / SSLStream",
        lambda v: v("bulk-memory", "ossuary") / v("bulk-memory", "tls"),
    ),
    (
        "bulk, loopback TCP / SSLStream",
        lambda v: v("bulk-tcp", "ossuary") / v("bulk-tcp", "tls"),
    ),
    (
        "handshakes, anon client / SSLStream",
        lambda v: v("handshake", "ossuary") / v("handshake", "tls"),
    ),
    (
        "handshakes, mutual / mutual TLS",
        lambda v: v("handshake-mutual", "ossuary") / v("handshake-mutual", "tls"),
    ),
    (
        "handshakes, mutual / 1/(1/primitives + 1/bare)",
        lambda v: (
            v("handshake-mutual", "ossuary")
            / ceiling(v("primitives-mutual", "raw"), v("handshake-mutual", "transport"))
        ),
    ),
]


def target_rows(results: Results) -> list[tuple[str, str, str, str]]:
    """(what, measured (min-max), target, verdict) for each target measured."""
    rows = []
    for what, target, op, ratio in TARGETS:
        values = results.per_round(ratio)
        if not values:
            continue
        med = statistics.median(values)
        rows.append(
            (what, fmt_cell(values), f"{op} {target:g}", verdict(med, op, target))
        )
    for what, ratio in INFO:
        values = results.per_round(ratio)
        if values:
            rows.append((what, fmt_cell(values), "-", "-"))
    return rows


def figure_rows(results: Results) -> list[tuple[str, ...]]:
    rows = []
    for figure, (unit, description) in FIGURES.items():
        row = results.values.get(figure)
        if row is None:
            continue
        rows.append(
            (
                description,
                unit,
                *(fmt_cell(row.get(c)) for c in ("ossuary", "tls", "raw", "transport")),
            )
        )
    return rows


COLUMNS = ("figure", "unit", "OssuaryStream", "SSLStream", "raw limit", "no security")
