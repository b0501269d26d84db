"""Sources in, rows out: read every source, store it, report what was skipped.

Kept apart from the readers and the loader so each stays single-purpose; this is what the
command line, the first-run build and the feed poller call.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from pathlib import Path

from tqdm import tqdm

from knowledge.ingest import Fetcher, read_sources
from knowledge.ingest.loader import IngestReport, add_aliases, add_articles
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
    """Ingest files, directories and URLs; a progress bar shows on a terminal when asked."""
    items = read_sources(sources, fetch=fetch)
    with tqdm(
        total=total,
        unit=" records",
        desc="Ingesting",
        disable=not (progress and sys.stderr.isatty()),
        file=sys.stderr,
    ) as bar:
        report = add_articles(kb, items, on_item=lambda: bar.update(1))
    for problem in report.problems:
        log.warning("skipped %s", problem)
    return report


def bundled_sources() -> list[str]:
    """The real articles shipped with Roadie, for the default knowledge base."""
    return [str(p) for p in sorted(BUNDLED.iterdir()) if p.suffix in {".jsonl", ".txt"}]


def _count_lines(paths: list[str]) -> int:
    total = 0
    for path in paths:
        with open(path, "rb") as handle:
            total += sum(1 for _ in handle) if path.endswith(".jsonl") else 1
    return total


def open_or_build(path: Path, progress: bool = True) -> KnowledgeBase:
    """Open the knowledge base at `path`, building it from the bundled articles if empty."""
    kb = KnowledgeBase.open(path)
    if kb.article_count() == 0:
        sources = bundled_sources()
        log.info("building the knowledge base at %s from the bundled articles", path)
        report = ingest_paths(kb, sources, progress=progress, total=_count_lines(sources))
        log.info("built: %s", report.summary())
    return kb


def load_aliases_file(kb: KnowledgeBase, path: Path) -> int:
    """Read an admin aliases file: one `alias = Canonical Name` per line, `#` comments."""
    pairs: list[tuple[str, str]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        alias, sep, canonical = text.partition("=")
        if not sep or not alias.strip() or not canonical.strip():
            raise ValueError(f"{path}:{number}: expected `alias = Canonical Name`, got {line!r}")
        pairs.append((alias.strip(), canonical.strip()))
    return add_aliases(kb, pairs)
