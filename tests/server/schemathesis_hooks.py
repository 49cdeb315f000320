"""Schemathesis hooks of test_openapi_schemathesis.py (loaded by `st` through
SCHEMATHESIS_HOOKS): the API's rules that join two fields, which JSON Schema cannot state.

A case that breaks one ('from' after 'to', a punch report longer than ten years, a session that ends before it starts) is not
generated, since the API rightly refuses it with a 400; nor is a correction of only one end of
a session, which is checked against the stored other end, nor a punch in the future (which
depends on when the case runs). Every other case is checked as the document says.
"""

from __future__ import annotations

from datetime import UTC, datetime

import schemathesis

from timedesk.errors import ValidationError
from timedesk.punches.sessions_service import MAX_RANGE_DAYS
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


def _days_apart(query: dict) -> int:
    start, end = _moment(query.get("from")), _moment(query.get("to"))
    return 0 if start is None or end is None else (end - start).days + 1


@schemathesis.hook
def filter_case(context, case) -> bool:
    query = case.query if isinstance(case.query, dict) else {}
    if "from" in query and "to" in query and not _in_order(
            query["from"], query["to"], whole_last_day=True, strict=True):
        return False  # "'from' must be before 'to'"
    if case.path.startswith("/api/v1/punches/") and _days_apart(query) > MAX_RANGE_DAYS:
        return False  # "the range has N days; at most 3660 are allowed"
    body = case.body if isinstance(case.body, dict) else {}
    if case.method.upper() == "PATCH" and ("start" in body) != ("end" in body):
        return False  # judged against the session's stored start or end
    punched_at = _moment(body["at"]) if "at" in body else None
    if punched_at is not None and punched_at > datetime.now(UTC):
        return False  # "a punch cannot be in the future": it depends on when the case runs
    if "start" in body and "end" in body and not _in_order(
            body["start"], body["end"], whole_last_day=False, strict=False):
        return False  # "the session ends before it starts"
    return True
