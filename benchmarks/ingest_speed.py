"""Ingest throughput, extraction included (entities, facts, announcement kinds, FTS).

From JSONL (the bundled Some Party items and headlines) and from feeds (the RSS files and an
Atom/RSS conversion of the headlines), each into a fresh knowledge base file.
Goal: >= 2,000 articles/s from JSONL.

    python -m benchmarks.ingest_speed
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from knowledge.ingest.pipeline import BUNDLED, ingest_paths
from knowledge.store import KnowledgeBase

FEED_ITEMS = 2000


def _feeds(folder: Path) -> list[str]:
    """RSS 2.0 files made from the bundled headlines, 200 items each."""
    paths: list[str] = []
    with (BUNDLED / "headlines.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for _, line in zip(range(FEED_ITEMS), handle, strict=False)]
    for start in range(0, len(rows), 200):
        items = "".join(
            f"<item><title>{escape(r['title'])}</title><link>{escape(r['url'])}</link>"
            f"<pubDate>{r['date']}T12:00:00Z</pubDate></item>"
            for r in rows[start : start + 200]
        )
        path = folder / f"feed-{start // 200}.xml"
        path.write_text(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>bench</title>'
            f"<link>https://example.invalid/</link>{items}</channel></rss>",
            encoding="utf-8",
        )
        paths.append(str(path))
    return paths


def timed(label: str, sources: list[str], folder: Path) -> None:
    kb = KnowledgeBase.open(folder / f"{label}.db")
    start = time.perf_counter()
    report = ingest_paths(kb, sources)
    seconds = time.perf_counter() - start
    stored = report.added + report.duplicates
    print(f"{label}: {stored} articles in {seconds:.1f} s = {stored / seconds:,.0f} articles/s")
    kb.close()


def main(argv: list[str] | None = None) -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        jsonl = [str(BUNDLED / "someparty.jsonl"), str(BUNDLED / "headlines.jsonl")]
        timed("jsonl", jsonl, folder)
        timed("feeds", _feeds(folder), folder)


if __name__ == "__main__":
    main()
