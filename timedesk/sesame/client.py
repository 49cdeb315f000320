"""Sesame Time's public API over HTTPS: one `requests.Session`, Bearer token, JSON envelopes.

Lists are read page by page up to `meta.lastPage` (never "until a short page"): page 1 first,
then the remaining pages concurrently on a bounded thread pool, every request through one
company-wide token bucket (`requests_per_minute`; Sesame allows 1,000 per company, shared by all
its tokens). A 429 waits `Retry-After` seconds when sent, else backs off exponentially; 5xx
answers, timeouts and dropped connections are retried `retries` times; a page that still fails
raises SesamePageFailed for the whole call, never a partial list. `progress.check()` runs
between pages, so Cancel stops the call at once (requests in flight finish in the background
and are thrown away). The token never reaches a message, a log line or an exception.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote, urlsplit

import requests
from requests.adapters import HTTPAdapter

from timedesk.errors import ValidationError
from timedesk.jobs import JobCancelled, Progress
from timedesk.logs import redact_value
from timedesk.retry import Backoff
from timedesk.sesame.errors import (
    CHECK_URL,
    DROPPED_HINT,
    MAX_WAIT_S,
    RetryableFailure,
    SesameAuthError,
    SesameConnectionDropped,
    SesamePageFailed,
    SesameTimeout,
    SesameUnexpectedAnswer,
    SesameUnreachable,
    check_answer,
    connection_cause,
    connection_dropped,
    connection_is_hopeless,
)

log = logging.getLogger(__name__)

REGIONS = ("eu1", "eu2", "eu3", "eu4", "eu5", "br1", "br2", "mx1", "demo1")
_REGION_RE = re.compile(r"^[a-z]+[0-9]*$")
MAX_PAGES = 20_000  # 10 million entries at 500 a page: more is a broken answer
RATE_LIMIT_RETRIES = 10  # 429s tolerated per request, on top of `retries`
_POLL_S = 0.05  # how often waits look at Cancel
BACKOFF_S = 0.5  # first wait after a failure; doubled at each retry


def base_url_for(region: str, override: str = "") -> str:
    """`https://api-{region}.sesametime.com`, or the override (a proxy, tests) when given."""
    if override and override.strip():
        url = override.strip().rstrip("/")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValidationError("the Sesame base URL '{url}' is not an http(s) address.",
                                  "Give one like https://api-eu1.sesametime.com, or leave "
                                  "sesame.base_url empty to use the region.", url=url[:100])
        return url
    code = (region or "").strip().lower()
    if not _REGION_RE.match(code) or len(code) > 20:
        raise ValidationError("'{value}' is not a Sesame region code.",
                              "Give the code in your Sesame page's address, e.g. {regions}.",
                              value=(region or '')[:40], regions=', '.join(REGIONS))
    return f"https://api-{code}.sesametime.com"


@dataclass(frozen=True)
class CompanyInfo:
    id: str
    name: str


class RateLimiter:
    """A token bucket that never lets more than `per_minute` requests into any 60 s window:
    a burst of one second's share, then a steady refill of what is left of the minute."""

    def __init__(self, per_minute: int) -> None:
        per_minute = max(1, int(per_minute))
        self.capacity = max(1, per_minute // 60)
        self.rate = max(per_minute - self.capacity, 1) / 60.0  # tokens per second
        self._tokens = float(self.capacity)
        self._stamp = time.monotonic()
        self._lock = threading.Lock()

    def acquire(self, stop: threading.Event | None = None) -> None:
        """Take one token, waiting for it; JobCancelled if `stop` is set meanwhile."""
        while True:
            with self._lock:
                now = time.monotonic()
                self._tokens = min(self.capacity, self._tokens + (now - self._stamp) * self.rate)
                self._stamp = now
                if self._tokens >= 1.0:
                    self._tokens -= 1.0
                    return
                delay = (1.0 - self._tokens) / self.rate
            _pause(min(delay, _POLL_S), stop)


_LIMITERS: dict[tuple[str, str, int], RateLimiter] = {}
_LIMITERS_LOCK = threading.Lock()


def company_limiter(base_url: str, token: str, per_minute: int) -> RateLimiter:
    """The one bucket of this company (base URL and token) in this process."""
    key = (base_url, hashlib.sha256(token.encode()).hexdigest()[:16], per_minute)
    with _LIMITERS_LOCK:
        return _LIMITERS.setdefault(key, RateLimiter(per_minute))


def _pause(seconds: float, stop: threading.Event | None) -> None:
    if stop is None:
        time.sleep(max(0.0, seconds))
    elif stop.wait(max(0.0, seconds)):
        raise JobCancelled()


class SesameClient:
    def __init__(self, base_url: str, token: str, *, concurrency: int = 4,
                 requests_per_minute: int = 1000, timeout: float = 30.0, retries: int = 3,
                 page_size: int = 500, backoff_s: float | None = None,
                 limiter: RateLimiter | None = None) -> None:
        if not token or not token.strip():
            raise SesameAuthError("no Sesame token is set.",
                                  "Store it: `timedesk secret set sesame_token` (Sesame: "
                                  "Settings > Integrations > API).")
        token = token.strip()
        redact_value(token)  # masked in every log line, whatever logs it
        self.base_url = base_url.rstrip("/")
        self.concurrency = max(1, int(concurrency))
        self.timeout = float(timeout)
        self.retries = max(0, int(retries))
        self.page_size = max(1, int(page_size))
        self.backoff = Backoff(BACKOFF_S if backoff_s is None else backoff_s, cap=MAX_WAIT_S)
        self.limiter = limiter or company_limiter(self.base_url, token, requests_per_minute)
        self._http = requests.Session()
        adapter = HTTPAdapter(pool_connections=2, pool_maxsize=max(10, self.concurrency))
        self._http.mount("http://", adapter)
        self._http.mount("https://", adapter)
        self._http.headers.update({"Authorization": f"Bearer {token}",
                                   "Accept": "application/json",
                                   "User-Agent": "timedesk-sesame"})

    # -- endpoints ----------------------------------------------------------------------------
    def info(self) -> CompanyInfo:
        """The company the token belongs to (`GET /core/v3/info`)."""
        data = self._get("/core/v3/info", {}).get("data")
        company = data.get("company") if isinstance(data, dict) else None
        if not isinstance(company, dict) or not company.get("id"):
            raise SesameUnexpectedAnswer("Sesame answered /core/v3/info without a company.",
                                         CHECK_URL)
        return CompanyInfo(str(company["id"]), str(company.get("name") or company["id"]))

    def employees(self, *, office_ids: Sequence[str] = (),
                  department_ids: Sequence[str] = ()) -> list[dict[str, Any]]:
        """Active and inactive employees, only those of the offices/departments when given."""
        params = {"status[in]": "active,inactive"}
        if office_ids:
            params["officeIds"] = ",".join(office_ids)
        if department_ids:
            params["departmentIds"] = ",".join(department_ids)
        return self._list("/core/v3/employees", params)

    def check_types(self) -> list[dict[str, Any]]:
        return self._list("/schedule/v1/check-types", {})

    def work_breaks(self) -> list[dict[str, Any]]:
        return self._list("/schedule/v1/work-breaks", {})

    def offices(self) -> list[dict[str, Any]]:
        return self._list("/core/v3/offices", {})

    def departments(self) -> list[dict[str, Any]]:
        return self._list("/core/v3/departments", {})

    def check_type_collections(self) -> list[dict[str, Any]]:
        """Each collection with its `checkTypes` (read from `/{id}`, whose `data` may be one
        object or a list)."""
        collections = self._list("/schedule/v1/check-type-collections", {})
        paths = [f"/schedule/v1/check-type-collections/{quote(str(c.get('id')), safe='')}"
                 for c in collections]
        answers = self._concurrently([functools.partial(self._get, p, {}) for p in paths],
                                     on_done=None)
        for collection, answer in zip(collections, answers, strict=False):
            data = answer.get("data")
            items = data if isinstance(data, list) else [data]
            detail = next((i for i in items if isinstance(i, dict)
                           and str(i.get("id")) == str(collection.get("id"))),
                          items[0] if items and isinstance(items[0], dict) else {})
            collection["checkTypes"] = list(detail.get("checkTypes") or [])
        return collections

    def work_entries(self, date_from: date, date_to: date, *, employee_id: str | None = None,
                     progress: Progress | None = None) -> list[dict[str, Any]]:
        """Every entry that starts in the period, deleted ones included (`onlyReturn=all`), in
        Sesame's order (which is not by date)."""
        return self.work_entry_pages(date_from, date_to, employee_id=employee_id,
                                     progress=progress, convert=None)

    def work_entry_pages(self, date_from: date, date_to: date, *,
                         employee_id: str | None = None, progress: Progress | None = None,
                         convert: Callable[[list[dict[str, Any]]], Any] | None) -> list[Any]:
        """As work_entries, but each page's entries go through `convert` as soon as the page
        arrives (so its raw JSON can be let go of): the converted pages, in page order.
        `convert` None: the raw entries, all pages in one list."""
        params = {"from": date_from.isoformat(), "to": date_to.isoformat(), "onlyReturn": "all"}
        if employee_id:
            params["employeeId"] = employee_id
        return self._list("/schedule/v1/work-entries", params, progress=progress,
                          what="work entries", convert=convert)

    def worked_hours(self, date_from: date, date_to: date) -> list[dict[str, Any]]:
        """Sesame's own totals per employee (`secondsWorked`), to cross-check ours."""
        return self._list("/schedule/v1/reports/worked-hours",
                          {"from": date_from.isoformat(), "to": date_to.isoformat()})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SesameClient:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- paging -------------------------------------------------------------------------------
    def _list(self, path: str, params: dict[str, str], *, progress: Progress | None = None,
              what: str = "",
              convert: Callable[[list[dict[str, Any]]], Any] | None = None) -> list[Any]:
        what = what or path.rsplit("/", 1)[-1].replace("-", " ")
        if progress is not None:
            progress.check()
        first = self._page(path, params, 1, None)
        last = _last_page(first, path)
        if progress is not None:
            progress.update(1, last, f"{what}: page 1 of {last}")
        pages = [_items(first, path) if convert is None else convert(_items(first, path))]
        del first  # with `convert`, nothing keeps a page's raw JSON once converted
        done = [1]

        def on_done() -> None:
            done[0] += 1
            if progress is not None:
                progress.update(done[0], last, f"{what}: page {done[0]} of {last}")

        # Workers only wait for Sesame; pages are decoded here, one at a time, while the others
        # download: decoding holds the GIL, and threads fighting for it would slow every page.
        jobs = [functools.partial(self._page, path, params, n, raw=True)
                for n in range(2, last + 1)]
        def transform(body: bytes) -> Any:
            items = _items(_decode(body, path), path)
            return items if convert is None else convert(items)

        pages.extend(self._concurrently(jobs, on_done=on_done, progress=progress,
                                        transform=transform))
        if convert is not None:
            return pages
        return [item for page in pages for item in page]

    def _concurrently(self, jobs: Sequence[Callable[[threading.Event], Any]], *,
                      on_done: Callable[[], None] | None, progress: Progress | None = None,
                      transform: Callable[[Any], Any] = lambda result: result) -> list[Any]:
        """Run `jobs` on at most `concurrency` threads; `transform`ed results (on this thread)
        in the jobs' order. The first failure (or Cancel) stops the rest and is raised."""
        if not jobs:
            return []
        stop = threading.Event()
        pool = ThreadPoolExecutor(max_workers=min(self.concurrency, len(jobs)),
                                  thread_name_prefix="sesame-page")
        futures: dict[Future[Any], int] = {pool.submit(job, stop): i for i, job in enumerate(jobs)}
        results: list[Any] = [None] * len(jobs)
        pending = set(futures)
        try:
            while pending:
                if progress is not None:
                    progress.check()
                finished, pending = wait(pending, timeout=_POLL_S, return_when=FIRST_COMPLETED)
                for future in finished:  # popped: a done future keeps its page's raw bytes
                    results[futures.pop(future)] = transform(future.result())
                    if on_done is not None:
                        on_done()
        except BaseException:
            stop.set()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        return results

    def _page(self, path: str, params: dict[str, str], page: int,
              stop: threading.Event | None, *, raw: bool = False) -> Any:
        query = {**params, "page": str(page), "limit": str(self.page_size)}
        try:
            return self._get(path, query, stop, raw=raw)
        except (SesameTimeout, SesameUnreachable, SesameUnexpectedAnswer,
                SesameConnectionDropped) as exc:
            retried = getattr(exc, "retried", None)
            if retried is None:
                raise  # not a failure that retries could have fixed: say what it is
            hint = exc.hint if isinstance(exc, SesameConnectionDropped) else \
                "Nothing was written; try again in a few minutes."
            raise SesamePageFailed(
                "page {page} of {path} still failed after {retried} retry: {problem}"
                if retried == 1 else
                "page {page} of {path} still failed after {retried} retries: {problem}", hint,
                page=page, path=path, retried=retried, problem=exc.message) from None

    # -- one request --------------------------------------------------------------------------
    def _get(self, path: str, params: dict[str, str], stop: threading.Event | None = None, *,
             raw: bool = False) -> Any:
        """One GET with its retries; the parsed JSON envelope (its bytes when `raw`)."""
        failures = limited = 0
        while True:
            try:
                body = self._attempt(path, params, stop)
                return body if raw else _decode(body, path)
            except RetryableFailure as problem:
                if problem.rate_limited:
                    limited += 1
                else:
                    failures += 1
                if failures > self.retries or limited > RATE_LIMIT_RETRIES:
                    # the retries really made (every attempt but the first), for the message
                    problem.error.retried = failures + limited - 1  # type: ignore[attr-defined]
                    raise problem.error from None
                attempt = failures + limited
                delay = problem.wait_s if problem.wait_s is not None else \
                    self.backoff.delay(attempt)
                log.info("sesame %s: %s; again in %.2f s", path, problem.error.message, delay)
                _pause(delay, stop)

    def _attempt(self, path: str, params: dict[str, str], stop: threading.Event | None) -> bytes:
        self.limiter.acquire(stop)
        if stop is not None and stop.is_set():
            raise JobCancelled()
        started = time.monotonic()
        try:
            answer = self._http.get(self.base_url + path, params=params, timeout=self.timeout)
        except requests.Timeout:
            raise RetryableFailure(SesameTimeout(
                "Sesame did not answer {path} within {timeout:g} s.",
                "Try again later, or raise sesame.timeout_s.",
                path=path, timeout=self.timeout)) from None
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError) as exc:
            if connection_dropped(exc) and not connection_is_hopeless(exc):
                raise RetryableFailure(SesameConnectionDropped(
                    "the connection dropped while reading {what}.",
                    DROPPED_HINT, what=_what(path, params))) from None
            error = SesameUnreachable(
                "cannot reach Sesame at {base_url} ({connection_cause}).",
                "Check the region (it is in your Sesame page's address, e.g. eu1), "
                "sesame.base_url and this computer's Internet connection.",
                base_url=self.base_url, connection_cause=connection_cause(exc))
            if connection_is_hopeless(exc):
                raise error from None
            raise RetryableFailure(error) from None
        except requests.RequestException as exc:
            raise SesameUnexpectedAnswer("the request to Sesame's {path} failed "
                                         "({error_type}).", CHECK_URL,
                                         path=path, error_type=type(exc).__name__) from None
        log.debug("sesame GET %s page=%s: %d in %.0f ms", path, params.get("page", "-"),
                  answer.status_code, (time.monotonic() - started) * 1000)
        check_answer(answer, path)
        return answer.content




def _what(path: str, params: dict[str, str]) -> str:
    page = params.get("page")
    return f"page {page} of {path}" if page else path


def _decode(content: bytes, path: str) -> dict[str, Any]:
    try:
        body = json.loads(content)
    except ValueError:
        raise SesameUnexpectedAnswer("Sesame answered {path} with something that is not "
                                     "JSON.", CHECK_URL, path=path) from None
    if not isinstance(body, dict) or "data" not in body:
        raise SesameUnexpectedAnswer("Sesame answered {path} without its 'data' envelope.",
                                     CHECK_URL, path=path)
    return body


def _last_page(first: dict[str, Any], path: str) -> int:
    meta = first.get("meta")
    if not isinstance(meta, dict) or meta.get("lastPage") in (None, ""):
        return 1
    try:
        last = int(meta["lastPage"])
    except (TypeError, ValueError):
        raise SesameUnexpectedAnswer("Sesame answered {path} with an unreadable page count.",
                                     CHECK_URL, path=path) from None
    if last > MAX_PAGES:
        raise SesameUnexpectedAnswer("Sesame announced {last} pages of {path}.",
                                     "Ask for a shorter period.", last=last, path=path)
    return max(1, last)


def _items(answer: dict[str, Any], path: str) -> list[dict[str, Any]]:
    data = answer.get("data")
    if not isinstance(data, list):
        raise SesameUnexpectedAnswer("Sesame answered {path} with something that is not a "
                                     "list.", CHECK_URL, path=path)
    return [item for item in data if isinstance(item, dict)]
