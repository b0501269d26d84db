"""Opening a knowledge base to answer from: built from the bundled articles on the first
run, a warning when an older extraction made it, and an admin's aliases file.

Kept apart from `pipeline`, whose readers import the HTTP, feed and HTML libraries: every
start but the first answers from a built file and needs none of them (they cost a bare
`python -m bot ask` about a third of its start).
"""

from __future__ import annotations

import logging
from pathlib import Path

from knowledge.ingest.loader import add_aliases
from knowledge.ingest.reindex import is_stale
from knowledge.store import KnowledgeBase

log = logging.getLogger(__name__)


def open_or_build(path: Path, progress: bool = True) -> KnowledgeBase:
    """Open the knowledge base at `path`, building it from the bundled articles if empty."""
    kb = KnowledgeBase.open(path)
    if kb.article_total() == 0:
        from knowledge.ingest.pipeline import build_bundled

        build_bundled(kb, path, progress)
    elif is_stale(kb):
        log.warning(
            "%s was built by an older Roadie: answers improve after `python -m bot reindex`",
            path,
        )
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
