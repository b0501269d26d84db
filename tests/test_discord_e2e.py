"""The real, unpatched discord.py client against the loopback fake Discord.

Only the two endpoint settings point the client at the fake; everything it sends is what it
would send to Discord. The client is wired by `build_discord`, as `python -m bot run` wires
it: subscription commands and the live Follow button included. Waits are on the fake's
recorded calls, with deadlines, never sleeps.
"""

from __future__ import annotations

import asyncio
import json
import shutil
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import discord
import pytest
from announce_helpers import assert_health_shown, feeds_in_every_state
from discord_helpers import COMMANDS, started
from fakes.discord_server import (
    ANSWER_CHANNEL_ID,
    APP_ID,
    BOT_ID,
    BOT_USER,
    CHANNEL_ID,
    DM_CHANNEL_ID,
    MESSAGE_CONTENT,
    OTHER_BOT,
    SESSION,
    Call,
    FakeDiscord,
    RateLimit,
    message_payload,
)
from fakes.feed_server import FakeFeeds
from worker_helpers import busy

from bot.adapters.discord import commands as discord_commands
from bot.adapters.discord.client import DiscordAdapter, build_discord
from bot.adapters.discord.respond import SORRY
from bot.announcer.commands import NOT_ALLOWED
from bot.announcer.subscriptions import subscriptions_of
from bot.core.messages import Link, Reply, SendError
from bot.settings import Settings
from knowledge.ingest.loader import add_articles
from knowledge.ingest.pipeline import ingest_paths
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase

FIXTURE = Path(__file__).parent / "fixtures" / "discord_articles.jsonl"
KARLOFF_URL = "https://www.someparty.ca/2021-09-30-everyday-is-monday.html#karloff-hibiscus"
PINGS_URL = "https://example.com/roadie-tests/constantines-pings"
EPHEMERAL = 64
NOT_MANAGER = "0"
"""Member permissions without Manage Channels (the fake's default member has every permission)."""
NO_PINGS: dict[str, list[str]] = {"parse": []}
DEFERRED = 5


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kb") / "roadie.db"
    kb = KnowledgeBase.open(path)
    ingest_paths(kb, [str(FIXTURE)])
    kb.close()
    return path


@pytest.fixture
def kb(kb_path: Path, tmp_path: Path) -> Iterator[KnowledgeBase]:
    """A copy of the module's knowledge base, so subscriptions made by one test stay there."""
    copy = tmp_path / "roadie.db"
    shutil.copyfile(kb_path, copy)
    kb = KnowledgeBase.open(copy)
    yield kb
    kb.close()


@pytest.fixture
def fake(discord_fake: FakeDiscord) -> FakeDiscord:
    return discord_fake


@dataclass
class Running:
    fake: FakeDiscord
    adapter: DiscordAdapter

    async def ask(
        self,
        name: str,
        options: list[dict[str, Any]],
        kind: int = 2,
        permissions: str | None = None,
    ) -> Call:
        event = self.fake.command_event(name, options, kind=kind)
        return await self._interact(event, permissions)

    async def click(
        self, custom_id: str, message: dict[str, Any], permissions: str | None = None
    ) -> Call:
        """Click a button on `message`, as the fake's member (with `permissions` if given)."""
        return await self._interact(self.fake.button_event(custom_id, message), permissions)

    async def _interact(self, event: dict[str, Any], permissions: str | None) -> Call:
        if permissions is not None:
            event["member"]["permissions"] = permissions
        await self.fake.dispatch("INTERACTION_CREATE", event)
        return await self.fake.wait_call("POST", f"/interactions/{event['id']}/")

    def answer_message(self, answered: Call) -> dict[str, Any]:
        """The message the fake made from an interaction's answer (with its buttons)."""
        return self.fake.responses[answered.path.split("/")[2]]

    async def say(self, content: str, **where: Any) -> dict[str, Any]:
        event = self.fake.message_event(content, **where)
        await self.fake.dispatch("MESSAGE_CREATE", event)
        return event

    async def reply_to(self, event: dict[str, Any]) -> Call:
        def probe() -> Call | None:
            return next(
                (c for c in self.fake.posts("/channels/") if _replied(c) == event["id"]), None
            )

        return await self.fake.wait_until(probe)


def _replied(call: Call) -> str | None:
    reference = call.body.get("message_reference") if isinstance(call.body, dict) else None
    return str(reference["message_id"]) if reference else None


def settings_for(fake: FakeDiscord, **extra: str) -> Settings:
    return Settings.from_env(
        {
            "DISCORD_TOKEN": "test-token",
            "DISCORD_API_BASE_URL": fake.api_url,
            "DISCORD_GATEWAY_URL": fake.gateway_url,
            **extra,
        }
    )


@asynccontextmanager
async def running(fake: FakeDiscord, adapter: DiscordAdapter) -> AsyncIterator[Running]:
    """The adapter running against `fake` (see `discord_helpers.started`)."""
    async with started(adapter):
        yield Running(fake, adapter)


@pytest.fixture
async def bot(fake: FakeDiscord, kb: KnowledgeBase, endpoints: None) -> AsyncIterator[Running]:
    """Roadie in the default configuration: no Message Content intent, no answer channels."""
    adapter = build_discord(settings_for(fake), kb)
    async with running(fake, adapter) as live:
        yield live


@pytest.fixture
async def chatty(fake: FakeDiscord, kb: KnowledgeBase, endpoints: None) -> AsyncIterator[Running]:
    """Roadie answering plain chatter in one channel, with Message Content on in the portal."""
    fake.privileged_intents = MESSAGE_CONTENT
    adapter = build_discord(settings_for(fake, DISCORD_ANSWER_CHANNELS=ANSWER_CHANNEL_ID), kb)
    async with running(fake, adapter) as live:
        yield live


async def test_login_syncs_the_command_schema(bot: Running) -> None:
    sync = await bot.fake.wait_call("PUT", f"/applications/{APP_ID}/commands")
    commands = {c["name"]: c for c in sync.body}
    assert set(commands) == COMMANDS
    (artist,) = commands["news"]["options"]
    assert (artist["name"], artist["type"], artist["required"], artist["autocomplete"]) == (
        "artist",
        3,
        True,
        True,
    )
    (question,) = commands["ask"]["options"]
    assert (question["name"], question["required"]) == ("question", True)
    options = {o["name"]: o for o in commands["announcements"]["options"]}
    assert options["artist"]["autocomplete"] is True
    assert [c["value"] for c in options["kind"]["choices"]] == list(discord_commands.KINDS)
    assert (options["days"]["type"], options["days"]["min_value"]) == (4, 1)
    assert not any(o["required"] for o in options.values())
    assert commands["help"].get("options", []) == []
    for name in ("subscribe", "unsubscribe"):
        (target,) = commands[name]["options"]
        assert (target["name"], target["required"], target["autocomplete"]) == (
            "target",
            True,
            True,
        )
    assert commands["subscriptions"].get("options", []) == []
    assert commands["feeds"].get("options", []) == []
    manage_channels = str(discord.Permissions(manage_channels=True).value)
    for name, command in commands.items():
        shown_to = command.get("default_member_permissions")
        if name in ("subscribe", "unsubscribe"):
            assert str(shown_to) == manage_channels, "only members who may change subscriptions"
        else:
            assert shown_to is None, name
    identify = next(op for op in bot.fake.gateway_ops if op["op"] == 2)
    assert identify["d"]["token"] == "test-token"
    assert not identify["d"]["intents"] & discord.Intents(message_content=True).value


async def test_news_answers_with_the_article_embed(bot: Running) -> None:
    call = await bot.ask("news", [{"name": "artist", "type": 3, "value": "Karloff"}])
    assert call.body["type"] == 4
    data = call.body["data"]
    (embed,) = data["embeds"]
    assert embed["url"] == KARLOFF_URL
    assert embed["title"] == 'Karloff: "Hibiscus"'
    assert embed["footer"]["text"] == "someparty.ca · 2021-09-30"
    assert embed["description"]
    assert data["allowed_mentions"] == NO_PINGS
    assert data.get("flags", 0) & EPHEMERAL == 0
    buttons = [b["custom_id"] for row in data["components"] for b in row["components"]]
    assert f"roadie:more:{KARLOFF_URL}" in buttons
    assert "roadie:follow:Karloff" in buttons


async def test_ask_answers_a_free_text_question(bot: Running) -> None:
    question = {"name": "question", "type": 3, "value": "any news on block parent?"}
    call = await bot.ask("ask", [question])
    (embed,) = call.body["data"]["embeds"]
    assert "block-parent" in embed["url"]
    assert "Block Parent" in embed["title"]


async def test_announcements_take_kind_and_days(bot: Running) -> None:
    options = [
        {"name": "kind", "type": 3, "value": "single"},
        {"name": "days", "type": 4, "value": 3650},
    ]
    call = await bot.ask("announcements", options)
    assert call.body["type"] == 4
    assert call.body["data"]["embeds"][0]["description"]


async def test_help_is_ephemeral(bot: Running) -> None:
    call = await bot.ask("help", [])
    assert call.body["data"]["flags"] & EPHEMERAL


async def test_autocomplete_offers_fuzzy_artist_names(bot: Running) -> None:
    typed = {"name": "artist", "type": 3, "value": "karlof", "focused": True}
    call = await bot.ask("news", [typed], kind=4)
    assert call.body["type"] == 8
    choices = call.body["data"]["choices"]
    assert choices[0] == {"name": "Karloff", "value": "Karloff"}
    assert len(choices) <= 25


async def test_more_like_this_button_answers(bot: Running) -> None:
    answered = await bot.ask("news", [{"name": "artist", "type": 3, "value": "Karloff"}])
    message = bot.fake.responses[answered.path.split("/")[2]]
    click = bot.fake.button_event(f"roadie:more:{KARLOFF_URL}", message)
    await bot.fake.dispatch("INTERACTION_CREATE", click)
    call = await bot.fake.wait_call("POST", f"/interactions/{click['id']}/")
    assert call.body["type"] == 4
    assert call.body["data"]["embeds"]
    assert call.body["data"]["allowed_mentions"] == NO_PINGS


async def test_buttons_work_on_messages_sent_before_a_restart(bot: Running) -> None:
    """Nothing about the message is in this client's memory: the custom_id is enough."""
    button = {
        "type": 2,
        "style": 2,
        "label": "Did you mean Karloff?",
        "custom_id": "roadie:ask:Karloff",
    }
    old = message_payload(
        bot.fake.snowflake(),
        CHANNEL_ID,
        BOT_USER,
        "",
        components=[{"type": 1, "components": [button]}],
    )
    click = bot.fake.button_event("roadie:ask:Karloff", old)
    await bot.fake.dispatch("INTERACTION_CREATE", click)
    call = await bot.fake.wait_call("POST", f"/interactions/{click['id']}/")
    assert call.body["data"]["embeds"][0]["url"] == KARLOFF_URL


def _follow_button(message: dict[str, Any]) -> str:
    (custom_id,) = [
        button["custom_id"]
        for row in message["components"]
        for button in row["components"]
        if button["custom_id"].startswith("roadie:follow:")
    ]
    return str(custom_id)


def _followed(kb: KnowledgeBase) -> list[str]:
    return [s.target.text for s in subscriptions_of(kb, "discord", CHANNEL_ID)]


def _said(call: Call) -> str:
    """What an interaction answer says: its embed's description."""
    return str(call.body["data"]["embeds"][0]["description"])


async def test_follow_button_subscribes_the_channel_when_an_admin_clicks(
    bot: Running, kb: KnowledgeBase
) -> None:
    answered = await bot.ask("news", [{"name": "artist", "type": 3, "value": "Karloff"}])
    message = bot.answer_message(answered)
    call = await bot.click(_follow_button(message), message)
    assert call.body["type"] == 4
    assert call.body["data"]["flags"] & EPHEMERAL
    assert "This channel now follows artist:Karloff" in _said(call)
    assert _followed(kb) == ["artist:Karloff"]
    again = await bot.click(_follow_button(message), message)
    assert again.body["data"]["flags"] & EPHEMERAL
    assert "already follows artist:Karloff" in _said(again)
    assert _followed(kb) == ["artist:Karloff"]


async def test_follow_button_is_refused_to_a_member_who_cannot_manage_the_channel(
    bot: Running, kb: KnowledgeBase
) -> None:
    answered = await bot.ask("news", [{"name": "artist", "type": 3, "value": "Karloff"}])
    message = bot.answer_message(answered)
    call = await bot.click(_follow_button(message), message, permissions=NOT_MANAGER)
    assert call.body["data"]["flags"] & EPHEMERAL
    assert _said(call) == NOT_ALLOWED
    assert "Manage Channels" in _said(call)
    assert _followed(kb) == []


def _target(value: str, focused: bool = False) -> list[dict[str, Any]]:
    option: dict[str, Any] = {"name": "target", "type": 3, "value": value}
    return [{**option, "focused": True}] if focused else [option]


async def test_subscribe_list_unsubscribe_and_list_again(bot: Running, kb: KnowledgeBase) -> None:
    empty = await bot.ask("subscriptions", [])
    assert empty.body["data"]["flags"] & EPHEMERAL
    assert "follows nothing yet" in _said(empty)

    done = await bot.ask("subscribe", _target("artist:karlof"))
    assert "This channel now follows artist:Karloff" in _said(done)
    await bot.ask("subscribe", _target("kind:tour"))
    listed = await bot.ask("subscriptions", [], permissions=NOT_MANAGER)
    assert listed.body["data"]["flags"] & EPHEMERAL
    lines = _said(listed).splitlines()
    assert lines[0] == "This channel follows:"
    assert [line.split(" (since ")[0] for line in lines[1:]] == [
        "• artist:Karloff",
        "• kind:tour",
    ]

    completed = await bot.ask("unsubscribe", _target("karl", focused=True), kind=4)
    assert completed.body["type"] == 8
    assert completed.body["data"]["choices"] == [
        {"name": "artist:Karloff", "value": "artist:Karloff"}
    ]
    refused = await bot.ask("unsubscribe", _target("artist:Karloff"), permissions=NOT_MANAGER)
    assert _said(refused) == NOT_ALLOWED
    gone = await bot.ask("unsubscribe", _target("artist:Karloff"))
    assert "This channel no longer follows artist:Karloff." in _said(gone)
    assert _followed(kb) == ["kind:tour"]
    await bot.ask("unsubscribe", _target("kind:tour"))
    after = await bot.ask("subscriptions", [])
    assert "follows nothing yet" in _said(after)
    assert _followed(kb) == []


async def test_feeds_shows_each_feeds_health_and_why_one_is_paused(
    bot: Running, kb: KnowledgeBase, feeds: FakeFeeds
) -> None:
    states = await feeds_in_every_state(kb, feeds)
    call = await bot.ask("feeds", [], permissions=NOT_MANAGER)
    assert call.body["data"]["flags"] & EPHEMERAL
    assert call.body["data"]["allowed_mentions"] == NO_PINGS
    assert_health_shown(_said(call), states)


async def test_a_failing_command_is_reported_privately(
    bot: Running, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> Reply:
        raise RuntimeError("boom")

    monkeypatch.setattr(discord_commands, "latest_news", broken)
    call = await bot.ask("news", [{"name": "artist", "type": 3, "value": "Karloff"}])
    assert _said(call) == SORRY
    assert call.body["data"]["flags"] & EPHEMERAL


async def test_a_mention_is_answered_as_a_reply(bot: Running) -> None:
    event = await bot.say(f"<@{BOT_ID}> what's new with Karloff?")
    call = await bot.reply_to(event)
    assert call.path == f"/channels/{CHANNEL_ID}/messages"
    assert str(call.body["message_reference"]["message_id"]) == event["id"]
    assert call.body["allowed_mentions"]["parse"] == []
    assert call.body["allowed_mentions"]["replied_user"] is False
    assert call.body["embeds"][0]["url"] == KARLOFF_URL


async def test_a_direct_message_is_answered(bot: Running) -> None:
    event = await bot.say("any news on karloff?", channel_id=DM_CHANNEL_ID, guild=False)
    call = await bot.reply_to(event)
    assert call.path == f"/channels/{DM_CHANNEL_ID}/messages"
    assert call.body["embeds"][0]["url"] == KARLOFF_URL


async def test_bots_webhooks_itself_and_chatter_are_ignored(bot: Running) -> None:
    """Events are handled in gateway order and the decision to answer is taken before any
    await, so once two later messages have their replies, an answer to the earlier ones
    would have been posted too."""
    mention = f"<@{BOT_ID}> what's new with Karloff?"
    await bot.say(mention, author=OTHER_BOT)
    await bot.say(mention, author=BOT_USER)
    await bot.say(mention, webhook_id="42")
    await bot.say("what's new with Karloff?")
    answered = [await bot.say(mention), await bot.say(mention)]
    for event in answered:
        await bot.reply_to(event)
    replies = [_replied(c) for c in bot.fake.posts("/channels/")]
    assert sorted(replies, key=str) == sorted(e["id"] for e in answered)


async def test_a_reply_that_pings_roadie_is_answered_and_one_that_does_not_is_ignored(
    bot: Running,
) -> None:
    """A reply pings its author without `<@id>` in the text: Discord says so in `mentions`,
    and (without the Message Content intent) sends the text only to a bot it mentions."""
    said = message_payload(bot.fake.snowflake(), CHANNEL_ID, BOT_USER, "", embeds=[])
    bot.fake.messages[said["id"]] = said
    quiet = await bot.say("what's new with Karloff?", reply_to=said, ping=False)
    pinged = await bot.say("what's new with Karloff?", reply_to=said)
    assert pinged["mentions"][0]["id"] == BOT_ID and BOT_ID not in pinged["content"]
    call = await bot.reply_to(pinged)
    assert "karloff" in call.body["embeds"][0]["url"]
    assert quiet["id"] not in [_replied(c) for c in bot.fake.posts("/channels/")]


async def test_chatter_in_an_answer_channel_is_answered(chatty: Running) -> None:
    identify = next(op for op in chatty.fake.gateway_ops if op["op"] == 2)
    assert identify["d"]["intents"] & MESSAGE_CONTENT
    event = await chatty.say("what's new with Karloff?", channel_id=ANSWER_CHANNEL_ID)
    call = await chatty.reply_to(event)
    assert call.path == f"/channels/{ANSWER_CHANNEL_ID}/messages"


async def test_an_article_full_of_mentions_pings_nobody(bot: Running) -> None:
    call = await bot.ask("news", [{"name": "artist", "type": 3, "value": "Constantines"}])
    data = call.body["data"]
    assert data["embeds"][0]["url"] == PINGS_URL
    assert "@everyone" in json.dumps(data)
    assert data["allowed_mentions"] == NO_PINGS


def push() -> Reply:
    article = Link(KARLOFF_URL, 'Karloff: "Hibiscus"', "2021-09-30", "someparty.ca")
    return Reply(
        intent="push",
        text="The new single from Karloff. @everyone <@123> <@&456>",
        article=article,
        heading="New single: Karloff release Hibiscus @everyone <@123> <@&456>",
        sources=(Link("https://example.com/k", "Karloff", "2021-09-30", "example.com"),),
    )


async def test_a_push_is_delivered_to_a_channel_without_pings(bot: Running) -> None:
    await bot.adapter.sender.send(CHANNEL_ID, push())
    (call,) = bot.fake.posts(f"/channels/{CHANNEL_ID}/messages")
    assert call.body["content"].startswith("New single: Karloff")
    assert call.body["allowed_mentions"] == NO_PINGS
    assert call.body["embeds"][0]["url"] == KARLOFF_URL
    assert call.body["embeds"][0]["fields"][-1]["name"] == "Also reported by"


async def test_a_rate_limited_push_is_retried_and_delivered_once(bot: Running) -> None:
    path = f"/channels/{CHANNEL_ID}/messages"
    bot.fake.rate_limits.append(RateLimit(path, retry_after=0.05))
    async with asyncio.timeout(5):
        await bot.adapter.sender.send(CHANNEL_ID, push())
    limited, delivered = bot.fake.posts(path)
    assert "rate_limited" in limited.body
    assert delivered.body["content"].startswith("New single: Karloff")


async def test_a_refused_push_raises_a_clear_send_error(bot: Running) -> None:
    forbidden = "900000000000000777"
    bot.fake.refusing_channels[forbidden] = 50001
    with pytest.raises(SendError, match=rf"channel {forbidden}: HTTP 403"):
        await bot.adapter.sender.send(forbidden, push())


async def test_the_client_resumes_after_the_gateway_drops(bot: Running) -> None:
    await bot.fake.drop_gateway()

    def resume() -> dict[str, Any] | None:
        return next((op for op in bot.fake.gateway_ops if op["op"] == 6), None)

    resumed = await bot.fake.wait_until(resume)
    assert resumed["d"]["session_id"] == SESSION
    assert resumed["d"]["seq"] >= 2
    assert [op["op"] for op in bot.fake.gateway_ops].count(2) == 1, "re-identified, not resumed"
    event = await bot.say(f"<@{BOT_ID}> what's new with Karloff?")
    call = await bot.reply_to(event)
    assert call.body["embeds"][0]["url"] == KARLOFF_URL


async def test_a_sharded_client_logs_in_and_answers(
    fake: FakeDiscord, kb: KnowledgeBase, endpoints: None
) -> None:
    adapter = build_discord(settings_for(fake, DISCORD_SHARD_COUNT="1"), kb)
    async with running(fake, adapter) as bot:
        identify = next(op for op in fake.gateway_ops if op["op"] == 2)
        assert identify["d"]["shard"] == [0, 1]
        assert not identify["d"]["intents"] & discord.Intents(message_content=True).value
        call = await bot.ask("news", [{"name": "artist", "type": 3, "value": "Karloff"}])
        assert call.body["data"]["embeds"][0]["url"] == KARLOFF_URL


async def test_a_slow_answer_is_deferred_at_once_then_delivered(
    bot: Running, kb: KnowledgeBase
) -> None:
    """The core waits on a busy knowledge base in its worker thread; the event loop stays
    free to defer within Discord's 3 s, and the answer replaces "thinking" when it comes."""
    event = bot.fake.command_event("news", [{"name": "artist", "type": 3, "value": "Karloff"}])
    with busy(kb):
        await bot.fake.dispatch("INTERACTION_CREATE", event)
        deferred = await bot.fake.wait_call("POST", f"/interactions/{event['id']}/")
        assert (deferred.body["type"], deferred.status) == (DEFERRED, 200)
        assert not (deferred.body.get("data") or {}).get("flags", 0) & EPHEMERAL
    answer = await bot.fake.wait_answer(event["id"])
    assert "karloff" in answer["embeds"][0]["url"]
    edited = await bot.fake.wait_call("PATCH", f"/webhooks/{APP_ID}/{event['token']}/")
    assert edited.path.endswith("/messages/@original") and edited.status == 200


async def test_a_private_answer_after_a_public_deferral_is_shown_only_to_the_asker(
    bot: Running, kb: KnowledgeBase
) -> None:
    """An unknown target is answered privately but /subscribe defers in public; privacy cannot
    change, so the "thinking" message is deleted and the answer sent on its own, ephemeral."""
    event = bot.fake.command_event("subscribe", _target("artist:Nobody Anyone Knows"))
    with busy(kb):
        await bot.fake.dispatch("INTERACTION_CREATE", event)
        deferred = await bot.fake.wait_call("POST", f"/interactions/{event['id']}/")
        assert deferred.body["type"] == DEFERRED
    answer = await bot.fake.wait_answer(event["id"])
    assert answer["flags"] & EPHEMERAL
    assert "Nobody Anyone Knows" in answer["embeds"][0]["description"]
    deleted = await bot.fake.wait_call("DELETE", f"/webhooks/{APP_ID}/{event['token']}/")
    assert deleted.status == 204


async def test_an_interaction_answered_after_discords_deadline_is_refused_as_discord_does(
    bot: Running,
) -> None:
    """The fake's clock is set to make every answer late: the answer and the apology that
    follows it are both refused, and Roadie logs them instead of crashing."""
    bot.fake.interaction_seconds = 0.0
    event = bot.fake.command_event("help", [])
    await bot.fake.dispatch("INTERACTION_CREATE", event)
    path = f"/interactions/{event['id']}/"

    def both_tries() -> list[Call] | None:
        tries = [c for c in bot.fake.calls if c.path.startswith(path)]
        return tries if len(tries) == 2 else None

    answer, apology = await bot.fake.wait_until(both_tries)
    for call in (answer, apology):
        assert (call.status, call.answer["code"]) == (404, 10062)
    assert bot.fake.refusals == [answer, apology]
    bot.fake.refusals.clear()


async def test_an_article_without_a_web_url_is_shown_without_a_link(
    bot: Running, kb: KnowledgeBase
) -> None:
    add_articles(
        kb,
        [
            ArticleRecord(
                url="roadie:article/velvet-harbour-tidewater",
                title='Velvet Harbour: "Tidewater"',
                date="2024-05-02",
                source="someparty.ca",
                body="Velvet Harbour shared Tidewater, the first single from their second album.",
            )
        ],
    )
    call = await bot.ask("news", [{"name": "artist", "type": 3, "value": "Velvet Harbour"}])
    (embed,) = call.body["data"]["embeds"]
    assert embed["title"] == 'Velvet Harbour: "Tidewater"'
    assert "url" not in embed
    assert "roadie:" not in json.dumps(embed)
