"""`python -m bot run`: every adapter configured in the environment, plus the announcer, in
one event loop.

The console runs when no platform token is set, so a fresh checkout answers at once; Discord
and Slack start when their tokens are in the environment (or `.env`). The announcer ticks beside
them and pushes through each adapter's own client; it waits for Discord to be ready first, so
no push fails only because the bot was still logging in.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from bot.adapters.console import chat
from bot.announcer.tick import run_forever
from bot.core.messages import Sender
from bot.settings import Settings
from bot.wiring import platform_senders
from knowledge.store import KnowledgeBase

log = logging.getLogger(__name__)


def platform_tasks(
    settings: Settings, kb: KnowledgeBase, slack_http: bool = False
) -> list[Coroutine[Any, Any, None]]:
    """The long-running coroutine of each configured platform adapter, and the announcer's."""
    tasks: list[Coroutine[Any, Any, None]] = []
    senders: dict[str, Sender] = {}
    ready: list[Callable[[], Awaitable[None]]] = []
    if settings.discord_token:
        from bot.adapters.discord.client import build_discord

        adapter = build_discord(settings, kb)
        tasks.append(adapter.run())
        senders["discord"] = adapter.sender
        ready.append(lambda: _logged_in(adapter.client))
        log.info("Discord: starting")
    if settings.slack_bot_token:
        from bot.adapters.slack.app import build_slack

        slack = build_slack(settings, kb)
        tasks.append(slack.run_http() if slack_http else slack.run())
        senders["slack"] = slack.sender
        log.info("Slack: starting")
    if tasks:
        tasks.append(_announcer(kb, senders, settings, ready))
    return tasks


async def _logged_in(client: Any) -> None:
    """Wait for the Discord client's READY (its wait_until_ready fails before it has started)."""
    while not client.is_ready():
        await asyncio.sleep(1)


async def _announcer(
    kb: KnowledgeBase,
    senders: dict[str, Sender],
    settings: Settings,
    ready: list[Callable[[], Awaitable[None]]],
) -> None:
    for wait in ready:
        await wait()
    log.info("announcer: running every %s s", settings.announce_interval_seconds)
    await run_forever(kb, senders, settings)


async def _gather(tasks: list[Coroutine[Any, Any, None]]) -> None:
    await asyncio.gather(*tasks)


def run(settings: Settings, kb: KnowledgeBase, slack_http: bool = False) -> None:
    """Start the configured adapters, or the console chat when none is configured."""
    tasks = platform_tasks(settings, kb, slack_http)
    if not tasks:
        log.info("no DISCORD_TOKEN or SLACK_BOT_TOKEN set: starting the console chat")
        chat(kb)
        return
    asyncio.run(_gather(tasks))


async def _announce_only(settings: Settings, kb: KnowledgeBase) -> None:
    async with platform_senders(settings) as senders:
        await run_forever(kb, senders, settings)


def run_announcer(settings: Settings, kb: KnowledgeBase) -> None:
    """`python -m bot announce`: the announcer alone, pushing over REST (no chat adapters)."""
    asyncio.run(_announce_only(settings, kb))
