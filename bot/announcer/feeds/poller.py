"""One polling round over the feeds that are due: conditional GET, health, ingest.

Feeds on different hosts are downloaded in parallel threads; feeds on one host one after another
with a pause between requests, to be polite to small publishers. Each download has one deadline
for all of it and a size cap, and goes only to addresses the fetch policy allows
(`knowledge.ingest.addresses`). Each feed is parsed and stored as soon as its download is done, so
a slow host holds up nothing but itself. Every item goes through the knowledge base's own ingest,
so pushes see the same entities, facts and announcement kind as answers do. A feed's first
successful poll is its baseline: ingested, never pushed; after it, the articles a poll adds are
marked new in the same transaction that stores them, for the announcer to push (see
`bot.announcer.tick`). Feed URLs are shown and logged only through `redact`.
"""

from __future__ import annotations

import logging
import queue
import time
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from sqlite3 import Connection

import httpx

from bot.announcer import outbox
from bot.announcer.clock import later, stamp
from bot.announcer.feeds.registry import Feed, due_feeds
from bot.announcer.subscriptions import subscribed_channels
from bot.settings import Settings
from knowledge.ingest.addresses import AddressPolicy, redact, redact_in
from knowledge.ingest.feeds import parse_feed_bytes
from knowledge.ingest.fetch import Fetched, Fetcher, FetchError, TooLarge
from knowledge.ingest.loader import add_articles
from knowledge.records import ArticleRecord, Problem
from knowledge.store import KnowledgeBase

log = logging.getLogger(__name__)
MAX_HOSTS_AT_ONCE = 8


@dataclass
class Download:
    """One feed's response, or why there is none."""

    feed: Feed
    fetched: Fetched | None = None
    error: str | None = None


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
    added: int = 0
    """Articles stored by this round, baselines included."""
    newly_paused: list[Feed] = field(default_factory=list)


def _note(problems: list[Problem], feed: Feed) -> str | None:
    """The feed's own notes (malformed, cut at the item cap), then how many entries were
    skipped and why the first was."""
    notes = [p.reason for p in problems if p.where == feed.url]
    skipped = [p for p in problems if p.where != feed.url]
    if skipped:
        notes.append(f"{len(skipped)} skipped: {skipped[0].reason}")
    return "; ".join(notes) or None


def _read(download: Download, max_items: int) -> Fetch:
    """The feed's records from its download: parsed here, in the thread that stores them, so
    only one large feed at a time is held as parsed objects."""
    feed, fetched = download.feed, download.fetched
    if fetched is None:
        return Fetch(feed, error=download.error)
    result = Fetch(feed, etag=fetched.headers.get("etag"))
    result.last_modified = fetched.headers.get("last-modified")
    if fetched.status == 304:
        result.not_modified = True
        return result
    problems: list[Problem] = []
    for item in parse_feed_bytes(fetched.data, feed.url, max_items):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            result.records.append(item)
    unreadable = [p for p in problems if "not a readable feed" in p.reason]
    if not result.records and unreadable:
        result.error = unreadable[0].reason
    else:
        result.note = _note(problems, feed)
    return result


def _download(fetcher: Fetcher, feed: Feed, max_bytes: int) -> Download:
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        return Download(feed, fetched=fetcher.get(feed.url, headers=headers))
    except TooLarge:
        return Download(
            feed,
            error=f"feed larger than {max_bytes} bytes, not read; "
            "raise ROADIE_FEED_MAX_BYTES to follow it",
        )
    except FetchError as error:
        return Download(feed, error=redact_in(str(error), feed.url))


def _download_host(
    feeds: list[Feed],
    settings: Settings,
    policy: AddressPolicy,
    transport: httpx.BaseTransport | None,
    done: queue.Queue[Download],
) -> None:
    """Download one host's feeds in turn, handing each over as soon as it is done."""
    handed = 0
    try:
        with Fetcher(
            transport=transport,
            timeout=settings.feed_timeout_seconds,
            user_agent=settings.user_agent,
            max_bytes=settings.feed_max_bytes,
            policy=policy,
        ) as fetcher:
            for feed in feeds:
                if handed:
                    time.sleep(settings.feed_host_delay_seconds)
                done.put(_download(fetcher, feed, settings.feed_max_bytes))
                handed += 1
    finally:
        for feed in feeds[handed:]:
            done.put(Download(feed, error="not fetched: the poller failed"))


def downloads(
    feeds: list[Feed], settings: Settings, transport: httpx.BaseTransport | None = None
) -> Iterator[Download]:
    """Every feed's download, in the order they finish: hosts in parallel, each host's feeds
    in turn."""
    policy = AddressPolicy.allowing(settings.fetch_allow)
    by_host: dict[str, list[Feed]] = defaultdict(list)
    for feed in feeds:
        by_host[feed.host].append(feed)
    if not by_host:
        return
    done: queue.Queue[Download] = queue.Queue()
    workers = min(MAX_HOSTS_AT_ONCE, len(by_host))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="feeds") as pool:
        running = [
            pool.submit(_download_host, group, settings, policy, transport, done)
            for group in by_host.values()
        ]
        for _ in feeds:
            yield done.get()
        for worker in running:
            worker.result()


def _pause_notice(
    kb: KnowledgeBase, conn: Connection, feed: Feed, reason: str, pauses: int, moment: str
) -> None:
    """Tell every subscribed channel, once per pause, in the transaction that pauses the feed."""
    text = (
        f"I stopped following {redact(feed.url)}: {reason}. An admin can resume it with "
        f"`python -m bot feeds resume {feed.id}` once the feed works again."
    )
    key = f"paused:{feed.id}:{pauses}"
    outbox.add_notice(conn, key, text, subscribed_channels(kb), moment)


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
        pauses = conn.execute(
            "UPDATE feeds SET last_fetch_at = ?, last_status = ?, failures = ?, next_poll_at = ?, "
            "paused_at = CASE WHEN ? THEN ? END, paused_reason = ?, pauses = pauses + ? "
            "WHERE id = ? RETURNING pauses",
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
        ).fetchone()[0]
        if reason is not None:
            _pause_notice(kb, conn, feed, reason, int(pauses), moment)
        return pause


def poll_due(
    kb: KnowledgeBase,
    settings: Settings,
    now: datetime,
    transport: httpx.BaseTransport | None = None,
) -> PollReport:
    """Poll every due feed once, storing each as soon as it arrives: its new articles (marked
    new for the announcer once its baseline is done) and its health."""
    report = PollReport()
    for download in downloads(due_feeds(kb, stamp(now)), settings, transport):
        fetch = _read(download, settings.feed_max_items)
        feed = fetch.feed
        report.polled += 1
        if fetch.error is not None:
            report.failed += 1
            log.warning("feed %s: %s", redact(feed.url), fetch.error)
        elif fetch.records:
            added = add_articles(kb, fetch.records, announce=feed.baseline_done).added
            report.added += added
            if not feed.baseline_done:
                log.info("feed %s: baseline of %d items, not pushed", redact(feed.url), added)
        if _record_health(kb, fetch, settings, now):
            report.newly_paused.append(feed)
    return report
