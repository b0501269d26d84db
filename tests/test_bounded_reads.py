"""Per-entity reads come off indexes: newest articles, announcements and the most announced
artists, kept right through edits and clean-ups, and filled in for an older knowledge base."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database
from support import statements_run

from knowledge import store
from knowledge.ingest.loader import add_articles
from knowledge.records import ArticleRecord
from knowledge.schema import migrations
from knowledge.store import KnowledgeBase

FIRST_NEW = "read_newest_per_entity_from_indexes"


def _record(slug: str, title: str, date: str, body: str = "") -> ArticleRecord:
    return ArticleRecord(
        url=f"https://news.invented.example/{slug}",
        title=title,
        date=date,
        source="invented.example",
        body=body,
    )


RECORDS = [
    _record("a", "Velvet Marrow Announce New Album", "2025-01-10"),
    _record("b", "Velvet Marrow Announce Fall Tour", "2025-03-01"),
    _record("c", "Juniper Static and Velvet Marrow Announce Joint Tour", "2025-05-20"),
    _record("d", "Velvet Marrow: Interview", "2025-04-02", "Velvet Marrow talk about touring."),
    _record("e", "Juniper Static Announce New Album", "2025-02-11"),
    _record("f", "Copper Wren Interview", "2025-06-01", "Velvet Marrow opened for Copper Wren."),
    _record("g", "Velvet Marrow Share New Single", "2024-12-01"),
]


def _kb() -> KnowledgeBase:
    kb = KnowledgeBase.in_memory()
    add_articles(kb, RECORDS)
    return kb


def _entity(kb: KnowledgeBase, name: str) -> int:
    found = kb.names.exact(name)
    assert found is not None, name
    return found.id


def _plan(kb: KnowledgeBase, sql: str, params: list[object]) -> str:
    return " ".join(str(r[3]) for r in kb.query(f"EXPLAIN QUERY PLAN {sql}", params))


def test_newest_articles_about_an_entity_follow_the_dates() -> None:
    kb = _kb()
    marrow = _entity(kb, "velvet marrow")
    titles = [row.title for row in kb.newest_about(marrow, 3)]
    assert titles == [
        "Copper Wren Interview",
        "Juniper Static and Velvet Marrow Announce Joint Tour",
        "Velvet Marrow: Interview",
    ]
    add_articles(kb, [_record("g", "Velvet Marrow Share New Single", "2025-07-01")])
    assert kb.newest_about(marrow, 1)[0].title == "Velvet Marrow Share New Single"


def test_announcements_name_the_entity_in_the_headline_newest_first() -> None:
    kb = _kb()
    marrow, juniper = _entity(kb, "velvet marrow"), _entity(kb, "juniper static")
    titles = [row.title for row in kb.announcements(entity_ids=[marrow])]
    assert titles == [
        "Juniper Static and Velvet Marrow Announce Joint Tour",
        "Velvet Marrow Announce Fall Tour",
        "Velvet Marrow Announce New Album",
        "Velvet Marrow Share New Single",
    ]
    tours = kb.announcements(entity_ids=[marrow], kind="tour", since="2025-04-01")
    assert [row.title for row in tours] == ["Juniper Static and Velvet Marrow Announce Joint Tour"]
    both = [row.title for row in kb.announcements(entity_ids=[marrow, juniper], limit=3)]
    assert both == [
        "Juniper Static and Velvet Marrow Announce Joint Tour",
        "Velvet Marrow Announce Fall Tour",
        "Juniper Static Announce New Album",
    ]
    albums = kb.announcements(kind="album")
    assert [row.title for row in albums] == [
        "Juniper Static Announce New Album",
        "Velvet Marrow Announce New Album",
    ]


def test_most_announced_artists_come_first() -> None:
    kb = _kb()
    assert kb.most_announced(2) == ["Velvet Marrow", "Juniper Static"]
    add_articles(kb, [_record("c", "Juniper Static Share Video", "2025-05-20")])
    assert kb.most_announced(1) == ["Velvet Marrow"]
    assert kb.query("SELECT announced FROM entities WHERE norm = 'velvet marrow'") == [(3,)]


def test_an_edited_headline_moves_its_mentions() -> None:
    kb = _kb()
    marrow = _entity(kb, "velvet marrow")
    add_articles(kb, [_record("b", "Velvet Marrow Announce Winter Tour", "2025-11-30")])
    assert kb.announcements(entity_ids=[marrow], limit=1)[0].title.endswith("Winter Tour")
    assert kb.query(
        "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE m.date IS NOT a.date"
    ) == [(0,)]


def test_reads_per_entity_use_their_indexes() -> None:
    kb = _kb()
    newest = _plan(
        kb,
        "SELECT article_id FROM mentions WHERE entity_id = ? "
        "ORDER BY date DESC, article_id DESC LIMIT 3",
        [1],
    )
    assert "mentions_newest" in newest and "TEMP B-TREE" not in newest
    announced = _plan(
        kb,
        "SELECT article_id, date FROM mentions WHERE entity_id = ? AND place = 0 "
        "AND kind IS NOT NULL AND kind = ? ORDER BY date DESC, article_id DESC LIMIT 3",
        [1, "tour"],
    )
    assert "mentions_announced_kind" in announced and "TEMP B-TREE" not in announced
    most = _plan(
        kb,
        "SELECT name FROM entities WHERE kind = 'artist' AND announced > 0 "
        "ORDER BY announced DESC, id DESC LIMIT 3",
        [],
    )
    assert "entities_announced" in most and "TEMP B-TREE" not in most


def _rows(conn: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    return sorted(conn.execute(sql).fetchall(), key=repr)


def test_an_older_knowledge_base_gets_dates_kinds_and_counts(tmp_path: Path) -> None:
    new = KnowledgeBase.open(tmp_path / "new.db")
    add_articles(new, RECORDS)
    new.close()
    old = Database(sqlite3.connect(tmp_path / "old.db", isolation_level=None))
    migrations.apply(old, stop_before=FIRST_NEW)
    conn = old.conn
    conn.execute(f"ATTACH DATABASE '{tmp_path / 'new.db'}' AS built")
    for table, columns in [
        ("articles", "id, url, title, date, source, body, summary, fingerprint, kind"),
        ("entities", "id, name, norm, kind, articles"),
        ("aliases", "alias, entity_id, origin"),
        ("mentions", "entity_id, article_id, place"),
        ("announcements", "article_id, kind, entity_id, date"),
        ("facts", "id, article_id, entity_id, kind, sentence"),
    ]:
        conn.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM built.{table}")
    conn.execute("DETACH DATABASE built")
    conn.close()

    migrated = KnowledgeBase.open(tmp_path / "old.db")
    built = sqlite3.connect(tmp_path / "new.db")
    for sql in (
        "SELECT entity_id, article_id, place, date, kind FROM mentions",
        "SELECT id, articles, announced FROM entities",
    ):
        assert _rows(migrated.db.conn, sql) == _rows(built, sql)
    marrow = _entity(migrated, "velvet marrow")
    assert len(migrated.announcements(entity_ids=[marrow])) == 4


def test_a_plain_word_dropped_as_a_name_takes_its_announcements_along() -> None:
    kb = _kb()
    marrow = _entity(kb, "velvet marrow")
    body = "They sang of love, " + "and love, " * 12 + "mostly."
    add_articles(kb, [_record("h", "Love Announces Tour With Velvet Marrow", "2025-08-01", body)])
    assert kb.names.exact("love") is None
    titles = [row.title for row in kb.announcements(entity_ids=[marrow])]
    assert "Love Announces Tour With Velvet Marrow" not in titles
    assert [row.title for row in kb.newest_about(marrow, 1)] == [
        "Love Announces Tour With Velvet Marrow"
    ]


def test_a_remembered_match_is_forgotten_after_a_write() -> None:
    kb = _kb()
    assert not kb.mentions('"velvet marrow festival"')
    add_articles(kb, [_record("h", "Velvet Marrow Festival Returns", "2025-07-01")])
    assert kb.mentions('"velvet marrow festival"')


def test_articles_are_read_once_until_a_write() -> None:
    kb = _kb()
    marrow = _entity(kb, "velvet marrow")
    statements = statements_run(kb)
    newest = kb.newest_about(marrow, 3)
    ids = [row.id for row in newest]
    assert kb.by_ids([ids[2], ids[0], ids[2]]) == sorted(
        [newest[0], newest[2]], key=lambda row: row.id
    )
    assert sum("FROM articles" in sql for sql in statements) == 1
    assert kb.by_ids([-1]) == []
    add_articles(kb, [_record("f", "Copper Wren Talk Velvet Marrow", "2025-06-01")])
    assert kb.newest_about(marrow, 1)[0].title == "Copper Wren Talk Velvet Marrow"


def test_a_word_written_with_an_entity_is_looked_for_among_its_newest_uses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Only the newest uses of a word are read, however many articles write it: an article
    about the entity that writes it among them is found, one further back is not."""
    kb = _kb()
    marrow = _entity(kb, "velvet marrow")
    assert kb.written_with(marrow, "touring") and not kb.written_with(marrow, "kettle")
    add_articles(kb, [_record("m", "Velvet Marrow Diary", "2025-07-01", "A kettle sang.")])
    others = [
        _record(f"k{n}", f"Copper Wren Diary {n}", f"2025-08-{n + 1:02}", "A kettle boiled.")
        for n in range(4)
    ]
    add_articles(kb, others)
    assert kb.written_with(marrow, "kettle")
    monkeypatch.setattr(store, "WRITTEN_WITH_READ", 4)
    assert not kb.written_with(marrow, "kettle")
    add_articles(kb, [_record("n", "Velvet Marrow Diary 2", "2025-09-01", "The kettle again.")])
    assert kb.written_with(marrow, "kettle")
