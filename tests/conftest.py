"""Shared fixtures: a real SQLite knowledge base built from real articles in tests/fixtures, the
loopback feed server, the fake Discord and Slack, and Discord's endpoints put back after an
adapter redirected them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import discord
import pytest
from discord.gateway import DiscordWebSocket
from fakes.discord_server import FakeDiscord
from fakes.feed_server import FakeFeeds
from fakes.slack_server import FakeSlack
from support import CORE, INVENTED

from knowledge.ingest.pipeline import ingest_paths
from knowledge.store import KnowledgeBase


@pytest.fixture(scope="session")
def core_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knowledge base file built once per run from the core fixture articles."""
    path = tmp_path_factory.mktemp("kb") / "core.db"
    kb = KnowledgeBase.open(path)
    report = ingest_paths(kb, [str(CORE)])
    assert report.added > 50 and not report.problems
    kb.close()
    return path


@pytest.fixture(scope="session")
def invented_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knowledge base of invented articles about invented artists, for the answering tests."""
    path = tmp_path_factory.mktemp("kb") / "invented.db"
    kb = KnowledgeBase.open(path)
    report = ingest_paths(kb, [str(INVENTED)])
    assert report.added == 30 and not report.problems
    kb.close()
    return path


@pytest.fixture
def invented(invented_db: Path) -> Iterator[KnowledgeBase]:
    knowledge = KnowledgeBase.open(invented_db)
    yield knowledge
    knowledge.close()


@pytest.fixture
def kb(core_db: Path) -> Iterator[KnowledgeBase]:
    knowledge = KnowledgeBase.open(core_db)
    yield knowledge
    knowledge.close()


@pytest.fixture
async def feeds() -> AsyncIterator[FakeFeeds]:
    """The loopback feed server, running for the test."""
    server = FakeFeeds()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def endpoints() -> Iterator[None]:
    """The Discord adapter redirects discord.py process-wide; put Discord's own endpoints back."""
    base, gateway = discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    yield
    discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = base, gateway


@pytest.fixture
async def discord_fake() -> AsyncIterator[FakeDiscord]:
    """The fake Discord. At the end, it must have refused nothing that the test did not take
    out of `refusals` itself: whatever else Roadie sent, Discord would have accepted."""
    server = FakeDiscord()
    await server.start()
    yield server
    await server.stop()
    assert server.refusals == [], "Discord would have refused these"


@pytest.fixture
async def slack_fake() -> AsyncIterator[FakeSlack]:
    """The fake Slack, with the same promise as `discord_fake`, and no ack later than 3 s."""
    server = FakeSlack()
    await server.start()
    yield server
    await server.stop()
    assert server.refusals == [], "Slack would have refused these"
    assert server.late_acks == [], "Slack would have given up on these"
