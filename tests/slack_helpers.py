"""Running the real Slack adapter in HTTP mode for tests that talk to it as Slack does."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiohttp
from fakes.slack_server import SlackSide

from bot.adapters.slack.app import SlackAdapter


@asynccontextmanager
async def serving(adapter: SlackAdapter, secret: str) -> AsyncIterator[SlackSide]:
    """The adapter's own run() in a task, listening on a free port, and Slack's side of it
    signing with `secret`; stopped at the end."""
    task = asyncio.create_task(adapter.run())
    deadline = time.monotonic() + 5
    try:
        while adapter.http_port is None:
            if task.done():
                task.result()
            assert time.monotonic() < deadline, "the Slack HTTP server did not start"
            await asyncio.sleep(0.01)
        async with aiohttp.ClientSession() as session:
            yield SlackSide(session, adapter.http_port, secret)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
