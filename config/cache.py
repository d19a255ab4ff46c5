"""The shared cache (Redis in production), made to degrade instead of failing when Redis is away.

Everything the site keeps in the cache can be lost: rate-limit counters, cached lesson fragments. So while
Redis does not answer, a read is a miss, a write is dropped and a counter reads 0 (rate limits let requests
through: the per-card PIN lock lives in the database and still holds), and one warning a minute says so.
Learner pages keep working; `/healthz` reports the cache as unreachable.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("numerikair.cache")
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
WARN_EVERY_SECONDS = 60


class ForgivingRedisCache(RedisCache):
    """Django's RedisCache, except that an unreachable Redis gives misses instead of errors."""

    _last_warning = 0.0

    def _unreachable(self, operation, error):
        now = time.monotonic()
        if now - ForgivingRedisCache._last_warning >= WARN_EVERY_SECONDS:
            ForgivingRedisCache._last_warning = now
            logger.warning("Redis unreachable (%s: %s): cache misses and rate limits off", operation, error)

    def _forgive(self, operation, default, call, *args, **kwargs):
        try:
            return call(*args, **kwargs)
        except UNREACHABLE as error:
            self._unreachable(operation, error)
            return default

    def add(self, *args, **kwargs):
        return self._forgive("add", False, super().add, *args, **kwargs)

    def get(self, key, default=None, version=None):
        return self._forgive("get", default, super().get, key, default, version)

    def set(self, *args, **kwargs):
        return self._forgive("set", None, super().set, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._forgive("touch", False, super().touch, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._forgive("delete", False, super().delete, *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._forgive("get_many", {}, super().get_many, *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._forgive("has_key", False, super().has_key, *args, **kwargs)

    def incr(self, *args, **kwargs):
        return self._forgive("incr", 0, super().incr, *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._forgive("set_many", [], super().set_many, *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._forgive("delete_many", None, super().delete_many, *args, **kwargs)

    def clear(self):
        return self._forgive("clear", False, super().clear)

    def ping(self):
        """Raise when Redis does not answer (for /healthz): the forgiving methods above would hide it."""
        self._cache.get_client(write=True).ping()
