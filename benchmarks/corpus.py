"""The knowledge bases the benchmarks run on: all the real data, and a 200k scale copy.

The 200k one is generated from the real articles for scale only: every copy has its own URL
under `https://scale-copy-N.invalid/` and the source `scale-copy.invalid`, so it is marked as
generated wherever it appears.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

from knowledge.ingest import read_sources
from knowledge.ingest.loader import add_articles
from knowledge.ingest.pipeline import bundled_sources, ingest_paths
from knowledge.ingest.reindex import is_stale, mark_current, reindex
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase

OUT = Path(__file__).parent / "out"
SHARED = Path(__file__).resolve().parents[2] / "shared"
QUESTIONS = SHARED / "eval" / "dev_questions.jsonl"


def real_kb(path: Path = OUT / "real.db") -> Path:
    """All the bundled real articles (the shared data set): about 19,500 articles."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        kb = KnowledgeBase.open(path)
        ingest_paths(kb, bundled_sources())
        mark_current(kb)
        kb.close()
    kb = KnowledgeBase.open(path)
    if is_stale(kb):
        reindex(kb)
    kb.close()
    return path


def _copies(records: list[ArticleRecord], total: int) -> Iterator[ArticleRecord]:
    yield from records
    copy = 0
    produced = len(records)
    while produced < total:
        copy += 1
        for record in records:
            if produced >= total:
                return
            host = f"https://scale-copy-{copy}.invalid/"
            yield ArticleRecord(
                url=host + record.url.split("://", 1)[-1],
                title=f"{record.title} (scale copy {copy})",
                date=record.date,
                source="scale-copy.invalid",
                body=record.body,
            )
            produced += 1


def scale_kb(total: int = 200_000, path: Path | None = None) -> Path:
    """A knowledge base of `total` articles made from the real ones (built once, then kept)."""
    path = path or OUT / f"scale-{total}.db"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    records = [r for r in read_sources(bundled_sources()) if isinstance(r, ArticleRecord)]
    kb = KnowledgeBase.open(path)
    start = time.perf_counter()
    report = add_articles(kb, _copies(records, total))
    print(f"built {path.name}: {report.summary()} in {time.perf_counter() - start:.0f} s")
    kb.close()
    return path


def questions(path: Path = QUESTIONS) -> list[dict[str, object]]:
    """Questions with their expected articles (default: the development set)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
