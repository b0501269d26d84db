"""Subscription commands as chat sees them: words in, a Reply out, for every adapter.

The adapter says who asked and whether they administer the channel (`is_admin`); people in
ROADIE_ADMIN_USERS may change any channel. Anyone may list a channel's subscriptions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from bot.announcer import outbox
from bot.announcer.clock import aware
from bot.announcer.feeds.health import health_lines
from bot.announcer.stories import story_of
from bot.announcer.subscriptions import (
    TARGET_HELP,
    Matcher,
    Subscription,
    SubscriptionError,
    Target,
    parse_target,
    subscribe,
    subscriptions_of,
    unsubscribe,
)
from bot.core.messages import Reply
from bot.settings import Settings
from knowledge.store import KnowledgeBase

PREVIEW_SCAN = 200


@dataclass(frozen=True)
class Asker:
    """Who asked, where, and whether the platform says they administer that channel."""

    platform: str
    channel_id: str
    user_id: str
    is_admin: bool


def may_change(asker: Asker, settings: Settings) -> bool:
    return asker.is_admin or asker.user_id in settings.admin_users


def _private(text: str) -> Reply:
    return Reply(intent="subscriptions", text=text, private=True)


NOT_ALLOWED = (
    "Only channel admins can change this channel's subscriptions (Discord: Manage Channels; "
    "Slack: workspace admins), or people listed in ROADIE_ADMIN_USERS. Anyone can list them."
)


def _target_to_change(
    kb: KnowledgeBase, settings: Settings, asker: Asker, text: str
) -> Target | Reply:
    """The target a subscribe or unsubscribe names, or the private reply saying why not.

    Both check the asker before reading the target, so a non-admin learns nothing about it.
    """
    if not may_change(asker, settings):
        return _private(NOT_ALLOWED)
    try:
        return parse_target(kb, text)
    except SubscriptionError as error:
        return _private(str(error))


def queue_preview(
    kb: KnowledgeBase, platform: str, channel_id: str, target: Target, count: int, now: datetime
) -> int:
    """Queue the latest `count` existing announcements the new subscription matches."""
    if count <= 0:
        return 0
    artist = [int(target.value)] if target.kind == "artist" else None
    kind = target.value if target.kind == "kind" else None
    probe = Matcher([Subscription(0, platform, channel_id, target, "")])
    picked: list[int] = []
    for article in kb.announcements(entity_ids=artist, kind=kind, limit=PREVIEW_SCAN):
        text = f"{article.title}\n{article.summary}"
        artists = set(artist or [])
        if probe.channels(article.kind or "", artists, text, None) and len(picked) < count:
            story = story_of(kb, article.id, now)
            if story is not None and story not in picked:
                picked.append(story)
    pairs = [(story, platform, channel_id) for story in reversed(picked)]
    return outbox.enqueue_stories(kb, pairs, now)


def subscribe_reply(
    kb: KnowledgeBase, settings: Settings, asker: Asker, text: str, now: datetime | None = None
) -> Reply:
    if not text.strip():
        return _private(f"What should this channel follow? Give {TARGET_HELP}.")
    target = _target_to_change(kb, settings, asker, text)
    if isinstance(target, Reply):
        return target
    moment = aware(now)
    if not subscribe(kb, asker.platform, asker.channel_id, target, moment, asker.user_id):
        return _private(f"This channel already follows {target.text}.")
    previews = queue_preview(
        kb, asker.platform, asker.channel_id, target, settings.subscribe_preview, moment
    )
    extra = f" The latest {previews} will be posted as a preview." if previews else ""
    return Reply(
        intent="subscriptions",
        text=f"This channel now follows {target.text}: new announcements will be posted here "
        f"as they land, never the backlog.{extra}",
    )


def follow_reply(
    kb: KnowledgeBase, settings: Settings, asker: Asker, entity: str, now: datetime | None = None
) -> Reply:
    """The "Follow <artist>" button under an answer: subscribe this channel to the artist.

    The same rules as `subscribe artist:NAME`, but the outcome is shown only to whoever clicked:
    the button sits under someone else's answer, so the channel is not told about the click.
    """
    reply = subscribe_reply(kb, settings, asker, f"artist:{entity}", now)
    return replace(reply, private=True)


def unsubscribe_reply(kb: KnowledgeBase, settings: Settings, asker: Asker, text: str) -> Reply:
    target = _target_to_change(kb, settings, asker, text)
    if isinstance(target, Reply):
        return target
    if not unsubscribe(kb, asker.platform, asker.channel_id, target):
        return _private(f"This channel does not follow {target.text}.")
    return Reply(intent="subscriptions", text=f"This channel no longer follows {target.text}.")


def list_reply(kb: KnowledgeBase, platform: str, channel_id: str) -> Reply:
    found = subscriptions_of(kb, platform, channel_id)
    if not found:
        return _private(f"This channel follows nothing yet. Admins can subscribe to {TARGET_HELP}.")
    lines = "\n".join(f"• {s.target.text} (since {s.created_at[:10]})" for s in found)
    return Reply(intent="subscriptions", text=f"This channel follows:\n{lines}", private=True)


def feeds_reply(kb: KnowledgeBase) -> Reply:
    return Reply(intent="feeds", text="\n".join(health_lines(kb)), private=True)
