"""Reindexing recomputes derived data in place: same articles and ids, admin aliases kept, and
a knowledge base from an older extraction is known to be one."""

from __future__ import annotations

from pathlib import Path

from support import INVENTED

from knowledge.ingest.loader import add_aliases
from knowledge.ingest.pipeline import ingest_paths
from knowledge.ingest.reindex import EXTRACTION_VERSION, extraction_version, is_stale, reindex
from knowledge.store import KnowledgeBase


def test_reindex_keeps_articles_and_admin_aliases(tmp_path: Path) -> None:
    kb = KnowledgeBase.open(tmp_path / "old.db")
    ingest_paths(kb, [str(INVENTED)])
    add_aliases(kb, [("the marrows", "Velvet Marrow")])
    ids = kb.query("SELECT id, url FROM articles ORDER BY id")
    facts = kb.query("SELECT count(*) FROM facts")[0][0]
    kb.db.conn.execute("DELETE FROM mentions")
    assert is_stale(kb)

    report = reindex(kb)

    assert report.updated == len(ids) and not report.problems
    assert kb.query("SELECT id, url FROM articles ORDER BY id") == ids
    assert kb.query("SELECT count(*) FROM facts")[0][0] == facts
    kb.db.conn.execute("INSERT INTO facts_fts (facts_fts) VALUES ('integrity-check')")
    assert kb.sentence_hits('"converted church"', 5)
    assert kb.query("SELECT count(*) FROM sqlite_master WHERE name = 'facts_ad'") == [(1,)]
    assert kb.query("SELECT count(*) FROM mentions")[0][0] > 0
    assert kb.names.exact("the marrows") is not None
    assert extraction_version(kb) == EXTRACTION_VERSION and not is_stale(kb)
