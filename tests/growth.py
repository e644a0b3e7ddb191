"""Linear time, checked by growth: the best CPU time of a small and a four-times-larger input.

A shared machine's noise (seen up to 1.5x between runs of one input, 2.9x once in CI with a
doubled input, 7x once with a 2 ms run) must not be read as growth, so:
- each run is timed in CPU seconds with the cyclic collector off (it runs at moments that depend
  on what ran before, not on the input's cost);
- the small and large runs are interleaved and the best of each is kept;
- a round that misses the bound is followed by more, up to `rounds`: noise fades with more runs,
  a quadratic cost (16x for four times the input) does not;
- a run is never taken as shorter than `floor` seconds, so timer noise on a run of a few
  milliseconds is not a ratio.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

GROWTH = 1.5  # the slack over linear growth: 6x for four times the input (6 = 4 ** 1.29)


def cpu_seconds(work: Callable[[], object]) -> float:
    """CPU seconds `work()` takes, with the cyclic collector off."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        work()
        return time.process_time() - started
    finally:
        gc.enable()


def best_times(
    small: Callable[[], float],
    large: Callable[[], float],
    limit: float,
    *,
    runs: int = 5,
    rounds: int = 3,
    floor: float = 1e-4,
) -> tuple[float, float, float]:
    """The best of interleaved `small()` and `large()` (each returns the seconds it measured)
    and their ratio, after as many rounds as it takes to come within `limit` (at most
    `rounds`)."""
    a = b = float("inf")
    for _ in range(rounds):
        for _ in range(runs):
            a = min(a, small())
            b = min(b, large())
        if b / max(a, floor) <= limit:
            break
    return a, b, b / max(a, floor)
