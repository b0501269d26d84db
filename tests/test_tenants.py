"""Each server's business its own: lists show only the asking server's (Discord) or workspace's
(Slack) channels, and a channel whose platform refuses Roadie for good is disabled after one try
and resumed by an admin's subscription command there. Through the real discord.py client and the
real Bolt app against the loopback fakes, with real SQLite files."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from announce_helpers import Recorder, run_roadie
from discord_helpers import started
from fakes.discord_server import (
    CHANNEL_ID,
    GUILD_ID,
    SECOND_GUILD_CHANNEL_ID,
    SECOND_GUILD_ID,
    FakeDiscord,
)
from fakes.slack_server import TEAM_ID, FakeSlack, SlackSide
from slack_helpers import serving

from bot.adapters.discord.client import DiscordAdapter, build_discord
from bot.adapters.slack.app import SlackAdapter, build_slack
from bot.announcer.channels import Scope
from bot.announcer.commands import feeds_reply
from bot.announcer.subscriptions import parse_target, subscribe, subscriptions_of
from bot.announcer.tick import TickReport, announce_pending
from bot.core.messages import Sender, utc_now
from bot.settings import Settings
from knowledge.ingest.loader import add_articles
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase

A_PARKED, B_PARKED, LEGACY = "900000000000000012", "900000000000000013", "900000000000000014"
"""More channels of the fake Discord: one more in each server, and one in the first server that
was subscribed from the command line, so Roadie does not know its server."""
NOT_MANAGER = "0"
EPHEMERAL = 64
SECRET = "tenant-signing-secret"
SECOND_TEAM = "T0002"
ADMIN = "U0ADMIN"
BANDS = iter(f"The Paper Marmots {n}" for n in range(1000))
"""Invented artists, a new one for every story, so no two stories merge."""


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    base = KnowledgeBase.open(tmp_path / "roadie.db")
    yield base
    base.close()


class Clock:
    """Tick times after every subscription made so far, each later than the last."""

    def __init__(self) -> None:
        self.moment = utc_now()

    def next(self) -> datetime:
        self.moment = max(self.moment, utc_now()) + timedelta(minutes=1)
        return self.moment


async def _tick(
    kb: KnowledgeBase, senders: dict[str, Sender], chosen: Settings, clock: Clock, stories: int
) -> TickReport:
    """Announce `stories` new albums by new artists, then one announcer tick."""
    day = utc_now().date().isoformat()
    records = []
    for _ in range(stories):
        band = next(BANDS)
        slug = band.lower().replace(" ", "-")
        title = f"{band} Announce New Album Called Lantern Weather"
        records.append(ArticleRecord(f"https://news.example/{slug}", title, day, "news.example"))
    add_articles(kb, records, announce=True)
    return await announce_pending(kb, senders, settings=chosen, now=clock.next())


def _pending(kb: KnowledgeBase, channel: str) -> int:
    rows = kb.query(
        "SELECT count(*) FROM deliveries WHERE channel_id = ? AND status IN ('pending', 'sending')",
        [channel],
    )
    return int(rows[0][0])


# -- Discord ---------------------------------------------------------------------------------


def _discord_settings(fake: FakeDiscord, **extra: str) -> Settings:
    return Settings.from_env(
        {
            "DISCORD_TOKEN": "test-token",
            "DISCORD_API_BASE_URL": fake.api_url,
            "DISCORD_GATEWAY_URL": fake.gateway_url,
            "ROADIE_BURST_LIMIT": "100",
            **extra,
        }
    )


@pytest.fixture
async def discord_bot(
    discord_fake: FakeDiscord, kb: KnowledgeBase, endpoints: None
) -> AsyncIterator[DiscordAdapter]:
    """Roadie in two servers: the fake's own (with A_PARKED and LEGACY too) and a second one."""
    discord_fake.servers[GUILD_ID] += [A_PARKED, LEGACY]
    discord_fake.servers[SECOND_GUILD_ID] = [SECOND_GUILD_CHANNEL_ID, B_PARKED]
    adapter = build_discord(_discord_settings(discord_fake), kb)
    async with started(adapter):
        yield adapter


async def _ask(
    fake: FakeDiscord,
    name: str,
    target: str | None = None,
    *,
    guild: str = GUILD_ID,
    channel: str = CHANNEL_ID,
    admin: bool = True,
) -> str:
    """Run a slash command as a member (with Manage Channels if `admin`); the whole private
    answer Discord shows them."""
    options = [] if target is None else [{"name": "target", "type": 3, "value": target}]
    event = fake.command_event(name, options, guild=guild, channel=channel)
    if not admin:
        event["member"]["permissions"] = NOT_MANAGER
    await fake.dispatch("INTERACTION_CREATE", event)
    answer = await fake.wait_answer(event["id"])
    return json.dumps(answer["embeds"])


def _said(answer: str) -> str:
    return str(json.loads(answer)[0]["description"])


async def test_feeds_asked_in_one_server_never_shows_another_servers_channels(
    discord_fake: FakeDiscord, discord_bot: DiscordAdapter, kb: KnowledgeBase
) -> None:
    fake, clock = discord_fake, Clock()
    first = {CHANNEL_ID, A_PARKED}
    second = {SECOND_GUILD_CHANNEL_ID, B_PARKED}
    for guild, channels in ((GUILD_ID, first), (SECOND_GUILD_ID, second)):
        for channel in sorted(channels):
            done = await _ask(fake, "subscribe", "all", guild=guild, channel=channel)
            assert "now follows all" in done
    subscribe(kb, "discord", LEGACY, parse_target(kb, "all"), utc_now(), "cli")

    fake.refusing_channels.update({CHANNEL_ID: 50001, SECOND_GUILD_CHANNEL_ID: 50001})
    chosen = _discord_settings(fake, ROADIE_DELIVERY_MAX_ATTEMPTS="1")
    disabled = await _tick(kb, {"discord": discord_bot.sender}, chosen, clock, 1)
    assert sorted(disabled.disabled) == [
        f"discord:{CHANNEL_ID}",
        f"discord:{SECOND_GUILD_CHANNEL_ID}",
    ]
    down = Recorder(failures=100)
    parked = await _tick(kb, {"discord": down}, chosen, clock, 1)
    assert parked.parked == 3, parked.summary()
    await _tick(kb, {}, chosen, clock, 1)

    everyone = [CHANNEL_ID, A_PARKED, LEGACY, SECOND_GUILD_CHANNEL_ID, B_PARKED]
    seen_in_first = await _ask(fake, "feeds", admin=False)
    seen_in_second = await _ask(fake, "feeds", guild=SECOND_GUILD_ID, channel=B_PARKED, admin=False)
    assert [c for c in everyone if c in seen_in_first] == [CHANNEL_ID, A_PARKED]
    assert [c for c in everyone if c in seen_in_second] == [SECOND_GUILD_CHANNEL_ID, B_PARKED]
    assert f"disabled: discord:{CHANNEL_ID}" in _said(seen_in_first)
    assert f"parked: 1 deliveries to discord:{A_PARKED}" in _said(seen_in_first)
    assert "waiting: 1 for discord" in _said(seen_in_first), "its own channel's only, not 3"

    listed = await _ask(fake, "subscriptions", channel=LEGACY, admin=False)
    assert "This channel follows:" in _said(listed)
    learned = await _ask(fake, "feeds", admin=False)
    assert [c for c in everyone if c in learned] == [CHANNEL_ID, A_PARKED, LEGACY]
    again = await _ask(fake, "feeds", guild=SECOND_GUILD_ID, channel=B_PARKED, admin=False)
    assert [c for c in everyone if c in again] == [SECOND_GUILD_CHANNEL_ID, B_PARKED]


async def test_a_channel_answering_50001_is_disabled_after_one_try_and_resumed_by_subscribing(
    discord_fake: FakeDiscord, discord_bot: DiscordAdapter, kb: KnowledgeBase, tmp_path: Path
) -> None:
    fake, clock = discord_fake, Clock()
    senders: dict[str, Sender] = {"discord": discord_bot.sender}
    chosen = _discord_settings(fake)
    assert "now follows all" in await _ask(fake, "subscribe", "all")
    assert "now follows kind:album" in await _ask(fake, "subscribe", "kind:album")
    fake.refusing_channels[CHANNEL_ID] = 50001
    path = f"/channels/{CHANNEL_ID}/messages"

    report = await _tick(kb, senders, chosen, clock, 3)
    (tried,) = fake.posts(path)
    assert (tried.status, tried.answer) == (403, {"message": "Missing Access", "code": 50001})
    assert report.disabled == [f"discord:{CHANNEL_ID}"] and report.delivered == 0
    assert _pending(kb, CHANNEL_ID) == 0, "the other two stories were withdrawn"
    assert len(subscriptions_of(kb)) == 2, "its subscriptions are kept"

    later = await _tick(kb, senders, chosen, clock, 2)
    assert later.queued == 0 and len(fake.posts(path)) == 1, "not tried again for new stories"
    listed = _said(await _ask(fake, "subscriptions", admin=False))
    assert listed.startswith("This channel is paused since ")
    assert "Missing Access (code 50001)" in listed and "• kind:album" in listed
    code, out = await run_roadie(
        "subscriptions", "list", "--db", str(tmp_path / "roadie.db"), env={}
    )
    assert code == 0 and out.count(f"discord:{CHANNEL_ID} (server {GUILD_ID})") == 2
    assert out.count("paused since ") == 2

    refused = _said(await _ask(fake, "subscribe", "all", admin=False))
    assert "Only channel admins" in refused and _pending(kb, CHANNEL_ID) == 0
    del fake.refusing_channels[CHANNEL_ID]
    resumed = _said(await _ask(fake, "subscribe", "all"))
    assert resumed.startswith("Roadie posts here again (this channel was paused since ")
    assert "It follows all." in resumed
    back = await _tick(kb, senders, chosen, clock, 1)
    assert back.delivered == 1 and not back.disabled
    assert [c.status for c in fake.posts(path)] == [403, 200]


@pytest.mark.parametrize("code", [10003, 50013])
async def test_unknown_channel_and_missing_permissions_disable_the_channel_too(
    code: int, discord_fake: FakeDiscord, discord_bot: DiscordAdapter, kb: KnowledgeBase
) -> None:
    fake, clock = discord_fake, Clock()
    assert "now follows all" in await _ask(fake, "subscribe", "all")
    fake.refusing_channels[CHANNEL_ID] = code
    report = await _tick(kb, {"discord": discord_bot.sender}, _discord_settings(fake), clock, 2)
    assert report.disabled == [f"discord:{CHANNEL_ID}"]
    assert len(fake.posts(f"/channels/{CHANNEL_ID}/messages")) == 1
    fake.refusals.clear()


# -- Slack -----------------------------------------------------------------------------------


@pytest.fixture
async def slack(
    slack_fake: FakeSlack, kb: KnowledgeBase
) -> AsyncIterator[tuple[SlackAdapter, SlackSide]]:
    slack_fake.admins.add(ADMIN)
    env = {
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_API_URL": slack_fake.api_url,
        "SLACK_SIGNING_SECRET": SECRET,
        "PORT": "0",
    }
    adapter = build_slack(Settings.from_env(env), kb)
    async with serving(adapter, SECRET) as side:
        yield adapter, side


class Commands:
    """`/roadie ...` as people in the fake workspaces run it; each gets its own response_url."""

    def __init__(self, fake: FakeSlack, side: SlackSide) -> None:
        self.fake, self.side = fake, side
        self.count = 0

    async def run(
        self, text: str, channel: str, *, team: str = TEAM_ID, user: str = ADMIN
    ) -> dict[str, Any]:
        self.count += 1
        name = f"r{self.count}"
        status, _ = await self.side.command(
            text, self.fake.response_url(name), user=user, team=team, channel=channel
        )
        assert status == 200
        (answer,) = await self.fake.wait_for_call(f"response/{name}")
        return answer.body


def _slack_settings(fake: FakeSlack, **extra: str) -> Settings:
    env = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": fake.api_url}
    return Settings.from_env({**env, "ROADIE_BURST_LIMIT": "100", **extra})


async def test_slack_feeds_shows_only_the_asking_workspaces_channels(
    slack_fake: FakeSlack, slack: tuple[SlackAdapter, SlackSide], kb: KnowledgeBase
) -> None:
    adapter, side = slack
    roadie, clock = Commands(slack_fake, side), Clock()
    ours, theirs = ["C0OURS1", "C0OURS2"], ["C0THEIRS1", "C0THEIRS2"]
    for team, channels in ((TEAM_ID, ours), (SECOND_TEAM, theirs)):
        for channel in channels:
            done = await roadie.run("subscribe all", channel, team=team)
            assert "now follows all" in done["blocks"][0]["text"]["text"]
    for channel in (ours[0], theirs[0]):
        slack_fake.refuse_channel(channel, "channel_not_found")
    chosen = _slack_settings(slack_fake, ROADIE_DELIVERY_MAX_ATTEMPTS="1")
    report = await _tick(kb, {"slack": adapter.sender}, chosen, clock, 1)
    assert sorted(report.disabled) == ["slack:C0OURS1", "slack:C0THEIRS1"]
    await _tick(kb, {"slack": Recorder("slack", failures=100)}, chosen, clock, 1)

    everyone = [*ours, *theirs]
    for team, channel, expected in ((TEAM_ID, ours[1], ours), (SECOND_TEAM, theirs[1], theirs)):
        answer = await roadie.run("feeds", channel, team=team, user="U0MEMBER")
        assert answer["response_type"] == "ephemeral"
        shown = json.dumps(answer)
        assert [c for c in everyone if c in shown] == expected


async def test_slack_channel_not_found_disables_after_one_try_and_subscribing_resumes(
    slack_fake: FakeSlack, slack: tuple[SlackAdapter, SlackSide], kb: KnowledgeBase
) -> None:
    adapter, side = slack
    roadie, clock = Commands(slack_fake, side), Clock()
    senders: dict[str, Sender] = {"slack": adapter.sender}
    chosen = _slack_settings(slack_fake)
    await roadie.run("subscribe all", "C0GONE")
    slack_fake.refuse_channel("C0GONE", "channel_not_found")

    report = await _tick(kb, senders, chosen, clock, 3)
    assert report.disabled == ["slack:C0GONE"]
    assert len(slack_fake.received("chat.postMessage")) == 1
    assert _pending(kb, "C0GONE") == 0
    await _tick(kb, senders, chosen, clock, 1)
    assert len(slack_fake.received("chat.postMessage")) == 1, "not tried again"
    listed = await roadie.run("subscriptions", "C0GONE", user="U0MEMBER")
    text = listed["blocks"][0]["text"]["text"]
    assert text.startswith("This channel is paused since ") and "channel_not_found" in text

    del slack_fake.channel_errors["C0GONE"]
    resumed = await roadie.run("subscribe all", "C0GONE")
    assert "Roadie posts here again" in resumed["blocks"][0]["text"]["text"]
    back = await _tick(kb, senders, chosen, clock, 1)
    assert back.delivered == 1
    assert len(slack_fake.received("chat.postMessage")) == 2


@pytest.mark.parametrize("error", ["is_archived", "not_in_channel"])
async def test_archived_and_not_joined_slack_channels_are_disabled_too(
    error: str, slack_fake: FakeSlack, slack: tuple[SlackAdapter, SlackSide], kb: KnowledgeBase
) -> None:
    adapter, side = slack
    await Commands(slack_fake, side).run("subscribe all", "C0SHUT")
    slack_fake.refuse_channel("C0SHUT", error)
    chosen = _slack_settings(slack_fake)
    report = await _tick(kb, {"slack": adapter.sender}, chosen, Clock(), 2)
    assert report.disabled == ["slack:C0SHUT"]
    assert len(slack_fake.received("chat.postMessage")) == 1


# -- without a server ------------------------------------------------------------------------


def test_a_direct_message_sees_only_its_own_channel(kb: KnowledgeBase) -> None:
    """In a DM the platform names no server: '' must not match every channel without one."""
    for channel in ("900000000000000021", "900000000000000022"):
        subscribe(kb, "discord", channel, parse_target(kb, "all"), utc_now(), "cli")
    with kb.transaction() as conn:
        conn.execute(
            "INSERT INTO deliveries (key, notice, platform, channel_id, status, next_attempt_at, "
            "created_at, error) SELECT 'n', 'x', platform, channel_id, 'parked', 't', 't', 'e' "
            "FROM subscriptions"
        )
    text = feeds_reply(kb, Scope("discord", "", "900000000000000021")).text
    assert "900000000000000021" in text and "900000000000000022" not in text


def test_channels_subscribed_before_servers_were_kept_are_known_without_one(
    tmp_path: Path,
) -> None:
    """A database from before the `channels` table: its subscribed channels get rows with no
    server, which no server's list shows until someone uses Roadie in the channel."""
    path = tmp_path / "old.db"
    old = KnowledgeBase.open(path)
    subscribe(old, "slack", "C0OLD", parse_target(old, "all"), utc_now(), "cli")
    with old.transaction() as conn:
        conn.execute("DROP TABLE channels")
        conn.execute(
            "DELETE FROM _sqlite_migrations WHERE name = 'keep_each_channels_server_and_state'"
        )
    old.close()
    upgraded = KnowledgeBase.open(path)
    try:
        assert upgraded.query("SELECT * FROM channels") == [("slack", "C0OLD", "", None, None)]
        (sub,) = subscriptions_of(upgraded)
        assert (sub.channel, sub.server_id, sub.disabled) == ("slack:C0OLD", "", None)
    finally:
        upgraded.close()
