"""Packaging tests: the build's time and size are repeated in the terminal summary."""

import pytest

_REPORT: list[str] = []


@pytest.fixture(scope="session")
def build_report() -> list[str]:
    """Lines appended here are printed in a "packaging" section of the terminal summary."""
    return _REPORT


def pytest_terminal_summary(terminalreporter):
    if _REPORT:
        terminalreporter.section("packaging")
        for line in _REPORT:
            terminalreporter.write_line(line)
