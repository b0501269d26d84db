"""One announcer tick at scale, and push throughput to the loopback Discord and Slack fakes.

A feed server on 127.0.0.1 serves 1,000 new items (real headlines, re-dated to today) after a
baseline poll; 10,000 subscriptions (artists, topics, kinds, everything) over 4,000 channels
follow them. Reported: the tick's time (poll, ingest, stories, matching, queueing, delivery to
an in-process sender), then deliveries per second through the real Discord and Slack senders
to the fakes, and to an in-process sender, which shows how much is the fake's own cost.

    python -m benchmarks.announce_tick [--items 1000] [--subscriptions 10000] [--pushes 400]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))

from fakes.discord_server import FakeDiscord
from fakes.feed_server import FIXTURES, LOOPBACK, FakeFeeds
from fakes.slack_server import FakeSlack

from bot.announcer.feeds.registry import add_feed
from bot.announcer.stories import cluster
from bot.announcer.tick import announce_pending, queue_stories
from bot.core.intents import KINDS
from bot.core.messages import Reply, utc_now
from bot.settings import Settings
from knowledge.ingest.loader import add_aliases, add_articles
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase

SHARED = Path(__file__).parent.parent.parent / "shared" / "data" / "headlines.jsonl"
TOPICS = ["vinyl", "reissue", "festival", "debut", "tour", "live", "video", "ep", "new", "remix"]


class Counter:
    """An in-process platform: counts pushes, costs nothing."""

    def __init__(self, platform: str) -> None:
        self.platform = platform
        self.count = 0

    async def send(self, channel_id: str, reply: Reply) -> None:
        self.count += 1


def headline_rows(count: int) -> list[dict[str, str]]:
    source = SHARED if SHARED.exists() else FIXTURES / "headlines.jsonl"
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    today = utc_now().date().isoformat()
    picked = []
    for n in range(count):
        row = rows[n % len(rows)]
        lap = n // len(rows)
        url = row["url"] + (f"?copy={lap}" if lap else "")
        title = row["title"] + (f" (part {lap})" if lap else "")
        picked.append({**row, "url": url, "title": title, "date": today})
    return picked


def known_artists(kb: KnowledgeBase, rows: list[dict[str, str]]) -> None:
    """Make the artists of the coming items known beforehand, as followed artists would be."""
    scratch = KnowledgeBase.in_memory()
    records = [ArticleRecord(r["url"], r["title"], r["date"], r["source"]) for r in rows]
    add_articles(scratch, records)
    names = [str(r[0]) for r in scratch.query("SELECT name FROM entities WHERE kind = 'artist'")]
    scratch.close()
    add_aliases(kb, [(name, name) for name in names])


def subscribe_many(kb: KnowledgeBase, total: int, rng: random.Random) -> None:
    artists = [str(r[0]) for r in kb.query("SELECT id FROM entities WHERE kind = 'artist'")]
    stamp = utc_now().isoformat(timespec="seconds")
    rows = []
    for n in range(total):
        platform = "discord" if n % 2 else "slack"
        channel = str(1000 + n % 4000)
        pick = rng.random()
        if pick < 0.001:
            target = ("all", "", "all")
        elif pick < 0.02:
            kind = rng.choice(KINDS)
            target = ("kind", kind, kind)
        elif pick < 0.1:
            word = rng.choice(TOPICS)
            target = ("topic", word, word)
        else:
            artist = rng.choice(artists)
            target = ("artist", artist, artist)
        rows.append((platform, channel, *target, stamp))
    with kb.transaction() as conn:
        conn.executemany(
            "INSERT OR IGNORE INTO subscriptions (platform, channel_id, target_kind, "
            "target_value, label, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


async def tick_at_scale(items: int, subscriptions: int, folder: Path) -> None:
    feeds = FakeFeeds()
    await feeds.start()
    kb = KnowledgeBase.open(folder / "tick.db")
    rows = headline_rows(items + 20)
    feeds.feeds["news"] = rows[:20]
    settings = Settings.from_env(
        {
            "ROADIE_FEED_HOST_DELAY_SECONDS": "0",
            "ROADIE_FETCH_ALLOW": "127.0.0.1",
            "ROADIE_FEED_MAX_ITEMS": str(len(rows)),
        }
    )
    try:
        add_feed(kb, feeds.url("/headlines/news"), 1, utc_now(), LOOPBACK)
        await announce_pending(kb, {}, settings=settings)
        known_artists(kb, rows)
        subscribe_many(kb, subscriptions, random.Random(5))
        feeds.feeds["news"] = rows
        senders: dict[str, Any] = {p: Counter(p) for p in ("discord", "slack")}
        started = time.perf_counter()
        report = await announce_pending(
            kb, senders, settings=settings, now=utc_now().replace(microsecond=0) + _minutes(2)
        )
        took = time.perf_counter() - started
    finally:
        kb.close()
        await feeds.stop()
    sent = sum(s.count for s in senders.values())
    print(f"tick: {items} new items, {subscriptions} subscriptions: {took:.2f} s")
    print(f"  {report.summary()}")
    print(f"  {sent} messages sent (digests count once) to an in-process sender")


def _minutes(count: int) -> Any:
    from datetime import timedelta

    return timedelta(minutes=count)


async def pushes_per_second(pushes: int, folder: Path) -> None:
    from bot.adapters.discord.push import DiscordPushSender
    from bot.adapters.slack.push import SlackPushSender
    from bot.wiring import platform_senders

    discord_fake, slack_fake = FakeDiscord(), FakeSlack()
    await discord_fake.start()
    await slack_fake.start()
    settings = Settings.from_env(
        {
            "DISCORD_TOKEN": discord_fake.token,
            "DISCORD_API_BASE_URL": discord_fake.api_url,
            "DISCORD_GATEWAY_URL": discord_fake.gateway_url,
            "SLACK_BOT_TOKEN": "xoxb-bench",
            "SLACK_API_URL": slack_fake.api_url,
            "ROADIE_BURST_LIMIT": str(pushes * 10),
        }
    )
    try:
        async with platform_senders(settings) as real:
            assert isinstance(real["discord"], DiscordPushSender)
            assert isinstance(real["slack"], SlackPushSender)
            for platform in ("discord", "slack"):
                for label, senders in (
                    ("fake " + platform, {platform: real[platform]}),
                    ("in-process", {platform: Counter(platform)}),
                ):
                    rate = await _deliver(folder, platform, senders, settings, pushes)
                    print(f"  {platform:7} → {label:13} {rate:8.0f} deliveries/s")
    finally:
        await discord_fake.stop()
        await slack_fake.stop()


async def _deliver(
    folder: Path, platform: str, senders: dict[str, Any], settings: Settings, pushes: int
) -> float:
    path = folder / f"push-{platform}-{len(list(folder.iterdir()))}.db"
    kb = KnowledgeBase.open(path)
    now = utc_now()
    rows = headline_rows(pushes)
    add_articles(
        kb,
        [ArticleRecord(r["url"], r["title"], r["date"], r["source"]) for r in rows],
        announce=True,
    )
    cluster(kb, now, 48)
    with kb.transaction() as conn:
        conn.executemany(
            "INSERT INTO subscriptions (platform, channel_id, target_kind, target_value, label, "
            "created_at) VALUES (?, ?, 'all', '', 'all', ?)",
            [(platform, str(900000000000000100 + n), "2000-01-01") for n in range(8)],
        )
    queued = queue_stories(kb, now)
    started = time.perf_counter()
    report = await announce_pending(kb, senders, settings=settings, now=now)
    took = time.perf_counter() - started
    kb.close()
    assert report.delivered == queued, report.summary()
    return queued / took


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--subscriptions", type=int, default=10000)
    parser.add_argument("--pushes", type=int, default=400, help="stories per throughput run")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(tick_at_scale(args.items, args.subscriptions, Path(folder)))
        print("deliveries per second (8 channels, one message per story):")
        asyncio.run(pushes_per_second(args.pushes, Path(folder)))


if __name__ == "__main__":
    main()
