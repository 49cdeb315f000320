"""Every `timedesk` verb runs as a real process (`python -m timedesk ...`) on a fresh and on a
demo database, on SQLite and PostgreSQL: a process loads only what its own imports load, so a
verb that works only when another module happened to import a model fails here (MEDIUM-3), and
bad input (edge dates, huge ids, NUL) must be one line with the README's exit code (LOW-2).

The cases of one home run concurrently (verb_runner.WORKERS processes at a time), once per
session; each parametrised test then checks its own case's results.
"""

from __future__ import annotations

import re
import time

import pytest
import requests
from verb_cases import CASES, LONG_RUNNING
from verb_runner import POSTGRES_URL, Home, explain, matches, prepare, run_cases, running

from timedesk.cli import build_parser

ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
KINDS = ["fresh", "demo"]


class Homes:
    """One home per (engine, kind), its cases run on first use; cases with `own_home` get one
    of their own."""

    def __init__(self, factory) -> None:
        self.factory, self.homes, self.results = factory, {}, {}

    def home(self, engine: str, kind: str, name: str = "shared") -> Home:
        key = (engine, kind, name)
        if key not in self.homes:
            if engine == "postgresql" and not POSTGRES_URL:
                pytest.skip("TIMEDESK_TEST_POSTGRES_URL is not set")
            home = Home(self.factory.mktemp(f"{engine}-{kind}-{name}".replace(" ", "_")), engine)
            self.homes[key] = home
            if name == "shared":
                prepare(home, kind)
        return self.homes[key]

    def outcome(self, engine: str, kind: str, case):
        key = (engine, kind)
        if key not in self.results:
            shared = [c for c in CASES if kind in c.kinds and not c.own_home]
            self.results[key] = run_cases(self.home(engine, kind), shared)
        if case.own_home:
            home = self.home(engine, kind, case.name)
            if kind == "demo":
                prepare(home, kind)
            return home, run_cases(home, [case])[case.name]
        return self.homes[(engine, kind, "shared")], self.results[key][case.name]

    def drop(self) -> None:
        for home in self.homes.values():
            home.drop()


@pytest.fixture(scope="session")
def homes(tmp_path_factory):
    registry = Homes(tmp_path_factory)
    yield registry
    registry.drop()


def _params():
    for case in CASES:
        for kind in KINDS:
            if kind in case.kinds:
                yield pytest.param(case, kind, id=f"{case.name}-{kind}")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("case", "kind"), list(_params()))
def test_verb_runs_as_a_process(homes, engine, case, kind):
    home, results = homes.outcome(engine, kind, case)
    assert len(results) == len(case.steps), explain(case, results)
    for step, result in zip(case.steps, results, strict=False):
        assert matches(step, result, home, case), explain(case, results)


def _leaf_verbs(parser, prefix=()) -> set[tuple[str, ...]]:
    verbs: set[tuple[str, ...]] = set()
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                verbs |= _leaf_verbs(sub, (*prefix, name)) or {(*prefix, name)}
    return verbs


def test_every_verb_of_the_help_has_a_case():
    tried = {tuple(step.argv[:3]) for case in CASES for step in case.steps
             if not callable(step.argv)}
    missing = [verb for verb in _leaf_verbs(build_parser())
               if verb[0] not in LONG_RUNNING
               and not any(t[:len(verb)] == verb for t in tried)]
    assert not missing, missing


# ---- the verbs that keep running: started, seen working, stopped ---------------------------
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("kind", KINDS)
def test_serve_prints_listening_answers_health_and_stops(homes, engine, kind):
    with running(homes.home(engine, kind), ["serve", "--port", "0"]) as child:
        line = child.stdout.readline()
        match = re.match(r"^listening on (http://127\.0\.0\.1:\d+)$", line.strip())
        assert match, (line, child.stderr.read() if child.poll() is not None else "")
        assert requests.get(match.group(1) + "/health", timeout=10).json()["status"] == "ok"


@pytest.mark.parametrize("engine", ENGINES)
def test_display_shows_itself_and_stops_on_sigterm(homes, engine):
    home = homes.home(engine, "demo")
    log = home.root / "logs" / "timedesk.log"
    shown = f"lobby display 'verbs-{engine}' shown"
    with running(home, ["display", "--windowed", "--name", f"verbs-{engine}"]) as child:
        deadline = time.monotonic() + 60
        while shown not in log.read_text(encoding="utf-8") and time.monotonic() < deadline:
            assert child.poll() is None, child.stderr.read()
            time.sleep(0.2)
        assert shown in log.read_text(encoding="utf-8")


@pytest.mark.parametrize("argv", [["--self-test"], ["gui", "--self-test"]])
def test_the_window_self_test_runs_as_a_process(homes, argv):
    home = homes.home("sqlite", "fresh")
    result = home.run(argv, timeout=180)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("self-test ok: main window shown in "), result.stdout
