"""Counting requests per client in the shared cache (Redis in production, so every worker sees one budget)."""

from dataclasses import dataclass

from django.core.cache import cache


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` hits per `key` (a client address, say) in a window of `window` seconds."""

    scope: str
    limit: int
    window: int

    def _count(self, counter):
        if cache.add(counter, 1, timeout=self.window):
            return 1
        try:
            return cache.incr(counter)
        except ValueError:  # expired in between
            cache.add(counter, 1, timeout=self.window)
            return 1

    def reached(self, key):
        """Whether `key` has used its whole budget, without counting a hit: to refuse before trying, when
        only failures are counted."""
        return cache.get(f"ratelimit:{self.scope}:{key}", 0) >= self.limit

    def exceeded(self, key, distinct=None):
        """Count one hit for `key` and say whether it went over the limit.

        With `distinct`, only a value not yet seen in this window counts (different card codes tried from one
        address, say): trying the same value again costs nothing.
        """
        counter = f"ratelimit:{self.scope}:{key}"
        if distinct is not None and not cache.add(f"{counter}:{distinct}", 1, timeout=self.window):
            return cache.get(counter, 0) > self.limit
        return self._count(counter) > self.limit
