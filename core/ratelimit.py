"""Counting requests per client in the shared cache (Redis in production, so every worker sees one budget).

A window opens with the first hit of a key and lasts `window` seconds; its start is kept beside the count,
so that a refusal can say exactly when the budget comes back (`Retry-After`). The key is usually
`core.clients.client_address(request)`. When the cache is unreachable, counts read 0 and nothing is refused
(config/cache.py): a limit is a guard, not a gate the site depends on.
"""

import math
import time
from dataclasses import dataclass

from django.core.cache import cache


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` hits per `key` (a client address, say) in a window of `window` seconds."""

    scope: str
    limit: int
    window: int

    def _counter(self, key):
        return f"ratelimit:{self.scope}:{key}"

    def hit(self, key, distinct=None):
        """Count one hit for `key`; returns the count in its window.

        With `distinct`, only a value not yet counted in this window counts (the same unknown card code typed
        again, say): repeating it costs nothing.
        """
        counter = self._counter(key)
        if distinct is not None and not cache.add(f"{counter}:{distinct}", 1, timeout=self.window):
            return cache.get(counter, 0)
        if cache.add(counter, 0, timeout=self.window):
            cache.set(f"{counter}:start", time.time(), timeout=self.window)
        try:
            return cache.incr(counter)
        except ValueError:  # the window ended between the two calls
            cache.add(counter, 1, timeout=self.window)
            return 1

    def count(self, key):
        """Hits counted for `key` in its window, without counting one."""
        return cache.get(self._counter(key), 0)

    def reached(self, key):
        """Whether `key` has used its whole budget: the next hit would go over the limit."""
        return self.count(key) >= self.limit

    def exceeded(self, key, distinct=None):
        """Count one hit for `key` and say whether it went over the limit."""
        return self.hit(key, distinct) > self.limit

    def retry_after(self, key):
        """Seconds until the window of `key` ends and its budget is whole again (at least 1)."""
        started = cache.get(f"{self._counter(key)}:start")
        now = time.time()
        if started is None:
            return self.window
        return max(1, math.ceil(started + self.window - now))
