"""The platform senders for a standalone tick (`python -m bot announce --once`).

Only REST clients are needed to push: Discord logs in over HTTP without opening the gateway,
Slack needs just its Web API client. A platform without a token gets no sender, and its
deliveries stay queued for a process that has one. So does a platform that cannot be reached
(its API is down, its token refused): that is logged, and the other platform still pushes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from bot.core.messages import Sender
from bot.settings import Settings

log = logging.getLogger(__name__)
LOGIN_TIMEOUT_SECONDS = 30.0


def configured_platforms(settings: Settings) -> list[str]:
    """The platforms whose token is set."""
    tokens = {"discord": settings.discord_token, "slack": settings.slack_bot_token}
    return [platform for platform, token in tokens.items() if token]


async def _discord(settings: Settings, stack: AsyncExitStack) -> Sender:
    import discord

    from bot.adapters.discord.client import configure_endpoints
    from bot.adapters.discord.push import DiscordPushSender
    from bot.adapters.discord.respond import NO_PINGS

    configure_endpoints(settings.discord_api_base_url, settings.discord_gateway_url)
    client = discord.Client(intents=discord.Intents.none(), allowed_mentions=NO_PINGS)
    await stack.enter_async_context(client)
    await asyncio.wait_for(client.login(settings.discord_token or ""), LOGIN_TIMEOUT_SECONDS)
    return DiscordPushSender(client)


def _slack(settings: Settings) -> Sender:
    from bot.adapters.slack.app import web_client
    from bot.adapters.slack.push import SlackPushSender

    return SlackPushSender(web_client(settings))


@asynccontextmanager
async def platform_senders(settings: Settings) -> AsyncIterator[dict[str, Sender]]:
    """A sender for each configured platform that could be reached."""
    senders: dict[str, Sender] = {}
    async with AsyncExitStack() as stack:
        if settings.discord_token:
            try:
                senders["discord"] = await _discord(settings, stack)
            except Exception as error:
                log.error(
                    "Discord: cannot log in to push (%s: %s); its deliveries stay queued",
                    type(error).__name__,
                    error or "no answer",
                )
        if settings.slack_bot_token:
            senders["slack"] = _slack(settings)
        yield senders
