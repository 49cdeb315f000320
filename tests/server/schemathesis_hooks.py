"""Schemathesis hooks of test_openapi_schemathesis.py (loaded by `st` through
SCHEMATHESIS_HOOKS): the API's rules that join two fields, which JSON Schema cannot state.

A case that breaks one ('from' after 'to', a punch report longer than ten years, a session
that ends before it starts) is not generated, since the API rightly refuses it with a 400; nor
is a correction of only one end of a session, which is checked against the stored other end,
nor a punch in the future (which depends on when the case runs). Business hours are put right
instead (see _business_hours), and so are names of people and categories in tickets (see
_ticket_names): a well-formed name that names nobody is rightly refused with a 400. Every other
case is checked as the document says.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import schemathesis

from timedesk.errors import ValidationError
from timedesk.office.calendar import format_minutes, parse_minutes
from timedesk.office.service import check_timezone
from timedesk.punches.sessions_service import MAX_RANGE_DAYS
from timedesk.server.clockify.api_io import parse_moment

TICKET_REQUESTER = "schemathesis"  # a user the test makes: tickets are filed for them
_NAME_MAX = 80
_TIME = re.compile(r"(([01]?[0-9]|2[0-3]):[0-5][0-9]|24:00)")
_ZONE = re.compile(r"[A-Za-z0-9_+/-]*")


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


def _apart(pairs: list) -> list:
    """The well-formed [start, end] pairs in order, without those that overlap a kept one;
    any other item stays (it breaks the document on purpose)."""
    kept, taken = [], []
    for pair in pairs:
        if not (isinstance(pair, list) and len(pair) == 2
                and all(isinstance(t, str) and _TIME.fullmatch(t) for t in pair)):
            kept.append(pair)
            continue
        start, end = sorted(parse_minutes(t) for t in pair)
        if start == end or any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        kept.append([format_minutes(start), format_minutes(end)])
    return kept


def _business_hours(body: dict) -> None:
    """Generated business hours break at random the rules JSON Schema cannot state (intervals
    in order and apart, a known zone, each date once): those parts are put right in place
    (filtering such cases out would leave too few), every schema violation stays as it was."""
    week = body.get("week")
    if isinstance(week, dict):
        for key, pairs in week.items():
            if isinstance(pairs, list):
                week[key] = _apart(pairs)
    zone = body.get("timezone")
    if isinstance(zone, str) and len(zone) <= 64 and _ZONE.fullmatch(zone):
        try:
            check_timezone(zone)
        except ValidationError:
            body["timezone"] = ""
    holidays = body.get("holidays")
    if isinstance(holidays, list):
        seen, kept = set(), []
        for item in holidays:
            plain = (isinstance(item, dict) and set(item) == {"date", "name"}
                     and isinstance(item["date"], str))
            if plain and item["date"] in seen:
                continue
            if plain:
                seen.add(item["date"])
            kept.append(item)
        body["holidays"] = kept


def _well_formed_name(value, *, in_query: bool = False) -> bool:
    """A name as the document allows it (which the API then looks up): in a JSON body any
    text without NUL, in a query without control characters."""
    if not isinstance(value, str) or len(value) > _NAME_MAX:
        return False
    if in_query:
        return not any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value)
    return "\x00" not in value


def _ticket_names(case) -> None:
    """Names the document allows but that name nobody here are replaced: the requester by
    the test's user, a category or assignee by none (null); filters by names are left out.
    A malformed name stays as it is (the case breaks the document on purpose). An attached
    file's bytes become text: which bytes are of an accepted kind is told by the content."""
    body = case.body if isinstance(case.body, dict) else None
    if body is not None and case.method.upper() == "POST" and case.path == "/api/v1/tickets":
        if body.get("requester") is None or _well_formed_name(body["requester"]):
            body["requester"] = TICKET_REQUESTER
    if body is not None and case.method.upper() in ("POST", "PATCH"):
        for key in ("category", "assignee"):
            if key in body and _well_formed_name(body[key]):
                body[key] = None
    if body is not None and case.path.endswith("/attachments") and \
            isinstance(body.get("file"), (bytes, str)):
        body["file"] = b"a text file, a kind tickets accept\n"  # random bytes are refused (415)
    if isinstance(case.query, dict):
        for key in ("category", "assignee", "requester"):
            if key in case.query and _well_formed_name(case.query[key], in_query=True):
                del case.query[key]


@schemathesis.hook
def map_case(context, case):
    if case.path == "/api/v1/business-hours" and isinstance(case.body, dict):
        _business_hours(case.body)
    if case.path.startswith("/api/v1/tickets"):
        _ticket_names(case)
    return case


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
    filed_at = _moment(body["created_at"]) if "created_at" in body else None
    if filed_at is not None and filed_at > datetime.now(UTC):
        return False  # "created_at ... is in the future", as above
    if case.path.startswith("/api/v1/tickets/") and body.get("status") == "assigned" \
            and body.get("assignee") is None:
        return False  # "a ticket is 'assigned' only with an assignee" (names are cleared)
    if "start" in body and "end" in body and not _in_order(
            body["start"], body["end"], whole_last_day=False, strict=False):
        return False  # "the session ends before it starts"
    return True
