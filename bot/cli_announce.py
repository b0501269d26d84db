"""`feeds`, `subscriptions` and `announce`: the command line of announcement pushes, imported
when one of them runs (`bot.cli` holds their arguments).

Scripts rely on these: exit code 0 on success, 1 with a message saying what to do next.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.announcer.channels import Scope, resume
from bot.announcer.clock import aware
from bot.announcer.commands import queue_preview
from bot.announcer.feeds.health import health_lines
from bot.announcer.feeds.registry import FeedError, add_feed, remove_feed, resume_feed
from bot.announcer.subscriptions import (
    TARGET_HELP,
    SubscriptionError,
    parse_channel,
    parse_target,
    subscribe,
    subscriptions_of,
    unsubscribe,
)
from bot.announcer.tick import announce_pending
from bot.announcer_lock import AnnouncerBusy, announcer_lock
from bot.settings import Settings
from bot.wiring import configured_platforms, platform_senders
from knowledge.backup import file_of
from knowledge.ingest.addresses import AddressPolicy, redact
from knowledge.store import KnowledgeBase

TOKENS = {"discord": "DISCORD_TOKEN", "slack": "SLACK_BOT_TOKEN"}


def _kb(args: argparse.Namespace, settings: Settings) -> KnowledgeBase:
    return KnowledgeBase.open(args.db or settings.db_path)


def _fail(text: str) -> int:
    print(f"error: {text}", file=sys.stderr)
    return 1


def feeds_add(args: argparse.Namespace, settings: Settings) -> int:
    kb = _kb(args, settings)
    try:
        every = settings.feed_interval_minutes if args.every is None else args.every
        policy = AddressPolicy.allowing(settings.fetch_allow)
        feed = add_feed(kb, args.url, every, aware(None), policy)
    except FeedError as error:
        return _fail(str(error))
    print(
        f"following feed {feed.id}: {redact(feed.url)} every {feed.every_minutes} min. Its "
        "current items are read at the next tick without being posted; new items after that "
        "are pushed."
    )
    return 0


def feeds_list(args: argparse.Namespace, settings: Settings) -> int:
    print("\n".join(health_lines(_kb(args, settings))))
    return 0


def feeds_remove(args: argparse.Namespace, settings: Settings) -> int:
    try:
        feed = remove_feed(_kb(args, settings), args.feed, aware(None))
    except FeedError as error:
        return _fail(str(error))
    print(f"stopped following feed {feed.id}: {redact(feed.url)}")
    return 0


def feeds_resume(args: argparse.Namespace, settings: Settings) -> int:
    try:
        feed = resume_feed(_kb(args, settings), args.feed, aware(None))
    except FeedError as error:
        return _fail(str(error))
    print(f"resumed feed {feed.id}: {redact(feed.url)}; it is polled at the next tick")
    return 0


def subs_add(args: argparse.Namespace, settings: Settings) -> int:
    kb = _kb(args, settings)
    now = aware(None)
    try:
        platform, channel = parse_channel(args.channel)
        target = parse_target(kb, args.target)
    except SubscriptionError as error:
        return _fail(str(error))
    _resume(kb, platform, channel)
    if not subscribe(kb, platform, channel, target, now, "cli"):
        print(f"{platform}:{channel} already follows {target.text}")
        return 0
    previews = queue_preview(kb, platform, channel, target, settings.subscribe_preview, now)
    print(
        f"{platform}:{channel} now follows {target.text}"
        + (f"; {previews} latest queued as a preview" if previews else "")
    )
    return 0


def _resume(kb: KnowledgeBase, platform: str, channel: str) -> None:
    """A subscription command resumes a disabled channel, here as in chat."""
    was = resume(kb, Scope(platform, "", channel))
    if was is not None:
        print(f"{platform}:{channel} resumed: it was {was.text}")


def subs_list(args: argparse.Namespace, settings: Settings) -> int:
    kb = _kb(args, settings)
    platform = channel = None
    if args.channel:
        try:
            platform, channel = parse_channel(args.channel)
        except SubscriptionError as error:
            return _fail(str(error))
    found = subscriptions_of(kb, platform, channel)
    for sub in found:
        state = f"\t{sub.disabled.text}" if sub.disabled else ""
        server = f" (server {sub.server_id})" if sub.server_id else ""
        print(f"{sub.channel}{server}\t{sub.target.text}\tsince {sub.created_at}{state}")
    if not found:
        print(f"no subscriptions; add one with `python -m bot subscriptions add ... {TARGET_HELP}`")
    return 0


def subs_remove(args: argparse.Namespace, settings: Settings) -> int:
    kb = _kb(args, settings)
    try:
        platform, channel = parse_channel(args.channel)
        target = parse_target(kb, args.target)
    except SubscriptionError as error:
        return _fail(str(error))
    _resume(kb, platform, channel)
    if not unsubscribe(kb, platform, channel, target):
        return _fail(
            f"{platform}:{channel} does not follow {target.text}; "
            f"`python -m bot subscriptions list {platform}:{channel}` shows what it follows"
        )
    print(f"{platform}:{channel} no longer follows {target.text}")
    return 0


async def _tick(kb: KnowledgeBase, settings: Settings) -> int:
    """One tick; exit code 1 when a configured platform could not be reached (the others
    still pushed, and its deliveries wait for the next tick)."""
    configured = configured_platforms(settings)
    async with platform_senders(settings) as senders:
        report = await announce_pending(kb, senders, settings=settings)
    print(report.summary())
    unreachable = [platform for platform in configured if platform not in senders]
    for platform, count in report.waiting.items():
        if platform in unreachable:
            print(
                f"{count} deliveries for {platform} are waiting: it could not be reached "
                "(see above); the next tick tries again",
                file=sys.stderr,
            )
        elif platform not in senders:
            print(
                f"{count} deliveries for {platform} are waiting: set {TOKENS.get(platform)} "
                "to send them",
                file=sys.stderr,
            )
    return 1 if unreachable else 0


def announce(args: argparse.Namespace, settings: Settings) -> int:
    kb = _kb(args, settings)
    if not args.once:
        from bot.run import run_announcer

        return run_announcer(settings, kb)
    try:
        with announcer_lock(file_of(kb)):
            return asyncio.run(_tick(kb, settings))
    except AnnouncerBusy as error:
        return _fail(str(error))
