"""The fake Slack refuses what Slack refuses, as Slack does: each rule through the Web API
client the Bolt app uses (`chat.postMessage`), through Bolt's `respond` (a `response_url`), and
the 3 s acknowledgement through the real Bolt app over HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from fakes.slack_server import AckMissed, FakeSlack, SlackSide
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.errors import SlackApiError

from bot.adapters.slack.app import build_slack, web_client
from bot.settings import Settings
from knowledge.store import KnowledgeBase

SECRET = "rules-signing-secret"


def section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def link_button(url: str) -> dict[str, Any]:
    button = {"type": "button", "text": {"type": "plain_text", "text": "Read"}, "url": url}
    return {"type": "actions", "elements": [{**button, "action_id": "open"}]}


REFUSED: list[tuple[str, list[dict[str, Any]], str]] = [
    ("more than 50 blocks", [section("x")] * 51, "/blocks]"),
    ("section text over 3,000", [section("x" * 3001)], "/blocks/0/text/text]"),
    ("a button URL that is not http(s)", [link_button("roadie:article/x")], "/elements/0/url]"),
    (
        "a button URL over 3,000",
        [link_button("https://example.com/" + "x" * 3000)],
        "/elements/0/url]",
    ),
]
IDS = [rule[0] for rule in REFUSED]


@pytest.fixture
def fake(slack_fake: FakeSlack) -> FakeSlack:
    return slack_fake


def _settings(fake: FakeSlack, **extra: str) -> Settings:
    env = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": fake.api_url, "PORT": "0"}
    return Settings.from_env({**env, **extra})


@pytest.mark.parametrize(("what", "blocks", "where"), REFUSED, ids=IDS)
async def test_chat_post_message_refuses_what_slack_refuses(
    fake: FakeSlack, what: str, blocks: list[dict[str, Any]], where: str
) -> None:
    client = web_client(_settings(fake))
    with pytest.raises(SlackApiError) as refused:
        await client.chat_postMessage(channel="C0CHAN", text="t", blocks=blocks)
    assert refused.value.response["error"] == "invalid_blocks"
    assert any(where in problem for problem in refused.value.response["errors"])
    assert len(fake.refusals) == 1
    fake.refusals.clear()


@pytest.mark.parametrize(("what", "blocks", "where"), REFUSED, ids=IDS)
async def test_a_response_url_refuses_what_slack_refuses(
    fake: FakeSlack, what: str, blocks: list[dict[str, Any]], where: str
) -> None:
    respond = AsyncRespond(response_url=fake.response_url("r"))
    response = await respond(text="t", blocks=blocks)
    assert (response.status_code, response.body) == (400, "invalid_blocks")
    assert len(fake.refusals) == 1
    fake.refusals.clear()


async def test_what_slack_accepts_is_accepted(fake: FakeSlack) -> None:
    client = web_client(_settings(fake))
    blocks = [section("x" * 3000), link_button("https://example.com/a"), *[section("y")] * 48]
    await client.chat_postMessage(channel="C0CHAN", text="t", blocks=blocks)


async def test_a_slash_command_not_acknowledged_within_3_s_counts_as_failed(
    fake: FakeSlack, tmp_path: Path
) -> None:
    """A middleware that never lets the request through stands for a listener that acks late."""
    kb = KnowledgeBase.open(tmp_path / "kb.db")
    adapter = build_slack(_settings(fake, SLACK_SIGNING_SECRET=SECRET), kb)
    stuck = asyncio.Event()

    async def never_done(next: Callable[[], Awaitable[None]]) -> None:
        await stuck.wait()

    adapter.app.middleware(never_done)
    task = asyncio.create_task(adapter.run_http(host="127.0.0.1"))
    try:
        async with asyncio.timeout(10):
            while adapter.http_port is None:
                await asyncio.sleep(0.01)
        async with aiohttp.ClientSession() as session:
            slack = SlackSide(session, adapter.http_port, SECRET)
            with pytest.raises(AckMissed):
                await slack.command("help", fake.response_url("late"))
    finally:
        stuck.set()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        kb.close()
