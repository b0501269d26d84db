"""The per-user cooldown on questions: the sliding window itself on a clock the test moves, then
through the real discord.py client and the real Bolt app, over the invented knowledge base."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest
from discord_helpers import started
from fakes.discord_server import BOT_ID, DM_CHANNEL_ID, FakeDiscord, user
from fakes.slack_server import FakeSlack, SlackSide, event_callback
from slack_helpers import serving

from bot.adapters.cooldown import Cooldown
from bot.adapters.discord.client import build_discord
from bot.adapters.slack.app import build_slack
from bot.settings import Settings
from knowledge.store import KnowledgeBase

QUESTION = "what's new with velvet marrow?"
SECRET = "cooldown-signing-secret"
EPHEMERAL = 64


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _waits(text: str) -> int:
    found = re.search(r"Slow down: you can ask 2 questions a minute\. Try again in (\d+) s\.", text)
    assert found, text
    return int(found.group(1))


def test_the_window_slides_refusals_do_not_count_and_zero_turns_it_off() -> None:
    clock = Clock()
    limit = Cooldown(3, clock)
    assert [limit.check("fan") for _ in range(3)] == [None, None, None]
    clock.now += 20
    refused = limit.check("fan")
    assert refused is not None and (refused.wait_seconds, refused.first) == (40, True)
    again = limit.check("fan")
    assert again is not None and not again.first, "told once until answered again"
    assert limit.check("someone else") is None
    clock.now += 40
    assert limit.check("fan") is None, "the first three left the window; refusals never counted"
    assert limit.check("fan") is None and limit.check("fan") is None
    after = limit.check("fan")
    assert after is not None and after.first and after.wait_seconds == 60
    assert "Try again in 60 s" in limit.reply(after).text and limit.reply(after).private
    off = Cooldown(0, clock)
    assert all(off.check("fan") is None for _ in range(100))


def test_the_setting_defaults_to_six_and_refuses_a_negative() -> None:
    assert Settings.from_env({}).cooldown_questions == 6
    assert Settings.from_env({"ROADIE_COOLDOWN_QUESTIONS": "0"}).cooldown_questions == 0
    with pytest.raises(ValueError, match="ROADIE_COOLDOWN_QUESTIONS must be a whole number"):
        Settings.from_env({"ROADIE_COOLDOWN_QUESTIONS": "-1"})


# -- Discord ---------------------------------------------------------------------------------


async def _interact(fake: FakeDiscord, event: dict[str, Any]) -> dict[str, Any]:
    await fake.dispatch("INTERACTION_CREATE", event)
    return await fake.wait_answer(event["id"])


def _replies(fake: FakeDiscord, count: int) -> list[Any] | None:
    """The replies Roadie made in channels, once there are `count`."""
    found = [c for c in fake.posts("/channels/") if c.body.get("message_reference")]
    return found if len(found) >= count else None


def _ask(fake: FakeDiscord, question: str = QUESTION) -> dict[str, Any]:
    return fake.command_event("ask", [{"name": "question", "type": 3, "value": question}])


async def test_discord_slash_questions_past_the_limit_get_a_private_slow_down(
    discord_fake: FakeDiscord, invented: KnowledgeBase, endpoints: None
) -> None:
    fake = discord_fake
    env = {
        "DISCORD_TOKEN": "test-token",
        "DISCORD_API_BASE_URL": fake.api_url,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        "ROADIE_COOLDOWN_QUESTIONS": "2",
    }
    async with started(build_discord(Settings.from_env(env), invented)):
        mention = f"<@{BOT_ID}> {QUESTION}"
        for _ in range(3):
            await fake.dispatch("MESSAGE_CREATE", fake.message_event(mention))
        opened = await fake.wait_call("POST", "/users/@me/channels")
        told = await fake.wait_call("POST", f"/channels/{DM_CHANNEL_ID}/messages")
        assert opened.status == 200 and told.status == 200
        assert 1 <= _waits(told.body["embeds"][0]["description"]) <= 60
        await fake.dispatch("MESSAGE_CREATE", fake.message_event(mention))
        await _interact(fake, fake.command_event("help", []))
        assert _replies(fake, 3) is None, "only the first two were answered in the channel"
        assert len(fake.posts(f"/channels/{DM_CHANNEL_ID}/messages")) == 1, "told once"
        assert len(await fake.wait_until(lambda: _replies(fake, 2))) == 2

        over = _ask(fake)
        slow = await _interact(fake, over)
        assert fake.interactions[over["id"]].ephemeral, "a command is always answered, privately"
        assert 1 <= _waits(slow["embeds"][0]["description"]) <= 60
        news = fake.command_event("news", [{"name": "artist", "type": 3, "value": "Velvet"}])
        assert "Slow down" in json.dumps(await _interact(fake, news)), "every question counts"
        helped = await _interact(fake, fake.command_event("help", []))
        assert "Slow down" not in json.dumps(helped), "help is not a question"
        other = _ask(fake)
        other["member"]["user"] = user("900000000000000031", "otherfan")
        answer = await _interact(fake, other)
        assert not fake.interactions[other["id"]].ephemeral, "per person"
        assert "Velvet Marrow" in json.dumps(answer)


# -- Slack -----------------------------------------------------------------------------------


@pytest.fixture
async def slack_side(slack_fake: FakeSlack, invented: KnowledgeBase) -> AsyncIterator[SlackSide]:
    env = {
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_API_URL": slack_fake.api_url,
        "SLACK_SIGNING_SECRET": SECRET,
        "PORT": "0",
        "ROADIE_COOLDOWN_QUESTIONS": "2",
    }
    async with serving(build_slack(Settings.from_env(env), invented), SECRET) as side:
        yield side


async def _command(fake: FakeSlack, side: SlackSide, name: str, text: str, **who: str) -> Any:
    status, _ = await side.command(text, fake.response_url(name), **who)
    assert status == 200
    (answer,) = await fake.wait_for_call(f"response/{name}")
    return answer.body


async def test_slack_questions_past_the_limit_get_an_ephemeral_slow_down(
    slack_fake: FakeSlack, slack_side: SlackSide
) -> None:
    fake, side = slack_fake, slack_side
    mention = {"type": "app_mention", "user": "U0ASKER", "channel": "C0CHAN"}
    for n in range(4):
        event = {**mention, "text": f"<@UROADIE> {QUESTION}", "ts": f"1700000100.00000{n}"}
        status, _ = await side.event(event_callback(event, f"Ev{n}"))
        assert status == 200
        if n == 2:
            (told,) = await fake.wait_for_call("chat.postEphemeral")
            assert told.body["user"] == "U0ASKER"
            assert 1 <= _waits(told.body["blocks"][0]["text"]["text"]) <= 60
    await fake.wait_for_call("chat.postMessage", 2)
    await _command(fake, side, "h0", "help")
    assert len(fake.received("chat.postEphemeral")) == 1, "told once"
    assert len(fake.received("chat.postMessage")) == 2, "only the first two were answered"

    slow = await _command(fake, side, "q", QUESTION)
    assert slow["response_type"] == "ephemeral", "a command is always answered, privately"
    assert 1 <= _waits(slow["blocks"][0]["text"]["text"]) <= 60
    assert "Slow down" in json.dumps(await _command(fake, side, "n", "news Velvet Marrow"))
    helped = await _command(fake, side, "h", "help")
    assert "Slow down" not in json.dumps(helped), "help is not a question"
    other = await _command(fake, side, "o", QUESTION, user="U0OTHER")
    assert other["response_type"] == "in_channel", "per person"
    elsewhere = await _command(fake, side, "t", QUESTION, team="T0002")
    assert elsewhere["response_type"] == "in_channel", "the same id in another workspace"
