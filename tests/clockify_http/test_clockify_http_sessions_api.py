"""`/api/v1/clockify/sessions` through a real listener, on SQLite and PostgreSQL: tokens and
permissions, filters, sorting and totals, the session object, create / correct / delete by
hand, approve / reject, history, and every bad input as a 400 that says what was wrong."""

from datetime import timedelta

import pytest
from clockify_http_helpers import T0, store_and_process, variant

API = "/api/v1/clockify/sessions"
ANA, BEA = "625cf4a6a7d9d34012f70de1", "684446430300f917a02c198a"


@pytest.fixture
def seeded(db, bus):
    """Four sessions: ana 30 min (approved), ana 6 h (overtime), bea running, bea deleted."""
    store_and_process(db, bus, "TIMER_STOPPED", variant(entry_id="a" * 24, minutes=30))
    store_and_process(db, bus, "TIMER_STOPPED", variant(
        entry_id="b" * 24, start=T0 + timedelta(days=1), minutes=360, description="Informe"))
    bea = {"id": BEA, "name": "Beatriz Núñez", "status": "ACTIVE"}
    store_and_process(db, bus, "NEW_TIMER_STARTED", variant(
        entry_id="c" * 24, start=T0 + timedelta(days=2), minutes=None, user=bea, userId=BEA,
        project=None, projectId=None, task=None))
    store_and_process(db, bus, "TIMER_STOPPED", variant(entry_id="d" * 24, user=bea,
                                                        userId=BEA, minutes=10))
    store_and_process(db, bus, "TIME_ENTRY_DELETED", variant(entry_id="d" * 24, user=bea,
                                                             userId=BEA, minutes=10))


async def get(http, url, path, headers, **params):
    async with http.get(url + path, headers=headers, params=params) as response:
        return response.status, await response.json()


async def call(http, method, url, path, headers, body=None):
    async with http.request(method, url + path, headers=headers, json=body) as response:
        return response.status, await response.json()


async def test_without_a_token_it_is_401_and_without_the_permission_403(url, http, bearer,
                                                                       seeded):
    assert (await get(http, url, API, {}))[0] == 401
    staff = bearer("staff")
    status, answer = await get(http, url, API, staff)
    assert status == 403 and "clockify.view" in answer["error"]["message"]
    for method, path in [("POST", API), ("PATCH", API + "/1"), ("DELETE", API + "/1"),
                         ("POST", API + "/1/approve"), ("POST", API + "/1/reject")]:
        assert (await call(http, method, url, path, staff, {"note": "x"}))[0] == 403


async def test_the_list_is_newest_first_with_the_total_and_hides_deleted_sessions(
        url, http, bearer, seeded):
    status, answer = await get(http, url, API, bearer())
    assert status == 200 and answer["total"] == 3
    assert [s["clockify_id"] for s in answer["data"]] == ["c" * 24, "b" * 24, "a" * 24]


async def test_a_session_object_carries_what_the_api_promises(url, http, bearer, seeded):
    _, answer = await get(http, url, API, bearer(), sort="start")
    first = answer["data"][0]
    assert first["clockify_id"] == "a" * 24
    assert first["user"] == {"id": first["user"]["id"], "clockify_id": ANA,
                             "name": "JP Weijers", "email": None}
    assert (first["start"], first["end"]) == ("2025-06-16T08:00:00Z", "2025-06-16T08:30:00Z")
    assert (first["duration_seconds"], first["running"], first["overtime"]) == (1800, False,
                                                                               False)
    assert (first["edits"], first["status"], first["deleted"]) == (0, "approved", False)
    assert first["project"] == "Kabisa - Persoonlijke Ontwikkeling"
    assert first["task"] == "Research / Zelfstudie #8494"
    assert (first["valid_start"], first["valid_end"], first["valid_duration_seconds"]) == (
        first["start"], first["end"], 1800)
    assert first["tags"] == [] and first["timezone"] is None


@pytest.mark.parametrize("params, expected", [
    ({"user": ANA}, ["b", "a"]),
    ({"user": BEA}, ["c"]),
    ({"project": "kabisa"}, ["b", "a"]),
    ({"project": "625d15dfbea8f62f6f3aa377"}, ["b", "a"]),
    ({"from": "2025-06-17"}, ["c", "b"]),
    ({"to": "2025-06-16"}, ["a"]),
    ({"from": "2025-06-16T09:00:00Z", "to": "2025-06-18T08:00:00Z"}, ["b"]),
    ({"status": "approved"}, ["c", "b", "a"]),
    ({"status": "under_review"}, []),
    ({"overtime": "true"}, ["b"]),
    ({"overtime": "false"}, ["c", "a"]),
    ({"running": "true"}, ["c"]),
    ({"deleted": "true"}, ["d"]),
    ({"deleted": "any"}, ["c", "b", "d", "a"]),  # same start: newest id first
    ({"q": "informe"}, ["b"]),
    ({"sort": "duration"}, ["a", "b", "c"]),
    ({"sort": "-duration"}, ["b", "a", "c"]),
])
async def test_filters_and_sorting(params, expected, url, http, bearer, seeded):
    status, answer = await get(http, url, API, bearer(), **params)
    assert status == 200
    assert [s["clockify_id"][0] for s in answer["data"]] == expected
    assert answer["total"] == len(expected)


async def test_the_user_filter_takes_timedesk_s_user_id_too(url, http, bearer, seeded):
    _, answer = await get(http, url, API, bearer(), user=ANA)
    user_id = answer["data"][0]["user"]["id"]
    _, by_id = await get(http, url, API, bearer(), user=str(user_id))
    assert by_id["total"] == 2


async def test_paging_keeps_the_total_of_every_page(url, http, bearer, seeded):
    headers = bearer()
    pages = [await get(http, url, API, headers, limit="2", offset=str(o)) for o in (0, 2, 4)]
    assert [p[1]["total"] for p in pages] == [3, 3, 3]
    assert [len(p[1]["data"]) for p in pages] == [2, 1, 0]


@pytest.mark.parametrize("params, words", [
    ({"from": "16/06/2025"}, "'from' is not a date"),
    ({"to": "2025-13-01"}, "'to' is not a date"),
    ({"from": "2025-06-20", "to": "2025-06-10"}, "'from' must be before 'to'"),
    ({"status": "APROBADO"}, "unknown status 'APROBADO'"),
    ({"sort": "salary"}, "cannot sort sessions by 'salary'"),
    ({"sort": "-"}, "cannot sort sessions by ''"),
    ({"limit": "0"}, "'limit' must be between 1 and 1000"),
    ({"limit": "ten"}, "'limit' must be a whole number"),
    ({"offset": "-1"}, "'offset' must be between"),
    ({"overtime": "maybe"}, "'overtime' must be true, false"),
    ({"deleted": "perhaps"}, "'deleted' must be true, false or any"),
])
async def test_bad_query_parameters_are_400_saying_what_was_wrong(params, words, url, http,
                                                                  bearer):
    status, answer = await get(http, url, API, bearer(), **params)
    assert status == 400 and answer["error"]["code"] == "invalid_input"
    assert words in answer["error"]["message"]


async def test_one_session_and_its_404(url, http, bearer, seeded):
    headers = bearer()
    _, listed = await get(http, url, API, headers, sort="start")
    first = listed["data"][0]
    status, one = await get(http, url, f"{API}/{first['id']}", headers)
    assert status == 200 and one == first
    status, missing = await get(http, url, f"{API}/999999", headers)
    assert status == 404 and missing["error"]["code"] == "not_found"
    assert (await get(http, url, f"{API}/abc", headers))[0] == 404


async def user_id_of(http, url, headers, clockify_id=ANA):
    _, users = await get(http, url, "/api/v1/clockify/users", headers, q=clockify_id)
    return users["data"][0]["id"]


async def test_a_session_recorded_by_hand_starts_under_review_and_is_audited(url, http, bearer,
                                                                            seeded):
    headers = bearer()
    body = {"user_id": await user_id_of(http, url, headers), "description": "Visita al cliente",
            "start": "2025-06-20T09:00:00Z", "end": "2025-06-20T11:30:00+00:00",
            "project": "Kabisa", "note": "forgot to start the timer"}
    status, created = await call(http, "POST", url, API, headers, body)
    assert status == 201
    assert created["clockify_id"].startswith("manual-")
    assert (created["status"], created["duration_seconds"], created["running"]) == (
        "under_review", 9000, False)
    assert (created["project"], created["user"]["clockify_id"]) == ("Kabisa", ANA)
    _, history = await get(http, url, f"{API}/{created['id']}/history", headers)
    [row] = history["data"]
    assert row["action"] == "clockify_session.created"
    assert row["actor"].startswith("token:manager-")
    assert "forgot to start the timer" in row["note"]


@pytest.mark.parametrize("change, words", [
    ({"end": "2025-06-20T08:00:00Z"}, "ends before it starts"),
    ({"start": None}, "'start' is required"),
    ({"start": "2025-06-20"}, "'start' must be an ISO-8601 date and time"),
    ({"start": "yesterday at nine"}, "'start' is not a date"),
    ({"user_id": "ana"}, "'user_id' must be a positive whole number"),
    ({"hours": 3}, "unknown field(s): hours"),
    ({"description": 7}, "'description' must be text"),
])
async def test_a_bad_manual_session_is_400(change, words, url, http, bearer, seeded):
    headers = bearer()
    body = {"user_id": await user_id_of(http, url, headers), "description": "x",
            "start": "2025-06-20T09:00:00Z", "end": "2025-06-20T10:00:00Z"} | change
    status, answer = await call(http, "POST", url, API, headers, body)
    assert status == 400 and words in answer["error"]["message"]


async def test_a_manual_session_for_an_unknown_user_is_404(url, http, bearer):
    status, answer = await call(http, "POST", url, API, bearer(), {
        "user_id": 999999, "start": "2025-06-20T09:00:00Z", "end": "2025-06-20T10:00:00Z"})
    assert status == 404 and "no Clockify user #999999" in answer["error"]["message"]


async def test_a_body_that_is_not_a_json_object_is_400(url, http, bearer):
    headers = bearer()
    async with http.post(url + API, headers=headers, data=b"[1, 2]",
                         ) as response:
        assert response.status == 400
    async with http.post(url + API, headers=headers | {"Content-Type": "application/json"},
                         data=b"{oops") as response:
        assert response.status == 400
        assert "not valid JSON" in (await response.json())["error"]["message"]


async def session_id(http, url, headers, letter):
    _, listed = await get(http, url, API, headers, deleted="any")
    return next(s["id"] for s in listed["data"] if s["clockify_id"] == letter * 24)


async def test_a_correction_with_a_note_is_audited_and_big_time_changes_need_review(
        url, http, bearer, seeded):
    headers = bearer()
    sid = await session_id(http, url, headers, "a")
    status, small = await call(http, "PATCH", url, f"{API}/{sid}", headers, {
        "end": "2025-06-16T08:32:00Z", "note": "stopped two minutes late"})
    assert status == 200
    assert (small["edits"], small["status"], small["valid_end"]) == (
        1, "approved", "2025-06-16T08:32:00Z")  # a first small correction is accepted
    status, big = await call(http, "PATCH", url, f"{API}/{sid}", headers, {
        "start": "2025-06-16T06:00:00Z", "description": "Reunión", "project": "Otro",
        "note": "was there since six"})
    assert status == 200
    assert (big["edits"], big["status"], big["description"], big["project"]) == (
        2, "under_review", "Reunión", "Otro")
    assert big["valid_start"] == "2025-06-16T08:00:00Z"  # kept until a decision
    _, history = await get(http, url, f"{API}/{sid}/history", headers)
    assert [h["action"] for h in history["data"]][-2:] == ["clockify_session.edited"] * 2
    assert "was there since six" in history["data"][-1]["note"]
    assert history["data"][-1]["before"]["start_at"].startswith("2025-06-16T08:00:00")


@pytest.mark.parametrize("body, status, words", [
    ({"description": "x"}, 400, "needs a note"),
    ({"note": "why"}, 400, "nothing to change"),
    ({"duration": 3, "note": "x"}, 400, "unknown field(s): duration"),
    ({"end": "2025-06-16T07:00:00Z", "note": "x"}, 400, "ends before it starts"),
    ({"start": "soon", "note": "x"}, 400, "'start' must be an ISO-8601"),
])
async def test_bad_corrections_are_400(body, status, words, url, http, bearer, seeded):
    headers = bearer()
    sid = await session_id(http, url, headers, "a")
    got, answer = await call(http, "PATCH", url, f"{API}/{sid}", headers, body)
    assert got == status and words in answer["error"]["message"]


async def test_corrections_of_a_running_end_or_a_deleted_session_are_409_and_unknown_404(
        url, http, bearer, seeded):
    headers = bearer()
    running, deleted = (await session_id(http, url, headers, "c"),
                        await session_id(http, url, headers, "d"))
    change = {"end": "2025-06-18T10:00:00Z", "note": "x"}
    assert (await call(http, "PATCH", url, f"{API}/{running}", headers, change))[0] == 409
    assert (await call(http, "PATCH", url, f"{API}/{deleted}", headers, change))[0] == 409
    assert (await call(http, "PATCH", url, f"{API}/999999", headers, change))[0] == 404


async def test_delete_is_soft_needs_a_note_and_is_audited(url, http, bearer, seeded):
    headers = bearer()
    sid = await session_id(http, url, headers, "a")
    status, answer = await call(http, "DELETE", url, f"{API}/{sid}", headers)
    assert status == 400 and "needs a note" in answer["error"]["message"]
    status, deleted = await call(http, "DELETE", url, f"{API}/{sid}", headers,
                                 {"note": "duplicate of another entry"})
    assert status == 200 and deleted["deleted"] is True
    again = await call(http, "DELETE", url, f"{API}/{sid}?note=again", headers)
    assert again[0] == 200
    _, listed = await get(http, url, API, headers)
    assert sid not in [s["id"] for s in listed["data"]]
    _, history = await get(http, url, f"{API}/{sid}/history", headers)
    assert [h["action"] for h in history["data"]] == ["clockify_session.stopped",
                                                      "clockify_session.deleted"]
    assert (await call(http, "DELETE", url, f"{API}/999999", headers, {"note": "x"}))[0] == 404


async def test_approve_copies_the_times_and_reject_needs_a_note(url, http, bearer, seeded):
    headers = bearer()
    sid = await session_id(http, url, headers, "b")
    await call(http, "PATCH", url, f"{API}/{sid}", headers,
               {"start": "2025-06-17T07:00:00Z", "note": "started earlier"})
    status, answer = await call(http, "POST", url, f"{API}/{sid}/reject", headers, {})
    assert status == 400 and "needs a note" in answer["error"]["message"]
    status, rejected = await call(http, "POST", url, f"{API}/{sid}/reject", headers,
                                  {"note": "no proof"})
    assert (status, rejected["status"], rejected["observation"]) == (200, "rejected", "no proof")
    assert rejected["valid_start"] == "2025-06-17T08:00:00Z"
    status, approved = await call(http, "POST", url, f"{API}/{sid}/approve", headers,
                                  {"note": "the client confirmed"})
    assert (status, approved["status"]) == (200, "approved")
    assert approved["valid_start"] == approved["start"] == "2025-06-17T07:00:00Z"
    assert approved["decided_by"].startswith("token:manager-")
    running = await session_id(http, url, headers, "c")
    assert (await call(http, "POST", url, f"{API}/{running}/approve", headers))[0] == 409
    assert (await call(http, "POST", url, f"{API}/999999/approve", headers))[0] == 404
    assert (await get(http, url, f"{API}/999999/history", headers))[0] == 404


async def test_the_session_routes_are_in_the_openapi_document(url, http):
    async with http.get(url + "/api/v1/openapi.json") as response:
        document = await response.json()
    paths = document["paths"]
    assert set(paths[API]) == {"get", "post"}
    assert set(paths[API + "/{id}"]) == {"get", "patch", "delete"}
    assert {"400", "401", "403"} <= set(paths[API]["get"]["responses"])
    assert document["components"]["schemas"]["ClockifySession"]["properties"]["status"][
        "enum"] == ["approved", "under_review", "rejected"]




async def test_sessions_are_found_by_email_task_and_clockify_entry_id(url, http, bearer, seeded,
                                                                      db, bus):
    """Issue 17: the list takes a user's e-mail and a task; one session by its entry id."""
    from timedesk.auth.permissions import Actor
    from timedesk.clockify.users import list_users, update_user

    system = Actor.system("test")
    ana = next(u for u in list_users(db, system).items if u.clockify_id == ANA)
    update_user(db, bus, system, ana.id, email="ana@example.com")
    headers = bearer()
    _, by_email = await get(http, url, API, headers, email="  ANA@example.com")
    assert [s["clockify_id"][0] for s in by_email["data"]] == ["b", "a"]
    _, by_task = await get(http, url, API, headers, task="ZELFSTUDIE")  # c has no task
    assert [s["clockify_id"][0] for s in by_task["data"]] == ["b", "a"]
    _, by_task_id = await get(http, url, API, headers, task="625d15df75a4b64878ccc690")
    assert by_task_id["total"] == 2
    _, nobody = await get(http, url, API, headers, email="nobody@example.com")
    assert nobody["total"] == 0
    status, one = await get(http, url, f"{API}/by-entry/{'b' * 24}", headers)
    assert status == 200 and one["clockify_id"] == "b" * 24 and one["description"] == "Informe"
    status, missing = await get(http, url, f"{API}/by-entry/{'f' * 24}", headers)
    assert status == 404 and missing["error"]["code"] == "not_found"
    assert (await get(http, url, f"{API}/by-entry/{'f' * 24}", {}))[0] == 401
