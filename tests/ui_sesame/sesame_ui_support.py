"""Helpers of the Sesame screen tests: the fake Sesame server of tests/sesame (put on sys.path
by conftest) with its sample company, and ways to make it refuse, slow down or grow."""

from __future__ import annotations

from datetime import date

from fake_sesame import COMPANY as _COMPANY
from fake_sesame import TOKEN, FakeSesame, many_entries, sample_company

__all__ = ["COMPANY", "EMPLOYEES", "MONTH", "TOKEN", "grow", "refuse_token", "slow_down",
           "start_fake", "stop_fake", "unlicensed"]

COMPANY = _COMPANY["name"]
MONTH = date(2026, 3, 1)  # the sample company's entries are in the first week of March 2026
EMPLOYEES = ("Ana Álvarez", "Bruno Benítez", "Carla Castro", "Darío Díaz")


def start_fake() -> FakeSesame:
    return sample_company(FakeSesame()).start()


def stop_fake(server: FakeSesame) -> None:
    server.stop()


def refuse_token(server: FakeSesame) -> None:
    """Sesame answers 401 from now on (a revoked token)."""
    server.token = "another-token-the-company-made-later"


def unlicensed(server: FakeSesame) -> None:
    """The company has no API add-on: 403 forbidden_access_permission everywhere."""
    for path in ("/core/v3/info", "/core/v3/employees", "/schedule/v1/work-entries"):
        server.answer(path, 403)


def slow_down(server: FakeSesame, seconds: float) -> None:
    """Every answer waits `seconds` first."""
    server.latency = seconds


def grow(server: FakeSesame, entries: int) -> None:
    """Replace the company's staff and entries by `entries` one-hour entries from
    1 January 2026 on (many pages with a small sesame.page_size)."""
    many_entries(server, entries, people=10, first_day=date(2026, 1, 1))
