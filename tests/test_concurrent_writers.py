"""Many writers on one file: real processes (two ingests and an announce tick) on a new database,
and a clean-up by another connection between two batches of an ingest."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from announce_helpers import run_roadie
from fakes.feed_server import FakeFeeds, headlines
from support import CORE

from knowledge.ingest import loader
from knowledge.ingest.loader import add_articles
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase

ROOT = Path(__file__).parent.parent
HEADLINES = ROOT / "knowledge" / "bundled" / "headlines.jsonl"


async def test_two_ingests_and_an_announce_tick_share_a_new_file(
    tmp_path: Path, feeds: FakeFeeds
) -> None:
    lines = HEADLINES.read_text(encoding="utf-8").splitlines(keepends=True)
    many = tmp_path / "headlines.jsonl"
    many.write_text("".join(lines[:2500]), encoding="utf-8")
    feeds.feeds["news"] = headlines(30)
    db = str(tmp_path / "shared.db")
    env = {
        "ROADIE_FEEDS": feeds.url("/headlines/news"),
        "ROADIE_FETCH_ALLOW": "127.0.0.1",
        "ROADIE_FEED_HOST_DELAY_SECONDS": "0",
    }
    runs = await asyncio.gather(
        run_roadie("ingest", str(CORE), "--db", db, env=env),
        run_roadie("ingest", str(many), "--db", db, env=env),
        run_roadie("announce", "--once", "--db", db, env=env),
    )
    for code, output in runs:
        assert code == 0, output
        assert "locked" not in output and "FOREIGN KEY" not in output, output
    kb = KnowledgeBase.open(db)
    try:
        assert kb.query("PRAGMA integrity_check") == [("ok",)]
        assert kb.query("PRAGMA foreign_key_check") == []
        urls = {r[0] for r in kb.query("SELECT url FROM articles")}
        assert {row["url"] for row in headlines(30)} <= urls
        assert len(urls) > 2500
        (feed,) = kb.query("SELECT last_status FROM feeds")
        assert str(feed[0]).startswith("ok, 30 items")
    finally:
        kb.close()


@pytest.fixture
def two_writers(tmp_path: Path) -> Iterator[tuple[KnowledgeBase, KnowledgeBase]]:
    path = tmp_path / "roadie.db"
    first, second = KnowledgeBase.open(path), KnowledgeBase.open(path)
    yield first, second
    first.close()
    second.close()


def _record(n: int, title: str, body: str = "") -> ArticleRecord:
    return ArticleRecord(f"https://news.example/{n}", title, "2025-08-06", "news.example", body)


def test_an_entity_another_writer_removes_between_batches_is_not_used(
    two_writers: tuple[KnowledgeBase, KnowledgeBase], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clean-up of plain-word entities in one process must not break another process's
    ingest that had the entity's id in memory (it died with a foreign-key error)."""
    ours, theirs = two_writers
    monkeypatch.setattr(loader, "BATCH", 2)
    plain = " ".join(["it was a glimmer of hope, a glimmer in the dark."] * 4)

    def records() -> Iterator[ArticleRecord]:
        yield _record(1, "Glimmer Announces New Album Called Fathoms")
        yield _record(2, "Glimmer Plays Two Nights In Halifax")
        report = add_articles(
            theirs, [_record(100 + n, f"Weather Report {n}", plain) for n in range(3)]
        )
        assert report.added == 3
        gone = theirs.query("SELECT count(*) FROM entities WHERE norm = 'glimmer'")
        assert gone == [(0,)], "the other writer's clean-up removed the entity"
        yield _record(3, "Glimmer Shares Video For Fathoms")

    report = add_articles(ours, records())
    assert report.added == 3
    assert ours.query("PRAGMA foreign_key_check") == []
