"""The working-time rules a manager edits, stored in the `punch_rules` table (migration p002
seeds the Spanish pack). Changes are audited and publish "punches.rules_changed"."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import Boolean, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from timedesk.audit.service import record
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.base import Base
from timedesk.db.database import Database
from timedesk.errors import NotFound
from timedesk.events.bus import EventBus
from timedesk.punches.rules import Rule


class PunchRule(Base):
    __tablename__ = "punch_rules"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    limit_s: Mapped[int] = mapped_column(Integer)
    after_s: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)


def _rule(row: PunchRule) -> Rule:
    return Rule(row.name, row.kind, row.limit_s, row.text, row.after_s, row.enabled)


def load_rules(session: Session) -> list[Rule]:
    """Every stored rule, by name (disabled ones too: they raise no flag)."""
    return [_rule(row) for row in session.scalars(select(PunchRule).order_by(PunchRule.name))]


def save_rule(db: Database, bus: EventBus, actor: Actor, rule: Rule) -> Rule:
    """Add a rule, or replace the one of that name (checked when `rule` was built)."""
    require(actor, Permission.PUNCHES_MANAGE)
    with db.session_factory.begin() as session:
        row = session.get(PunchRule, rule.name)
        before = asdict(_rule(row)) if row is not None else None
        if row is None:
            row = PunchRule(name=rule.name)
            session.add(row)
        row.kind, row.limit_s, row.after_s = rule.kind, rule.limit_s, rule.after_s
        row.text, row.enabled = rule.text, rule.enabled
        record(session, actor, "punches.rule_saved", "punch_rule", rule.name, before=before,
               after=asdict(rule))
        bus.publish(session, "punches.rules_changed", {"name": rule.name})
    return rule


def delete_rule(db: Database, bus: EventBus, actor: Actor, name: str) -> None:
    require(actor, Permission.PUNCHES_MANAGE)
    with db.session_factory.begin() as session:
        row = session.get(PunchRule, name)
        if row is None:
            raise NotFound("There is no working-time rule named '{name}'.",
                           "List the rules to see their names.", name=name[:40])
        record(session, actor, "punches.rule_deleted", "punch_rule", name,
               before=asdict(_rule(row)))
        session.delete(row)
        bus.publish(session, "punches.rules_changed", {"name": name})
