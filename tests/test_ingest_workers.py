"""A large ingest extracts in worker processes and stores exactly what one process would; the
full-text indexes the loader fills a batch at a time stay whole through edits and reindexing."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import CORE

import knowledge.ingest.extraction as extraction
import knowledge.ingest.loader as loader
from knowledge.ingest.reindex import reindex
from knowledge.ingest.sources import read_sources
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase

TABLES = {
    "articles": "id, url, title, date, source, body, summary, fingerprint, kind",
    "entities": "id, name, norm, kind, articles, announced",
    "aliases": "alias, entity_id, origin",
    "mentions": "entity_id, article_id, place, date, kind",
    "facts": "id, article_id, entity_id, kind, sentence",
    "announcements": "article_id, kind, entity_id, date",
    "word_usage": "word, lowercase",
}


def _dump(kb: KnowledgeBase) -> dict[str, list[tuple[object, ...]]]:
    return {t: kb.query(f"SELECT {c} FROM {t} ORDER BY {c}") for t, c in TABLES.items()}


def _intact(kb: KnowledgeBase) -> None:
    for table in ("articles_fts", "facts_fts"):
        kb.db.conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")


def _ingest(path: Path, processes: int, after: float = 0.0) -> KnowledgeBase:
    kb = KnowledgeBase.open(path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(loader, "BATCH", 40)
        patch.setattr(extraction, "POOL_FROM", 40)
        patch.setattr(extraction, "CHUNK", 15)
        patch.setattr(extraction, "POOL_AFTER_SECONDS", after)
        patch.setattr(extraction, "workers", lambda: processes)
        loader.add_articles(kb, read_sources([str(CORE)]))
    return kb


@pytest.mark.parametrize("after", [0.0, 1e-9])
def test_workers_store_what_one_process_would(tmp_path: Path, after: float) -> None:
    """Workers from the first chunk, or from the second (the rest of a batch the loader began)."""
    alone = _ingest(tmp_path / "alone.db", 0)
    pooled = _ingest(tmp_path / "pooled.db", 2, after)
    assert _dump(pooled) == _dump(alone)
    assert alone.article_count() > 300
    _intact(pooled)


def test_chunks_come_back_in_order_with_their_batch() -> None:
    records = [
        ArticleRecord(f"https://example.org/{n}", f"Band {n} Tours", "2024-01-01", "x", "")
        for n in range(10)
    ]
    batches: list[list[extraction.Item]] = [list(records[:7]), list(records[7:])]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extraction, "CHUNK", 2)
        patch.setattr(extraction, "POOL_FROM", 1)
        patch.setattr(extraction, "POOL_AFTER_SECONDS", 1e-9)
        out = list(extraction.extracted(batches, processes=2))
    assert [batch for batch, _ in out] == batches
    assert [found for _, found in out] == [extraction.extract_batch(b) for b in batches]


def test_full_text_indexes_stay_whole_through_edits_and_reindex(tmp_path: Path) -> None:
    kb = _ingest(tmp_path / "kb.db", 0)
    first = kb.query("SELECT url, title, date, source, body FROM articles ORDER BY id LIMIT 2")
    edited = [
        ArticleRecord(
            url, f"{title} (quorvexal edition)", date, source, f"{body} It sold out in May."
        )
        for url, title, date, source, body in first
    ]
    loader.add_articles(kb, edited)
    _intact(kb)
    hits = kb.title_hits('"quorvexal"', 5)
    assert sorted(row.url for row, _ in hits) == sorted(r[0] for r in first)
    reindex(kb)
    _intact(kb)
    assert len(kb.title_hits('"quorvexal"', 5)) == 2
