"""Polling against the loopback feed server: real files, 304s and every kind of broken feed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from announce_helpers import NOW, minutes, settings
from fakes.feed_server import FakeFeeds

from bot.announcer.feeds.poller import poll_due
from bot.announcer.feeds.registry import (
    FeedError,
    add_feed,
    find_feed,
    list_feeds,
    remove_feed,
    seed_feeds,
)
from knowledge.store import KnowledgeBase


@pytest.fixture
def kb() -> Iterator[KnowledgeBase]:
    base = KnowledgeBase.in_memory()
    yield base
    base.close()


async def test_the_real_rss_file_is_ingested_then_answered_with_304(
    kb: KnowledgeBase, feeds: FakeFeeds
) -> None:
    add_feed(kb, feeds.url("/rss/inyourbones_feed.xml"), 10, NOW)
    first = await asyncio.to_thread(poll_due, kb, settings(), NOW)
    assert (first.polled, first.failed, first.fresh_article_ids) == (1, 0, [])
    assert kb.article_count() == 5
    second = await asyncio.to_thread(poll_due, kb, settings(), minutes(10))
    assert second.polled == 1
    (feed,) = list_feeds(kb)
    assert (feed.last_status, feed.failures) == ("not modified", 0)
    request = feeds.served("/rss/inyourbones_feed.xml")[-1]
    assert request.headers["If-Modified-Since"] == "Wed, 06 Aug 2025 12:00:00 GMT"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404"),
        ("/broken", "HTTP 500"),
        ("/slow", "Timeout"),
        ("/html", "not a readable feed"),
    ],
)
async def test_a_broken_feed_is_a_failure_with_its_reason(
    kb: KnowledgeBase, feeds: FakeFeeds, path: str, reason: str
) -> None:
    add_feed(kb, feeds.url(path), 10, NOW)
    report = await asyncio.to_thread(poll_due, kb, settings(ROADIE_FEED_TIMEOUT_SECONDS="0.3"), NOW)
    assert report.failed == 1
    feed = find_feed(kb, "1")
    assert feed.failures == 1 and reason in (feed.last_status or "")


async def test_a_truncated_feed_keeps_the_items_it_could_read(
    kb: KnowledgeBase, feeds: FakeFeeds
) -> None:
    add_feed(kb, feeds.url("/truncated"), 10, NOW)
    report = await asyncio.to_thread(poll_due, kb, settings(), NOW)
    assert report.failed == 0 and kb.article_count() >= 1
    assert "malformed" in (find_feed(kb, "1").last_status or "")


def test_feeds_are_managed_by_url_or_id_and_seeds_stay_removed(kb: KnowledgeBase) -> None:
    seed_feeds(kb, ("https://example.com/a.xml",), 10, "2025-08-06T12:00:00+00:00")
    feed = add_feed(kb, "https://example.com/b.xml", 5, NOW)
    assert find_feed(kb, str(feed.id)).url == "https://example.com/b.xml"
    remove_feed(kb, "https://example.com/a.xml", NOW)
    seed_feeds(kb, ("https://example.com/a.xml",), 10, "2025-08-06T12:00:00+00:00")
    assert [f.url for f in list_feeds(kb)] == ["https://example.com/b.xml"]
    with pytest.raises(FeedError, match="feeds list"):
        find_feed(kb, "99")
    with pytest.raises(FeedError, match="http"):
        add_feed(kb, "ftp://example.com/feed", 10, NOW)
