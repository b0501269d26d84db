"""The project's real data and feedparser's own torture tests, where `../shared` is present.

`../shared` exists in development and CI but not on users' machines, so these skip there.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from knowledge.ingest.sources import read_sources
from knowledge.ingest.text import html_to_text, normalise_date
from knowledge.records import ArticleRecord, Problem

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
FEEDPARSER_TESTS = DATA / "peers" / "feedparser-tests"
_TAG = re.compile(r"<[A-Za-z!][^>]*>|</[A-Za-z][^>]*>")


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here: the shared data set is only in development and CI")
    return path


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("someparty.jsonl", 2514),
        ("headlines.jsonl", 16626),
        ("gothamist_music.jsonl", 355),
        ("rss", 110),
        ("html", 4),
        ("seed", 1),
    ],
)
def test_shared_data_reads_without_problems(name: str, count: int) -> None:
    items = list(read_sources([str(need(DATA / name))]))
    assert [item for item in items if isinstance(item, Problem)] == []
    assert len(items) == count
    dates = [item.date for item in items if isinstance(item, ArticleRecord)]
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) for day in dates)


def test_every_feedparser_test_file_is_read_or_reported() -> None:
    root = need(FEEDPARSER_TESTS)
    files = sorted(path for path in root.rglob("*") if path.is_file())
    assert len(files) >= 1768
    started = time.perf_counter()
    per_file = {path: list(read_sources([str(path)])) for path in files}
    elapsed = time.perf_counter() - started
    assert [path for path, items in per_file.items() if not items] == []
    for items in per_file.values():
        for item in items:
            if isinstance(item, ArticleRecord):
                assert _TAG.search(item.title) is None, item
                assert _TAG.search(item.body) is None, item
            else:
                assert "unexpected error" not in item.reason, item
    assert elapsed < 60
    walked = list(read_sources([str(root)]))
    assert len(walked) == sum(len(items) for items in per_file.values())
    assert sum(isinstance(item, ArticleRecord) for item in walked) > 0


def test_naughty_strings_clean_without_errors() -> None:
    lines = need(DATA / "peers" / "blns.txt").read_text(encoding="utf-8").splitlines()
    for line in lines:
        assert _TAG.search(html_to_text(line)) is None, line
        normalise_date(line)
    assert list(read_sources([str(DATA / "peers" / "blns.txt")])) == [
        Problem(str(DATA / "peers" / "blns.txt"), "first line is not 'date YYYY-MM-DD Title'")
    ]
