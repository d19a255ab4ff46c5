"""While Redis is away, learner pages are served (without cache and rate limits) instead of failing."""

import logging
import socket

import pytest
from django.core.cache import cache
from django.test import override_settings

from config.cache import ForgivingRedisCache


def closed_port():
    """A local port nobody listens on: connecting is refused at once, as when Redis is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_down():
    location = f"redis://127.0.0.1:{closed_port()}/0"
    backend = {"BACKEND": "config.cache.ForgivingRedisCache", "LOCATION": location, "OPTIONS": {"socket_timeout": 0.5}}
    with override_settings(CACHES={"default": backend}):
        ForgivingRedisCache._last_warning = 0.0
        yield


def test_an_unreachable_redis_reads_as_misses_and_drops_writes(redis_down):
    assert cache.get("anything", "default") == "default"
    assert cache.add("key", 1) is False
    assert cache.set("key", 1) is None
    assert cache.incr("counter") == 0
    assert cache.get_many(["a", "b"]) == {}
    with pytest.raises(Exception):  # noqa: B017 - healthz needs to know
        cache.ping()


def test_an_outage_is_one_warning_a_minute_not_one_per_request(redis_down, caplog):
    with caplog.at_level(logging.WARNING, logger="numerikair.cache"):
        for _ in range(20):
            cache.get("anything")
    assert len(caplog.records) == 1
    assert "Redis unreachable" in caplog.records[0].getMessage()


def test_learner_pages_and_searches_still_answer_while_redis_is_down(client, site, redis_down):
    assert client.get("/fr/").status_code == 200
    for _ in range(70):  # no budget can be counted: the limit lets searches through
        response = client.get("/fr/search/", {"q": "ordinateur"})
    assert response.status_code == 200
