"""The Qt-free duration formatters: one output form each."""

from __future__ import annotations

from datetime import timedelta

import pytest

from timedesk.durations import hms, hms_padded, hours_minutes, minutes_seconds
from timedesk.export import duration_text


@pytest.mark.parametrize("seconds, text", [(0, "0:00:00"), (59.6, "0:01:00"), (3725, "1:02:05"),
                                           (26 * 3600 + 180, "26:03:00"), (-90, "-0:01:30")])
def test_hms_passes_24_hours_rounds_to_the_second_and_signs_negatives(seconds, text):
    assert hms(seconds) == text


def test_the_export_cells_duration_text_is_hms_of_any_duration_value():
    assert duration_text(timedelta(hours=26, minutes=3)) == hms(26 * 3600 + 180) == "26:03:00"
    assert (duration_text(None), duration_text("n/a")) == ("", "n/a")


@pytest.mark.parametrize("seconds, text", [(0, "00:00:00"), (8 * 3600, "08:00:00"),
                                           (26 * 3600 + 185.9, "26:03:05")])
def test_hms_padded_keeps_two_hour_digits_and_cuts_the_fraction(seconds, text):
    assert hms_padded(seconds) == text


@pytest.mark.parametrize("seconds, text", [(0, "0:00"), (3959, "1:05"), (49 * 3600, "49:00"),
                                           (-30, "0:00"), (None, "-")])
def test_hours_minutes_cuts_seconds_as_a_clock_does(seconds, text):
    assert hours_minutes(seconds) == text


@pytest.mark.parametrize("seconds, text", [(0, "0:00"), (65.4, "1:05"), (4503, "75:03"),
                                           (None, "-")])
def test_minutes_seconds_rounds_to_the_second_and_passes_60_minutes(seconds, text):
    assert minutes_seconds(seconds) == text


def test_a_missing_duration_says_what_the_caller_chose():
    assert (hours_minutes(None, missing="—"), minutes_seconds(None, missing="")) == ("—", "")
