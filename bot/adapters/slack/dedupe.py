"""Remember recently handled Slack event ids, so Slack's retries never answer twice.

Slack resends an event (with `X-Slack-Retry-Num`) when it thinks we were slow, and Socket Mode
may redeliver after a reconnect; both carry the same `event_id`. Memory stays bounded: ids are
forgotten after `ttl` seconds or when more than `size` are held, oldest first.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable


class RecentIds:
    """A bounded set of ids seen within the last `ttl` seconds."""

    def __init__(
        self,
        size: int = 10_000,
        ttl: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._size = size
        self._ttl = ttl
        self._clock = clock

    def __len__(self) -> int:
        return len(self._seen)

    def check_and_add(self, key: str) -> bool:
        """True when `key` was already seen (a retry); otherwise remember it and return False."""
        now = self._clock()
        while self._seen:
            oldest, when = next(iter(self._seen.items()))
            if now - when < self._ttl and len(self._seen) < self._size:
                break
            del self._seen[oldest]
        if key in self._seen:
            return True
        self._seen[key] = now
        return False
