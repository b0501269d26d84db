"""Ingest throughput, extraction included (entities, facts, announcement kinds, FTS).

From JSONL (the bundled Some Party items and headlines) and from feeds (the RSS files and an
Atom/RSS conversion of the headlines), each into a fresh knowledge base file, each run in a
process of its own so its peak memory (and its extraction workers') is its own. `--profile`
prints where the JSONL ingest spends its time (cProfile, the ingesting process only).
Goal (issue 14): >= 10,000 articles/s from JSONL.

    python -m benchmarks.ingest_speed [--runs 3] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from benchmarks.corpus import Descendants, children_of, peak_mb
from knowledge.ingest.extraction import workers
from knowledge.ingest.pipeline import BUNDLED, ingest_paths
from knowledge.store import KnowledgeBase

FEED_ITEMS = 2000
JSONL = [str(BUNDLED / "someparty.jsonl"), str(BUNDLED / "headlines.jsonl")]


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
    """Ingest `sources` into a new file and print the rate, the CPU time of this process and
    its extraction workers (what a rate on shared, busy cores cannot show), and peak memory."""
    kb = KnowledgeBase.open(folder / f"{label}.db")
    watch = Descendants()
    watch.start()
    start = time.perf_counter()
    began = _cpu_seconds()
    report = ingest_paths(kb, sources)
    seconds = time.perf_counter() - start
    kb.close()
    own_cpu, workers_cpu = (now - then for now, then in zip(_cpu_seconds(), began, strict=True))
    watch.stop()
    stored = report.added + report.duplicates
    own, children = peak_mb()
    print(
        f"{label}: {stored} articles in {seconds:.1f} s = {stored / seconds:,.0f} articles/s, "
        f"CPU {own_cpu + workers_cpu:.1f} s (workers {workers_cpu:.1f} s), peak memory "
        f"{own:.0f} MB (workers up to {max(children, watch.peak_kb / 1024):.0f} MB)",
        flush=True,
    )


def _ticks(pid: int) -> int:
    """CPU ticks of a process, its own and those of the children it has waited for."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0
    return sum(int(f) for f in fields[11:15])


def _cpu_seconds() -> tuple[float, float]:
    """CPU time (user and system) of this process, and of its children: those it has waited
    for, and those still running (the fork server the workers come from, which has waited for
    them)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    running = sum(_ticks(child) for child in children_of(os.getpid()))
    waited = children.ru_utime + children.ru_stime
    return own.ru_utime + own.ru_stime, waited + running / os.sysconf("SC_CLK_TCK")


def profile(folder: Path, lines: int = 18) -> None:
    """The JSONL ingest under cProfile: the functions it spends most time in."""
    kb = KnowledgeBase.open(folder / "profiled.db")
    profiler = cProfile.Profile()
    profiler.enable()
    ingest_paths(kb, JSONL)
    profiler.disable()
    kb.close()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(lines)
    print(out.getvalue())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each (median shown)")
    parser.add_argument("--profile", action="store_true", help="profile the JSONL ingest")
    parser.add_argument("--one", choices=["jsonl", "feeds"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.profile:
            profile(folder)
        elif args.one:
            timed(args.one, JSONL if args.one == "jsonl" else _feeds(folder), folder)
        else:
            print(f"extraction workers on this machine: {workers() or 'none (one core)'}")
            for label in ("jsonl", "feeds"):
                rates, cpu = [], []
                for _ in range(args.runs):
                    out = subprocess.run(
                        [sys.executable, "-m", "benchmarks.ingest_speed", "--one", label],
                        capture_output=True,
                        text=True,
                        check=True,
                    ).stdout.strip()
                    print(f"  {out}", flush=True)
                    rates.append(float(out.split(" = ")[1].split()[0].replace(",", "")))
                    cpu.append(float(out.split("CPU ")[1].split()[0]))
                print(
                    f"{label}: median {statistics.median(rates):,.0f} articles/s, "
                    f"CPU {statistics.median(cpu):.1f} s",
                    flush=True,
                )


if __name__ == "__main__":
    main()
