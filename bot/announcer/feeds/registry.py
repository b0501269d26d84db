"""The feeds Roadie follows and their health, as rows in the knowledge base.

A removed feed keeps its row (marked removed) so that a feed seeded from ROADIE_FEEDS is added
once and stays removed when an admin removes it; adding it again starts it afresh, as a new
feed: not paused, no failures, no cached ETag, and a new baseline. A feed starts with a baseline
poll: its items are ingested but not pushed, so following a feed never floods channels with its
backlog. A URL whose address the fetch policy refuses outright (a private address, say) is not
added; a host name is checked when it is polled, once resolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from bot.announcer.clock import stamp
from knowledge.ingest.addresses import AddressNotAllowed, AddressPolicy
from knowledge.store import KnowledgeBase


class FeedError(ValueError):
    """A feed command that cannot be done; the message says what to do instead."""


@dataclass(frozen=True)
class Feed:
    id: int
    url: str
    every_minutes: int
    baseline_done: bool
    etag: str | None
    last_modified: str | None
    next_poll_at: str | None
    last_fetch_at: str | None
    last_status: str | None
    failures: int
    paused_reason: str | None

    @property
    def host(self) -> str:
        """Host and port: feeds are fetched one host at a time."""
        parts = urlsplit(self.url)
        return f"{parts.hostname or ''}:{parts.port or ''}"

    @property
    def state(self) -> str:
        if self.paused_reason:
            return "paused"
        return "waiting for first poll" if self.last_fetch_at is None else "active"


_COLUMNS = (
    "id, url, every_minutes, baseline_done, etag, last_modified, next_poll_at, "
    "last_fetch_at, last_status, failures, paused_reason"
)


def _feed(row: tuple[Any, ...]) -> Feed:
    return Feed(
        int(row[0]),
        str(row[1]),
        int(row[2]),
        bool(row[3]),
        row[4],
        row[5],
        row[6],
        row[7],
        row[8],
        int(row[9]),
        row[10],
    )


def check_url(url: str, policy: AddressPolicy | None = None) -> str:
    url = url.strip()
    try:
        (policy or AddressPolicy()).check_url(url)
    except AddressNotAllowed as error:
        raise FeedError(f"not a feed URL Roadie may follow: {error}") from None
    return url


_ADDED_AGAIN = ", ".join(
    f"{column} = CASE WHEN removed_at IS NULL THEN {column} ELSE {fresh} END"
    for column, fresh in (
        ("baseline_done", "0"),
        ("failures", "0"),
        ("paused_at", "NULL"),
        ("paused_reason", "NULL"),
        ("etag", "NULL"),
        ("last_modified", "NULL"),
        ("next_poll_at", "NULL"),
        ("last_fetch_at", "NULL"),
        ("last_status", "NULL"),
        ("added_at", "excluded.added_at"),
    )
)


def add_feed(
    kb: KnowledgeBase,
    url: str,
    every_minutes: int,
    now: datetime,
    policy: AddressPolicy | None = None,
) -> Feed:
    """Follow `url` (again); a feed already followed just gets the new interval, and a removed
    one starts afresh."""
    url = check_url(url, policy)
    if every_minutes < 1:
        raise FeedError("--every must be at least 1 minute")
    with kb.transaction() as conn:
        conn.execute(
            "INSERT INTO feeds (url, every_minutes, added_at) VALUES (?, ?, ?) "
            f"ON CONFLICT(url) DO UPDATE SET every_minutes = excluded.every_minutes, "
            f"{_ADDED_AGAIN}, removed_at = NULL",
            (url, every_minutes, stamp(now)),
        )
    return find_feed(kb, url)


def seed_feeds(kb: KnowledgeBase, urls: tuple[str, ...], every_minutes: int, now: str) -> None:
    """Add ROADIE_FEEDS once: a seeded feed an admin removed stays removed."""
    if not urls:
        return
    with kb.transaction() as conn:
        conn.executemany(
            "INSERT OR IGNORE INTO feeds (url, every_minutes, added_at) VALUES (?, ?, ?)",
            [(url.strip(), every_minutes, now) for url in urls],
        )


def list_feeds(kb: KnowledgeBase) -> list[Feed]:
    rows = kb.query(f"SELECT {_COLUMNS} FROM feeds WHERE removed_at IS NULL ORDER BY id")
    return [_feed(r) for r in rows]


def find_feed(kb: KnowledgeBase, ref: str) -> Feed:
    """The followed feed with this id or URL."""
    ref = ref.strip()
    column = "id" if ref.isdigit() else "url"
    rows = kb.query(
        f"SELECT {_COLUMNS} FROM feeds WHERE {column} = ? AND removed_at IS NULL", [ref]
    )
    if not rows:
        raise FeedError(f"no followed feed {ref!r}: `python -m bot feeds list` shows ids and URLs")
    return _feed(rows[0])


def remove_feed(kb: KnowledgeBase, ref: str, now: datetime) -> Feed:
    feed = find_feed(kb, ref)
    with kb.transaction() as conn:
        conn.execute("UPDATE feeds SET removed_at = ? WHERE id = ?", (stamp(now), feed.id))
    return feed


def resume_feed(kb: KnowledgeBase, ref: str, now: datetime) -> Feed:
    """Unpause a feed and poll it at the next tick, with its failure count reset."""
    feed = find_feed(kb, ref)
    with kb.transaction() as conn:
        conn.execute(
            "UPDATE feeds SET paused_at = NULL, paused_reason = NULL, failures = 0, "
            "next_poll_at = ? WHERE id = ?",
            (stamp(now), feed.id),
        )
    return find_feed(kb, str(feed.id))


def due_feeds(kb: KnowledgeBase, now: str) -> list[Feed]:
    rows = kb.query(
        f"SELECT {_COLUMNS} FROM feeds WHERE removed_at IS NULL AND paused_at IS NULL "
        "AND (next_poll_at IS NULL OR next_poll_at <= ?) ORDER BY id",
        [now],
    )
    return [_feed(r) for r in rows]
