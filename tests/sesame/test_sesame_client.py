"""SesameClient against the fake Sesame API: paging to meta.lastPage, bounded concurrency, the
company-wide rate limit, 429/5xx/timeouts, whole-call failure, Cancel, and the token kept out
of every message and log line."""

from __future__ import annotations

import logging
import threading
import time
import traceback
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime

import pytest
from fake_sesame import TOKEN, many_entries

from timedesk.jobs import JobCancelled, Progress
from timedesk.sesame.client import RateLimiter, SesameClient, base_url_for, company_limiter
from timedesk.sesame.errors import SesameAuthError, SesamePageFailed, SesameUnexpectedAnswer

ENTRIES = "/schedule/v1/work-entries"
PERIOD = (date(2026, 1, 1), date(2026, 12, 31))


def make(fake, **options) -> SesameClient:
    options = {"page_size": 2, "timeout": 5.0, "backoff_s": 0.01,
               "requests_per_minute": 60_000, **options}
    return SesameClient(fake.base_url, TOKEN, **options)


def pages_asked(fake, path=ENTRIES) -> list[int]:
    return sorted(int(r.query["page"]) for r in fake.seen(path))


def test_paging_reads_every_page_up_to_last_page_and_no_further(fake, client):
    entries = many_entries(fake, 11)
    got = client.work_entries(*PERIOD)
    assert sorted(e["id"] for e in got) == sorted(e["id"] for e in entries)
    assert pages_asked(fake) == [1, 2, 3, 4, 5, 6]
    assert {r.query["limit"] for r in fake.seen(ENTRIES)} == {"2"}
    assert {r.query["onlyReturn"] for r in fake.seen(ENTRIES)} == {"all"}


def test_a_short_page_before_the_last_one_does_not_stop_paging(fake, client):
    entries = many_entries(fake, 6)
    short = {"data": [dict(entries[2], employee={"id": entries[2]["employee"]["id"]})],
             "meta": {"currentPage": 2, "lastPage": 3, "total": 5, "perPage": 2}}
    fake.answer(ENTRIES, body=short, page=2)
    got = client.work_entries(*PERIOD)
    assert pages_asked(fake) == [1, 2, 3]
    assert len(got) == 5


def test_pages_are_fetched_concurrently_but_never_more_than_the_bound(fake):
    many_entries(fake, 26)
    fake.latency = 0.05
    with make(fake, concurrency=4) as client:
        started = time.monotonic()
        assert len(client.work_entries(*PERIOD)) == 26
        elapsed = time.monotonic() - started
    assert 3 <= fake.max_in_flight <= 4
    assert elapsed < 13 * 0.05 * 0.75  # clearly faster than 13 pages one after the other


def test_the_rate_limit_is_never_exceeded(fake):
    many_entries(fake, 40, people=4)
    with make(fake, page_size=1, concurrency=4, requests_per_minute=1200) as client:
        limiter = client.limiter
        assert len(client.work_entries(*PERIOD)) == 40
    starts = sorted(r.started for r in fake.seen(ENTRIES))
    assert len(starts) == 40
    for i in range(len(starts)):
        for j in range(i + 1, len(starts)):
            allowed = limiter.capacity + limiter.rate * (starts[j] - starts[i]) + 1
            assert j - i + 1 <= allowed, (i, j, starts[j] - starts[i])
    assert starts[-1] - starts[0] >= (40 - limiter.capacity) / limiter.rate * 0.9


def test_the_rate_limiter_is_shared_by_every_client_of_one_company():
    one = company_limiter("https://api-eu1.sesametime.com", TOKEN, 1000)
    assert company_limiter("https://api-eu1.sesametime.com", TOKEN, 1000) is one
    assert company_limiter("https://api-eu1.sesametime.com", "another-token", 1000) is not one
    bucket = RateLimiter(1000)
    assert bucket.capacity + bucket.rate * 60 <= 1000  # no 60 s window holds more


def test_a_429_with_retry_after_waits_that_long_then_goes_on(fake):
    many_entries(fake, 6)
    fake.answer(ENTRIES, 429, headers={"Retry-After": "1"}, times=1, page=2)
    with make(fake) as client:
        assert len(client.work_entries(*PERIOD)) == 6
    second = [r for r in fake.seen(ENTRIES) if r.query["page"] == "2"]
    assert [r.status for r in second] == [429, 200]
    assert second[1].started - second[0].ended >= 0.95


def test_a_429_with_an_http_date_in_retry_after_waits_until_that_moment(fake):
    many_entries(fake, 6)
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=3), usegmt=True)
    fake.answer(ENTRIES, 429, headers={"Retry-After": when}, times=1, page=2)
    with make(fake) as client:  # its backoff is 0.01 s: the date, not the backoff, makes the wait
        assert len(client.work_entries(*PERIOD)) == 6
    second = [r for r in fake.seen(ENTRIES) if r.query["page"] == "2"]
    assert [r.status for r in second] == [429, 200]
    assert second[1].started - second[0].ended >= 1.5


def test_a_429_without_retry_after_backs_off_exponentially(fake):
    many_entries(fake, 4)
    fake.answer(ENTRIES, 429, times=2, page=2)
    with make(fake, backoff_s=0.1) as client:
        assert len(client.work_entries(*PERIOD)) == 4
    tries = [r for r in fake.seen(ENTRIES) if r.query["page"] == "2"]
    assert [r.status for r in tries] == [429, 429, 200]
    assert tries[1].started - tries[0].ended >= 0.09
    assert tries[2].started - tries[1].ended >= 0.19


def test_server_errors_and_timeouts_are_retried(fake):
    entries = many_entries(fake, 6)
    fake.answer(ENTRIES, 500, times=2, page=2)
    fake.answer(ENTRIES, 200, delay=1.0, times=1, page=3)
    with make(fake, timeout=0.3) as client:
        got = client.work_entries(*PERIOD)
    assert sorted(e["id"] for e in got) == sorted(e["id"] for e in entries)
    assert [r.status for r in fake.seen(ENTRIES) if r.query["page"] == "2"] == [500, 500, 200]
    assert len([r for r in fake.seen(ENTRIES) if r.query["page"] == "3"]) == 2


def test_a_page_that_keeps_failing_fails_the_whole_call(fake):
    many_entries(fake, 10)
    fake.answer(ENTRIES, 500, page=4)
    with make(fake, retries=3) as client, pytest.raises(SesamePageFailed) as failed:
        client.work_entries(*PERIOD)
    assert "page 4 of /schedule/v1/work-entries" in failed.value.message
    assert "after 3 retries" in failed.value.message and "HTTP 500" in failed.value.message
    assert len([r for r in fake.seen(ENTRIES) if r.query["page"] == "4"]) == 4


def test_cancel_stops_the_fetch_at_once(fake):
    many_entries(fake, 40)
    fake.latency = 0.2
    progress = Progress()
    cancelled_at = []

    def cancel_soon():
        time.sleep(0.35)
        cancelled_at.append(time.monotonic())
        progress.cancel()

    threading.Thread(target=cancel_soon).start()
    with make(fake, concurrency=2) as client, pytest.raises(JobCancelled):
        client.work_entries(*PERIOD, progress=progress)
    stopped = time.monotonic()
    assert stopped - cancelled_at[0] < 0.15
    time.sleep(0.3)
    late = [r for r in fake.seen(ENTRIES) if r.started > cancelled_at[0] + 0.05]
    assert late == [] and len(fake.seen(ENTRIES)) < 20


def test_progress_counts_pages_done_of_the_total(fake, client):
    many_entries(fake, 9)
    seen = []

    class Recording(Progress):
        def update(self, done, total=None, message=None):
            seen.append((done, total))
            super().update(done, total, message)

    client.work_entries(*PERIOD, progress=Recording())
    assert seen[0] == (1, 5) and seen[-1] == (5, 5)
    assert [done for done, _ in seen] == [1, 2, 3, 4, 5]


def test_every_request_carries_the_bearer_token(fake, client):
    client.info()
    client.employees()
    client.check_type_collections()
    assert fake.requests and {r.authorization for r in fake.requests} == {f"Bearer {TOKEN}"}


def test_employees_include_inactive_ones_and_pass_office_and_department_filters(fake, client):
    everyone = client.employees()
    assert len(everyone) == 4 and {e["status"] for e in everyone} == {"active", "inactive"}
    from fake_sesame import DEPT_FIELD, OFFICE_MADRID

    some = client.employees(office_ids=[OFFICE_MADRID], department_ids=[DEPT_FIELD])
    assert [e["firstName"] for e in some] == ["Bruno"]
    query = fake.seen("/core/v3/employees")[-1].query
    assert query["officeIds"] == OFFICE_MADRID and query["departmentIds"] == DEPT_FIELD


@pytest.mark.parametrize("as_object", [False, True])
def test_collections_carry_their_check_types_whether_the_detail_is_a_list_or_an_object(
        fake, client, as_object):
    fake.collection_detail_as_object = as_object
    groups = client.check_type_collections()
    assert [(g["name"], [c["name"] for c in g["checkTypes"]]) for g in groups] == [
        ("Presencial", ["Oficina"]), ("Remoto", ["Teletrabajo"])]


def test_the_region_makes_the_address_and_an_override_replaces_it():
    assert base_url_for("eu3") == "https://api-eu3.sesametime.com"
    assert base_url_for(" MX1 ") == "https://api-mx1.sesametime.com"
    assert base_url_for("eu1", "http://127.0.0.1:9/") == "http://127.0.0.1:9"
    for bad in ("eu-1", "1eu", "", "eu1.evil.com/x"):
        with pytest.raises(Exception, match="is not a Sesame region code"):
            base_url_for(bad)
    with pytest.raises(Exception, match="not an http"):
        base_url_for("eu1", "ftp://x")


def test_the_token_never_reaches_messages_exceptions_or_logs(fake, tmp_path):
    from timedesk.logs import setup_logging

    log_file = setup_logging(tmp_path / "logs", "DEBUG")
    fake.answer("/core/v3/offices", 500)
    texts = []
    with make(fake, retries=1) as client:
        with pytest.raises(SesamePageFailed) as failed:
            client.offices()
        texts.append("".join(traceback.format_exception(failed.value)))
        logging.getLogger("timedesk.sesame.test").warning("careless: %s", TOKEN)
    with make(fake, timeout=0.2, retries=0) as client:
        fake.answer("/core/v3/info", 200, delay=0.5)
        with pytest.raises(Exception) as slow:
            client.info()
        texts.append("".join(traceback.format_exception(slow.value)))
    with SesameClient(fake.base_url, "not-" + TOKEN, backoff_s=0.01) as wrong:
        with pytest.raises(SesameAuthError) as refused:
            wrong.info()
        texts.append("".join(traceback.format_exception(refused.value)))
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "sesame GET /core/v3/offices" in logged  # the requests were logged...
    assert "careless: ***" in logged  # ...and a careless line is masked
    for text in texts + [logged]:
        assert TOKEN not in text


def test_an_answer_without_the_envelope_is_unexpected(fake, client):
    fake.answer("/core/v3/info", 200, body={"company": "x"})
    with pytest.raises(SesameUnexpectedAnswer, match="'data' envelope"):
        client.info()


def test_a_connection_dropped_in_the_middle_of_a_page_asks_for_that_page_again(fake):
    entries = many_entries(fake, 6)
    fake.answer(ENTRIES, drop=True, times=1, page=2)
    with make(fake) as client:
        got = client.work_entries(*PERIOD)
    assert sorted(e["id"] for e in got) == sorted(e["id"] for e in entries)
    assert len([r for r in fake.seen(ENTRIES) if r.query["page"] == "2"]) == 2


def test_a_page_whose_connection_keeps_dropping_says_so_and_advises_trying_again(fake):
    many_entries(fake, 6)
    fake.answer(ENTRIES, drop=True, page=3)
    with make(fake, retries=2) as client, pytest.raises(SesamePageFailed) as failed:
        client.work_entries(*PERIOD)
    message, hint = failed.value.message, failed.value.hint
    assert "the connection dropped while reading page 3 of /schedule/v1/work-entries" in message
    assert "after 2 retries" in message
    assert "ChunkedEncodingError" not in message and "region" not in hint
    assert "try again" in hint.lower()
    assert len([r for r in fake.seen(ENTRIES) if r.query["page"] == "3"]) == 3


def test_a_long_run_of_429_answers_counts_the_retries_it_really_made(fake, monkeypatch):
    monkeypatch.setattr("timedesk.sesame.client.RATE_LIMIT_RETRIES", 5)
    many_entries(fake, 4)
    fake.answer(ENTRIES, 429, headers={"Retry-After": "0"}, page=2)
    with make(fake, retries=3) as client, pytest.raises(SesamePageFailed) as failed:
        client.work_entries(*PERIOD)
    asked = len([r for r in fake.seen(ENTRIES) if r.query["page"] == "2"])
    assert asked == 6
    assert f"after {asked - 1} retries" in failed.value.message
