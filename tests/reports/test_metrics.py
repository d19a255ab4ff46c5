"""The rules of the reports: time spent, and when a question's translation is flagged for checking."""

from datetime import datetime, timedelta

from reports.metrics import MIN_SAMPLE, time_by_key, time_spent, translations_to_check

T0 = datetime(2026, 12, 1, 9, 0)


def at(minute):
    return T0 + timedelta(minutes=minute)


def test_time_spent_adds_the_gaps_within_a_session_and_counts_sessions():
    total, sessions = time_spent([at(0), at(5), at(12), at(120), at(130)])
    assert total == timedelta(minutes=22) and sessions == 2


def test_time_spent_of_no_event_is_zero():
    assert time_spent([]) == (timedelta(0), 0)


def test_time_per_module_goes_to_the_module_of_the_event_that_ends_the_gap():
    spent = time_by_key([(1, "a", at(0)), (1, "b", at(3)), (1, "b", at(10)), (2, "a", at(0)), (2, "a", at(1))])
    assert spent == {"b": timedelta(minutes=10), "a": timedelta(minutes=1)}


def test_a_language_far_below_the_others_is_flagged():
    assert translations_to_check({"fr": (18, 20), "ar": (3, 10), "ti": (9, 10)}) == {"ar"}


def test_a_small_sample_flags_nothing():
    assert translations_to_check({"fr": (20, 20), "ar": (0, MIN_SAMPLE - 1)}) == set()
    assert translations_to_check({"fr": (MIN_SAMPLE - 1, MIN_SAMPLE - 1), "ar": (0, 30)}) == set()


def test_a_small_difference_flags_nothing():
    assert translations_to_check({"fr": (16, 20), "ar": (6, 10)}) == set()


def test_a_question_hard_in_every_language_flags_no_translation():
    assert translations_to_check({"fr": (2, 20), "ar": (1, 10), "ti": (2, 10)}) == set()
