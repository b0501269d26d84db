"""The real Bolt app over real HTTP and a real Socket Mode WebSocket, against a loopback fake Slack.

Every answer comes from the real core over a real SQLite knowledge base built from
`fixtures/slack_articles.jsonl`, plus one hostile article whose text tries to ping everyone. The
app that answers is wired by `build_slack`, as `python -m bot run` wires it: the
subscription subcommands, the `users.info` admin lookup and the live Follow button included.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
from announce_helpers import assert_health_shown, feeds_in_every_state
from fakes.feed_server import FakeFeeds
from fakes.slack_server import (
    BOT_USER_ID,
    FakeSlack,
    SlackSide,
    block_actions,
    event_callback,
    signed_headers,
    slash_command,
)
from worker_helpers import busy

from bot.adapters.slack.app import SlackAdapter, build_slack
from bot.adapters.slack.blocks import ACTION_FOLLOW, ACTION_MORE_LIKE, ACTION_SUGGEST_PREFIX
from bot.announcer.commands import NOT_ALLOWED
from bot.announcer.subscriptions import subscriptions_of
from bot.core.messages import Reply, SendError
from bot.settings import Settings, SettingsError
from knowledge.ingest.loader import add_articles
from knowledge.ingest.sources import read_sources
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase

SECRET = "test-signing-secret"
FIXTURE = Path(__file__).parent / "fixtures" / "slack_articles.jsonl"
SUBAR = "https://www.someparty.ca/2021-04-11-great-success.html#block-parent-subar"
WAKE_UP = "https://www.someparty.ca/2021-10-15-roadie-fixture.html#karloff-wake-up"
ADMIN = "U0ADMIN"
"""A workspace admin, as the fake's `users.info` says; the default asker, U0ASKER, is not."""


# The JSONL reader already strips `<!…>` as markup, so the hostile article is stored as a record:
# the adapter must escape whatever the knowledge base holds, however it got there.
HOSTILE = ArticleRecord(
    url=WAKE_UP,
    title='Karloff: "<!channel> Wake Up"',
    date="2021-10-15",
    source="someparty.ca",
    body='Cambridge, Ontario\'s Karloff shared "<!channel> Wake Up", a new single that shouts'
    " <!here> at <@U024BE7LH> & friends. The band announced a fall tour of Ontario.",
)


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    base = KnowledgeBase.open(tmp_path / "roadie.db")
    add_articles(base, read_sources([str(FIXTURE)]))
    add_articles(base, [HOSTILE])
    yield base
    base.close()


@pytest.fixture
def fake(slack_fake: FakeSlack) -> FakeSlack:
    return slack_fake


def _settings(fake: FakeSlack, **overrides: str) -> Settings:
    env = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": fake.api_url, "PORT": "0"}
    return Settings.from_env({**env, **overrides})


async def _running(adapter: SlackAdapter) -> asyncio.Task[None]:
    task = asyncio.create_task(adapter.run())
    deadline = time.monotonic() + 5
    while adapter.http_port is None:
        if task.done():
            task.result()
        assert time.monotonic() < deadline, "the Slack HTTP server did not start"
        await asyncio.sleep(0.01)
    return task


async def _stop(task: asyncio.Task[None]) -> None:
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


@pytest.fixture
async def http(fake: FakeSlack, kb: KnowledgeBase) -> AsyncIterator[tuple[SlackAdapter, SlackSide]]:
    fake.admins.add(ADMIN)
    adapter = build_slack(_settings(fake, SLACK_SIGNING_SECRET=SECRET), kb)
    task = await _running(adapter)
    assert adapter.http_port is not None
    async with aiohttp.ClientSession() as session:
        yield adapter, SlackSide(session, adapter.http_port, SECRET)
    await _stop(task)


def _mention(text: str, ts: str, **extra: Any) -> dict[str, Any]:
    event = {"type": "app_mention", "user": "U0ASKER", "text": text, "ts": ts, "channel": "C0CHAN"}
    return {**event, **extra}


def _dm(text: str, ts: str, **extra: Any) -> dict[str, Any]:
    event = {"type": "message", "channel_type": "im", "user": "U0ASKER", "channel": "D0DM"}
    return {**event, "text": text, "ts": ts, **extra}


async def test_slash_question_is_acked_at_once_and_answered_in_channel(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack
) -> None:
    _, client = http
    status, body = await client.command(
        "when's block parent's new album out?", fake.response_url("q")
    )
    assert (status, body) == (200, "")
    [call] = await fake.wait_for_call("response/q")
    assert call.body["response_type"] == "in_channel"
    assert call.body["replace_original"] is False
    assert SUBAR in json.dumps(call.body["blocks"])
    assert call.body["text"]
    assert [b["type"] for b in call.body["blocks"]][:3] == ["section", "context", "actions"]


async def test_subcommands_news_announcements_and_private_help(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack
) -> None:
    _, client = http
    await client.command("news Block Parent", fake.response_url("news"))
    await client.command("announcements karloff tour 3650", fake.response_url("ann"))
    await client.command("help", fake.response_url("help"))
    await client.command("news", fake.response_url("usage"))
    [news] = await fake.wait_for_call("response/news")
    assert news.body["response_type"] == "in_channel"
    assert "someparty.ca/2024-07-10" in json.dumps(news.body["blocks"])  # the newest first
    [ann] = await fake.wait_for_call("response/ann")
    assert ann.body["response_type"] == "in_channel"
    [help_] = await fake.wait_for_call("response/help")
    assert help_.body["response_type"] == "ephemeral"
    [usage] = await fake.wait_for_call("response/usage")
    assert usage.body["response_type"] == "ephemeral"
    assert "/roadie news" in usage.body["text"]


async def test_url_verification_and_health_check_are_answered(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack
) -> None:
    _, client = http
    challenge = {"type": "url_verification", "token": "legacy", "challenge": "c-123"}
    status, body = await client.event(challenge)
    assert status == 200 and "c-123" in body
    async with client.session.get(client.url.replace("/slack/events", "/healthz")) as health:
        assert (health.status, await health.text()) == (200, "ok")


async def test_forged_and_stale_requests_get_401_and_run_nothing(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack
) -> None:
    _, client = http
    assert (await client.command("help", fake.response_url("forged"), secret="wrong"))[0] == 401
    assert (await client.command("help", fake.response_url("stale"), age=6 * 60))[0] == 401
    stale_event = event_callback(_mention(f"<@{BOT_USER_ID}> help", "1.1"), "EvStale")
    assert (await client.post(json.dumps(stale_event), "application/json", age=301))[0] == 401
    # A good request sent afterwards is answered; the rejected ones never reached a handler.
    await client.command("help", fake.response_url("good"))
    await fake.wait_for_call("response/good")
    assert not fake.received("response/forged") and not fake.received("response/stale")
    assert not fake.received("chat.postMessage")


async def test_mention_is_answered_in_a_thread_and_retries_never_answer_twice(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack
) -> None:
    _, client = http
    first = event_callback(
        _mention(f"<@{BOT_USER_ID}> any news on block parent?", "1700000000.000100"), "Ev1"
    )
    assert (await client.event(first))[0] == 200
    retried = await client.event(
        first, {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    )
    assert retried[0] == 200
    [reply] = await fake.wait_for_call("chat.postMessage")
    assert reply.body["channel"] == "C0CHAN"
    assert reply.body["thread_ts"] == "1700000000.000100"
    assert "block-parent" in json.dumps(reply.body["blocks"])
    # Once a later event has been answered, the retry has certainly been dealt with.
    later = event_callback(
        _mention(f"<@{BOT_USER_ID}> news about karloff", "1700000000.000300"), "Ev2"
    )
    await client.event(later)
    calls = await fake.wait_for_call("chat.postMessage", count=2)
    assert [c.body["thread_ts"] for c in calls] == ["1700000000.000100", "1700000000.000300"]


async def test_help_asked_by_mention_is_shown_only_to_the_asker(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack
) -> None:
    _, client = http
    await client.event(event_callback(_mention(f"<@{BOT_USER_ID}> help", "6.1"), "EvHelp"))
    [call] = await fake.wait_for_call("chat.postEphemeral")
    assert (call.body["channel"], call.body["user"], call.body["thread_ts"]) == (
        "C0CHAN",
        "U0ASKER",
        "6.1",
    )
    assert not fake.received("chat.postMessage")


async def test_direct_messages_are_answered_in_thread_and_bots_are_ignored(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack
) -> None:
    _, client = http
    await client.event(event_callback(_dm("beep", "5.1", bot_id="B0OTHER"), "EvBot"))
    await client.event(event_callback(_dm("edited", "5.2", subtype="message_changed"), "EvSub"))
    await client.event(event_callback(_dm("news about karloff", "5.3"), "EvDm"))
    [reply] = await fake.wait_for_call("chat.postMessage")
    assert (reply.body["channel"], reply.body["thread_ts"]) == ("D0DM", "5.3")


async def test_article_text_with_channel_pings_arrives_escaped(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack
) -> None:
    _, client = http
    await client.command("news karloff", fake.response_url("karloff"))
    [call] = await fake.wait_for_call("response/karloff")
    sent = json.dumps(call.body)
    assert WAKE_UP in sent
    assert "&lt;!channel&gt;" in sent
    assert "&lt;!here&gt;" in sent and "&lt;@U024BE7LH&gt; &amp; friends" in sent
    for danger in ("<!channel>", "<!here>", "<@U024BE7LH>"):
        assert danger not in sent


async def test_buttons_more_like_this_and_did_you_mean(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack
) -> None:
    _, client = http
    more = block_actions(ACTION_MORE_LIKE, SUBAR, fake.response_url("more"), thread_ts="9.9")
    assert (await client.action(more)) == (200, "")
    suggest = block_actions(f"{ACTION_SUGGEST_PREFIX}0", "Karloff", fake.response_url("suggest"))
    await client.action(suggest)
    [more_reply] = await fake.wait_for_call("response/more")
    assert more_reply.body["response_type"] == "in_channel"
    assert more_reply.body["thread_ts"] == "9.9"
    assert more_reply.body["replace_original"] is False
    [suggest_reply] = await fake.wait_for_call("response/suggest")
    assert "karloff" in json.dumps(suggest_reply.body["blocks"]).lower()


def _said(body: dict[str, Any]) -> str:
    """The whole text of a reply: its section blocks (`text` is only the first line)."""
    return "\n".join(b["text"]["text"] for b in body["blocks"] if b["type"] == "section")


def _followed(kb: KnowledgeBase) -> list[str]:
    return [s.target.text for s in subscriptions_of(kb, "slack", "C0CHAN")]


async def _ask(
    client: SlackSide, fake: FakeSlack, text: str, name: str, user: str
) -> dict[str, Any]:
    """`/roadie text` as `user`; the reply posted to its response_url."""
    assert (await client.command(text, fake.response_url(name), user=user)) == (200, "")
    [reply] = await fake.wait_for_call(f"response/{name}")
    return reply.body


async def _click_follow(client: SlackSide, fake: FakeSlack, name: str, user: str) -> dict[str, Any]:
    """Ask for Block Parent's news, then click the Follow button of that reply as `user`."""
    news = await _ask(client, fake, "news Block Parent", f"{name}-news", "U0ASKER")
    [follow] = [
        button
        for block in news["blocks"]
        if block["type"] == "actions"
        for button in block["elements"]
        if button["action_id"] == ACTION_FOLLOW
    ]
    assert follow["text"]["text"] == "Follow Block Parent"
    click = block_actions(ACTION_FOLLOW, follow["value"], fake.response_url(name))
    click["user"]["id"] = user
    assert (await client.action(click)) == (200, "")
    [reply] = await fake.wait_for_call(f"response/{name}")
    return reply.body


async def test_follow_button_subscribes_the_channel_when_an_admin_clicks(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack, kb: KnowledgeBase
) -> None:
    _, client = http
    reply = await _click_follow(client, fake, "follow", ADMIN)
    assert reply["response_type"] == "ephemeral"
    assert reply["replace_original"] is False
    assert "This channel now follows artist:Block Parent" in _said(reply)
    assert _followed(kb) == ["artist:Block Parent"]
    assert [c.body["user"] for c in fake.received("users.info")] == [ADMIN]


async def test_follow_button_is_refused_to_someone_who_is_not_a_workspace_admin(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack, kb: KnowledgeBase
) -> None:
    _, client = http
    reply = await _click_follow(client, fake, "follow", "U0ASKER")
    assert reply["response_type"] == "ephemeral"
    assert _said(reply) == NOT_ALLOWED
    assert "workspace admins" in reply["text"]
    assert _followed(kb) == []
    assert [c.body["user"] for c in fake.received("users.info")] == ["U0ASKER"]


async def test_subscribe_list_unsubscribe_and_list_again(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack, kb: KnowledgeBase
) -> None:
    _, client = http
    empty = await _ask(client, fake, "subscriptions", "empty", "U0ASKER")
    assert empty["response_type"] == "ephemeral"
    assert "follows nothing yet" in _said(empty)

    done = await _ask(client, fake, "subscribe artist:block parent", "sub", ADMIN)
    assert "This channel now follows artist:Block Parent" in _said(done)
    await _ask(client, fake, "subscribe topic:vinyl", "sub2", ADMIN)
    listed = await _ask(client, fake, "subscriptions", "list", "U0ASKER")
    assert listed["response_type"] == "ephemeral"
    lines = _said(listed).splitlines()
    assert lines[0] == "This channel follows:"
    assert [line.split(" (since ")[0] for line in lines[1:]] == [
        "• artist:Block Parent",
        "• topic:vinyl",
    ]

    refused = await _ask(client, fake, "unsubscribe artist:Block Parent", "no", "U0ASKER")
    assert _said(refused) == NOT_ALLOWED
    assert _followed(kb) == ["artist:Block Parent", "topic:vinyl"]
    gone = await _ask(client, fake, "unsubscribe artist:Block Parent", "unsub", ADMIN)
    assert "This channel no longer follows artist:Block Parent." in _said(gone)
    assert _followed(kb) == ["topic:vinyl"]
    await _ask(client, fake, "unsubscribe topic:vinyl", "unsub2", ADMIN)
    after = await _ask(client, fake, "subscriptions", "after", "U0ASKER")
    assert "follows nothing yet" in _said(after)
    assert _followed(kb) == []


async def test_feeds_shows_each_feeds_health_and_why_one_is_paused(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack, kb: KnowledgeBase, feeds: FakeFeeds
) -> None:
    _, client = http
    states = await feeds_in_every_state(kb, feeds)
    reply = await _ask(client, fake, "feeds", "feeds", "U0ASKER")
    assert reply["response_type"] == "ephemeral"
    assert_health_shown(_said(reply), states)
    assert not fake.received("users.info"), "listing needs no admin lookup"


async def test_a_failing_handler_tells_only_the_asker(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack
) -> None:
    adapter, client = http

    def broken(request: object) -> Reply:
        raise RuntimeError("boom")

    adapter.subcommands["broken"] = broken
    await client.command("broken", fake.response_url("broken"))
    [call] = await fake.wait_for_call("response/broken")
    assert call.body["response_type"] == "ephemeral"
    assert "went wrong" in call.body["text"]


async def test_socket_mode_acks_a_command_and_an_event_and_answers(
    fake: FakeSlack, kb: KnowledgeBase
) -> None:
    adapter = build_slack(_settings(fake, SLACK_APP_TOKEN="xapp-test"), kb)
    task = asyncio.create_task(adapter.run())
    try:
        command_id = await fake.send_envelope(
            "slash_commands", slash_command("news block parent", fake.response_url("sm"))
        )
        event = event_callback(_mention(f"<@{BOT_USER_ID}> news about karloff", "7.1"), "EvSm")
        event_id = await fake.send_envelope("events_api", event)
        await fake.wait_for(
            lambda: {command_id, event_id} <= {ack.get("envelope_id") for ack in fake.acks}
        )
        [answer] = await fake.wait_for_call("response/sm")
        assert answer.body["response_type"] == "in_channel"
        [reply] = await fake.wait_for_call("chat.postMessage")
        assert reply.body["thread_ts"] == "7.1"
        assert fake.received("apps.connections.open")
    finally:
        await _stop(task)


async def test_push_lands_via_chat_post_message(fake: FakeSlack, kb: KnowledgeBase) -> None:
    adapter = build_slack(_settings(fake, SLACK_APP_TOKEN="xapp-test"), kb)
    push = Reply(intent="announcement", text="Sick Year, Bro! is out May 7", heading="New album")
    await adapter.sender.send("C0NEWS", push)
    [call] = fake.received("chat.postMessage")
    assert call.body["channel"] == "C0NEWS"
    assert call.body["text"] == "New album"
    assert adapter.sender.platform == "slack"


async def test_a_429_is_waited_out_and_delivered_once(fake: FakeSlack, kb: KnowledgeBase) -> None:
    adapter = build_slack(_settings(fake, SLACK_APP_TOKEN="xapp-test"), kb)
    fake.rate_limit("chat.postMessage", retry_after=1)
    await adapter.sender.send("C0NEWS", Reply(intent="announcement", text="hello"))
    limited, delivered = fake.received("chat.postMessage")
    assert delivered.at - limited.at >= 1.0
    assert delivered.body == limited.body


async def test_failed_sends_raise_a_clear_send_error(fake: FakeSlack, kb: KnowledgeBase) -> None:
    adapter = build_slack(_settings(fake, SLACK_APP_TOKEN="xapp-test"), kb)
    fake.fail("chat.postMessage", "channel_not_found")
    with pytest.raises(SendError, match="channel_not_found"):
        await adapter.sender.send("C0GONE", Reply(intent="announcement", text="hello"))
    port = fake.port
    await fake.stop()
    unreachable = build_slack(
        Settings.from_env(
            {
                "SLACK_BOT_TOKEN": "xoxb-test",
                "SLACK_APP_TOKEN": "xapp-test",
                "SLACK_API_URL": f"http://127.0.0.1:{port}/api/",
            }
        ),
        kb,
    )
    with pytest.raises(SendError, match="Could not reach Slack"):
        await unreachable.sender.send("C0NEWS", Reply(intent="announcement", text="hello"))


def test_settings_that_cannot_work_fail_fast(kb: KnowledgeBase) -> None:
    with pytest.raises(SettingsError, match="SLACK_BOT_TOKEN"):
        build_slack(Settings.from_env({}), kb)
    with pytest.raises(SettingsError, match="SLACK_SIGNING_SECRET"):
        build_slack(Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-test"}), kb)


async def test_http_mode_without_a_signing_secret_says_so(kb: KnowledgeBase) -> None:
    adapter = build_slack(
        Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_APP_TOKEN": "xapp-test"}), kb
    )
    with pytest.raises(SettingsError, match="SLACK_SIGNING_SECRET"):
        await adapter.run_http()


async def test_subscribe_is_acknowledged_before_a_slow_users_info_answers(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack, kb: KnowledgeBase
) -> None:
    """`users.info` takes as long as it likes (here until the ack has come): the ack is never
    held up by it, so Slack's 3 s pass however slow the lookup."""
    _, client = http
    slow = fake.hold("users.info")
    ack = await client.command("subscribe artist:block parent", fake.response_url("s"), user=ADMIN)
    assert ack == (200, "")
    await fake.wait_for_call("users.info")
    assert not fake.received("response/s"), "nothing is answered before Slack says who asked"
    slow.set()
    [reply] = await fake.wait_for_call("response/s")
    assert "This channel now follows artist:Block Parent" in _said(reply.body)
    assert _followed(kb) == ["artist:Block Parent"]


async def test_the_core_runs_in_a_worker_thread_so_slack_is_answered_meanwhile(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack, kb: KnowledgeBase
) -> None:
    """While a question waits on a busy knowledge base, acks and the health check go on."""
    _, client = http
    with busy(kb):
        assert await client.command("news Block Parent", fake.response_url("slow")) == (200, "")
        assert await client.command("news karloff", fake.response_url("also")) == (200, "")
        async with client.session.get(client.url.replace("/slack/events", "/healthz")) as health:
            assert health.status == 200
        assert not fake.received("response/slow")
    await fake.wait_for_call("response/slow")
    await fake.wait_for_call("response/also")


async def test_malformed_and_unsigned_requests_get_400_or_401_never_500(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    _, client = http
    form = urlencode(slash_command("help", fake.response_url("never")))
    kind = {"Content-Type": "application/x-www-form-urlencoded"}
    now = str(int(time.time()))
    unsigned = [
        {**kind, "X-Slack-Request-Timestamp": "soon", "X-Slack-Signature": "v0=00"},
        {**kind, "X-Slack-Request-Timestamp": "1e9", "X-Slack-Signature": "v0=00"},
        {**kind, "X-Slack-Request-Timestamp": now},
        kind,
    ]
    with caplog.at_level(logging.DEBUG):
        for headers in unsigned:
            assert (await client.send(form, headers))[0] == 401, headers
        for body, content_type in [
            ('{"type": "event_callback", "event": ', "application/json"),
            ("[1, 2, 3]", "application/json"),
            ("payload=%7Bnot-json", "application/x-www-form-urlencoded"),
        ]:
            assert (await client.post(body, content_type))[0] == 400, body
        signed = {**kind, **signed_headers(SECRET, "", int(now))}
        assert (await client.send(b"\xff\xfe", signed))[0] in (400, 401)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], "no tracebacks"
    await client.command("help", fake.response_url("still"))
    await fake.wait_for_call("response/still")
    assert not fake.received("response/never")


async def test_an_article_without_a_web_url_is_shown_without_a_link(
    http: tuple[SlackAdapter, SlackSide], fake: FakeSlack, kb: KnowledgeBase
) -> None:
    record = ArticleRecord(
        url="roadie:article/velvet-harbour-tidewater",
        title='Velvet Harbour: "Tidewater"',
        date="2024-05-02",
        source="someparty.ca",
        body="Velvet Harbour shared Tidewater, the first single from their second album.",
    )
    add_articles(kb, [record])
    _, client = http
    await client.command("news velvet harbour", fake.response_url("linkless"))
    [reply] = await fake.wait_for_call("response/linkless")
    sent = json.dumps(reply.body["blocks"])
    assert "Tidewater" in sent
    assert "<roadie:" not in sent, "no mrkdwn link to it"
    buttons = [e for b in reply.body["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert not [b for b in buttons if "url" in b]
