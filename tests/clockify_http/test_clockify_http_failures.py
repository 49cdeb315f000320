"""How failed processings are told (security review LOW-8) and implausible times refused
(LOW-2), through a real listener: the error log, the API and the log file name the failure by
its class and the driver's first line, never by SQLAlchemy's text with the SQL and its
parameters; a time years away is a payload error, kept failed like any unreadable body."""

from datetime import UTC, datetime, timedelta

import pytest
from clockify_http_helpers import VIEWER, error_rows, iso, processed, send, sessions, variant

from timedesk.clockify import inbox


async def test_a_database_refusal_is_told_without_its_sql_or_parameters(
        url, http, db, webhook_token, bearer, caplog):
    if db.backend != "postgresql":
        pytest.skip("SQLite stores a 5000-character text in a VARCHAR(64)")
    long_id = "u" * 5000
    status, answer = await send(http, url, webhook_token("TIMER_STOPPED"), "TIMER_STOPPED",
                                variant(userId=long_id, user={"id": long_id, "name": "x"}))
    assert status == 200
    assert await processed(db, answer["delivery_id"]) == ["failed"]
    error = inbox.get_delivery(db, VIEWER, answer["delivery_id"]).error
    assert error == "DataError: value too long for type character varying(64)"
    async with http.get(url + "/api/v1/clockify/error-log", headers=bearer(),
                        params={"reason": "processing_failed"}) as response:
        listed = (await response.json())["data"]
    assert [row["detail"] for row in listed] == [error]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert error in logged
    for leak in ("INSERT", "SQL", "parameters", long_id):
        assert leak not in logged and leak not in error


@pytest.mark.parametrize("field,when", [
    ("timeInterval.start", datetime(1999, 1, 4, 8, 0, tzinfo=UTC)),
    ("timeInterval.end", datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)),
    ("timeInterval.end", datetime.now(UTC) + timedelta(days=6 * 365)),
])
async def test_a_time_years_away_is_a_payload_error_kept_failed(field, when, url, http, db,
                                                                webhook_token):
    body = variant(start=datetime.now(UTC) - timedelta(hours=2))
    if field.endswith("start"):
        body["timeInterval"]["start"] = iso(when)
    body["timeInterval"]["end"] = iso(when)
    status, answer = await send(http, url, webhook_token("TIMER_STOPPED"), "TIMER_STOPPED",
                                body)
    assert status == 200
    assert await processed(db, answer["delivery_id"]) == ["failed"]
    error = inbox.get_delivery(db, VIEWER, answer["delivery_id"]).error
    assert error.startswith(f"PayloadError: time entry {field}:") and "plausible" in error
    assert sessions(db) == 0 and [r.reason for r in error_rows(db)] == ["processing_failed"]


async def test_a_year_1_time_with_an_offset_is_a_payload_error(url, http, db, webhook_token):
    body = variant()
    body["timeInterval"]["start"] = "0001-01-01T00:00:00+05:00"
    status, answer = await send(http, url, webhook_token("TIMER_STOPPED"), "TIMER_STOPPED",
                                body)
    assert await processed(db, answer["delivery_id"]) == ["failed"]
    assert "PayloadError: time entry timeInterval.start: out of range" in \
        inbox.get_delivery(db, VIEWER, answer["delivery_id"]).error
