"""Back-fill from Clockify's REST API, for when the listener was down.

`ClockifyClient` reads the workspace members (`GET /workspaces/{ws}/users`, with e-mails) and a
user's time entries (`GET /workspaces/{ws}/user/{id}/time-entries?start=&end=&page=&page-size=50
&hydrated=true`, pages from 1 until a short page), authenticated by `X-Api-Key` (the secret
CLOCKIFY_API_KEY, or TIMEDESK_SECRET_CLOCKIFY_API_KEY). `backfill_period` feeds them through the
same rules as webhooks (timedesk.clockify.backfill): running it twice changes nothing.
The API key never reaches a message, a log line or an exception.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import quote

import requests

from timedesk.clockify.backfill import backfill_entries, import_members
from timedesk.clockify.config import ClockifyRules
from timedesk.db.database import Database
from timedesk.errors import TimedeskError, ValidationError
from timedesk.events.bus import EventBus
from timedesk.office import days_bounds, office_zone
from timedesk.retry import Backoff, retry_after_seconds

log = logging.getLogger(__name__)

PAGE_SIZE = 50
SECRET_NAME = "CLOCKIFY_API_KEY"
MAX_PAGES = 10_000  # a server that never sends a short page must not keep us here forever
# An answer that began and was cut off or stalled: worth asking again, unlike a refused address.
_DROPPED = (requests.exceptions.ChunkedEncodingError, requests.exceptions.ReadTimeout)
_BACKOFF = Backoff(0.5, cap=10.0)  # before the retries of a dropped answer or a 5xx: 0.5 s, 1 s..


class ClockifyApiError(TimedeskError):
    """Clockify's REST API refused, failed or could not be reached."""

    code = "clockify_api"
    http_status = 502
    exit_code = 6


class ClockifyClient:
    def __init__(self, api_key: str, base_url: str, *, timeout_s: float = 30.0,
                 http: requests.Session | None = None, retries: int = 3) -> None:
        if not api_key:
            raise ValidationError("no Clockify API key is set.",
                                  "Create one in Clockify (Profile settings > API) and store it: "
                                  "`timedesk secret set {secret_name}`.", secret_name=SECRET_NAME)
        self.base_url = base_url.rstrip("/")
        self.timeout_s = timeout_s
        self.retries = retries
        self.http = http or requests.Session()
        self.http.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def members(self, workspace_id: str) -> list[dict[str, Any]]:
        """Every member of the workspace: {id, name, email, status, ...}."""
        return list(self._pages(f"/workspaces/{quote(workspace_id, safe='')}/users", {}))

    def time_entries(self, workspace_id: str, user_id: str, since: datetime,
                     until: datetime) -> Iterator[dict[str, Any]]:
        """The user's entries starting in [since, until), hydrated (project/task/tag objects)."""
        params = {"start": _iso(since), "end": _iso(until), "hydrated": "true"}
        path = f"/workspaces/{quote(workspace_id, safe='')}/user/{quote(user_id, safe='')}"
        yield from self._pages(path + "/time-entries", params)

    def _pages(self, path: str, params: dict[str, str]) -> Iterator[dict[str, Any]]:
        for page in range(1, MAX_PAGES + 1):
            items = self._get(path, {**params, "page": str(page), "page-size": str(PAGE_SIZE)})
            if not isinstance(items, list):
                raise ClockifyApiError("Clockify answered {path} with something that is not a "
                                       "list.", "Check clockify.api_base_url.", path=path)
            yield from (item for item in items if isinstance(item, dict))
            if len(items) < PAGE_SIZE:
                return

    def _get(self, path: str, params: dict[str, str]) -> Any:
        url = self.base_url + path
        for attempt in range(1, self.retries + 1):
            try:
                answer = self.http.get(url, params=params, timeout=self.timeout_s)
            except _DROPPED as exc:  # the answer began and was cut (or stalled): ask again
                if attempt < self.retries:
                    time.sleep(_BACKOFF.delay(attempt))
                    continue
                raise ClockifyApiError(
                    "the connection to Clockify dropped while reading {path} "
                    "({error_type}), {attempt} tries.",
                    "Try again later; if it keeps happening, check the network or proxy "
                    "between this computer and Clockify.",
                    path=path, error_type=type(exc).__name__, attempt=attempt) from None
            except requests.RequestException as exc:
                raise ClockifyApiError(
                    "cannot reach Clockify at {base_url} ({error_type}).",
                    "Check the network connection and clockify.api_base_url.",
                    base_url=self.base_url, error_type=type(exc).__name__) from None
            if answer.status_code == 429 and attempt < self.retries:  # rate limit: wait, again
                time.sleep(_retry_after(answer))
                continue
            if answer.status_code >= 500 and attempt < self.retries:
                time.sleep(_BACKOFF.delay(attempt))
                continue
            _raise_for(answer, path)
            try:
                return answer.json()
            except ValueError:
                raise ClockifyApiError("Clockify answered {path} with invalid JSON.",
                                       "Check clockify.api_base_url.", path=path) from None
        raise AssertionError("unreachable")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _retry_after(answer: requests.Response) -> float:
    """A 429's wait: what Retry-After says (0.1-10 s); 1 s when it says nothing usable."""
    wait = retry_after_seconds(answer.headers.get("Retry-After"), cap=10.0, floor=0.1)
    return 1.0 if wait is None else wait


def _raise_for(answer: requests.Response, path: str) -> None:
    status = answer.status_code
    if status < 400:
        return
    if status == 401:
        raise ClockifyApiError("Clockify refused the API key (401).",
                               "Store a valid key: `timedesk secret set {secret_name}` "
                               "(Clockify: Profile settings > API).", secret_name=SECRET_NAME)
    if status == 403:
        raise ClockifyApiError("the API key may not read this workspace (403).",
                               "Use the key of a workspace owner or admin, and check "
                               "clockify.workspace_id.")
    if status == 404:
        raise ClockifyApiError("Clockify does not know {path} (404).",
                               "Check clockify.workspace_id and the user id.", path=path)
    raise ClockifyApiError("Clockify answered {path} with HTTP {status}.",
                           "Try again later.", path=path, status=status)


@dataclass
class BackfillReport:
    users: int = 0
    entries: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    invalid: list[str] = field(default_factory=list)


def backfill_period(db: Database, bus: EventBus, settings: Any, secrets: Any, *,
                    start: date, end: date, user: str | None = None,
                    client: ClockifyClient | None = None) -> BackfillReport:
    """Import the members, then the entries that start in start..end (whole days of the
    office's zone) of every member, or of the one given by Clockify id or e-mail."""
    if start > end:
        raise ValidationError("the back-fill period starts ({start}) after it ends ({end}).",
                              "Give a start on or before the end.", start=start, end=end)
    workspace = settings["clockify.workspace_id"].strip()
    if not workspace:
        raise ValidationError("the Clockify workspace id is not set (clockify.workspace_id).",
                              "Set it: `timedesk config set clockify.workspace_id ID` (the id "
                              "is in the address of the workspace settings in Clockify).")
    client = client or ClockifyClient(secrets.get(SECRET_NAME) or "",
                                      settings["clockify.api_base_url"],
                                      timeout_s=settings["clockify.api_timeout_s"])
    members = client.members(workspace)
    import_members(db, bus, members)
    by_id = {m["id"]: m for m in members if isinstance(m.get("id"), str)}
    wanted = list(by_id)
    if user is not None and user.strip():
        text = user.strip().lower()
        wanted = [i for i, m in by_id.items()
                  if i.lower() == text or str(m.get("email") or "").lower() == text]
        if not wanted:
            raise ValidationError("'{user}' is not a member of the Clockify workspace.",
                                  "Give a member's Clockify id or e-mail; `timedesk clockify "
                                  "users` lists those seen so far.", user=user[:80])
    since, until = days_bounds(start, end, office_zone(settings))
    rules = ClockifyRules.from_settings(settings)
    report = BackfillReport(users=len(wanted))
    for member_id in wanted:
        entries = list(client.time_entries(workspace, member_id, since, until))
        report.entries += len(entries)
        result = backfill_entries(db, bus, entries, rules=rules, members=by_id)
        for outcome, count in result.outcomes.items():
            report.outcomes[outcome] = report.outcomes.get(outcome, 0) + count
        report.invalid.extend(result.invalid)
        log.info("clockify back-fill: user %s, %d entries", member_id, len(entries))
    return report
