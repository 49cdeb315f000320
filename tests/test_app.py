from datetime import timedelta

from sqlalchemy import func, select

from timedesk.app import housekeeping
from timedesk.db.base import utcnow
from timedesk.events.models import EventRow


def test_housekeeping_at_start_up_drops_events_older_than_the_retention(ctx):
    old = utcnow() - timedelta(days=ctx.settings["events.retention_days"] + 1)
    with ctx.db.unit_of_work() as s:
        s.add_all([EventRow(topic="t", payload={}, origin="o", created_at=old) for _ in range(3)])
        s.add(EventRow(topic="t", payload={}, origin="o", created_at=utcnow()))
    housekeeping(ctx)
    with ctx.db.session_factory() as s:
        assert s.scalar(select(func.count(EventRow.id))) == 1
