"""Sources in, rows out: read every source, store it, report what was skipped.

Kept apart from the readers and the loader so each stays single-purpose; this is what the
command line, the first-run build and the feed poller call.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from pathlib import Path

from tqdm import tqdm

from knowledge.ingest.assemble import MAX_INPUT_BYTES
from knowledge.ingest.fetch import Fetcher
from knowledge.ingest.loader import IngestReport, add_articles
from knowledge.ingest.reindex import mark_current
from knowledge.ingest.sources import read_sources
from knowledge.ingest.walk import EXTENSIONS, sniff, walk_files
from knowledge.store import KnowledgeBase

log = logging.getLogger(__name__)
BUNDLED = Path(__file__).parents[1] / "bundled"


def ingest_paths(
    kb: KnowledgeBase,
    sources: Iterable[str],
    progress: bool = False,
    fetch: Fetcher | None = None,
    total: int | None = None,
) -> IngestReport:
    """Ingest files, directories and URLs; a progress bar shows on a terminal when asked,
    with a total and an ETA when the sources are local files. Problems are in the report, for
    the caller to show once."""
    sources = list(sources)
    shown = progress and sys.stderr.isatty()
    if shown and total is None:
        total = estimated_records(sources)
    items = read_sources(sources, fetch=fetch)
    with tqdm(
        total=total,
        unit=" records",
        desc="Ingesting",
        disable=not shown,
        file=sys.stderr,
    ) as bar:
        report = add_articles(kb, items, on_item=lambda: bar.update(1))
    return report


def bundled_sources() -> list[str]:
    """The real articles shipped with Roadie, for the default knowledge base."""
    return [str(p) for p in sorted(BUNDLED.iterdir()) if p.suffix in {".jsonl", ".txt"}]


def estimated_records(sources: Iterable[str]) -> int | None:
    """About how many records `sources` hold, for a progress bar's total and ETA: lines of
    JSONL, entries of feeds, items of JSON lists, one for any other file; None with a URL among
    them, whose size is known only once it is downloaded."""
    total = 0
    for source in sources:
        if source.startswith(("http://", "https://")):
            return None
        path = Path(source)
        total += sum(map(_records_in, walk_files(path) if path.is_dir() else [path]))
    return total


def _records_in(path: Path) -> int:
    try:
        if EXTENSIONS.get(path.suffix.lower()) == "jsonl":
            with path.open("rb") as lines:
                return max(1, sum(1 for line in lines if line.strip()))
        if path.stat().st_size > MAX_INPUT_BYTES:
            return 1
        data = path.read_bytes()
    except OSError:
        return 1
    kind = EXTENSIONS.get(path.suffix.lower()) or sniff(data[:4096])
    if kind == "feed":
        return max(1, data.count(b"<item") + data.count(b"<entry"))
    if kind == "json":
        try:
            document = json.loads(data)
        except (ValueError, RecursionError):
            return 1
        if isinstance(document, dict):
            document = next((v for v in document.values() if isinstance(v, list)), None)
        return max(1, len(document)) if isinstance(document, list) else 1
    return 1


def build_bundled(kb: KnowledgeBase, path: Path, progress: bool) -> None:
    """Fill an empty knowledge base with the bundled articles: a first run's default."""
    sources = bundled_sources()
    log.info("building the knowledge base at %s from the bundled articles", path)
    report = ingest_paths(kb, sources, progress=progress, total=estimated_records(sources))
    for problem in report.problems:
        log.warning("skipped %s", problem)
    mark_current(kb)
    log.info("built: %s", report.summary())
