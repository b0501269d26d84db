"""What `python -m bot ingest` tells an admin: a progress total (so tqdm can show an ETA) that
matches what is read, and each skipped record exactly once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from support import CORE, FIXTURES

from knowledge.ingest.pipeline import estimated_records
from knowledge.ingest.sources import read_sources
from knowledge.records import Problem

INGEST = FIXTURES / "ingest"


def test_the_total_counts_what_ingest_will_read() -> None:
    for source in [CORE, *(INGEST / name for name in ("bad_records.jsonl", "records.json"))]:
        read = sum(1 for _ in read_sources([str(source)]))
        assert estimated_records([str(source)]) == read, source
    feeds = [str(path) for path in sorted(INGEST.glob("*.xml"))]
    assert abs(estimated_records(feeds) - sum(1 for _ in read_sources(feeds))) <= 1
    assert estimated_records([str(CORE), "https://news.example/feed.xml"]) is None


def test_each_skipped_record_is_reported_once(tmp_path: Path) -> None:
    source = INGEST / "bad_records.jsonl"
    problems = [i for i in read_sources([str(source)]) if isinstance(i, Problem)]
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ingest", str(source), "--db", f"{tmp_path}/r.db"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "ROADIE_LOG_LEVEL": "INFO"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    mentions = [line for line in result.stderr.splitlines() if source.name in line]
    assert len(problems) > 1 and len(mentions) == len(problems)
    assert all(line.startswith("skipped: ") for line in mentions)
