"""UTCDateTime: aware datetimes in, aware UTC datetimes out, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import StatementError

from timedesk.db.base import UTCDateTime, utcnow

MADRID_SUMMER = timezone(timedelta(hours=2))
metadata = sa.MetaData()
stamps = sa.Table("test_stamps", metadata,
                  sa.Column("id", sa.Integer, primary_key=True),
                  sa.Column("at", UTCDateTime, nullable=True))


@pytest.fixture
def engine(db):
    metadata.create_all(db.engine)
    yield db.engine
    metadata.drop_all(db.engine)


def store(engine, value) -> datetime | None:
    with engine.begin() as conn:
        new_id = conn.execute(stamps.insert().values(at=value)).inserted_primary_key[0]
    with engine.connect() as conn:
        return conn.execute(sa.select(stamps.c.at).where(stamps.c.id == new_id)).scalar_one()


def test_an_aware_datetime_comes_back_as_the_same_instant_in_utc(engine):
    punched = datetime(2026, 7, 1, 9, 30, 15, 123456, tzinfo=MADRID_SUMMER)
    back = store(engine, punched)
    assert back == punched
    assert back.tzinfo == UTC
    assert (back.hour, back.minute, back.microsecond) == (7, 30, 123456)


def test_utc_in_is_utc_out(engine):
    now = utcnow()
    assert now.tzinfo is UTC
    assert store(engine, now) == now


def test_a_naive_datetime_is_refused_and_nothing_is_written(engine):
    with pytest.raises(StatementError, match="naive datetime given"):
        store(engine, datetime(2026, 7, 1, 9, 30))
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(stamps)).scalar() == 0


def test_null_stays_null(engine):
    assert store(engine, None) is None


def test_the_database_holds_the_utc_instant(engine):
    store(engine, datetime(2026, 1, 15, 18, 0, tzinfo=timezone(timedelta(hours=-5))))
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":  # no zone type: the UTC wall time as text
            raw = conn.exec_driver_sql("SELECT at FROM test_stamps").scalar()
            assert raw.startswith("2026-01-15 23:00:00")
        else:
            raw = conn.exec_driver_sql("SELECT at AT TIME ZONE 'UTC' FROM test_stamps").scalar()
            assert raw == datetime(2026, 1, 15, 23, 0)
