"""Rate limits counted in the shared cache."""

import uuid

from core.ratelimit import RateLimit


def limit(size):
    return RateLimit(f"test-{uuid.uuid4().hex}", limit=size, window=60)


def test_the_hit_after_the_limit_is_refused_and_other_clients_keep_their_budget():
    searches = limit(3)
    assert [searches.exceeded("198.51.100.1") for _ in range(4)] == [False, False, False, True]
    assert searches.exceeded("198.51.100.2") is False


def test_with_distinct_values_trying_the_same_value_again_costs_nothing():
    codes = limit(2)
    assert codes.exceeded("198.51.100.1", distinct="PLUME-CITRON-4827") is False
    assert codes.exceeded("198.51.100.1", distinct="PLUME-CITRON-4827") is False
    assert codes.exceeded("198.51.100.1", distinct="LUNE-SAVON-2345") is False
    assert codes.exceeded("198.51.100.1", distinct="ROSE-PAIN-6789") is True


def test_reached_tells_without_counting():
    failures = limit(2)
    assert failures.reached("198.51.100.1") is False
    failures.hit("198.51.100.1")
    failures.hit("198.51.100.1")
    assert failures.reached("198.51.100.1") is True
    assert failures.count("198.51.100.1") == 2


def test_retry_after_is_the_time_left_in_the_window_opened_by_the_first_hit(monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr("core.ratelimit.time.time", lambda: clock[0])
    minute = limit(1)
    assert minute.retry_after("198.51.100.1") == 60  # no window yet: a whole one
    minute.hit("198.51.100.1")
    clock[0] = 1049.2
    assert minute.retry_after("198.51.100.1") == 11
    clock[0] = 1059.9
    assert minute.retry_after("198.51.100.1") == 1
