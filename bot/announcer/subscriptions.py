"""Which channels follow what, and which channels a story goes to: platform-free rules.

A subscription belongs to one channel (platform + channel id) and follows one target:
`artist:NAME` (stored as the canonical entity, so every alias matches), `topic:WORD` (a word or
phrase in the title or summary), `kind:KIND` (album, tour, ...) or `all`. Adapters decide who is
an admin and pass `is_admin`; these functions only apply the rule. A subscription of a disabled
channel (`channels`) is kept but matches nothing until the channel is resumed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from sqlite3 import Connection

from bot.announcer import channels
from bot.announcer.channels import Disabled
from bot.announcer.clock import stamp
from bot.announcer.stories import story_facts
from bot.core.intents import KINDS
from knowledge.store import KnowledgeBase
from knowledge.text import fold

PLATFORMS = ("discord", "slack")
ARTIST_CUTOFF = 88.0
TARGET_HELP = "artist:NAME, topic:WORD, kind:KIND (" + ", ".join(KINDS) + ") or all"
_WORD = re.compile(r"\w+")
CHANNEL_IDS = {"discord": re.compile(r"[0-9]{1,20}"), "slack": re.compile(r"[CGD][A-Z0-9]{2,}")}


class SubscriptionError(ValueError):
    """A subscription request that cannot be done; the message says what would work."""


@dataclass(frozen=True)
class Target:
    """What a channel follows: `kind` is artist/topic/kind/all; `value` is what is matched."""

    kind: str
    value: str
    label: str

    @property
    def text(self) -> str:
        return "all" if self.kind == "all" else f"{self.kind}:{self.label}"


@dataclass(frozen=True)
class Subscription:
    id: int
    platform: str
    channel_id: str
    target: Target
    created_at: str
    server_id: str = ""
    disabled: Disabled | None = None

    @property
    def channel(self) -> str:
        return f"{self.platform}:{self.channel_id}"


def parse_channel(text: str) -> tuple[str, str]:
    """`discord:123` → ("discord", "123"); the id must have its platform's shape (a Discord
    snowflake is digits, a Slack conversation id a capital C, G or D then capitals and digits),
    since a mistyped id would be accepted and then fail on every push."""
    platform, _, channel = text.strip().partition(":")
    platform, channel = platform.lower(), channel.strip()
    if platform not in PLATFORMS or not CHANNEL_IDS[platform].fullmatch(channel):
        raise SubscriptionError(
            f"{text!r} is not a channel: write PLATFORM:CHANNEL_ID, e.g. "
            "discord:123456789012345678 (Discord: Developer Mode, right-click the channel, Copy "
            "Channel ID) or slack:C0123ABCD (Slack: the channel's details, at the bottom)"
        )
    return platform, channel


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def parse_target(kb: KnowledgeBase, text: str) -> Target:
    """Resolve TARGET; an artist must be known (exactly or by a close spelling)."""
    head, _, rest = text.strip().partition(":")
    head, rest = head.strip().lower(), rest.strip()
    if head == "all" and not rest:
        return Target("all", "", "all")
    if head == "kind" and rest.lower() in KINDS:
        return Target("kind", rest.lower(), rest.lower())
    if head == "kind":
        raise SubscriptionError(f"{rest!r} is not a kind: use one of {', '.join(KINDS)}")
    if head == "topic" and _words(rest):
        phrase = " ".join(_words(rest))
        return Target("topic", phrase, phrase)
    if head == "artist" and rest:
        kb.refresh()
        entity = kb.names.exact(rest)
        if entity is None:
            close = kb.names.fuzzy(rest, ARTIST_CUTOFF)
            entity = close[0] if close else None
        if entity is None:
            raise SubscriptionError(
                f"I don't know an artist called {rest!r} yet. Check the spelling, or follow "
                f"the word instead with topic:{rest}"
            )
        return Target("artist", str(entity.id), entity.name)
    raise SubscriptionError(f"{text!r} is not a target: use {TARGET_HELP}")


def _subscription(row: tuple[object, ...]) -> Subscription:
    target = Target(str(row[3]), str(row[4]), str(row[5]))
    disabled = None if row[8] is None else Disabled(str(row[8]), str(row[9] or ""))
    return Subscription(
        int(str(row[0])), str(row[1]), str(row[2]), target, str(row[6]), str(row[7]), disabled
    )


_COLUMNS = (
    "s.id, s.platform, s.channel_id, s.target_kind, s.target_value, s.label, s.created_at, "
    "coalesce(c.server_id, ''), c.disabled_at, c.disabled_reason"
)


def subscribe(
    kb: KnowledgeBase,
    platform: str,
    channel_id: str,
    target: Target,
    now: datetime,
    by: str = "",
    server_id: str = "",
) -> bool:
    """Add the subscription, knowing the channel's server if given; False when the channel
    already had it."""
    with kb.transaction() as conn:
        channels.record(conn, platform, channel_id, server_id)
        cursor = conn.execute(
            "INSERT OR IGNORE INTO subscriptions (platform, channel_id, target_kind, "
            "target_value, label, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (platform, channel_id, target.kind, target.value, target.label, stamp(now), by),
        )
        return cursor.rowcount > 0


def unsubscribe(kb: KnowledgeBase, platform: str, channel_id: str, target: Target) -> bool:
    """Remove the subscription, and in the same transaction withdraw the stories it had queued
    for the channel that none of the channel's other subscriptions would send; False when the
    channel did not have it."""
    with kb.transaction() as conn:
        cursor = conn.execute(
            "DELETE FROM subscriptions WHERE platform = ? AND channel_id = ? AND "
            "target_kind = ? AND target_value = ?",
            (platform, channel_id, target.kind, target.value),
        )
        if cursor.rowcount == 0:
            return False
        _withdraw(kb, conn, platform, channel_id)
        return True


def _withdraw(kb: KnowledgeBase, conn: Connection, platform: str, channel_id: str) -> None:
    """Delete the channel's story deliveries still waiting to be sent (a claimed one is being
    sent already) unless a remaining subscription matches the story."""
    queued = conn.execute(
        "SELECT id, story_id FROM deliveries WHERE platform = ? AND channel_id = ? "
        "AND status = 'pending' AND story_id IS NOT NULL",
        (platform, channel_id),
    ).fetchall()
    remaining = Matcher(subscriptions_of(kb, platform, channel_id))
    withdrawn = []
    for delivery_id, story_id in queued:
        if remaining.any:
            facts = story_facts(kb, int(story_id))
            if remaining.channels(facts.kind, facts.artists, facts.text, None):
                continue
        withdrawn.append((int(delivery_id),))
    conn.executemany("DELETE FROM deliveries WHERE id = ?", withdrawn)


def subscriptions_of(
    kb: KnowledgeBase, platform: str | None = None, channel_id: str | None = None
) -> list[Subscription]:
    where, params = "1=1", []
    if platform is not None and channel_id is not None:
        where, params = "s.platform = ? AND s.channel_id = ?", [platform, channel_id]
    rows = kb.query(
        f"SELECT {_COLUMNS} FROM subscriptions AS s LEFT JOIN channels AS c "
        "ON c.platform = s.platform AND c.channel_id = s.channel_id "
        f"WHERE {where} ORDER BY s.platform, s.channel_id, s.id",
        params,
    )
    return [_subscription(r) for r in rows]


def subscribed_channels(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """The channels that follow something and are not disabled: those a notice goes to."""
    return sorted({(s.platform, s.channel_id) for s in subscriptions_of(kb) if not s.disabled})


Channel = tuple[str, str]


class Matcher:
    """Every subscription of a channel that is not disabled, indexed by what it matches, so a
    tick with thousands of subscriptions and stories costs lookups rather than a scan per pair."""

    def __init__(self, subscriptions: list[Subscription]) -> None:
        subscriptions = [s for s in subscriptions if s.disabled is None]
        self.any = bool(subscriptions)
        self.everything: list[Subscription] = []
        self.by_kind: dict[str, list[Subscription]] = defaultdict(list)
        self.by_artist: dict[int, list[Subscription]] = defaultdict(list)
        self.by_word: dict[str, list[Subscription]] = defaultdict(list)
        self.phrases: list[Subscription] = []
        for sub in subscriptions:
            target = sub.target
            if target.kind == "all":
                self.everything.append(sub)
            elif target.kind == "kind":
                self.by_kind[target.value].append(sub)
            elif target.kind == "artist":
                self.by_artist[int(target.value)].append(sub)
            elif " " in target.value:
                self.phrases.append(sub)
            else:
                self.by_word[target.value].append(sub)

    def channels(
        self, kind: str, artists: set[int], text: str, created_at: str | None
    ) -> set[Channel]:
        """Channels that follow a story of `kind` naming `artists`, with `text` (title and
        summary), if they subscribed no later than the story appeared (`created_at`; None for
        a preview of older stories)."""
        words = _words(text)
        joined = f" {' '.join(words)} "
        found = [*self.everything, *self.by_kind.get(kind, ())]
        for artist in artists:
            found += self.by_artist.get(artist, ())
        for word in set(words):
            found += self.by_word.get(word, ())
        found += [s for s in self.phrases if f" {s.target.value} " in joined]
        return {
            (s.platform, s.channel_id)
            for s in found
            if created_at is None or s.created_at <= created_at
        }
