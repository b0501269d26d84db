"""The push outbox: one row per (story or notice, channel), claimed, sent, then marked.

Exactly-once from the user's point of view rests on three things here:
- the unique key (story, platform, channel) makes enqueueing idempotent, so a story is queued
  for a channel at most once, however often a tick re-runs;
- a claim (status `sending`, a token, a time) is taken in its own transaction before the send,
  and the mark after it only succeeds for the holder of the token; a claim older than the lease
  belongs to a process that died and is taken over, flagged as a retry;
- a retried send reuses the batch id as its idempotency key, which the platform sender uses to
  avoid a visible second copy (Discord's enforced nonce, Slack's message metadata).
A failed send is released with exponential backoff; after the last attempt it is parked with its
error, which `feeds list` and the chat health view show.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from sqlite3 import Connection

from bot.announcer.channels import Scope, visible
from bot.announcer.clock import later, stamp
from knowledge.store import KnowledgeBase

BACKOFF_SECONDS = 30
MAX_BACKOFF_SECONDS = 3600


@dataclass
class Batch:
    """Deliveries sent as one message: a single story or notice, or a channel's digest."""

    id: int
    platform: str
    channel_id: str
    delivery_ids: list[int] = field(default_factory=list)
    story_ids: list[int] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    attempts: int = 0

    @property
    def key(self) -> str:
        """The idempotency key a sender may give the platform (Discord nonces: ≤ 25 chars)."""
        return f"roadie-{self.id}"


def add_story_deliveries(
    conn: Connection, pairs: Iterable[tuple[int, str, str]], moment: str
) -> int:
    """Queue (story, platform, channel) deliveries inside the caller's transaction; repeats are
    ignored. Returns how many are new."""
    before = conn.total_changes
    conn.executemany(
        "INSERT OR IGNORE INTO deliveries (key, story_id, platform, channel_id, "
        "next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        [(f"story:{s}", s, p, c, moment, moment) for s, p, c in pairs],
    )
    return conn.total_changes - before


def enqueue_stories(kb: KnowledgeBase, pairs: Iterable[tuple[int, str, str]], now: datetime) -> int:
    """Queue (story, platform, channel) deliveries; repeats are ignored. Returns how many new."""
    with kb.transaction() as conn:
        return add_story_deliveries(conn, pairs, stamp(now))


def add_notice(
    conn: Connection, key: str, text: str, channels: Iterable[tuple[str, str]], moment: str
) -> None:
    """Queue a notice (e.g. a feed was paused) for channels, once per key and channel, inside
    the caller's transaction."""
    conn.executemany(
        "INSERT OR IGNORE INTO deliveries (key, notice, platform, channel_id, "
        "next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        [(key, text, p, c, moment, moment) for p, c in channels],
    )


def recover_abandoned(kb: KnowledgeBase, now: datetime, lease_seconds: int) -> int:
    """Put claims older than the lease back in the queue: their process died mid-send."""
    with kb.transaction() as conn:
        cursor = conn.execute(
            "UPDATE deliveries SET status = 'pending', claim_token = NULL, next_attempt_at = ? "
            "WHERE status = 'sending' AND claimed_at <= ?",
            (stamp(now), later(now, seconds=-lease_seconds)),
        )
        return cursor.rowcount


def _recent(kb: KnowledgeBase, platform: str, channel: str, since: str) -> int:
    rows = kb.query(
        "SELECT count(*) FROM deliveries WHERE platform = ? AND channel_id = ? AND "
        "story_id IS NOT NULL AND status = 'delivered' AND delivered_at >= ?",
        [platform, channel, since],
    )
    return int(rows[0][0])


def plan_batches(
    kb: KnowledgeBase,
    platforms: Iterable[str],
    now: datetime,
    burst_limit: int,
    burst_window: timedelta,
) -> list[Batch]:
    """Group the due deliveries into batches, fixing each new grouping in the database so a
    retry resends exactly the same message. More than `burst_limit` stories for one channel
    within the window (already delivered plus now due) become one digest."""
    wanted = list(platforms)
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    rows = kb.query(
        "SELECT id, platform, channel_id, story_id, notice, batch, attempts FROM deliveries "
        f"WHERE status = 'pending' AND next_attempt_at <= ? AND platform IN ({marks}) "
        "ORDER BY id",
        [stamp(now), *wanted],
    )
    batches: dict[int, Batch] = {}
    loose: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    assign: list[tuple[int, int]] = []
    for row_id, platform, channel, story_id, notice, batch_id, attempts in rows:
        if batch_id is None and story_id is not None:
            loose[(platform, channel)].append((int(row_id), int(story_id)))
            continue
        if batch_id is None:
            batch_id = row_id
            assign.append((batch_id, row_id))
        batch = batches.setdefault(batch_id, Batch(batch_id, platform, channel))
        _add(batch, int(row_id), story_id, notice, int(attempts))
    since = stamp(now - burst_window)
    for (platform, channel), items in loose.items():
        burst = len(items) > 1 and _recent(kb, platform, channel, since) + len(items) > burst_limit
        groups = [items] if burst else [[item] for item in items]
        for group in groups:
            batch = Batch(group[0][0], platform, channel)
            for row_id, story_id in group:
                _add(batch, row_id, story_id, None, 0)
                assign.append((batch.id, row_id))
            batches[batch.id] = batch
    if assign:
        with kb.transaction() as conn:
            conn.executemany(
                "UPDATE deliveries SET batch = ? WHERE id = ? AND batch IS NULL", assign
            )
    return sorted(batches.values(), key=lambda b: b.id)


def _add(batch: Batch, row_id: int, story_id: int | None, notice: str | None, tries: int) -> None:
    batch.delivery_ids.append(row_id)
    if story_id is not None:
        batch.story_ids.append(int(story_id))
    if notice is not None:
        batch.notices.append(str(notice))
    batch.attempts = max(batch.attempts, tries)


def claim(kb: KnowledgeBase, batch: Batch, now: datetime) -> tuple[str, bool] | None:
    """Take the batch for sending: its token, and whether an earlier claim may have sent it."""
    token = uuid.uuid4().hex
    with kb.transaction() as conn:
        claimed_before = conn.execute(
            "SELECT count(*) FROM deliveries WHERE batch = ? AND claimed_at IS NOT NULL",
            (batch.id,),
        ).fetchone()[0]
        cursor = conn.execute(
            "UPDATE deliveries SET status = 'sending', claim_token = ?, claimed_at = ? "
            "WHERE batch = ? AND status = 'pending'",
            (token, stamp(now), batch.id),
        )
        if cursor.rowcount == 0:
            return None
    return token, bool(claimed_before)


def mark_delivered(kb: KnowledgeBase, batch: Batch, token: str, now: datetime) -> None:
    with kb.transaction() as conn:
        conn.execute(
            "UPDATE deliveries SET status = 'delivered', delivered_at = ?, error = NULL "
            "WHERE batch = ? AND claim_token = ? AND status = 'sending'",
            (stamp(now), batch.id, token),
        )


def release(
    kb: KnowledgeBase, batch: Batch, token: str, error: str, now: datetime, max_attempts: int
) -> bool:
    """Return a failed batch to the queue with backoff, or park it; True when parked."""
    attempts = batch.attempts + 1
    parked = attempts >= max_attempts
    wait = min(BACKOFF_SECONDS * 2 ** (attempts - 1), MAX_BACKOFF_SECONDS)
    with kb.transaction() as conn:
        conn.execute(
            "UPDATE deliveries SET status = ?, attempts = ?, error = ?, next_attempt_at = ?, "
            "claim_token = NULL WHERE batch = ? AND claim_token = ?",
            (
                "parked" if parked else "pending",
                attempts,
                error,
                later(now, seconds=wait),
                batch.id,
                token,
            ),
        )
    return parked


def waiting_by_platform(kb: KnowledgeBase, scope: Scope | None = None) -> dict[str, int]:
    """Deliveries queued or being sent, per platform, to the channels `scope` may see."""
    where, params = visible(scope, "deliveries")
    rows = kb.query(
        "SELECT platform, count(*) FROM deliveries WHERE status IN ('pending', 'sending') "
        f"AND {where} GROUP BY platform ORDER BY platform",
        params,
    )
    return {str(r[0]): int(r[1]) for r in rows}


@dataclass(frozen=True)
class Parked:
    platform: str
    channel_id: str
    count: int
    error: str


def parked(kb: KnowledgeBase, scope: Scope | None = None) -> list[Parked]:
    """Parked deliveries per channel that `scope` may see, with the latest error: what an admin
    has to look at."""
    where, params = visible(scope, "deliveries")
    rows = kb.query(
        "SELECT platform, channel_id, count(*), max(id) FROM deliveries WHERE status = 'parked' "
        f"AND {where} GROUP BY platform, channel_id ORDER BY platform, channel_id",
        params,
    )
    found = []
    for platform, channel, count, last in rows:
        error = kb.query("SELECT error FROM deliveries WHERE id = ?", [last])[0][0]
        found.append(Parked(str(platform), str(channel), int(count), str(error or "")))
    return found
