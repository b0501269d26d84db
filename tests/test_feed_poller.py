"""Polling against the loopback feed server: real files, 304s and every kind of broken feed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from announce_helpers import NOW, item, minutes, settings
from fakes.feed_server import LOOPBACK, FakeFeeds, headlines, rss

from bot.announcer.feeds.poller import poll_due
from bot.announcer.feeds.registry import (
    FeedError,
    add_feed,
    find_feed,
    list_feeds,
    remove_feed,
    seed_feeds,
)
from bot.settings import Settings
from knowledge.ingest.addresses import AddressPolicy
from knowledge.store import KnowledgeBase


@pytest.fixture
def kb() -> Iterator[KnowledgeBase]:
    base = KnowledgeBase.in_memory()
    yield base
    base.close()


async def test_the_real_rss_file_is_ingested_then_answered_with_304(
    kb: KnowledgeBase, feeds: FakeFeeds
) -> None:
    add_feed(kb, feeds.url("/rss/inyourbones_feed.xml"), 10, NOW, LOOPBACK)
    first = await asyncio.to_thread(poll_due, kb, settings(), NOW)
    assert (first.polled, first.failed, first.added) == (1, 0, 5)
    assert kb.article_count() == 5
    assert kb.query("SELECT count(*) FROM new_articles") == [(0,)], "a baseline is not new"
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
    add_feed(kb, feeds.url(path), 10, NOW, LOOPBACK)
    report = await asyncio.to_thread(poll_due, kb, settings(ROADIE_FEED_TIMEOUT_SECONDS="0.3"), NOW)
    assert report.failed == 1
    feed = find_feed(kb, "1")
    assert feed.failures == 1 and reason in (feed.last_status or "")


async def test_a_truncated_feed_keeps_the_items_it_could_read(
    kb: KnowledgeBase, feeds: FakeFeeds
) -> None:
    add_feed(kb, feeds.url("/truncated"), 10, NOW, LOOPBACK)
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


@pytest.fixture
def shared_kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    """A knowledge base file, so a test can watch it through a second connection."""
    base = KnowledgeBase.open(tmp_path / "roadie.db")
    yield base
    base.close()


async def test_a_server_that_drips_holds_up_nothing_and_is_cut_off_at_the_deadline(
    shared_kb: KnowledgeBase, feeds: FakeFeeds, tmp_path: Path
) -> None:
    """A byte every 50 ms never trips a read timeout; only the deadline for the whole download
    ends it, and the feed on another host is stored before then."""
    both = AddressPolicy.allowing(["127.0.0.1", "localhost"])
    add_feed(shared_kb, feeds.url("/drip"), 10, NOW, LOOPBACK)
    healthy = feeds.url("/rss/inyourbones_feed.xml").replace("127.0.0.1", "localhost")
    add_feed(shared_kb, healthy, 10, NOW, both)
    chosen = settings(ROADIE_FEED_TIMEOUT_SECONDS="3", ROADIE_FETCH_ALLOW="127.0.0.1,localhost")
    polling = asyncio.create_task(asyncio.to_thread(poll_due, shared_kb, chosen, NOW))
    watcher = KnowledgeBase.open(tmp_path / "roadie.db")
    try:
        deadline = time.monotonic() + 60
        while watcher.article_count() < 5:
            assert time.monotonic() < deadline and not polling.done(), "healthy feed not stored"
            await asyncio.sleep(0.01)
        assert not polling.done(), "the healthy feed was stored while the other still dripped"
    finally:
        watcher.close()
    report = await asyncio.wait_for(polling, 60)
    assert (report.polled, report.failed) == (2, 1)
    drip = find_feed(shared_kb, "1")
    assert drip.last_status == "failed: Timeout: no complete response within 3 s"


@pytest.mark.parametrize(
    ("url", "allow", "refused"),
    [
        ("http://localhost:{port}/rss/inyourbones_feed.xml", "", "is a loopback address"),
        (
            "http://localhost:{port}/redirect?to=http://127.0.0.1:{port}/rss/inyourbones_feed.xml",
            "localhost",
            "127.0.0.1 is a loopback address",
        ),
    ],
    ids=["name resolved to loopback", "redirect to loopback"],
)
async def test_the_address_policy_is_checked_on_the_resolved_address_and_every_redirect(
    kb: KnowledgeBase, feeds: FakeFeeds, url: str, allow: str, refused: str
) -> None:
    add_feed(kb, url.format(port=feeds.port), 10, NOW, LOOPBACK)
    report = await asyncio.to_thread(poll_due, kb, settings(ROADIE_FETCH_ALLOW=allow), NOW)
    assert report.failed == 1 and kb.article_count() == 0
    status = find_feed(kb, "1").last_status or ""
    assert refused in status and "ROADIE_FETCH_ALLOW" in status
    assert not feeds.served("/rss/inyourbones_feed.xml"), "nothing was read from loopback"


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1/feed", "http://169.254.169.254/latest/meta-data", "http://[::1]/feed"],
)
def test_a_feed_on_a_private_address_is_not_added(kb: KnowledgeBase, url: str) -> None:
    with pytest.raises(FeedError, match="ROADIE_FETCH_ALLOW"):
        add_feed(kb, url, 10, NOW)
    assert list_feeds(kb) == []


async def test_a_feed_is_cut_to_its_item_cap_and_one_over_its_size_cap_is_not_read(
    kb: KnowledgeBase, feeds: FakeFeeds
) -> None:
    feeds.feeds["many"] = headlines(50)
    add_feed(kb, feeds.url("/headlines/many"), 10, NOW, LOOPBACK)
    report = await asyncio.to_thread(poll_due, kb, settings(ROADIE_FEED_MAX_ITEMS="10"), NOW)
    assert (report.failed, kb.article_count()) == (0, 10)
    assert "only the first 10 of 50 entries read" in (find_feed(kb, "1").last_status or "")
    remove_feed(kb, "1", NOW)
    add_feed(kb, feeds.url("/headlines/many"), 10, NOW, LOOPBACK)
    report = await asyncio.to_thread(poll_due, kb, settings(ROADIE_FEED_MAX_BYTES="2000"), NOW)
    assert report.failed == 1 and kb.article_count() == 10
    status = find_feed(kb, "1").last_status or ""
    assert "larger than 2000 bytes" in status and "ROADIE_FEED_MAX_BYTES" in status


async def test_a_huge_feed_is_refused_by_the_default_cap(
    kb: KnowledgeBase, feeds: FakeFeeds
) -> None:
    """A 19 MB feed of 84,000 items used to be read whole (366 MB and 28 s for one feed)."""
    feeds.documents["huge"] = rss(
        [
            item(f"n{n}", f"Band {n} Shares A New Video With A Long Headline", date="2025-08-06")
            for n in range(84_000)
        ]
    )
    assert len(feeds.documents["huge"]) > 19_000_000
    add_feed(kb, feeds.url("/bytes/huge"), 10, NOW, LOOPBACK)
    chosen = settings(ROADIE_FEED_TIMEOUT_SECONDS="60")
    report = await asyncio.to_thread(poll_due, kb, chosen, NOW)
    assert report.failed == 1 and kb.article_count() == 0
    status = find_feed(kb, "1").last_status or ""
    assert f"larger than {Settings().feed_max_bytes} bytes" in status


async def test_a_paused_feed_removed_and_added_again_starts_afresh(
    kb: KnowledgeBase, feeds: FakeFeeds
) -> None:
    add_feed(kb, feeds.url("/broken"), 10, NOW, LOOPBACK)
    chosen = settings(ROADIE_FEED_MAX_FAILURES="1")
    await asyncio.to_thread(poll_due, kb, chosen, NOW)
    assert find_feed(kb, "1").state == "paused"
    remove_feed(kb, "1", minutes(1))
    again = add_feed(kb, feeds.url("/broken"), 10, minutes(2), LOOPBACK)
    assert (again.state, again.failures, again.baseline_done) == (
        "waiting for first poll",
        0,
        False,
    )
    report = await asyncio.to_thread(poll_due, kb, chosen, minutes(2))
    assert report.polled == 1, "polled at the next tick"
