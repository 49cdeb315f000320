"""Benchmarks print lines starting with "BENCH"; pytest captures the output of passing tests, so
those lines are also gathered here and repeated in a "benchmarks" section of the terminal
summary: the figures show in every run of the suite (CI included), not only with `-s`."""

from __future__ import annotations

import pytest

_LINES: list[str] = []


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        _LINES.extend(line.strip() for line in report.capstdout.splitlines()
                      if line.strip().startswith("BENCH"))


def pytest_terminal_summary(terminalreporter):
    if _LINES:
        terminalreporter.section("benchmarks")
        for line in _LINES:
            terminalreporter.write_line(line)
