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
