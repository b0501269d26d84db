"""The Slack push sender's check before a retry, within Slack's tightest history limits: 15
messages per `conversations.history` call and one call a minute (commercially distributed apps
outside the Marketplace), with the real Slack client against the loopback fake."""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from fakes.slack_server import Call, FakeSlack

from bot.adapters.slack.app import web_client
from bot.adapters.slack.push import SlackPushSender
from bot.core.messages import Reply
from bot.settings import Settings

HISTORY = "conversations.history"
CHANNELS = ["C0AAA", "C0BBB", "C0CCC", "C0DDD", "C0EEE"]


class CommercialSlack(FakeSlack):
    """Slack as a non-Marketplace commercial app sees it: history pages of at most 15 messages,
    newest first, and one history call per `window` seconds (a minute on Slack), a 429 with
    Retry-After otherwise."""

    window = 1.0

    def __init__(self) -> None:
        super().__init__()
        self._served = -math.inf

    async def _api(self, request: web.Request) -> web.Response:
        wait = self._served + self.window - time.monotonic()
        if request.match_info["method"] == HISTORY and wait > 0:
            self.calls.append(Call(f"{HISTORY} refused", dict(request.query)))
            return web.json_response(
                {"ok": False, "error": "ratelimited"},
                status=429,
                headers={"Retry-After": str(math.ceil(wait))},
            )
        return await super()._api(request)

    def _result(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        if method != HISTORY:
            return super()._result(method, body)
        self._served = time.monotonic()
        posted = [c.body for c in self.received("chat.postMessage")]
        here = [p for p in posted if p.get("channel") == body.get("channel")][::-1]
        page = here[: min(int(body.get("limit", 100)), 15)]
        return {
            "ok": True,
            "messages": [{"text": p.get("text"), "metadata": _meta(p)} for p in page],
        }

    def posts_with(self, key: str) -> int:
        return sum(
            _meta(c.body).get("event_payload", {}).get("key") == key
            for c in self.received("chat.postMessage")
        )


def _meta(body: dict[str, Any]) -> dict[str, Any]:
    value = body.get("metadata") or {}
    return dict(json.loads(value) if isinstance(value, str) else value)


@pytest.fixture
async def slack() -> AsyncIterator[CommercialSlack]:
    server = CommercialSlack()
    await server.start()
    yield server
    await server.stop()


async def test_retries_in_many_channels_are_checked_in_turn_and_never_posted_twice(
    slack: CommercialSlack,
) -> None:
    settings = Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": slack.api_url})
    client = web_client(settings)
    sender = SlackPushSender(client)
    push = Reply(intent="push", text="The Lantern Orchard announce a winter tour")
    for number, channel in enumerate(CHANNELS):
        await sender.send_keyed(channel, push, f"roadie-{number}", retry=False)
        for chatter in range(14):
            await client.chat_postMessage(channel=channel, text=f"chatter {chatter}")

    await asyncio.gather(
        *(
            sender.send_keyed(channel, push, f"roadie-{number}", retry=True)
            for number, channel in enumerate(CHANNELS)
        )
    )
    assert [slack.posts_with(f"roadie-{n}") for n in range(len(CHANNELS))] == [1] * len(CHANNELS)
    served = slack.received(HISTORY)
    assert len(served) == len(CHANNELS) and {c.body["limit"] for c in served} == {"15"}
    assert slack.received(f"{HISTORY} refused"), "the checks met the rate limit and waited it out"
