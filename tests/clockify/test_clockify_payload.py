"""Parsing of Clockify bodies of every era (2021-2025) and of the REST shape: pure functions."""

from datetime import UTC, datetime, timedelta

import pytest
from clockify_helpers import iso, sample
from hypothesis import given
from hypothesis import strategies as st

from timedesk.clockify.payload import (
    PayloadError,
    Tag,
    format_duration,
    parse_duration,
    parse_instant,
    parse_rest_entry,
    parse_webhook_entry,
)
from timedesk.errors import ValidationError

UTC = UTC


def test_the_2025_sample_gives_every_field_with_start_and_end_in_utc():
    entry = parse_webhook_entry(sample("NEW_TIME_ENTRY.2025"))
    assert entry.id == "68453d0cf0c88d522704ab76"
    assert (entry.start, entry.end) == (datetime(2025, 6, 16, 7, 5, tzinfo=UTC),
                                        datetime(2025, 6, 16, 18, 53, tzinfo=UTC))
    assert entry.duration_seconds == entry.reported_duration == 11 * 3600 + 48 * 60
    assert (entry.time_zone, entry.offset_start, entry.offset_end) == ("Asia/Calcutta", 19800,
                                                                       19800)
    assert (entry.user_id, entry.user_name, entry.user_status) == (
        "684446430300f917a02c198a", "johndoe", "ACTIVE")
    assert entry.user_email is None  # webhooks never carry one
    assert (entry.project_id, entry.project_name, entry.client_name) == (
        "68444b15551a9934b5034263", "Test", None)  # clientName "" means no client
    assert (entry.task_id, entry.task_name) == ("68444badb7688b61f151284d", "test")
    assert entry.tags == (Tag("68452a1b0300f917a02f30bc", "new"),)
    assert entry.running is False and entry.workspace_id == "684446430300f917a02c198b"


def test_the_2022_sample_parses_without_2025_fields():
    entry = parse_webhook_entry(sample("TIMER_STOPPED.2022"))
    assert entry.duration_seconds == 26 and entry.reported_duration == 26
    assert (entry.time_zone, entry.offset_start, entry.offset_end) == (None, None, None)
    assert entry.client_name == "Kabisa" and entry.task_name == "Research / Zelfstudie #8494"
    assert entry.tags == ()


def test_a_2021_body_without_currently_running_is_closed_when_it_has_an_end():
    body = sample("TIMER_STOPPED.2022")
    del body["currentlyRunning"]
    assert parse_webhook_entry(body).running is False


@pytest.mark.parametrize("interval", [{"end": None, "duration": None}, {}])
def test_a_running_timer_has_no_end_whether_end_is_null_or_absent(interval):
    body = sample("TIMER_STOPPED.2022")
    body["timeInterval"] = {"start": "2022-04-21T06:51:17Z", **interval}
    entry = parse_webhook_entry(body)
    assert entry.running and entry.end is None and entry.duration_seconds is None


@pytest.mark.parametrize("how", ["null", "missing"])
def test_project_and_task_may_be_null_or_missing(how):
    body = sample("TIMER_STOPPED.2022")
    for key in ("project", "task", "projectId"):
        if how == "null":
            body[key] = None
        else:
            del body[key]
    entry = parse_webhook_entry(body)
    assert (entry.project_id, entry.project_name, entry.task_id, entry.task_name) == (None,) * 4


def test_unicode_and_empty_descriptions_are_kept_as_they_are():
    body = sample("TIMER_STOPPED.2022")
    body["description"] = "Reunión ñandú — 会议 ✓ 🚀"
    assert parse_webhook_entry(body).description == "Reunión ñandú — 会议 ✓ 🚀"
    body["description"] = ""
    assert parse_webhook_entry(body).description == ""
    body["description"] = None
    assert parse_webhook_entry(body).description == ""


def test_tags_as_objects_as_names_and_as_ids_are_all_understood():
    body = sample("TIMER_STOPPED.2022")
    body["tags"] = [{"id": "t1", "name": "uno", "archived": False}, "dos", None, {"x": 1}]
    body["tagIds"] = ["t1", "t3"]
    assert parse_webhook_entry(body).tags == (Tag("t1", "uno"), Tag(None, "dos"), Tag("t3", None))


@pytest.mark.parametrize("text,seconds", [
    ("PT26S", 26), ("PT11H48M", 42480), ("PT5H1S", 18001), ("PT0S", 0), ("PT49H30M", 178200),
    ("PT4H59M1S", 17941), ("P1DT2H", 93600), ("PT1.5S", 2), ("PT90M", 5400)])
def test_iso_durations_of_clockify_are_read_including_over_24_hours(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "P", "PT", "26S", "PT-5M", "PT5X", "1:00:00", "P1DT"])
def test_malformed_durations_are_refused(text):
    with pytest.raises(ValueError):
        parse_duration(text)


def test_a_body_over_24_hours_without_a_day_part_keeps_its_length():
    body = sample("TIMER_STOPPED.2022")
    body["timeInterval"] = {"start": "2022-04-21T06:00:00Z", "end": "2022-04-23T07:30:00Z",
                            "duration": "PT49H30M"}
    entry = parse_webhook_entry(body)
    assert entry.duration_seconds == entry.reported_duration == 49 * 3600 + 30 * 60


def test_start_and_end_are_the_truth_when_the_reported_duration_disagrees_or_is_garbage():
    body = sample("TIMER_STOPPED.2022")
    body["timeInterval"]["duration"] = "PT3H"
    assert parse_webhook_entry(body).duration_seconds == 26
    body["timeInterval"]["duration"] = "soon"
    entry = parse_webhook_entry(body)
    assert entry.duration_seconds == 26 and entry.reported_duration is None


def test_offsets_fractions_and_missing_zones_all_become_utc_whole_seconds():
    assert parse_instant("2025-06-16T12:35:00+05:30", "f") == datetime(2025, 6, 16, 7, 5,
                                                                        tzinfo=UTC)
    assert parse_instant("2025-06-16T07:05:00.789Z", "f") == datetime(2025, 6, 16, 7, 5,
                                                                       tzinfo=UTC)
    assert parse_instant("2025-06-16T07:05:00", "f") == datetime(2025, 6, 16, 7, 5, tzinfo=UTC)


@pytest.mark.parametrize("mutate,field", [
    (lambda b: b.pop("id"), "id"),
    (lambda b: b.update(id=""), "id"),
    (lambda b: b.update(id={"x": 1}), "id"),
    (lambda b: b.pop("timeInterval"), "timeInterval.start"),
    (lambda b: b["timeInterval"].pop("start"), "timeInterval.start"),
    (lambda b: b["timeInterval"].update(start="yesterday"), "timeInterval.start"),
    (lambda b: b["timeInterval"].update(start=12345), "timeInterval.start"),
    (lambda b: b["timeInterval"].update(end="2022-04-21T05:00:00Z"), "timeInterval.end"),
    (lambda b: b["timeInterval"].update(end="later"), "timeInterval.end"),
])
def test_a_body_lacking_id_or_start_is_a_typed_error_naming_the_field(mutate, field):
    body = sample("TIMER_STOPPED.2022")
    mutate(body)
    with pytest.raises(PayloadError) as caught:
        parse_webhook_entry(body)
    assert caught.value.field == field and field in caught.value.message
    assert isinstance(caught.value, ValidationError) and caught.value.http_status == 400


@pytest.mark.parametrize("body", [[], "text", None, 3])
def test_a_body_that_is_not_an_object_is_refused(body):
    with pytest.raises(PayloadError):
        parse_webhook_entry(body)


def test_the_rest_shape_with_task_id_and_tag_ids_maps_to_the_same_entry():
    rest = {"id": "6260fee78065a229df4561dd", "description": "cloud practitioner",
            "tagIds": ["tg1"], "userId": "625cf4a6a7d9d34012f70de1", "billable": True,
            "taskId": "625d15df75a4b64878ccc690", "projectId": "625d15dfbea8f62f6f3aa377",
            "timeInterval": {"start": "2022-04-21T06:51:17Z", "end": "2022-04-21T06:51:43Z",
                             "duration": "PT26S"},
            "workspaceId": "625cf4a6a7d9d34012f70de2", "isLocked": False, "type": "REGULAR",
            "customFieldValues": [], "kioskId": None}
    member = {"id": "625cf4a6a7d9d34012f70de1", "name": "JP Weijers",
              "email": "jp@example.com", "status": "ACTIVE"}
    entry = parse_rest_entry(rest, member)
    webhook = parse_webhook_entry(sample("TIMER_STOPPED.2022"))
    assert (entry.id, entry.start, entry.end, entry.task_id, entry.project_id) == (
        webhook.id, webhook.start, webhook.end, webhook.task_id, webhook.project_id)
    assert entry.tags == (Tag("tg1", None),) and entry.task_name is None
    assert (entry.user_name, entry.user_email) == ("JP Weijers", "jp@example.com")


def test_the_hydrated_rest_shape_gives_names_and_a_member_of_another_user_is_not_mixed_in():
    hydrated = sample("TIMER_STOPPED.2022")
    hydrated.pop("user")
    hydrated["taskId"] = hydrated["task"]["id"]
    hydrated["tags"] = [{"id": "tg1", "name": "Formación"}]
    entry = parse_rest_entry(hydrated, {"id": "someone-else", "email": "x@example.com"})
    assert entry.task_name == "Research / Zelfstudie #8494"
    assert entry.tags == (Tag("tg1", "Formación"),) and entry.user_email is None


# -- properties ---------------------------------------------------------------------------
@given(st.integers(min_value=0, max_value=10_000 * 3600))
def test_durations_written_as_clockify_does_read_back_to_the_same_seconds(seconds):
    text = format_duration(seconds)
    assert "D" not in text and parse_duration(text) == seconds


moments = st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2035, 1, 1),
                       timezones=st.just(UTC)).map(lambda d: d.replace(microsecond=0))


@given(start=moments, length=st.integers(min_value=0, max_value=400 * 3600),
       extra=st.dictionaries(st.text(min_size=1, max_size=12).filter(
           lambda k: k not in {"id", "timeInterval", "description", "userId", "user",
                               "workspaceId", "projectId", "project", "taskId", "task", "tags",
                               "tagIds", "billable"}),
           st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
                        max_leaves=5), max_size=4))
def test_unknown_keys_never_change_the_entry_and_start_end_give_the_duration(start, length,
                                                                            extra):
    end = start + timedelta(seconds=length)
    body = sample("TIMER_STOPPED.2022")
    body["timeInterval"] = {"start": iso(start), "end": iso(end),
                            "duration": format_duration(length)}
    plain = parse_webhook_entry(body)
    assert parse_webhook_entry({**body, **extra}) == plain
    assert plain.duration_seconds == length and plain.start == start


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=3), max_leaves=8)


@given(replacements=st.dictionaries(
    st.sampled_from(["id", "description", "userId", "user", "project", "projectId", "task",
                     "taskId", "tags", "tagIds", "billable", "timeInterval", "workspaceId"]),
    json_values, max_size=5))
def test_any_json_in_any_known_key_gives_an_entry_or_a_payload_error_never_a_crash(
        replacements):
    body = {**sample("NEW_TIME_ENTRY.2025"), **replacements}
    try:
        entry = parse_webhook_entry(body)
    except PayloadError as exc:
        assert exc.field in {"id", "timeInterval.start", "timeInterval.end"}
    else:
        assert entry.id and entry.start.tzinfo is not None and isinstance(entry.description, str)
