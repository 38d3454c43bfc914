"""The one timing loop of the benchmarks, and a task-switch counter."""

from __future__ import annotations

import time
from collections.abc import Iterator

import trio


class Stopwatch:
    """The one timing loop of this script.

    Iterating hands out batch sizes until ``duration`` seconds have passed;
    the caller runs that many operations for each (sync or async alike)::

        watch = Stopwatch(duration, batch=32)
        for n in watch:
            for _ in range(n):
                operation()
        return watch.rate

    The clock is read once per batch, so a batch should take well over a
    microsecond.
    """

    def __init__(self, duration: float, batch: int = 1) -> None:
        self.duration = duration
        self.batch = batch
        self.count = 0
        self.elapsed = 0.0

    def __iter__(self) -> Iterator[int]:
        self.count = 0
        start = time.perf_counter()
        while True:
            yield self.batch
            self.count += self.batch
            self.elapsed = time.perf_counter() - start
            if self.elapsed >= self.duration:
                return

    @property
    def rate(self) -> float:
        """Operations per second."""
        return self.count / self.elapsed

    @property
    def micros(self) -> float:
        """Microseconds per operation."""
        return self.elapsed / self.count * 1e6


class SwitchCounter(trio.abc.Instrument):
    """Counts trio task steps: each is one switch into a task by the scheduler."""

    def __init__(self) -> None:
        self.steps = 0

    def before_task_step(self, task: trio.lowlevel.Task) -> None:
        self.steps += 1
