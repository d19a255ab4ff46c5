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


def test_retry_after_is_the_time_left_in_the_window():
    minute = RateLimit("test-window", limit=1, window=60)
    assert minute.retry_after(now=120.0) == 60
    assert minute.retry_after(now=170.2) == 10
    assert minute.retry_after(now=179.9) == 1
