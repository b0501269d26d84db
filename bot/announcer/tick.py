"""The announcer: `announce_pending()` is one tick; `run_forever()` repeats it.

A tick polls the due feeds, files new announcement articles into stories, queues each new story
for every channel that follows it, and delivers what is due through the outbox. It knows no
platform: `senders` maps a platform name to its `Sender`, and deliveries for a platform without
one simply wait. Each step commits before the next, so a crash anywhere loses nothing (see
`bot.announcer.outbox` for why nothing is repeated either).
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

import httpx

from bot.announcer import outbox
from bot.announcer.clock import aware, stamp
from bot.announcer.feeds.poller import PollReport, poll_due
from bot.announcer.feeds.registry import Feed, seed_feeds
from bot.announcer.render import digest_reply, notice_reply, story_reply
from bot.announcer.stories import cluster
from bot.announcer.subscriptions import Matcher, subscribed_channels, subscriptions_of
from bot.core.messages import Reply, Sender, SendError
from bot.settings import Settings
from knowledge.store import KnowledgeBase

log = logging.getLogger(__name__)
CHANNELS_AT_ONCE = 16


@runtime_checkable
class KeyedSender(Protocol):
    """A Sender that can pass an idempotency key, so a retried send shows up only once."""

    platform: str

    async def send(self, channel_id: str, reply: Reply) -> None: ...

    async def send_keyed(self, channel_id: str, reply: Reply, key: str, retry: bool) -> None: ...


@dataclass
class TickReport:
    polled: int = 0
    failed_feeds: int = 0
    new_stories: int = 0
    queued: int = 0
    delivered: int = 0
    failed: int = 0
    parked: int = 0
    paused_feeds: list[str] = field(default_factory=list)
    waiting: dict[str, int] = field(default_factory=dict)
    """Deliveries still queued per platform after the tick (e.g. no sender for it)."""

    def summary(self) -> str:
        text = (
            f"polled {self.polled} feeds ({self.failed_feeds} failed), {self.new_stories} new "
            f"stories, {self.queued} queued, {self.delivered} delivered, {self.failed} failed, "
            f"{self.parked} parked"
        )
        if self.paused_feeds:
            text += f"; paused: {', '.join(self.paused_feeds)}"
        return text


def _story_facts(kb: KnowledgeBase, story_id: int) -> tuple[str, set[int], str, str]:
    """What subscriptions match on: kind, artists in the title, title + summary, created."""
    kind, article_id, created, entity = kb.query(
        "SELECT kind, article_id, created_at, entity_id FROM stories WHERE id = ?", [story_id]
    )[0]
    title, summary = kb.query("SELECT title, summary FROM articles WHERE id = ?", [article_id])[0]
    artists = {
        int(r[0])
        for r in kb.query(
            "SELECT entity_id FROM mentions WHERE article_id = ? AND place = 0", [article_id]
        )
    }
    if entity is not None:
        artists.add(int(entity))
    return str(kind), artists, f"{title}\n{summary or ''}", str(created)


def queue_stories(kb: KnowledgeBase, story_ids: list[int], now: datetime) -> int:
    """Queue every new story for every channel that follows it."""
    if not story_ids:
        return 0
    matcher = Matcher(subscriptions_of(kb))
    pairs = []
    for story_id in story_ids:
        kind, artists, text, created = _story_facts(kb, story_id)
        for platform, channel in sorted(matcher.channels(kind, artists, text, created)):
            pairs.append((story_id, platform, channel))
    return outbox.enqueue_stories(kb, pairs, now)


def _tell_paused(kb: KnowledgeBase, paused: list[Feed], now: datetime) -> None:
    channels = subscribed_channels(kb)
    for feed in paused:
        pauses = kb.query("SELECT pauses, paused_reason FROM feeds WHERE id = ?", [feed.id])[0]
        text = (
            f"I stopped following {feed.url}: {pauses[1]}. An admin can resume it with "
            f"`python -m bot feeds resume {feed.id}` once the feed works again."
        )
        outbox.enqueue_notice(kb, f"paused:{feed.id}:{pauses[0]}", text, channels, now)


def _prepare(
    kb: KnowledgeBase, settings: Settings, now: datetime, transport: httpx.BaseTransport | None
) -> tuple[PollReport, list[int], int]:
    """The blocking half of a tick (HTTP and SQLite), run in a worker thread."""
    seed_feeds(kb, settings.feeds, settings.feed_interval_minutes, stamp(now))
    polled = poll_due(kb, settings, now, transport)
    stories = cluster(kb, polled.fresh_article_ids, now, settings.story_window_hours)
    queued = queue_stories(kb, stories, now)
    _tell_paused(kb, polled.newly_paused, now)
    return polled, stories, queued


def _reply_for(kb: KnowledgeBase, batch: outbox.Batch) -> Reply:
    if batch.notices:
        return notice_reply("\n\n".join(batch.notices))
    if len(batch.story_ids) == 1:
        return story_reply(kb, batch.story_ids[0])
    return digest_reply(kb, batch.story_ids)


async def _send(sender: Sender, batch: outbox.Batch, reply: Reply, retry: bool) -> None:
    if isinstance(sender, KeyedSender):
        await sender.send_keyed(batch.channel_id, reply, batch.key, retry)
    else:
        await sender.send(batch.channel_id, reply)


async def _deliver_batch(
    kb: KnowledgeBase,
    sender: Sender,
    batch: outbox.Batch,
    settings: Settings,
    now: datetime,
    report: TickReport,
) -> None:
    claimed = outbox.claim(kb, batch, now)
    if claimed is None:
        return
    token, retry = claimed
    try:
        await _send(sender, batch, _reply_for(kb, batch), retry)
    except (SendError, LookupError) as error:
        report.failed += 1
        if outbox.release(kb, batch, token, str(error), now, settings.delivery_max_attempts):
            report.parked += 1
            log.error("parked delivery %s to %s: %s", batch.key, batch.channel_id, error)
        return
    try:
        outbox.mark_delivered(kb, batch, token, now)
    except Exception:
        log.exception(
            "sent %s but could not record it; it is re-checked after the lease", batch.key
        )
        return
    report.delivered += len(batch.delivery_ids)


async def deliver_due(
    kb: KnowledgeBase, senders: Mapping[str, Sender], settings: Settings, now: datetime
) -> TickReport:
    """Send every due batch: channels in parallel, each channel's batches in order."""
    report = TickReport()
    outbox.recover_abandoned(kb, now, settings.delivery_lease_seconds)
    batches = outbox.plan_batches(
        kb, senders, now, settings.burst_limit, timedelta(minutes=settings.burst_window_minutes)
    )
    by_channel: dict[tuple[str, str], list[outbox.Batch]] = defaultdict(list)
    for batch in batches:
        by_channel[(batch.platform, batch.channel_id)].append(batch)
    limit = asyncio.Semaphore(CHANNELS_AT_ONCE)

    async def channel_run(items: list[outbox.Batch]) -> None:
        async with limit:
            for batch in items:
                await _deliver_batch(kb, senders[batch.platform], batch, settings, now, report)

    await asyncio.gather(*(channel_run(items) for items in by_channel.values()))
    return report


async def announce_pending(
    kb: KnowledgeBase,
    senders: Mapping[str, Sender],
    *,
    settings: Settings,
    now: datetime | None = None,
    transport: httpx.BaseTransport | None = None,
) -> TickReport:
    """One tick: poll due feeds, file stories, queue them for subscribers, deliver."""
    moment = aware(now)
    polled, stories, queued = await asyncio.to_thread(_prepare, kb, settings, moment, transport)
    report = await deliver_due(kb, senders, settings, moment)
    report.polled, report.failed_feeds = polled.polled, polled.failed
    report.new_stories, report.queued = len(stories), queued
    report.paused_feeds = [feed.url for feed in polled.newly_paused]
    report.waiting = outbox.waiting_by_platform(kb)
    return report


async def run_forever(
    kb: KnowledgeBase,
    senders: Mapping[str, Sender],
    settings: Settings,
    on_tick: Callable[[TickReport], None] = lambda report: None,
) -> None:
    """Tick every ROADIE_ANNOUNCE_INTERVAL_SECONDS until cancelled; a failed tick is logged
    and the next one tries again, so one bad feed or send never stops the announcer.
    `on_tick` sees each finished tick's report (health and metrics)."""
    while True:
        try:
            report = await announce_pending(kb, senders, settings=settings)
            log.info("announcer: %s", report.summary())
            on_tick(report)
        except Exception:
            log.exception("announcer tick failed; trying again next tick")
        await asyncio.sleep(settings.announce_interval_seconds)
