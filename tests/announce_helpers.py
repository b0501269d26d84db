"""Shared pieces of the announcer tests: a fixed clock, settings, recording senders, and feeds
in every health state for the chat `feeds` commands."""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fakes.feed_server import LOOPBACK, FakeFeeds

from bot.announcer.feeds.poller import poll_due
from bot.announcer.feeds.registry import add_feed
from bot.core.messages import Reply, SendError
from bot.settings import Settings
from knowledge.store import KnowledgeBase

ROOT = Path(__file__).parent.parent
NOW = datetime(2025, 8, 6, 12, 0, tzinfo=UTC)
"""The day of the headline fixtures, so their items count as fresh news."""


def settings(**extra: str) -> Settings:
    env = {
        "ROADIE_FEED_HOST_DELAY_SECONDS": "0",
        "ROADIE_FEED_TIMEOUT_SECONDS": "2",
        "ROADIE_FEED_INTERVAL_MINUTES": "10",
        "ROADIE_FETCH_ALLOW": "127.0.0.1",
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


@dataclass(frozen=True)
class FeedStates:
    """The URLs of three followed feeds: healthy, failed once, and paused."""

    ok: str
    failing: str
    paused: str


async def feeds_in_every_state(kb: KnowledgeBase, server: FakeFeeds) -> FeedStates:
    """Follow three feeds on the loopback feed server and poll them with the real poller.

    `/broken` (HTTP 500) fails at 12:00 and 12:10 and is paused (ROADIE_FEED_MAX_FAILURES=2);
    `/missing` (HTTP 404) and a real RSS file are added after and polled once, at 12:20.
    """
    chosen = settings(ROADIE_FEED_MAX_FAILURES="2")
    paused = add_feed(kb, server.url("/broken"), 10, NOW, LOOPBACK).url
    for step in (0, 10):
        await asyncio.to_thread(poll_due, kb, chosen, minutes(step))
    failing = add_feed(kb, server.url("/missing"), 10, NOW, LOOPBACK).url
    ok = add_feed(kb, server.url("/rss/inyourbones_feed.xml"), 10, NOW, LOOPBACK).url
    await asyncio.to_thread(poll_due, kb, chosen, minutes(20))
    return FeedStates(ok=ok, failing=failing, paused=paused)


def assert_health_shown(text: str, feeds: FeedStates) -> None:
    """`text` (a `feeds` reply) has each feed's line: state, last fetch and status, failures."""

    def line(url: str) -> str:
        found = [row for row in text.splitlines() if url in row]
        assert len(found) == 1, f"no line for {url} in {text!r}"
        return found[0]

    ok, failing, paused = line(feeds.ok), line(feeds.failing), line(feeds.paused)
    assert "active" in ok and "last fetch 2025-08-06T12:20:00+00:00: ok, 5 items" in ok
    assert "failures in a row 0" in ok
    assert "active" in failing and "last fetch 2025-08-06T12:20:00+00:00: failed: " in failing
    assert "HTTP 404" in failing and "failures in a row 1" in failing
    assert "paused (2 failed polls in a row, last: " in paused and "HTTP 500" in paused
    assert "last fetch 2025-08-06T12:10:00+00:00: failed: " in paused
    assert "failures in a row 2" in paused


async def run_roadie(*args: str, env: dict[str, str]) -> tuple[int, str]:
    """`python -m bot ARGS` as a process of its own on this checkout: exit code and output."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env={**os.environ, "PYTHONPATH": str(ROOT), "ROADIE_LOG_LEVEL": "WARNING", **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 600)
    return int(process.returncode or 0), (out + err).decode()
