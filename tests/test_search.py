"""Bounded full-text search: FTS5's own results while every phrase is rare, and a bounded read
with the rare phrases' rows intact once a phrase is common."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import invented_article, statements_run

import knowledge.search as search
from knowledge.ingest.loader import add_articles
from knowledge.search import Leaf, Unsupported, parse
from knowledge.store import HEADLINES, SENTENCES, KnowledgeBase

WINDOW = 4


@pytest.fixture
def kb(monkeypatch: pytest.MonkeyPatch) -> KnowledgeBase:
    """Twenty headlines with "announce" and "tour" and a date in the body, three with the rare
    word "quillfeather" (one with "announce" too), two about a rarer band."""
    monkeypatch.setattr(search, "WINDOW", WINDOW)
    records = [
        invented_article(n, f"Band Number {n} Announce Tour Dates", "Tickets go on sale May 2.")
        for n in range(20)
    ]
    records += [
        invented_article(20, "Quillfeather Share Video", "The Quillfeather album is out May 3."),
        invented_article(21, "Quillfeather Announce Tour", "Quillfeather will tour in June."),
        invented_article(22, "Quillfeather Interview", "Quillfeather talk about the release date."),
        invented_article(23, "Marrow Lane Record Release", "The record is released on June 4."),
        invented_article(24, "Marrow Lane Share Demo", "Marrow Lane recorded it on May 9."),
    ]
    kb = KnowledgeBase.in_memory()
    add_articles(kb, records)
    return kb


def _fts5(kb: KnowledgeBase, table: search.Table, match: str, limit: int = 100) -> list[int]:
    rows = kb.query(
        f"SELECT rowid FROM {table.name} WHERE {table.name} MATCH ? ORDER BY {table.bm25} LIMIT ?",
        [match, limit],
    )
    return [int(r[0]) for r in rows]


def _ids(kb: KnowledgeBase, match: str, limit: int = 100) -> list[int]:
    return [row.id for row, _ in kb.title_hits(match, limit)]


def _holding(kb: KnowledgeBase, word: str) -> set[int]:
    rows = kb.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", [word])
    return {int(r[0]) for r in rows}


def test_queries_are_read_as_phrases_with_their_columns() -> None:
    tree = parse('sentence : ("quill feather" OR "marrow") AND (kind : "date" OR "tour")')
    assert isinstance(tree, search.Group) and tree.op == "AND"
    leaves = search._leaves(tree)
    assert [leaf.text for leaf in leaves] == [
        'sentence : "quill feather"',
        'sentence : "marrow"',
        'kind : "date"',
        '"tour"',
    ]
    assert leaves[0].words == ['sentence : "quill"', 'sentence : "feather"']
    assert parse('"a" "b"') == search.Group("AND", (Leaf('"a"', None), Leaf('"b"', None)))


@pytest.mark.parametrize(
    "match", ['"a" NOT "b"', '"tour"*', "NEAR(a b)", '{title summary} : "a"', '"a" OR', "(a"]
)
def test_other_query_syntax_is_left_to_fts5(match: str) -> None:
    with pytest.raises(Unsupported):
        parse(match)


def test_rare_phrases_give_fts5s_own_ranking(kb: KnowledgeBase) -> None:
    match = '"quillfeather" OR "marrow" OR "video"'
    assert _ids(kb, match) == _fts5(kb, HEADLINES, match)
    scores = dict(kb._search.hits(HEADLINES, match, 10))
    exact = kb.query(
        f"SELECT rowid, {HEADLINES.bm25} FROM articles_fts WHERE articles_fts MATCH ?", [match]
    )
    assert scores == pytest.approx({int(r[0]): float(r[1]) for r in exact})


def test_a_common_word_adds_only_its_newest_rows(kb: KnowledgeBase) -> None:
    assert kb._search._word_bound(HEADLINES, '"announce"') is not None, "common"
    found = _ids(kb, '"quillfeather" OR "announce"')
    rare = _holding(kb, '"quillfeather"')
    announce = sorted(_holding(kb, '"announce"'))
    assert rare <= set(found)
    assert set(found) - rare <= set(announce[-WINDOW:])
    both = kb.query("SELECT id FROM articles WHERE title = 'Quillfeather Announce Tour'")
    assert found[0] == both[0][0], "the rare word with the common one ranks first"
    assert set(found[:3]) == rare


def test_only_common_words_still_find_the_newest(kb: KnowledgeBase) -> None:
    found = _ids(kb, '"announce" OR "tour"')
    assert found and set(found) <= _holding(kb, '"announce" OR "tour"')
    assert len(found) <= 2 * WINDOW
    assert max(found) == max(_holding(kb, '"announce" OR "tour"'))


def test_a_common_condition_filters_exactly_beside_a_rare_name(kb: KnowledgeBase) -> None:
    assert kb._search._word_bound(SENTENCES, 'kind : "date"') is not None, "common"
    match = 'sentence : ("quillfeather" OR "marrow lane") AND (kind : "date" OR "release")'
    assert set(_fts5(kb, SENTENCES, match)) == {
        sentence.id for sentence, _ in kb.sentence_hits(match, 100)
    }


def test_a_tag_beside_a_bounding_name_is_read_from_the_content_table(kb: KnowledgeBase) -> None:
    statements = statements_run(kb)
    match = 'sentence : "quillfeather" AND (kind : "date" OR kind : "release")'
    found = {sentence.id for sentence, _ in kb.sentence_hits(match, 100)}
    assert found and found == set(_fts5(kb, SENTENCES, match))
    assert any("JOIN facts" in sql and "instr" in sql for sql in statements)


@pytest.mark.parametrize(
    ("match", "rare"),
    [
        ('sentence : ("tickets" OR "quillfeather") AND kind : "date"', False),
        ('sentence : "tickets" AND (kind : "date" OR "sale")', False),
        ('sentence : "marrow" AND kind : "date" AND kind : "release"', True),
        ('"quillfeather" AND (kind : "date" OR kind : "tour" OR "june")', True),
    ],
)
def test_tag_conditions_keep_fts5s_rows(kb: KnowledgeBase, match: str, rare: bool) -> None:
    """Whether a tag is read through FTS5 or from the content table, the rows are FTS5's own
    within the bounded read: all of them where every phrase is rare."""
    found = {sentence.id for sentence, _ in kb.sentence_hits(match, 100)}
    exact = set(_fts5(kb, SENTENCES, match))
    assert found <= exact
    if rare:
        assert found == exact


def test_unsupported_syntax_is_answered_by_fts5(kb: KnowledgeBase) -> None:
    match = '"announce" NOT "quillfeather"'
    assert _ids(kb, match, 5) == _fts5(kb, HEADLINES, match, 5)


def test_what_is_common_is_read_again_after_a_write(kb: KnowledgeBase) -> None:
    assert _ids(kb, '"zanzibarite"') == []
    add_articles(kb, [invented_article(40, "Zanzibarite Announce Album")])
    assert len(_ids(kb, '"zanzibarite"')) == 1


def test_a_common_words_newest_rows_come_from_its_probe(kb: KnowledgeBase) -> None:
    statements = statements_run(kb)
    first = kb._search.hits(HEADLINES, '"announce"', 10)
    assert [sql for sql in statements if "rowid >" in sql] == [], "read by the probe"
    statements.clear()
    assert kb._search.hits(HEADLINES, '"announce"', 10) == first
    assert statements == []
    newest = sorted(_holding(kb, '"announce"'))[-WINDOW:]
    assert sorted(rowid for rowid, _ in first) == newest


def test_what_another_process_writes_is_searched(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(search, "WINDOW", WINDOW)
    path = tmp_path / "kb.db"
    writer = KnowledgeBase.open(path)
    add_articles(writer, [invented_article(n, f"Band Number {n} Announce Tour") for n in range(10)])
    reader = KnowledgeBase.open(path)
    before = _ids(reader, '"announce"')
    assert reader.mentions('"zanzibarite"') is False
    add_articles(writer, [invented_article(40, "Zanzibarite Announce Album")])
    newest = writer.query("SELECT id FROM articles WHERE title = 'Zanzibarite Announce Album'")
    assert set(_ids(reader, '"announce"')) == {newest[0][0], *sorted(before)[1:]}
    assert reader.mentions('"zanzibarite"') is True
    assert reader.names.exact("zanzibarite") == writer.names.exact("zanzibarite")
