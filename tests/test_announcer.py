"""announce_pending() over a real SQLite knowledge base and a real loopback feed server."""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from announce_helpers import NOW, Recorder, item, minutes, settings
from fakes.feed_server import LOOPBACK, FakeFeeds, headlines

from bot.announcer import outbox
from bot.announcer.channels import Scope
from bot.announcer.commands import feeds_reply
from bot.announcer.feeds.registry import add_feed, find_feed, resume_feed
from bot.announcer.stories import cluster
from bot.announcer.subscriptions import parse_target, subscribe, unsubscribe
from bot.announcer.tick import announce_pending, queue_stories
from knowledge.ingest.loader import add_articles
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase

WILCO = item("wilco-album", "Wilco Announce New Album Cousin", "pitchfork.com")


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    base = KnowledgeBase.open(tmp_path / "roadie.db")
    yield base
    base.close()


def follow(kb: KnowledgeBase, target: str, channel: str = "C1", platform: str = "discord") -> None:
    subscribe(kb, platform, channel, parse_target(kb, target), NOW)


async def baseline(kb: KnowledgeBase, feeds: FakeFeeds, name: str = "news") -> Recorder:
    """Follow a headlines feed and take its baseline tick; returns the platform to watch."""
    feeds.feeds.setdefault(name, headlines(10))
    add_feed(kb, feeds.url(f"/headlines/{name}"), 10, NOW, LOOPBACK)
    platform = Recorder()
    await announce_pending(kb, {"discord": platform}, settings=settings(), now=NOW)
    return platform


async def test_a_new_feed_is_a_baseline_and_later_items_are_pushed_once(
    kb: KnowledgeBase, feeds: FakeFeeds
) -> None:
    follow(kb, "all")
    platform = await baseline(kb, feeds)
    assert platform.sent == []
    assert kb.article_count() == 10
    feeds.feeds["news"].append(WILCO)
    report = await announce_pending(kb, {"discord": platform}, settings=settings(), now=minutes(5))
    assert report.polled == 0, "the feed is not due before its interval"
    report = await announce_pending(kb, {"discord": platform}, settings=settings(), now=minutes(11))
    assert (report.new_stories, report.delivered) == (1, 1)
    ((channel, reply),) = platform.sent
    assert channel == "C1"
    assert reply.heading == "New album: Wilco Announce New Album Cousin"
    assert reply.article is not None and reply.article.url == WILCO["url"]
    await announce_pending(kb, {"discord": platform}, settings=settings(), now=minutes(22))
    assert len(platform.sent) == 1
    last = feeds.served("/headlines/news")[-1]
    assert last.headers.get("If-None-Match"), "polls are conditional"
    assert "RoadieBot" in last.headers["User-Agent"]
    assert find_feed(kb, "1").last_status == "not modified"


async def test_a_new_subscription_does_not_get_the_backlog(
    kb: KnowledgeBase, feeds: FakeFeeds
) -> None:
    follow(kb, "kind:tour", channel="OLD")
    platform = await baseline(kb, feeds)
    feeds.feeds["news"].append(item("tour", "Wilco Announce 2025 North American Tour"))
    await announce_pending(kb, {"discord": platform}, settings=settings(), now=minutes(11))
    assert [c for c, _ in platform.sent] == ["OLD"]
    subscribe(kb, "discord", "NEW", parse_target(kb, "kind:tour"), minutes(12))
    await announce_pending(kb, {"discord": platform}, settings=settings(), now=minutes(30))
    assert [c for c, _ in platform.sent] == ["OLD"]


async def test_a_preview_posts_only_the_latest_few(kb: KnowledgeBase, feeds: FakeFeeds) -> None:
    from bot.announcer.commands import Asker, subscribe_reply

    platform = await baseline(kb, feeds)
    chosen = settings(ROADIE_SUBSCRIBE_PREVIEW="2")
    reply = subscribe_reply(kb, chosen, Asker("discord", "C9", "U1", True), "kind:album", NOW)
    assert "latest 2" in reply.text
    await announce_pending(kb, {"discord": platform}, settings=chosen, now=minutes(1))
    assert len(platform.sent) == 2
    assert all((h or "").startswith("New album") for h in platform.headings())


async def test_one_story_across_outlets_is_one_push_listing_every_source(
    kb: KnowledgeBase, feeds: FakeFeeds
) -> None:
    follow(kb, "all")
    feeds.feeds["other"] = []
    platform = await baseline(kb, feeds)
    add_feed(kb, feeds.url("/headlines/other"), 10, NOW, LOOPBACK)
    await announce_pending(kb, {"discord": platform}, settings=settings(), now=NOW)
    feeds.feeds["news"].append(item("wilco", "Wilco Announce New Album Cousin", "a.com"))
    feeds.feeds["other"].append(
        item("wilco", "Wilco announce new album, Cousin, out this fall", "b.com")
    )
    await announce_pending(kb, {"discord": platform}, settings=settings(), now=minutes(11))
    ((_, reply),) = platform.sent
    assert reply.article is not None and reply.article.source == "a.com"
    assert [s.source for s in reply.sources] == ["b.com"]
    feeds.feeds["other"].append(item("wilco-2", "Wilco Announce New Album 'Cousin'", "c.com"))
    await announce_pending(kb, {"discord": platform}, settings=settings(), now=minutes(22))
    assert len(platform.sent) == 1, "a story that gains a source is not sent again"


async def test_a_changed_item_is_not_pushed_again(kb: KnowledgeBase, feeds: FakeFeeds) -> None:
    follow(kb, "all")
    platform = await baseline(kb, feeds)
    feeds.feeds["news"].append(WILCO)
    await announce_pending(kb, {"discord": platform}, settings=settings(), now=minutes(11))
    feeds.feeds["news"][-1] = {**WILCO, "title": "Wilco Announce New Album Cousin (Updated)"}
    feeds.feeds["news"][0] = {**feeds.feeds["news"][0], "date": "2025-08-05"}
    report = await announce_pending(kb, {"discord": platform}, settings=settings(), now=minutes(22))
    assert report.polled == 1 and report.new_stories == 0
    assert len(platform.sent) == 1


async def test_a_burst_for_one_channel_becomes_one_digest(
    kb: KnowledgeBase, feeds: FakeFeeds
) -> None:
    follow(kb, "all")
    follow(kb, "topic:Cousin", channel="QUIET")
    platform = await baseline(kb, feeds, "burst")
    new = [row for row in headlines(50)[10:] if row["title"]]
    feeds.feeds["burst"] += new
    feeds.feeds["burst"].append(WILCO)
    await announce_pending(kb, {"discord": platform}, settings=settings(), now=minutes(11))
    by_channel = {channel: reply for channel, reply in platform.sent}
    assert len(platform.sent) == 2
    digest = by_channel["C1"]
    assert digest.heading is not None and digest.heading.endswith("new announcements")
    count = int(digest.heading.split()[0])
    assert count > 5 and len(digest.text.splitlines()) == 2 * count
    assert by_channel["QUIET"].heading == "New album: Wilco Announce New Album Cousin"


async def test_a_failing_feed_is_paused_and_channels_are_told_once(
    kb: KnowledgeBase, feeds: FakeFeeds
) -> None:
    follow(kb, "all", channel="C1")
    follow(kb, "kind:tour", channel="C2", platform="slack")
    add_feed(kb, feeds.url("/broken"), 1, NOW, LOOPBACK)
    discord, slack = Recorder(), Recorder(platform="slack")
    senders = {"discord": discord, "slack": slack}
    chosen = settings(ROADIE_FEED_MAX_FAILURES="3")
    for tick in range(6):
        await announce_pending(kb, senders, settings=chosen, now=minutes(tick * 2))
    feed = find_feed(kb, "1")
    assert feed.failures == 3 and feed.paused_reason is not None
    assert "HTTP 500" in feed.paused_reason
    assert len(feeds.served("/broken")) == 3
    assert [c for c, _ in discord.sent] == ["C1"] and [c for c, _ in slack.sent] == ["C2"]
    assert "feeds resume 1" in discord.sent[0][1].text
    resume_feed(kb, "1", minutes(20))
    await announce_pending(kb, senders, settings=chosen, now=minutes(20))
    assert len(feeds.served("/broken")) == 4 and find_feed(kb, "1").failures == 1


async def test_a_failed_send_backs_off_then_parks(kb: KnowledgeBase, feeds: FakeFeeds) -> None:
    follow(kb, "all")
    platform = await baseline(kb, feeds)
    feeds.feeds["news"].append(WILCO)
    platform.failures = 100
    chosen = settings(ROADIE_DELIVERY_MAX_ATTEMPTS="3")
    report = await announce_pending(kb, {"discord": platform}, settings=chosen, now=minutes(11))
    assert report.failed == 1
    report = await announce_pending(kb, {"discord": platform}, settings=chosen, now=minutes(11.2))
    assert report.failed == 0, "backoff: not retried at once"
    for at in (12, 14):
        report = await announce_pending(kb, {"discord": platform}, settings=chosen, now=minutes(at))
    assert report.parked == 1
    (parked,) = outbox.parked(kb)
    assert parked.error == "fake platform is down"
    platform.failures = 0
    await announce_pending(kb, {"discord": platform}, settings=chosen, now=minutes(200))
    assert platform.sent == []


async def test_without_a_sender_deliveries_wait(kb: KnowledgeBase, feeds: FakeFeeds) -> None:
    follow(kb, "all", platform="slack")
    platform = await baseline(kb, feeds)
    feeds.feeds["news"].append(WILCO)
    report = await announce_pending(kb, {"discord": platform}, settings=settings(), now=minutes(11))
    assert report.waiting == {"slack": 1}
    slack = Recorder(platform="slack")
    await announce_pending(kb, {"slack": slack}, settings=settings(), now=minutes(12))
    assert len(slack.sent) == 1


async def test_an_abandoned_claim_is_taken_over_after_the_lease_and_a_failed_mark_is_not_repeated(
    kb: KnowledgeBase, feeds: FakeFeeds, monkeypatch: pytest.MonkeyPatch
) -> None:
    follow(kb, "all")
    platform = await baseline(kb, feeds)
    feeds.feeds["news"].append(WILCO)
    real_mark = outbox.mark_delivered

    def broken_mark(*args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(outbox, "mark_delivered", broken_mark)
    await announce_pending(kb, {"discord": platform}, settings=settings(), now=minutes(11))
    assert len(platform.sent) == 1
    monkeypatch.setattr(outbox, "mark_delivered", real_mark)
    report = await announce_pending(kb, {"discord": platform}, settings=settings(), now=minutes(12))
    assert report.delivered == 0, "still within the lease: the claim is respected"
    report = await announce_pending(kb, {"discord": platform}, settings=settings(), now=minutes(14))
    assert report.delivered == 1
    assert len(platform.sent) == 1, "the resend carried the same key: no visible duplicate"


async def test_feed_credentials_never_reach_chat_notices_or_logs(
    kb: KnowledgeBase, feeds: FakeFeeds, caplog: pytest.LogCaptureFixture
) -> None:
    """A feed URL with `user:password@` and a token used to show in `/feeds` (any member), the
    INFO logs and the pause notice posted to every subscribed channel."""
    follow(kb, "all", channel="C1")
    secret = feeds.url("/broken").replace("http://", "http://reader:hunter2-pw@")
    add_feed(kb, secret + "?token=tok-9f8e7d&page=1", 1, NOW, LOOPBACK)
    platform = Recorder()
    chosen = settings(ROADIE_FEED_MAX_FAILURES="2")
    caplog.set_level(logging.DEBUG)
    reports = [
        await announce_pending(kb, {"discord": platform}, settings=chosen, now=minutes(at))
        for at in (0, 2, 4)
    ]
    assert feeds.served("/broken")[0].headers["Authorization"].startswith("Basic "), "used"
    listing = feeds_reply(kb, Scope("discord", "", "C1")).text
    assert "http://***@127.0.0.1" in listing and "token=***" in listing
    ((_, notice),) = platform.sent
    shown = [listing, notice.text, *(r.summary() for r in reports), caplog.text]
    for text in shown:
        assert "hunter2-pw" not in text and "tok-9f8e7d" not in text, text


async def test_unsubscribing_withdraws_what_was_queued_for_that_subscription(
    kb: KnowledgeBase,
) -> None:
    """3,000 queued deliveries used to be sent after `subscriptions remove`."""
    follow(kb, "all", channel="GONE")
    follow(kb, "all", channel="KEPT")
    follow(kb, "all", channel="BOTH")
    follow(kb, "kind:tour", channel="BOTH")
    kinds = ["Album", "Tour", "Single"]
    records = [
        ArticleRecord(
            f"https://news.example/{n}",
            f"Group Number {n} Announces New {kinds[n % 3]} Named Thing {n}",
            NOW.date().isoformat(),
            "news.example",
        )
        for n in range(3000)
    ]
    add_articles(kb, records, announce=True)
    stories = len(cluster(kb, NOW, 48))
    tours = kb.query("SELECT count(*) FROM stories WHERE kind = 'tour'")[0][0]
    assert stories > 2500 and tours > 800
    assert queue_stories(kb, NOW) == 3 * stories
    for channel in ("GONE", "BOTH"):
        assert unsubscribe(kb, "discord", channel, parse_target(kb, "all"))
    platform = Recorder()
    chosen = settings(ROADIE_BURST_LIMIT="100000")
    await announce_pending(kb, {"discord": platform}, settings=chosen, now=minutes(1))
    sent = Counter(channel for channel, _ in platform.sent)
    assert sent == {"KEPT": stories, "BOTH": tours}, "BOTH still follows its tours"
