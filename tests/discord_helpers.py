"""Running the real Discord adapter against the loopback fake, for every test that needs it live."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.adapters.discord.client import DiscordAdapter

COMMANDS = frozenset(
    {"news", "ask", "announcements", "help", "subscribe", "unsubscribe", "subscriptions", "feeds"}
)
"""Every slash command Roadie registers, as `python -m bot run` starts it."""


@asynccontextmanager
async def started(adapter: DiscordAdapter) -> AsyncIterator[None]:
    """The adapter's own run() in a task, ready when on_ready fires; closed without leaks."""
    adapter.client._connection.guild_ready_timeout = 0.01
    ready = asyncio.Event()

    @adapter.client.event
    async def on_ready() -> None:
        ready.set()

    task = asyncio.create_task(adapter.run())
    try:
        async with asyncio.timeout(5):
            await ready.wait()
        yield
    finally:
        await adapter.client.close()
        await task
