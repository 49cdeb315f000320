"""Runs `python -m timedesk ...` as real processes for tests/cli/test_every_verb.py: homes on
both engines (fresh or with `timedesk demo` loaded), cases of steps run concurrently, results
kept for the parametrised tests (importable by name: tests/ has no packages)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

POSTGRES_URL = os.environ.get("TIMEDESK_TEST_POSTGRES_URL", "")
WORKERS = 3  # processes at a time: the machine has 2 cores, the database waits leave room
STEP_TIMEOUT_S = 120


@dataclass(frozen=True)
class Step:
    """One process: its arguments (or a function of the earlier steps' results), what it reads
    on stdin, the exit code and the text it must print (stdout when 0, the one stderr line
    otherwise)."""

    argv: Sequence[str] | Callable[[list[subprocess.CompletedProcess]], Sequence[str]]
    rc: int = 0
    says: str = ""
    stdin: str = ""


@dataclass(frozen=True)
class Case:
    name: str
    steps: tuple[Step, ...]
    kinds: tuple[str, ...] = ("fresh", "demo")
    env: dict[str, str] = field(default_factory=dict)
    own_home: bool = False  # changes what every other case sees (demo on a fresh database)


def base_environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("TIMEDESK_") or k.startswith("TIMEDESK_TEST_")}
    env.update(QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
               PYTHONPATH=os.pathsep.join(p for p in (str(Path(__file__).parents[2]),
                                                      env.get("PYTHONPATH", "")) if p))
    return env


class Home:
    """A TIMEDESK_HOME and its database (the SQLite file inside it, or a PostgreSQL schema)."""

    def __init__(self, root: Path, engine: str) -> None:
        self.root, self.engine, self.schema = root, engine, None
        root.mkdir(parents=True, exist_ok=True)
        self.env = base_environment() | {"TIMEDESK_HOME": str(root)}
        if engine == "postgresql":
            self.schema = "v_" + uuid.uuid4().hex[:12]
            with _admin_engine().begin() as conn:
                conn.execute(sa.text(f'CREATE SCHEMA "{self.schema}"'))
            url = _admin_url().update_query_dict({"options": f"-csearch_path={self.schema}"})
            self.env["TIMEDESK_DATABASE_URL"] = url.render_as_string(hide_password=False)

    def run(self, argv: Sequence[str], stdin: str = "", env: dict[str, str] | None = None,
            timeout: float = STEP_TIMEOUT_S) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "timedesk", *argv], input=stdin,
                              env=self.env | (env or {}), capture_output=True, text=True,
                              encoding="utf-8", timeout=timeout, cwd=self.root)

    def drop(self) -> None:
        if self.schema:
            with _admin_engine().begin() as conn:
                conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE'))


@contextmanager
def running(home: Home, argv: Sequence[str]) -> Iterator[subprocess.Popen]:
    """A verb that keeps running (serve, display): must stop with code 0 on SIGTERM at the end
    of the block, without a traceback."""
    child = subprocess.Popen([sys.executable, "-m", "timedesk", *argv], env=home.env,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=home.root)
    try:
        yield child
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=20) == 0, child.stderr.read()
    finally:
        child.kill()
        child.wait()
    assert "Traceback" not in child.stderr.read()


def _admin_url() -> sa.URL:
    from timedesk.db.engine import resolve_url

    return resolve_url(POSTGRES_URL, Path("unused"))


def _admin_engine() -> sa.Engine:
    return sa.create_engine(_admin_url(), poolclass=sa.pool.NullPool)


def prepare(home: Home, kind: str) -> None:
    """A fresh home has the schema only; a demo home has `timedesk demo` loaded."""
    result = home.run(["demo"] if kind == "demo" else ["db", "upgrade"])
    assert result.returncode == 0, result.stderr


def fill(template: str, home: Home, case: Case) -> str:
    tag = re.sub(r"[^a-z0-9]", "", case.name.lower())[:20]
    return template.replace("{home}", str(home.root)).replace("{tag}", tag)


def run_case(home: Home, case: Case) -> list[subprocess.CompletedProcess]:
    """The steps of one case in order; stops at the first step that did not do as expected."""
    results: list[subprocess.CompletedProcess] = []
    for step in case.steps:
        argv = step.argv(results) if callable(step.argv) else step.argv
        argv = [fill(a, home, case) for a in argv]
        result = home.run(argv, fill(step.stdin, home, case), case.env)
        results.append(result)
        if not matches(step, result, home, case):
            break
    return results


def matches(step: Step, result: subprocess.CompletedProcess, home: Home, case: Case) -> bool:
    says = fill(step.says, home, case)
    if result.returncode != step.rc or "Traceback" in result.stderr:
        return False
    if step.rc == 0:
        return says in result.stdout
    return (result.stderr.startswith("timedesk: ") and result.stderr.count("\n") == 1
            and says in result.stderr)


def run_cases(home: Home, cases: list[Case]) -> dict[str, list[subprocess.CompletedProcess]]:
    with ThreadPoolExecutor(WORKERS) as pool:
        futures = {case.name: pool.submit(run_case, home, case) for case in cases}
        return {name: future.result() for name, future in futures.items()}


def explain(case: Case, results: list[subprocess.CompletedProcess]) -> str:
    lines = []
    for step, result in zip(case.steps, results, strict=False):
        lines.append(f"$ timedesk {' '.join(result.args[3:])}  -> rc {result.returncode} "
                     f"(expected {step.rc}, saying {step.says!r})\n"
                     f"stdout: {result.stdout[-800:]}\nstderr: {result.stderr[-1500:]}")
    return "\n".join(lines)
