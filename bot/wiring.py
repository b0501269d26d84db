"""The platform senders for a standalone tick (`python -m bot announce --once`).

Only REST clients are needed to push: Discord logs in over HTTP without opening the gateway,
Slack needs just its Web API client. A platform without a token gets no sender, and its
deliveries stay queued for a process that has one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from bot.core.messages import Sender
from bot.settings import Settings


@asynccontextmanager
async def platform_senders(settings: Settings) -> AsyncIterator[dict[str, Sender]]:
    senders: dict[str, Sender] = {}
    async with AsyncExitStack() as stack:
        if settings.discord_token:
            import discord

            from bot.adapters.discord.client import configure_endpoints
            from bot.adapters.discord.push import DiscordPushSender
            from bot.adapters.discord.respond import NO_PINGS

            configure_endpoints(settings.discord_api_base_url, settings.discord_gateway_url)
            client = discord.Client(intents=discord.Intents.none(), allowed_mentions=NO_PINGS)
            await stack.enter_async_context(client)
            await client.login(settings.discord_token)
            senders["discord"] = DiscordPushSender(client)
        if settings.slack_bot_token:
            from bot.adapters.slack.app import web_client
            from bot.adapters.slack.push import SlackPushSender

            senders["slack"] = SlackPushSender(web_client(settings))
        yield senders
