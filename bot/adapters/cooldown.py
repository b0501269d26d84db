"""How often one person may ask: at most N questions in any minute (ROADIE_COOLDOWN_QUESTIONS).

Without it one member can keep the answering core, and the bot's own platform rate limits, busy
for everyone in every server. Both chat adapters check each question here before answering; the
one who is over the limit is answered privately with how long to wait, and nobody else sees it.
The window slides: a question counts for exactly a minute after it was answered, and refused
ones do not count, so waiting the time given always works. People are remembered for a minute
after their last answered question (cachetools' TTL cache), so memory stays bounded.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from cachetools import TTLCache

from bot.core.messages import Reply

WINDOW_SECONDS = 60.0
REMEMBERED = 100_000


@dataclass(frozen=True)
class Refusal:
    """A question over the limit: seconds until the next one is answered, and whether this is
    the first refusal since the asker's last answer (the one a chat message is worth)."""

    wait_seconds: int
    first: bool


@dataclass
class _Asked:
    times: deque[float] = field(default_factory=deque)
    told: bool = False


class Cooldown:
    """The limit for one adapter's users; `per_minute` 0 turns it off. Used from the event loop
    only, so it needs no lock."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._asked: TTLCache[str, _Asked] = TTLCache(REMEMBERED, WINDOW_SECONDS, timer=clock)

    def check(self, who: str) -> Refusal | None:
        """None when `who` may ask now (the question is counted), else how long to wait."""
        if self.per_minute <= 0:
            return None
        now = self._clock()
        asked = self._asked.get(who) or _Asked()
        while asked.times and asked.times[0] <= now - WINDOW_SECONDS:
            asked.times.popleft()
        if len(asked.times) < self.per_minute:
            asked.times.append(now)
            asked.told = False
            self._asked[who] = asked
            return None
        first = not asked.told
        asked.told = True
        wait = math.ceil(asked.times[0] + WINDOW_SECONDS - now)
        return Refusal(max(wait, 1), first)

    def reply(self, refusal: Refusal) -> Reply:
        """What the asker alone is told."""
        return Reply(
            intent="cooldown",
            text=f"Slow down: you can ask {self.per_minute} questions a minute. "
            f"Try again in {refusal.wait_seconds} s.",
            private=True,
        )
