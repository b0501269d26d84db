"""Shared pieces of the announcer tests: a fixed clock, settings, and recording senders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.messages import Reply, SendError
from bot.settings import Settings

NOW = datetime(2025, 8, 6, 12, 0, tzinfo=UTC)
"""The day of the headline fixtures, so their items count as fresh news."""


def settings(**extra: str) -> Settings:
    env = {
        "ROADIE_FEED_HOST_DELAY_SECONDS": "0",
        "ROADIE_FEED_TIMEOUT_SECONDS": "2",
        "ROADIE_FEED_INTERVAL_MINUTES": "10",
        **extra,
    }
    return Settings.from_env(env)


def minutes(count: float) -> datetime:
    return NOW + timedelta(minutes=count)


def item(
    slug: str, title: str, source: str = "example.com", date: str = "2025-08-06"
) -> dict[str, str]:
    return {"title": title, "url": f"https://{source}/{slug}", "date": date, "source": source}


@dataclass
class Recorder:
    """A platform as the announcer sees it: records what arrived; can fail on demand.

    Like Discord with an enforced nonce, a keyed send repeated with a key already seen does
    not show a second message.
    """

    platform: str = "discord"
    sent: list[tuple[str, Reply]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    failures: int = 0

    async def send(self, channel_id: str, reply: Reply) -> None:
        if self.failures:
            self.failures -= 1
            raise SendError("fake platform is down")
        self.sent.append((channel_id, reply))

    async def send_keyed(self, channel_id: str, reply: Reply, key: str, retry: bool) -> None:
        if key in self.keys and not self.failures:
            return
        await self.send(channel_id, reply)
        self.keys.add(key)

    def headings(self) -> list[str | None]:
        return [reply.heading for _, reply in self.sent]
