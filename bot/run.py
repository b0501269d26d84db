"""`python -m bot run`: every adapter configured in the environment, in one event loop.

The console runs when no platform token is set, so a fresh checkout answers at once; Discord
and Slack start when their tokens are in the environment (or `.env`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from bot.adapters.console import chat
from bot.settings import Settings
from knowledge.store import KnowledgeBase

log = logging.getLogger(__name__)


def platform_tasks(
    settings: Settings, kb: KnowledgeBase, slack_http: bool = False
) -> list[Coroutine[Any, Any, None]]:
    """The long-running coroutine of each configured platform adapter."""
    tasks: list[Coroutine[Any, Any, None]] = []
    if settings.discord_token:
        from bot.adapters.discord_bot import build_discord

        tasks.append(build_discord(settings, kb).run())
        log.info("Discord: starting")
    if settings.slack_bot_token:
        from bot.adapters.slack_app import build_slack

        slack = build_slack(settings, kb)
        tasks.append(slack.run_http() if slack_http else slack.run())
        log.info("Slack: starting")
    return tasks


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
