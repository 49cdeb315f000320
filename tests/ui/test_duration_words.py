"""The GUI's durations in words (translated): one form each."""

from __future__ import annotations

import pytest

from timedesk.ui.durations import minutes_and_seconds, wait_estimate, waited


@pytest.mark.parametrize("seconds, text", [(None, "–"), (44.6, "45 s"), (725, "12 min 05 s"),
                                           (4020, "1 h 07 min")])
def test_minutes_and_seconds_says_a_measured_time_to_the_second(seconds, text):
    assert minutes_and_seconds(seconds) == text


@pytest.mark.parametrize("seconds, text", [(0, "0 s"), (59.9, "59 s"), (60, "1 min"),
                                           (779, "12 min")])
def test_waited_says_whole_minutes_or_seconds_under_one(seconds, text):
    assert waited(seconds) == text


@pytest.mark.parametrize("low, high, text", [(None, None, "no estimate yet"),
                                             (0, 170, "up to 3 min"),
                                             (0, 20, "up to 1 min"),
                                             (600, 900, "about 10–15 min"),
                                             (300, 300, "about 5 min")])
def test_wait_estimate_rounds_to_whole_minutes(low, high, text):
    assert wait_estimate(low, high) == text


def test_the_moved_words_keep_their_spanish_translation(qapp):
    from timedesk.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "es")
    try:
        assert wait_estimate(None, None) == "aún sin estimación"
        assert minutes_and_seconds(None) == "–"
    finally:
        remove_translators(qapp, translators)
