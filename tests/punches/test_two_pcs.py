"""Two PCs punching the same person at the same instant: one wins, the other gets the refusal,
on SQLite and PostgreSQL (each thread is its own PC: its own Database, engine and connection)."""

from __future__ import annotations

import threading

from sqlalchemy import select

from timedesk.db.database import Database
from timedesk.errors import Conflict
from timedesk.punches.models import Punch
from timedesk.punches.service import PunchClock

ROUNDS = 6


def test_two_pcs_punching_at_once_one_wins_the_other_is_refused(ctx, ana, manager):
    pcs = [PunchClock(Database(_engine(ctx)), ctx.bus,
                      ctx.settings) for _ in range(2)]
    try:
        for round_ in range(ROUNDS):
            action = "in" if round_ % 2 == 0 else "out"
            barrier = threading.Barrier(2)
            results: list[object] = [None, None]

            def run(index: int, action: str = action, barrier: threading.Barrier = barrier,
                    results: list[object] = results) -> None:
                barrier.wait()
                try:
                    results[index] = pcs[index].punch(manager, ana.id, action)
                except Conflict as exc:
                    results[index] = exc

            threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=30)
            refused = [r for r in results if isinstance(r, Conflict)]
            assert len(refused) == 1, results
            word = "in" if action == "in" else "out"
            assert refused[0].message.startswith(f"Ana is already {word} since ")
        with ctx.db.session_factory() as session:
            actions = session.scalars(select(Punch.action).order_by(Punch.at, Punch.id)).all()
        assert actions == ["in", "out"] * (ROUNDS // 2)
    finally:
        for pc in pcs:
            pc.db.dispose()


def _engine(ctx):
    from timedesk.db.engine import make_engine

    return make_engine(ctx.db.engine.url)
