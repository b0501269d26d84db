"""Pushes end to end: the real discord.py and Bolt clients against the loopback fakes, and a
real `python -m bot announce --once` process killed with SIGKILL mid-batch."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sqlite3
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
from announce_helpers import item, settings
from discord_helpers import started
from fakes.discord_push_server import PushDiscord
from fakes.discord_server import CHANNEL_ID, FakeDiscord
from fakes.feed_server import LOOPBACK, FakeFeeds, headlines
from fakes.slack_server import FakeSlack, signed_headers, slash_command

from bot.adapters.discord.client import build_discord
from bot.adapters.discord.push import DiscordPushSender
from bot.adapters.slack.app import build_slack
from bot.adapters.slack.push import SlackPushSender
from bot.announcer import outbox
from bot.announcer.feeds.registry import add_feed
from bot.announcer.stories import cluster
from bot.announcer.subscriptions import parse_target, subscribe
from bot.announcer.tick import announce_pending, queue_stories
from bot.core.messages import utc_now
from bot.settings import Settings
from knowledge.ingest.loader import add_articles
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase

SECRET = "push-signing-secret"
ROOT = Path(__file__).parent.parent
FIRST, SECOND, THIRD = "900000000000000101", "900000000000000202", "900000000000000303"
"""More channels of the fake Discord (snowflakes, as Discord requires)."""
COLOURS = {"red": CHANNEL_ID, "blue": FIRST, "green": SECOND, "gold": THIRD}


class AdminSlack(FakeSlack):
    """The fake Slack with `users.info` (U0ADMIN is a workspace admin) and the channel history
    of what it was sent, metadata included."""

    def _result(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        if method == "users.info":
            user = body.get("user")
            return {"ok": True, "user": {"id": user, "is_admin": user == "U0ADMIN"}}
        if method == "conversations.history":
            posted = [
                c.body
                for c in self.received("chat.postMessage")
                if c.body.get("channel") == body.get("channel")
            ]
            messages = [
                {"text": p.get("text"), "metadata": _json(p.get("metadata"))} for p in posted
            ]
            return {"ok": True, "messages": messages[::-1]}
        return super()._result(method, body)


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    base = KnowledgeBase.open(tmp_path / "roadie.db")
    yield base
    base.close()


@pytest.fixture
async def fakes() -> AsyncIterator[tuple[PushDiscord, AdminSlack, FakeFeeds]]:
    servers = (PushDiscord(), AdminSlack(), FakeFeeds())
    for server in servers:
        await server.start()
    yield servers
    for server in servers:
        await server.stop()


def _env(discord_fake: FakeDiscord, slack_fake: FakeSlack, **extra: str) -> dict[str, str]:
    return {
        "DISCORD_TOKEN": "test-token",
        "DISCORD_API_BASE_URL": discord_fake.api_url,
        "DISCORD_GATEWAY_URL": discord_fake.gateway_url,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": slack_fake.api_url,
        "PORT": "0",
        "ROADIE_FEED_HOST_DELAY_SECONDS": "0",
        "ROADIE_FETCH_ALLOW": "127.0.0.1",
        **extra,
    }


async def _until(probe: Any, timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (found := probe()):
        assert time.monotonic() < deadline, "timed out waiting"
        await asyncio.sleep(0.01)
    return found


async def _slack_command(port: int, text: str, user: str, response_url: str) -> None:
    form = slash_command(text, response_url, channel="C0NEWS")
    form["user_id"] = user
    body = urlencode(form)
    headers = {"Content-Type": "application/x-www-form-urlencoded", **signed_headers(SECRET, body)}
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"http://127.0.0.1:{port}/slack/events", data=body, headers=headers) as resp,
    ):
        assert resp.status == 200


async def test_an_item_in_a_followed_feed_reaches_discord_and_slack_once(
    kb: KnowledgeBase, fakes: tuple[PushDiscord, AdminSlack, FakeFeeds], endpoints: None
) -> None:
    discord_fake, slack_fake, feeds = fakes
    chosen = Settings.from_env(_env(discord_fake, slack_fake))
    feeds.feeds["news"] = [item("1", "Mara Lind Announces First Album in Eight Years")]
    for row in headlines(5):
        feeds.feeds["news"].append({**row, "date": utc_now().date().isoformat()})
    add_feed(kb, feeds.url("/headlines/news"), 1, utc_now(), LOOPBACK)
    await announce_pending(kb, {}, settings=chosen)

    adapter = build_discord(chosen, kb)
    slack = build_slack(chosen, kb)
    slack_task = asyncio.create_task(slack.run())
    try:
        async with started(adapter):
            member = discord_fake.command_event("subscribe", [_option("artist:mara lind")])
            member["member"]["permissions"] = "0"
            await discord_fake.dispatch("INTERACTION_CREATE", member)
            refused = await discord_fake.wait_call("POST", f"/interactions/{member['id']}/")
            assert "Manage Channels" in json.dumps(refused.body)
            event = discord_fake.command_event("subscribe", [_option("artist:mara lind")])
            await discord_fake.dispatch("INTERACTION_CREATE", event)
            done = await discord_fake.wait_call("POST", f"/interactions/{event['id']}/")
            assert "now follows artist:Mara Lind" in json.dumps(done.body)

            port = await _until(lambda: slack.http_port)
            await _slack_command(
                port, "subscribe kind:album", "U0MEMBER", slack_fake.response_url("a")
            )
            (no,) = await slack_fake.wait_for_call("response/a")
            assert "workspace admins" in no.body["text"]
            await _slack_command(
                port, "subscribe kind:album", "U0ADMIN", slack_fake.response_url("b")
            )
            (yes,) = await slack_fake.wait_for_call("response/b")
            assert "now follows kind:album" in yes.body["text"]

            fresh = item("2", "Mara Lind Announces New Album Imagine Hearts", "stereogum.com")
            feeds.feeds["news"].append({**fresh, "date": utc_now().date().isoformat()})
            senders = {
                "discord": DiscordPushSender(adapter.client),
                "slack": SlackPushSender(slack.client),
            }
            later = utc_now().replace(microsecond=0) + _minutes(2)
            report = await announce_pending(kb, senders, settings=chosen, now=later)
            assert report.delivered == 2, report.summary()
            await announce_pending(kb, senders, settings=chosen, now=later + _minutes(2))
    finally:
        slack_task.cancel()
        await asyncio.gather(slack_task, return_exceptions=True)
    (pushed,) = discord_fake.visible
    assert pushed.channel_id == CHANNEL_ID
    assert pushed.body["content"].startswith("New album: Mara Lind Announces New Album")
    assert pushed.body["nonce"] and pushed.body["enforce_nonce"] is True
    (posted,) = slack_fake.received("chat.postMessage")
    assert posted.body["channel"] == "C0NEWS"
    assert "Imagine Hearts" in posted.body["text"]


def _option(value: str) -> dict[str, Any]:
    return {"name": "target", "type": 3, "value": value}


def _minutes(count: int) -> Any:
    from datetime import timedelta

    return timedelta(minutes=count)


async def test_a_slack_push_whose_mark_failed_is_found_in_history_not_posted_twice(
    kb: KnowledgeBase,
    fakes: tuple[PushDiscord, AdminSlack, FakeFeeds],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, slack_fake, _ = fakes
    _queue(kb, channels=["slack:C0NEWS"], count=1)
    chosen = settings(SLACK_API_URL=slack_fake.api_url, SLACK_BOT_TOKEN="xoxb-test")
    from bot.adapters.slack.app import web_client

    senders = {"slack": SlackPushSender(web_client(chosen))}
    real_mark = outbox.mark_delivered

    def failing_mark(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(outbox, "mark_delivered", failing_mark)
    await announce_pending(kb, senders, settings=chosen)
    monkeypatch.setattr(outbox, "mark_delivered", real_mark)
    report = await announce_pending(kb, senders, settings=chosen, now=utc_now() + _minutes(5))
    assert report.delivered == 1
    assert len(slack_fake.received("chat.postMessage")) == 1
    assert slack_fake.received("conversations.history")


def _queue(kb: KnowledgeBase, channels: list[str], count: int) -> int:
    """Fresh announcement stories queued for `channels` ("platform:id"), without feeds."""
    now = utc_now()
    for channel in channels:
        platform, _, channel_id = channel.partition(":")
        subscribe(kb, platform, channel_id, parse_target(kb, "all"), now)
    kinds = ["Album", "Tour", "Single", "Festival Lineup", "Album", "Tour"]
    records = [
        ArticleRecord(
            f"https://news.example/{n}",
            f"Band Number {n} Announces New {kinds[n % len(kinds)]} Called Thing {n}",
            now.date().isoformat(),
            "news.example",
        )
        for n in range(count)
    ]
    add_articles(kb, records, announce=True)
    cluster(kb, now, 48)
    return queue_stories(kb, now)


async def _announce_once(env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "announce",
        "--once",
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
async def test_a_process_killed_mid_batch_resumes_without_loss_or_duplicates(
    tmp_path: Path, fakes: tuple[PushDiscord, AdminSlack, FakeFeeds]
) -> None:
    discord_fake, slack_fake, _ = fakes
    db = tmp_path / "roadie.db"
    kb = KnowledgeBase.open(db)
    queued = _queue(kb, channels=[f"discord:{FIRST}", f"discord:{SECOND}"], count=6)
    kb.close()
    assert queued == 12
    env = {
        **_env(discord_fake, slack_fake),
        "SLACK_BOT_TOKEN": "",
        "ROADIE_DB": str(db),
        "ROADIE_BURST_LIMIT": "100",
    }
    discord_fake.hold_after = 5
    first = await _announce_once(env, tmp_path)
    await _until(lambda: len(discord_fake.visible) >= 6)
    first.send_signal(signal.SIGKILL)
    await first.communicate()
    assert first.returncode == -signal.SIGKILL
    assert len(discord_fake.visible) < 12, "the kill came mid-batch"

    discord_fake.hold_after = None
    second = await _announce_once({**env, "ROADIE_DELIVERY_LEASE_SECONDS": "0"}, tmp_path)
    out, err = await asyncio.wait_for(second.communicate(), 30)
    assert second.returncode == 0, err.decode()
    assert "0 failed" in out.decode()
    seen = [(p.channel_id, p.body["content"]) for p in discord_fake.visible]
    assert len(seen) == 12 and len(set(seen)) == 12
    kb = KnowledgeBase.open(db)
    assert kb.query("SELECT status, count(*) FROM deliveries GROUP BY status") == [
        ("delivered", 12)
    ]
    kb.close()


def _count(db: Path, sql: str) -> int:
    """A count read by a connection of the test's own, as a second process would."""
    conn = sqlite3.connect(db, timeout=5)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


async def _kill_when(process: asyncio.subprocess.Process, probe: Any) -> str:
    """SIGKILL `process` as soon as `probe()` holds (or it has ended by itself); its output."""
    deadline = time.monotonic() + 60
    while process.returncode is None and not probe():
        assert time.monotonic() < deadline, "timed out waiting"
        await asyncio.sleep(0.005)
    if process.returncode is None:
        process.send_signal(signal.SIGKILL)
    out, err = await process.communicate()
    return (out + err).decode()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
async def test_every_polled_item_is_pushed_exactly_once_across_kills_at_several_points(
    tmp_path: Path, fakes: tuple[PushDiscord, AdminSlack, FakeFeeds]
) -> None:
    """Killed after the first batch of a big poll is stored, then mid-send, then run to the end:
    every new item reaches its channel once (the new ones used to be known only in memory).
    Each channel follows a quarter of the items, so the sends run four at a time."""
    discord_fake, slack_fake, feeds = fakes
    db = tmp_path / "roadie.db"
    env = {
        **_env(discord_fake, slack_fake),
        "SLACK_BOT_TOKEN": "",
        "ROADIE_DB": str(db),
        "ROADIE_BURST_LIMIT": "10000",
        "ROADIE_FEED_MAX_ITEMS": "5000",
    }
    today = utc_now().date().isoformat()
    feeds.feeds["big"] = [{**row, "date": today} for row in headlines(20)]
    kb = KnowledgeBase.open(db)
    add_feed(kb, feeds.url("/headlines/big"), 1, utc_now() - _minutes(5), LOOPBACK)
    for colour, channel in COLOURS.items():
        target = parse_target(kb, f"topic:{colour}")
        subscribe(kb, "discord", channel, target, utc_now() - _minutes(5))
    earlier = utc_now() - _minutes(5)
    await announce_pending(kb, {}, settings=Settings.from_env(env), now=earlier)
    kb.close()
    before = _count(db, "SELECT count(*) FROM articles")
    colours = list(COLOURS)
    fresh = [
        item(f"big-{n}", f"Band {n} Announces New Album Called {colours[n % 4]} {n}", date=today)
        for n in range(1100)
    ]
    feeds.feeds["big"] += fresh

    stored = await _announce_once(env, tmp_path)
    output = await _kill_when(stored, lambda: _count(db, "SELECT count(*) FROM articles") > before)
    assert _count(db, "SELECT count(*) FROM articles") > before, output

    discord_fake.hold_after = 3
    sending = await _announce_once(env, tmp_path)
    await _kill_when(sending, lambda: len(discord_fake.visible) > 3)

    discord_fake.hold_after = None
    last = await _announce_once({**env, "ROADIE_DELIVERY_LEASE_SECONDS": "0"}, tmp_path)
    _, err = await asyncio.wait_for(last.communicate(), 60)
    assert last.returncode == 0, err.decode()
    titles = [p.body["content"] for p in discord_fake.visible]
    assert len(titles) == len(set(titles)), "nothing was pushed twice"
    assert len(titles) == len(fresh), "every new item was pushed"
    assert _count(db, "SELECT count(*) FROM deliveries WHERE status != 'delivered'") == 0


def _closed_port() -> int:
    """A loopback port nothing listens on: connecting to it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_one_platform_failing_does_not_stop_the_other(
    tmp_path: Path, fakes: tuple[PushDiscord, AdminSlack, FakeFeeds]
) -> None:
    """With Discord's API down, `announce --once` used to end in a traceback (exit 1) with the
    Slack pushes unsent too."""
    discord_fake, slack_fake, _ = fakes
    db = tmp_path / "roadie.db"
    kb = KnowledgeBase.open(db)
    _queue(kb, channels=[f"discord:{CHANNEL_ID}", "slack:C0NEWS"], count=2)
    kb.close()
    env = {
        **_env(discord_fake, slack_fake),
        "DISCORD_API_BASE_URL": f"http://127.0.0.1:{_closed_port()}/api/v10",
        "ROADIE_DB": str(db),
        "ROADIE_BURST_LIMIT": "100",
    }
    process = await _announce_once(env, tmp_path)
    out, err = await asyncio.wait_for(process.communicate(), 60)
    errors = err.decode()
    assert process.returncode == 1, errors
    assert "Traceback" not in errors and "Discord: cannot log in" in errors
    assert "2 deliveries for discord are waiting: it could not be reached" in errors
    assert "2 delivered" in out.decode()
    assert len(slack_fake.received("chat.postMessage")) == 2
    assert discord_fake.visible == []
