"""Subscription commands as chat sees them: words in, a Reply out, for every adapter.

The adapter says who asked, where (channel and server), and whether they administer the channel
(`is_admin`); people in ROADIE_ADMIN_USERS may change any channel. Anyone may list a channel's
subscriptions, and the feeds with the health of the channels of their own server (`channels`).
A change by an admin also resumes the channel if its platform had refused Roadie there.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from bot.announcer import channels, outbox
from bot.announcer.channels import Scope
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
    """Who asked, where, and whether the platform says they administer that channel;
    `server_id` is the channel's Discord server or Slack workspace ('' in a direct message)."""

    platform: str
    channel_id: str
    user_id: str
    is_admin: bool
    server_id: str = ""

    @property
    def scope(self) -> Scope:
        return Scope(self.platform, self.server_id, self.channel_id)


def may_change(asker: Asker, settings: Settings) -> bool:
    return asker.is_admin or asker.user_id in settings.admin_users


def _private(text: str) -> Reply:
    return Reply(intent="subscriptions", text=text, private=True)


RESUME_HINT = (
    "Once Roadie may post here again (Discord: View Channel and Send Messages; Slack: invite "
    "it to the channel), an admin running a subscription command here resumes it."
)
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
    resumed = _resumed(kb, asker)
    if not subscribe(
        kb, asker.platform, asker.channel_id, target, moment, asker.user_id, asker.server_id
    ):
        if resumed:
            return Reply(intent="subscriptions", text=f"{resumed} It follows {target.text}.")
        return _private(f"This channel already follows {target.text}.")
    previews = queue_preview(
        kb, asker.platform, asker.channel_id, target, settings.subscribe_preview, moment
    )
    extra = f" The latest {previews} will be posted as a preview." if previews else ""
    return Reply(
        intent="subscriptions",
        text=f"{resumed}This channel now follows {target.text}: new announcements will be posted "
        f"here as they land, never the backlog.{extra}".lstrip(),
    )


def _resumed(kb: KnowledgeBase, asker: Asker) -> str:
    """Resume the channel an admin changes; the sentence saying so, or '' if it was not paused."""
    was = channels.resume(kb, asker.scope)
    if was is None:
        return ""
    return f"Roadie posts here again (this channel was {was.text}). "


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
    resumed = _resumed(kb, asker)
    if not unsubscribe(kb, asker.platform, asker.channel_id, target):
        return _private(f"{resumed}This channel does not follow {target.text}.")
    return Reply(
        intent="subscriptions", text=f"{resumed}This channel no longer follows {target.text}."
    )


def list_reply(kb: KnowledgeBase, scope: Scope) -> Reply:
    """What the channel follows, and whether it is paused because its platform refused Roadie."""
    channels.learn_server(kb, scope)
    found = subscriptions_of(kb, scope.platform, scope.channel_id)
    if not found:
        return _private(f"This channel follows nothing yet. Admins can subscribe to {TARGET_HELP}.")
    lines = "\n".join(f"• {s.target.text} (since {s.created_at[:10]})" for s in found)
    text = f"This channel follows:\n{lines}"
    disabled = found[0].disabled
    if disabled is not None:
        text = f"This channel is {disabled.text}.\n{RESUME_HINT}\nIt follows:\n{lines}"
    return Reply(intent="subscriptions", text=text, private=True)


def feeds_reply(kb: KnowledgeBase, scope: Scope) -> Reply:
    """The feeds' health, and the deliveries and channels of the asker's own server only."""
    channels.learn_server(kb, scope)
    return Reply(intent="feeds", text="\n".join(health_lines(kb, scope)), private=True)
