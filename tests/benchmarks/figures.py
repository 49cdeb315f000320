"""Figures the benchmarks print, shared so that each is computed one way."""

from __future__ import annotations

import statistics


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile of `values` (inclusive method; one value is its own percentile)."""
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(pct) - 1]
