"""Per-round results, their medians and ranges, and how they are written out.

Every figure is measured once per round for each contender; a ratio is taken
within a round (both numbers measured seconds apart) and the median of the
rounds' ratios is what meets or misses a target.  Tables come out as text
for the terminal and as reStructuredText list-tables for the docs.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

#: One round's value of a figure for a contender: ``value(figure, contender)``.
Round = Callable[[str, str], float]


@dataclass
class Results:
    """Every value measured: figure -> contender -> one value per round."""

    values: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    #: Scale tests: a description -> one result dictionary per run.
    scale: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, figure: str, contender: str, value: float) -> None:
        """Record this round's ``value`` of ``figure`` for ``contender``."""
        self.values.setdefault(figure, {}).setdefault(contender, []).append(value)

    def per_round(self, ratio: Callable[[Round], float]) -> list[float]:
        """The ratio in each round that measured every figure it needs."""
        out = []
        rounds = max(
            (len(series) for row in self.values.values() for series in row.values()),
            default=0,
        )
        for i in range(rounds):

            def value(figure: str, contender: str, i: int = i) -> float:
                return self.values[figure][contender][i]

            try:
                out.append(ratio(value))
            except (KeyError, IndexError, ZeroDivisionError):
                continue
        return out


def summarize(values: list[float]) -> tuple[float, float, float]:
    """Median, minimum and maximum."""
    return statistics.median(values), min(values), max(values)


def fmt(value: float) -> str:
    """Three significant digits or so, thousands separated."""
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def fmt_cell(values: list[float] | None) -> str:
    """``median (min-max)``, or ``-`` when nothing was measured."""
    if not values:
        return "-"
    med, lo, hi = summarize(values)
    return f"{fmt(med)} ({fmt(lo)}-{fmt(hi)})"


def verdict(value: float, op: str, target: float) -> str:
    """``met`` or ``MISS`` for a median ratio against ``op target``."""
    met = value >= target if op == ">=" else value <= target
    return "met" if met else "MISS"


def text_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]
) -> list[str]:
    """A plain table: the first column left-aligned, the others to the right."""

    def line(cells: Sequence[str]) -> str:
        return " ".join(
            f"{c:<{w}}" if i == 0 else f"{c:>{w}}"
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    top = line(header)
    return [top, "-" * len(top), *(line(row) for row in rows)]


def rst_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A list-table: no column widths to get right."""
    lines = [".. list-table::", "   :header-rows: 1", ""]
    for row in (header, *rows):
        # A lone "-" would start a bullet list: escape it.
        cells = [r"\-" if c == "-" else c.replace("*", r"\*") for c in row]
        lines.append(f"   * - {cells[0]}")
        lines.extend(f"     - {c}" for c in cells[1:])
    return lines


def rst_fragment(
    script: str, command: str, about: Sequence[str], body: Sequence[str]
) -> str:
    """A fragment for the docs to include: who wrote it, the command, the run."""
    lines = [
        f".. Written by benchmarks/{script} --rst; do not edit by hand.",
        "",
        "Produced by::",
        "",
        f"    {command}",
        "",
        *(f"| {line}" for line in about),
        "",
        *body,
    ]
    return "\n".join(lines)


def command_line(script: str, argv: Sequence[str]) -> str:
    """This run's command, as the docs show it: without the output files."""
    outputs = ("--rst", "--json")
    kept: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in outputs:
            skip = True
        elif not arg.startswith(tuple(f"{o}=" for o in outputs)):
            kept.append(arg)
    return " ".join([f"python benchmarks/{script}", *kept])
