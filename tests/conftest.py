"""Shared fixtures: a real SQLite knowledge base built from real articles in tests/fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support import CORE

from knowledge.pipeline import ingest_paths
from knowledge.store import KnowledgeBase


@pytest.fixture(scope="session")
def core_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knowledge base file built once per run from the core fixture articles."""
    path = tmp_path_factory.mktemp("kb") / "core.db"
    kb = KnowledgeBase.open(path)
    report = ingest_paths(kb, [str(CORE)])
    assert report.added > 50 and not report.problems
    kb.close()
    return path


@pytest.fixture
def kb(core_db: Path) -> Iterator[KnowledgeBase]:
    knowledge = KnowledgeBase.open(core_db)
    yield knowledge
    knowledge.close()
