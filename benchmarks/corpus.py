"""The knowledge bases the benchmarks run on: all the real data, and scale copies of it.

A scale copy (200k articles by default, 1M on demand) is generated from the real articles for
scale only: every copy has its own URL under `https://scale-copy-N.invalid/` and the source
`scale-copy.invalid`, so it is marked as generated wherever it appears. Copies are built once
and kept in benchmarks/out/ (git-ignored; 1M takes about 2 GB); building one in its own process
(`python -m benchmarks.corpus --size N`) prints the ingest rate and the peak memory of ingesting.

    python -m benchmarks.corpus [--size 1000000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from knowledge.ingest.loader import add_articles
from knowledge.ingest.pipeline import bundled_sources, ingest_paths
from knowledge.ingest.reindex import is_stale, mark_current, reindex
from knowledge.ingest.sources import read_sources
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase

OUT = Path(__file__).parent / "out"
SHARED = Path(__file__).resolve().parents[2] / "shared"
QUESTIONS = SHARED / "eval" / "dev_questions.jsonl"
SCALE = 200_000


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


def scale_path(total: int) -> Path:
    return OUT / f"scale-{total}.db"


def scale_kb(total: int = SCALE) -> Path:
    """A knowledge base of `total` articles made from the real ones, built (in a process of
    its own, which prints what building it took) when it is not there yet."""
    path = scale_path(total)
    if not path.exists():
        command = [sys.executable, "-m", "benchmarks.corpus", "--size", str(total)]
        subprocess.run(command, check=True)
    return path


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


class Descendants(threading.Thread):
    """The largest peak memory (VmHWM) of the processes below this one, looked at five times a
    second: workers forked from a fork server are not this process's children, so its
    resource usage never counts them."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.2):
            self._look()

    def stop(self) -> None:
        self._done.set()
        self.join()

    def _look(self) -> None:
        below: list[int] = []
        added = [os.getpid()]
        while added:
            below += added
            added = [child for pid in added for child in children_of(pid)]
        for pid in below[1:]:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    self.peak_kb = max(self.peak_kb, int(line.split()[1]))


def children_of(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(child) for child in task.read_text().split()]
        except OSError:
            continue
    return found


def build(total: int) -> None:
    """Build the scale copy of `total` articles and print the rate and memory it took."""
    path = scale_path(total)
    partial = path.with_suffix(".building")
    for stale in (partial, *(Path(f"{partial}{end}") for end in ("-wal", "-shm"))):
        stale.unlink(missing_ok=True)
    partial.parent.mkdir(parents=True, exist_ok=True)
    records = [r for r in read_sources(bundled_sources()) if isinstance(r, ArticleRecord)]
    kb = KnowledgeBase.open(partial)
    watch = Descendants()
    watch.start()
    start = time.perf_counter()
    report = add_articles(kb, _copies(records, total))
    seconds = time.perf_counter() - start
    watch.stop()
    mark_current(kb)
    kb.close()
    partial.rename(path)
    own, children = peak_mb()
    workers = max(children, watch.peak_kb / 1024)
    stored = report.added + report.duplicates
    print(
        f"built {path.name}: {report.summary()} in {seconds:.0f} s = {stored / seconds:,.0f} "
        f"articles/s; peak memory {own:.0f} MB (each extraction worker up to {workers:.0f} MB); "
        f"file {path.stat().st_size / 1e9:.2f} GB",
        flush=True,
    )


def questions(path: Path = QUESTIONS) -> list[dict[str, object]]:
    """Questions with their expected articles (default: the development set)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=SCALE, help="articles in the scale copy")
    args = parser.parse_args(argv)
    build(args.size)


if __name__ == "__main__":
    main()
