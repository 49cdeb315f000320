"""Figures the benchmarks print, shared so that each is computed one way."""

from __future__ import annotations

import statistics
from pathlib import Path


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile of `values` (inclusive method; one value is its own percentile)."""
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(pct) - 1]


def peak_kib() -> int:
    """This process's peak resident memory in KiB (VmHWM in /proc/self/status: not ru_maxrss,
    which Linux carries over from the parent at exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")
