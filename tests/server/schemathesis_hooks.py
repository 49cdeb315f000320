"""Schemathesis hooks of test_openapi_schemathesis.py (loaded by `st` through
SCHEMATHESIS_HOOKS): the API's rules that join two fields, which JSON Schema cannot state.

A case that breaks one ('from' after 'to', a session that ends before it starts) is not
generated, since the API rightly refuses it with a 400; nor is a correction of only one end of
a session, which is checked against the stored other end, nor a punch in the future (which
depends on when the case runs). Every other case is checked as the document says.
"""

from __future__ import annotations

from datetime import UTC, datetime

import schemathesis

from timedesk.errors import ValidationError
from timedesk.office.service import business_hours_from_json
from timedesk.server.clockify.api_io import parse_moment


def _moment(value, *, end_of_day: bool = False) -> datetime | None:
    try:
        return parse_moment(str(value), "value", end_of_day=end_of_day).replace(microsecond=0)
    except (ValidationError, TypeError):
        return None  # not a moment: the document's own types decide


def _in_order(first, last, *, whole_last_day: bool, strict: bool) -> bool:
    start, end = _moment(first), _moment(last, end_of_day=whole_last_day)
    if start is None or end is None:
        return True
    return start < end if strict else start <= end


def _business_hours(body) -> bool:
    try:
        business_hours_from_json(body)
    except ValidationError:
        return False
    return True


@schemathesis.hook
def filter_case(context, case) -> bool:
    query = case.query if isinstance(case.query, dict) else {}
    if "from" in query and "to" in query and not _in_order(
            query["from"], query["to"], whole_last_day=True, strict=True):
        return False  # "'from' must be before 'to'"
    body = case.body if isinstance(case.body, dict) else {}
    if case.method.upper() == "PATCH" and ("start" in body) != ("end" in body):
        return False  # judged against the session's stored start or end
    punched_at = _moment(body["at"]) if "at" in body else None
    if punched_at is not None and punched_at > datetime.now(UTC):
        return False  # "a punch cannot be in the future": it depends on when the case runs
    if case.path == "/api/v1/business-hours" and not _business_hours(body):
        return False  # overlapping or backward intervals, an unknown zone, a date twice
    if "start" in body and "end" in body and not _in_order(
            body["start"], body["end"], whole_last_day=False, strict=False):
        return False  # "the session ends before it starts"
    return True
