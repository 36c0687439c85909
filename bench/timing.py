"""Timing shared by the benchmarks: the fastest of several runs, least disturbed by other work."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_seconds(action: Callable[[], object], rounds: int = 5) -> float:
    """The fastest of ``rounds`` runs of ``action``, in seconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)
