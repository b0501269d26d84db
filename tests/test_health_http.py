"""Health and metrics over HTTP, as `python -m bot run` serves them: the real runner, the real
discord.py client against the loopback fake Discord, and real HTTP requests."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from fakes.discord_server import BOT_ID, CHANNEL_ID, TOKEN, FakeDiscord
from fakes.slack_server import FakeSlack
from prometheus_client.parser import text_string_to_metric_families

from bot.observability.health import database
from bot.run import Service
from bot.settings import Settings
from knowledge.store import KnowledgeBase


class FlakyGateway(FakeDiscord):
    """The fake Discord whose gateway can go down: while `down`, connecting is refused, so a
    dropped client stays disconnected (retrying) until it comes back."""

    down = False

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        if self.down:
            raise web.HTTPServiceUnavailable()
        return await super()._gateway(request)


@pytest.fixture
async def fake() -> AsyncIterator[FlakyGateway]:
    server = FlakyGateway()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    base = KnowledgeBase.open(tmp_path / "roadie.db")
    yield base
    base.close()


async def _until(probe: Any, timeout: float = 20.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (found := await probe()):
        assert time.monotonic() < deadline, "timed out waiting"
        await asyncio.sleep(0.05)
    return found


async def _get(port: int, path: str) -> tuple[int, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}{path}") as response,
    ):
        return response.status, await response.text()


async def _readiness(port: int, expected: int, showing: str = "") -> str | None:
    """`/readyz`'s text once it answers `expected` and shows `showing`, else None."""
    status, text = await _get(port, "/readyz")
    return text if status == expected and showing in text else None


@asynccontextmanager
async def _serving(kb: KnowledgeBase, **env: str) -> AsyncIterator[int]:
    """`python -m bot run`'s parts, as it runs them, with the HTTP server on a free port."""
    settings = Settings.from_env({"ROADIE_HTTP_PORT": "0", "ROADIE_HTTP_HOST": "127.0.0.1", **env})
    service = Service(settings, kb)
    stop = asyncio.Event()
    serving = asyncio.create_task(service.serve(stop))
    try:
        runner = await _until(lambda: _now(service.http))
        yield runner.addresses[0][1]
    finally:
        stop.set()
        await serving


async def _now(value: Any) -> Any:
    return value


async def test_readyz_follows_the_gateway_and_metrics_parse(
    fake: FlakyGateway, kb: KnowledgeBase, endpoints: None
) -> None:
    discord_env = {
        "DISCORD_TOKEN": TOKEN,
        "DISCORD_API_BASE_URL": fake.api_url,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
    }
    async with _serving(kb, **discord_env) as port:
        assert await _get(port, "/healthz") == (200, "ok\n")
        ready = await _until(lambda: _readiness(port, 200, "announcer: ok last tick"))
        assert "discord: ok gateway connected" in ready and "database: ok" in ready

        fake.down = True
        await fake.drop_gateway()
        dropped = await _until(lambda: _readiness(port, 503))
        assert dropped.startswith("not ready\n")
        assert "discord: FAIL gateway disconnected" in dropped and "database: ok" in dropped
        fake.down = False
        await _until(lambda: _readiness(port, 200))

        question = fake.message_event(f"<@{BOT_ID}> what's new with Zorblax Quint?")
        await fake.dispatch("MESSAGE_CREATE", question)
        await fake.wait_call("POST", f"/channels/{CHANNEL_ID}/messages", timeout=10)
        status, text = await _get(port, "/metrics")
    assert status == 200
    families = {family.name: family for family in text_string_to_metric_families(text)}
    for name in (
        "roadie_questions",
        "roadie_answer_seconds",
        "roadie_nothing_found",
        "roadie_pushes",
        "roadie_feed_failures",
        "roadie_outbox_depth",
        "roadie_announcer_last_tick_timestamp_seconds",
    ):
        assert name in families, name
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for f in families.values()
        for s in f.samples
    }
    asked = [value for (name, _), value in samples.items() if name == "roadie_questions_total"]
    assert sum(asked) >= 1 and samples[("roadie_answer_seconds_count", ())] >= 1
    assert samples[("roadie_nothing_found_total", ())] >= 1, "an invented name finds nothing"
    assert ("roadie_pushes_total", (("outcome", "parked"),)) in samples


async def test_readyz_follows_slack_socket_mode(kb: KnowledgeBase, slack_fake: FakeSlack) -> None:
    slack_env = {
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_APP_TOKEN": "xapp-test",
        "SLACK_API_URL": slack_fake.api_url,
        "ROADIE_ANNOUNCER": "off",
    }
    async with _serving(kb, **slack_env) as port:
        ready = await _until(lambda: _readiness(port, 200))
        assert "slack: ok Socket Mode connected" in ready and "announcer" not in ready
        await slack_fake.stop()
        dropped = await _until(lambda: _readiness(port, 503))
        assert "slack: FAIL Socket Mode disconnected" in dropped


async def test_a_database_that_cannot_take_a_write_is_not_ready(tmp_path: Path) -> None:
    path = tmp_path / "roadie.db"
    KnowledgeBase.open(path).close()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        ok, reason = await database(path)()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert not ok and "database not writable: database is locked" in reason
    assert await database(path)() == (True, "database writable")
