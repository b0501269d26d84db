"""The announcer: `announce_pending()` is one tick; `run_forever()` repeats it.

A tick polls the due feeds, files new announcement articles into stories, queues each new story
for every channel that follows it, and delivers what is due through the outbox. It knows no
platform: `senders` maps a platform name to its `Sender`, and deliveries for a platform without
one simply wait. Each step takes its work from the database and marks it done in the same
transaction that records its result (articles marked new, stories not yet queued, deliveries
pending), so a process killed anywhere leaves the rest for the next tick, and nothing is done
twice (see `bot.announcer.outbox` for the sends themselves). A send that fails in any way is
released for a later retry; it never stops the other channels or platforms. A channel whose
platform refuses Roadie for good (`ChannelRefused`) is disabled after that one try instead, its
queued deliveries withdrawn (see `bot.announcer.channels`).
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

from bot.announcer import channels, outbox
from bot.announcer.clock import aware, stamp
from bot.announcer.feeds.poller import PollReport, poll_due
from bot.announcer.feeds.registry import seed_feeds
from bot.announcer.render import digest_reply, notice_reply, story_reply
from bot.announcer.stories import cluster, story_facts
from bot.announcer.subscriptions import Matcher, subscriptions_of
from bot.core.messages import ChannelRefused, Reply, Sender, SendError
from bot.settings import Settings
from knowledge.ingest.addresses import redact
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
    disabled: list[str] = field(default_factory=list)
    """Channels ("platform:id") disabled in this tick because their platform refused Roadie."""
    waiting: dict[str, int] = field(default_factory=dict)
    """Deliveries still queued per platform after the tick (e.g. no sender for it)."""

    def summary(self) -> str:
        text = (
            f"polled {self.polled} feeds ({self.failed_feeds} failed), {self.new_stories} new "
            f"stories, {self.queued} queued, {self.delivered} delivered, {self.failed} failed, "
            f"{self.parked} parked"
        )
        if self.paused_feeds:
            text += f"; paused: {', '.join(redact(url) for url in self.paused_feeds)}"
        if self.disabled:
            text += f"; disabled channels: {', '.join(self.disabled)}"
        return text


def queue_stories(kb: KnowledgeBase, now: datetime) -> int:
    """Queue every story not queued yet for every channel that follows it; returns how many
    deliveries that made. The stories are marked queued in the same transaction."""
    with kb.transaction() as conn:
        waiting = [
            int(r[0]) for r in conn.execute("SELECT id FROM stories WHERE queued_at IS NULL")
        ]
        if not waiting:
            return 0
        matcher = Matcher(subscriptions_of(kb))
        pairs = []
        for story_id in sorted(waiting):
            facts = story_facts(kb, story_id)
            found = matcher.channels(facts.kind, facts.artists, facts.text, facts.created_at)
            pairs += [(story_id, platform, channel) for platform, channel in sorted(found)]
        moment = stamp(now)
        queued = outbox.add_story_deliveries(conn, pairs, moment)
        conn.executemany(
            "UPDATE stories SET queued_at = ? WHERE id = ?", [(moment, i) for i in waiting]
        )
        return queued


def _prepare(
    kb: KnowledgeBase, settings: Settings, now: datetime, transport: httpx.BaseTransport | None
) -> tuple[PollReport, list[int], int]:
    """The blocking half of a tick (HTTP and SQLite), run in a worker thread."""
    seed_feeds(kb, settings.feeds, settings.feed_interval_minutes, stamp(now))
    polled = poll_due(kb, settings, now, transport)
    stories = cluster(kb, now, settings.story_window_hours)
    return polled, stories, queue_stories(kb, now)


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
    except ChannelRefused as error:
        report.failed += 1
        _disable(kb, batch, str(error), now, report)
        return
    except Exception as error:
        if not isinstance(error, SendError | LookupError):
            log.exception("sending %s to %s:%s failed", batch.key, batch.platform, batch.channel_id)
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


def _disable(
    kb: KnowledgeBase, batch: outbox.Batch, reason: str, now: datetime, report: TickReport
) -> None:
    channel = f"{batch.platform}:{batch.channel_id}"
    withdrawn = channels.disable(kb, batch.platform, batch.channel_id, reason, stamp(now))
    report.disabled.append(channel)
    log.warning(
        "disabled %s (%s): %d undelivered deliveries withdrawn (the refused one included), its "
        "subscriptions paused until an admin runs a subscription command there",
        channel,
        reason,
        withdrawn,
    )


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
