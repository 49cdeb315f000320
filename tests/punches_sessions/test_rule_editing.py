"""Working-time rules are data: seeded with the Spanish pack, edited by a manager, and what the
sessions flag follows the stored rules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from support import SYSTEM, add_employee, add_punches, in_madrid, local, sessions_of

from timedesk.auth.permissions import Actor, Role
from timedesk.errors import NotFound, PermissionDenied, ValidationError
from timedesk.punches.rules import Rule
from timedesk.punches.rules_store import delete_rule, load_rules, save_rule

DAY = date(2026, 12, 1)
NOW = local(date(2026, 12, 3), 12)


def rules(ctx):
    with ctx.db.session_factory() as session:
        return {rule.name: rule for rule in load_rules(session)}


def test_the_spanish_pack_is_stored_with_its_texts(ctx):
    stored = rules(ctx)
    assert sorted(stored) == ["break_15min", "max_9h", "rest_12h"]
    assert stored["max_9h"].limit_s == 9 * 3600 and "art. 34" in stored["max_9h"].text
    assert (stored["break_15min"].after_s, stored["break_15min"].limit_s) == (6 * 3600, 900)


def test_a_disabled_rule_raises_no_flag_and_a_new_rule_does(ctx):
    in_madrid(ctx)
    ana = add_employee(ctx.db)
    add_punches(ctx.db, ana, ("in", local(DAY, 8)), ("break_start", local(DAY, 12)),
                ("break_end", local(DAY, 12, 30)), ("out", local(DAY, 18)))
    assert "rule:max_9h" in sessions_of(ctx, DAY, now=NOW)[0].flags
    max_9h = rules(ctx)["max_9h"]
    save_rule(ctx.db, ctx.bus, SYSTEM, Rule(max_9h.name, max_9h.kind, max_9h.limit_s,
                                            max_9h.text, enabled=False))
    save_rule(ctx.db, ctx.bus, SYSTEM, Rule("max_8h", "max_worked", 8 * 3600,
                                            "Convenio: 8 horas al día"))
    [work] = sessions_of(ctx, DAY, now=NOW)
    assert "rule:max_9h" not in work.flags and "rule:max_8h" in work.flags
    delete_rule(ctx.db, ctx.bus, SYSTEM, "max_8h")
    assert "rule:max_8h" not in sessions_of(ctx, DAY, now=NOW)[0].flags


def test_only_punches_managers_edit_rules_and_bad_rules_are_refused(ctx):
    staff = Actor("user", "ana", Role.STAFF, id=3)
    with pytest.raises(PermissionDenied):
        save_rule(ctx.db, ctx.bus, staff, Rule("x", "max_worked", 60, "x"))
    with pytest.raises(ValidationError, match="kind"):
        Rule("x", "longest_lunch", 60, "x")
    with pytest.raises(ValidationError, match="no text"):
        Rule("x", "max_worked", 60, " ")
    with pytest.raises(ValidationError, match="out of range"):
        Rule("x", "min_rest", int(timedelta(days=8).total_seconds()), "x")
    with pytest.raises(NotFound):
        delete_rule(ctx.db, ctx.bus, SYSTEM, "nothing")
    assert sorted(rules(ctx)) == ["break_15min", "max_9h", "rest_12h"]
