"""One polling round over the feeds that are due: conditional GET, health, ingest.

Feeds on different hosts are fetched in parallel threads; feeds on one host are fetched one
after another with a pause between requests, to be polite to small publishers. Every item goes
through the knowledge base's own ingest, so pushes see the same entities, facts and announcement
kind as answers do. A feed's first successful poll is its baseline: ingested, never pushed.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

import httpx

from bot.announcer.clock import later, stamp
from bot.announcer.feeds.registry import Feed, due_feeds
from bot.settings import Settings
from knowledge.ingest import Fetched, Fetcher, FetchError, parse_feed_bytes
from knowledge.ingest.loader import add_articles
from knowledge.records import ArticleRecord, Problem
from knowledge.store import KnowledgeBase

log = logging.getLogger(__name__)
MAX_HOSTS_AT_ONCE = 8


@dataclass
class Fetch:
    """What one request for one feed gave: records, not-modified, or why it failed."""

    feed: Feed
    records: list[ArticleRecord] = field(default_factory=list)
    not_modified: bool = False
    error: str | None = None
    note: str | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class PollReport:
    polled: int = 0
    failed: int = 0
    fresh_article_ids: list[int] = field(default_factory=list)
    """Articles added by feeds past their baseline: the candidates for pushes."""
    newly_paused: list[Feed] = field(default_factory=list)


def _read(fetched: Fetched, feed: Feed) -> Fetch:
    result = Fetch(feed, etag=fetched.headers.get("etag"))
    result.last_modified = fetched.headers.get("last-modified")
    if fetched.status == 304:
        result.not_modified = True
        return result
    problems: list[Problem] = []
    for item in parse_feed_bytes(fetched.data, feed.url):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            result.records.append(item)
    unreadable = [p for p in problems if "not a readable feed" in p.reason]
    if not result.records and unreadable:
        result.error = unreadable[0].reason
    elif problems:
        result.note = f"{len(problems)} skipped: {problems[0].reason}"
    return result


def _fetch_host(
    feeds: list[Feed], settings: Settings, transport: httpx.BaseTransport | None
) -> list[Fetch]:
    results: list[Fetch] = []
    with Fetcher(
        transport=transport,
        timeout=settings.feed_timeout_seconds,
        user_agent=settings.user_agent,
    ) as fetcher:
        for index, feed in enumerate(feeds):
            if index:
                time.sleep(settings.feed_host_delay_seconds)
            headers = {}
            if feed.etag:
                headers["If-None-Match"] = feed.etag
            if feed.last_modified:
                headers["If-Modified-Since"] = feed.last_modified
            try:
                results.append(_read(fetcher.get(feed.url, headers=headers), feed))
            except FetchError as error:
                results.append(Fetch(feed, error=str(error)))
    return results


def fetch_all(
    feeds: list[Feed], settings: Settings, transport: httpx.BaseTransport | None = None
) -> list[Fetch]:
    """Fetch every feed: hosts in parallel, each host's feeds in turn."""
    by_host: dict[str, list[Feed]] = defaultdict(list)
    for feed in feeds:
        by_host[feed.host].append(feed)
    if not by_host:
        return []
    workers = min(MAX_HOSTS_AT_ONCE, len(by_host))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="feeds") as pool:
        groups = pool.map(lambda group: _fetch_host(group, settings, transport), by_host.values())
        return [fetch for group in groups for fetch in group]


def _record_health(kb: KnowledgeBase, fetch: Fetch, settings: Settings, now: datetime) -> bool:
    """Store the poll's outcome; True when this failure is the one that pauses the feed."""
    feed = fetch.feed
    moment = stamp(now)
    upcoming = later(now, minutes=feed.every_minutes)
    with kb.transaction() as conn:
        if fetch.error is None:
            status = "not modified" if fetch.not_modified else f"ok, {len(fetch.records)} items"
            if fetch.note:
                status += f" ({fetch.note})"
            conn.execute(
                "UPDATE feeds SET last_fetch_at = ?, last_status = ?, failures = 0, "
                "next_poll_at = ?, baseline_done = 1, etag = coalesce(?, etag), "
                "last_modified = coalesce(?, last_modified) WHERE id = ?",
                (moment, status, upcoming, fetch.etag, fetch.last_modified, feed.id),
            )
            return False
        failures = feed.failures + 1
        pause = failures >= settings.feed_max_failures
        reason = f"{failures} failed polls in a row, last: {fetch.error}" if pause else None
        conn.execute(
            "UPDATE feeds SET last_fetch_at = ?, last_status = ?, failures = ?, next_poll_at = ?, "
            "paused_at = CASE WHEN ? THEN ? END, paused_reason = ?, pauses = pauses + ? "
            "WHERE id = ?",
            (
                moment,
                f"failed: {fetch.error}",
                failures,
                upcoming,
                pause,
                moment,
                reason,
                int(pause),
                feed.id,
            ),
        )
        return pause


def poll_due(
    kb: KnowledgeBase,
    settings: Settings,
    now: datetime,
    transport: httpx.BaseTransport | None = None,
) -> PollReport:
    """Poll every due feed once, ingest what is new, and record each feed's health."""
    report = PollReport()
    for fetch in fetch_all(due_feeds(kb, stamp(now)), settings, transport):
        report.polled += 1
        if fetch.error is not None:
            report.failed += 1
            log.warning("feed %s: %s", fetch.feed.url, fetch.error)
        elif fetch.records:
            added = add_articles(kb, fetch.records).added_ids
            if fetch.feed.baseline_done:
                report.fresh_article_ids += added
            else:
                log.info("feed %s: baseline of %d items, not pushed", fetch.feed.url, len(added))
        if _record_health(kb, fetch, settings, now):
            report.newly_paused.append(fetch.feed)
    return report
