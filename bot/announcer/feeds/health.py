"""The health view of feeds and deliveries, shared by `feeds list` and the chat command."""

from __future__ import annotations

from bot.announcer import outbox
from bot.announcer.channels import Scope, disabled_channels
from bot.announcer.feeds.registry import list_feeds
from knowledge.ingest.addresses import redact, redact_in
from knowledge.store import KnowledgeBase


def health_lines(kb: KnowledgeBase, scope: Scope | None = None) -> list[str]:
    """One line per feed (id, state, last fetch and status, failures), then disabled channels,
    parked deliveries and what is waiting: everything needed to see that a feed or a channel has
    silently stopped. Anyone may read them, so feed URLs are shown without credentials or secret
    query values, and channels only to their own server (`scope`; None on the command line).
    The feeds are the operator's, shared by every server, so every server sees them all."""
    lines = []
    for feed in list_feeds(kb):
        state = feed.state
        if feed.paused_reason:
            state += f" ({redact_in(feed.paused_reason, feed.url)})"
        status = redact_in(feed.last_status or "-", feed.url)
        lines.append(
            f"{feed.id}  {redact(feed.url)}  every {feed.every_minutes} min  {state}  "
            f"last fetch {feed.last_fetch_at or 'never'}: {status}  "
            f"failures in a row {feed.failures}"
        )
    if not lines:
        lines.append("No feeds followed yet: add one with `python -m bot feeds add URL`.")
    for platform, channel, disabled in disabled_channels(kb, scope):
        lines.append(
            f"disabled: {platform}:{channel}, {disabled.text}; an admin running a subscription "
            "command there resumes it"
        )
    for item in outbox.parked(kb, scope):
        lines.append(
            f"parked: {item.count} deliveries to {item.platform}:{item.channel_id} "
            f"(last error: {item.error})"
        )
    waiting = outbox.waiting_by_platform(kb, scope)
    if waiting:
        lines.append("waiting: " + ", ".join(f"{n} for {p}" for p, n in waiting.items()))
    return lines
