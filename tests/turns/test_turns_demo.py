"""The Turns demo: services, desks with the demo desk clerk, and a day with turns to show."""

from __future__ import annotations

from timedesk.auth.permissions import Actor
from timedesk.demo import load_demo
from timedesk.turns import reads, setup


def test_the_demo_gives_every_turns_screen_something_to_show_and_is_idempotent(ctx):
    added = load_demo(ctx)
    assert any(line.startswith("turn service A") for line in added)
    assert [s.code for s in setup.list_services(ctx.db)] == ["A", "B", "C"]
    desks = {d.name: d for d in setup.list_desks(ctx.db)}
    assert desks["1"].service_codes == ("A", "B") and desks["1"].staff == ("mostrador1",)
    turns = reads.list_turns(ctx.db, ctx.settings, Actor.system("t")).items
    assert len(turns) == 6
    assert [t.number for t in reads.recent_calls(ctx.db)] == ["A001"]
    assert load_demo(ctx) == []  # nothing added twice
    assert len(reads.list_turns(ctx.db, ctx.settings, Actor.system("t")).items) == 6
