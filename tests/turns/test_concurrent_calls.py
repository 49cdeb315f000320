"""1,000 turns, 4 desks in 4 processes calling next 250 times each: every turn is called exactly
once and none is lost, on SQLite and on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from timedesk.auth.permissions import Actor
from timedesk.turns import setup
from timedesk.turns.models import Turn
from timedesk.turns.queue import TurnQueue

WORKER = Path(__file__).with_name("call_worker.py")
TURNS, DESKS = 1000, 4


@pytest.mark.slow
def test_four_processes_calling_next_call_every_turn_exactly_once(ctx, env, tmp_path):
    system = Actor.system("test")
    setup.add_service(ctx.db, ctx.bus, system, code="A", name="Registry")
    for desk in range(1, DESKS + 1):
        setup.add_desk(ctx.db, ctx.bus, system, name=str(desk), services=["A"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    issued = {queue.issue_turn(system, "A", priority=i % 10 == 0).id for i in range(TURNS)}
    outs = [tmp_path / f"desk{d}.txt" for d in range(1, DESKS + 1)]
    workers = [subprocess.Popen([sys.executable, str(WORKER), str(d), str(TURNS // DESKS), str(out)],
                                env=env, stderr=subprocess.PIPE, text=True)
               for d, out in zip(range(1, DESKS + 1), outs, strict=False)]
    for worker in workers:
        _, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
    called = [int(line) for out in outs for line in out.read_text().split()]
    assert len(called) == TURNS
    assert len(set(called)) == TURNS  # nobody called twice
    assert set(called) == issued  # nobody lost
    with ctx.db.session_factory() as session:
        statuses = session.scalars(select(Turn.status)).all()
    assert statuses.count("waiting") == 0
